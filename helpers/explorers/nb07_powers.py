"""Notebook 07: foreign military facilities and memberships by year (a plotly slider), the
CSTO consent rule, and the arms-supplier chart.

>>> spans = facility_spans(data.load("military_facilities"))
>>> sorted(on_map(spans, 2004).query("operator_iso3 == 'USA'").index)
['us-k2', 'us-manas']
>>> sorted(on_map(spans, 2014).query("operator_iso3 == 'USA'").index)
[]
>>> standings(2018)["UZB"]
['CSTO (suspended)', 'SCO']
"""

from __future__ import annotations

import functools
from collections import Counter
from html import escape

import pandas as pd
import plotly.graph_objects as go

from helpers import charts, data, geo

YEARS = list(range(1992, 2026))  # 1992 to the latest year with data, 2025
STATES = ["KAZ", "KGZ", "TJK", "TKM", "UZB", "AFG"]
BODIES = ["CSTO", "SCO", "EAEU", "QCCM"]
# Operator: legend name, CATEGORY_COLOURS index, marker symbol (so colour is never the only key).
OPERATORS = {"RUS": ("Russia", 5, "square"), "USA": ("United States", 0, "circle"),
             "CHN": ("China (funded or reported)", 3, "diamond"), "IND": ("India", 1, "triangle-up"),
             "DEU": ("Germany", 2, "pentagon"), "FRA": ("France", 4, "star")}
# The series' own coding for undated facilities: first year a source places them; one drop-out.
FIRST_YEAR = {"ru-kara-balta": 1997, "ru-mailuu-suu": 1997,  # 1997 agreement on their use
              "ru-4-gtsmp": 1995, "ru-929-gltc": 1995, "ru-emba": 1995,  # 1995-1996 range leases
              "cn-shaymak": 2016,  # "at least three years" in Feb 2019; Oct 2016 agreement
              "cn-vakhon": 2021,  # approved by the Tajik parliament, 27 Oct 2021
              "cn-af-badakhshan": 2017}  # first report, 29 Dec 2017
GONE_FROM = {"cn-af-badakhshan": 2019}  # no report after August 2018; never confirmed
TENTATIVE = {"reported", "approved", "denied", "none"}


def facility_spans(facilities: pd.DataFrame) -> pd.DataFrame:
    """One row per facility: the widest span any source gives (earliest opening, latest closing);
    ``until`` is the first year it is no longer drawn (its closing year), or None if open."""
    rows = []
    for fid, group in facilities.groupby("facility_id", sort=False):
        opened, closed = ([int(str(v)[:4]) for v in group[c].dropna()] for c in ("opened", "closed"))
        first = group.iloc[0]
        basis = next((b for b in group["legal_basis"] if isinstance(b, str) and b), "not stated")
        rows.append(dict(facility_id=fid, name=first["name"], operator_iso3=first["operator_iso3"],
                         host_iso3=first["host_iso3"], lon=first["lon"], lat=first["lat"],
                         since=min(opened) if opened else FIRST_YEAR[fid],
                         until=GONE_FROM.get(fid, max(closed) if closed else None),
                         tentative=bool(TENTATIVE & (set(group["status_2018"]) | set(group["status_2025"]))),
                         legal_basis=basis, sources=", ".join(dict.fromkeys(group["source_id"]))))
    return pd.DataFrame(rows).set_index("facility_id")


def shown_in(spans: pd.DataFrame, year: int) -> list[str]:
    """Facilities drawn for 31 December of ``year``: opened by then and not yet closed."""
    return [fid for fid, since, until in zip(spans.index, spans["since"], spans["until"])
            if since <= year and (pd.isna(until) or until > year)]


def on_map(spans: pd.DataFrame, year: int) -> pd.DataFrame:
    return spans.loc[shown_in(spans, year)]


def counts_by_operator(spans: pd.DataFrame, year: int) -> dict[str, int]:
    """How many facilities each operator has on the map in a year."""
    operators = dict(zip(spans.index, spans["operator_iso3"]))
    return dict(Counter(operators[fid] for fid in shown_in(spans, year)))


def standings(year: int) -> dict[str, list[str]]:
    """Each state's bodies on 31 December of ``year`` (the CSTO row is the 1992 treaty before 2002)."""
    years = tuple(YEARS) if year in YEARS else (year,)
    return {state: list(bodies) for state, bodies in _all_standings(years)[year]}


_year_ends = functools.lru_cache(maxsize=4)(data.memberships_at_year_ends)


