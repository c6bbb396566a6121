"""Notebook 06: UNODC's opium figures as first published and as revised, and the northern
provinces year by year (a plotly menu that runs without a kernel).

>>> percent_change(233_000, 10_800)
-95.4
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from helpers import charts
from helpers.states import State, add_states

UNITS = {"cultivation": "hectares", "production": "tonnes"}
BANS = [(2000.55, "Taliban ban<br>July 2000"), (2022.26, "Taliban ban<br>April 2022")]
POPPY_FREE = "poppy-free"


def percent_change(old: float, new: float, digits: int = 1) -> float:
    """The change from ``old`` to ``new`` in per cent, rounded.

    >>> percent_change(82_172, 7_606)
    -90.7
    """
    if not old:
        raise ValueError("A percentage change needs a non-zero starting value.")
    return round(100 * (new / old - 1), digits)


def with_dates(national: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """The national rows with each source's publication date (``published``, as text)."""
    return national.assign(published=national["source_id"].map(sources["date"]).astype(str))


def first_published(national: pd.DataFrame, sources: pd.DataFrame, measure: str) -> pd.DataFrame:
    """One row per year: the figure for ``measure`` in the earliest-published source we hold.

    For most years that is the year's own survey; where we hold no copy of it, the first
    later report that gives the year. Ties keep the table's order.

    >>> rows = pd.DataFrame({"year": [2022, 2022], "measure": ["cultivation"] * 2,
    ...                      "value": [232_000, 233_000], "source_id": ["late", "early"]})
    >>> dates = pd.DataFrame({"date": ["2024-11", "2022-11"]}, index=["late", "early"])
    >>> first_published(rows, dates, "cultivation")[["year", "value"]].values.tolist()
    [[2022, 233000]]
    """
    rows = with_dates(national[national["measure"] == measure], sources)
    rows = rows.sort_values(["year", "published"], kind="stable")
    return rows.drop_duplicates("year").reset_index(drop=True)


def restatements(national: pd.DataFrame, sources: pd.DataFrame, measure: str) -> pd.DataFrame:
    """Later UNODC figures for a year that differ from the first published one (revisions)."""
    first = first_published(national, sources, measure).set_index("year")["value"]
    rows = with_dates(national[national["measure"] == measure], sources)
    return rows[rows["value"] != rows["year"].map(first)].reset_index(drop=True)


def stated_ranges(national: pd.DataFrame, measure: str) -> pd.DataFrame:
    """The ranges the sources state (``_low``/``_high`` rows), one row per year and source."""
    rows = national[national["measure"].isin([f"{measure}_low", f"{measure}_high"])]
    wide = rows.assign(end=rows["measure"].str.rsplit("_", n=1).str[1]).pivot_table(
        index=["year", "source_id"], columns="end", values="value", aggfunc="first")
    return wide.reset_index()


def _measure_traces(national, sources, measure: str) -> list[go.Scatter]:
    unit = UNITS[measure]
    first = first_published(national, sources, measure).set_index("year")
    years = list(range(int(national["year"].min()), int(national["year"].max()) + 1))
    first = first.reindex(years)  # a missing year breaks the line: nothing is filled in
    hover = "%{x}: %{y:,} " + unit + "<br>%{text}<extra></extra>"
    line = go.Scatter(x=years, y=first["value"], mode="lines+markers", connectgaps=False,
                      name="First published figure",
                      text=(first["source_id"].fillna("") + ": " + first["note"].fillna("")).tolist(),
                      hovertemplate=hover, line=dict(color=charts.CATEGORY_COLOURS[0], width=3),
                      marker=dict(size=8), meta=f"{measure}-first")
    later = restatements(national, sources, measure)
    revised = go.Scatter(x=later["year"], y=later["value"], mode="markers",
                         name="Later UNODC revision",
                         text=(later["source_id"] + ": " + later["note"].fillna("")).tolist(),
                         hovertemplate=hover, meta=f"{measure}-revised",
                         marker=dict(size=13, symbol="circle-open", line_width=2,
                                     color=charts.CATEGORY_COLOURS[1]))
    ranges = stated_ranges(national, measure)
    xs, ys = [], []
    for row in ranges.itertuples():
        xs += [row.year, row.year, None]
        ys += [row.low, row.high, None]
    spread = go.Scatter(x=xs, y=ys, mode="lines+markers", name="Range stated by the survey",
                        line=dict(color=charts.role("muted"), width=2),
                        marker=dict(symbol="line-ew", size=12, line_width=2,
                                    color=charts.role("muted")),
                        hovertemplate="%{x}: %{y:,} " + unit + "<extra>stated range</extra>",
                        meta=f"{measure}-range")
    return [line, revised, spread]


