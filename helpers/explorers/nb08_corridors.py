"""Notebook 08: connectivity projects by phase (a map with a "status as of" control that runs
without a kernel), their milestones over time, and trade figures from both sides of a border.

>>> phase_of("roadmap_signed")
'agreed'
>>> share(20, 567.5)
3.5
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from helpers import charts, geo

PHASES = ("proposed", "agreed", "financed", "under_construction", "partly_in_operation", "in_operation")
LABELS = {"proposed": "Proposed", "agreed": "Agreed", "financed": "Financed",
          "under_construction": "Under construction", "partly_in_operation": "Partly in operation",
          "in_operation": "In operation", "no_milestone_in_table": "No dated row yet"}
OPERATING = ("partly_in_operation", "in_operation")
_C = charts.CATEGORY_COLOURS
STYLE = {  # phase -> (colour, marker symbol): the symbol carries the phase as well as the colour
    "no_milestone_in_table": (charts.role("frame"), "x-thin-open"),
    "proposed": (charts.role("muted"), "circle-open"), "agreed": (_C[4], "diamond"),
    "financed": (_C[0], "square"), "under_construction": (_C[1], "triangle-up"),
    "partly_in_operation": (_C[3], "star"), "in_operation": (_C[2], "circle")}
# The series' reading of milestones as phases; lengths, talks, suspensions, repairs reach none.
_WORDS = {
    "proposed": "proposed planned consortium_announced export_plan_announced",
    "agreed": "agreement_signed mou_signed intergovernmental_agreement_signed "
              "framework_agreement_signed roadmap_signed route_protocol_signed "
              "feasibility_framework_signed preliminary_agreement_signed contract_signed "
              "resumption_agreed resumption_contract_signed financing_requested",
    "financed": "financing_approved financing_started",
    "under_construction": "construction_started construction_ceremony "
                          "construction_started_afghan_section groundbreaking_afghan_section "
                          "construction_phase_launched construction_progress works_resumed "
                          "last_rail_laid construction_completed turkmen_section_reported_complete "
                          "sections_reported_complete",
    "partly_in_operation": "opened_partly first_phase_opened first_cargo_arrived",
    "in_operation": "opened opened_to_traffic first_train commercial_operation_started "
                    "first_shipment first_train_departed first_train_arrived bridge_opened "
                    "service_resumed new_route_launched first_reverse_train first_convoy_returned"}
MILESTONE_PHASE = {m: phase for phase, words in _WORDS.items() for m in words.split()}
GLYPH = {"no_milestone_in_table": "×", "proposed": "○", "agreed": "◆", "financed": "■",
         "under_construction": "▲", "partly_in_operation": "★", "in_operation": "●"}
OUT_OF_VIEW = {"RUS", "KAZ", "CHN"}  # outside the map's window: not drawn
CUTOFFS = {"End of 2018": "status_2018", "End of 2021": "status_2021", "Latest (2025)": "status_2025"}
# Where a project is drawn (the series' own placement, not a route): the capital of the province
# of the first Afghan place in its name or its rows; Kabul when our rows name none.
PLACE = {"hairatan-mazar-rail": "Balkh", "china-afghanistan-freight-train": "Balkh",
         "trans-afghan-rail": "Balkh", "mazar-herat-rail": "Balkh",
         "tat-atamyrat-aqina-rail": "Faryab", "aqina-andkhoy-rail": "Faryab",
         "serhetabat-torghundi-rail": "Herat", "torghundi-herat-rail": "Herat", "khaf-herat-rail": "Herat",
         "tapi-pipeline": "Herat", "tap-power": "Herat", "lapis-lazuli-corridor": "Herat",
         "kerki-sheberghan-power": "Jowzjan", "tutap-power": "Jowzjan",
         "surkhan-pulikhumri-power": "Baghlan",
         "panj-bridge-road": "Kunduz", "casa-1000": "Kabul", "five-nations-rail": "Kabul"}
SHORT = {"hairatan-mazar-rail": "Hairatan-Mazar rail",
         "china-afghanistan-freight-train": "China-Afghanistan train",
         "trans-afghan-rail": "Trans-Afghan railway", "mazar-herat-rail": "Mazar-Herat rail",
         "tat-atamyrat-aqina-rail": "Atamyrat-Aqina rail", "aqina-andkhoy-rail": "Aqina-Andkhoy rail",
         "serhetabat-torghundi-rail": "Serhetabat-Torghundi rail",
         "torghundi-herat-rail": "Torghundi-Herat rail", "khaf-herat-rail": "Khaf-Herat rail",
         "tapi-pipeline": "TAPI gas pipeline", "tap-power": "TAP power line",
         "lapis-lazuli-corridor": "Lapis Lazuli corridor", "kerki-sheberghan-power": "Kerki-Sheberghan power",
         "tutap-power": "TUTAP power", "surkhan-pulikhumri-power": "Surkhan-Pul-i-Khumri power",
         "panj-bridge-road": "Panj bridge (Tajikistan)", "casa-1000": "CASA-1000 power",
         "five-nations-rail": "Five Nations railway"}


def phase_of(milestone: str) -> str | None:
    """The phase a milestone shows a project had reached, or None (a length, a suspension)."""
    return MILESTONE_PHASE.get(milestone)


def status_by_rule(rows: pd.DataFrame, year: int) -> str:
    """The highest phase reached by 31 December of ``year`` in one project's dated rows (the
    rule behind the table's status columns, before its two documented overrides).

    >>> rows = pd.DataFrame({"milestone": ["proposed", "roadmap_signed", "length_reported"],
    ...                      "date": ["2018-12", "2021-02-02", "2021-12-19"]})
    >>> status_by_rule(rows, 2018), status_by_rule(rows, 2021)
    ('proposed', 'agreed')
    """
    reached = [PHASES.index(p) for m, d in zip(rows["milestone"], rows["date"])
               if int(str(d)[:4]) <= year and (p := phase_of(m))]
    return PHASES[max(reached)] if reached else "no_milestone_in_table"


def base_phase(status: str) -> str:
    """'in_operation_under_repair' -> 'in_operation'."""
    return status.removesuffix("_under_repair")


def projects(table: pd.DataFrame) -> pd.DataFrame:
    """One row per project, in the table's order, with its three statuses and a short name."""
    first = table.drop_duplicates("project_id").reset_index(drop=True)
    cols = ["project_id", "name", "kind", "countries", *CUTOFFS.values()]
    return first[cols].assign(short=first["project_id"].map(SHORT))