@functools.lru_cache(maxsize=4)  # the map and the bars ask for each year many times
def _all_standings(years: tuple) -> dict:
    table = _year_ends(years)
    table = table[table["organisation"].isin(BODIES) & table["state_iso3"].isin(STATES)]
    result = {year: {state: [] for state in STATES} for year in years}
    for row in table.sort_values("organisation", key=lambda s: s.map(BODIES.index)).itertuples():
        if row.standing in ("member", "suspended", "observer"):
            extra = "" if row.standing == "member" else f" ({row.standing})"
            result[row.year][row.state_iso3].append(row.organisation + extra)
    return {year: tuple((s, tuple(b)) for s, b in states.items()) for year, states in result.items()}


def csto_consent_needed(year: int) -> list[str]:
    """Central Asian states that are full CSTO members on 31 December of ``year``: under the
    December 2011 rule, a third country's base there needs every member's consent.
    >>> csto_consent_needed(2018)
    ['KAZ', 'KGZ', 'TJK']
    """
    return [s for s, bodies in standings(year).items() if "CSTO" in bodies and s != "AFG"]


HIDDEN_TICKS = "rgba(0,0,0,0)"  # 34 year labels cannot fit: the title shows the year instead
WINDOW = dict(lon=(50.0, 87.5), lat=(32.5, 52.5))


def _positions(spans: pd.DataFrame) -> pd.DataFrame:
    """Map positions: the sourced coordinates, or a row under the host's name (drawn hollow)."""
    spans = spans.copy()
    spans["located"] = spans["lon"].notna()
    for host, group in spans[~spans["located"]].groupby("host_iso3"):
        x0, y0 = geo.LABEL_AT[host]
        for k, fid in enumerate(group.index):
            spans.loc[fid, ["lon", "lat"]] = (x0 - 1.3 * (len(group) - 1) / 2 + 1.3 * k,
                                              y0 + (1.4 if host == "AFG" else -1.5))
    return spans


def _hover(row) -> str:
    span = f"{row.since}-{row.until - 1}" if pd.notna(row.until) else f"{row.since}-"
    where = "" if row.located else "<br><i>no coordinates in our sources: drawn by the country name</i>"
    basis = escape(row.legal_basis if len(row.legal_basis) < 140 else row.legal_basis[:137] + "...")
    return (f"<b>{escape(row.name[:60])}</b><br>{OPERATORS[row.operator_iso3][0]} in "
            f"{row.host_iso3} · {span}{' · reported or approved only' if row.tentative else ''}"
            f"<br>Basis: {basis}{where}")


def _view(spans: pd.DataFrame, year: int) -> tuple[list, list]:
    """Per facility trace, its opacity (0: hidden) and hover for a year. One scalar per trace is a
    style change, so the slider never recomputes the map (arrays of per-point values would)."""
    shown = set(shown_in(spans, year))
    opacity = [(0.55 if faint else 1.0) if fid in shown else 0 for fid, faint in spans["tentative"].items()]
    return opacity, ["text" if fid in shown else "skip" for fid in spans.index]


def _marker_trace(fid: str, row, opacity: float, hover: str) -> dict:
    name, colour_index, symbol = OPERATORS[row.operator_iso3]
    colour = charts.CATEGORY_COLOURS[colour_index]
    return dict(type="scatter", x=[row.lon], y=[row.lat], mode="markers", meta=fid, opacity=opacity,
                hoverinfo=hover, hovertext=[_hover(row)], showlegend=False,
                marker=dict(size=15, color=colour, symbol=symbol if row.located else f"{symbol}-open",
                            line=dict(width=2, color="white" if row.located else colour)))


def _legend_entries() -> list[dict]:
    entries = [(name, dict(color=charts.CATEGORY_COLOURS[index], symbol=symbol))
               for name, index, symbol in OPERATORS.values()]
    entries += [(name, dict(color=colour, symbol="square", line=dict(color=charts.role("frame"), width=1)))
                for name, colour in FILLS.items()]
    return [dict(type="scatter", x=[None], y=[None], mode="markers", name=name, hoverinfo="skip",
                 marker=dict(size=15, **style)) for name, style in entries]


NO_BASES = {"TKM": 1995, "UZB": 2012}  # national bans on foreign bases (#61): 1995 neutrality; 2012 concept
FILLS = {"CSTO member": charts.role("band"), "Bases excluded by national policy": charts.role("land"),
         "Neither": "white"}


