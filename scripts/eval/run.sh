#!/usr/bin/env bash
# Runs the extractor on the sample page and on the dev set and prints the scorer's output.
# Usage: scripts/eval/run.sh [debug|release]
# Uses the scratch package in $SITREP_DEV_PKG (default /work/dev-pure, executable `sitrep-dev`);
# set SITREP_BIN to use another binary that understands `extract` (e.g. the full `sitrep`).
set -euo pipefail
config="${1:-release}"
here="$(cd "$(dirname "$0")" && pwd)"
shared="${SITREP_SHARED:-$here/../../../shared}"
pkg="${SITREP_DEV_PKG:-/work/dev-pure}"
out="${TMPDIR:-/tmp}/sitrep-eval"
mkdir -p "$out"
if [[ -z "${SITREP_BIN:-}" ]]; then
  (cd "$pkg" && swift build -c "$config" --product sitrep-dev >/dev/null)
  SITREP_BIN="$pkg/.build/$config/sitrep-dev"
fi
echo "== sample page (score_events.py doc)"
"$SITREP_BIN" extract --published 2016-05-05 "$shared/samples/syria-daily-2016-05-05.txt" > "$out/page.jsonl"
python3 "$shared/eval/score_events.py" doc "$shared/samples/syria-daily-2016-05-05.gold.json" "$out/page.jsonl"
echo
echo "== dev set (score_events.py items)"
# strip the gold answers before the extractor sees the items
python3 -c 'import json,sys
for l in open(sys.argv[1]):
    d=json.loads(l); print(json.dumps({"id":d["id"],"text":d["text"],"published":d["published"]}))' "$shared/eval/dev.jsonl" > "$out/dev-input.jsonl"
"$SITREP_BIN" extract --input jsonl "$out/dev-input.jsonl" > "$out/dev.jsonl"
python3 "$shared/eval/score_events.py" items "$shared/eval/dev.jsonl" "$out/dev.jsonl"
