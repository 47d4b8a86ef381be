#!/usr/bin/env bash
# Fault trials (issue 11, section 3): nothing committed is ever lost.
#
#   Benchmarks/faults.sh import     [TRIALS=20]  kill -9 `sitrep import` at random moments, SQLite and PostgreSQL
#   Benchmarks/faults.sh serve      [TRIALS=20]  kill -9 a random instance of three while an editor publishes
#   Benchmarks/faults.sh pgrestart  [TRIALS=5]   restart PostgreSQL while instances serve and an editor publishes
#
# import: a corpus of PAGES pages of PER_PAGE updates (Benchmarks/gencorpus.py). One timed import
#   per backend sets the window; then each trial imports into a fresh database, kills the importer
#   after a random delay in that window, and checks that every story has all PER_PAGE updates or is
#   absent, and the store's consistency (SQLite: PRAGMA integrity_check and foreign_key_check;
#   both: every live-log row's update exists and every update has its live-log row and revision 1,
#   stories.last_sequence = max(live_log.sequence)); then imports again and checks that all PAGES
#   stories are there, complete, and consistent. Prints
#   "import trials: N on sqlite, N on postgres, 0 half-written".
# serve: Benchmarks/cluster.sh with 3 instances on PostgreSQL; READERS_PER_INSTANCE SSE readers on
#   each instance (Benchmarks/faults.py), an editor publishing PER_TRIAL updates per trial through
#   the instances in turn, one every INTERVAL seconds; in each trial one random instance is killed
#   (-9) at a random moment and restarted after the trial. Its readers reconnect to a random
#   instance with Last-Event-ID; a failed publish is retried through the next instance. After each
#   restart one more reader joins the restarted instance from sequence 0. At the end: every 201 is
#   in the store at its sequence, the live log is exactly 1..last, every reader got every
#   sequence exactly once, no publish went unanswered for 15 s, and every instance exits on SIGTERM.
# pgrestart: the same, but the fault is a restart of PostgreSQL. To spare other users of the
#   machine's main cluster it runs on a cluster of its own, PG_CLUSTER (default `faults`, created
#   on PG_PORT 5433 when missing); PG_CLUSTER=main PG_PORT=5432 restarts the main one.
#
# Environment: SITREP (binary, default .build/debug/sitrep), PAGES (20), PER_PAGE (100),
#   EXTRACT=1 (import with extraction, and also check after each rerun that every story has the
#   proposed events a clean import gives it; default --no-extract), PER_TRIAL (8), INTERVAL (0.25),
#   READERS_PER_INSTANCE (2), PORT (nginx's, 18170; instances PORT+1..PORT+3), SEED.
# Exit status non-zero on any loss.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build/debug/sitrep}
MODE=${1:-}
[[ -x $SITREP ]] || { echo "no sitrep binary at $SITREP; build it with: swift build --product sitrep" >&2; exit 2; }
PGVERSION=${PGVERSION:-$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)}
SEED=${SEED:-$RANDOM}
RANDOM=$SEED

echo "faults $MODE: start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, seed $SEED"

pg_admin() { su postgres -c "psql -qAtX -v ON_ERROR_STOP=1 -p ${2:-5432} -c \"$1\""; }