def operating(table: pd.DataFrame, column: str) -> list[str]:
    """Projects fully or partly in operation by a status column's cut-off."""
    rows = projects(table)
    return rows.loc[rows[column].map(base_phase).isin(OPERATING), "project_id"].tolist()


def milestone_order(table: pd.DataFrame, project_id: str) -> list[str]:
    """One project's milestones in date order (the earliest date any source gives each)."""
    rows = table[table["project_id"] == project_id]
    firsts = rows.groupby("milestone")["date"].min().sort_values(kind="stable")
    return firsts.index.tolist()


def _date(text: str) -> pd.Timestamp:
    """'2018', '2018-12' or '2018-12-05' as the first day it can mean."""
    return pd.Timestamp(str(text) + {4: "-01-01", 7: "-01"}.get(len(str(text)), ""))


NAMED = ["hairatan-mazar-rail", "lapis-lazuli-corridor", "tapi-pipeline", "casa-1000",
         "khaf-herat-rail", "trans-afghan-rail"]  # the projects the paper's time talked about


def timeline_rows(table: pd.DataFrame, ids: list[str] = NAMED) -> pd.DataFrame:
    """Each milestone of the chosen projects once: the most precise date our sources give it,
    the earliest if several are as precise (lengths left out: a figure, not an event).

    >>> rows = pd.DataFrame({"project_id": ["p"] * 3, "milestone": ["roadmap_signed"] * 3,
    ...                      "date": ["2020", "2021-02", "2021-02-02"]})
    >>> timeline_rows(rows, ["p"])["date"].tolist()
    ['2021-02-02']
    """
    rows = table[table["project_id"].isin(ids) & (table["milestone"] != "length_reported")]
    rows = rows.assign(_precision=-rows["date"].str.len()).sort_values(["_precision", "date"], kind="stable")
    return rows.drop_duplicates(["project_id", "milestone"]).drop(columns="_precision").sort_values(
        "date", kind="stable")