def _ban_marks(fig: go.Figure) -> None:
    for x, label in BANS:
        fig.add_shape(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1,
                      line=dict(color=charts.role("wrong"), dash="dot", width=2))
        fig.add_annotation(x=x, y=1, xref="x", yref="paper", text=label, showarrow=False,
                           xanchor="left", yanchor="top", xshift=4, align="left",
                           font=dict(size=14, color=charts.role("wrong")))


def national_chart(national: pd.DataFrame, sources: pd.DataFrame, height: int = 460) -> go.Figure:
    """Cultivation (top) and production (bottom), 1994 to the latest survey, on one year axis:
    the bans marked, the 2017 record named, revisions and stated ranges drawn apart.

    No menu: switching measure or scale redraws the whole chart, slower than the series'
    40 ms budget for a control.
    """
    top, bottom = (_measure_traces(national, sources, m) for m in UNITS)
    for trace, twin in zip(top, bottom):
        trace.update(legendgroup=trace.meta.split("-")[1])
        twin.update(legendgroup=trace.meta.split("-")[1], showlegend=False, xaxis="x2", yaxis="y2")
    fig = go.Figure(top + bottom)
    _ban_marks(fig)
    record = {m: first_published(national, sources, m).set_index("year").loc[2017, "value"]
              for m in UNITS}
    fig.add_annotation(x=2017, y=record["cultivation"], xref="x", yref="y", ax=-60, ay=-5,
                       text="2017 record", font=dict(size=14))
    for y, label in ((1.0, "Cultivation (hectares)"), (0.45, "Potential production (tonnes)")):
        fig.add_annotation(x=0, y=y, xref="paper", yref="paper", text=f"<b>{label}</b>", showarrow=False,
                           xanchor="left", yanchor="top", font=dict(size=14))
    fig.update_layout(
        height=height, margin=dict(t=90, b=150), legend=dict(orientation="h", y=-0.42, x=0),
        title=f"Opium peaked in 2017 ({record['cultivation']:,.0f} ha, {record['production']:,.0f} t)"
              "<br>and collapsed within a year of each Taliban ban",
        yaxis=dict(domain=[0.53, 1], title_text="Hectares", tickformat=",", rangemode="tozero"),
        yaxis2=dict(domain=[0, 0.45], title_text="Tonnes", tickformat=",", rangemode="tozero"),
        xaxis=dict(anchor="y", showticklabels=False),
        xaxis2=dict(anchor="y2", matches="x", title_text="Survey year"))
    charts.whole_years(fig)
    fig.update_xaxes(tickformat="d", dtick=2, tick0=1995, range=[1993.5, 2025.8])
    return fig


def province_years(provinces: pd.DataFrame, province: str, years: range) -> pd.DataFrame:
    """Every year in ``years`` for one province: the published hectares, 'poppy-free' (under
    100 ha, not a measured zero), or no figure in our data. Nothing is filled in.

    >>> rows = pd.DataFrame({"year": [2000, 2001], "province": ["Balkh"] * 2,
    ...                      "cultivation_ha": [0, 500], "source_id": ["a", "b"],
    ...                      "note": ["poppy-free: ...", ""]})
    >>> province_years(rows, "Balkh", range(2000, 2003))["status"].tolist()
    ['poppy-free', 'figure', 'no figure']
    """
    rows = provinces[provinces["province"] == province].set_index("year")
    table = pd.DataFrame({"year": list(years)})
    table["hectares"] = table["year"].map(rows["cultivation_ha"])
    table["source_id"] = table["year"].map(rows["source_id"])
    free = set(rows.index[rows["note"].fillna("").str.startswith(POPPY_FREE)])
    table["status"] = "figure"
    table.loc[table["hectares"].isna(), "status"] = "no figure"
    table.loc[table["year"].isin(free), "status"] = POPPY_FREE
    return table


