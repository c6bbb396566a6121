"""Notebook 10: the fall of the provincial capitals day by day (a plotly slider), the claims
status board, the evidence behind each verdict, and the 2018 numbers seen with hindsight.

>>> fig = capitals_player(data.load("aug2021_capitals"))
>>> fig.layout.sliders[0].steps[-1].label
'15'
>>> northern_before_kabul(fall_dates(data.load("aug2021_capitals")))
4
"""

from __future__ import annotations

import re

import pandas as pd
import plotly.graph_objects as go

from helpers import charts, data, geo
from helpers.states import State

NAMED_IN_PAPER = ["Kunduz", "Badakhshan", "Faryab", "Balkh"]
# aug2021_capitals spells one province as the news reports did; the map spells it otherwise.
MAP_NAMES = {"Paktia": "Paktiya"}
DAYS = [f"2021-08-{d:02d}" for d in range(5, 16)]
# The four capitals sit close together: their labels go to different sides.
LABEL_SIDES = {"Kunduz": "bottom center", "Badakhshan": "middle right", "Faryab": "bottom left",
               "Balkh": "top left"}
FALLEN = charts.CATEGORY_COLOURS[5]  # every source we hold says the capital has fallen
DISPUTED = charts.CATEGORY_COLOURS[1]  # fallen by the earliest source's date, not yet by another's
VERDICTS = {"borne_out": ("Borne out", charts.role("right")),
            "partly": ("Partly", charts.CATEGORY_COLOURS[1]),
            "not": ("Not borne out", charts.role("wrong")),
            "unresolved": ("Unresolved or moot", charts.role("band"))}


def fall_dates(capitals: pd.DataFrame) -> pd.DataFrame:
    """Earliest and latest day each capital fell, over the sources; month-only rows are left out.

    >>> dates = fall_dates(data.load("aug2021_capitals")).set_index("province")
    >>> dates.loc["Badakhshan", ["earliest", "latest"]].tolist(), int(dates.loc["Badakhshan", "sources"])
    (['2021-08-10', '2021-08-11'], 2)
    >>> "Bamyan" in dates.index  # known only to the month
    False
    """
    dated = capitals[capitals["date_fallen"].str.len() == 10].copy()
    dated["province"] = dated["province"].replace(MAP_NAMES)
    table = dated.groupby(["province", "capital"], as_index=False).agg(
        earliest=("date_fallen", "min"), latest=("date_fallen", "max"),
        sources=("source_id", "nunique"))
    return table.sort_values(["earliest", "province"]).reset_index(drop=True)


def fallen_by(dates: pd.DataFrame, day: str) -> tuple[list[str], list[str]]:
    """Provinces whose capital had fallen by ``day``: (by every source, by the earliest only)."""
    firm = dates[dates["latest"] <= day]["province"].tolist()
    some = dates[(dates["earliest"] <= day) & (dates["latest"] > day)]["province"].tolist()
    return firm, some


def northern_before_kabul(dates: pd.DataFrame) -> int:
    """How many of the paper's four provinces lost their capital before Kabul fell (every source)."""
    kabul = dates.set_index("province").loc["Kabul", "earliest"]
    four = dates[dates["province"].isin(NAMED_IN_PAPER)]
    return int((four["latest"] < kabul).sum())


def _day_label(day: str) -> str:
    return f"{int(day[-2:])} Aug"


def capitals_state(dates: pd.DataFrame, day: str) -> State:
    """One day of the player: fallen capitals' provinces filled, the count in the title."""
    code = geo.province_codes()
    firm, some = fallen_by(dates, day)
    four = sum(p in firm + some for p in NAMED_IN_PAPER)
    today = dates[dates["earliest"] == day]["capital"].tolist()
    quiet = "none fallen yet" if day == DAYS[0] else "no new fall reported"
    news = f"fell today (first report): {', '.join(today)}" if today else quiet
    extra = f" (+{len(some)} by one source)" if some else ""
    return State(label=str(int(day[-2:])),
                 title=f"{_day_label(day)} 2021: {len(firm)}{extra} of 34 provincial capitals fallen"
                       f"<br><span style='font-size:14px'>The paper's four provinces: {four} of 4"
                       f" · {news}</span>",
                 fills={**{code[p]: FALLEN for p in firm}, **{code[p]: DISPUTED for p in some}})


