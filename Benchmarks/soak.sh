#!/usr/bin/env bash
# Soak (issue 11, section 3): READERS live readers on three instances, each connection cut after
# a random time and resumed on a random instance with Last-Event-ID, for DURATION seconds while an
# editor publishes through random instances. Prints "missed N, duplicated N"; exit 1 on any loss.
#
#   Benchmarks/soak.sh [READERS=1000] [DURATION=600]
#
# Benchmarks/cluster.sh starts PostgreSQL, 3 `sitrep serve` instances and nginx (PORT 18180,
# instances 18181-18183); Benchmarks/faults.py soak runs the readers (asyncio, one process) and
# the editor. A reader's connection lives uniform(0.1, 2 x LIFETIME) seconds (LIFETIME default
# 20) before the reader closes it and reconnects; an update is published every INTERVAL seconds
# (default 0.5). At the end the readers stop cutting and get SETTLE seconds (60) to reach the
# story's last sequence; a reader that never does counts the rest as missed.
#
# Environment: SITREP (default .build/debug/sitrep), INSTANCES (3), LIFETIME, INTERVAL, SETTLE,
#   PORT, STATE (/tmp/sitrep-soak-cluster), SERVE_ARGS (default --no-extract), SEED.
set -euo pipefail
READERS=${1:-1000}
DURATION=${2:-600}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export SITREP=${SITREP:-$ROOT/.build/debug/sitrep}
export PORT=${PORT:-18180}
export STATE=${STATE:-/tmp/sitrep-soak-cluster}
export SERVE_ARGS=${SERVE_ARGS:---no-extract}
export DATABASE=${DATABASE:-postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_soak}
INSTANCES=${INSTANCES:-3}
SEED=${SEED:-$RANDOM}
[[ -x $SITREP ]] || { echo "no sitrep binary at $SITREP" >&2; exit 2; }
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
(( $(ulimit -n) > READERS + 200 )) || { echo "open-files limit $(ulimit -n) is too low for $READERS readers" >&2; exit 2; }

echo "soak: start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores, $READERS readers, ${DURATION}s, seed $SEED, $SITREP"
trap '"$ROOT/Benchmarks/cluster.sh" stop >/dev/null 2>&1 || true' EXIT
"$ROOT/Benchmarks/cluster.sh" start "$INSTANCES"
ports=$(seq -s, $((PORT + 1)) $((PORT + INSTANCES)))
"$SITREP" user add soak-editor --role editor --database "$DATABASE" <<<"soak-editor-password" >/dev/null
token=$("$SITREP" token create soak-editor --database "$DATABASE" 2>/dev/null)
curl -sf -X POST "http://127.0.0.1:$((PORT + 1))/api/v1/stories" -H "Authorization: Bearer $token" \
  -H 'Content-Type: application/json' -d '{"slug": "soak", "title": "Soak"}' >/dev/null
set +e
python3 "$ROOT/Benchmarks/faults.py" soak --ports "$ports" --token "$token" --database "$DATABASE" --slug soak \
  --readers "$READERS" --duration "$DURATION" --lifetime "${LIFETIME:-20}" --interval "${INTERVAL:-0.5}" \
  --settle "${SETTLE:-60}" --seed "$SEED"
status=$?
for port in ${ports//,/ }; do
  echo "instance $port: peak RSS $(awk '/VmHWM/ { print $2, $3 }' "/proc/$(cat "$STATE/serve-$port.pid")/status" 2>/dev/null || echo '?')"
done
echo "end $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
