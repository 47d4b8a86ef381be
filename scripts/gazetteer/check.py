#!/usr/bin/env python3
"""Validate the Sitrep resource TSVs: gazetteer.tsv, actors.tsv, sources.tsv (name, kind, aliases, affiliation).

Checks column counts, allowed kinds/types, coordinate ranges and number formats,
duplicate ids, empty required fields and stray whitespace. Exits non-zero on any error.
Usage: python3 scripts/gazetteer/check.py [--resources DIR] [--skip-missing]
"""
import datetime
import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RES = os.path.join(ROOT, "Sources", "SitrepExtract", "Resources")

PLACE_KINDS = {"country", "province", "region", "city", "town", "village", "district",
               "neighbourhood", "camp", "base", "airport", "field", "crossing", "landmark"}
ACTOR_TYPES = {"state", "rebel", "political_militia", "identity_militia", "rioters",
               "protesters", "civilians", "external"}
ACTOR_FLAGS = {"case", "generic"}
SOURCE_KINDS = {"state_media", "pro_government", "opposition", "monitor", "international",
                "wire", "social_media", "local"}
AFFILIATION = re.compile(r"^[a-z][a-z_]*$")  # regime, opposition, russian_state ... (the record's voices)
NUM4 = re.compile(r"^-?\d{1,3}(\.\d{1,4})?$")


class Report:
    def __init__(self, name):
        self.name, self.errors, self.rows = name, [], 0

    def err(self, lineno, msg):
        if len(self.errors) < 50:
            self.errors.append(f"{self.name}:{lineno}: {msg}")
        else:
            self.errors.append(None)


def rows_of(path, rep, ncols):
    with open(path, encoding="utf-8") as f:
        header_done = False
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.endswith("\r"):
                rep.err(lineno, "CRLF line ending")
                line = line[:-1]
            if line.startswith("#"):
                if header_done:
                    rep.err(lineno, "comment line after data rows")
                continue
            header_done = True
            if not line.strip():
                rep.err(lineno, "blank line")
                continue
            cols = line.split("\t")
            if len(cols) != ncols:
                rep.err(lineno, f"{len(cols)} columns, expected {ncols}")
                continue
            for c in cols:
                if c != c.strip():
                    rep.err(lineno, f"leading/trailing whitespace in {c!r}")
            rep.rows += 1
            yield lineno, cols


def check_aliases(rep, lineno, s):
    if not s:
        return
    parts = s.split("|")
    if any(not p.strip() for p in parts):
        rep.err(lineno, f"empty alias in {s[:60]!r}")


def check_gazetteer(path):
    rep = Report("gazetteer.tsv")
    ids = set()
    for lineno, c in rows_of(path, rep, 10):
        pid, name, kind, admin1, country, iso2, lat, lon, pop, alts = c
        if not pid:
            rep.err(lineno, "empty id")
        elif pid in ids:
            rep.err(lineno, f"duplicate id {pid}")
        ids.add(pid)
        # GeoNames ids are digits; curated rows are "c:..."; districts built from GeoNames admin2 names "d:..."
        if not (pid.isdigit() or re.match(r"^[cd]:[a-z0-9][a-z0-9_.-]*$", pid)):
            rep.err(lineno, f"bad id {pid!r}")
        if not name:
            rep.err(lineno, "empty name")
        if kind not in PLACE_KINDS:
            rep.err(lineno, f"bad kind {kind!r}")
        if not country:
            rep.err(lineno, "empty country")
        if not re.match(r"^[A-Z]{2}$", iso2):
            rep.err(lineno, f"bad iso2 {iso2!r}")
        for v, lim, label in ((lat, 90, "lat"), (lon, 180, "lon")):
            if not NUM4.match(v):
                rep.err(lineno, f"bad {label} {v!r} (decimal, <=4 places)")
            elif abs(float(v)) > lim:
                rep.err(lineno, f"{label} out of range {v}")
        if not pop.isdigit():
            rep.err(lineno, f"bad population {pop!r}")
        check_aliases(rep, lineno, alts)
    return rep


def check_actors(path):
    rep = Report("actors.tsv")
    seen = set()
    for lineno, c in rows_of(path, rep, 6):
        canon, typ, country, aliases, cameo, flags = c
        if not canon:
            rep.err(lineno, "empty canonical")
        if typ not in ACTOR_TYPES:
            rep.err(lineno, f"bad type {typ!r}")
        fl = [f for f in flags.split(",") if f] if flags else []
        # for=COUNTRY: the entry names COUNTRY's state forces in this row's country
        def dated(f):
            # since=YYYY-MM-DD / until=YYYY-MM-DD: the row names events on or after / before that day
            key, _, day = f.partition("=")
            if key not in ("since", "until"):
                return False
            try:
                datetime.date.fromisoformat(day)
            except ValueError:
                return False
            return len(day) == 10
        if any(f not in ACTOR_FLAGS and not (f.startswith("for=") and len(f) > 4) and not dated(f) for f in fl):
            rep.err(lineno, f"bad flags {flags!r}")
        key = (canon, country, frozenset(fl))
        if key in seen:
            rep.err(lineno, f"duplicate canonical {canon!r} with the same country and flags")
        seen.add(key)
        if not aliases:
            rep.err(lineno, "no aliases")
        check_aliases(rep, lineno, aliases)
        if cameo and not re.match(r"^[A-Z]{3,9}$", cameo):
            rep.err(lineno, f"bad cameo {cameo!r}")
    return rep