# --- import -----------------------------------------------------------------------------------
import_trials() {
  local trials=${1:-20}
  PAGES=${PAGES:-20}
  PER_PAGE=${PER_PAGE:-100}
  local extract=--no-extract
  [[ ${EXTRACT:-0} == 1 ]] && extract=
  eval "$(bash "$ROOT/scripts/postgres/start.sh")" >/dev/null
  WORK=$(mktemp -d /tmp/sitrep-faults-import.XXXXXX)
  trap 'rm -rf "$WORK"; pg_admin "DROP DATABASE IF EXISTS sitrep_faults_import" >/dev/null 2>&1 || true' EXIT
  python3 "$ROOT/Benchmarks/gencorpus.py" "$WORK/corpus" "$PAGES" "$PER_PAGE" "$SEED" >/dev/null
  mapfile -t FILES < <(find "$WORK/corpus" -name 'bench-*.txt' | sort)
  local pgurl=postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_faults_import
  local half_total=0 trials_sqlite=0 trials_pg=0

  fresh() { # backend -> database
    if [[ $1 == sqlite ]]; then rm -f "$WORK/t.sqlite" "$WORK/t.sqlite-wal" "$WORK/t.sqlite-shm"; echo "$WORK/t.sqlite"
    else pg_admin "DROP DATABASE IF EXISTS sitrep_faults_import" >/dev/null 2>&1; pg_admin "CREATE DATABASE sitrep_faults_import OWNER sitrep" >/dev/null; echo "$pgurl"; fi
  }
  query() { # backend db sql
    if [[ $1 == sqlite ]]; then sqlite3 -batch "$2" "$3"; else psql "$2" -qAtX -v ON_ERROR_STOP=1 -c "$3"; fi
  }
  has_stories() { # backend db -> 0 if the stories table exists
    if [[ $1 == sqlite ]]; then
      [[ -f $2 ]] && [[ $(sqlite3 -batch "$2" "SELECT count(*) FROM sqlite_master WHERE name = 'stories'" 2>/dev/null) == 1 ]]
    else [[ $(psql "$2" -qAtX -c "SELECT to_regclass('stories') IS NOT NULL") == t ]]; fi
  }
  # check backend db -> prints "stories complete half problems", problems = consistency failures
  check() {
    local backend=$1 db=$2
    if ! has_stories "$backend" "$db"; then echo "0 0 0 0 (no schema yet)"; return; fi
    local complete half problems=0 detail=""
    complete=$(query "$backend" "$db" "SELECT count(*) FROM stories s WHERE (SELECT count(*) FROM updates u WHERE u.story_id = s.id) = $PER_PAGE")
    half=$(query "$backend" "$db" "SELECT count(*) FROM stories s WHERE (SELECT count(*) FROM updates u WHERE u.story_id = s.id) <> $PER_PAGE")
    local stories; stories=$(query "$backend" "$db" "SELECT count(*) FROM stories")
    local orphans
    orphans=$(query "$backend" "$db" "SELECT
      (SELECT count(*) FROM live_log l WHERE NOT EXISTS (SELECT 1 FROM updates u WHERE u.id = l.update_id)) || ' ' ||
      (SELECT count(*) FROM updates u WHERE NOT EXISTS (SELECT 1 FROM live_log l WHERE l.update_id = u.id)) || ' ' ||
      (SELECT count(*) FROM updates u WHERE NOT EXISTS (SELECT 1 FROM update_revisions r WHERE r.update_id = u.id AND r.revision = 1)) || ' ' ||
      (SELECT count(*) FROM stories s WHERE s.last_sequence <> COALESCE((SELECT max(sequence) FROM live_log l WHERE l.story_id = s.id), 0)) || ' ' ||
      (SELECT count(*) FROM updates u WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = u.story_id))")
    for n in $orphans; do (( n == 0 )) || { problems=$((problems + 1)); }; done
    [[ $orphans == "0 0 0 0 0" ]] || detail="$detail orphans/log/revision/last_sequence/story=[$orphans]"
    if [[ $backend == sqlite ]]; then
      local integrity fk
      integrity=$(sqlite3 -batch "$db" "PRAGMA integrity_check" | tr '\n' ' ')
      fk=$(sqlite3 -batch "$db" "PRAGMA foreign_key_check" | wc -l)
      [[ $integrity == "ok " ]] || { problems=$((problems + 1)); detail="$detail integrity_check=[$integrity]"; }
      (( fk == 0 )) || { problems=$((problems + 1)); detail="$detail foreign_key_check=$fk rows"; }
    fi
    echo "$stories $complete $half $problems$detail"
  }

  for backend in sqlite postgres; do
    # the window: one whole import, timed
    local db t0 t1 window
    db=$(fresh "$backend")
    t0=$(date +%s.%N)
    timeout 600 "$SITREP" import "${FILES[@]}" $extract --database "$db" >"$WORK/calibrate.log" 2>&1 \
      || { echo "FAIL: the timed import on $backend failed:" >&2; tail -5 "$WORK/calibrate.log" >&2; exit 1; }
    t1=$(date +%s.%N)
    window=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
    read -r stories complete half problems detail <<<"$(check "$backend" "$db")"
    (( stories == PAGES && complete == PAGES && problems == 0 )) || { echo "FAIL: the timed import on $backend: $(check "$backend" "$db")"; exit 1; }
    # with extraction on: each story's proposed events after a clean import, compared after every rerun
    local events_sql="SELECT s.slug || ':' || (SELECT count(*) FROM proposed_events p JOIN updates u ON u.id = p.update_id WHERE u.story_id = s.id) FROM stories s ORDER BY s.slug"
    local clean_events=""
    [[ -z $extract ]] && clean_events=$(query "$backend" "$db" "$events_sql" | tr '\n' ' ')
    # start-up (migrations, the source registry) and the first page, timed: the kills fall between
    # it and the end, so most trials stop the importer while it writes pages
    db=$(fresh "$backend")
    t0=$(date +%s.%N)
    timeout 600 "$SITREP" import "${FILES[0]}" $extract --database "$db" >/dev/null 2>&1
    t1=$(date +%s.%N)
    local first; first=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) * 0.8 }')
    echo "$backend: a whole import of $PAGES pages x $PER_PAGE updates takes ${window}s, start-up and the first page ${first}s / 0.8; killing at random moments between"
    local mid=0
    for trial in $(seq "$trials"); do
      db=$(fresh "$backend")
      local delay; delay=$(awk -v f="$first" -v w="$window" -v r="$RANDOM" 'BEGIN { printf "%.3f", f + (w - f) * r / 32767 }')
      "$SITREP" import "${FILES[@]}" $extract --database "$db" >"$WORK/trial.log" 2>&1 &
      local pid=$!
      sleep "$delay"
      local killed=killed
      kill -9 "$pid" 2>/dev/null || killed="finished before the kill"
      wait "$pid" 2>/dev/null || true
      local after; after=$(check "$backend" "$db")
      read -r stories complete half problems detail <<<"$after"
      (( stories > 0 && stories < PAGES )) && mid=$((mid + 1))
      half_total=$((half_total + half))
      local status=ok
      (( half == 0 && problems == 0 )) || status=FAIL
      # the rerun completes the import
      timeout 600 "$SITREP" import "${FILES[@]}" $extract --database "$db" >"$WORK/rerun.log" 2>&1 || status="FAIL (rerun: $(tail -1 "$WORK/rerun.log"))"
      local rerun; rerun=$(check "$backend" "$db")
      read -r rs rc rh rp rdetail <<<"$rerun"
      (( rs == PAGES && rc == PAGES && rh == 0 && rp == 0 )) || status="FAIL (after the rerun: $rerun)"
      if [[ -n $clean_events && $status == ok ]]; then
        local events_now; events_now=$(query "$backend" "$db" "$events_sql" | tr '\n' ' ')
        [[ $events_now == "$clean_events" ]] || status="FAIL (extraction incomplete after the rerun: proposed events per story $events_now; a clean import has $clean_events)"
      fi
      echo "$backend trial $trial: $killed after ${delay}s: $stories stories ($complete complete, $half half-written, consistency problems $problems${detail:+: $detail}); rerun: $rs stories complete $rc -> $status"
      [[ $status == ok ]] || { echo "FAIL"; tail -3 "$WORK/trial.log"; exit 1; }
      if [[ $backend == sqlite ]]; then trials_sqlite=$((trials_sqlite + 1)); else trials_pg=$((trials_pg + 1)); fi
    done
    echo "$backend: $mid of $trials trials were killed with some but not all stories imported"
  done
  echo "import trials: $trials_sqlite on sqlite, $trials_pg on postgres, $half_total half-written"
  (( half_total == 0 ))
}

