"""Explorers and quizzes as widget trees that can be tested without a browser.

An explorer that needs no Python after it is drawn (a plotly dropdown or slider) is returned
as a plain figure: it works in slides, in exported HTML and before the kernel runs.

>>> from helpers import widgets
>>> q = widgets.quiz([{"question": "2 + 2?", "options": ["3", "4"], "answer": "4",
...                    "explanation": "Arithmetic."}])
>>> q.check_all()
>>> q.feedback[0].value
'<b>Choose an answer first.</b>'
"""

from __future__ import annotations

from html import escape

import ipywidgets as w

FALLBACK = "Run this cell (Shift+Enter) to use the {what}."


class Panel(w.VBox):
    """A VBox whose plain-text form (seen before the notebook runs) is a short instruction."""

    def __init__(self, *args, what: str = "explorer", **kwargs):
        super().__init__(*args, **kwargs)
        self._fallback = FALLBACK.format(what=what)

    def __repr__(self) -> str:
        return self._fallback


class Quiz(Panel):
    """Multiple-choice questions, each with its own feedback line, and one Check button."""

    def __init__(self, questions: list[dict]):
        _validate_questions(questions)
        self.questions = questions
        self.choices = [
            w.RadioButtons(options=q["options"], value=None, layout=w.Layout(width="auto"))
            for q in questions
        ]
        self.feedback = [w.HTML() for _ in questions]
        self.score = w.HTML()
        self.button = w.Button(description="Check my answers", button_style="primary",
                               layout=w.Layout(width="220px"))
        self.button.on_click(lambda _: self.check_all())
        rows = []
        for number, (q, choice, note) in enumerate(zip(questions, self.choices, self.feedback), 1):
            rows += [w.HTML(f"<b>{number}. {escape(q['question'])}</b>"), choice, note]
        super().__init__(rows + [self.button, self.score], what="quiz")

    def check_all(self) -> None:
        right = 0
        for q, choice, note in zip(self.questions, self.choices, self.feedback):
            if choice.value is None:
                note.value = "<b>Choose an answer first.</b>"
            elif choice.value == q["answer"]:
                right += 1
                note.value = f"<span style='color:#117733'><b>Right.</b></span> {q['explanation']}"
            else:
                hint = q.get("hint", "Look again at the section above.")
                note.value = f"<span style='color:#882255'><b>Not quite.</b></span> {hint}"
        self.score.value = f"<b>{right} of {len(self.questions)} right.</b>"


def _validate_questions(questions: list[dict]) -> None:
    if not questions:
        raise ValueError("A quiz needs at least one question.")
    for number, q in enumerate(questions, 1):
        missing = {"question", "options", "answer", "explanation"} - set(q)
        if missing:
            raise ValueError(f"Question {number} lacks: {', '.join(sorted(missing))}.")
        if q["answer"] not in q["options"]:
            raise ValueError(f"Question {number}: the answer {q['answer']!r} is not among the "
                             f"options {q['options']}.")


def quiz(questions: list[dict]) -> Quiz:
    """A self-check quiz. Each question: question, options, answer, explanation, optional hint."""
    return Quiz(questions)


# ---------------------------------------------------------------- the neighbour explorer

EXPLORER_ORDER = ["TJK", "UZB", "TKM", "KGZ", "KAZ", "PAK", "IRN", "CHN", "RUS"]
ORGANISATIONS = ["CSTO", "SCO", "CIS", "EAEU", "PfP", "QCCM"]


def _border_lines(iso3: str, borders) -> list[str]:
    rows = borders[borders["neighbour_iso3"] == iso3]
    if rows.empty:
        return ["<b>No border</b> with Afghanistan"]
    lines = []
    for _, row in rows.iterrows():
        publisher = "CIA World Factbook" if row["source_id"].startswith("cia") else "Afghan ministry"
        length = f"{row['length_km']:,.1f}".removesuffix(".0")
        lines.append(f"<b>{length} km</b> of border ({publisher})")
    return lines


