"""Notebook 09: who talked to whom about Afghanistan, 2015 to the paper's vantage point, as a
timeline with an actor menu (plotly buttons: no kernel needed), a forum x actor matrix and the
2x2 scenario canvas.

The actor coding is the series' own: an actor took part in an event if the ``participants``
column names it, or if the event was held in its country (the host). The forum family of an
event follows from its ``format`` and ``place`` by the rules in ``FORUMS``.

>>> from helpers import data
>>> talks = until_vantage(data.load("diplomacy_2015_2018"))
>>> len(talks), int(talks["Taliban"].sum())
(22, 5)
>>> sorted(omitted_by_paper(talks))
['Pakistan', 'Qatar', 'United States']
"""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from helpers import charts

VANTAGE = "2018-10-31"  # the forecasts are made as of the end of October 2018
PAPER_WINDOW = ("2018-08-18", "2018-10-31")  # after Imran Khan took office; no event after October
# actor -> (pattern in one participants item, country whose capital or city hosts it)
ACTORS = {
    "Taliban": (r"^Taliban", None),
    "Kabul government": (r"^Afghan government|^Afghanistan\b", None),
    "United States": (r"^United States", None),
    "Pakistan": (r"^Pakistan", "Pakistan"),
    "Qatar": (r"^Qatar", "Qatar"),
    "China": (r"^China", "China"),
    "Russia": (r"^Russia", "Russia"),
    "Uzbekistan": (r"^Uzbekistan", "Uzbekistan"),
    "UN": (r"\bUN\b", None),
}
STATES = ["United States", "Pakistan", "Qatar", "China", "Russia", "Uzbekistan"]
NAMED_BY_PAPER = ["Russia", "Uzbekistan", "China"]  # "promoted in different ways by ..."
# (pattern in "format @ place", forum family), first match wins
FORUMS = [
    (r"Murree", "Murree talks"),
    (r"QCG|[Qq]uadrilateral", "Quadrilateral Group (QCG)"),
    (r"@ Moscow", "Meetings in Moscow"),
    (r"Kabul Process", "Kabul Process"),
    (r"Tashkent Conference", "Tashkent Conference"),
    (r"Taliban delegation visit", "Taliban in Tashkent"),
    (r"ceasefire", "Eid ceasefires"),
    (r"US-Taliban", "US-Taliban talks"),
    (r"US envoy", "US envoy appointed"),
    (r"Foreign Ministers' Dialogue", "Afghanistan-China-Pakistan"),
    (r"UNAMA", "UN Security Council on UNAMA"),
]


def forum(format_: str, place: str) -> str:
    """The forum family of one event.

    >>> forum("QCG, 3rd meeting", "Islamabad, Pakistan")
    'Quadrilateral Group (QCG)'
    >>> forum("six-party consultations on Afghanistan", "Moscow, Russia")
    'Meetings in Moscow'
    """
    text = f"{format_} @ {place or ''}"
    return next((name for pattern, name in FORUMS if re.search(pattern, text)), "Other")


def present(participants: str, place: str, actor: str) -> bool:
    """Did ``actor`` take part (named among the participants, or host)?

    >>> present("United States (Khalilzad);Taliban", "Doha, Qatar", "Qatar")
    True
    >>> present("Russia;China;Pakistan", "Moscow, Russia", "Taliban")
    False
    """
    pattern, host = ACTORS[actor]
    items = [item.strip() for item in str(participants).split(";")]
    named = any(re.search(pattern, item) for item in items)
    return named or bool(host and str(place).split(",")[-1].strip() == host)


def coded(diplomacy: pd.DataFrame) -> pd.DataFrame:
    """The table with a start date, a forum family and one True/False column per actor."""
    table = diplomacy.copy()
    table["start"] = pd.to_datetime(table["date"], format="mixed")
    table["forum"] = [forum(f, p) for f, p in zip(table["format"], table["place"].fillna(""))]
    for actor in ACTORS:
        table[actor] = [present(pa, pl, actor) for pa, pl in
                        zip(table["participants"], table["place"].fillna(""))]
    return table


