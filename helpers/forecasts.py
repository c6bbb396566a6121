"""Committed forecasts: the file a student commits in notebook 09 and its scoring in notebook 10.

A committed file is a small JSON file in ``forecasts/`` (next to the notebooks). Committing again
adds a new commitment and keeps the earlier ones; a damaged file is never overwritten.

>>> record = {"format": FORMAT, "student": "ana", "commitments": [
...     {"committed_at": "2018-10-01T09:00:00Z", "forecasts": {"q01": {"p": 0.7, "reason": ""}}}]}
>>> latest(parse(json.dumps(record)))
{'q01': 0.7}
>>> round(brier(0.7, True), 2), round(brier(0.2, False), 2)
(0.09, 0.04)

Lecturers score a whole class with ``python -m helpers.forecasts score-class FOLDER`` (see
``helpers.forecast_class``).
"""

from __future__ import annotations

import json
import os
import re
import sys
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from helpers import data

FORMAT = "indeo-forecasts/1"
FOLDER = Path("forecasts")
BASELINE = 0.25  # the Brier score of a forecaster who always says 0.5
BINS = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]


class ForecastError(ValueError):
    """A forecast or a committed file that cannot be used; the message says why and what is valid."""


# ------------------------------------------------------------------------------ questions

def questions() -> pd.DataFrame:
    """The questions notebook 09 asks, without their outcomes (safe to show before notebook 10)."""
    table = data.load("forecast_questions")
    asked = table[table["asked_in_09"] == "yes"]
    return asked[["question_id", "question", "deadline", "threshold_or_event"]].reset_index(drop=True)


def _outcomes() -> dict[str, bool]:
    table = data.load("forecast_questions")
    return dict(zip(table["question_id"], table["resolution"].str.lower().eq("yes")))


def question_id(value) -> str:
    """A valid question id ('q01'); 'Q1' and 'q1' are accepted too.

    >>> question_id("Q1")
    'q01'
    """
    valid = list(questions()["question_id"])
    text = str(value).strip().lower()
    match = re.fullmatch(r"q?0*(\d+)", text)
    candidate = f"q{int(match.group(1)):02d}" if match else text
    if candidate not in valid:
        raise ForecastError(f"There is no forecast question '{value}'. Valid questions: "
                            f"{', '.join(valid)}.")
    return candidate


def probability(value, question: str = "") -> float:
    """A probability from 0 to 1, or a clear error.

    >>> probability(0.35)
    0.35
    >>> probability(1.4, "q02")
    Traceback (most recent call last):
    ...
    helpers.forecasts.ForecastError: q02: a probability is a number from 0 to 1 (0.7 means 70%); got 1.4.
    """
    where = f"{question}: " if question else ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = None
    if isinstance(value, bool) or number is None or not 0 <= number <= 1:
        shown = value if isinstance(value, (int, float)) and not isinstance(value, bool) else repr(value)
        raise ForecastError(f"{where}a probability is a number from 0 to 1 (0.7 means 70%); got {shown}.")
    return round(number, 4)


# --------------------------------------------------------------------------- the file

def student_slug(name: str) -> str:
    """The file name part for a student: letters, digits, '-' and '_' only.

    >>> student_slug("  Ana María 2 ")
    'ana-mar-a-2'
    """
    slug = re.sub(r"[^a-z0-9_-]+", "-", str(name or "").strip().lower()).strip("-")
    if not slug:
        raise ForecastError("Type your name or student number first (letters, digits, - or _).")
    return slug[:60]


def path_for(student: str, folder: Path | str = FOLDER) -> Path:
    return Path(folder) / f"{student_slug(student)}.json"


def new_commitment(forecasts: dict, now: datetime | None = None) -> dict:
    """One commitment: {question_id: probability} or {question_id: {"p": ..., "reason": ...}}."""
    if not forecasts:
        raise ForecastError("Nothing to commit: give a probability for at least one question.")
    clean = {}
    for key, value in forecasts.items():
        qid = question_id(key)
        entry = value if isinstance(value, dict) else {"p": value}
        clean[qid] = {"p": probability(entry.get("p"), qid), "reason": str(entry.get("reason") or "")}
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"committed_at": stamp, "forecasts": dict(sorted(clean.items()))}


def parse(text: str | bytes, name: str = "the file") -> dict:
    """Read a committed file's text; a damaged file raises ForecastError saying what is wrong."""
    try:
        record = json.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ForecastError(f"{name} is not a forecasts file: it is not readable JSON ({error}).") from None
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise ForecastError(f"{name} is not a forecasts file: it lacks \"format\": \"{FORMAT}\". "
                            "Commit your forecasts in notebook 09 to make one.")
    commitments = record.get("commitments")
    if not isinstance(commitments, list) or not commitments:
        raise ForecastError(f"{name} holds no commitments.")
    clean = []
    for number, item in enumerate(commitments, 1):
        if not isinstance(item, dict) or not isinstance(item.get("forecasts"), dict):
            raise ForecastError(f"{name}: commitment {number} has no forecasts.")
        stamp = str(item.get("committed_at", ""))
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp):
            raise ForecastError(f"{name}: commitment {number} has no valid time stamp ({stamp!r}).")
        try:
            entry = new_commitment(item["forecasts"])
        except ForecastError as error:
            raise ForecastError(f"{name}: commitment {number}: {error}") from None
        clean.append({"committed_at": stamp, "forecasts": entry["forecasts"]})
    student = str(record.get("student") or "").strip()
    student_slug(student)  # raises if the name is unusable
    return {"format": FORMAT, "student": student, "commitments": clean}


