"""The forecast form (notebook 09) and the forecast scorer (notebook 10), as ipywidgets panels.

Both keep everything in ``forecasts/`` next to the notebooks (see ``helpers.forecasts``) and show
any problem as a message in the panel, never as a traceback.

>>> form = ForecastForm(folder="/nonexistent-folder")
>>> form.commit()
>>> "Type your name" in form.status.value
True
"""

from __future__ import annotations

import base64
import json
from html import escape
from pathlib import Path

import ipywidgets as w

from helpers import charts, forecasts
from helpers.forecasts import ForecastError
from helpers.widgets import Panel

REASON_HINT = "Why? One or two sentences someone could check later."


NOTE_STYLES = {"saved": ("right", "Saved."), "problem": ("wrong", "Not done."), "info": ("unanswered", "")}


def note(kind: str, message_html: str) -> str:
    """A status line: "saved", "problem" or "info" (escape any text that comes from a student)."""
    role, label = NOTE_STYLES[kind]
    bold = f"<b>{label}</b> " if label else ""
    return (f'<div style="border-left:4px solid {charts.role(role)};padding:4px 10px">'
            f"{bold}{message_html}</div>")


def download_link(path: Path) -> str:
    """An HTML link that saves the committed file to the student's own computer (no server needed)."""
    payload = base64.b64encode(path.read_bytes()).decode("ascii")
    return (f'<a download="{escape(path.name)}" href="data:application/json;base64,{payload}">'
            f"⬇ Download {escape(path.name)}</a> (keep it: a Binder session does not keep files)")


def _uploaded(change_value) -> list[tuple[str, bytes]]:
    """(name, bytes) for each file of a FileUpload's value."""
    return [(item["name"], bytes(item["content"])) for item in change_value]


def _latest_entries(record: dict) -> dict[str, dict]:
    entries = {}
    for item in sorted(record["commitments"], key=lambda c: c["committed_at"]):
        entries.update(item["forecasts"])
    return entries


