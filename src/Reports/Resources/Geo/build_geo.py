#!/usr/bin/env python3
"""Build france-departements.topo.json, the compact boundaries that Warehouse.Reports embeds.

Input: the france-geojson files (96 metropolitan départements, 5 DROM Features) and the COG code list
(région of each département, région names). Output: one JSON file with the outlines projected to metres
(Lambert-93 for metropolitan France, a local Mercator per DROM), turned into shared arcs (each border
between two départements is stored once, so it can be simplified once and both sides stay glued),
pre-simplified with Douglas-Peucker at TOLERANCE_M, quantised to QUANTUM_M, delta-encoded.

Standard library only. Usage (from the repository root):
    python3 -B src/Reports/Resources/Geo/build_geo.py INPUT_FOLDER src/Reports/Resources/Geo/france-departements.topo.json
"""
import json
import math
import os
import sys

QUANTUM_M = 10          # coordinates are integers in units of 10 m
TOLERANCE_M = 40        # Douglas-Peucker tolerance: 0.1 pt on a 400-pt map of a single DROM département
MIN_ISLAND_KM2 = 0.15   # unshared rings smaller than this are dropped (invisible at any report scale)

DROM_FILES = {
    "971": "departement-971-guadeloupe.geojson",
    "972": "departement-972-martinique.geojson",
    "973": "departement-973-guyane.geojson",
    "974": "departement-974-la-reunion.geojson",
    "976": "departement-976-mayotte.geojson",
}

# --- projections ---------------------------------------------------------------------------------------

A = 6378137.0                      # GRS80
F = 1 / 298.257222101
E = math.sqrt(2 * F - F * F)


def _m(phi):
    return math.cos(phi) / math.sqrt(1 - (E * math.sin(phi)) ** 2)


def _t(phi):
    es = E * math.sin(phi)
    return math.tan(math.pi / 4 - phi / 2) / ((1 - es) / (1 + es)) ** (E / 2)


def lambert93():
    """EPSG:2154, Lambert conformal conic with standard parallels 44° and 49° on GRS80."""
    phi1, phi2, phi0 = map(math.radians, (49.0, 44.0, 46.5))
    lam0, x0, y0 = math.radians(3.0), 700000.0, 6600000.0
    n = (math.log(_m(phi1)) - math.log(_m(phi2))) / (math.log(_t(phi1)) - math.log(_t(phi2)))
    big_f = _m(phi1) / (n * _t(phi1) ** n)
    rho0 = A * big_f * _t(phi0) ** n

    def project(lon, lat):
        rho = A * big_f * _t(math.radians(lat)) ** n
        theta = n * (math.radians(lon) - lam0)
        return x0 + rho * math.sin(theta), y0 + rho0 - rho * math.cos(theta)

    return project, {"name": "Lambert-93 (EPSG:2154)", "lat1": 49.0, "lat2": 44.0, "lat0": 46.5, "lon0": 3.0}


def local_mercator(lon0, lat0):
    """Spherical Mercator scaled to be true at the territory's own latitude: conformal, ~1 km wide errors < 0.1 %."""
    k = math.cos(math.radians(lat0)) * A
    y_ref = math.log(math.tan(math.pi / 4 + math.radians(lat0) / 2))

    def project(lon, lat):
        return k * math.radians(lon - lon0), k * (math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) - y_ref)

    return project, {"name": "local Mercator", "lon0": round(lon0, 4), "lat0": round(lat0, 4)}


# --- geometry helpers ----------------------------------------------------------------------------------

