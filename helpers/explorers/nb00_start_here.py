"""Notebook 00: the neighbour explorer (a map with a plotly menu of Afghanistan's neighbours).

>>> fig = neighbour_explorer()
>>> fig.layout.title.text
'Tajikistan: 1,357 km of border with Afghanistan'
"""

from __future__ import annotations

from helpers import charts, data, geo
from helpers.states import State, add_states

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


def _tables(as_of: str) -> dict:
    """The tables the explorer reads, loaded once for all nine countries."""
    return {"states": data.load("states").set_index("iso3"),
            "wdi": data.load("wdi_2018").set_index(["iso3", "indicator_code"])["value"],
            "borders": data.load("afghanistan_borders"),
            "standing": data.memberships_on(as_of)}


def country_facts(iso3: str, as_of: str = "2018-10-01", tables: dict | None = None) -> dict:
    """The facts the explorer shows for one country: border, population, GDP, memberships."""
    tables = tables or _tables(as_of)
    states, wdi = tables["states"], tables["wdi"]
    if iso3 not in states.index or iso3 == "AFG":
        valid = ", ".join(EXPLORER_ORDER)
        raise ValueError(f"Choose one of Afghanistan's neighbours or region states: {valid}.")
    standing = tables["standing"]
    standing = standing[standing["state_iso3"] == iso3].set_index("organisation")["standing"]
    members = [f"{org} ({standing[org]})" if standing[org] != "member" else org
               for org in ORGANISATIONS if org in standing.index]
    population = wdi[(iso3, "SP.POP.TOTL")]
    gdp = wdi[(iso3, "NY.GDP.MKTP.CD")]
    return {
        "name": states.loc[iso3, "name"],
        "border": _border_lines(iso3, tables["borders"]),
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


def neighbour_state(iso3: str, as_of: str = "2018-10-01", tables: dict | None = None) -> State:
    """The explorer's view of one country: it and Afghanistan coloured, its facts in the panel."""
    facts = country_facts(iso3, as_of, tables)
    return State(label=facts["name"], title=_title(facts), panel=_panel_text(facts),
                 fills={c: charts.colour(c) for c in ("AFG", iso3)}, widths={iso3: 3.0})


def neighbour_explorer(as_of: str = "2018-10-01"):
    """A map with a menu: pick a country, see it highlighted and its facts beside the map.

    The menu is plotly's own, so it runs in the browser without the kernel (and in slides).
    """
    fig = geo.base_map(line_colour=charts.role("outline"), line_width=0.8)
    tables = _tables(as_of)
    add_states(fig, [neighbour_state(code, as_of, tables) for code in EXPLORER_ORDER],
               default_fill=charts.NEUTRAL)
    geo.add_country_names(fig)
    fig.update_xaxes(domain=[0, 0.62])
    fig.update_layout(height=540, width=980, autosize=False)
    return fig