def _hover(dates: pd.DataFrame) -> dict[str, dict]:
    styles = {}
    for row in dates.itertuples():
        when = (_day_label(row.earliest) if row.earliest == row.latest
                else f"{_day_label(row.earliest)} or {_day_label(row.latest)} (sources differ)")
        styles[row.province] = dict(text=f"{row.province}: {row.capital} fell {when}")
    for province in NAMED_IN_PAPER:
        styles.setdefault(province, {})["line"] = dict(width=3.2, color=charts.role("outline"))
    return styles


def _legend_entries() -> list[dict]:
    entries = [("Capital fallen (all our sources)", FALLEN), ("Fallen by one source's date", DISPUTED),
               ("Not yet fallen, or no date in our sources", geo.PALE)]
    boxes = [dict(type="scatter", x=[None], y=[None], mode="markers", name=name, hoverinfo="skip",
                  marker=dict(symbol="square", size=15, color=colour,
                              line=dict(color=charts.role("boundary"), width=1)))
             for name, colour in entries]
    outline = dict(type="scatter", x=[None], y=[None], mode="lines", hoverinfo="skip",
                   name="Thick outline: the paper's four provinces",
                   line=dict(color=charts.role("outline"), width=3.2))
    return boxes + [outline]


def _add_day_slider(fig: go.Figure, states: list[State], dates: pd.DataFrame) -> None:
    """A slider over the days that restyles only the fills of provinces with a date (fast)."""
    code = geo.province_codes()
    wanted = {code[p] for p in dates["province"]}
    indices = [i for i, t in enumerate(fig.data) if t.meta in wanted and t.fill == "toself"]
    codes = [fig.data[i].meta for i in indices]

    def args(state: State) -> list:
        return [{"fillcolor": [state.fills.get(c, geo.PALE) for c in codes]},
                {"title.text": state.title}, indices]

    fig.plotly_restyle(args(states[0])[0], indices)
    fig.update_layout(title_text=states[0].title)
    fig.update_layout(sliders=[dict(
        active=0, x=0.66, len=0.33, y=0.3, yanchor="top", pad=dict(t=40, b=0),
        transition=dict(duration=0),
        currentvalue=dict(visible=True, prefix="Day in August 2021: ", font=dict(size=15)),
        steps=[dict(label=s.label, method="update", args=args(s)) for s in states])])


def capitals_player(capitals: pd.DataFrame, height: int = 460) -> go.Figure:
    """Afghanistan's provinces, 5-15 Aug 2021: a slider steps through the days (no kernel needed).

    The slider's steps are the days of August ('5' to '15').

    The paper's four provinces have a thick outline and a label at their capital.
    """
    dates = fall_dates(capitals)
    places = data.load("provinces").set_index("province").loc[NAMED_IN_PAPER]
    labels = dict(type="scatter", x=places["capital_lon"], y=places["capital_lat"], mode="text",
                  text=[f"<b>{p}</b>" for p in NAMED_IN_PAPER],
                  textposition=[LABEL_SIDES[p] for p in NAMED_IN_PAPER],
                  textfont=dict(size=14, color=charts.role("label"), shadow=geo.HALO),
                  hoverinfo="skip", showlegend=False, name="the paper's four")
    fig = geo.province_map(height=height, styles=_hover(dates), extra=[labels] + _legend_entries())
    _add_day_slider(fig, [capitals_state(dates, day) for day in DAYS], dates)
    fig.update_layout(margin=dict(t=75, b=55, l=10, r=10), xaxis_domain=[0, 0.63],
                      legend=dict(x=0.66, y=0.95, xanchor="left", yanchor="top",
                                  bgcolor="white", bordercolor=charts.role("frame"), borderwidth=1,
                                  font=dict(size=14)))
    return fig


