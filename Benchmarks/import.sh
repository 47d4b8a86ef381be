#!/usr/bin/env bash
# Import throughput: `sitrep import` over a generated corpus into a fresh database.
#
#   Benchmarks/import.sh [PAGES=1000] [UPDATES_PER_PAGE=100]
#
# Generates PAGES plain-text live-blog pages (Benchmarks/gencorpus.py, own prose) under /tmp,
# checks that one page imports with all its updates, then times `sitrep import --no-extract`
# over all of them into a fresh database RUNS times (default 3) and prints updates/s for each
# run and the median. Then, for information, one run with extraction on over the first
# EXTRACT_PAGES pages (default: all; set EXTRACT_PAGES=0 to skip).
#
# Environment: SITREP (binary, default .build-release/release/sitrep), RUNS, EXTRACT_PAGES,
#   KEEP=1 keeps the corpus and databases in the printed directory.
set -euo pipefail

PAGES=${1:-1000}
PER_PAGE=${2:-100}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$ROOT/.build-release/release/sitrep}
RUNS=${RUNS:-3}
EXTRACT_PAGES=${EXTRACT_PAGES:-$PAGES}
[[ -x $SITREP ]] || { echo "no sitrep binary at $SITREP; build it with: swift build -c release --product sitrep --scratch-path .build-release" >&2; exit 2; }

# The machine is shared (2 cores): say how busy it was.
echo "start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
WORK=$(mktemp -d /tmp/sitrep-import.XXXXXX)
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$WORK"' EXIT
CORPUS=$WORK/corpus
python3 "$ROOT/Benchmarks/gencorpus.py" "$CORPUS" "$PAGES" "$PER_PAGE"
mapfile -t FILES < <(find "$CORPUS" -name 'bench-*.txt' | sort)
TOTAL=$(( ${#FILES[@]} * PER_PAGE ))
du -sh "$CORPUS"

# One page by hand: it must import as a story with all its updates.
check=$(timeout 120 "$SITREP" import "${FILES[0]}" --no-extract --database "$WORK/check.sqlite" 2>&1 | tr '\r' '\n')
echo "$check" | grep -q "Imported 1 story ($PER_PAGE updates)" \
    || { echo "the first page did not import with $PER_PAGE updates:" >&2; echo "$check" >&2; exit 1; }
echo "check: ${FILES[0]##*/} -> $(echo "$check" | grep -o 'created /stories/[^ ]* with [0-9]* updates' | head -1)"

# time_import LABEL DB FILES... ; prints seconds
time_import() {
    local db=$1; shift
    rm -f "$db" "$db-wal" "$db-shm"
    local t0 t1
    t0=$(date +%s.%N)
    # Bounded: even the slowest run we have seen finishes far inside an hour.
    timeout 3600 "$SITREP" import "$@" --database "$db" >"$db.log" 2>&1 || { echo "import failed:" >&2; tail -5 "$db.log" >&2; return 1; }
    t1=$(date +%s.%N)
    local summary; summary=$(tr '\r' '\n' <"$db.log" | grep '^Imported' | tail -1)
    echo "$summary" >&2
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}

rates=()
for run in $(seq "$RUNS"); do
    secs=$(time_import "$WORK/run$run.sqlite" --no-extract "${FILES[@]}")
    rate=$(awk -v n="$TOTAL" -v s="$secs" 'BEGIN { printf "%.0f", n / s }')
    rates+=("$rate")
    echo "run $run (--no-extract): $TOTAL updates in ${secs}s = $rate updates/s"
done
median=$(printf '%s\n' "${rates[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "import --no-extract: median $median updates/s over $RUNS runs (goal >= 5000)"

if (( EXTRACT_PAGES > 0 )); then
    n=$(( EXTRACT_PAGES < ${#FILES[@]} ? EXTRACT_PAGES : ${#FILES[@]} ))
    secs=$(time_import "$WORK/extract.sqlite" "${FILES[@]:0:$n}")
    updates=$(( n * PER_PAGE ))
    echo "import with extraction: $updates updates in ${secs}s = $(awk -v n="$updates" -v s="$secs" 'BEGIN { printf "%.0f", n / s }') updates/s (information)"
fi
[[ ${KEEP:-0} == 1 ]] && echo "kept $WORK"
echo "end $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