# Stops the cluster (SIGTERM, as cluster.sh does) and says which instances did not exit within
# 15 s; those get kill -9 so the next run can drop the database.
stop_cluster() {
  local pids=() pidfile
  for pidfile in "$STATE"/serve-*.pid; do [[ -f $pidfile ]] && pids+=("$(cat "$pidfile")"); done
  "$ROOT/Benchmarks/cluster.sh" stop >/dev/null 2>&1 || true
  local pid stuck=()
  for _ in $(seq 75); do
    stuck=(); for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && stuck+=("$pid"); done
    (( ${#stuck[@]} == 0 )) && break
    sleep 0.2
  done
  if (( ${#stuck[@]} > 0 )); then
    echo "WARNING: ${#stuck[@]} instance(s) did not exit within 15 s of SIGTERM (pids ${stuck[*]}); killing them (-9)"
    for pid in "${stuck[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    return 1
  else
    echo "all instances exited on SIGTERM"
  fi
}

# --- serve / pgrestart ------------------------------------------------------------------------
cluster_trials() {
  local mode=$1 trials=$2
  export PORT=${PORT:-18170}
  export STATE=${STATE:-/tmp/sitrep-faults-cluster}
  export SITREP
  export SERVE_ARGS=${SERVE_ARGS:-}
  local pgport=5432 restart=""
  if [[ $mode == pgrestart ]]; then
    PG_CLUSTER=${PG_CLUSTER:-faults}
    pgport=${PG_PORT:-5433}
    eval "$(bash "$ROOT/scripts/postgres/start.sh")" >/dev/null
    if ! pg_lsclusters -h | awk -v v="$PGVERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c' | grep -q .; then
      pg_createcluster "$PGVERSION" "$PG_CLUSTER" --port "$pgport" >/dev/null
    fi
    pg_lsclusters -h | awk -v v="$PGVERSION" -v c="$PG_CLUSTER" '$1 == v && $2 == c && $4 == "online"' | grep -q . \
      || pg_ctlcluster "$PGVERSION" "$PG_CLUSTER" start
    for _ in $(seq 50); do pg_isready -q -h 127.0.0.1 -p "$pgport" && break; sleep 0.2; done
    [[ $(pg_admin "SELECT 1 FROM pg_roles WHERE rolname = 'sitrep'" "$pgport") == 1 ]] \
      || pg_admin "CREATE ROLE sitrep LOGIN SUPERUSER PASSWORD 'sitrep'" "$pgport" >/dev/null
    restart="pg_ctlcluster $PGVERSION $PG_CLUSTER restart"
    echo "PostgreSQL cluster $PGVERSION/$PG_CLUSTER on port $pgport; the fault: $restart"
  fi
  export DATABASE=${DATABASE:-postgres://sitrep:sitrep@127.0.0.1:$pgport/sitrep_faults_$mode}
  local db=${DATABASE##*/}
  eval "$(bash "$ROOT/scripts/postgres/start.sh")" >/dev/null
  pg_admin "DROP DATABASE IF EXISTS $db" "$pgport" >/dev/null 2>&1
  pg_admin "CREATE DATABASE $db OWNER sitrep" "$pgport" >/dev/null
  trap 'stop_cluster || exit 1' EXIT
  KEEP=1 "$ROOT/Benchmarks/cluster.sh" start 3
  local ports="$((PORT + 1)),$((PORT + 2)),$((PORT + 3))"
  "$SITREP" user add faults-editor --role editor --database "$DATABASE" <<<"faults-editor-password" >/dev/null
  local token; token=$("$SITREP" token create faults-editor --database "$DATABASE" 2>/dev/null)
  curl -sf -X POST "http://127.0.0.1:$((PORT + 1))/api/v1/stories" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -d '{"slug": "faults", "title": "Fault trials"}' >/dev/null
  local args=(--ports "$ports" --token "$token" --database "$DATABASE" --slug faults --trials "$trials"
              --per-trial "${PER_TRIAL:-8}" --interval "${INTERVAL:-0.25}" --readers-per-instance "${READERS_PER_INSTANCE:-2}" --seed "$SEED")
  if [[ $mode == serve ]]; then
    python3 "$ROOT/Benchmarks/faults.py" serve "${args[@]}" --cluster "$ROOT/Benchmarks/cluster.sh"
  else
    python3 "$ROOT/Benchmarks/faults.py" pgrestart "${args[@]}" --restart-command "$restart"
  fi
}

case $MODE in
  import) import_trials "${2:-20}" ;;
  serve) cluster_trials serve "${2:-20}" ;;
  pgrestart) cluster_trials pgrestart "${2:-5}" ;;
  *) sed -n '2,32p' "$0"; exit 2 ;;
esac
status=$?
echo "end $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