def fill_category(state: str, year: int) -> str:
    """How a state's soil stands towards a third country's base on 31 December of ``year``.

    >>> fill_category("UZB", 2005), fill_category("UZB", 2007), fill_category("UZB", 2018)
    ('Neither', 'CSTO member', 'Bases excluded by national policy')
    """
    if year >= NO_BASES.get(state, 9999):
        return "Bases excluded by national policy"
    return "CSTO member" if "CSTO" in standings(year)[state] else "Neither"


def title_text(spans: pd.DataFrame, year: int) -> str:
    counts = counts_by_operator(spans, year)
    parts = " · ".join(f"{OPERATORS[o][0].split(' (')[0]} {counts[o]}" for o in OPERATORS if counts.get(o))
    return f"Foreign military facilities, 31 Dec {year}: {parts}"


def facility_map(facilities: pd.DataFrame, start: int = 2018, height: int = 560) -> go.Figure:
    """Foreign facilities and the states' standing towards foreign bases, with a 1992-2025 slider
    (no kernel needed). Each step changes only styles and the title, so plotly redraws little."""
    spans = _positions(facility_spans(facilities))
    fig = geo.base_map(fills={c: charts.role("neighbour") for c in geo.outlines()},
                       height=height, line_colour=charts.role("frame"))
    geo.add_country_names(fig)
    countries = {trace.meta: i for i, trace in enumerate(fig.data) if trace.meta in STATES}
    first_marker = len(fig.data)
    opacity, hover = _view(spans, start)
    markers = [_marker_trace(fid, row, o, h) for (fid, row), o, h in zip(spans.iterrows(), opacity, hover)]
    fig.add_traces(markers + _legend_entries())
    indices = list(countries.values()) + list(range(first_marker, first_marker + len(spans)))

    def restyle(year: int) -> dict:
        opacity, hover = _view(spans, year)
        fills = [FILLS[fill_category(state, year)] for state in countries]
        return {"fillcolor": fills + ["white"] * len(spans), "opacity": [1] * len(countries) + opacity,
                "hoverinfo": ["text"] * len(countries) + hover}

    fig.plotly_restyle(restyle(start), indices)
    steps = [dict(label=str(y), method="update", args=[restyle(y), {"title.text": title_text(spans, y)},
                                                       indices]) for y in YEARS]
    fig.add_annotation(text="Hollow: no coordinates in our sources.<br>Faint: reported or approved only.",
                       xref="paper", yref="paper", x=0.64, y=0.0, xanchor="left", yanchor="bottom",
                       align="left", showarrow=False, font=dict(size=14))
    for x, anchor, text in ((0, "left", f"◀ {YEARS[0]}"), (0.62, "right", f"{YEARS[-1]} ▶")):
        fig.add_annotation(text=text, xref="paper", yref="paper", x=x, y=-0.13, xanchor=anchor,
                           yanchor="top", showarrow=False, font=dict(size=14))
    fig.update_layout(
        title=title_text(spans, start), margin=dict(l=10, r=10, t=50, b=110),
        xaxis=dict(range=list(WINDOW["lon"]), domain=[0, 0.62]), yaxis_range=list(WINDOW["lat"]),
        legend=dict(x=0.64, y=1.0, xanchor="left", yanchor="top", font=dict(size=14),
                    bgcolor="white", bordercolor=charts.role("frame"), borderwidth=1),
        sliders=[dict(active=YEARS.index(start), steps=steps, x=0.0, len=0.62, y=-0.02, yanchor="top",
                      currentvalue=dict(visible=False),
                      transition=dict(duration=0), pad=dict(t=0), font=dict(size=14, color=HIDDEN_TICKS))])
    return fig


def membership_periods(years=YEARS) -> pd.DataFrame:
    """Runs of years with the same standing, per state and body (31 December of each year)."""
    rows = []
    for year in years:
        for state, bodies in standings(year).items():
            for body in bodies:
                name, _, standing = body.partition(" (")
                rows.append((state, name, standing.rstrip(")") or "member", year))
    table = pd.DataFrame(rows, columns=["state_iso3", "body", "standing", "year"])
    table = table.sort_values(["state_iso3", "body", "year"])
    keys = table[["state_iso3", "body", "standing"]]
    table["run"] = ((keys != keys.shift()).any(axis=1) | (table["year"].diff() != 1)).cumsum()
    runs = table.groupby("run").agg(state_iso3=("state_iso3", "first"), body=("body", "first"),
                                    standing=("standing", "first"), first=("year", "min"),
                                    last=("year", "max"))
    return runs.reset_index(drop=True)


