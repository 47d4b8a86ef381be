#!/usr/bin/env bash
# Faults: a full disk (SQLite) and a read-only database (PostgreSQL). Writes must fail with a
# clear 503 and change nothing; reads must keep working; writes work again once the fault is gone.
#
#   Benchmarks/readonly.sh [sqlite|postgres|both]
#
# SQLite: the database lives on a 4 MB tmpfs (needs root: mount), which is then filled up.
# PostgreSQL: `ALTER DATABASE … SET default_transaction_read_only = on` and the instance's
# connections are ended, so the pool reconnects into read-only sessions.
# Environment: SITREP (binary, default .build/debug/sitrep), PORT (18160).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build/debug/sitrep}
PORT=${PORT:-18160}
MODE=${1:-both}
WORK=$(mktemp -d /tmp/sitrep-readonly.XXXXXX)
SERVER=
cleanup() {
  [[ -n $SERVER ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  mountpoint -q "$WORK/disk" 2>/dev/null && umount "$WORK/disk" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
BASE=http://127.0.0.1:$PORT

serve() { # database
  "$SITREP" serve --database "$1" --port "$PORT" --no-extract >"$WORK/serve.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 150); do curl -sf "$BASE/health" >/dev/null && return 0; sleep 0.2; done
  cat "$WORK/serve.log" >&2; fail "the server did not start"
}
stop() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; SERVER=; }
post() { # body → HTTP status; the response in $WORK/post.json
  curl -s -o "$WORK/post.json" -w '%{http_code}' -X POST "$BASE/api/v1/stories/faults/updates" \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d "{\"body\":\"$1\"}"
}
count() { curl -sf "$BASE/api/v1/stories/faults/updates?limit=100" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["items"]))'; }

check() { # name, how to break it, how to mend it
  local name=$1 before after status
  [[ $(post "Before the fault.") == 201 ]] || fail "$name: publishing before the fault: $(cat "$WORK/post.json")"
  before=$(count)
  eval "$2"
  status=$(post "During the fault.")
  [[ $status == 503 ]] || fail "$name: a write during the fault answered $status: $(cat "$WORK/post.json")"
  echo "  $name: a write during the fault: 503, $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["detail"])' "$WORK/post.json")"
  [[ $(curl -s -o /dev/null -w '%{http_code}' "$BASE/stories/faults") == 200 ]] || fail "$name: the story page did not answer during the fault"
  after=$(count)
  [[ $after == "$before" ]] || fail "$name: $before updates before the failed write, $after after"
  echo "  $name: reads keep working (story page 200, API lists the same $after updates)"
  eval "$3"
  for _ in $(seq 50); do status=$(post "After the fault."); [[ $status == 201 ]] && break; sleep 0.2; done
  [[ $status == 201 ]] || fail "$name: writing after the fault was mended answered $status: $(cat "$WORK/post.json")"
  echo "  $name: writes work again once the fault is gone"
}

setup() { # database
  echo "faults-password" | "$SITREP" user add ed --role editor --database "$1" >/dev/null
  TOKEN=$("$SITREP" token create ed --database "$1" 2>/dev/null)
  serve "$1"
  curl -sf -o /dev/null -X POST "$BASE/api/v1/stories" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d '{"slug":"faults","title":"Faults"}' || fail "could not create the story"
}

if [[ $MODE == sqlite || $MODE == both ]]; then
  echo "== SQLite on a disk that fills up"
  mkdir -p "$WORK/disk"
  if ! mount -t tmpfs -o size=4m tmpfs "$WORK/disk" 2>/dev/null; then
    echo "  skipped: cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)"
  else
  setup "$WORK/disk/sitrep.sqlite"
  check "full disk" \
    'dd if=/dev/zero of="$WORK/disk/fill" bs=4k 2>/dev/null || true; sync' \
    'rm -f "$WORK/disk/fill"'
  stop
  sqlite3 "$WORK/disk/sitrep.sqlite" 'PRAGMA integrity_check' | grep -qx ok || fail "integrity_check after the full disk"
  echo "  full disk: PRAGMA integrity_check ok"
  umount "$WORK/disk"
  fi
fi

if [[ $MODE == postgres || $MODE == both ]]; then
  echo "== PostgreSQL turned read-only"
  eval "$(bash "$ROOT/scripts/postgres/start.sh")"
  DB=sitrep_readonly
  su postgres -c "psql -qAt -c 'DROP DATABASE IF EXISTS $DB' -c 'CREATE DATABASE $DB OWNER sitrep'" >/dev/null
  setup "postgres://sitrep:sitrep@127.0.0.1:5432/$DB"
  end_sessions="su postgres -c \"psql -qAt -c \\\"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$DB'\\\"\" >/dev/null"
  check "read-only database" \
    "su postgres -c \"psql -qAt -c 'ALTER DATABASE $DB SET default_transaction_read_only = on'\" >/dev/null; $end_sessions" \
    "su postgres -c \"psql -qAt -c 'ALTER DATABASE $DB RESET default_transaction_read_only'\" >/dev/null; $end_sessions"
  stop
fi
echo "readonly faults passed"
