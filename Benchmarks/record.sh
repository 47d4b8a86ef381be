#!/usr/bin/env bash
# The record's speed with a big store: `sitrep record rebuild` over N updates (default 100,000),
# then the cost of one more update (extraction, claims, clustering, figures, grade, write) with
# the incidents that rebuild made in the store.
#
#   Benchmarks/record.sh [N=100000] [PUBLISH=1000]
#
# Corpus (built in a temp directory, never in the repository): the texts of ../shared/eval/dev.jsonl
# (2,069 ACLED-coded reports, ~250 bytes each) cycled N times, each copy's dates rewritten to one
# of 730 consecutive days, so copies are different incidents as a real archive's are.
# Environment: SITREP (binary, default .build-release/release/sitrep), SITREP_SHARED, KEEP=1.
set -euo pipefail
N=${1:-100000}
PUBLISH=${2:-1000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SITREP_SHARED:-$ROOT/../shared}
SITREP=${SITREP:-$ROOT/.build-release/release/sitrep}
[[ -x $SITREP ]] || { echo "no sitrep binary at $SITREP; build it with: swift build -c release --product sitrep --scratch-path .build-release" >&2; exit 2; }
echo "start $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
WORK=$(mktemp -d /tmp/sitrep-record.XXXXXX)
[[ ${KEEP:-0} == 1 ]] || trap 'rm -rf "$WORK"' EXIT
python3 - "$SHARED/eval/dev.jsonl" "$WORK" "$N" "$PUBLISH" <<'PY'
import json, re, sys, datetime
src, out, n, extra = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
texts = [json.loads(l)["text"] for l in open(src, encoding="utf-8")]
months = "January February March April May June July August September October November December".split()
pattern = re.compile(r"\b\d{1,2} (?:%s) \d{4}" % "|".join(months))
start = datetime.date(2016, 1, 1)
def row(i, shift):
    day = start + datetime.timedelta(days=(i * 7 + shift) % 730)
    spoken = f"{day.day} {months[day.month - 1]} {day.year}"
    return json.dumps({"text": pattern.sub(spoken, texts[i % len(texts)]), "published": day.isoformat()})
with open(f"{out}/archive.jsonl", "w") as f:
    for i in range(n): f.write(row(i, 0) + "\n")
with open(f"{out}/more.jsonl", "w") as f:
    for i in range(extra): f.write(row(i * 13 + 5, 3) + "\n")
print(f"corpus: {n} archive updates, {extra} to publish, {sum(len(t.encode()) for t in texts) // len(texts)} bytes per text on average")
PY
DB=$WORK/record.sqlite
"$SITREP" record bench load --database "$DB" --input "$WORK/archive.jsonl"
echo "== sitrep record rebuild, empty record (whole command)"
/usr/bin/time -f "%e s, %M KB peak" "$SITREP" record rebuild --database "$DB"
echo "== sitrep record rebuild again, nothing changes (whole command)"
/usr/bin/time -f "%e s, %M KB peak" "$SITREP" record rebuild --database "$DB"
echo "== one more update at a time"
"$SITREP" record bench publish --database "$DB" --input "$WORK/more.jsonl" --count "$PUBLISH"
echo "database: $(du -h "$DB" | cut -f1)"
