"""Notebook 04: the events timeline (a plotly menu), the shares chart and the coding explorer.

>>> table = event_table(data.load("ca_violence_events"))
>>> len(table), int(table["named"].sum())
(22, 8)
>>> share_local(table, table["series_code"].to_dict())
40.9
"""

from __future__ import annotations

import math
from html import escape

import ipywidgets as w
import pandas as pd
import plotly.graph_objects as go

from helpers import charts, data
from helpers.widgets import Panel

CODES = ["local", "mixed", "external"]
SERIES_CODE = {"no": "local", "partly": "mixed", "yes": "external"}  # the cross_border column
CODE_STYLE = {"local": (0, "circle"), "mixed": (1, "diamond"), "external": (3, "square")}
PART_OF_EVENT = "scope: part of the event"  # rows whose toll covers only part of an event
LABELS = {"tj-civil-war": "Civil war", "uz-andijan-2005": "Andijan", "kg-tulip-2005": "Tulip",
          "kg-april-2010": "April 2010", "kg-osh-2010": "Osh", "kz-zhanaozen-2011": "Zhanaozen",
          "tj-rasht-2010": "Rasht", "tj-khorog-2012": "Khorog"}
LABEL_SIDE = {"kg-osh-2010": "middle right", "kz-zhanaozen-2011": "middle right",
              "tj-khorog-2012": "bottom center", "tj-rasht-2010": "bottom center"}


def event_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event: dates, country, whether the paper names it, the series' code, deaths.

    ``deaths`` is the lowest ``deaths_low`` any source gives for the whole event (the one row
    that covers only part of an event, Shetpe, is left out); an event with no toll counts 0.
    """
    whole = events[~events["note"].fillna("").str.startswith(PART_OF_EVENT)]
    deaths = whole.groupby("event_id", sort=False)["deaths_low"].min()
    lowest = whole.dropna(subset=["deaths_low"]).sort_values("deaths_low", kind="stable")
    toll_source = lowest.drop_duplicates("event_id").set_index("event_id")["source_id"]
    first = events.drop_duplicates("event_id").set_index("event_id")
    table = pd.DataFrame({
        "name": first["name"], "country_iso3": first["country_iso3"],
        "start": pd.to_datetime(first["start_date"], format="mixed"),
        "end": pd.to_datetime(first["end_date"], format="mixed"),
        "named": first["named_in_paper"] == "yes",
        "series_code": first["cross_border"].map(SERIES_CODE),
        "deaths": deaths.reindex(first.index).fillna(0).astype(int),
        "toll_found": deaths.reindex(first.index).notna(),
        "toll_source": toll_source.reindex(first.index).fillna(first["source_id"])})
    table["year"] = table["start"].dt.year
    return table


def share_local(table: pd.DataFrame, codes: dict, by: str = "events", named_only: bool = False):
    """The percentage of events (or of deaths) coded 'local' (``codes``: event_id -> code);
    None if no event is selected."""
    if by not in ("events", "deaths"):
        raise ValueError(f"by must be 'events' or 'deaths', not {by!r}.")
    rows = table[table["named"]] if named_only else table
    weights = [1 if by == "events" else d for d in rows["deaths"]]
    local = [codes.get(e) == "local" for e in rows.index]
    total = sum(weights)
    if total == 0:
        return None
    return round(100 * sum(wt for wt, is_local in zip(weights, local) if is_local) / total, 1)


def four_shares(table: pd.DataFrame, codes: dict) -> dict[str, float | None]:
    """Share local for the paper's eight and the full list, by events and by deaths."""
    return {f"{who}, {by}": share_local(table, codes, by, named_only=(who == "Paper's eight"))
            for who in ("Paper's eight", "Full list") for by in ("events", "deaths")}


def period_counts(table: pd.DataFrame) -> pd.DataFrame:
    """Events per period and series' code: what the list can say about a 'growing' trend."""
    periods = pd.cut(table["year"], [1991, 1999, 2007, 2018], labels=["1992-1999", "2000-2007", "2008-2018"])
    counts = pd.crosstab(periods, table["series_code"]).reindex(columns=CODES, fill_value=0)
    counts.index.name, counts.columns.name = "period", "series' code"
    return counts


# ------------------------------------------------------------------------- charts


def marker_size(deaths: int) -> float:
    """Marker size on a log scale: every tenfold rise in deaths adds the same size.

    >>> marker_size(0), marker_size(9), marker_size(99)
    (9.0, 14.0, 19.0)
    """
    return round(9 + 5 * math.log10(1 + deaths), 1)


def _colour(code: str) -> str:
    return charts.CATEGORY_COLOURS[CODE_STYLE[code][0]]


def _country_names() -> dict[str, str]:
    return data.lookup("states", "iso3", "name")


def _hover(row) -> str:
    toll = f"{row.deaths:,} deaths (lowest toll)" if row.toll_found else "no toll found"
    paper = "named in the paper" if row.named else "not in the paper"
    return f"<b>{escape(row.name)}</b><br>{row.start:%b %Y} · {toll}<br>coded {row.series_code} · {paper}"


