#!/usr/bin/env bash
# Scores the extractor on our own probe sets of whole news articles (scripts/eval/probes/: wire
# reports, live-blog updates and reports of no event, written and coded by hand by the Sitrep team
# to stand in for the locked set of real news reports; no dev text). Read as the desk reads them:
# no --assume-event. Usage: scripts/eval/probes.sh [-v]   (-v lists each article's errors)
# Builds this repository's release `sitrep` (scratch path .build-release) unless SITREP_BIN names one.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SITREP_SHARED:-$root/../shared}"
out="${TMPDIR:-/tmp}/sitrep-probes"
mkdir -p "$out"
if [[ -z "${SITREP_BIN:-}" ]]; then
  (cd "$root" && swift build -c release --product sitrep --scratch-path .build-release >/dev/null)
  SITREP_BIN="$root/.build-release/release/sitrep"
fi
for set in wire-a wire-b wire-c; do
  python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    print(json.dumps({"id": d["id"], "text": d["text"], "published": d["published"]}))' "$here/probes/$set.jsonl" > "$out/$set-input.jsonl"
  "$SITREP_BIN" extract --input jsonl "$out/$set-input.jsonl" > "$out/$set.jsonl"
  echo "== $set ($(wc -l < "$here/probes/$set.jsonl") articles)"
  python3 "$here/probes/score.py" "$shared/eval" "$here/probes/$set.jsonl" "$out/$set.jsonl" "$@"
done
