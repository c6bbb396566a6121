"""helpers.geo: offline outlines, codes on traces, geometry read from the data store."""

import pytest

from helpers import data, geo


def test_base_map_draws_every_country_without_geo_traces():
    fig = geo.base_map()
    assert len(fig.data) == 10
    assert all(trace.type == "scatter" and trace.fill == "toself" for trace in fig.data)
    assert fig.layout.yaxis.scaleanchor == "x"


def test_every_outline_carries_its_code():
    fig = geo.province_map()
    index = geo.trace_index(fig)
    assert fig.data[index["AF-BAL"]].name == "Balkh" and fig.data[index["UZB"]].name == "Uzbekistan"
    assert len([code for code in index if code.startswith("AF-")]) == 34


def test_unknown_outline_or_province_names_the_valid_ones():
    with pytest.raises(ValueError, match="AFG"):
        geo.country_trace("XYZ", "#000000")
    with pytest.raises(ValueError, match="Balkh"):
        geo.province_trace("Balk", "#000000")


def test_geometry_comes_from_the_data_store(data_copy):
    (data_copy / "geo" / "countries.geojson").write_text("{not json", encoding="utf-8")
    with pytest.raises(data.DataError, match="countries.geojson is damaged"):
        geo.outlines()


def test_missing_geometry_says_how_to_restore_it(data_copy):
    (data_copy / "geo" / "afg_provinces.geojson").unlink()
    with pytest.raises(data.DataError, match="git checkout"):
        geo.province_outlines()
