#!/usr/bin/env python3
"""Generates a benchmark corpus of plain-text live-blog pages for `sitrep import`.

  gencorpus.py OUT_DIR [PAGES=1000] [UPDATES_PER_PAGE=100] [SEED=1]

Each page is `bench-YYYY-MM-DD-NNNN.txt` (one day per page, starting 2016-01-01): a title line,
UPDATES_PER_PAGE `UPDATE HHMM GMT:` blocks (newest first, distinct times), then an
`ORIGINAL ENTRY:`. The prose is made up here from a small word list, deterministic per seed.
"""
import datetime
import os
import random
import sys

PLACES = ["Kharvan", "Dalsuq", "Bir Tamra", "the northern ring road", "Qasr Imleh", "the river crossing",
          "Tell Abyad Junction", "the old market", "Sahlat al-Ward", "the eastern suburbs", "Marjayoun Heights",
          "the airport road", "Kafr Zayta", "the grain silos", "the southern front", "Wadi Nour"]
ACTORS = ["government forces", "opposition fighters", "a local council", "the civil defence", "aid workers",
          "a monitoring group", "the health ministry", "residents", "an observer mission", "the provincial governor",
          "a spokesman for the coalition", "humanitarian officials"]
VERBS = ["reported", "said", "confirmed", "denied", "described", "estimated", "warned", "announced"]
EVENTS = ["heavy shelling overnight", "a convoy reaching the besieged district", "two airstrikes near a clinic",
          "a partial ceasefire holding through the morning", "clashes along the main highway",
          "the reopening of a bakery", "a power cut across several neighbourhoods", "new displacement toward the border",
          "the evacuation of wounded civilians", "a prisoner exchange under negotiation",
          "a drone strike on a supply depot", "protests after Friday prayers"]
QUALIFIERS = ["according to witnesses", "in a statement on social media", "though details could not be verified",
              "citing sources on the ground", "in a briefing to journalists", "after a night of uncertainty",
              "as talks continued abroad", "with figures still changing"]
NUMBERS = ["three", "five", "at least eight", "a dozen", "about twenty", "more than forty", "nearly a hundred"]


def sentence(rng: random.Random) -> str:
    kind = rng.randrange(3)
    if kind == 0:
        text = (f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(EVENTS)} in {rng.choice(PLACES)}, "
                f"{rng.choice(QUALIFIERS)}")
    elif kind == 1:
        text = (f"{rng.choice(NUMBERS)} people were hurt in {rng.choice(PLACES)}, {rng.choice(ACTORS)} "
                f"{rng.choice(VERBS)}")
    else:
        text = (f"In {rng.choice(PLACES)}, {rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(EVENTS)} "
                f"{rng.choice(QUALIFIERS)}")
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random, sentences: int) -> str:
    return " ".join(sentence(rng) for _ in range(sentences))


def page(rng: random.Random, number: int, updates: int) -> str:
    out = [f"Conflict Desk Bench {number:04d}", ""]
    # Newest first, distinct times, all inside 00:00-23:59.
    step = max(1, 1430 // updates)
    for k in range(updates):
        minute_of_day = 1430 - k * step
        hh, mm = divmod(minute_of_day, 60)
        out.append(f"UPDATE {hh:02d}{mm:02d} GMT: {paragraph(rng, 2)}")
        out.append("")
        if rng.random() < 0.5:
            out.append(paragraph(rng, 3))
            out.append("")
    out.append(f"ORIGINAL ENTRY: {paragraph(rng, 3)}")
    out.append("")
    out.append(paragraph(rng, 4))
    out.append("")
    return "\n".join(out)


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    pages = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    updates = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
    if not 1 <= updates <= 1430:
        print("UPDATES_PER_PAGE must be 1..1430", file=sys.stderr)
        return 2
    os.makedirs(out_dir, exist_ok=True)
    day = datetime.date(2016, 1, 1)
    for number in range(1, pages + 1):
        name = f"bench-{day.isoformat()}-{number:04d}.txt"
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(page(rng, number, updates))
        day += datetime.timedelta(days=1)
    print(f"{pages} pages x {updates} updates = {pages * updates} updates in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
