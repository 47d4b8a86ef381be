#!/usr/bin/env python3
"""Builds Sources/SitrepRecord/Resources/countries.tsv: the gazetteer's country names with their
ISO 3166-1 alpha-3 codes (the prefix of incident ids, ACLED style: SYR1234).
Codes come from pycountry (pip install pycountry), which ships the ISO 3166 tables of Debian's
iso-codes; country names are the gazetteer's own (GeoNames). Run from the repository root."""
import csv, sys
import pycountry

rows = {}
with open("Sources/SitrepExtract/Resources/gazetteer.tsv", encoding="utf-8") as f:
    for line in f:
        if line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) > 5 and cols[2] == "country" and cols[5]:
            c = pycountry.countries.get(alpha_2=cols[5])
            if c is None:
                continue
            rows[cols[4]] = (c.alpha_3, int(c.numeric))
            rows.setdefault(cols[1], (c.alpha_3, int(c.numeric)))
with open("Sources/SitrepRecord/Resources/countries.tsv", "w", encoding="utf-8") as out:
    out.write("# Country name (as the gazetteer writes it) -> ISO 3166-1 alpha-3 and numeric. Built by scripts/record/countries.py\n")
    out.write("# from the gazetteer (GeoNames, CC BY 4.0) and pycountry's ISO 3166 tables (iso-codes, LGPL-2.1 data).\n")
    for name in sorted(rows):
        out.write(f"{name}\t{rows[name][0]}\t{rows[name][1]}\n")
print(len(rows), "countries", file=sys.stderr)
