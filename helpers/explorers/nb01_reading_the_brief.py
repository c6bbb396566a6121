"""Notebook 01: the dating explorer (a plotly slider) and the claim classifier (ipywidgets).

>>> timeline = data.load("timeline_2018")
>>> dating_counts(timeline, "2018-08-18")[0]
0
"""

from __future__ import annotations

import difflib
import re
from html import escape

import ipywidgets as w
import pandas as pd
import plotly.graph_objects as go

from helpers import charts, data
from helpers.checks import verdict_html
from helpers.states import State, add_states
from helpers.widgets import Panel

MENTION_ROWS = {"yes": "Named in the paper", "implicit": "Referred to (our reading)",
                "no": "Not mentioned"}
MENTION_STYLE = {"yes": ("named", "circle"), "implicit": ("highlight", "diamond"),
                 "no": ("omitted", "x")}


def claim_types() -> dict[str, str]:
    """The checklist's claim types, e.g. {'a': 'checkable fact', ...} (data/claim_types.csv)."""
    return data.lookup("claim_types", "code", "label")


def themes() -> dict[str, str]:
    """The series' themes T1-T10 (data/themes.csv)."""
    return data.lookup("themes", "theme", "name")


# ------------------------------------------------------------------------ dating the paper


def dating_counts(timeline, assumed: str) -> tuple[int, int]:
    """(anachronisms, omissions) if the paper was written on ``assumed`` (YYYY-MM-DD).

    Anachronism: an event the paper refers to that lies after the date. Omission: a major event
    before the date that the paper does not mention.
    """
    day = _as_day(assumed)
    after = timeline["date"] > day
    referred = timeline["mentioned_in_paper"].isin(["yes", "implicit"])
    missed = (timeline["mentioned_in_paper"] == "no") & (timeline["importance"] == "major")
    return int((after & referred).sum()), int((~after & missed).sum())


def _as_day(value):
    try:
        return pd.Timestamp(value)
    except (ValueError, TypeError):
        raise ValueError(f"Give the date as 'YYYY-MM-DD', not {value!r}.") from None


def lower_bound(timeline) -> pd.Timestamp:
    """The latest event the paper refers to: it cannot have been written before this day."""
    return timeline.loc[timeline["mentioned_in_paper"].isin(["yes", "implicit"]), "date"].max()


def silences(timeline, assumed: str) -> tuple[int, int]:
    """Major events left out, split at the lower bound: (before it, from it to ``assumed``).

    Silences before the lower bound cannot date the paper (it was written after them); they
    show how much a brief leaves out anyway, which is why an upper bound from silence stays
    "probably".
    """
    day, bound = _as_day(assumed), lower_bound(timeline)
    missed = timeline[(timeline["mentioned_in_paper"] == "no") & (timeline["importance"] == "major")]
    before = missed["date"] < bound
    return int(before.sum()), int((~before & (missed["date"] <= day)).sum())


def turning_points(timeline, start: str = "2018-07-01", end: str = "2018-12-31") -> list[str]:
    """The days on which a count changes: events the paper refers to, and major omissions."""
    counted = timeline["mentioned_in_paper"].isin(["yes", "implicit"]) | (timeline["importance"] == "major")
    days = timeline.loc[counted & timeline["date"].between(start, end), "date"]
    return sorted({f"{d:%Y-%m-%d}" for d in days})


def dating_state(timeline, day: str) -> State:
    """The view for one assumed writing date: the veil starts there, the title counts."""
    anachronisms = dating_counts(timeline, day)[0]
    before, since = silences(timeline, day)
    bound = lower_bound(timeline)
    plural = "s" if anachronisms != 1 else ""
    if _as_day(day) < bound:
        counts = f"{anachronisms} anachronism{plural}: too early"
    else:
        counts = f"0 anachronisms · left out: {before} major events before {bound:%d %b}, {since} since"
    return State(label=f"{_as_day(day):%d %b}", title=f"Written on {_as_day(day):%d %b %Y}? {counts}",
                 layout={"shapes[0].x0": day, "shapes[0].x1": day, "shapes[1].x0": day})


def dating_explorer(timeline, assumed_dates: list[str], start: str):
    """Events of 2018 on a line; a slider sets the assumed writing date.

    Events after the date are veiled (a translucent band, cheaper to move than re-colouring
    points); the title counts anachronisms and omissions for that date.
    """
    if start not in assumed_dates:
        raise ValueError("start must be one of assumed_dates.")
    fig = go.Figure()
    for key, label in MENTION_ROWS.items():
        rows = timeline[timeline["mentioned_in_paper"] == key]
        colour, symbol = MENTION_STYLE[key]
        fig.add_trace(go.Scatter(
            x=rows["date"], y=[label] * len(rows), mode="markers", name=label,
            marker=dict(size=[16 if i == "major" else 10 for i in rows["importance"]],
                        color=charts.role(colour), symbol=symbol, line=dict(width=1, color="white")),
            text=[_hover(r) for r in rows.itertuples()],
            hovertemplate="%{x|%d %b %Y}<br>%{text}<extra></extra>"))
    end = "2019-03-10"
    fig.add_shape(type="line", xref="x", yref="paper", x0=start, x1=start, y0=0, y1=1,
                  line=dict(color=charts.role("text"), width=2, dash="dash"))
    fig.add_shape(type="rect", xref="x", yref="paper", x0=start, x1=end, y0=0, y1=1,
                  fillcolor="white", opacity=0.75, line_width=0, layer="above")
    add_states(fig, [dating_state(timeline, d) for d in assumed_dates], control="slider",
               active=assumed_dates.index(start))
    fig.update_layout(height=460, margin=dict(l=180, t=90, b=170), showlegend=False)
    fig.update_xaxes(tickformat="%b %Y", range=["2018-01-15", end])
    return fig