def timeline_chart(table: pd.DataFrame, ids: list[str] = NAMED, height: int = 460) -> go.Figure:
    """The chosen projects' milestones over time, one row each, marked by the phase they show."""
    order = [SHORT[i] for i in ids][::-1]
    rows = timeline_rows(table, ids)
    rows = rows.assign(short=rows["project_id"].map(SHORT), when=rows["date"].map(_date),
                       phase=rows["milestone"].map(phase_of).fillna("other"))
    traces = []
    for phase in (*PHASES, "other"):
        part = rows[rows["phase"] == phase]
        colour, symbol = STYLE.get(phase, (charts.role("frame"), "line-ns-open"))
        traces.append(go.Scatter(
            x=part["when"], y=part["short"], mode="markers", name=LABELS.get(phase, "Other (pause, talks)"),
            marker=dict(color=colour, symbol=symbol, size=13, line=dict(width=2, color=colour)),
            customdata=part[["milestone", "date", "source_id"]].values,
            hovertemplate="%{y}: %{customdata[0]} (%{customdata[1]})<br>%{customdata[2]}<extra></extra>"))
    fig = go.Figure(traces)
    for day, label, side in (("2018-12-31", "Paper ", "right"), ("2021-08-15", " Taliban in Kabul", "left")):
        fig.add_shape(type="line", x0=day, x1=day, y0=0, y1=1, yref="paper",
                      line=dict(color=charts.role("wrong"), dash="dot", width=2))
        fig.add_annotation(x=day, y=1.0, yref="paper", text=label, showarrow=False, xanchor=side,
                           yanchor="bottom", font=dict(size=14, color=charts.role("wrong")))
    fig.update_layout(height=height, margin=dict(l=190, t=70, b=50, r=190),
                      title="Years pass between signing and running",
                      legend=dict(x=1.02, y=1, xanchor="left", yanchor="top", font_size=14),
                      yaxis=dict(categoryorder="array", categoryarray=order, tickfont_size=14),
                      xaxis=dict(tickformat="%Y", dtick="M36", range=["2008-06-01", "2026-03-01"]))
    return fig


def _positions(rows: pd.DataFrame, capitals: pd.DataFrame, radius: float = 0.75) -> tuple[list, list]:
    """A ring of markers around each province's capital, so projects placed together stay apart."""
    xs, ys, seen = [], [], {}
    counts = rows["place"].value_counts()
    for place in rows["place"]:
        i, n = seen.get(place, 0), counts[place]
        seen[place] = i + 1
        lat, lon = capitals.loc[place, ["capital_lat", "capital_lon"]]
        angle = math.pi / 2 + 2 * math.pi * i / n
        r = 0 if n == 1 else radius * (1.25 if n > 4 else 1)
        xs.append(round(lon + r * math.cos(angle) * 1.2, 3))
        ys.append(round(lat + r * math.sin(angle), 3))
    return xs, ys


def _key(rows: pd.DataFrame, column: str, part: slice) -> str:
    """One column of the key: glyph (colour and shape of the phase), number and short name."""
    lines = [f"<span style='color:{STYLE[base_phase(v)][0]}'>{GLYPH[base_phase(v)]}</span> {n}. {s}"
             for n, s, v in list(zip(range(1, len(rows) + 1), rows["short"], rows[column]))[part]]
    return "<br>".join(lines)


KEY_LEGEND = " ".join(f"<span style='color:{STYLE[p][0]}'>{GLYPH[p]}</span> {LABELS[p].lower()}"
                      for p in ("in_operation", "partly_in_operation", "under_construction")) + "<br>" + \
    " ".join(f"<span style='color:{STYLE[p][0]}'>{GLYPH[p]}</span> {LABELS[p].lower()}"
             for p in ("financed", "agreed", "proposed", "no_milestone_in_table"))


def _view(rows: pd.DataFrame, column: str, label: str) -> tuple[dict, dict]:
    phases = rows[column].map(base_phase)
    count = phases.isin(OPERATING).sum()
    title = f"{label}: {count} of {len(rows)} projects in operation, fully or partly"
    colours = [STYLE[p][0] for p in phases]
    data = {"marker.color": [colours], "marker.line.color": [colours],
            "marker.symbol": [[STYLE[p][1] for p in phases]],
            "customdata": [[[n, LABELS[p].lower()] for n, p in zip(rows["name"], phases)]]}
    half = (len(rows) + 1) // 2
    return data, {"title.text": title, "annotations[0].text": _key(rows, column, slice(0, half)),
                  "annotations[1].text": _key(rows, column, slice(half, None))}


