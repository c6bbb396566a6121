"""Write INSTRUCTORS.md, the instructor guide, from the notebooks' lecture cuts.

Each notebook's slides and speaker notes are the source: the guide lists, per notebook, the
slides with their minutes, what to say, the misconception to expect, the think-pair-share, the
exit ticket and the exercises' keys. Run it after changing a notebook's slides or notes:

    python authoring/instructors.py           # rewrite INSTRUCTORS.md
    python authoring/instructors.py --check   # fail if INSTRUCTORS.md is out of date
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "INSTRUCTORS.md"

INTRODUCTION = """# Instructor guide

This guide is written from the notebooks themselves (`python authoring/instructors.py`), so it
always matches their slides and speaker notes. It gives, for each notebook, the lecture cut's
slides with minutes, what to say, the misconception to expect, the think-pair-share, the exit
ticket and where the exercise keys are.

## Presenting

- **Live, full screen.** Open the notebook, run it (*Run → Run All Cells*), then *View → Full
  screen slideshow* (or the ⛶ icon of the panel that the RISE button, Alt+R, opens). Move with the
  right arrow or a clicker: every slide is on one level. `t` opens the speaker-notes window.
  Slide text is 26 px and code is hidden: `notebooks/rise.css` sets both.
- **Without a kernel or a network.** The plotly menus and sliders work on the slides even before
  the kernel runs. The reading edition (`python authoring/site.py`, see the README) also builds a
  static reveal.js deck of every lecture cut, which opens from disk in any browser.
- **What needs the notebook view.** The ipywidgets explorers (the quiz in 00, the claim
  classifier in 01, the forecast form in 09 and the scorer in 10, among others) do not draw in
  the slideshow: they are left out of the slides, and the notes
  say when to set them as homework. Exercises and their checks stay in the notebook too.

## Keys

Exercise cells call `checks.check("NN.k", answer)`; the keys, accepted spellings, true facts
outside a question's scope, common wrong answers and hints are in `data/answer_keys.csv`. Edit a
row there and every copy of the notebook uses it; `python -m pytest tests/unit/test_keys.py`
checks each key against the data. Worked solutions are folded under each exercise. The quiz
banks are in `data/quiz_questions.csv`.

## The class's forecasts (09 and 10)

In 09 each student answers the forecast questions of `data/forecast_questions.csv` with a
probability and a reason, and commits them: the form writes `notebooks/forecasts/<name>.json`
and offers a download link (a Binder session does not keep files; the form's upload control puts
a downloaded file back). Committing again adds a commitment and keeps the earlier ones; 10 scores
the latest answer to each question. Collect the files (by e-mail or your learning platform) into
one folder, then score the class:

```bash
python -m helpers.forecasts score-class path/to/folder --html calibration.html
```

It prints each student's mean Brier score, the class mean against the always-0.5 forecaster
(0.25), the mean per question, and every file it could not use with the reason (not JSON, not a
forecasts file, a probability outside 0–1, an unknown question, or a second file from the same
student); `calibration.html` is the class's reliability diagram and opens offline. Show the
per-question means, not names: the curriculum grades the scenario memo, not the forecasts.

## Running it for a class that outgrows Binder

1. Build the image the way Binder does, from this repository's `binder/` folder:
   `jupyter-repo2docker --no-run --image-name indeo-series:<date> https://github.com/<owner>/<repo>`.
2. On Zero to JupyterHub, in `config.yaml`:

   ```yaml
   singleuser:
     image:
       name: indeo-series
       tag: "<date>"
     memory:
       guarantee: 512M
       limit: 1G
     cpu:
       limit: 1
   ```

3. Send students an nbgitpuller link, which copies the notebooks into each server and later
   updates them without overwriting their work:
   `https://<hub>/hub/user-redirect/git-pull?repo=https://github.com/<owner>/<repo>&branch=main&urlpath=lab/tree/<repo>/notebooks/00_start_here.ipynb`.

Measured here (Python 3.11, the locked environment): a kernel holds {kernel} MiB after Run All
of a notebook, and the JupyterLab server about {server} MiB, so one student with one notebook
open needs about {one} MiB; the 512 MiB guarantee leaves room for a second notebook.
"""

MEASURED = {"kernel": "120–122", "server": 105, "one": 230}


def slide_types(cell: dict) -> str:
    return cell["metadata"].get("slideshow", {}).get("slide_type", "-")


def text(cell: dict) -> str:
    return "".join(cell["source"])


def heading(markdown: str) -> str:
    first = next((line for line in markdown.splitlines() if line.startswith("#")), markdown.splitlines()[0])
    return first.lstrip("# ").strip()


def note_field(note: str, label: str) -> str:
    match = re.search(rf"\*\*{label}:\*\*\s*(.*?)(?=\n\*\*|\Z)", note, re.S)
    return " ".join(match.group(1).split()) if match else ""


def slides(cells: list[dict]) -> list[dict]:
    """The lecture cut: each slide's title and the notes that follow it."""
    result = []
    for cell in cells:
        kind = slide_types(cell)
        if kind == "slide":
            result.append({"title": heading(text(cell)) if cell["cell_type"] == "markdown" else "(chart)",
                           "body": text(cell), "notes": []})
        elif kind == "notes" and result:
            result[-1]["notes"].append(text(cell))
    return result


def section(path: Path, keys: list[str]) -> str:
    nb = json.loads(path.read_text(encoding="utf-8"))
    cut = slides(nb["cells"])
    title = heading(text(nb["cells"][0]))
    total = sum(int(note_field(n, "Minutes") or 0) for s in cut for n in s["notes"])
    lines = [f"## {title}", "", f"`notebooks/{path.name}` · lecture cut: {len(cut)} slides, "
             f"{total} minutes in the notes.", "", "| # | Slide | Minutes | Say | Expect |",
             "|---|---|---|---|---|"]
    for number, slide in enumerate(cut, 1):
        for note in slide["notes"] or [""]:
            lines.append(f"| {number} | {slide['title']} | {note_field(note, 'Minutes')} | "
                         f"{note_field(note, 'Say')} | {note_field(note, 'Misconception')} |")
    for name in ("Think, pair, share", "Exit ticket"):
        body = next((s["body"] for s in cut if s["title"] == name), "")
        quoted = "\n".join("> " + line if line else ">" for line in body.splitlines()[2:])
        lines += ["", f"**{name}.**", "", quoted]
    lines += ["", "**Exercises (keys in `data/answer_keys.csv`):** " + (", ".join(keys) or "none"), ""]
    return "\n".join(lines)


def guide() -> str:
    import csv

    with open(ROOT / "data" / "answer_keys.csv", encoding="utf-8") as f:
        exercises = [row["exercise"] for row in csv.DictReader(f)]
    parts = [INTRODUCTION.format(**MEASURED)]
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        parts.append(section(path, [e for e in exercises if e.startswith(path.name[:2] + ".")]))
    return "\n".join(parts).rstrip() + "\n"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if INSTRUCTORS.md is out of date")
    args = parser.parse_args(argv)
    new = guide()
    if args.check:
        if not GUIDE.exists() or GUIDE.read_text(encoding="utf-8") != new:
            print("INSTRUCTORS.md is out of date: run python authoring/instructors.py")
            return 1
        return 0
    GUIDE.write_text(new, encoding="utf-8")
    print(f"wrote {GUIDE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
