"""Committed forecasts (notebook 09) and their scoring (notebook 10 and the class command)."""

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from helpers import forecast_class, forecast_form, forecasts
from helpers.forecasts import ForecastError

ROOT = Path(__file__).resolve().parents[2]
MORNING = datetime(2018, 10, 1, 9, 0, tzinfo=timezone.utc)
EVENING = datetime(2018, 10, 1, 18, 0, tzinfo=timezone.utc)


def outcomes():
    """The resolved outcomes of the questions 09 asks."""
    table = forecasts.data.load("forecast_questions").query("asked_in_09 == 'yes'")
    return dict(zip(table["question_id"], table["resolution"] == "yes"))


def test_questions_hide_the_outcomes_and_skip_one_the_series_already_answered():
    shown = forecasts.questions()
    assert len(shown) == len(outcomes()) == len(forecasts.data.load("forecast_questions")) - 1
    assert "q03" not in set(shown["question_id"])  # 01's timeline shows the 9 November meeting
    assert not {"resolution", "resolved_on", "note"} & set(shown.columns)


def test_recommitting_keeps_the_earlier_commitment(tmp_path):
    forecasts.commit("Ana", {"q01": 0.7}, tmp_path, MORNING)
    path = forecasts.commit("Ana", {"q01": {"p": 0.4, "reason": "talks stalled"}, "q05": 0.1},
                            tmp_path, EVENING)
    record = forecasts.load(path)
    assert [c["committed_at"] for c in record["commitments"]] == ["2018-10-01T09:00:00Z",
                                                                  "2018-10-01T18:00:00Z"]
    assert forecasts.latest(record) == {"q01": 0.4, "q05": 0.1}
    assert record["commitments"][1]["forecasts"]["q01"]["reason"] == "talks stalled"


@pytest.mark.parametrize("bad, message", [
    ({"q01": 1.4}, "from 0 to 1"), ({"q01": -0.1}, "from 0 to 1"), ({"q01": "likely"}, "from 0 to 1"),
    ({"q99": 0.5}, "Valid questions: q01, q02, q04"), ({"q03": 0.5}, "no forecast question"),
    ({}, "Nothing to commit"),
])
def test_bad_input_is_refused_and_loses_nothing(tmp_path, bad, message):
    path = forecasts.commit("ana", {"q02": 0.3}, tmp_path, MORNING)
    before = path.read_bytes()
    with pytest.raises(ForecastError, match=message):
        forecasts.commit("ana", bad, tmp_path, EVENING)
    assert path.read_bytes() == before


def test_a_damaged_file_is_never_overwritten(tmp_path):
    path = tmp_path / "ana.json"
    path.write_text('{"format": "indeo-forecasts/1", "commitments": [', encoding="utf-8")
    with pytest.raises(ForecastError, match="not readable JSON"):
        forecasts.commit("ana", {"q01": 0.5}, tmp_path)
    assert path.read_text(encoding="utf-8").endswith("[")


def test_a_name_is_needed():
    with pytest.raises(ForecastError, match="Type your name"):
        forecasts.commit("  ", {"q01": 0.5})


def test_restoring_a_download_merges_without_duplicates(tmp_path):
    elsewhere = forecasts.commit("ana", {"q01": 0.7}, tmp_path / "old", MORNING)
    forecasts.commit("ana", {"q01": 0.7}, tmp_path / "new", MORNING)
    forecasts.commit("ana", {"q04": 0.9}, tmp_path / "new", EVENING)
    path = forecasts.restore(elsewhere.read_bytes(), "ana.json", tmp_path / "new")
    assert len(forecasts.load(path)["commitments"]) == 2


def test_brier_scores_against_the_resolved_outcomes():
    truth = outcomes()
    happened = next(q for q, o in truth.items() if o)
    missed = next(q for q, o in truth.items() if not o)
    scored = forecasts.score(forecast_form.demo_record({happened: 0.7, missed: 0.2}))
    assert scored.set_index("question_id")["brier"].round(4).to_dict() == {happened: 0.09, missed: 0.04}
    assert "0.065" in forecasts.summary(scored) and "better than" in forecasts.summary(scored)


