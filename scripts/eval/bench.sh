#!/usr/bin/env bash
# Extraction throughput on one core over a >= 10 MB corpus built in $TMPDIR from the dev texts and
# the sample page (never written into the repository), side by side with the spaCy NER peer.
# Usage: scripts/eval/bench.sh [--with-peer]
# Prints the extractor's own timing line (loading and JSON I/O excluded), the whole-process time
# and peak RSS, and start-up on an empty input.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
shared="${SITREP_SHARED:-$root/../shared}"
out="${TMPDIR:-/tmp}/sitrep-bench"
mkdir -p "$out"
if [[ -z "${SITREP_BIN:-}" ]]; then
  (cd "$root" && swift build -c release --product sitrep --scratch-path .build-release >/dev/null)
  SITREP_BIN="$root/.build-release/release/sitrep"
fi
python3 - "$shared" "$out" <<'PY'
import json, sys
shared, out = sys.argv[1], sys.argv[2]
texts = [json.loads(l)["text"] for l in open(f"{shared}/eval/dev.jsonl", encoding="utf-8")]
page = open(f"{shared}/samples/syria-daily-2016-05-05.txt", encoding="utf-8").read()
n = i = 0
with open(f"{out}/corpus.jsonl", "w") as f, open(f"{out}/corpus.txt", "w") as g:
    while n < 11_000_000:
        t = page if i % 10 == 0 else texts[i % len(texts)]
        f.write(json.dumps({"id": f"d{i}", "text": t, "published": "2020-05-05"}) + "\n")
        g.write(t + "\n\n")
        n += len(t.encode()); i += 1
print(f"corpus: {n} bytes, {i} documents")
PY
echo "== many short documents (--input jsonl)"
/usr/bin/time -f "process: %e s, peak RSS %M KB" "$SITREP_BIN" extract --assume-event --timing --input jsonl "$out/corpus.jsonl" > /dev/null
echo "== one 11 MB document"
/usr/bin/time -f "process: %e s, peak RSS %M KB" "$SITREP_BIN" extract --timing --published 2020-05-05 "$out/corpus.txt" > /dev/null
echo "== start-up (load gazetteer, actors, sources, lexicon) on empty input"
: > "$out/empty.txt"
/usr/bin/time -f "process: %e s, peak RSS %M KB" "$SITREP_BIN" extract --published 2020-05-05 "$out/empty.txt" > /dev/null
if [[ "${1:-}" == "--with-peer" ]]; then
  echo "== peer: spaCy en_core_web_sm NER, same corpus"
  "$shared/peers/spacy_ner.sh" "$out/corpus.jsonl"
fi
