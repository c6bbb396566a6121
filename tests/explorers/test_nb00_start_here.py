"""Notebook 00's neighbour explorer: choose a country, see the right map and facts."""

import pytest

from helpers import charts
from helpers.explorers import nb00_start_here as nb00
from tests import plotly_sim as sim


@pytest.fixture(scope="module")
def explorer():
    return nb00.neighbour_explorer()


def test_it_starts_on_tajikistan_with_its_border(explorer):
    assert sim.title(explorer) == "Tajikistan: 1,357 km of border with Afghanistan"
    assert "1,357 km" in explorer.layout.annotations[0].text
    assert sim.labels(explorer)[:3] == ["Tajikistan", "Uzbekistan", "Turkmenistan"]


def test_choosing_uzbekistan_highlights_it_and_rewrites_the_panel(explorer):
    after = sim.choose(explorer, "Uzbekistan")
    fills = sim.fills(after)
    assert fills["UZB"] == charts.colour("UZB") and fills["AFG"] == charts.colour("AFG")
    assert fills["TJK"] == charts.NEUTRAL
    assert sim.widths(after)["UZB"] == 3.0
    assert sim.title(after) == "Uzbekistan: 144 km of border with Afghanistan"
    panel = after["layout"]["annotations"][0]["text"]
    assert "CSTO (suspended)" in panel and "145 km" in panel


def test_choosing_kyrgyzstan_says_there_is_no_border(explorer):
    after = sim.choose(explorer, "Kyrgyzstan")
    assert sim.title(after) == "Kyrgyzstan has no border with Afghanistan"
    assert "No border" in after["layout"]["annotations"][0]["text"]


def test_choosing_tajikistan_again_restores_the_starting_view(explorer):
    back = sim.choose(sim.choose(explorer, "Pakistan"), "Tajikistan")
    assert sim.fills(back) == sim.fills(explorer) and sim.title(back) == sim.title(explorer)


def test_country_facts_rejects_afghanistan_and_unknown_codes():
    for code in ["AFG", "XXX"]:
        with pytest.raises(ValueError, match="Choose one of"):
            nb00.country_facts(code)
