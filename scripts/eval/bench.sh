#!/usr/bin/env bash
# Extraction throughput, the figure a user gets (the whole `sitrep extract` command) beside the
# extractor's own timing, on two corpora built in $TMPDIR (never written into the repository):
#   short reports: the dev set's ACLED notes (2,069 texts, 247 bytes on average, the size of a desk
#                  update), repeated in order to >= 11 MB, as JSON Lines, one document each;
#   one long text: the sample live-blog page and the dev notes, joined by blank lines into one
#                  11 MB document (read in 1 MiB parts).
# Each corpus runs on every core (the default) and with --jobs 1 (the one-core figure).
# Usage: scripts/eval/bench.sh [--with-peer]   (the peer: spaCy's NER on the short reports)
# Builds this repository's release `sitrep` (scratch path .build-release) unless SITREP_BIN names one.
set -euo pipefail
source "$(dirname "$0")/common.sh"
out="$(eval_out sitrep-bench)"
eval_binary release
eval_bench_corpora "$out"
size() { stat -c %s "$1"; }
run() {  # label, input bytes, command...
  local label=$1 bytes=$2; shift 2
  local t0 t1
  t0=$(date +%s.%N)
  /usr/bin/time -f "  peak RSS %M KB" "$@" > /dev/null
  t1=$(date +%s.%N)
  python3 -c "import sys; b, s = int(sys.argv[1]), float(sys.argv[3]) - float(sys.argv[2]); print(f'  whole command: {s:.2f} s = {b / s / 1e6:.1f} MB/s  ({sys.argv[4]})')" "$bytes" "$t0" "$t1" "$label"
}
short_bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$out/short.jsonl")
echo "== short reports, every core"
run "short, every core" "$short_bytes" "$SITREP_BIN" extract --assume-event --timing --input jsonl "$out/short.jsonl"
echo "== short reports, one core (--jobs 1)"
run "short, one core" "$short_bytes" "$SITREP_BIN" extract --assume-event --timing --jobs 1 --input jsonl "$out/short.jsonl"
echo "== one long text"
run "long" "$(size "$out/long.txt")" "$SITREP_BIN" extract --timing --published 2020-05-05 "$out/long.txt"
echo "== start-up (load gazetteer, actors, sources, lexicon) on empty input"
: > "$out/empty.txt"
run "empty" 1 "$SITREP_BIN" extract --published 2020-05-05 "$out/empty.txt"
if [[ "${1:-}" == "--with-peer" ]]; then
  echo "== peer: spaCy en_core_web_sm NER, the short reports"
  "$shared/peers/spacy_ner.sh" "$out/short.jsonl"
fi