def load(path: Path | str) -> dict:
    path = Path(path)
    try:
        text = path.read_bytes()
    except OSError as error:
        raise ForecastError(f"{path.name} could not be read: {error.strerror}.") from None
    return parse(text, path.name)


def _write(record: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_suffix(".json.part")
    draft.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(draft, path)  # all or nothing: a crash never leaves half a file


def merge(record: dict, other: dict) -> dict:
    """Both records' commitments, each kept once, oldest first."""
    seen, kept = set(), []
    for item in sorted(record["commitments"] + other["commitments"], key=lambda c: c["committed_at"]):
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return {**record, "commitments": kept}


def commit(student: str, forecasts: dict, folder: Path | str = FOLDER,
           now: datetime | None = None) -> Path:
    """Add a commitment to the student's file (made if new); earlier commitments are kept."""
    path = path_for(student, folder)
    commitment = new_commitment(forecasts, now)  # validate before touching the disk
    record = load(path) if path.exists() else {"format": FORMAT, "student": student.strip(),
                                               "commitments": []}
    record["commitments"].append(commitment)
    _write(record, path)
    return path


def restore(text: str | bytes, name: str = "the file", folder: Path | str = FOLDER) -> Path:
    """Put a downloaded file back in the folder, merged with any file already there."""
    uploaded = parse(text, name)
    path = path_for(uploaded["student"], folder)
    current = load(path) if path.exists() else None
    _write(merge(current, uploaded) if current else uploaded, path)
    return path


# ---------------------------------------------------------------------------- scoring

def latest(record: dict) -> dict[str, float]:
    """The latest probability given for each question."""
    result = {}
    for item in sorted(record["commitments"], key=lambda c: c["committed_at"]):
        result.update({qid: entry["p"] for qid, entry in item["forecasts"].items()})
    return dict(sorted(result.items()))


def brier(p: float, happened: bool) -> float:
    """The Brier score of one forecast: (probability - outcome) squared; 0 is perfect."""
    return (p - (1.0 if happened else 0.0)) ** 2


def score(record: dict) -> pd.DataFrame:
    """One row per answered question: the probability, what happened, and the Brier scores."""
    outcomes = _outcomes()
    asked = questions().set_index("question_id")["question"]
    rows = [{"question_id": qid, "question": asked[qid], "probability": p,
             "happened": outcomes[qid], "brier": round(brier(p, outcomes[qid]), 4),
             "baseline": BASELINE} for qid, p in latest(record).items()]
    return pd.DataFrame(rows, columns=["question_id", "question", "probability", "happened",
                                       "brier", "baseline"])


def calibration(scored: pd.DataFrame) -> pd.DataFrame:
    """Forecasts grouped in five probability bins: mean forecast, share that happened, count."""
    bins = pd.cut(scored["probability"], BINS, include_lowest=True)
    grouped = scored.assign(bin=bins, happened=scored["happened"].astype(float)).groupby(
        "bin", observed=True)
    table = grouped.agg(mean_forecast=("probability", "mean"), share_happened=("happened", "mean"),
                        forecasts=("probability", "size")).reset_index()
    table["bin"] = table["bin"].astype(str)
    return table


def calibration_figure(scored: pd.DataFrame, title: str = "Calibration: did 70% mean 70%?"):
    """A reliability diagram: each bin's mean forecast against the share of events that happened."""
    import plotly.graph_objects as go

    from helpers import charts

    table = calibration(scored)
    fig = go.Figure()
    fig.add_scatter(x=[0, 1], y=[0, 1], mode="lines", name="Perfectly calibrated",
                    line=dict(color=charts.role("muted"), dash="dash"), hoverinfo="skip")
    fig.add_scatter(x=table["mean_forecast"], y=table["share_happened"], mode="markers+text",
                    name="Forecasts, by probability bin", text=table["forecasts"].map("n={}".format),
                    textposition="top center", marker=dict(size=14, color=charts.role("highlight")),
                    hovertemplate="mean forecast %{x:.2f}<br>happened %{y:.0%}<extra></extra>")
    fig.update_layout(title=title, height=420, xaxis=dict(title="Forecast probability", range=[-0.02, 1.02],
                      tickformat=".0%"), yaxis=dict(title="Share that happened", range=[-0.05, 1.1],
                      tickformat=".0%"), legend=dict(orientation="h", y=-0.25))
    return fig


def summary(scored: pd.DataFrame) -> str:
    """One sentence: the mean Brier score against the always-0.5 forecaster."""
    if scored.empty:
        return "No forecasts to score."
    mean = scored["brier"].mean()
    verdict = "better than" if mean < BASELINE else ("the same as" if mean == BASELINE else "worse than")
    count = f"{len(scored)} question" + ("s" if len(scored) > 1 else "")
    return (f"Mean Brier score {mean:.3f} over {count}: {verdict} the "
            f"always-0.5 forecaster ({BASELINE:.3f}). Lower is better; 0 is perfect.")


if __name__ == "__main__":  # python -m helpers.forecasts score-class FOLDER
    from helpers.forecast_class import main

    sys.exit(main())
