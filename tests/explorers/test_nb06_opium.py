"""Notebook 06: first-published figures and revisions, the national menu, the province menu,
and the exercise keys recomputed from the data."""

import pytest

from helpers import data, keys
from helpers.explorers import nb06_opium as nb06
from tests import plotly_sim as sim

NAMED = ["Balkh", "Kunduz", "Badakhshan", "Faryab"]
MENU = NAMED + ["Jawzjan", "Takhar", "Samangan"]


@pytest.fixture(scope="module")
def national():
    return data.load("opium_national")


@pytest.fixture(scope="module")
def sources():
    return data.source_rows()


def first(national, sources, measure):
    return nb06.first_published(national, sources, measure).set_index("year")["value"]


def key(exercise):
    return float(keys.answer_key(exercise)["answer"])


def test_each_year_keeps_its_first_published_figure_and_revisions_stay_apart(national, sources):
    cultivation = first(national, sources, "cultivation")
    assert cultivation[2000] == 82_000 and cultivation[2022] == 233_000
    assert 1996 not in cultivation.index  # only a production range exists: nothing filled in
    revised = nb06.restatements(national, sources, "cultivation")
    assert {82_172, 82_171} <= set(revised.query("year == 2000")["value"])
    assert set(revised.query("year == 2022")["value"]) == {232_000}


def test_stated_ranges_pair_low_and_high(national):
    ranges = nb06.stated_ranges(national, "cultivation").set_index("year")
    assert (ranges.loc[2018, "low"], ranges.loc[2018, "high"]) == (242_000, 283_000)


def test_the_national_chart_stacks_cultivation_over_production(national, sources):
    fig = nb06.national_chart(national, sources)
    assert fig.layout.xaxis.tickformat == "d" and fig.layout.xaxis2.tickformat == "d"
    assert "328,000 ha" in fig.layout.title.text and "9,000 t" in fig.layout.title.text
    panels = {t.meta: t.yaxis or "y" for t in fig.data}
    assert panels["cultivation-first"] == "y" and panels["production-first"] == "y2"
    assert len(fig.layout.shapes) == 2  # the two bans


def test_province_years_never_fill_a_gap_and_keep_poppy_free_apart():
    provinces = data.load("opium_provinces")
    table = nb06.province_years(provinces, "Balkh", range(2000, 2026)).set_index("year")
    assert table.loc[2012, "status"] == "poppy-free" and table.loc[2017, "hectares"] == 12_100
    assert table.loc[2015, "status"] == "no figure" and table["hectares"].isna().sum() == 23
    kunduz = nb06.province_years(provinces, "Kunduz", range(2000, 2026))
    assert (kunduz["status"] == "no figure").all()


def test_the_province_menu_shows_one_province_and_names_its_gaps():
    provinces = data.load("opium_provinces")
    fig = nb06.province_explorer(provinces, MENU, NAMED, first="Badakhshan")
    assert sim.title(fig).startswith("<b>Badakhshan</b> (named in the paper)")
    after = sim.choose(fig, "Province: Kunduz")
    assert "no published figure" in sim.title(after)
    blocks = nb06.province_blocks(provinces, MENU, range(2000, 2026))
    low, high = after["layout"]["xaxis"]["range"]
    shown = blocks[(blocks["position"] >= low) & (blocks["position"] <= high)]
    assert set(shown["province"]) == {"Kunduz"} and len(shown) == 26


def test_the_axis_labels_are_years_whichever_province_is_shown():
    fig = nb06.province_explorer(data.load("opium_provinces"), MENU, NAMED)
    assert set(fig.layout.xaxis.ticktext) == {str(y) for y in range(2000, 2026, 2)}
    assert fig.layout.xaxis.tickformat == "d"


def test_key_06_1_is_the_change_in_cultivation_2022_to_2023(national, sources):
    cultivation = first(national, sources, "cultivation")
    assert key("06.1") == nb06.percent_change(cultivation[2022], cultivation[2023])
    revised = nb06.percent_change(232_000, cultivation[2023])  # the 2024 survey's 2022 figure
    assert abs(revised - key("06.1")) <= float(keys.answer_key("06.1")["tolerance"])


def test_key_06_2_is_the_change_in_production_2017_to_2018(national, sources):
    production = first(national, sources, "production")
    assert key("06.2") == nb06.percent_change(production[2017], production[2018])


def test_key_06_3_is_badakhshan_2000_to_2001():
    rows = data.load("opium_provinces").query("province == 'Badakhshan'").set_index("year")
    assert key("06.3") == nb06.percent_change(rows.loc[2000, "cultivation_ha"],
                                              rows.loc[2001, "cultivation_ha"])