def country_facts(iso3: str, as_of: str = "2018-10-01") -> dict:
    """The facts the explorer shows for one country: border, population, GDP, memberships."""
    from helpers import data

    states = data.load("states").set_index("iso3")
    if iso3 not in states.index or iso3 == "AFG":
        valid = ", ".join(EXPLORER_ORDER)
        raise ValueError(f"Choose one of Afghanistan's neighbours or region states: {valid}.")
    wdi = data.load("wdi_2018").set_index(["iso3", "indicator_code"])["value"]
    borders = data.load("afghanistan_borders")
    standing = data.memberships_on(as_of)
    standing = standing[standing["state_iso3"] == iso3].set_index("organisation")["standing"]
    members = [f"{org} ({standing[org]})" if standing[org] != "member" else org
               for org in ORGANISATIONS if org in standing.index]
    population = wdi[(iso3, "SP.POP.TOTL")]
    gdp = wdi[(iso3, "NY.GDP.MKTP.CD")]
    return {
        "name": states.loc[iso3, "name"],
        "border": _border_lines(iso3, borders),
        "population_m": population / 1e6,
        "population_vs_afg": population / wdi[("AFG", "SP.POP.TOTL")],
        "gdp_bn": gdp / 1e9,
        "gdp_vs_afg": gdp / wdi[("AFG", "NY.GDP.MKTP.CD")],
        "memberships": members,
    }


def _times(ratio: float) -> str:
    return f"{ratio:.2f}" if ratio < 10 else f"{ratio:,.0f}"


def _panel_text(facts: dict) -> str:
    orgs = ", ".join(facts["memberships"]) or "none of the six"
    lines = [f"<b>{facts['name'].upper()}</b>", *facts["border"], "",
             f"Population 2018: <b>{facts['population_m']:,.1f} million</b>",
             f"  = {_times(facts['population_vs_afg'])} × Afghanistan's",
             f"GDP 2018: <b>US${facts['gdp_bn']:,.1f} billion</b>",
             f"  = {_times(facts['gdp_vs_afg'])} × Afghanistan's", "",
             "Late 2018 memberships:", f"<b>{orgs}</b>"]
    return "<br>".join(lines)


def _title(facts: dict) -> str:
    km = facts["border"][0]
    if km.startswith("<b>No border"):
        return f"{facts['name']} has no border with Afghanistan"
    return f"{facts['name']}: {km.split('</b>')[0][3:]} of border with Afghanistan"


def neighbour_explorer(as_of: str = "2018-10-01"):
    """A map with a dropdown: pick a country, see it highlighted and its facts beside the map.

    The dropdown is plotly's own, so it runs in the browser without the kernel (and in slides).
    """
    from helpers import charts, geo

    codes = list(geo.outlines())
    facts = {code: country_facts(code, as_of) for code in EXPLORER_ORDER}

    def fills_for(chosen: str) -> list[str]:
        return [charts.colour(c) if c in (chosen, "AFG") else charts.NEUTRAL for c in codes]

    def widths_for(chosen: str) -> list[float]:
        return [3.0 if c == chosen else 0.8 for c in codes]

    first = EXPLORER_ORDER[0]
    fig = geo.base_map(fills=dict(zip(codes, fills_for(first))))
    fig.update_traces(line_color="#333333")
    fig.data[codes.index(first)].line.width = 3.0
    geo.add_country_names(fig, fills=dict(zip(codes, fills_for(first))))
    fig.update_xaxes(domain=[0, 0.62])
    fig.add_annotation(text=_panel_text(facts[first]), xref="paper", yref="paper", x=0.66, y=0.9,
                       xanchor="left", yanchor="top", align="left", showarrow=False,
                       font=dict(size=13), bgcolor="white", bordercolor="#999999", borderpad=8)
    buttons = []
    for code in EXPLORER_ORDER:
        buttons.append(dict(
            label=facts[code]["name"], method="update",
            args=[{"fillcolor": fills_for(code), "line.width": widths_for(code)},
                  {"title.text": _title(facts[code]), "annotations[0].text": _panel_text(facts[code])},
                  list(range(len(codes)))],
        ))
    fig.update_layout(
        title_text=_title(facts[first]), height=600, width=980, autosize=False,
        updatemenus=[dict(buttons=buttons, active=0, x=0.66, y=1.0, xanchor="left",
                          yanchor="bottom", direction="down", showactive=True, pad=dict(t=0))],
    )
    return fig
