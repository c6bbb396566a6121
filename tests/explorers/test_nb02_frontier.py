"""Notebook 02: the border and command explorers, and the paper's places."""

import pytest

from helpers import charts, geo
from helpers.explorers import nb02_frontier as nb02
from tests import plotly_sim as sim


@pytest.fixture(scope="module")
def borders():
    return nb02.border_explorer()


def test_border_explorer_starts_on_uzbekistan_and_greys_the_disputed_province(borders):
    assert sim.title(borders).startswith("Uzbekistan borders 1 Afghan province")
    fills = sim.fills(borders)
    assert fills["AF-BAL"] == charts.colour("UZB") and fills["AF-JOW"] == charts.role("band")


def test_choosing_pakistan_lights_its_eleven_provinces(borders):
    after = sim.choose(borders, "Pakistan")
    assert sim.title(after).startswith("Pakistan borders 11 Afghan provinces")
    lit = [code for code, fill in sim.fills(after).items() if fill == charts.colour("PAK")]
    assert len(lit) == 11 and "AF-KAN" in lit and "AF-BAL" not in lit


def test_taac_west_touches_iran_and_turkmenistan_not_pakistan():
    facts = nb02.command_facts("TAAC-W")
    assert facts["provinces"] == ["Badghis", "Farah", "Ghor", "Herat"]
    assert facts["borders"] == ["IRN", "TKM"]
    with pytest.raises(ValueError, match="Valid"):
        nb02.command_facts("TAAC-X")


def test_choosing_taac_west_fills_its_four_provinces():
    after = sim.choose(nb02.command_explorer(), "TAAC-W")
    lit = {code for code, fill in sim.fills(after).items() if fill == charts.role("highlight")}
    codes = geo.province_codes()
    assert lit == {codes[p] for p in ("Badghis", "Farah", "Ghor", "Herat")}
    assert "provinces border Iran and Turkmenistan" in sim.title(after)


def test_every_command_in_the_menu_fills_at_least_one_province():
    fig = nb02.command_explorer()
    menu = sim.labels(fig)
    assert menu == nb02.mapped_commands() and "TAAC-N" not in menu
    for label in menu:
        after = sim.choose(fig, label)
        lit = [code for code, fill in sim.fills(after).items() if fill == charts.role("highlight")]
        assert lit, f"{label} comes up with no province filled"
        assert "not in our sources" not in sim.title(after)


def test_commands_without_a_province_list_are_tabled_not_menued():
    table = nb02.unmapped_commands()
    assert {"TAAC-N", "TAAC-S", "TAAC-E"} <= set(table["command"])
    assert not set(table["command"]) & set(nb02.mapped_commands())
    north = table.set_index("command").loc["TAAC-N"]
    assert "Mazar-i-Sharif" in north["headquarters"] and "209th" in north["afghan_units_advised"]
    with pytest.raises(ValueError, match="No source lists"):
        nb02.command_state("TAAC-N")


def test_border_state_rejects_a_country_without_a_border():
    with pytest.raises(ValueError, match="neighbours"):
        nb02.border_state("KAZ")


def test_named_places_keep_their_codes_when_grouped():
    fig = nb02.named_places_map({"Balkh": "Balk"}, ["Takhar"])
    index = geo.trace_index(fig)
    assert fig.data[index["AF-BAL"]].name == "Named in the paper"
    assert fig.data[index["AF-TAK"]].fillcolor == charts.role("omitted")
