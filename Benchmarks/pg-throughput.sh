#!/usr/bin/env bash
# Throughput on PostgreSQL and SQLite side by side, in one run (issue 11, section 4).
#
#   Benchmarks/pg-throughput.sh [PAGES=200] [UPDATES_PER_PAGE=100]
#
# (a) Import: one generated corpus (Benchmarks/gencorpus.py); RUNS times (default 3), alternating
#     the backends within each run, the whole `sitrep import --no-extract FILES...` command into a
#     fresh SQLite file and a fresh PostgreSQL database (postgres://sitrep:sitrep@127.0.0.1:5432/
#     sitrep_bench_import, dropped and created anew). updates/s = PAGES x UPDATES_PER_PAGE / wall
#     seconds of the command (start-up and migration included); medians. Goal on PostgreSQL:
#     >= 5,000 updates/s. Each import is checked: "Imported PAGES stories (N updates)".
# (b) Publishing through the API with extraction on: one `sitrep serve` per backend (fresh
#     databases), an editor token, one story; Benchmarks/pubrate.py posts PUBLISH updates with
#     CONCURRENCY (default 4) editors back to back; updates/s and the POST's p50/p99, RUNS times
#     alternating the backends; medians. PUBLISH defaults to 300.
#
# Environment: SITREP (default .build-release/release/sitrep), RUNS, PUBLISH (0 skips part b),
#   CONCURRENCY, PORT (18196; PostgreSQL's server PORT+1), KEEP=1 keeps the work directory,
#   BASELINE=path/to/another/sitrep: part (a) also times that binary, alternating with SITREP
#   within each run (before/after figures from one run).
set -euo pipefail
PAGES=${1:-200}
PER_PAGE=${2:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build-release/release/sitrep}
RUNS=${RUNS:-3}
PUBLISH=${PUBLISH:-300}
CONCURRENCY=${CONCURRENCY:-4}
PORT=${PORT:-18196}
[[ -x $SITREP ]] || { echo "no sitrep binary at $SITREP; build it with: swift build -c release --product sitrep --scratch-path .build-release" >&2; exit 2; }
pg_admin() { su postgres -c "psql -qAtX -v ON_ERROR_STOP=1 -c \"$1\""; }
PGBASE=postgres://sitrep:sitrep@127.0.0.1:5432

