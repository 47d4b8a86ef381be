"""Scores `sitrep extract` output on a probe set of whole news articles (our own writing, coded by
hand). Usage: score.py SHARED_EVAL_DIR GOLD.jsonl PRED.jsonl [-v]

Each article's main event is the one with the highest confidence; an article whose gold event type
is null reports no event and is right only when nothing is emitted ("no event" counts in "type").
Place is right by name (or a listed alias) and, when the gold gives coordinates, within 25 km.
Field matching uses the shared scorer's helpers, so it agrees with scripts/eval/run.sh."""
import json
import sys

sys.path.insert(0, sys.argv[1])
from score_events import actor_match, km, norm_place, num  # noqa: E402

articles = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
preds = {}
for line in open(sys.argv[3], encoding="utf-8"):
    p = json.loads(line)
    preds.setdefault(p["doc_id"], []).append(p)
verbose = "-v" in sys.argv
fields = ["type", "sub", "date", "place", "place25", "fat", "actor1", "noevent"]
tally = {k: [] for k in fields}
for a in articles:
    g, ps = a["gold"], preds.get(a["id"], [])
    main = max(ps, key=lambda e: e.get("confidence", 0)) if ps else None
    errors = []
    if g["event_type"] is None:
        ok = not ps
        tally["noevent"].append(ok)
        tally["type"].append(ok)
        if not ok:
            errors.append("EMITTED")
    elif main is None:
        errors.append("NOTHING")
        for k in fields[:-1]:
            tally[k].append(False)
    else:
        names = {norm_place(g["location"])} | {norm_place(x) for x in g.get("aliases", [])}
        by_name = norm_place(main.get("location")) in names
        near = by_name or ("lat" in g and main.get("latitude") is not None
                           and km(g["lat"], g["lon"], main["latitude"], main["longitude"]) <= 25)
        checks = [
            ("type", main["event_type"] == g["event_type"]),
            ("sub", main["sub_event_type"] in {g["sub_event_type"]} | set(g.get("accept_sub", []))),
            ("date", main.get("date") in {g["date"]} | set(g.get("accept_dates", []))),
            ("place", by_name),
            ("place25", near),
            ("fat", num(main.get("fatalities")) == num(g["fatalities"])),
            ("actor1", bool(actor_match(g["actor1"], main.get("actor1")))),
        ]
        for k, ok in checks:
            tally[k].append(ok)
            if not ok:
                errors.append(k)
    if errors and verbose:
        print(f"== {a['id']} {a.get('note', '')} ERR={errors}")
        print("   GOLD:", g.get("event_type"), "/", g.get("sub_event_type"), g.get("date"), g.get("location"), "|", g.get("actor1"), "| fat", g.get("fatalities"))
        for p in ps:
            star = "*" if p is main else " "
            print(f"  {star}PRED: {p['event_type']} / {p['sub_event_type']} {p.get('date')} {p.get('location')} "
                  f"({p.get('admin1')}, {p.get('country')}) | {p.get('actor1')} | fat {p.get('fatalities')} conf {p.get('confidence')}")
for k in fields:
    v = tally[k]
    if v:
        print(f"{k:8s} {sum(v)}/{len(v)} = {100 * sum(v) / len(v):.0f}%")
