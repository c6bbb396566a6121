"""Data layer: the package validates, every row is sourced, every data set loads typed."""

import json

import pandas as pd
import pytest
from frictionless import Package

from helpers import data
from tests.conftest import ROOT

PACKAGE = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))
TABLES = [r for r in PACKAGE["resources"] if r["path"].endswith(".csv")]


def test_frictionless_validation_passes():
    report = Package(str(ROOT / "data" / "datapackage.json")).validate()
    errors = [f"{task.name}: {e.message}" for task in report.tasks for e in task.errors]
    assert report.valid, "\n".join(errors[:20])


def test_every_csv_in_data_is_described():
    described = {r["path"] for r in TABLES}
    on_disk = {p.name for p in (ROOT / "data").glob("*.csv")}
    assert on_disk == described


@pytest.mark.parametrize("resource", [r["name"] for r in TABLES if r["name"] != "sources"])
def test_every_row_cites_a_known_source(resource):
    frame = data.load(resource)
    known = set(data.sources()["source_id"])
    for column in [c for c in frame.columns if c.endswith("source_id")]:
        if column == "source_id":
            assert frame[column].notna().all(), f"{resource}.{column} has empty cells"
        unknown = set(frame[column].dropna()) - known
        assert not unknown, f"{resource}.{column}: {sorted(unknown)} not in sources.csv"
    for column in [c for c in frame.columns if c.endswith("source_ids")]:
        listed = {s.strip() for cell in frame[column].dropna() for s in cell.split(";")}
        assert listed <= known, f"{resource}.{column}: {sorted(listed - known)} not in sources.csv"


def test_every_source_is_used_and_has_a_locator_or_url():
    table = data.sources()
    used = set()
    for resource in TABLES:
        frame = data.load(resource["name"])
        for column in [c for c in frame.columns if c.endswith("source_id")]:
            used |= set(frame[column].dropna())
        for column in [c for c in frame.columns if c.endswith("source_ids")]:
            used |= {s for cell in frame[column].dropna() for s in cell.split(";")}
    for notebook in [*(ROOT / "notebooks").glob("*.ipynb"), ROOT / "data" / "README.md"]:
        text = notebook.read_text(encoding="utf-8")
        used |= {s for s in table["source_id"] if f'"{s}"' in text or f"'{s}'" in text
                 or f"`{s}`" in text}
    unused = set(table["source_id"]) - used
    assert not unused, f"sources nobody cites: {sorted(unused)}"
    bare = table[table["url"].isna() & table["locator"].isna()]
    assert bare.empty, f"sources with neither url nor locator: {bare['source_id'].tolist()}"


@pytest.mark.parametrize("resource", [r["name"] for r in TABLES])
def test_load_applies_schema_types(resource):
    frame = data.load(resource)
    fields = next(r for r in TABLES if r["name"] == resource)["schema"]["fields"]
    for field in fields:
        dtype = str(frame[field["name"]].dtype)
        expected = {"integer": "Int64", "year": "Int64", "number": "Float64", "boolean": "boolean",
                    "date": "datetime64[ns]", "string": "string"}[field["type"]]
        assert dtype.startswith(expected.split("[")[0]), (field["name"], dtype)


def test_border_lengths_add_up_to_the_factbook_total():
    borders = data.load("afghanistan_borders").query("source_id == 'cia-wfb-2020'")
    parts = borders.query("neighbour_iso3 != 'ALL'")["length_km"].sum()
    assert parts == borders.query("neighbour_iso3 == 'ALL'")["length_km"].iloc[0] == 5987


def test_region_outlines_cover_the_ten_states():
    geo = json.loads((ROOT / "data" / "geo" / "countries.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["iso3"] for f in geo["features"]} == set(data.load("states")["iso3"])
    assert "Natural Earth" in geo["attribution"]


def test_outlines_rebuild_identically_from_the_registry_package():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_countries",
                                                  ROOT / "data/geo/build_countries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = json.loads((ROOT / "data/geo/countries.geojson").read_text(encoding="utf-8"))
    assert module.build()["features"] == shipped["features"]


def test_capitals_lie_inside_plausible_ranges():
    states = data.load("states").set_index("iso3")
    assert states.loc["AFG", "capital"] == "Kabul"
    assert states.loc["KAZ", "capital"] == "Astana"  # its name in 2018 and again since 2022
    assert states["capital_lat"].between(30, 60).all()
    assert pd.api.types.is_float_dtype(states["capital_lon"])


def inside(lon: float, lat: float, ring: list) -> bool:
    """Ray casting: is the point inside the closed ring?"""
    result = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def test_every_provincial_capital_lies_inside_its_own_polygon():
    geo = json.loads((ROOT / "data" / "geo" / "afg_provinces.geojson").read_text(encoding="utf-8"))
    shapes = {f["properties"]["province"]: f["geometry"]["coordinates"] for f in geo["features"]}
    provinces = data.load("provinces")
    assert set(shapes) == set(provinces["province"]) and len(shapes) == 34
    located = provinces.dropna(subset=["capital_lat", "capital_lon"])
    assert len(located) >= 32
    for _, row in located.iterrows():
        polygons = shapes[row["province"]]
        assert any(inside(row["capital_lon"], row["capital_lat"], polygon[0]) for polygon in polygons), (
            f"{row['capital']} is not inside {row['province']}")


def test_sources_describe_documents_only():
    """No words about how a source was looked up, no local paths, no tracking parameters."""
    text = (ROOT / "data" / "sources.csv").read_text(encoding="utf-8").lower()
    for word in ("search(", "read_file", "find_string", "search tool", "corpus", "excerpt",
                 "stored copy", "/work/", "/tmp/", "file://", "utm_", "fbclid"):
        assert word not in text, f"sources.csv mentions {word!r}"
