#!/usr/bin/env python3
"""Build campaigns/briefs/data/world-map.json, the world map that campaigns.briefs.worldmap draws.

Run once by hand, when the map should change; the result is kept in the repository and the
portal only ever reads that file (neither this script nor its input is needed at run time).

Input: ``countries-50m.json`` from the npm package ``world-atlas`` 2.0.2 (Natural Earth
1:50m admin-0 countries, public domain, as TopoJSON; the package itself is ISC-licensed)::

    cd /tmp && npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python bin/build_world_map.py /tmp/package/countries-50m.json

What it does, in order:

1. decode the TopoJSON arcs (delta-encoded, quantised longitude/latitude);
2. project every point with the Equal Earth projection (equal-area, so big northern countries
   don't look bigger than they are) into a viewBox ``WIDTH`` units wide;
3. simplify each *arc* with Douglas-Peucker.  TopoJSON stores a border shared by two countries
   once, so simplifying arcs (endpoints kept) keeps neighbours fitting exactly: no gaps or
   overlaps along borders;
4. join the arcs into rings, round to whole units, drop rings that collapsed or are too small
   to see (a country always keeps its largest ring if anything of it is left);
5. write, per ISO 3166-1 alpha-2 code, the SVG path data (relative commands, to keep it small),
   the visible area, and a label point: the centroid of its largest polygon, computed on the
   unsimplified projected outline, where a marker is drawn for countries too small to see.

Country codes: Natural Earth features carry ISO 3166-1 numeric codes, converted with
django-countries' table.  Features without a code: Kosovo is written as ``XK`` (the code the
EU and CLDR use; django-countries only knows it if the portal adds it, and until then it is
drawn as a neutral shape); "Indian Ocean Ter." is split into Christmas Island (CX) and the
Cocos (Keeling) Islands (CC); Somaliland, Northern Cyprus and the Siachen Glacier are kept as
neutral shapes without a code, so the map has no holes.  Antarctica is dropped.  A few places
django-countries knows but Natural Earth 1:50m has no outline for get a label point only
(``EXTRA_POINTS``).
"""

import argparse
import json
import math
import sys
from itertools import pairwise
from pathlib import Path

from django_countries.data import ALT_CODES

# Size of the map: x runs 0..WIDTH; the height follows from the data (without Antarctica).
# Coordinates are written as whole units, so 2000 units give half-pixel precision when the map
# is drawn 1000 px wide, and are still crisp on a high-density screen.
WIDTH = 2000
# Douglas-Peucker tolerance and the smallest island kept, in viewBox units.
TOLERANCE = 0.7
MIN_RING_AREA = 2
MARGIN = 8

# Features without an ISO code in Natural Earth.
NAMED_CODES = {"Kosovo": "XK"}
NEUTRAL = {"Somaliland", "N. Cyprus", "Siachen Glacier"}
DROPPED = {"AQ"}  # Antarctica: a long white band at the bottom that no dataset needs.

# Longitude/latitude of places that django-countries knows but that have no outline in the
# 1:50m data (too small, or part of another country's shape there).
EXTRA_POINTS = {
    "TV": (179.20, -8.52),  # Tuvalu, Funafuti
    "TK": (-171.85, -9.20),  # Tokelau
    "GI": (-5.35, 36.14),  # Gibraltar
    "BQ": (-68.26, 12.18),  # Bonaire, Sint Eustatius and Saba: Bonaire
}

NUMERIC_TO_ALPHA2 = {numeric: alpha2 for alpha2, (_alpha3, numeric) in ALT_CODES.items()}


# --- Projection -----------------------------------------------------------------------------

