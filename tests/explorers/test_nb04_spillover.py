"""Notebook 04: the event table, the list menu, the shares, the coding explorer and its keys."""

import time

import pytest

from helpers import data, keys
from helpers.explorers import nb04_spillover as nb04
from tests import plotly_sim as sim


@pytest.fixture(scope="module")
def table():
    return nb04.event_table(data.load("ca_violence_events"))


@pytest.fixture(scope="module")
def codings():
    return data.load("event_codings")


def test_one_row_per_event_with_the_lowest_whole_event_toll(table):
    assert len(table) == 22 and table["named"].sum() == 8
    assert table.loc["kz-zhanaozen-2011", "deaths"] == 10  # the Shetpe row covers part of it
    assert table.loc["uz-andijan-2005", "deaths"] == 169
    tulip = table.loc["kg-tulip-2005"]
    assert tulip["deaths"] == 0 and not tulip["toll_found"]


def test_the_series_code_follows_the_cross_border_column(table):
    events = data.load("ca_violence_events").drop_duplicates("event_id").set_index("event_id")
    mapped = events["cross_border"].map({"no": "local", "partly": "mixed", "yes": "external"})
    assert (table["series_code"] == mapped.reindex(table.index)).all()


def test_shares_count_events_and_weigh_deaths(table):
    codes = table["series_code"].to_dict()
    assert nb04.four_shares(table, codes) == {"Paper's eight, events": 75.0, "Paper's eight, deaths": 1.4,
                                              "Full list, events": 40.9, "Full list, deaths": 1.4}
    assert nb04.share_local(table.iloc[0:0], codes) is None
    with pytest.raises(ValueError, match="by must be"):
        nb04.share_local(table, codes, by="people")


def test_the_menu_switches_between_the_paper_s_eight_and_the_full_list(table):
    fig = nb04.timeline_chart(table)
    assert sim.title(fig) == "The paper's eight events: the series codes 6 local, 2 mixed"
    shown = [t for t in fig.data if t.opacity != 0 and t.mode != "lines" and t.x[0] is not None]
    assert sum(len(t.x) for t in shown) == 8
    after = sim.choose(fig, "The full list")
    assert sim.title(after) == "All 22 events: the series codes 9 local, 10 mixed, 3 external"
    points = [t for t in after["data"] if t["mode"] != "lines"]
    assert all(t.get("opacity", 1) == 1 and t.get("hoverinfo") != "skip" for t in points)
    assert fig.layout.xaxis.tickformat == "%Y"


def test_period_counts_find_no_incursion_after_2000(table):
    counts = nb04.period_counts(table)
    assert counts["external"].tolist() == [1, 2, 0] and counts.to_numpy().sum() == 22


def test_the_coding_explorer_redraws_fast_and_never_fails_on_an_empty_selection(table, codings):
    explorer = nb04.coding_explorer(table, codings)
    assert "40.9%" in explorer.bars.value and repr(explorer).startswith("Run this cell")
    start = time.perf_counter()
    explorer.codes["tj-civil-war"].value = "local"
    assert (time.perf_counter() - start) < 0.08
    assert "99.7%" in explorer.bars.value
    explorer.apply("Coder B")
    assert explorer.current() == codings.set_index("event_id")["coder_b"].to_dict()
    explorer.countries.value = ()
    assert "Choose at least one country" in explorer.bars.value
    with pytest.raises(ValueError, match="no events"):
        nb04.coding_explorer(table.iloc[0:0], codings)


def test_the_two_coders_code_every_event_with_a_reason(table, codings):
    assert set(codings["event_id"]) == set(table.index)
    assert codings[["reason_a", "reason_b"]].notna().all().all()


def test_key_04_1_is_the_death_share_with_the_civil_war_coded_local(table):
    codes = dict(table["series_code"].to_dict(), **{"tj-civil-war": "local"})
    assert float(keys.answer_key("04.1")["answer"]) == nb04.share_local(table, codes, by="deaths")


def test_key_04_2_is_cohen_s_kappa_of_coders_a_and_b(codings):
    a, b = codings["coder_a"], codings["coder_b"]
    p_o = (a == b).mean()
    p_e = (a.value_counts(normalize=True) * b.value_counts(normalize=True)).sum()
    assert abs(float(keys.answer_key("04.2")["answer"]) - (p_o - p_e) / (1 - p_e)) < 0.005


def test_key_04_3_is_coder_a_s_code_for_the_ishkobod_attack():
    row = data.load("ca_events_2019_2025").query("event_id == 'tj-ishkobod-2019'").iloc[0]
    assert "crossed from Kunduz province, Afghanistan" in row["note"]  # based abroad: external
    key = keys.answer_key("04.3")
    assert keys._pairs(key["options"])[key["answer"]] == "external"
