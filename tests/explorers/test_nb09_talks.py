"""Notebook 09: the actor coding, the timeline menu, the forum matrix, the scenario canvas,
its keys, and that nothing in the notebook gives away a forecast's outcome."""

import json

import pandas as pd
import pytest

from helpers import data, forecasts, keys
from helpers.explorers import nb09_talks as nb09
from tests import plotly_sim as sim
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def diplomacy():
    return data.load("diplomacy_2015_2018")


@pytest.fixture(scope="module")
def talks(diplomacy):
    return nb09.until_vantage(diplomacy)


def test_the_vantage_point_keeps_one_row_per_event_up_to_october_2018(diplomacy, talks):
    assert len(diplomacy) == 29 and len(talks) == 22
    assert talks["start"].max() <= pd.Timestamp(nb09.VANTAGE)
    assert not set(talks["event_id"]) & {"d15", "d19"}  # same events, other sources' dates
    assert talks["start"].is_monotonic_increasing
    assert (talks["Taliban"] == (talks["taliban_present"] == "yes")).all()


def test_an_actor_takes_part_when_named_or_when_it_hosts():
    assert nb09.present("United States (Khalilzad);Taliban", "Doha, Qatar", "Qatar")
    away = "Washington / en route to Pakistan"
    assert not nb09.present("United States (Zalmay Khalilzad)", away, "Pakistan")
    assert nb09.present("Afghan government (High Peace Council delegation);Taliban", "Murree, Pakistan",
                        "Kabul government")
    assert nb09.present("about 25 countries and international organisations incl. UN and NATO", "Kabul", "UN")
    assert nb09.forum("odd format", "nowhere") == "Other"


def test_every_event_until_the_vantage_point_has_a_forum(talks):
    assert "Other" not in set(talks["forum"])


def test_the_menu_fills_in_each_actor_s_events(talks):
    fig = nb09.timeline_chart(talks)
    assert sim.title(fig) == "The Taliban were at 5 of 22 events, 2015 to October 2018"
    assert sim.labels(fig) == [f"Actor: {a}" for a in nb09.ACTORS]
    assert list(fig.data[0].marker.symbol).count("circle") == 5  # the first view is the Taliban's
    for actor in nb09.ACTORS:
        after = sim.choose(fig, f"Actor: {actor}")
        filled = after["data"][0]["marker"]["symbol"].count("circle")
        assert filled == int(talks[actor].sum()), actor
    russia = sim.title(sim.choose(fig, "Actor: Russia"))
    assert russia == "Russia (named by the paper): at 4 of 22 events,<br>0 of them with the Taliban"
    us = sim.title(sim.choose(fig, "Actor: United States"))
    assert us.endswith("3 of them with the Taliban")
    assert fig.layout.xaxis.tickformat == "%Y" and fig.layout.height <= 600


def test_the_matrix_counts_events_per_forum_and_actor(talks):
    table = nb09.matrix(talks)
    assert table["events"].sum() == 22 and table["Taliban"].sum() == 5
    assert table.loc["Murree talks", ["Taliban", "Kabul government"]].tolist() == [1, 1]
    assert table.loc["UN Security Council on UNAMA", "UN"] == 3
    assert (table[["Taliban", "UN"]].min(axis=1) == 0).all()  # never together
    fig = nb09.matrix_chart(table)
    assert len(fig.data[0].y) == len(table) and fig.layout.height <= 600


def test_the_scenario_canvas_has_four_labelled_quadrants():
    fig = nb09.scenario_canvas()
    texts = [t.text[0] for t in fig.data]
    assert [t[3] for t in texts] == ["a", "b", "c", "d"]
    options = keys._pairs(keys.answer_key("09.2")["options"])
    for letter, (outcome, posture) in nb09.QUADRANTS.items():
        assert options[letter] == f"{outcome.lower()}, {posture}"


def test_key_09_1_is_the_states_with_the_taliban_the_paper_omits(talks):
    expected = set(keys.answer_key("09.1")["answer"].split(" | "))
    assert nb09.omitted_by_paper(talks) == expected == {"United States", "Pakistan", "Qatar"}


def test_key_09_3_is_the_mean_brier_score_of_the_two_forecasts():
    mean = (forecasts.brier(0.7, True) + forecasts.brier(0.2, False)) / 2
    assert abs(float(keys.answer_key("09.3")["answer"]) - mean) < 1e-9


def test_key_09_4_is_the_only_rewrite_with_all_four_elements():
    key = keys.answer_key("09.4")
    options = keys._pairs(key["options"])
    complete = [k for k, text in options.items()
                if "10 or more" in text and "2019-2021" in text and "UCDP" in text]
    assert complete == [key["answer"]]


def test_notebook_09_gives_away_no_forecast_outcome():
    """The outcomes wait for notebook 10: no resolution source and no event after the vantage
    point may be cited or shown in 09."""
    text = (ROOT / "notebooks" / "09_talking_to_the_taliban.ipynb").read_text(encoding="utf-8")
    later = nb09.coded(data.load("diplomacy_2015_2018")).query("start > @nb09.VANTAGE")
    resolving = data.load("forecast_questions")["source_id"]
    for source in set(later["source_id"]) | set(resolving):
        assert data.cite(source) not in text, source
    outputs = json.dumps([c.get("outputs", []) for c in json.loads(text)["cells"]])
    assert "resolved_on" not in outputs and ">resolution<" not in outputs
    for note in data.load("forecast_questions")["note"]:
        assert note[:40] not in text
