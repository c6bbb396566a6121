"""Notebook 05: estimates by source and date, the denominator menu, and the keys derived from data."""

import pandas as pd
import pytest

from helpers import data, keys
from helpers.explorers import nb05_fighters as nb05
from tests import plotly_sim as sim

NAMES = {"KAZ": "Kazakhstan", "KGZ": "Kyrgyzstan", "TJK": "Tajikistan", "TKM": "Turkmenistan",
         "UZB": "Uzbekistan"}


def soufan_rates():
    rows = data.load("foreign_fighters").query("source_id == 'soufan-2017' and country_iso3 != 'CA5'")
    rows = pd.DataFrame({"iso3": rows["country_iso3"], "year": rows["source_date"].str[:4].astype(int),
                         "fighters": rows["fighters_low"]})
    return nb05.with_rates(nb05.population_of_year(rows, data.load("wdi_population")))


def test_the_denominator_reorders_the_countries():
    rates = soufan_rates()
    assert nb05.ranking(rates, "fighters")[0] == "UZB"
    assert nb05.ranking(rates, "per_million") == ["TJK", "KGZ", "TKM", "UZB", "KAZ"]


def test_the_menu_switches_values_order_and_title_and_keeps_colours():
    fig = nb05.denominator_menu(soufan_rates(), NAMES)
    assert sim.title(fig).endswith("Uzbekistan comes first")
    after = sim.choose(fig, "Per million people")
    assert sim.title(after) == "Per million people: Tajikistan comes first"
    assert after["layout"]["yaxis"]["categoryarray"][-1] == "TJK"
    assert max(after["data"][0]["x"]) == pytest.approx(143.08, abs=0.01)
    assert after["data"][0]["marker"]["color"] == fig.to_dict()["data"][0]["marker"]["color"]
    back = sim.choose(after, "Number of fighters")
    assert back["layout"]["yaxis"]["categoryarray"][-1] == "UZB"


def test_a_country_without_a_population_is_refused():
    rates = soufan_rates().assign(population=None)
    with pytest.raises(ValueError, match="population"):
        nb05.denominator_menu(rates, NAMES)
    with pytest.raises(ValueError, match="start"):
        nb05.denominator_menu(soufan_rates(), NAMES, start="percent")


def test_every_estimate_year_to_2019_has_a_population():
    rows = data.load("foreign_fighters").query("country_iso3 != 'CA5'").dropna(subset=["source_date"])
    rows = pd.DataFrame({"iso3": rows["country_iso3"], "year": rows["source_date"].str[:4].astype(int)})
    rows = rows[rows["year"] <= 2019]  # the table runs 2014-2019; one Kyrgyz figure is from 2023
    assert len(rows) >= 15
    assert nb05.population_of_year(rows, data.load("wdi_population"))["population"].notna().all()


def test_the_estimates_chart_marks_bounds_and_the_paper():
    regional = data.load("foreign_fighters").query("country_iso3 == 'CA5' and estimate_id != 'ff-06'")
    points = nb05.estimate_points(regional)
    paper = points.set_index("estimate_id").loc["ff-01"]
    assert paper["kind"] == "paper" and paper["bound"] == "up to" and paper["date"].year == 2018
    fig = nb05.estimates_chart(points)
    assert {t.meta for t in fig.data} == {"paper", "research"}
    assert "triangle-up" in fig.data[[t.meta for t in fig.data].index("research")].marker.symbol


def test_key_05_1_is_soufan_s_total_over_the_paper_s():
    fighters = data.load("foreign_fighters")
    total = soufan_rates()["fighters"].sum()
    paper = fighters.set_index("estimate_id").loc["ff-01", "fighters_high"]
    assert total == 4200
    assert float(keys.answer_key("05.1")["answer"]) == pytest.approx(100 * (total / paper - 1), abs=0.05)


def test_key_05_2_is_the_tajik_minister_s_figure_per_million():
    row = data.load("foreign_fighters").set_index("estimate_id").loc["ff-16"]
    pop = data.load("wdi_population").query("iso3 == 'TJK' and year == 2016")["population"].iloc[0]
    assert row["source_date"].startswith("2016")
    expected = round(row["fighters_high"] / pop * 1e6, 1)
    assert float(keys.answer_key("05.2")["answer"]) == expected