def membership_chart(height: int = 480) -> go.Figure:
    """Bars of memberships by state and body, 1992-2025: overlap, and Uzbekistan in and out."""
    periods = membership_periods()
    names = data.lookup("states", "iso3", "name")
    periods["row"] = [f"{names[s]} · {b}" for s, b in zip(periods["state_iso3"], periods["body"])]
    rank = [(STATES.index(s), BODIES.index(b)) for s, b in zip(periods["state_iso3"], periods["body"])]
    order = list(dict.fromkeys(periods.assign(rank=rank).sort_values("rank")["row"]))
    fig = go.Figure()
    for standing, colour_index in (("member", 0), ("suspended", 5), ("observer", 4)):
        rows = periods[periods["standing"] == standing]
        fig.add_trace(go.Bar(y=rows["row"], x=rows["last"] - rows["first"] + 1, base=rows["first"] - 0.5,
                             orientation="h", name=standing.capitalize(),
                             marker_color=charts.CATEGORY_COLOURS[colour_index],
                             customdata=rows[["first", "last"]], hovertemplate="%{y}: %{customdata[0]}-"
                             "%{customdata[1]}<extra>" + standing + "</extra>"))
    fig.update_layout(title="Memberships on 31 December, 1992-2025 (CST before 2002)", barmode="overlay",
                      height=height, yaxis=dict(categoryorder="array", categoryarray=order[::-1]),
                      xaxis=dict(range=[1991.5, 2025.5]), margin=dict(l=190, t=80, b=60),
                      legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom"), yaxis_tickfont_size=14)
    charts.whole_years(fig)
    fig.update_xaxes(dtick=4)
    return fig


def membership_sources() -> list[str]:
    """The membership events behind the standings of any year (and so behind the bars)."""
    table = _year_ends(tuple(YEARS))
    keep = table["organisation"].isin(BODIES) & table["state_iso3"].isin(STATES)
    return list(dict.fromkeys(table.loc[keep, "source_id"]))


def map_sources(facilities: pd.DataFrame) -> list[str]:
    """The rows the map rests on: each facility's earliest opening and latest closing; memberships."""
    found = {}  # facility: first row's source; (year, source) of earliest opening and latest closing
    for row in facilities.itertuples():
        entry = found.setdefault(row.facility_id, {"first": row.source_id})
        for column, sign in (("opened", 1), ("closed", -1)):
            value = getattr(row, column)
            if isinstance(value, str) and sign * int(value[:4]) < sign * entry.get(column, (sign * 1e9,))[0]:
                entry[column] = (int(value[:4]), row.source_id)
    ids = []
    for entry in found.values():  # undated facilities: their first row
        ids += [entry[c][1] for c in ("opened", "closed") if c in entry]
        ids += [] if "opened" in entry else [entry["first"]]
    return list(dict.fromkeys(ids + membership_sources() + ["unga-1995-12-12-tm", "rferl-2012-08-uzb"]))


def arms_chart(arms: pd.DataFrame) -> go.Figure:
    """Stated shares of arms imports (per cent only; TIV rows stay in the table)."""
    shares = arms[arms["measure"] == "share_pct"].copy()
    names = {**data.lookup("states", "iso3", "name"), "Central Asia": "Central Asia"}
    shares["label"] = [f"{names[r]}, {p}" for r, p in zip(shares["recipient"], shares["period"])]
    order = list(dict.fromkeys(shares.sort_values("period")["label"]))
    fig = go.Figure()
    for supplier, colour_index in (("RUS", 5), ("CHN", 3)):
        rows = shares[shares["supplier_iso3"] == supplier]
        fig.add_trace(go.Bar(y=rows["label"], x=rows["value"], orientation="h", cliponaxis=False,
                             name=rows["supplier_name"].iloc[0], text=[f"{v:g}%" for v in rows["value"]],
                             marker_color=charts.CATEGORY_COLOURS[colour_index], textposition="outside",
                             textfont_size=15))
    fig.update_layout(title="Russia's and China's stated shares of arms imports", barmode="group", height=330,
                      xaxis=dict(title="Share of the recipient's arms imports (%), as stated",
                                 range=[0, 100]),
                      yaxis=dict(categoryorder="array", categoryarray=order[::-1], title=None),
                      legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"), margin=dict(l=230, t=100))
    return fig
