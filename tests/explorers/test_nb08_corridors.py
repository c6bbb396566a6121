"""Notebook 08: the status rule against the table's status columns, the "status as of" buttons,
the timeline and trade charts, and the exercise keys recomputed from the data."""

import pytest

from helpers import data, keys
from helpers.explorers import nb08_corridors as nb08
from tests import plotly_sim as sim

# The two overrides documented in data/README.md: (project, status column) -> table value.
OVERRIDES = {("surkhan-pulikhumri-power", "status_2021"), ("surkhan-pulikhumri-power", "status_2025"),
             ("khaf-herat-rail", "status_2025")}


@pytest.fixture(scope="module")
def milestones():
    return data.load("connectivity_projects")


@pytest.fixture(scope="module")
def trade():
    return data.load("trade_afg_ca")


def test_every_milestone_is_read_as_a_phase_or_as_no_phase_on_purpose(milestones):
    no_phase = {"length_reported", "service_suspended", "suspended_afghan_section", "reconstruction_started",
                "high_level_meeting", "multilateral_talks", "talks_on_resumption"}
    assert set(milestones["milestone"]) - set(nb08.MILESTONE_PHASE) == no_phase


def test_the_rule_reproduces_every_status_column_except_the_documented_overrides(milestones):
    for pid, rows in milestones.groupby("project_id"):
        for column in nb08.CUTOFFS.values():
            table = nb08.base_phase(rows[column].iloc[0])
            if (pid, column) not in OVERRIDES:
                assert nb08.status_by_rule(rows, int(column[-4:])) == table, (pid, column)
    for pid, column in OVERRIDES:
        rows = milestones[milestones["project_id"] == pid]
        assert nb08.status_by_rule(rows, int(column[-4:])) != rows[column].iloc[0]


def test_no_project_goes_back_a_phase(milestones):
    rank = {p: i for i, p in enumerate(("no_milestone_in_table",) + nb08.PHASES)}
    for row in nb08.projects(milestones).itertuples():
        steps = [rank[nb08.base_phase(s)] for s in (row.status_2018, row.status_2021, row.status_2025)]
        assert steps == sorted(steps), row.project_id


def test_every_project_has_a_place_and_a_short_name(milestones):
    ids = set(milestones["project_id"])
    assert ids == set(nb08.PLACE) == set(nb08.SHORT)
    assert set(nb08.PLACE.values()) <= set(data.load("provinces")["province"])


def test_the_buttons_count_the_operating_projects(milestones):
    fig = nb08.status_map(milestones, data.load("provinces"))
    assert sim.title(fig).startswith("End of 2018: 6 of 18")
    after = sim.choose(fig, "End of 2021")
    assert sim.title(after).startswith("End of 2021: 9 of 18")
    latest = sim.choose(fig, "Latest (2025)")
    assert sim.title(latest).startswith("Latest (2025): 10 of 18")
    key = latest["layout"]["annotations"][1]["text"].split("<br>")
    khaf = next(line for line in key if "Khaf-Herat" in line)
    assert nb08.GLYPH["partly_in_operation"] in khaf
    hover = dict(zip(nb08.projects(milestones)["project_id"], latest["data"][-1]["customdata"]))
    assert hover["khaf-herat-rail"][1] == "partly in operation"


def test_the_timeline_marks_the_paper_and_august_2021(milestones):
    fig = nb08.timeline_chart(milestones)
    assert [s.x0 for s in fig.layout.shapes] == ["2018-12-31", "2021-08-15"]
    assert fig.layout.xaxis.tickformat == "%Y"
    shown = nb08.timeline_rows(milestones)
    assert not shown.duplicated(["project_id", "milestone"]).any()


def test_the_trade_chart_draws_points_only_and_keeps_the_sides_apart(trade):
    fig = nb08.trade_chart(trade)
    assert all(t.mode == "markers" for t in fig.data)
    afghan = next(t for t in fig.data if "Afghan ministry" in t.name)
    assert list(afghan.y) == [44, 266]
    assert fig.layout.xaxis.tickformat == "d"


def test_key_08_1_is_the_trans_afghan_milestones_in_date_order(milestones):
    order = nb08.milestone_order(milestones, "trans-afghan-rail")
    wanted = ["proposed", "roadmap_signed", "route_protocol_signed", "feasibility_framework_signed"]
    assert [m for m in order if m in wanted] == wanted
    options = dict(part.split(": ", 1) for part in keys.answer_key("08.1")["options"].split(" | "))
    assert options[keys.answer_key("08.1")["answer"]].startswith("proposal → roadmap")


def test_key_08_2_is_the_projects_running_by_2021_but_not_by_2018(milestones):
    new = set(nb08.operating(milestones, "status_2021")) - set(nb08.operating(milestones, "status_2018"))
    assert new == set(keys.answer_key("08.2")["answer"].split(" | "))


def test_key_08_3_is_afghan_exports_as_a_share_of_kazakh_afghan_turnover(trade):
    kaz = trade.query("partner_iso3 == 'KAZ' and year == 2023 and months == 12")
    kaz = kaz.set_index("flow")["value_musd"]
    assert float(keys.answer_key("08.3")["answer"]) == nb08.share(kaz["from_afghanistan"], kaz["turnover"])