class ForecastForm(Panel):
    """Answer the forecast questions with a probability and a reason each, then commit them."""

    def __init__(self, folder: Path | str = forecasts.FOLDER):
        self.folder = Path(folder)
        self.questions = forecasts.questions().set_index("question_id")
        self.draft: dict[str, dict] = {}
        wide = w.Layout(width="95%")
        self.name = w.Text(description="Your name:", placeholder="name or student number",
                           continuous_update=False)
        self.picker = w.Dropdown(options=[(f"{qid.upper()}: {text[:70]}", qid) for qid, text
                                          in self.questions["question"].items()], layout=wide)
        self.question = w.HTML()
        self.slider = w.FloatSlider(value=0.5, min=0, max=1, step=0.05, readout_format=".2f",
                                    description="Probability:", continuous_update=False, layout=wide)
        self.reason = w.Textarea(placeholder=REASON_HINT, layout=wide)
        self.save_button = w.Button(description="Save this answer")
        self.commit_button = w.Button(description="Commit my forecasts", button_style="primary",
                                      layout=w.Layout(width="220px"))
        self.upload = w.FileUpload(accept=".json", multiple=False, description="Re-load a file")
        self.answers, self.status = w.HTML(), w.HTML()
        self.name.observe(lambda _: self.find_earlier(), "value")
        self.picker.observe(lambda _: self.show_question(), "value")
        self.save_button.on_click(lambda _: self.save_answer())
        self.commit_button.on_click(lambda _: self.commit())
        self.upload.observe(lambda change: self.reload(change["new"]), "value")
        super().__init__([self.name, self.picker, self.question, self.slider, self.reason,
                          self.save_button, self.answers, w.HBox([self.commit_button, self.upload]),
                          self.status], what="forecast form")
        self.show_question()
        self.status.value = self._files_here()

    # -------------------------------------------------------------- answering
    def show_question(self) -> None:
        qid = self.picker.value
        row = self.questions.loc[qid]
        self.question.value = (f"<b>{escape(row['question'])}</b><br>Resolves on: "
                               f"{escape(str(row['threshold_or_event']))}; "
                               f"deadline {row['deadline']:%d %b %Y}.")
        entry = self.draft.get(qid, {"p": 0.5, "reason": ""})
        self.slider.value, self.reason.value = entry["p"], entry["reason"]

    def save_answer(self) -> None:
        self.draft[self.picker.value] = {"p": round(self.slider.value, 2), "reason": self.reason.value}
        self.answers.value = self._answers_html()
        unanswered = [qid for qid in self.questions.index if qid not in self.draft]
        if unanswered:
            self.picker.value = unanswered[0]

    def _answers_html(self, state: str = "not yet committed") -> str:
        if not self.draft:
            return ""
        rows = "".join(f"<tr><td>{qid.upper()}</td><td>{e['p']:.2f}</td><td>{escape(e['reason'][:80])}"
                       f"</td></tr>" for qid, e in sorted(self.draft.items()))
        return (f"<p>Answered {len(self.draft)} of {len(self.questions)} ({state}):</p>"
                f"<table><tr><th>Q</th><th>p</th><th>reason</th></tr>{rows}</table>")

    # ------------------------------------------------------------ committing
    def commit(self) -> None:
        try:
            path = forecasts.commit(self.name.value, self.draft, self.folder)
            record = forecasts.load(path)
        except ForecastError as error:
            self.status.value = note("problem", escape(str(error)))
            return
        count = len(record["commitments"])
        self.answers.value = self._answers_html("committed")
        self.status.value = note("saved", (
            f"Committed {len(self.draft)} forecasts to {escape(str(path))} at "
            f"{record['commitments'][-1]['committed_at'].replace('T', ' ')[:16]} UTC. The file holds "
            f"{count} commitment{'s' if count > 1 else ''}; earlier ones are kept.<br>"
            + download_link(path)))

    def find_earlier(self) -> None:
        """When a name is typed, load that student's latest committed answers, if any."""
        try:
            path = forecasts.path_for(self.name.value, self.folder)
        except ForecastError as error:
            self.status.value = note("info", escape(str(error)))
            return
        if path.exists():
            self._load(path, "Found")

    def reload(self, value) -> None:
        for name, content in _uploaded(value):
            try:
                path = forecasts.restore(content, name, self.folder)
            except ForecastError as error:
                self.status.value = note("problem", escape(str(error)) + " Nothing was changed.")
                return
            self._load(path, "Re-loaded")

    def _load(self, path: Path, verb: str) -> None:
        try:
            record = forecasts.load(path)
        except ForecastError as error:
            self.status.value = note("problem", escape(str(error)) +
                                             " The file was left as it is; commit under another name.")
            return
        self.draft = {qid: dict(e) for qid, e in _latest_entries(record).items()}
        if self.name.value.strip() != record["student"]:
            self.name.value = record["student"]
        self.show_question()
        self.answers.value = self._answers_html()
        count = len(record["commitments"])
        self.status.value = note("info", (
            f"{verb} {escape(str(path))}: {count} commitment{'s' if count > 1 else ''}, the latest "
            f"{record['commitments'][-1]['committed_at'].replace('T', ' ')[:16]} UTC. Your latest "
            "answers are loaded; committing again adds a commitment and keeps these."))

    def _files_here(self) -> str:
        found = sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []
        if not found:
            return "No forecasts committed here yet."
        return "Committed files here: " + ", ".join(escape(p.name) for p in found) + \
            ". Type your name to load yours."


