#!/usr/bin/env bash
# Scores the extractor on our own probe sets of whole news articles (scripts/eval/probes/: wire
# reports, live-blog updates and reports of no event, written and coded by hand by the Sitrep team
# to stand in for the locked set of real news reports; no dev text). Read as the desk reads them:
# no --assume-event. Usage: scripts/eval/probes.sh [-v]   (-v lists each article's errors)
# wire-a/b/c have been used to find kinds of errors. wire-d (70 articles, 25 of no event) and
# snips-d (200 snippets) were written later, frozen before any run, and first scored at 65708b8;
# wire-d's casualty, actor and place errors were then read to find kinds, snips-d's even ids never.
# wire-e (50 articles, 20 of no event) and snips-e (200 snippets, 45 of no event) were written the
# same way at 2f15c35 and first scored there; snips-e's even ids are held out, wire-e's fatality
# errors were read to find kinds. wire-f (50 articles, 15 of no event), written after and first
# scored at 3a9fdbb, then had its fatality errors read too. wire-g (50 articles, 15 of no event),
# first scored at 7ef598f, was held out until bea1739, then its errors were read. wire-h (50
# articles, 20 of no event) and snips-f (200 snippets, 45 of no event), written last and first
# scored at 9490106, are held out whole (both halves of snips-f). wire-i and wire-j (50 articles,
# 20 of no event, each) and snips-g and snips-h (200 snippets, 45 of no event, each) were written at
# f77beba and first scored there: wire-i and snips-g (both halves) are read to find kinds, wire-j
# and snips-h are held out whole. wire-k and wire-l (50 articles, 20 of no event, each) and snips-i
# and snips-j (200 snippets, 45 of no event, each) were written at 941c00d and first scored there:
# wire-k and snips-i are read to find kinds, wire-l and snips-j are held out whole. wire-m and
# wire-n (50 articles, 20 of no event, each) and snips-k and snips-l (200 snippets, 45 of no event,
# each) were written at aeaac2a and first scored there: wire-m and snips-k are read to find kinds,
# wire-n and snips-l are held out whole. wire-o and wire-p (50 articles, 20 of no event, each) and
# snips-m and snips-n (200 snippets, 45 of no event, each) were written at d7b7154 and first scored
# there: wire-o and snips-m are read to find kinds, wire-p and snips-n are held out whole.
# Builds this repository's release `sitrep` (scratch path .build-release) unless SITREP_BIN names one.
set -euo pipefail
source "$(dirname "$0")/common.sh"
here="$root/scripts/eval"
out="$(eval_out sitrep-probes)"
eval_binary release
for set in wire-a wire-b wire-c wire-d wire-e wire-f wire-g wire-h wire-i wire-j wire-k wire-l wire-m wire-n wire-o wire-p; do
  eval_inputs "$here/probes/$set.jsonl" "$out/$set-input.jsonl"
  "$SITREP_BIN" extract --input jsonl "$out/$set-input.jsonl" > "$out/$set.jsonl"
  echo "== $set ($(wc -l < "$here/probes/$set.jsonl") articles)"
  python3 "$here/probes/score.py" "$shared/eval" "$here/probes/$set.jsonl" "$out/$set.jsonl" "$@"
done
# snips-d, snips-e: 200 news snippets each, of 1-3 sentences, labelled with ACLED sub-types (40 and
# 45 report no event), in dev-news's format, scored as run.sh scores dev-news; their odd ids may be
# read to find kinds of errors, their even ids are held out (scored apart below)
for set in snips-d snips-e snips-f snips-g snips-h snips-i snips-j snips-k snips-l snips-m snips-n; do
  eval_inputs "$here/probes/$set.jsonl" "$out/$set-input.jsonl"
  "$SITREP_BIN" extract --input jsonl "$out/$set-input.jsonl" > "$out/$set.jsonl"
  python3 - "$here/probes/$set.jsonl" "$out/$set" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for name, keep in (("odd", 1), ("even", 0)):
    with open(f"{sys.argv[2]}-{name}.jsonl", "w") as f:
        for r in rows:
            if int(r["id"].split(":")[1]) % 2 == keep: f.write(json.dumps(r) + "\n")
PY
  for half in odd even; do
    echo "== $set, $half ids ($(wc -l < "$out/$set-$half.jsonl") snippets)"
    python3 "$shared/eval/score_events.py" items "$out/$set-$half.jsonl" "$out/$set.jsonl" | grep -E "event_type|sub_event_type|no_event"
  done
done