def until_vantage(diplomacy: pd.DataFrame, vantage: str = VANTAGE) -> pd.DataFrame:
    """The coded events that started on or before the vantage date, in date order, one row
    per event: a row whose note starts "Same" repeats an earlier event from another source
    (with another date) and is left out here."""
    table = coded(diplomacy)
    table = table[~table["note"].fillna("").str.startswith("Same ")]
    return table[table["start"] <= pd.Timestamp(vantage)].sort_values("start", kind="stable")


def omitted_by_paper(talks: pd.DataFrame) -> set[str]:
    """States (other than Afghanistan) at an event with the Taliban that the paper does not name."""
    with_taliban = talks[talks["Taliban"]]
    return {s for s in STATES if with_taliban[s].any()} - set(NAMED_BY_PAPER)


def matrix(talks: pd.DataFrame) -> pd.DataFrame:
    """Forum family x actor: the number of events (rows) at which the actor took part."""
    table = talks.groupby("forum", sort=False)[list(ACTORS)].sum().astype(int)
    table.insert(0, "events", talks.groupby("forum", sort=False).size())
    return table


# ------------------------------------------------------------------------- charts


def actor_title(talks: pd.DataFrame, actor: str) -> str:
    """The timeline's title for one actor: at how many events, and whether the paper names it."""
    count = int(talks[actor].sum())
    with_taliban = int((talks[actor] & talks["Taliban"]).sum()) if actor != "Taliban" else count
    named = " (named by the paper)" if actor in NAMED_BY_PAPER else ""
    if actor == "Taliban":
        return f"The Taliban were at {count} of {len(talks)} events, 2015 to October 2018"
    return (f"{actor}{named}: at {count} of {len(talks)} events,<br>"
            f"{with_taliban} of them with the Taliban")


def _marks(talks: pd.DataFrame, actor: str) -> dict:
    """Marker colour, symbol and size for one actor's view (not colour alone: filled or open)."""
    on = talks[actor].tolist()
    return {"marker.color": [[charts.role("highlight") if x else charts.role("frame") for x in on]],
            "marker.symbol": [["circle" if x else "circle-open" for x in on]],
            "marker.size": [[16 if x else 11 for x in on]]}


def _hover(talks: pd.DataFrame) -> list[str]:
    return [f"<b>{row.format[:60]}</b><br>{row.date} · {str(row.place)[:40]}<br>"
            f"Taliban present: {row.taliban_present} · {row.source_id}" for row in talks.itertuples()]


def timeline_chart(talks: pd.DataFrame, first: str = "Taliban", height: int = 600) -> go.Figure:
    """Events by date and forum family; a menu picks the actor whose events are filled in."""
    order = list(dict.fromkeys(talks.sort_values("start")["forum"]))
    fig = go.Figure(go.Scatter(x=talks["start"], y=talks["forum"], mode="markers",
                               hovertext=_hover(talks), hoverinfo="text", showlegend=False,
                               marker=dict(line=dict(width=2, color=charts.role("frame")))))
    start = {k.split(".")[1]: v[0] for k, v in _marks(talks, first).items()}
    fig.data[0].marker.update(**start)  # the first view, before any menu is used
    for label, symbol, colour in (("Actor took part", "circle", "highlight"),
                                  ("Actor absent", "circle-open", "frame")):
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=label,
                                 marker=dict(size=14, symbol=symbol, color=charts.role(colour))))
    fig.add_shape(type="rect", xref="x", yref="paper", x0=PAPER_WINDOW[0], x1=PAPER_WINDOW[1],
                  y0=0, y1=1, fillcolor=charts.role("named"), opacity=0.2, line_width=0, layer="below")
    fig.add_annotation(x=PAPER_WINDOW[0], y=1, xref="x", yref="paper", text="paper<br>written",
                       showarrow=False, xanchor="right", yanchor="top", font=dict(size=14))
    buttons = [dict(label=f"Actor: {a}", method="update",
                    args=[_marks(talks, a), {"title.text": actor_title(talks, a)}, [0]]) for a in ACTORS]
    fig.update_layout(
        title=actor_title(talks, first), height=height, margin=dict(l=250, t=135, b=60),
        updatemenus=[dict(buttons=buttons, active=list(ACTORS).index(first), x=1.0, y=1.2,
                          xanchor="right", yanchor="bottom", direction="down")],
        legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"),
        yaxis=dict(categoryorder="array", categoryarray=order[::-1], title_text="", dtick=1),
        xaxis=dict(tickformat="%Y", dtick="M12",
                   range=["2015-05-01", "2018-12-01"]))
    return fig