class ForecastScorer(Panel):
    """Score the forecasts committed in notebook 09 against what happened."""

    def __init__(self, folder: Path | str = forecasts.FOLDER):
        self.folder = Path(folder)
        files = sorted(p.name for p in self.folder.glob("*.json")) if self.folder.is_dir() else []
        self.picker = w.Dropdown(options=files, description="File:", value=files[0] if files else None)
        self.upload = w.FileUpload(accept=".json", multiple=False, description="Upload a file")
        self.result, self.chart = w.HTML(), w.HTML()
        self.picker.observe(lambda _: self.show(), "value")
        self.upload.observe(lambda change: self.take_upload(change["new"]), "value")
        super().__init__([w.HBox([self.picker, self.upload]), self.result, self.chart],
                         what="forecast scorer")
        self.show()

    def show(self) -> None:
        self.chart.value = ""
        if not self.picker.value:
            self.result.value = note("info", (
                "No committed forecasts were found in forecasts/. Commit yours in notebook 09, "
                "or upload the file you downloaded there."))
            return
        try:
            record = forecasts.load(self.folder / self.picker.value)
        except ForecastError as error:
            self.result.value = note("problem", escape(str(error)))
            return
        scored = forecasts.score(record)
        self.result.value = _scores_html(record["student"], scored)
        self.chart.value = calibration_svg(forecasts.calibration(scored))

    def take_upload(self, value) -> None:
        for name, content in _uploaded(value):
            try:
                path = forecasts.restore(content, name, self.folder)
            except ForecastError as error:
                self.result.value = note("problem", escape(str(error)))
                return
            files = sorted(p.name for p in self.folder.glob("*.json"))
            self.picker.options = files
            self.picker.value = path.name
            self.show()


def calibration_svg(table, size: int = 360) -> str:
    """A small reliability diagram as SVG (no plotting library, so it also draws while a
    notebook is built or tested): each probability bin's mean forecast against the share of its
    events that happened; on the dashed diagonal, forecasts are perfectly calibrated."""
    inner = size - 80

    def x(share: float) -> float:  # a probability to a position, left to right
        return 60 + share * inner

    def y(share: float) -> float:  # bottom to top
        return size - 40 - share * inner

    colour, muted = charts.role("highlight"), charts.role("muted")
    parts = [f'<line x1="{x(0)}" y1="{y(0)}" x2="{x(1)}" y2="{y(1)}" stroke="{muted}" '
             'stroke-dasharray="6 4"/>',
             f'<rect x="{x(0)}" y="{y(1)}" width="{inner}" height="{inner}" fill="none" stroke="{muted}"/>']
    for tick in (0, 0.5, 1):
        parts += [f'<text x="{x(tick)}" y="{y(0) + 20}" text-anchor="middle">{tick:.0%}</text>',
                  f'<text x="{x(0) - 8}" y="{y(tick) + 5}" text-anchor="end">{tick:.0%}</text>']
    for row in table.itertuples():
        cx, cy = x(row.mean_forecast), y(row.share_happened)
        parts += [f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="8" fill="{colour}"/>',
                  f'<text x="{cx:.1f}" y="{cy - 13:.1f}" text-anchor="middle">n={row.forecasts}</text>']
    parts += [f'<text x="{x(0.5)}" y="{size - 5}" text-anchor="middle">Your forecast probability</text>',
              f'<text x="15" y="{y(0.5)}" text-anchor="middle" transform="rotate(-90 15 {y(0.5)})">'
              "Share that happened</text>"]
    return (f'<p><b>Calibration</b>: on the dashed line, events you gave 70% happened 70% of the time.</p>'
            f'<svg width="{size}" height="{size}" style="font: 14px sans-serif" role="img" '
            f'aria-label="Reliability diagram of your forecasts">{"".join(parts)}</svg>')


def _scores_html(student: str, scored) -> str:
    rows = "".join(
        f"<tr><td>{r.question_id.upper()}</td><td>{escape(r.question)}</td><td>{r.probability:.2f}</td>"
        f"<td>{'yes' if r.happened else 'no'}</td><td>{r.brier:.3f}</td></tr>"
        for r in scored.itertuples())
    return (f"<p><b>{escape(student)}</b>: {escape(forecasts.summary(scored))}</p>"
            "<table><tr><th>Q</th><th>Question</th><th>Your p</th><th>Happened</th>"
            f"<th>Brier</th></tr>{rows}</table>")


def demo_record(probabilities: dict[str, float]) -> dict:
    """A record for examples and tests: {question_id: p} as one commitment."""
    commitment = {"committed_at": "2018-10-01T09:00:00Z",
                  "forecasts": {q: {"p": p} for q, p in probabilities.items()}}
    record = {"format": forecasts.FORMAT, "student": "example", "commitments": [commitment]}
    return forecasts.parse(json.dumps(record))
