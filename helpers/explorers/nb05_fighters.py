"""Notebook 05: foreign-fighter estimates by source and date, and the denominator explorer.

The explorer is a plotly menu that switches one bar chart between the number of fighters and
fighters per million people; its bars keep their country colours while the order changes. It
writes its own menu (``denominator_menu``) because ``helpers.states`` changes titles, fills and
layout, not the values of a trace.

>>> table = pd.DataFrame({"iso3": ["UZB", "TJK"], "fighters": [1500, 1300],
...                       "population": [31_819_178, 9_085_946]})
>>> rates = with_rates(table)
>>> rates["per_million"].round(1).tolist()
[47.1, 143.1]
>>> fig = denominator_menu(rates, {"UZB": "Uzbekistan", "TJK": "Tajikistan"})
>>> fig.layout.yaxis.categoryarray  # bottom to top: the largest number on top
('TJK', 'UZB')
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from helpers import charts

OFFICIAL_PREFIXES = ("kz-", "kg-", "tj-", "uz-")
KIND_STYLES = {  # kind of source -> (colour role, marker symbol, legend name)
    "paper": ("named", "star", "The paper (figure attributed to ICPVTR, undated)"),
    "research": ("highlight", "circle", "Research centres and think tanks"),
    "official": ("omitted", "square", "Governments and official bodies"),
}


def source_kind(source_id: str) -> str:
    """The series' own coding of who produced an estimate: the paper, a research centre, or an
    official body (ids that start with a country prefix such as 'kz-').

    >>> [source_kind(s) for s in ["indeo-2018", "soufan-2017", "kz-knb-2014-11"]]
    ['paper', 'research', 'official']
    """
    if source_id == "indeo-2018":
        return "paper"
    return "official" if source_id.startswith(OFFICIAL_PREFIXES) else "research"


def bound(low, high) -> str:
    """How a source states its figure: 'about', 'range', 'at least' or 'up to'.

    >>> [bound(300, 300), bound(2000, 4000), bound(4000, None), bound(None, 3000)]
    ['about', 'range', 'at least', 'up to']
    """
    low, high = (None if pd.isna(v) else v for v in (low, high))
    if low is not None and high is not None:
        return "about" if low == high else "range"
    return "at least" if low is not None else "up to"


def estimate_points(estimates: pd.DataFrame) -> pd.DataFrame:
    """One plotting row per estimate: a date, a central figure, its range and how it is bounded.

    A date known only by its year sits at mid-year; rows without a date are left out.
    ``figure`` is the single number a source gives, or the middle of its range.

    >>> rows = pd.DataFrame({"source_id": ["icg-2015"], "source_date": ["2015-01-20"],
    ...     "fighters_low": [2000], "fighters_high": [4000]})
    >>> estimate_points(rows)[["figure", "bound", "kind"]].values.tolist()
    [[3000.0, 'range', 'research']]
    """
    rows = estimates.dropna(subset=["source_date"]).copy()
    text = rows["source_date"].astype(str)
    rows["date"] = pd.to_datetime(text, format="mixed")
    rows.loc[text.str.len() == 4, "date"] += pd.Timedelta(days=182)
    low, high = rows["fighters_low"].astype("Float64"), rows["fighters_high"].astype("Float64")
    rows["figure"] = ((low.fillna(high) + high.fillna(low)) / 2).astype(float)
    rows["bound"] = [bound(a, b) for a, b in zip(low, high)]
    rows["kind"] = rows["source_id"].map(source_kind)
    rows["spread"] = ((high - low) / 2).fillna(0).astype(float)
    rows["stated"] = [stated(a, b) for a, b in zip(low, high)]
    return rows


def stated(low, high) -> str:
    """The figure as the source states it.

    >>> [stated(2000, 4000), stated(4000, None), stated(None, 3000), stated(300, 300)]
    ['2,000-4,000', 'more than 4,000', 'up to 3,000', 'about 300']
    """
    kind = bound(low, high)
    if kind == "range":
        return f"{low:,.0f}-{high:,.0f}"
    words = {"about": "about", "at least": "more than", "up to": "up to"}[kind]
    return f"{words} {(high if kind == 'up to' else low):,.0f}"


def estimates_chart(points: pd.DataFrame, height: int = 380) -> go.Figure:
    """Estimates by date, one marker style per kind of source; ranges as vertical bars.

    'At least' figures point up and 'up to' figures point down.
    """
    arrows = {"at least": "-up", "up to": "-down"}
    traces = []
    for kind, rows in points.groupby("kind", sort=False):
        colour_role, symbol, name = KIND_STYLES[kind]
        symbols = [("triangle" + arrows[b]) if b in arrows else symbol for b in rows["bound"]]
        traces.append(go.Scatter(
            x=rows["date"], y=rows["figure"], mode="markers", name=name, meta=kind,
            marker=dict(size=[16 if kind == "paper" or b in arrows else 12 for b in rows["bound"]],
                        symbol=symbols,
                        color=charts.role(colour_role), line=dict(color="white", width=1)),
            error_y=dict(type="data", array=rows["spread"].tolist(), visible=True,
                         color=charts.role(colour_role), thickness=2, width=6),
            customdata=list(zip(rows["stated"], rows["source_id"], rows["definition"].str.slice(0, 70))),
            hovertemplate="%{customdata[0]}<br>%{customdata[1]}<br>%{customdata[2]}"
                          "<extra></extra>"))
    fig = go.Figure(traces)
    fig.update_layout(height=height, yaxis=dict(title_text="Fighters (persons)", tickformat=",",
                                                rangemode="tozero"),
                      xaxis=dict(title_text="Date of the estimate (year)", tickformat="%Y", dtick="M12"),
                      legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"), margin_t=120)
    return fig


def population_of_year(rows: pd.DataFrame, population: pd.DataFrame) -> pd.DataFrame:
    """Add the population of each estimate's own year (rows need iso3 and year).

    >>> rows = pd.DataFrame({"iso3": ["KGZ"], "year": [2018]})
    >>> pop = pd.DataFrame({"iso3": ["KGZ", "KGZ"], "year": [2017, 2018], "population": [1, 2]})
    >>> population_of_year(rows, pop)["population"].tolist()
    [2]
    """
    pop = population[["iso3", "year", "population"]].astype({"year": int})
    return rows.astype({"year": int}).merge(pop, on=["iso3", "year"], how="left", validate="m:1")


def with_rates(table: pd.DataFrame) -> pd.DataFrame:
    """Fighters per million people, from ``fighters`` and ``population``."""
    out = table.copy()
    out["per_million"] = out["fighters"].astype(float) / (out["population"].astype(float) / 1e6)
    return out


def ranking(table: pd.DataFrame, column: str) -> list[str]:
    """The countries (iso3) from the largest value of ``column`` to the smallest.

    >>> ranking(pd.DataFrame({"iso3": ["A", "B"], "x": [1, 2]}), "x")
    ['B', 'A']
    """
    return table.sort_values(column, ascending=False)["iso3"].tolist()


VIEWS = {  # view -> (menu label, column, axis title, number format)
    "number": ("Number of fighters", "fighters", "Fighters (persons)", "{:,.0f}"),
    "per_million": ("Per million people", "per_million", "Fighters per million people", "{:,.1f}"),
}


def _view(table: pd.DataFrame, names: dict[str, str], view: str) -> tuple[dict, dict]:
    label, column, axis_title, fmt = VIEWS[view]
    order = ranking(table, column)
    first = names.get(order[0], order[0])
    title = f"{label}: {first} comes first"
    data = {"x": [table[column].tolist()], "text": [[fmt.format(v) for v in table[column]]]}
    layout = {"title.text": title, "xaxis.title.text": axis_title,
              "yaxis.categoryarray": order[::-1]}
    return data, layout


def denominator_menu(table: pd.DataFrame, names: dict[str, str], start: str = "number",
                     height: int = 400) -> go.Figure:
    """Horizontal bars, one per country (its series colour), with a menu that switches between
    the number of fighters and fighters per million people; the bars re-sort with each view."""
    if start not in VIEWS:
        raise ValueError(f"start must be one of {', '.join(VIEWS)}, not {start!r}.")
    if table.empty or table[["fighters", "population"]].isna().any().any():
        raise ValueError("Every country needs a number of fighters and a population.")
    data, layout = _view(table, names, start)
    fig = go.Figure(go.Bar(
        y=table["iso3"], x=data["x"][0], text=data["text"][0], orientation="h",
        textposition="outside", cliponaxis=False, meta="bars",
        marker_color=[charts.colour(c) for c in table["iso3"]],
        customdata=[names.get(c, c) for c in table["iso3"]],
        hovertemplate="%{customdata}: %{text}<extra></extra>"))
    fig.update_layout(height=height, showlegend=False, margin=dict(t=110, r=60), xaxis_tickformat=",",
                      yaxis=dict(categoryorder="array", ticktext=[names.get(c, c) for c in table["iso3"]],
                                 tickvals=table["iso3"].tolist()))
    fig.plotly_relayout(layout)
    buttons = []
    for view, (label, *_rest) in VIEWS.items():
        view_data, view_layout = _view(table, names, view)
        buttons.append(dict(label=label, method="update", args=[view_data, view_layout, [0]]))
    fig.update_layout(updatemenus=[dict(
        buttons=buttons, active=list(VIEWS).index(start), x=1.0, xanchor="right", y=1.02,
        yanchor="bottom", direction="down", showactive=True, pad=dict(t=0))])
    return fig