def matrix_chart(table: pd.DataFrame, height: int = 600) -> go.Figure:
    """A heatmap of the forum x actor matrix: each cell counts the events, its shade whether
    the actor was there at all; the paper's three named promoters are marked."""
    actors = list(ACTORS)
    wrapped = [a.replace(" ", "<br>") for a in actors]
    columns = [f"<b>{w}</b>*" if a in NAMED_BY_PAPER else w for a, w in zip(actors, wrapped)]
    counts = table[actors]
    shade = (counts > 0).astype(int).values
    text = [[str(v) if v else "" for v in row] for row in counts.values]
    rows = [f"{name} ({n})" for name, n in table["events"].items()]
    fig = go.Figure(go.Heatmap(
        z=shade, x=columns, y=rows, text=text, texttemplate="%{text}", textfont_size=15,
        colorscale=[[0, charts.role("land")], [1, charts.role("highlight")]], showscale=False,
        xgap=2, ygap=2, hovertemplate="%{y}<br>%{x}: %{text} event(s)<extra></extra>"))
    fig.add_annotation(text="* named by the paper as promoting dialogue", xref="paper", yref="paper",
                       x=1, y=0, yanchor="top", xanchor="right", showarrow=False, font=dict(size=14))
    fig.update_layout(height=height, margin=dict(l=250, t=120, b=60),
                      title="The Taliban and Kabul's government rarely sat in the same forum"
                            "<br>(2015 to October 2018)",
                      xaxis=dict(side="top", tickangle=0, tickfont_size=14),
                      yaxis=dict(autorange="reversed", tickfont_size=14))
    return fig


QUADRANTS = {
    "a": ("Negotiated settlement", "cooperative region"),
    "b": ("Negotiated settlement", "securitised region"),
    "c": ("Military outcome", "cooperative region"),
    "d": ("Military outcome", "securitised region"),
}


def scenario_canvas(height: int = 440) -> go.Figure:
    """The empty 2x2 scenario matrix: Afghan outcome (x) against regional posture (y)."""
    fig = go.Figure()
    spots = {"a": (-1, 1), "b": (-1, -1), "c": (1, 1), "d": (1, -1)}
    for letter, (x, y) in spots.items():
        outcome, posture = QUADRANTS[letter]
        fig.add_trace(go.Scatter(x=[x], y=[y], mode="text", showlegend=False, hoverinfo="skip",
                                 text=[f"<b>{letter}</b><br>{outcome},<br>{posture}"],
                                 textfont=dict(size=17, color=charts.role("text"))))
    for x0, x1, y0, y1 in ((0, 0, -2, 2), (-2, 2, 0, 0)):
        fig.add_shape(type="line", xref="x", yref="y", x0=x0, x1=x1, y0=y0, y1=y1,
                      line=dict(color=charts.role("outline"), width=2))
    ends = [(0, 2, "Regional posture: <b>cooperative</b>", "center", "bottom"),
            (0, -2, "<b>securitised</b>", "center", "top"),
            (-2, 0, "Afghan outcome:<br><b>negotiated</b>", "left", "bottom"),
            (2, 0, "<b>military</b>", "right", "bottom")]
    for x, y, text, xanchor, yanchor in ends:
        fig.add_annotation(x=x, y=y, xref="x", yref="y", text=text, showarrow=False, xanchor=xanchor,
                           yanchor=yanchor, font=dict(size=16, color=charts.role("muted")))
    hidden = dict(range=[-2.05, 2.05], showticklabels=False, showgrid=False, zeroline=False, ticks="")
    fig.update_layout(
        height=height, margin=dict(t=70, b=40, l=20, r=20), xaxis=hidden,
        title="Four futures seen from late 2018: where does the paper stand?",
        yaxis=dict(hidden, range=[-2.35, 2.35]))
    return fig