def province_title(table: pd.DataFrame, province: str, named: bool) -> str:
    """The explorer's title for one province: which years have a figure, how many have none."""
    shown = table[table["status"] != "no figure"]
    missing = len(table) - len(shown)
    who = " (named in the paper)" if named else ""
    if shown.empty:
        return (f"<b>{province}</b>{who}: no published figure in our data<br>"
                f"for any of the {len(table)} years {table['year'].min()}-{table['year'].max()}")
    listed = ", ".join(f"{r.year} (" + ("poppy-free" if r.status == POPPY_FREE else f"{r.hectares:,.0f} ha")
                       + ")" for r in shown.itertuples())
    return (f"<b>{province}</b>{who}: {listed}<br>"
            f"No published figure in our data for {missing} of {len(table)} years")


def province_blocks(provinces: pd.DataFrame, menu: list[str], years: range) -> pd.DataFrame:
    """Every province's years laid side by side on one axis: province i's year y sits at
    ``i * (len(years) + 4) + (y - years.start)``, so a menu only has to move the axis range.

    >>> rows = pd.DataFrame({"year": [2001], "province": ["B"], "cultivation_ha": [5],
    ...                      "source_id": ["s"], "note": [""]})
    >>> province_blocks(rows, ["A", "B"], range(2000, 2002))["position"].tolist()
    [0, 1, 6, 7]
    """
    width = len(years) + 4
    tables = [province_years(provinces, p, years).assign(
        province=p, position=lambda t, i=i: i * width + t["year"] - years.start)
        for i, p in enumerate(menu)]
    return pd.concat(tables, ignore_index=True)


def province_explorer(provinces: pd.DataFrame, menu: list[str], named: list[str],
                      years: range = range(2000, 2026), first: str | None = None,
                      height: int = 420) -> go.Figure:
    """Bars of published hectares per year for one province at a time, chosen in a menu.

    Poppy-free years are a marked category on the baseline; years with no figure are marked
    as such, never drawn as zero. The y axis is the same for every province. The provinces sit
    side by side on one axis and the menu moves the axis range (a cheap relayout).
    """
    blocks = province_blocks(provinces, menu, years)
    parts = {status: blocks[blocks["status"] == status] for status in ("figure", POPPY_FREE, "no figure")}
    where = "%{customdata[0]}, %{customdata[1]}"
    traces = [
        go.Bar(x=parts["figure"]["position"], y=parts["figure"]["hectares"], name="Hectares (published)",
               text=[f"{v:,.0f}" for v in parts["figure"]["hectares"]], textposition="outside",
               textfont_size=14, marker_color=charts.role("highlight"), cliponaxis=False,
               customdata=parts["figure"][["province", "year", "source_id"]].values,
               hovertemplate=where + ": %{y:,} ha<br>%{customdata[2]}<extra></extra>"),
        go.Scatter(x=parts[POPPY_FREE]["position"], y=[0] * len(parts[POPPY_FREE]), mode="markers",
                   name="Poppy-free (under 100 ha)", cliponaxis=False,
                   customdata=parts[POPPY_FREE][["province", "year"]].values,
                   marker=dict(symbol="diamond", size=14, color=charts.role("right")),
                   hovertemplate=where + ": declared poppy-free<extra></extra>"),
        go.Scatter(x=parts["no figure"]["position"], y=[0] * len(parts["no figure"]), mode="markers",
                   name="No published figure in our data", cliponaxis=False,
                   customdata=parts["no figure"][["province", "year"]].values,
                   marker=dict(symbol="x-thin-open", size=9, line_width=2, color=charts.role("frame")),
                   hovertemplate=where + ": no published figure<extra></extra>"),
    ]
    states = []
    for province in menu:
        start = blocks.loc[blocks["province"] == province, "position"].min()
        title = province_title(province_years(provinces, province, years), province, province in named)
        states.append(State(label=f"Province: {province}", title=title,
                            layout={"xaxis.range": [start - 0.7, start + len(years) - 0.3]}))
    ticks = blocks[blocks["year"] % 2 == 0]
    top = provinces["cultivation_ha"].max()
    fig = go.Figure(traces)
    fig.update_layout(height=height, yaxis=dict(title_text="Cultivation (hectares)", tickformat=",",
                                                range=[-top * 0.04, top * 1.15]),
                      xaxis=dict(title_text="Survey year", tickformat="d", tickvals=ticks["position"],
                                 ticktext=ticks["year"].astype(str)),
                      margin=dict(t=110, b=140), showlegend=True, title_font_size=17,
                      legend=dict(orientation="h", y=-0.5, x=0))
    add_states(fig, states, active=menu.index(first) if first else 0, x=1.0)
    fig.layout.updatemenus[0].update(xanchor="right", y=1.16)
    return fig
