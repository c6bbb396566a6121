"""Scoring a whole class's committed forecasts: ``python -m helpers.forecasts score-class FOLDER``.

Every ``.json`` file in the folder is read; a file that is damaged, is not a forecasts file or
repeats a student already scored is listed with the reason and left out.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from helpers.forecasts import BASELINE, ForecastError, calibration_figure, load, score, student_slug


@dataclass
class ClassResult:
    table: pd.DataFrame  # one row per student
    forecasts: pd.DataFrame  # every scored forecast, with the student
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, why it was skipped)


def score_class(folder: Path | str) -> ClassResult:
    """Score every committed file in a folder; unreadable and duplicate files are reported."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ForecastError(f"There is no folder {folder}: give the folder that holds the "
                            "students' committed .json files.")
    rows, scored, problems, seen = [], [], [], {}
    for path in sorted(folder.glob("*.json")):
        try:
            record = load(path)
        except ForecastError as error:
            problems.append((path.name, str(error)))
            continue
        who = student_slug(record["student"])
        if who in seen:
            problems.append((path.name, f"{path.name} is a duplicate: student '{record['student']}' "
                                        f"was already scored from {seen[who]}, so it was skipped."))
            continue
        seen[who] = path.name
        table = score(record).assign(student=record["student"])
        scored.append(table)
        rows.append({"student": record["student"], "file": path.name, "questions": len(table),
                     "mean_brier": round(table["brier"].mean(), 4), "baseline": BASELINE})
    table = pd.DataFrame(rows, columns=["student", "file", "questions", "mean_brier", "baseline"])
    forecasts = pd.concat(scored, ignore_index=True) if scored else score({"commitments": []})
    return ClassResult(table, forecasts, problems)


def class_report(result: ClassResult) -> str:
    lines = []
    if not result.table.empty:
        lines += [result.table.to_string(index=False), "",
                  f"Class mean Brier score: {result.table['mean_brier'].mean():.3f} "
                  f"({len(result.table)} students); always-0.5 forecaster: {BASELINE:.3f}. "
                  "Lower is better.", ""]
        by_question = result.forecasts.groupby("question_id")["brier"].mean().round(3)
        lines += ["Mean Brier score per question:", by_question.to_string(), ""]
    else:
        lines += ["No file could be scored.", ""]
    if result.problems:
        lines += ["Files that could not be used:"] + [f"- {why}" for _, why in result.problems]
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.forecasts",
                                     description="Score committed forecasts (notebooks 09 and 10).")
    commands = parser.add_subparsers(dest="command", required=True)
    cls = commands.add_parser("score-class", help="score every .json file in a folder")
    cls.add_argument("folder", help="the folder of committed files")
    cls.add_argument("--html", help="also write the class's calibration chart to this HTML file "
                                    "(works offline)")
    args = parser.parse_args(argv)
    try:
        result = score_class(args.folder)
    except ForecastError as error:
        print(error, file=sys.stderr)
        return 2
    print(class_report(result), end="")
    if args.html and not result.forecasts.empty:
        fig = calibration_figure(result.forecasts, "The class's calibration")
        fig.write_html(args.html, include_plotlyjs=True, full_html=True)
        print(f"Calibration chart written to {args.html}")
    return 0 if not result.table.empty else 1
