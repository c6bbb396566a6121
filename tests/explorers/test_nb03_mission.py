"""Notebook 03: the linked year menu."""

import plotly.graph_objects as go
import pytest

from helpers.explorers import nb03_mission as nb03
from tests import plotly_sim as sim

PANELS = [("Troops", [go.Scatter(x=["2016-05-01", "2018-05-01"], y=[1, 2])])]


def test_choosing_a_year_moves_the_band_and_rewrites_the_title():
    fig = nb03.linked_years(PANELS, {2016: "a", 2018: "b"}, first_year=2018)
    assert fig.layout.shapes[0].x0 == "2018-01-01" and sim.title(fig) == "b"
    after = sim.choose(fig, "Year: 2016")
    assert after["layout"]["shapes"][0]["x0"] == "2016-01-01" and sim.title(after) == "a"


def test_an_unknown_first_year_is_refused():
    with pytest.raises(ValueError, match="first_year"):
        nb03.linked_years(PANELS, {2016: "a"}, first_year=2018)
