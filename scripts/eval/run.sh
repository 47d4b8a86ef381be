#!/usr/bin/env bash
# Runs the extractor on the sample page, the dev set (ACLED notes, one event each) and dev-news
# (news snippets, some reporting no event) and prints the scorer's output for each.
# Usage: scripts/eval/run.sh [debug|release]
# Builds this repository's `sitrep` (scratch path .build-CONFIG) unless SITREP_BIN names a binary.
# The shared data is read from $SITREP_SHARED (default: ../shared beside the repository).
set -euo pipefail
source "$(dirname "$0")/common.sh"
out="$(eval_out sitrep-eval)"
eval_binary "${1:-release}"
echo "== sample page (score_events.py doc)"
"$SITREP_BIN" extract --published 2016-05-05 "$shared/samples/syria-daily-2016-05-05.txt" > "$out/page.jsonl"
python3 "$shared/eval/score_events.py" doc "$shared/samples/syria-daily-2016-05-05.gold.json" "$out/page.jsonl"
echo
echo "== dev set (score_events.py items)"
# strip the gold answers before the extractor sees the items
eval_inputs "$shared/eval/dev.jsonl" "$out/dev-input.jsonl"
# ACLED notes report one event each: --assume-event
"$SITREP_BIN" extract --assume-event --input jsonl "$out/dev-input.jsonl" > "$out/dev.jsonl"
python3 "$shared/eval/score_events.py" items "$shared/eval/dev.jsonl" "$out/dev.jsonl"
echo
echo "== dev-news: news snippets, some reporting no event (score_events.py items, no --assume-event)"
eval_inputs "$shared/eval/dev-news.jsonl" "$out/news-input.jsonl"
"$SITREP_BIN" extract --input jsonl "$out/news-input.jsonl" > "$out/news.jsonl"
python3 "$shared/eval/score_events.py" items "$shared/eval/dev-news.jsonl" "$out/news.jsonl"