def polygons_of(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    raise ValueError("unsupported geometry " + geometry["type"])


def ring_area(ring):
    s = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        s += x1 * y2 - x2 * y1
    return s / 2


def douglas_peucker(points, tol):
    if len(points) < 3:
        return list(points)
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (ax, ay), (bx, by) = points[i], points[j]
        dx, dy = bx - ax, by - ay
        norm = math.hypot(dx, dy)
        best, best_k = -1.0, -1
        for k in range(i + 1, j):
            px, py = points[k]
            d = math.hypot(px - ax, py - ay) if norm == 0 else abs(dy * (px - ax) - dx * (py - ay)) / norm
            if d > best:
                best, best_k = d, k
        if best > tol:
            keep[best_k] = True
            stack.append((i, best_k))
            stack.append((best_k, j))
    return [p for p, k in zip(points, keep) if k]


def simplify_arc(points, tol):
    if points[0] != points[-1]:
        return douglas_peucker(points, tol)
    # closed arc: anchor on the start and on the vertex farthest from it
    far = max(range(len(points)), key=lambda k: math.dist(points[0], points[k]))
    out = douglas_peucker(points[: far + 1], tol)[:-1] + douglas_peucker(points[far:], tol)
    return out if len(out) >= 4 else points


def label_point(rings):
    """A point well inside the polygon (coarse pole of inaccessibility on a grid), for optional labels."""
    outer = rings[0]
    xs, ys = [p[0] for p in outer], [p[1] for p in outer]
    best, best_d = (sum(xs) / len(xs), sum(ys) / len(ys)), -1.0
    steps = 24
    for i in range(1, steps):
        for j in range(1, steps):
            x = min(xs) + (max(xs) - min(xs)) * i / steps
            y = min(ys) + (max(ys) - min(ys)) * j / steps
            if not inside(rings, x, y):
                continue
            d = min(seg_dist(x, y, a, b) for r in rings for a, b in zip(r, r[1:]))
            if d > best_d:
                best, best_d = (x, y), d
    return [round(best[0]), round(best[1])]


def inside(rings, x, y):
    c = False
    for r in rings:
        for (x1, y1), (x2, y2) in zip(r, r[1:]):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                c = not c
    return c


def seg_dist(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0 if length2 == 0 else max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


# --- topology ------------------------------------------------------------------------------------------

def build(features):
    """features: list of dicts with 'polygons' = [[ring, ...], ...], rings closed lists of (x, y) ints."""
    rings = []  # (feature index, polygon index, ring index, points)
    for fi, f in enumerate(features):
        for pi, poly in enumerate(f["polygons"]):
            for ri, ring in enumerate(poly):
                pts = [ring[0]]
                for p in ring[1:]:
                    if p != pts[-1]:
                        pts.append(p)
                if pts[0] != pts[-1]:
                    pts.append(pts[0])
                rings.append((fi, pi, ri, pts))

    edge_owners = {}
    for rid, (_, _, _, pts) in enumerate(rings):
        for a, b in zip(pts, pts[1:]):
            edge_owners.setdefault((min(a, b), max(a, b)), set()).add(rid)

    def sig(a, b):
        return frozenset(edge_owners[(min(a, b), max(a, b))])

    arcs, arc_index = [], {}

    def arc_ref(seg):
        fwd, rev = tuple(seg), tuple(reversed(seg))
        key, reverse = (fwd, False) if fwd <= rev else (rev, True)
        if key not in arc_index:
            arc_index[key] = len(arcs)
            arcs.append(list(key))
        i = arc_index[key]
        return ~i if reverse else i

    ring_arcs = []
    for rid, (fi, pi, ri, pts) in enumerate(rings):
        body = pts[:-1]
        n = len(body)
        breaks = [i for i in range(n) if sig(body[i - 1], body[i]) != sig(body[i], body[(i + 1) % n])]
        if not breaks:
            start = min(range(n), key=lambda k: body[k])
            rot = body[start:] + body[:start]
            refs = [arc_ref(rot + [rot[0]])]
            shared = len(sig(body[0], body[1])) > 1
        else:
            refs = []
            for k, b in enumerate(breaks):
                e = breaks[(k + 1) % len(breaks)]
                seg = body[b:e + 1] if e > b else body[b:] + body[:e + 1]
                refs.append(arc_ref(seg))
            shared = True
        ring_arcs.append((fi, pi, ri, refs, shared, abs(ring_area(pts))))
    return arcs, ring_arcs


def main(src, out):
    cog_deps = {d["code"]: d for d in json.load(open(os.path.join(src, "cog-departements.json"), encoding="utf-8"))}
    cog_regs = {r["code"]: r["nom"] for r in json.load(open(os.path.join(src, "cog-regions.json"), encoding="utf-8"))}
    metro = json.load(open(os.path.join(src, "departements-version-simplifiee.geojson"), encoding="utf-8"))
    items = [(f, "metro") for f in metro["features"]]
    for code, name in DROM_FILES.items():
        items.append((json.load(open(os.path.join(src, "drom-departements", name), encoding="utf-8")), code))

    frames = {"metro": lambert93()}
    for f, frame in items:
        if frame != "metro":
            pts = [c for poly in polygons_of(f["geometry"]) for ring in poly for c in ring]
            lons, lats = [p[0] for p in pts], [p[1] for p in pts]
            frames[frame] = local_mercator((min(lons) + max(lons)) / 2, (min(lats) + max(lats)) / 2)

    features = []
    for f, frame in items:
        project = frames[frame][0]
        code = f["properties"]["code"]
        polys = []
        for poly in polygons_of(f["geometry"]):
            rings = []
            for ring in poly:
                rings.append([tuple(round(v / QUANTUM_M) for v in project(lon, lat)) for lon, lat in ring])
            polys.append(rings)
        features.append({"code": code, "name": f["properties"]["nom"], "region": cog_deps[code]["region"],
                         "frame": frame, "polygons": polys})

    arcs, ring_arcs = build(features)
    simplified = [simplify_arc(a, TOLERANCE_M / QUANTUM_M) for a in arcs]
    min_area = MIN_ISLAND_KM2 * 1e6 / QUANTUM_M ** 2

    out_features = []
    for fi, f in enumerate(features):
        polys = {}
        for rfi, pi, ri, refs, shared, area in ring_arcs:
            if rfi != fi:
                continue
            if not shared and area < min_area:
                continue
            if ri > 0 and pi not in polys:
                continue  # a hole of a dropped polygon
            polys.setdefault(pi, []).append(refs)
        if not polys:
            raise SystemExit("feature %s lost all its polygons" % f["code"])
        largest = max(f["polygons"], key=lambda p: abs(ring_area(p[0])))
        out_features.append({"code": f["code"], "name": f["name"], "region": f["region"], "frame": f["frame"],
                             "label": label_point(largest), "polygons": [polys[k] for k in sorted(polys)]})

    used = sorted({r if r >= 0 else ~r for f in out_features for p in f["polygons"] for ring in p for r in ring})
    renumber = {old: new for new, old in enumerate(used)}

    def encode(points):
        flat, px, py = [], 0, 0
        for x, y in points:
            flat += [x - px, y - py]
            px, py = x, y
        return flat

    for f in out_features:
        f["polygons"] = [[[renumber[r] if r >= 0 else ~renumber[~r] for r in ring] for ring in p] for p in f["polygons"]]

    regions = {code: cog_regs[code] for code in sorted({f["region"] for f in out_features})}
    doc = {
        "about": "Départements of France (96 metropolitan + 5 DROM). Built by build_geo.py from france-geojson "
                 "(IGN ADMIN EXPRESS COG 2018, INSEE COG 2018, Licence Ouverte) and the INSEE COG code list.",
        "quantumMetres": QUANTUM_M,
        "frames": {k: v[1] for k, v in frames.items()},
        "regions": regions,
        "arcs": [encode(simplified[i]) for i in used],
        "features": out_features,
    }
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, separators=(",", ":"))
        fh.write("\n")
    points_in = sum(len(r) for f in features for p in f["polygons"] for r in p)
    points_out = sum(len(simplified[i]) for i in used)
    print("features %d, arcs %d, points %d -> %d (arc vertices), %d bytes"
          % (len(out_features), len(used), points_in, points_out, os.path.getsize(out)))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
