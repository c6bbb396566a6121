"""Notebook 10: the capitals player, the verdict table and its evidence, the status board, the
hindsight numbers, and the exercise keys recomputed from the data."""

import pytest

from helpers import data, forecasts, geo, keys
from helpers.explorers import nb10_epilogue as nb10
from tests import plotly_sim as sim


@pytest.fixture(scope="module")
def dates():
    return nb10.fall_dates(data.load("aug2021_capitals"))


@pytest.fixture(scope="module")
def verdicts():
    return data.load("paper_verdicts")


def key(exercise):
    return keys.answer_key(exercise)["answer"]


def test_fall_dates_keep_disagreements_as_a_range_and_leave_month_only_rows_out(dates):
    table = dates.set_index("province")
    badakhshan = table.loc["Badakhshan"]
    assert (badakhshan["earliest"], badakhshan["latest"]) == ("2021-08-10", "2021-08-11")
    assert table.loc["Kabul", "earliest"] == "2021-08-15"
    assert "Bamyan" not in table.index and "Paktiya" in table.index  # 'Paktia' in the news
    assert set(table.index) <= set(geo.province_outlines())


def test_fallen_by_splits_agreed_from_disputed(dates):
    firm, some = nb10.fallen_by(dates, "2021-08-10")
    assert "Kunduz" in firm and {"Badakhshan", "Baghlan"} <= set(some)
    assert "Badakhshan" in nb10.fallen_by(dates, "2021-08-11")[0]


def test_the_slider_colours_each_day_as_the_data_say(dates):
    fig = nb10.capitals_player(data.load("aug2021_capitals"))
    steps = fig.layout.sliders[0].steps
    assert [s.label for s in steps] == [str(d) for d in range(5, 16)]
    assert fig.layout.title.text.startswith("5 Aug 2021: 0 of 34")
    code = geo.province_codes()
    day8 = sim.choose(fig, "8")
    assert sim.fills(day8)[code["Kunduz"]] == nb10.FALLEN
    assert sim.fills(day8)[code["Balkh"]] == geo.PALE
    day15 = sim.choose(fig, "15")
    assert sim.title(day15).startswith("15 Aug 2021: 29 of 34")
    assert sim.fills(day15)[code["Panjshir"]] == geo.PALE  # fell in September
    assert all(sim.widths(day15)[code[p]] == 3.2 for p in nb10.NAMED_IN_PAPER)
    assert sim.fills(day15)["PAK"] == sim.fills(fig)["PAK"] != geo.PALE  # neighbours stay grey


def test_every_verdict_uses_the_coding_and_every_claim_exists(verdicts):
    assert set(verdicts["suggested_verdict"]) <= set(nb10.VERDICTS)
    table = nb10.claim_verdicts(verdicts, data.load("claims"))
    assert table["claim_theme"].notna().all()
    for claim in (10, 65, 67, 16, 18, 20, 33):
        assert claim in set(table["claim_id"])


def test_every_evidence_id_names_a_row_that_exists(verdicts):
    for row in nb10.evidence_rows(verdicts).itertuples():
        frame = data.load(row.table)
        assert row.row_id in set(frame.iloc[:, 0].astype(str)), (row.table, row.row_id)
    assert len(nb10.evidence_for("P3", verdicts)) == 8
    with pytest.raises(ValueError, match="Valid: P1"):
        nb10.evidence_for("P99", verdicts)


def test_the_status_board_counts_claims_per_theme_and_verdict(verdicts):
    fig = nb10.status_board(verdicts, data.load("claims"))
    total = sum(sum(trace.x) for trace in fig.data)
    assert total == len(nb10.claim_verdicts(verdicts, data.load("claims"))) == 20
    assert [t.name for t in fig.data] == [label for label, _ in nb10.VERDICTS.values()]


def test_hindsight_numbers():
    share = nb10.control_share(data.load("district_control")).set_index("as_of_date")["share_percent"]
    assert share["2015-11"] == 72 and share["2018-07"] == 55.5 and share["2018-10"] == 53.8
    assert round(nb10.points_per_month(("2015-11", 72.0), ("2018-10", 53.8)), 2) == -0.52


def test_key_10_1_is_recomputed_from_the_capitals(dates):
    assert nb10.northern_before_kabul(dates) == int(key("10.1"))


def test_key_10_3_is_recomputed_from_the_questions():
    outcome = data.load("forecast_questions").set_index("question_id")["resolution"].eq("yes")
    said = {"q04": 0.2, "q06": 0.1, "q09": 0.3}
    mean = sum(forecasts.brier(p, bool(outcome[q])) for q, p in said.items()) / len(said)
    assert round(mean, 3) == float(key("10.3"))


def test_key_10_2_rests_on_the_csto_rows(verdicts):
    assert key("10.2") == "b"
    assert verdicts.set_index("expectation_id").loc["P10", "suggested_verdict"] == "not"
    assert data.load("aftermath_2019_2025").set_index("event_id").loc["a09", "category"] == "csto"


def test_every_central_asian_event_has_one_origin_and_one_dot_per_source():
    events = data.load("ca_events_2019_2025")
    coded = [ids for _, ids in nb10.ORIGINS.values()]
    assert set().union(*coded) == set(events["event_id"]) and sum(map(len, coded)) == len(set().union(*coded))
    fig = nb10.crises_chart(events)
    assert sum(len(t.x) for t in fig.data) == len(events)
    linked = next(t for t in fig.data if t.name == "IS- or Afghanistan-linked")
    assert 0 in list(linked.x)  # the rocket claims: no casualties reported, drawn at zero