def _points(rows, names: dict, named: bool) -> go.Scatter:
    """One trace for a group of events: colour and symbol per point follow the series' code."""
    outline = dict(width=3, color=charts.role("outline")) if named else dict(width=1, color="white")
    return go.Scatter(
        x=rows["start"], y=[names[c] for c in rows["country_iso3"]],
        mode="markers+text" if named else "markers",
        marker=dict(size=[marker_size(d) for d in rows["deaths"]], line=outline,
                    color=[charts.CATEGORY_COLOURS[CODE_STYLE[c][0]] for c in rows["series_code"]],
                    symbol=[CODE_STYLE[c][1] for c in rows["series_code"]]),
        text=[LABELS.get(e, "") for e in rows.index], cliponaxis=False, textfont_size=14,
        textposition=[LABEL_SIDE.get(e, "top center") for e in rows.index],
        hovertext=[_hover(r) for r in rows.itertuples()], hoverinfo="text", showlegend=False)


def _spans(table, names: dict) -> list[tuple[bool, go.Scatter]]:
    """A line from start to end for events that lasted more than two months."""
    long = table[table["end"].notna() & ((table["end"] - table["start"]).dt.days > 60)]
    return [(row.named, go.Scatter(x=[row.start, row.end], y=[names[row.country_iso3]] * 2, mode="lines",
                                   line=dict(color=_colour(row.series_code), width=4),
                                   hoverinfo="skip", showlegend=False)) for row in long.itertuples()]


def timeline_chart(table: pd.DataFrame) -> go.Figure:
    """Events by year and country; a menu shows the paper's eight or the full list."""
    names, fig = _country_names(), go.Figure()
    layers = _spans(table, names) + [(named, _points(table[table["named"] == named], names, named))
                                     for named in (False, True)]
    for _, trace in layers:
        fig.add_trace(trace)
    for code in CODES:  # the legend: one entry per code, and one for the ring
        colour, symbol = charts.CATEGORY_COLOURS[CODE_STYLE[code][0]], CODE_STYLE[code][1]
        fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=f"Coded {code}",
                                 marker=dict(size=13, color=colour, symbol=symbol)))
    ring = charts.role("outline")
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name="Named in the paper",
                             marker=dict(size=13, color="white", line=dict(width=3, color=ring))))
    add_list_menu(fig, table, [i for i, (named, _) in enumerate(layers) if not named])
    rows_top_down = sorted((names[c] for c in set(table["country_iso3"])), reverse=True)
    fig.update_layout(height=560, margin=dict(l=110, t=100, b=100), xaxis_title="Year (start of the event)",
                      legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"),
                      yaxis=dict(categoryorder="array", categoryarray=rows_top_down))
    fig.update_xaxes(tickformat="%Y", dtick="M24", range=["1991-06-01", "2019-06-30"])
    return fig


def list_title(table: pd.DataFrame, named_only: bool) -> str:
    """The title of one view: how many events the series codes local, mixed and external."""
    rows = table[table["named"]] if named_only else table
    counts = rows["series_code"].value_counts()
    parts = ", ".join(f"{counts.get(c, 0)} {c}" for c in CODES if counts.get(c, 0))
    who = "The paper's eight events" if named_only else f"All {len(rows)} events"
    return f"{who}: the series codes {parts}"


def add_list_menu(fig: go.Figure, table: pd.DataFrame, omitted: list[int]) -> go.Figure:
    """A menu between the paper's eight and the full list: the omitted events' traces fade in
    (trace opacity, which helpers.states cannot set, so plotly 'update' buttons)."""
    views = [("The paper's eight", True), ("The full list", False)]
    buttons = [dict(label=label, method="update",
                    args=[{"opacity": 0 if named_only else 1, "hoverinfo": "skip" if named_only else "text"},
                          {"title.text": list_title(table, named_only)}, omitted])
               for label, named_only in views]
    fig.update_layout(title=list_title(table, True), updatemenus=[dict(
        buttons=buttons, active=0, x=1.0, y=1.18, xanchor="right", yanchor="bottom", direction="down")])
    for index in omitted:
        fig.data[index].update(opacity=0, hoverinfo="skip")
    return fig