def check_sources(path):
    rep = Report("sources.tsv")
    seen = set()
    for lineno, c in rows_of(path, rep, 4):
        name, kind, aliases, affiliation = c
        if not name:
            rep.err(lineno, "empty name")
        if name in seen:
            rep.err(lineno, f"duplicate name {name!r}")
        seen.add(name)
        if kind not in SOURCE_KINDS:
            rep.err(lineno, f"bad kind {kind!r}")
        check_aliases(rep, lineno, aliases)
        if affiliation and not AFFILIATION.match(affiliation):
            rep.err(lineno, f"bad affiliation {affiliation!r} (lowercase letters and _, or empty)")
    return rep


MUST_PLACES = [("Syria", "country"), ("Aleppo", "city"), ("Idleb", "province"), ("Kamuna camp", "camp"),
               ("Bab al-Hawa crossing", "crossing"), ("Gaza Strip", "region"), ("North Gaza", "province"),
               ("Hmeimim Airbase", "base"), ("Al-Shaer gas field", "field"), ("Baghdad", "city")]
MUST_ACTORS = ["Military Forces of Syria (2000-2024)", "Islamic State (Syria)", "Hayat Tahrir al-Sham",
               "Jabhat al-Nusra", "Free Syrian Army", "Military Forces of Russia (2000-)",
               "Police Forces of Iraq (2018-)", "Military Forces of Yemen (2016-) Supreme Political Council",
               "Operation Restoring Hope", "Global Coalition Against Daesh", "Protesters (Iraq)", "Rioters (Lebanon)",
               "Civilians (Yemen)", "Unidentified Armed Group (Iraq)", "Military Forces of Israel (2022-)",
               "Hamas Movement", "Hezbollah"]


def spot_check(res):
    """Entries other components rely on; returns a list of problems."""
    problems = []
    gaz = os.path.join(res, "gazetteer.tsv")
    if os.path.exists(gaz):
        have = set()
        with open(gaz, encoding="utf-8") as f:
            for line in f:
                c = line.rstrip("\n").split("\t")
                if len(c) == 10:
                    have.add((c[1], c[2]))
        problems += [f"gazetteer.tsv: missing {n} ({k})" for n, k in MUST_PLACES if (n, k) not in have]
    act = os.path.join(res, "actors.tsv")
    if os.path.exists(act):
        with open(act, encoding="utf-8") as f:
            canon = {line.split("\t", 1)[0] for line in f if not line.startswith("#")}
        problems += [f"actors.tsv: missing {a}" for a in MUST_ACTORS if a not in canon]
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--resources", default=RES)
    ap.add_argument("--skip-missing", action="store_true")
    args = ap.parse_args()
    failed = False
    for fname, fn in (("gazetteer.tsv", check_gazetteer), ("actors.tsv", check_actors),
                      ("sources.tsv", check_sources)):
        path = os.path.join(args.resources, fname)
        if not os.path.exists(path):
            print(f"{fname}: MISSING")
            failed = failed or not args.skip_missing
            continue
        rep = fn(path)
        errs = [e for e in rep.errors if e]
        extra = len(rep.errors) - len(errs)
        status = "ok" if not rep.errors else f"{len(rep.errors)} error(s)"
        print(f"{fname}: {rep.rows} rows, {os.path.getsize(path)} bytes, {status}")
        for e in errs:
            print("  " + e)
        if extra:
            print(f"  ... and {extra} more")
        failed = failed or bool(rep.errors)
    curated = os.path.join(os.path.dirname(os.path.abspath(__file__)), "curated.tsv")
    if os.path.exists(curated):
        rep = check_gazetteer(curated)
        rep.name = "curated.tsv"
        errs = [e for e in rep.errors if e]
        print(f"curated.tsv: {rep.rows} rows, {'ok' if not rep.errors else str(len(rep.errors)) + ' error(s)'}")
        for e in errs:
            print("  " + e.replace("gazetteer.tsv", "curated.tsv"))
        failed = failed or bool(rep.errors)
    problems = spot_check(args.resources)
    for p in problems:
        print("spot check: " + p)
    failed = failed or bool(problems)
    print("all checks passed" if not failed else "CHECK FAILED")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