# Equal Earth (Šavrič, Patterson & Jenny, 2018).
A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    """Project degrees to Equal Earth plane coordinates (x about ±2.71, y about ±1.32, north up)."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = (
        2
        * math.sqrt(3)
        * lam
        * math.cos(theta)
        / (3 * (9 * A4 * t6 * t2 + 7 * A3 * t6 + 3 * A2 * t2 + A1))
    )
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


X_MAX = equal_earth(180, 0)[0]
SCALE = WIDTH / (2 * X_MAX)


def to_view(lon, lat, top):
    """Project degrees into viewBox units (y grows downwards, 0 at `top` plane y)."""
    x, y = equal_earth(lon, lat)
    return (x + X_MAX) * SCALE, (top - y) * SCALE


# --- Geometry helpers -----------------------------------------------------------------------


def ring_area(points):
    """Signed area (shoelace formula)."""
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in pairwise(points + points[:1]))


def ring_centroid(points):
    area = ring_area(points)
    if not area:
        xs, ys = zip(*points, strict=True)
        return sum(xs) / len(xs), sum(ys) / len(ys)
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in pairwise(points + points[:1]):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def simplify(points, tolerance):
    """Douglas-Peucker keeping both ends (iterative: long arcs would hit the recursion limit)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (ax, ay), (bx, by) = points[first], points[last]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        worst, worst_index = -1.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs(dx * (ay - py) - dy * (ax - px)) / length
            else:  # a closed arc: distance to its start
                distance = math.hypot(px - ax, py - ay)
            if distance > worst:
                worst, worst_index = distance, i
        if worst_index is not None and worst > tolerance:
            keep[worst_index] = True
            stack += [(first, worst_index), (worst_index, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def rounded(points):
    """Round to whole units and drop repeated points (including a closing repeat)."""
    result = []
    for x, y in points:
        p = (round(x), round(y))
        if not result or result[-1] != p:
            result.append(p)
    while len(result) > 1 and result[0] == result[-1]:
        result.pop()
    return result


def path_data(rings):
    """SVG path data with relative commands: "M12 34l1 2 3-4z..."."""
    parts = []
    for ring in rings:
        (x0, y0), rest = ring[0], ring[1:]
        steps = []
        px, py = x0, y0
        for x, y in rest:
            steps.append(f"{x - px} {y - py}".replace(" -", "-"))
            px, py = x, y
        parts.append(f"M{x0} {y0}l" + " ".join(steps).replace(" -", "-") + "z")
    return "".join(parts)


# --- TopoJSON -------------------------------------------------------------------------------


def decode_arcs(topology):
    """Absolute longitude/latitude points of every arc."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(arc_indexes, arcs):
    """Join arcs into one ring (a negative index ~i means arc i backwards)."""
    points = []
    for index in arc_indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def split_arc(arc):
    """Cut an arc of longitude/latitude points where it crosses the antimeridian.

    Natural Earth's Chukotka, Wrangel Island and Fiji go from 179.9° to -180°: projected as
    they are, they would draw a band across the whole map.  Each piece ends on the meridian
    (at 180° or -180°, at the latitude where the arc crosses it)."""
    pieces = [[arc[0]]]
    for (lon0, lat0), (lon1, lat1) in pairwise(arc):
        if abs(lon1 - lon0) > 180:
            side = 180 if lon0 > 0 else -180
            unwrapped = lon1 + 2 * side  # lon1 seen from lon0's side
            t = (side - lon0) / (unwrapped - lon0) if unwrapped != lon0 else 0
            lat = lat0 + t * (lat1 - lat0)
            pieces[-1].append((side, lat))
            pieces.append([(-side, lat)])
        pieces[-1].append((lon1, lat1))
    return pieces


def cut_at_antimeridian(ring):
    """A projected ring as one or more rings, cut where it jumps from one edge of the map to
    the other (see split_arc): pieces on the same side are joined in order."""
    jumps = [i for i in range(len(ring)) if abs(ring[i][0] - ring[i - 1][0]) > WIDTH / 2]
    if not jumps:
        return [ring]
    ring = ring[jumps[0] :] + ring[: jumps[0]]  # start right after a jump
    starts = [i - jumps[0] for i in jumps] + [len(ring)]
    sides = {}
    for start, end in pairwise(starts):
        piece = ring[start:end]
        west = sum(x for x, _y in piece) / len(piece) < WIDTH / 2
        sides.setdefault(west, []).extend(piece)
    return list(sides.values())


def polygon_parts(polygon, arcs):
    """The rings of a TopoJSON polygon (outer ring first), as one or more polygons: one that
    crosses the antimeridian becomes one per side (none of those has holes)."""
    outer, *holes = (ring_points(ring, arcs) for ring in polygon)
    pieces = cut_at_antimeridian(outer)
    return [[pieces[0], *holes]] + [[piece] for piece in pieces[1:]]


def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def code_of(geometry, polygon):
    """The alpha-2 code a polygon belongs to, "" for a neutral shape, None to drop it."""
    name = geometry["properties"]["name"]
    if geometry.get("id") is not None:
        code = NUMERIC_TO_ALPHA2.get(int(geometry["id"]))
        return None if code in DROPPED else code
    if name in NAMED_CODES:
        return NAMED_CODES[name]
    if name in NEUTRAL:
        return ""
    if name == "Indian Ocean Ter.":
        return None  # split by the caller
    print(f"Skipped a feature without a code: {name}", file=sys.stderr)
    return None


# --- Build ----------------------------------------------------------------------------------


def build(topology):
    geometries = topology["objects"]["countries"]["geometries"]
    lonlat_arcs = decode_arcs(topology)

    # Which polygons go where.
    owned = {}  # code -> list of polygons (lists of rings of arc indexes)
    for geometry in geometries:
        for polygon in polygons_of(geometry):
            code = code_of(geometry, polygon)
            if geometry["properties"]["name"] == "Indian Ocean Ter.":
                lon = lonlat_arcs[polygon[0][0] if polygon[0][0] >= 0 else ~polygon[0][0]][0][0]
                code = "CX" if lon > 100 else "CC"
            if code is not None:
                owned.setdefault(code, []).append(polygon)

    # The top of the map: the northernmost point of what is kept.
    used_arcs = {i if i >= 0 else ~i for ps in owned.values() for p in ps for r in p for i in r}
    top = max(equal_earth(lon, lat)[1] for i in used_arcs for lon, lat in lonlat_arcs[i])
    bottom = min(equal_earth(lon, lat)[1] for i in used_arcs for lon, lat in lonlat_arcs[i])
    top += MARGIN / SCALE
    height = round((top - bottom) * SCALE + MARGIN)

    # Project (full detail, for label points and areas) and simplify (for drawing) every arc.
    # Pieces of an arc on either side of the antimeridian are simplified apart, so the points
    # where it crosses stay: cut_at_antimeridian() needs them.
    projected, simplified = [], []
    for arc in lonlat_arcs:
        pieces = [[to_view(lon, lat, top) for lon, lat in piece] for piece in split_arc(arc)]
        projected.append([point for piece in pieces for point in piece])
        simplified.append([point for piece in pieces for point in simplify(piece, TOLERANCE)])

    countries, neutral = {}, []
    for code in sorted(owned):
        largest, largest_area = None, -1.0
        drawn = []  # (area, rings) of the polygons that survive simplification, outer ring first
        for polygon in owned[code]:
            for outer, *_holes in polygon_parts(polygon, projected):
                area = abs(ring_area(outer))
                if area > largest_area:
                    largest, largest_area = outer, area
            for part in polygon_parts(polygon, simplified):
                outer, *holes = (rounded(ring) for ring in part)
                if len(outer) >= 3:
                    drawn.append(
                        (abs(ring_area(outer)), [outer] + [h for h in holes if len(h) >= 3])
                    )
        drawn.sort(key=lambda item: -item[0])
        # Keep the biggest piece whatever its size; the others only if they can be seen.
        kept = drawn[:1] + [item for item in drawn[1:] if item[0] >= MIN_RING_AREA]
        rings = [ring for _area, polygon_rings in kept for ring in polygon_rings]
        visible_area = sum(area for area, _rings in kept)
        if not code:
            neutral.append(path_data(rings))
            continue
        label_x, label_y = ring_centroid(largest)
        countries[code] = {
            "d": path_data(rings),
            "label": [round(label_x, 1), round(label_y, 1)],
            "area": round(visible_area, 1),
        }

    for code, (lon, lat) in EXTRA_POINTS.items():
        assert code not in countries, code
        x, y = to_view(lon, lat, top)
        countries[code] = {"d": "", "label": [round(x, 1), round(y, 1)], "area": 0}

    return {
        "source": "Natural Earth 1:50m admin-0 countries (public domain), via world-atlas 2.0.2",
        "projection": "Equal Earth",
        "viewBox": [0, 0, WIDTH, height],
        "countries": dict(sorted(countries.items())),
        "neutral": neutral,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("topojson", type=Path, help="world-atlas' countries-50m.json")
    parser.add_argument(
        "--output",
        type=Path,
        default=Path(__file__).resolve().parent.parent
        / "campaigns"
        / "briefs"
        / "data"
        / "world-map.json",
    )
    args = parser.parse_args()
    data = build(json.loads(args.topojson.read_text()))
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    args.output.write_text(text + "\n")
    print(f"{args.output}: {len(data['countries'])} countries, {len(text) // 1024} KB")


if __name__ == "__main__":
    main()