def shares_chart(table: pd.DataFrame, codes: dict, title: str) -> go.Figure:
    """Grouped bars: share local by events and by deaths, for the paper's eight and the full list."""
    shares = four_shares(table, codes)
    fig = go.Figure()
    for who, colour in (("Paper's eight", charts.role("named")), ("Full list", charts.role("highlight"))):
        values = [shares[f"{who}, events"], shares[f"{who}, deaths"]]
        fig.add_trace(go.Bar(x=["Counted by events", "Weighted by deaths"], y=values, name=who,
                             marker_color=colour, text=[f"{v:.1f}%" for v in values],
                             textposition="outside", textfont_size=16))
    fig.update_layout(title=title, height=500, yaxis=dict(title="Coded local (%)", range=[0, 110]),
                      legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"), margin=dict(t=110, b=60))
    return fig


# ------------------------------------------------------------------- the coding explorer


def shares_html(shares: dict[str, float | None], message: str = "") -> str:
    """Four bars in HTML (no plotting library: it redraws in a few ms)."""
    if message:
        return (f"<div class='nb04-shares' style='border-left:4px solid {charts.role('unanswered')};"
                f"padding:4px 10px'>{escape(message)}</div>")
    colours = [charts.role("named")] * 2 + [charts.role("highlight")] * 2
    rows = "".join(
        f"<div style='display:flex;align-items:center;margin:3px 0'>"
        f"<span style='width:210px'>{escape(k)}</span>"
        f"<span style='display:inline-block;height:18px;width:{int(2.6 * (v or 0))}px;background:{c}'></span>"
        f"<b style='margin-left:6px'>{'no deaths' if v is None else f'{v:.1f}%'}</b></div>"
        for (k, v), c in zip(shares.items(), colours))
    return (f"<div class='nb04-shares'><p class='nb04-shares-title'><b>Share coded local</b></p>"
            f"{rows}</div>")


class _Code:
    """One event's code; setting it redraws. Not a widget: 22 widgets cost Run All 0.15 s."""

    def __init__(self, explorer, value: str):
        self.explorer, self._value = explorer, value

    value = property(lambda self: self._value)

    @value.setter
    def value(self, code: str) -> None:
        if code not in CODES:
            raise ValueError(f"Code an event as one of {', '.join(CODES)}, not {code!r}.")
        self._value = code
        self.explorer.update()


class CodingExplorer(Panel):
    """Code each event local / mixed / external; the bars show the share local four ways."""

    def __init__(self, table: pd.DataFrame, presets: dict[str, dict]):
        self.table, self.presets, self._quiet = table, presets, False
        names = _country_names()
        countries = sorted(set(table["country_iso3"]), key=names.get)
        self.countries = w.SelectMultiple(options=[(names[c], c) for c in countries], value=tuple(countries),
                                          description="Countries", rows=4)
        self.buttons = [w.Button(description=name) for name in presets]
        first = presets[next(iter(presets))]
        self.codes = {e: _Code(self, first[e]) for e in table.index}
        ordered = table.sort_values("start")
        self.event = w.Dropdown(options=[(self._label(r, html=False), r.Index) for r in ordered.itertuples()],
                                description="Event", layout=w.Layout(width="560px"))
        self.code = w.ToggleButtons(options=CODES, value=first[self.event.value], description="Code")
        self.bars = w.HTML()
        self.countries.observe(lambda _: self.update(), names="value")
        self.event.observe(lambda _: self._show_event(), names="value")
        self.code.observe(lambda change: self._set_code(change["new"]), names="value")
        for button in self.buttons:
            button.on_click(lambda b: self.apply(b.description))
        self.update()
        start = w.HBox([w.Label("Start from:")] + self.buttons)
        super().__init__([start, self.countries, self.event, self.code, self.bars], what="coding explorer")

    def _show_event(self) -> None:
        self._quiet = True  # showing an event's code is not recoding it
        self.code.value = self.codes[self.event.value].value
        self._quiet = False

    def _set_code(self, code: str) -> None:
        if not self._quiet:
            self.codes[self.event.value].value = code

    @staticmethod
    def _label(row, html: bool = True) -> str:
        star = (" <b>(paper)</b>" if html else " (paper)") if row.named else ""
        name = escape(row.name[:40]) if html else row.name[:40]
        return f"{row.start:%Y} · {row.country_iso3} · {name}{star}"

    def current(self) -> dict[str, str]:
        return {e: c.value for e, c in self.codes.items()}

    def apply(self, preset: str) -> None:
        """Set every event to a preset's codes, then redraw once."""
        for event, code in self.codes.items():
            code._value = self.presets[preset][event]
        self._show_event()
        self.update()

    def update(self) -> None:
        if self._quiet:
            return
        chosen = set(self.countries.value)
        if not chosen:
            message = "Choose at least one country (Ctrl- or Cmd-click to pick several)."
            self.bars.value = shares_html({}, message)
            return
        rows = self.table[self.table["country_iso3"].isin(chosen)]
        self.bars.value = shares_html(four_shares(rows, {e: c.value for e, c in self.codes.items()}))


def coding_explorer(table: pd.DataFrame, codings: pd.DataFrame) -> CodingExplorer:
    """The coding explorer, starting from the series' coding, with coders A and B as presets."""
    if table.empty:
        raise ValueError("There are no events to code: load 'ca_violence_events' first.")
    by_event = codings.set_index("event_id")
    presets = {"Series' coding": table["series_code"].to_dict(),
               "Coder A": by_event["coder_a"].to_dict(), "Coder B": by_event["coder_b"].to_dict()}
    return CodingExplorer(table, presets)