def _hover(event) -> str:
    if event.mentioned_in_paper == "implicit":
        phrase = escape(str(event.paper_phrase))
        return f"{escape(event.event)}<br><i>Our reading of the paper's words: \u201c{phrase}\u201d</i>"
    return escape(event.event)


# ------------------------------------------------------------------------ the quotation


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))


def words_in_order(paper: str, candidate: str) -> float:
    """The share of the paper's words found, in the same order, in a candidate text.

    >>> words_in_order("an important role to play", "a significant role to play")
    0.6
    """
    ours, theirs = _words(paper), _words(candidate)
    if not ours:
        raise ValueError("Give the paper's words as a non-empty string.")
    matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
    return round(sum(block.size for block in matcher.get_matching_blocks()) / len(ours), 2)


def compare_quotation(candidates, quotation: str, lead_in: str) -> pd.DataFrame:
    """Each candidate text's best match for the paper's quotation and for its lead-in (0 to 1)."""
    paper = {"quotation": quotation, "lead-in": lead_in}
    scores = candidates.assign(match=[words_in_order(paper[p], w)
                                      for p, w in zip(candidates["passage"], candidates["words"])])
    table = scores.pivot_table(index=["option", "document", "issued"], columns="passage",
                               values="match", aggfunc="max")
    return table.reindex(columns=["quotation", "lead-in"]).reset_index()


# ------------------------------------------------------------------- the claim classifier


def bars_html(title: str, counts: dict[str, int], colours: list[str]) -> str:
    """A small horizontal bar chart in HTML (no plotting library: it redraws in a few ms)."""
    top = max(max(counts.values()), 1)
    rows = "".join(
        f"<div style='display:flex;align-items:center;margin:3px 0'>"
        f"<span style='width:190px'>{escape(label)}</span>"
        f"<span style='display:inline-block;height:18px;width:{int(260 * n / top)}px;"
        f"background:{colour}'></span><b style='margin-left:6px'>{n}</b></div>"
        for (label, n), colour in zip(counts.items(), colours))
    return f"<div class='indeo-bars'><p class='indeo-bars-title'><b>{escape(title)}</b></p>{rows}</div>"


class ClaimClassifier(Panel):
    """Pick a claim, say what type it is, get feedback; the bars count the types in its theme."""

    def __init__(self, claims, theme_names: dict[str, str]):
        self.claims = claims.set_index("claim_id")
        self.themes = theme_names
        self.types = claim_types()
        options = [(f"#{i} · {row['paraphrase'][:70]}", int(i)) for i, row in self.claims.iterrows()]
        self.picker = w.Dropdown(options=options, value=int(self.claims.index[0]),
                                 description="Claim", layout=w.Layout(width="640px"))
        self.answer = w.RadioButtons(options=[(v, k) for k, v in self.types.items()], value=None,
                                     description="Type")
        self.feedback = w.HTML()
        self.chart = w.HTML()
        self.picker.observe(lambda _: self.show_claim(), names="value")
        self.answer.observe(lambda _: self.check(), names="value")
        self.show_claim()
        super().__init__([self.picker, self.answer, self.feedback, self.chart],
                         what="claim classifier")

    def theme_counts(self, claim_id: int) -> dict[str, int]:
        """How many claims of each type share the theme of ``claim_id``."""
        theme = self.claims.loc[claim_id, "theme"]
        in_theme = self.claims[self.claims["theme"] == theme]["claim_type"]
        return {label: int((in_theme == code).sum()) for code, label in self.types.items()}

    def show_claim(self) -> None:
        row = self.claims.loc[self.picker.value]
        title = (f"Claim #{self.picker.value} is in theme {row['theme']} "
                 f"({self.themes.get(row['theme'], '')}): its claims by type")
        self.chart.value = bars_html(title, self.theme_counts(self.picker.value),
                                     charts.CATEGORY_COLOURS)
        self.answer.value = None
        self.feedback.value = f"<i>{escape(row['paraphrase'])}</i>"

    def check(self) -> None:
        if self.answer.value is None:
            return
        row = self.claims.loc[self.picker.value]
        accepted = {a for a in (row["claim_type"], row["also_type"]) if isinstance(a, str) and a}
        if self.answer.value in accepted:
            verdict = verdict_html(True, "")
        else:
            coded = " / ".join(self.types[a] for a in sorted(accepted))
            verdict = verdict_html(False, f"The checklist codes it {escape(coded)}.")
        note = f"<p>{escape(row['correction'])}</p>" if isinstance(row["correction"], str) else ""
        self.feedback.value = f"<i>{escape(row['paraphrase'])}</i>{verdict}{note}"


def claim_classifier(claims, theme_names: dict[str, str] | None = None) -> ClaimClassifier:
    """The classifier explorer for the paper's 67 claims."""
    if claims.empty:
        raise ValueError("There are no claims to classify: load the 'claims' data set.")
    return ClaimClassifier(claims, theme_names or themes())