def test_always_half_scores_the_baseline():
    scored = forecasts.score(forecast_form.demo_record({q: 0.5 for q in outcomes()}))
    assert scored["brier"].eq(forecasts.BASELINE).all()
    assert "the same as" in forecasts.summary(scored)


def test_calibration_bins_count_every_forecast():
    truth = outcomes()
    record = forecast_form.demo_record({q: (0.9 if o else 0.1) for q, o in truth.items()})
    table = forecasts.calibration(forecasts.score(record))
    assert table["forecasts"].sum() == len(truth)
    assert table.set_index("bin").loc["(0.8, 1.0]", "share_happened"] == 1.0


def write_class(folder: Path) -> None:
    forecasts.commit("Ana", {"q01": 0.2, "q02": 0.3}, folder, MORNING)
    forecasts.commit("Ben", {"q01": 0.9}, folder, MORNING)
    (folder / "ben-again.json").write_bytes((folder / "ben.json").read_bytes())
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    (folder / "other.json").write_text(json.dumps({"format": "something else"}), encoding="utf-8")


def test_class_scoring_reports_damaged_and_duplicate_files(tmp_path):
    write_class(tmp_path)
    result = forecast_class.score_class(tmp_path)
    assert sorted(result.table["student"]) == ["Ana", "Ben"]
    problems = dict(result.problems)
    assert "duplicate" in problems["ben.json"] or "duplicate" in problems["ben-again.json"]
    assert "not readable JSON" in problems["broken.json"]
    assert "not a forecasts file" in problems["other.json"]


def test_class_command_prints_the_table_and_writes_an_offline_chart(tmp_path):
    write_class(tmp_path)
    html = tmp_path / "calibration.html"
    run = subprocess.run([sys.executable, "-m", "helpers.forecasts", "score-class", str(tmp_path),
                          "--html", str(html)], cwd=ROOT, capture_output=True, text=True, check=True)
    assert "Class mean Brier score" in run.stdout and "- broken.json is not a forecasts file" in run.stdout
    assert "cdn.plot.ly" not in html.read_text(encoding="utf-8")[:2000]
    assert html.stat().st_size > 1_000_000  # plotly.js is inside the file


def test_class_command_names_a_missing_folder(tmp_path):
    run = subprocess.run([sys.executable, "-m", "helpers.forecasts", "score-class",
                          str(tmp_path / "nowhere")], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 2 and "There is no folder" in run.stderr


# ----------------------------------------------------------------------------- the widgets

def test_the_form_commits_and_finds_the_commitment_again(tmp_path):
    form = forecast_form.ForecastForm(tmp_path)
    form.name.value = "Ana"
    form.picker.value = "q02"
    form.slider.value = 0.35
    form.reason.value = "no date agreed"
    form.save_answer()
    assert form.picker.value == "q01"  # moves on to the first unanswered question
    form.commit()
    assert "Committed 1 forecasts" in form.status.value and "download=" in form.status.value
    again = forecast_form.ForecastForm(tmp_path)
    assert "ana.json" in again.status.value
    again.name.value = "Ana"
    assert again.draft == {"q02": {"p": 0.35, "reason": "no date agreed"}}
    assert "1 commitment," in again.status.value


def test_the_form_shows_a_message_for_a_bad_upload(tmp_path):
    form = forecast_form.ForecastForm(tmp_path)
    form.reload([{"name": "x.json", "content": memoryview(b"\x89PNG")}])
    assert "not readable JSON" in form.status.value and "Nothing was changed" in form.status.value


def test_the_scorer_scores_a_committed_file(tmp_path):
    forecasts.commit("Ana", {"q01": 0.5}, tmp_path)
    scorer = forecast_form.ForecastScorer(tmp_path)
    assert "Mean Brier score 0.250" in scorer.result.value
    assert scorer.chart.value.count("<circle") == 1  # one probability bin


def test_the_scorer_without_files_says_what_to_do(tmp_path):
    scorer = forecast_form.ForecastScorer(tmp_path)
    assert "Commit yours in notebook 09" in scorer.result.value
