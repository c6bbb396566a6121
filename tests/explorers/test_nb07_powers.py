"""Notebook 07: facility spans and the year slider, memberships and the CSTO rule, the arms
chart, and the exercise keys recomputed from the data."""

import pytest

from helpers import data, keys
from helpers.explorers import nb07_powers as nb07
from tests import plotly_sim as sim


@pytest.fixture(scope="module")
def facilities():
    return data.load("military_facilities")


@pytest.fixture(scope="module")
def spans(facilities):
    return nb07.facility_spans(facilities)


def shown(fig_json, name):
    operator = next(op for op, (label, *_) in nb07.OPERATORS.items() if label == name)
    spans = nb07.facility_spans(data.load("military_facilities"))
    ids = set(spans.index[spans["operator_iso3"] == operator])
    return sum(t["opacity"] > 0 for t in fig_json["data"] if t.get("meta") in ids)


def test_spans_take_the_widest_sourced_dates(spans):
    assert spans.loc["ru-201-base", "since"] == 2004
    assert spans.loc["us-manas", "since"] == 2001 and spans.loc["us-manas", "until"] == 2014
    assert spans.loc["in-ayni", "until"] == 2023  # 2022 and 2023 both stated: the later one


def test_the_series_own_first_years_are_used_only_where_no_row_dates_a_facility(facilities):
    no_date = facilities.groupby("facility_id")["opened"].apply(lambda s: s.isna().all())
    undated = set(no_date.index[no_date])
    assert undated == set(nb07.FIRST_YEAR)


def test_the_us_leaves_in_two_steps_and_china_arrives_after_2016(spans):
    us = {y: nb07.counts_by_operator(spans, y).get("USA", 0) for y in (2004, 2005, 2013, 2014)}
    assert us == {2004: 2, 2005: 1, 2013: 1, 2014: 0}
    assert nb07.counts_by_operator(spans, 2015).get("CHN", 0) == 0
    assert nb07.counts_by_operator(spans, 2016)["CHN"] == 1
    assert nb07.counts_by_operator(spans, 2021)["CHN"] == 2  # Shaymak, Vakhon (Badakhshan gone)


def test_uzbekistan_moves_in_and_out_of_the_csto():
    csto = {y: any(b.startswith(("CST", "CSTO")) and "(" not in b for b in nb07.standings(y)["UZB"])
            for y in (1995, 2000, 2007, 2013)}
    assert csto == {1995: True, 2000: False, 2007: True, 2013: False}
    assert "CSTO (suspended)" in nb07.standings(2018)["UZB"]


def test_the_slider_steps_through_every_year_and_redraws_markers(facilities):
    fig = nb07.facility_map(facilities, start=2018)
    steps = fig.layout.sliders[0].steps
    assert [s.label for s in steps] == [str(y) for y in nb07.YEARS]
    state = fig.to_plotly_json()
    assert shown(state, "United States") == 0 and "31 Dec 2018" in state["layout"]["title"]["text"]
    sim.apply(state, steps[nb07.YEARS.index(2004)].method, list(steps[nb07.YEARS.index(2004)].args))
    assert shown(state, "United States") == 2
    assert "United States 2" in state["layout"]["title"]["text"]
    uzbekistan = next(t for t in state["data"] if t.get("meta") == "UZB" and t.get("fill") == "toself")
    assert uzbekistan["fillcolor"] == nb07.FILLS["Neither"]  # out of the treaty, 1999-2005
    sim.apply(state, steps[-1].method, list(steps[-1].args))
    assert uzbekistan["fillcolor"] == nb07.FILLS["Bases excluded by national policy"]


def test_membership_bars_show_uzbekistan_in_and_out():
    periods = nb07.membership_periods().query("state_iso3 == 'UZB' and body == 'CSTO'")
    assert list(zip(periods["standing"], periods["first"], periods["last"])) == [
        ("member", 1992, 1997), ("suspended", 1998, 1998), ("member", 2006, 2011), ("suspended", 2012, 2025)]


def test_the_arms_chart_shows_only_stated_percentages():
    arms = data.load("arms_supplier_shares")
    fig = nb07.arms_chart(arms)
    values = sorted(v for trace in fig.data for v in trace.x)
    assert values == sorted(arms.query("measure == 'share_pct'")["value"])


def test_key_07_1_is_the_csto_members_in_central_asia_in_2025():
    table = data.memberships_on("2025-12-31").query("organisation == 'CSTO' and standing == 'member'")
    members = set(table["state_iso3"]) & {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert members == set(keys.answer_key("07.1")["answer"].split(" | "))
    assert nb07.csto_consent_needed(2025) == sorted(members)


def test_key_07_2_matches_the_201st_rows(facilities):
    rows = facilities.query("facility_id == 'ru-201-base'")
    assert "2004-10-17" in set(rows["opened"]) and rows["legal_basis"].str.contains("2042").all()
    assert "Bokhtar" in rows["place"].iloc[0] and keys.answer_key("07.2")["answer"] == "b"


def test_key_07_3_is_the_qccm_members():
    members = set(data.load("memberships").query("organisation == 'QCCM'")["state_iso3"])
    assert members == set(keys.answer_key("07.3")["answer"].split(" | "))


def test_key_07_4_is_chinas_stated_share_growth():
    arms = data.load("arms_supplier_shares")
    china = arms.query("recipient == 'Central Asia' and supplier_iso3 == 'CHN'").set_index("period")["value"]
    assert china["2015-2019"] / china["2010-2014"] == pytest.approx(float(keys.answer_key("07.4")["answer"]))
