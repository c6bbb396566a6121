"""Notebook 01: the dating slider and the claim classifier."""

import pytest

from helpers import data
from helpers.explorers import nb01_reading_the_brief as nb01
from tests import plotly_sim as sim


@pytest.fixture(scope="module")
def timeline():
    return data.load("timeline_2018")


def test_dating_counts_bound_the_writing_date(timeline):
    assert nb01.dating_counts(timeline, "2018-08-17")[0] >= 1  # Imran Khan not yet sworn in
    assert nb01.dating_counts(timeline, "2018-08-18")[0] == 0
    before, after = (nb01.dating_counts(timeline, d)[1] for d in ("2018-09-01", "2018-11-30"))
    assert after > before  # Khalilzad, Doha, the elections and Moscow are left out


def test_dating_counts_rejects_a_malformed_date(timeline):
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        nb01.dating_counts(timeline, "mid-August")


def test_moving_the_slider_moves_the_veil_and_recounts(timeline):
    fig = nb01.dating_explorer(timeline, ["2018-08-03", "2018-10-12"], start="2018-10-12")
    assert sim.title(fig).startswith("Written on 12 Oct 2018? 0 anachronisms")
    after = sim.choose(fig, "03 Aug")
    # After 3 Aug 2018 come three events the paper refers to: Tashkent, Ghormach, Imran Khan.
    assert sim.title(after).startswith("Written on 03 Aug 2018? 3 anachronisms")
    assert after["layout"]["shapes"][1]["x0"] == "2018-08-03"
    assert after["layout"]["sliders"][0]["active"] == 0
    with pytest.raises(ValueError, match="start"):
        nb01.dating_explorer(timeline, ["2018-08-03"], start="2018-10-12")


def test_vocabularies_come_from_data():
    assert nb01.claim_types() == {"a": "checkable fact", "b": "interpretation or argument",
                                  "c": "forecast"}
    assert len(nb01.themes()) == 10


def test_claim_classifier_gives_feedback_and_redraws_the_theme_bars():
    classifier = nb01.claim_classifier(data.load("claims"))
    classifier.picker.value = 8
    assert "Claim #8 is in theme T2" in classifier.chart.value
    assert classifier.theme_counts(8) == {"checkable fact": 8, "interpretation or argument": 1,
                                          "forecast": 0}
    classifier.answer.value = "b"
    assert "<b>Not yet.</b>" in classifier.feedback.value
    assert "checkable fact" in classifier.feedback.value
    classifier.answer.value = "a"
    assert "<b>Correct.</b>" in classifier.feedback.value and "Pakistan" in classifier.feedback.value


def test_claim_classifier_refuses_an_empty_table():
    with pytest.raises(ValueError, match="no claims"):
        nb01.claim_classifier(data.load("claims").iloc[0:0])