def status_map(table: pd.DataFrame, provinces: pd.DataFrame, start: str = "End of 2018",
               height: int = 460) -> go.Figure:
    """The projects as numbered markers on an offline map, coloured and shaped by phase, with
    a key in two columns and a menu for the status at the end of 2018, the end of 2021 and the
    latest year. Markers sit around a province's capital (see PLACE), not on the routes."""
    rows = projects(table).assign(place=lambda t: t["project_id"].map(PLACE))
    xs, ys = _positions(rows, provinces.set_index("province"))
    fills = {c: charts.role("land") if c == "AFG" else charts.NEUTRAL for c in geo.outlines()}
    fig = geo.base_map(fills=fills, height=height, line_colour=charts.role("frame"))
    fig.data = [d for d in fig.data if d.meta not in OUT_OF_VIEW]  # less to redraw on each choice
    for x, y, text in ((0.47, 0.86, ""), (0.74, 0.86, ""), (0.47, 1.0, KEY_LEGEND)):
        fig.add_annotation(text=text, x=x, y=y, xref="paper", yref="paper", xanchor="left", yanchor="top",
                           showarrow=False, align="left", font=dict(size=14))
    fig.add_trace(go.Scatter(
        x=xs, y=ys, mode="markers+text", text=[str(n) for n in range(1, len(rows) + 1)], meta="projects",
        textposition=["top center" if p == "panj-bridge-road" else "middle right"
                      for p in rows["project_id"]],
        textfont=dict(size=14, color=charts.role("label"), shadow=geo.HALO),
        marker=dict(size=13, line=dict(width=2)), showlegend=False, cliponaxis=False,
        hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>"))
    index = len(fig.data) - 1
    buttons = [dict(label=label, method="update", args=[*_view(rows, column, label), [index]])
               for label, column in CUTOFFS.items()]
    active = list(CUTOFFS).index(start)
    fig.plotly_update(*buttons[active]["args"][:2], traces=[index])
    fig.update_layout(
        updatemenus=[dict(direction="down", buttons=buttons, active=active, showactive=True,
                          x=1.0, xanchor="right", y=1.04, yanchor="bottom", pad=dict(t=0), font_size=14)],
        margin=dict(l=10, r=10, t=60, b=20), title=dict(font_size=17), showlegend=False,
        xaxis=dict(range=[60.2, 71.8], domain=[0, 0.45]), yaxis_range=[29.2, 39.4])
    return fig


def share(part: float, whole: float, digits: int = 1) -> float:
    """``part`` as a percentage of ``whole``, rounded.

    >>> share(27, 266)
    10.2
    """
    if not whole:
        raise ValueError("A share needs a non-zero whole.")
    return round(100 * part / whole, digits)


SERIES = [  # (partner, reporter, months, name)
    ("UZB", "UZB", 12, "Uzbekistan-Afghanistan, Uzbek officials (full year)"),
    ("UZB", "UZB", 6, "Uzbekistan-Afghanistan, Uzbek figures (January-June only)"),
    ("UZB", "AFG", 12, "Uzbekistan-Afghanistan, Afghan ministry (full year)"),
    ("KAZ", "KAZ", 12, "Kazakhstan-Afghanistan, Kazakh officials (full year)")]


def trade_chart(trade: pd.DataFrame, height: int = 460) -> go.Figure:
    """Turnover as each side states it: points only, no line through years nobody reported."""
    turnover = trade[trade["flow"] == "turnover"]
    symbols = ["circle", "circle-open", "diamond", "square"]
    fig = go.Figure()
    for (partner, reporter, months, name), symbol, colour in zip(SERIES, symbols, _C):
        part = turnover[(turnover["partner_iso3"] == partner) & (turnover["reporter_iso3"] == reporter)
                        & (turnover["months"] == months)]
        x = part["year"] + (0.25 if months == 6 else 0)
        fig.add_trace(go.Scatter(
            x=x, y=part["value_musd"], mode="markers", name=name,
            marker=dict(symbol=symbol, size=14, color=colour, line=dict(width=2.5, color=colour)),
            customdata=part[["reported_by", "source_id", "approx"]].values,
            hovertemplate="%{y:,.1f} million US$ (approx: %{customdata[2]})<br>%{customdata[0]}"
                          "<br>%{customdata[1]}<extra></extra>"))
    fig.update_layout(height=height, title="Who counts? Uzbek and Afghan figures for the same trade",
                      yaxis=dict(title_text="Trade turnover (million US$)", tickformat=",",
                                 rangemode="tozero"),
                      xaxis=dict(range=[2016.5, 2025.8]), margin=dict(t=70, b=150),
                      legend=dict(orientation="v", y=-0.12, x=0, yanchor="top", font_size=14))
    charts.whole_years(fig)
    return fig


def deciding_rows(table: pd.DataFrame, ids: list[str] | None = None) -> pd.DataFrame:
    """For each project and cut-off, the earliest row showing the phase reached (the row a
    status rests on); where an override leaves no such row, the latest row before the cut-off."""
    picked = []
    for pid, rows in table.groupby("project_id", sort=False):
        if ids is not None and pid not in ids:
            continue
        for column in CUTOFFS.values():
            year, phase = int(column[-4:]), base_phase(rows[column].iloc[0])
            before = rows[rows["date"].str[:4].astype(int) <= year].sort_values("date", kind="stable")
            match = before[before["milestone"].map(phase_of) == phase]
            picked.append(match.head(1) if len(match) else before.tail(1))
    return pd.concat(picked).drop_duplicates()
