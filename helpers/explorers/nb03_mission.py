"""Notebook 03: troops, district control and civilian casualties linked under one year menu.

>>> fig = linked_years([("Troops", [go.Scatter(x=["2016-05-01"], y=[1])])], {2016: "a"}, 2016)
>>> fig.layout.title.text
'a'
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from helpers import charts
from helpers.states import State, add_band, add_states, band_at

MISSION_STYLES = {"ISAF": (charts.CATEGORY_COLOURS[1], "circle"),
                  "RSM": (charts.CATEGORY_COLOURS[0], "diamond")}
HALF_YEAR_MS = 182 * 86_400_000


def troop_points(troops) -> pd.DataFrame:
    """The troop figures with a date to plot and how precise it is.

    A figure dated only by its year ('2015') is placed at mid-year, with ``spread_ms`` half a
    year either side, not on 1 January; rows without any date are left out.

    >>> rows = pd.DataFrame({"as_of_date": ["2015", "2016-07", "2017-06-29"]})
    >>> troop_points(rows)[["date", "precision"]].astype(str).values.tolist()
    [['2015-07-02', 'year'], ['2016-07-01', 'month'], ['2017-06-29', 'day']]
    """
    rows = troops.dropna(subset=["as_of_date"]).copy()
    text = rows["as_of_date"].astype(str)
    rows["precision"] = text.str.len().map({4: "year", 7: "month", 10: "day"})
    rows["date"] = pd.to_datetime(text, format="mixed")
    year_only = rows["precision"] == "year"
    rows.loc[year_only, "date"] += pd.Timedelta(days=182)
    rows["spread_ms"] = year_only * HALF_YEAR_MS
    return rows


def troop_chart(troops) -> go.Figure:
    """Troop numbers over time: counts as filled markers, year-only counts with a bar across
    their year, planned sizes as open markers."""
    points = troop_points(troops)
    traces = []
    for (mission, kind, is_year), rows in points.groupby(
            ["mission", "figure_type", points["precision"] == "year"]):
        colour, symbol = MISSION_STYLES[mission]
        name = f"{mission}, {'planned size' if kind == 'planned' else 'reported'}"
        name += " (date within the year unknown)" if is_year else ""
        traces.append(go.Scatter(
            x=rows["date"], y=rows["troops"], name=name, mode="markers", text=rows["source_id"],
            error_x=dict(type="data", array=rows["spread_ms"].tolist(), visible=bool(is_year),
                         color=colour, thickness=2, width=0),
            marker=dict(size=12, color="white" if kind == "planned" else colour, symbol=symbol,
                        line=dict(color=colour, width=2)),
            hovertemplate=("%{x|%Y}" if is_year else "%{x|%b %Y}") + ": %{y:,} troops<br>%{text}<extra>"
            + name + "</extra>"))
    fig = go.Figure(traces)
    fig.update_layout(yaxis_title="Troops (persons)", yaxis_tickformat=",", height=400,
                      legend=dict(title_text="Mission and kind of figure"))
    return fig


def troop_panel(troops, colour: str) -> list[go.Scatter]:
    """Reported troop counts for the linked charts: dated counts joined by a line, and counts
    known only by their year drawn apart, as a bar across that year (never as a dated point).

    >>> rows = troop_points(pd.DataFrame({"as_of_date": ["2015", "2016-07"], "troops": [1, 2]}))
    >>> [(t.mode, bool(t.error_x.visible)) for t in troop_panel(rows, "black")]
    [('markers+lines', False), ('markers', True)]
    """
    dated = troops[troops["precision"] != "year"].sort_values("date")
    year_only = troops[troops["precision"] == "year"]
    return [
        go.Scatter(x=dated["date"], y=dated["troops"], mode="markers+lines", line_color=colour,
                   name="Resolute Support troops", hovertemplate="%{y:,} troops (%{x|%b %Y})<extra></extra>"),
        go.Scatter(x=year_only["date"], y=year_only["troops"], mode="markers", marker_color=colour,
                   name="Resolute Support troops (year only)",
                   error_x=dict(type="data", array=year_only["spread_ms"].tolist(), visible=True,
                                color=colour, thickness=2, width=0),
                   hovertemplate="%{y:,} troops (in %{x|%Y}, month unknown)<extra></extra>"),
    ]


def stacked_panels(panels: list[tuple[str, list]], gap: float = 0.05) -> go.Figure:
    """Charts stacked one above the other on one shared time axis (row 1 at the top).

    Written as plain axes rather than with plotly's make_subplots, whose import and set-up
    cost a notebook about a tenth of a second.
    """
    rows = len(panels)
    size = (1 - gap * (rows - 1)) / rows
    traces, layout = [], {}
    for row, (axis_title, row_traces) in enumerate(panels, start=1):
        suffix = "" if row == 1 else str(row)
        top = 1 - (row - 1) * (size + gap)
        layout[f"yaxis{suffix}"] = dict(domain=[top - size, top], anchor=f"x{suffix}",
                                        title_text=axis_title, tickformat=",")
        layout[f"xaxis{suffix}"] = dict(anchor=f"y{suffix}", showticklabels=row == rows,
                                        **({} if row == 1 else {"matches": "x"}))
        for trace in row_traces:
            traces.append(trace.update(xaxis=f"x{suffix}", yaxis=f"y{suffix}"))
    return go.Figure(traces, layout)


def linked_years(panels: list[tuple[str, list]], titles: dict[int, str], first_year: int,
                 height: int = 600):
    """Stacked charts sharing one time axis, with a plotly menu that picks a year.

    Each panel is (axis title, traces with dates on x). Choosing a year shades it across every
    panel and rewrites the title with ``titles[year]``.
    """
    if first_year not in titles:
        raise ValueError(f"first_year must be one of {sorted(titles)}.")
    fig = stacked_panels(panels)
    years = sorted(titles)
    add_band(fig, f"{first_year}-01-01", f"{first_year}-12-31")
    states = [State(label=f"Year: {y}", title=titles[y], layout=band_at(f"{y}-01-01", f"{y}-12-31"))
              for y in years]
    add_states(fig, states, active=years.index(first_year), x=1.0)
    menu = fig.layout.updatemenus[0]
    menu.update(xanchor="right", y=1.12)
    # Each panel is named by its axis title, so no legend competes with the two-line title.
    fig.update_layout(height=height, hovermode="x unified", margin=dict(t=120, b=110), showlegend=False)
    fig.update_xaxes(tickformat="%Y", dtick="M12")
    return fig


def mission_year_titles(troops, control, casualties, years) -> dict[int, str]:
    """One line per year for the linked charts: troops, district control, civilian casualties."""
    titles = {}
    for year in years:
        parts = [f"<b>{year}</b>"]
        in_year = troops[troops["date"].dt.year == year].sort_values("date")
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


def party_parts(shares) -> pd.DataFrame:
    """The parties that harmed civilians, without the '(all)' totals: each part carries the side
    (the total above it in UNAMA's table) it belongs to, so a chart never puts a total beside
    its own parts.

    >>> table = pd.DataFrame({"party": ["AGE (all)", "Taliban", "PGF (all)", "ANSF"],
    ...                       "share_percent": [63, 37, 24, 14]})
    >>> party_parts(table)[["party", "side", "side_share"]].values.tolist()
    [['Taliban', 'AGE', 63.0], ['ANSF', 'PGF', 24.0]]
    """
    is_total = shares["party"].str.endswith("(all)")
    side = shares["party"].where(is_total).str.replace(" (all)", "", regex=False).ffill()
    side_share = shares["share_percent"].where(is_total).ffill()
    return shares.assign(side=side, side_share=side_share)[~is_total].reset_index(drop=True)