echo "start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $SITREP"
eval "$(bash "$ROOT/scripts/postgres/start.sh")" >/dev/null
echo "PostgreSQL $(psql "$PGBASE/sitrep" -qAtX -c 'SHOW server_version'), SQLite via GRDB (WAL)"
WORK=$(mktemp -d /tmp/sitrep-pgthroughput.XXXXXX)
SERVER_PID=
cleanup() {
  [[ -n $SERVER_PID ]] && { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
  [[ ${KEEP:-0} == 1 ]] || rm -rf "$WORK"
  for db in sitrep_bench_import sitrep_bench_publish; do pg_admin "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT

fresh() { # backend name -> database
  if [[ $1 == sqlite ]]; then rm -f "$WORK/$2.sqlite"*; echo "$WORK/$2.sqlite"
  else pg_admin "DROP DATABASE IF EXISTS sitrep_bench_$2" >/dev/null 2>&1; pg_admin "CREATE DATABASE sitrep_bench_$2 OWNER sitrep" >/dev/null; echo "$PGBASE/sitrep_bench_$2"; fi
}
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# --- (a) import
python3 "$ROOT/Benchmarks/gencorpus.py" "$WORK/corpus" "$PAGES" "$PER_PAGE"
mapfile -t FILES < <(find "$WORK/corpus" -name 'bench-*.txt' | sort)
TOTAL=$(( ${#FILES[@]} * PER_PAGE ))
declare -A IMPORT
BINARIES=(sitrep); [[ -n ${BASELINE:-} ]] && BINARIES=(baseline sitrep)
for run in $(seq "$RUNS"); do
  for backend in sqlite postgres; do
    for binary in "${BINARIES[@]}"; do
      exe=$SITREP; [[ $binary == baseline ]] && exe=$BASELINE
      key=$backend; [[ $binary == baseline ]] && key=$backend-baseline
      db=$(fresh "$backend" import)
      t0=$(date +%s.%N)
      timeout 1800 "$exe" import --no-extract "${FILES[@]}" --database "$db" >"$WORK/import.log" 2>&1 \
        || { echo "import on $backend ($binary) failed:" >&2; tail -5 "$WORK/import.log" >&2; exit 1; }
      t1=$(date +%s.%N)
      summary=$(tr '\r' '\n' <"$WORK/import.log" | grep '^Imported' | tail -1)
      [[ $summary == "Imported ${#FILES[@]} stories ($TOTAL updates), 0 unchanged, 0 failed." ]] || { echo "unexpected: $summary" >&2; exit 1; }
      rate=$(awk -v n="$TOTAL" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", n / (b - a) }')
      IMPORT[$key]+="$rate "
      echo "import run $run, $backend ($binary): $TOTAL updates in $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')s = $rate updates/s"
    done
  done
done

# --- (b) publishing through the API, extraction on
declare -A PUB=([sqlite]= [postgres]=) P50 P99
for run in $( ((PUBLISH > 0)) && seq "$RUNS"); do
  for backend in sqlite postgres; do
    db=$(fresh "$backend" publish)
    port=$PORT; [[ $backend == postgres ]] && port=$((PORT + 1))
    "$SITREP" user add bench-editor --role editor --database "$db" <<<"bench-editor-password" >/dev/null
    token=$("$SITREP" token create bench-editor --database "$db" 2>/dev/null)
    "$SITREP" serve --database "$db" --port "$port" >"$WORK/serve-$backend.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
    curl -sf -X POST "http://127.0.0.1:$port/api/v1/stories" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d '{"slug": "bench", "title": "Publishing benchmark"}' >/dev/null
    line=$(timeout 900 python3 "$ROOT/Benchmarks/pubrate.py" "$port" "$token" bench "$PUBLISH" "$CONCURRENCY" "$run")
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=
    echo "publish run $run, $backend: $line"
    [[ $line == *"failed=0 "* ]] || exit 1
    rate=$(sed -n 's/.*updates_per_s=\([0-9.]*\).*/\1/p' <<<"$line")
    PUB[$backend]+="$rate "; P50[$backend]+="$(sed -n 's/.*post_p50_ms=\([0-9.]*\).*/\1/p' <<<"$line") "
    P99[$backend]+="$(sed -n 's/.*post_p99_ms=\([0-9.]*\).*/\1/p' <<<"$line") "
  done
done

echo
echo "| $RUNS runs, medians | SQLite | PostgreSQL |"
echo "|---|---|---|"
m() { tr ' ' '\n' <<<"$1" | grep . | median; }
echo "| import --no-extract, $TOTAL updates (updates/s) | $(m "${IMPORT[sqlite]}") | $(m "${IMPORT[postgres]}") |"
[[ -n ${BASELINE:-} ]] && echo "| import --no-extract, baseline $BASELINE (updates/s) | $(m "${IMPORT[sqlite-baseline]}") | $(m "${IMPORT[postgres-baseline]}") |"
if ((PUBLISH > 0)); then
  echo "| publish through the API, extraction on, $CONCURRENCY editors (updates/s) | $(m "${PUB[sqlite]}") | $(m "${PUB[postgres]}") |"
  echo "| publish: POST p50 / p99 (ms) | $(m "${P50[sqlite]}") / $(m "${P99[sqlite]}") | $(m "${P50[postgres]}") / $(m "${P99[postgres]}") |"
fi
echo "runs: import sqlite [${IMPORT[sqlite]% }] postgres [${IMPORT[postgres]% }]; publish sqlite [${PUB[sqlite]% }] postgres [${PUB[postgres]% }]"
[[ -n ${BASELINE:-} ]] && echo "runs: baseline import sqlite [${IMPORT[sqlite-baseline]% }] postgres [${IMPORT[postgres-baseline]% }]"
pg=$(m "${IMPORT[postgres]}")
echo "import on PostgreSQL: median $pg updates/s (goal >= 5000: $( (( pg >= 5000 )) && echo met || echo missed))"
echo "end $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
