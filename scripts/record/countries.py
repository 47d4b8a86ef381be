#!/usr/bin/env python3
"""Builds Sources/SitrepRecord/Resources/countries.tsv: the gazetteer's country names with their
ISO 3166-1 alpha-3 codes (the prefix of incident ids, ACLED style: SYR1234), ISO numeric codes
(ACLED's `iso` column) and ACLED regions (its `region` column).
Codes come from pycountry (pip install pycountry; built with 24.6.1), which ships the ISO 3166
tables of Debian's iso-codes; country names are the gazetteer's own (GeoNames). Regions come from
the UN M49 sub-region of each country as tabulated by country_converter (pip install
country_converter==1.3.2; its country_data.tsv, column UNregion, read directly so pandas is not
needed), mapped to ACLED's region names by the rule below. Run from the repository root."""
import csv, sys
from importlib import metadata, resources
import pycountry

COCO_VERSION = "1.3.2"

# UN M49 sub-region -> ACLED region. This approximates ACLED's regions: ACLED draws its own
# (its Middle East spans M49's Western Asia and Iran; Mexico is in M49's Central America, as in
# ACLED's). Sub-regions not listed (Antarctica) get no region.
M49_TO_ACLED = {
    "Western Africa": "Western Africa", "Middle Africa": "Middle Africa", "Eastern Africa": "Eastern Africa",
    "Southern Africa": "Southern Africa", "Northern Africa": "Northern Africa",
    "Western Asia": "Middle East", "Central Asia": "Caucasus and Central Asia",
    "Southern Asia": "South Asia", "South-eastern Asia": "Southeast Asia", "Eastern Asia": "East Asia",
    "Northern Europe": "Europe", "Western Europe": "Europe", "Southern Europe": "Europe", "Eastern Europe": "Europe",
    "Northern America": "North America", "Central America": "Central America", "South America": "South America",
    "Caribbean": "Caribbean",
    "Melanesia": "Oceania", "Micronesia": "Oceania", "Polynesia": "Oceania", "Australia and New Zealand": "Oceania",
}
# Countries ACLED files apart from their M49 sub-region (ISO alpha-3 -> ACLED region): the
# Caucasus, in M49's Western Asia, and Iran, in M49's Southern Asia.
ACLED_EXCEPTIONS = {
    "ARM": "Caucasus and Central Asia", "AZE": "Caucasus and Central Asia", "GEO": "Caucasus and Central Asia",
    "IRN": "Middle East",
}

installed = metadata.version("country_converter")
if installed != COCO_VERSION:
    print(f"warning: country_converter {installed}, expected {COCO_VERSION}", file=sys.stderr)
m49 = {}
with resources.files("country_converter").joinpath("country_data.tsv").open(encoding="utf-8") as f:
    for r in csv.DictReader(f, delimiter="\t"):
        m49[r["ISO3"]] = r["UNregion"]


def region(alpha3):
    return ACLED_EXCEPTIONS.get(alpha3) or M49_TO_ACLED.get(m49.get(alpha3, ""), "")


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
            rows[cols[4]] = (c.alpha_3, int(c.numeric), region(c.alpha_3))
            rows.setdefault(cols[1], rows[cols[4]])
with open("Sources/SitrepRecord/Resources/countries.tsv", "w", encoding="utf-8") as out:
    out.write("# Country name (as the gazetteer writes it) -> ISO 3166-1 alpha-3, numeric and ACLED region. Built by scripts/record/countries.py\n")
    out.write("# from the gazetteer (GeoNames, CC BY 4.0), pycountry's ISO 3166 tables (iso-codes, LGPL-2.1 data) and UN M49\n")
    out.write(f"# sub-regions (via country_converter {COCO_VERSION}) mapped to ACLED's regions (see ATTRIBUTION.md).\n")
    for name in sorted(rows):
        out.write("\t".join([name, rows[name][0], str(rows[name][1]), rows[name][2]]) + "\n")
missing = sorted(n for n, r in rows.items() if not r[2])
print(len(rows), "countries;", len(missing), "without a region:", ", ".join(missing), file=sys.stderr)