# ------------------------------------------------------------------ the paper scored

def claim_verdicts(verdicts: pd.DataFrame, claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim scored: claim_id, its theme (from claims.csv), verdict, expectation.

    >>> table = claim_verdicts(data.load("paper_verdicts"), data.load("claims"))
    >>> table.set_index("claim_id").loc[65, "suggested_verdict"]
    'not'
    """
    rows = verdicts.assign(claim_id=verdicts["claim_ids"].str.split(";")).explode("claim_id")
    rows["claim_id"] = rows["claim_id"].astype(int)
    themes = claims.set_index("claim_id")["theme"]
    rows["claim_theme"] = rows["claim_id"].map(themes)
    return rows[["claim_id", "claim_theme", "suggested_verdict", "expectation_id"]].reset_index(drop=True)


def evidence_rows(verdicts: pd.DataFrame) -> pd.DataFrame:
    """Each evidence id of each expectation, split into table and row id."""
    rows = verdicts.assign(evidence=verdicts["evidence_ids"].str.split(";")).explode("evidence")
    rows[["table", "row_id"]] = rows["evidence"].str.split(":", n=1, expand=True)
    return rows[["expectation_id", "table", "row_id"]].reset_index(drop=True)


def evidence_for(expectation: str, verdicts: pd.DataFrame) -> pd.DataFrame:
    """The rows of our tables that an expectation's verdict rests on (table, id, source, what).

    >>> evidence_for("P10", data.load("paper_verdicts"))["row_id"].tolist()[:2]
    ['a09', 'a10']
    """
    wanted = evidence_rows(verdicts).query("expectation_id == @expectation")
    if wanted.empty:
        raise ValueError(f"No expectation '{expectation}'. Valid: {', '.join(verdicts['expectation_id'])}.")
    found = []
    for table, row_id in zip(wanted["table"], wanted["row_id"]):
        frame = data.load(table)
        match = frame[frame.iloc[:, 0].astype(str) == row_id].iloc[0]
        what = next((match[c] for c in ("event", "name", "question", "capital") if c in match), "")
        found.append(dict(table=table, row_id=row_id, what=what, source_id=match.get("source_id", "")))
    return pd.DataFrame(found)


def status_board(verdicts: pd.DataFrame, claims: pd.DataFrame, height: int = 440) -> go.Figure:
    """Claims scored, by theme: one stacked bar per theme, coloured by suggested verdict."""
    table = claim_verdicts(verdicts, claims)
    names = data.load("themes").set_index("theme")["name"]
    order = sorted(table["claim_theme"].unique(), key=lambda t: int(t[1:]), reverse=True)
    labels = [f"{t} {names[t]}" for t in order]
    traces = []
    for verdict, (label, colour) in VERDICTS.items():
        part = table[table["suggested_verdict"] == verdict]
        counts = [int((part["claim_theme"] == t).sum()) for t in order]
        which = [", ".join(f"#{r.claim_id} ({r.expectation_id})"
                           for r in part[part["claim_theme"] == t].itertuples()) for t in order]
        traces.append(go.Bar(y=labels, x=counts, orientation="h", name=label, marker_color=colour,
                             customdata=which,
                             hovertemplate="%{y}: %{customdata}<extra>" + label + "</extra>"))
    fig = go.Figure(traces)
    fig.update_layout(barmode="stack", height=height, title=(
        f"The paper scored in 2025: {len(table)} claims in {len(verdicts)} expectations"
        "<br><span style='font-size:14px'>Suggested verdicts "
        "(the series' own coding: argue with them)</span>"),
        xaxis=dict(title="number of claims", dtick=1),
        legend=dict(orientation="h", x=0, y=-0.28, traceorder="normal"),
        margin=dict(l=10, t=90, b=120))
    return fig


# ------------------------------------------------------------------ Central Asia, 2019-2025

# The series' own coding of where each event's violence came from (rule: "IS or Afghanistan" if the
# attackers came from Afghanistan, IS claimed it or the accused were IS members; "between states"
# if two Central Asian states' forces fought; otherwise "inside one state").
ORIGINS = {"Inside one state": (charts.CATEGORY_COLOURS[0], {"kg-oct-2020", "kz-jan-2022", "tj-gbao-2022",
                                                            "uz-karakalpak-2022"}),
           "Between Central Asian states": (charts.CATEGORY_COLOURS[1], {"kg-tj-border-2021",
                                                                        "kg-tj-border-2022"}),
           "IS- or Afghanistan-linked": (charts.CATEGORY_COLOURS[3], {
               "tj-vahdat-prison-2019", "tj-ishkobod-2019", "uz-termez-2022", "tj-rockets-2022",
               "ru-crocus-2024"})}


def event_label(name: str, start) -> str:
    """A short axis label: the event's name without brackets, and its year.

    >>> event_label("Attack on Ishkobod border post (Tajik-Uzbek border)", "2019-11-06")
    'Attack on Ishkobod border post, 2019'
    """
    short = re.sub(r"\s*\(.*?\)", "", name).split(" and ")[0]
    return f"{short}, {str(start)[:4]}"


def crises_chart(events: pd.DataFrame, height: int = 520) -> go.Figure:
    """One dot per source's death toll for each event, coloured by ORIGINS (the series' coding).

    Events with no casualties reported sit at zero as open circles. Tolls of different scope
    (one country's citizens, both sides) stay separate dots: hover for the scope.
    """
    events = events.sort_values("start_date", ascending=False)
    order = list(dict.fromkeys(event_label(n, d) for n, d in zip(events["name"], events["start_date"])))
    traces = []
    for label, (colour, ids) in ORIGINS.items():
        part = events[events["event_id"].isin(ids)]
        known = part["deaths_high"].notna()
        traces.append(go.Scatter(
            x=part["deaths_high"].fillna(0), mode="markers", name=label,
            y=[event_label(n, d) for n, d in zip(part["name"], part["start_date"])],
            marker=dict(size=13, color=[colour if k else "white" for k in known],
                        line=dict(color=colour, width=2)),
            customdata=[f"{s} · {n.split('.')[0][:90]}" for s, n in zip(part["source_id"], part["note"])],
            hovertemplate="%{y}: %{x} dead<br>%{customdata}<extra></extra>"))
    fig = go.Figure(traces)
    fig.update_layout(height=height, title=(
        "Deaths in events linked to Central Asia, 2019-2024: one dot per source's toll"
        "<br><span style='font-size:14px'>Colour: where the violence came from (the series' "
        "coding) · open circle: no casualties reported</span>"),
        xaxis=dict(rangemode="tozero"),
        yaxis=dict(categoryorder="array", categoryarray=order, tickmode="array", tickvals=order),
        legend=dict(orientation="h", x=0, y=-0.12), margin=dict(l=310, t=80, b=100))
    return fig


# ------------------------------------------------------------------ hindsight

def control_share(district: pd.DataFrame) -> pd.DataFrame:
    """Share of districts under government control or influence, every dated assessment we hold.

    >>> share = control_share(data.load("district_control")).set_index("as_of_date")
    >>> float(share.loc["2018-07", "share_percent"])
    55.5
    """
    rows = district.query("category == 'government_control_or_influence'")
    return rows[["as_of_date", "share_percent", "districts", "source_id"]].dropna(
        subset=["share_percent"]).reset_index(drop=True)


def points_per_month(start: tuple[str, float], end: tuple[str, float]) -> float:
    """Average change in percentage points per month between two (YYYY-MM, share) readings.

    >>> round(points_per_month(("2015-11", 72), ("2018-10", 53.8)), 2)
    -0.52
    """
    months = lambda d: int(d[:4]) * 12 + int(d[5:7])  # noqa: E731
    return (end[1] - start[1]) / (months(end[0]) - months(start[0]))
