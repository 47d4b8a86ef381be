#!/usr/bin/env bash
# Scores the extractor on our own probe sets of whole news articles (scripts/eval/probes/: wire
# reports, live-blog updates and reports of no event, written and coded by hand by the Sitrep team
# to stand in for the locked set of real news reports; no dev text). Read as the desk reads them:
# no --assume-event. Usage: scripts/eval/probes.sh [-v]   (-v lists each article's errors)
# Builds this repository's release `sitrep` (scratch path .build-release) unless SITREP_BIN names one.
set -euo pipefail
source "$(dirname "$0")/common.sh"
here="$root/scripts/eval"
out="$(eval_out sitrep-probes)"
eval_binary release
for set in wire-a wire-b wire-c; do
  eval_inputs "$here/probes/$set.jsonl" "$out/$set-input.jsonl"
  "$SITREP_BIN" extract --input jsonl "$out/$set-input.jsonl" > "$out/$set.jsonl"
  echo "== $set ($(wc -l < "$here/probes/$set.jsonl") articles)"
  python3 "$here/probes/score.py" "$shared/eval" "$here/probes/$set.jsonl" "$out/$set.jsonl" "$@"
done
