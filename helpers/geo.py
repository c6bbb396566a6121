"""Offline maps: country outlines drawn as filled Scatter traces on ordinary axes.

plotly's geo traces fetch a base map from the internet and draw nothing offline, so the
series draws outlines itself, longitude on x and latitude on y.

>>> from helpers import geo
>>> fig = geo.base_map()
>>> len(fig.data) >= 10
True
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

import numpy as np
import plotly.graph_objects as go

from helpers import charts, data

OUTLINES_PATH = data.DATA_DIR / "geo" / "countries.geojson"
# The window that frames Afghanistan and its neighbours (degrees).
LON_RANGE = (46.0, 91.0)
LAT_RANGE = (23.0, 52.0)


@lru_cache(maxsize=1)
def outlines() -> dict[str, dict]:
    """Country outlines by ISO3 code: {'name': ..., 'rings': [[(lon, lat), ...], ...]}."""
    if not OUTLINES_PATH.exists():
        raise data.DataError(
            "data/geo/countries.geojson is missing. "
            "Restore it with: git checkout -- data/geo/countries.geojson"
        )
    try:
        features = json.loads(OUTLINES_PATH.read_text(encoding="utf-8"))["features"]
    except (json.JSONDecodeError, KeyError) as exc:
        raise data.DataError(
            f"data/geo/countries.geojson is damaged ({exc}). "
            "Restore it with: git checkout -- data/geo/countries.geojson"
        ) from exc
    result = {}
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [ring for polygon in polygons for ring in polygon]
        result[feature["properties"]["iso3"]] = {"name": feature["properties"]["name"],
                                                 "rings": rings}
    return result


def _path(rings: list) -> tuple[np.ndarray, np.ndarray]:
    """Join rings into one x/y path, with a gap (NaN) between rings so each is filled separately.

    float32 arrays keep the saved notebook small: plotly stores them as compact binary.
    """
    xs, ys = [], []
    for ring in rings:
        xs += [p[0] for p in ring] + [np.nan]
        ys += [p[1] for p in ring] + [np.nan]
    return np.array(xs, dtype=np.float32), np.array(ys, dtype=np.float32)


def country_trace(iso3: str, fill: str, line_width: float = 1.0, opacity: float = 1.0) -> go.Scatter:
    """One country as a filled outline; hovering shows its name."""
    shapes = outlines()
    if iso3 not in shapes:
        raise ValueError(f"No outline for '{iso3}'. Valid codes: {', '.join(shapes)}.")
    xs, ys = _path(shapes[iso3]["rings"])
    return go.Scatter(
        x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill, opacity=opacity,
        line=dict(color="white", width=line_width), name=shapes[iso3]["name"],
        hoverinfo="text", text=shapes[iso3]["name"], hoveron="fills", showlegend=False,
    )


def base_map(fills: dict[str, str] | None = None, height: int = 560) -> go.Figure:
    """A map of the region with one trace per country, in the series colours by default."""
    fills = fills or {code: charts.colour(code) for code in outlines()}
    fig = go.Figure([country_trace(code, fills.get(code, charts.NEUTRAL)) for code in outlines()])
    mid_lat = sum(LAT_RANGE) / 2
    fig.update_xaxes(range=LON_RANGE, visible=False, constrain="domain")
    fig.update_yaxes(range=LAT_RANGE, visible=False,
                     scaleanchor="x", scaleratio=1 / math.cos(math.radians(mid_lat)))
    fig.update_layout(height=height, plot_bgcolor="#F4F8FB", dragmode=False,
                      margin=dict(l=10, r=10, t=70, b=90))
    return fig


def add_places(fig: go.Figure, names: list[str], lons: list[float], lats: list[float],
               symbol: str = "star") -> go.Figure:
    """Mark places (capitals, towns) with a symbol and a label."""
    fig.add_trace(go.Scatter(
        x=lons, y=lats, mode="markers+text", text=names, textposition="top center",
        marker=dict(symbol=symbol, size=11, color="black", line=dict(color="white", width=1)),
        textfont=dict(size=12, color="black"), hoverinfo="text", showlegend=False,
        name="places",
    ))
    return fig


# Where each country's name is written on the regional map (degrees; chosen by eye to sit
# inside the country and inside the map window).
LABEL_AT = {
    "AFG": (65.5, 33.6), "KAZ": (67.0, 48.5), "KGZ": (74.8, 41.6), "TJK": (71.2, 38.9),
    "TKM": (59.0, 39.4), "UZB": (63.3, 41.9), "PAK": (69.5, 28.8), "IRN": (54.5, 32.5),
    "CHN": (84.0, 36.0), "RUS": (58.0, 51.4),
}


HALO = "0px 0px 3px white"  # a white glow keeps dark text readable on any fill


def add_country_names(fig: go.Figure) -> go.Figure:
    """Write each country's name on the map (so colour is never the only key)."""
    codes = list(LABEL_AT)
    fig.add_trace(go.Scatter(
        x=[LABEL_AT[c][0] for c in codes], y=[LABEL_AT[c][1] for c in codes], mode="text",
        text=[f"<b>{outlines()[c]['name'].upper()}</b>" for c in codes],
        textfont=dict(size=12, color="#111111", shadow=HALO), hoverinfo="skip",
        showlegend=False, name="country names",
    ))
    return fig


# ------------------------------------------------------------------ Afghanistan's provinces

PROVINCES_PATH = data.DATA_DIR / "geo" / "afg_provinces.geojson"
AFG_LON = (58.6, 76.2)
AFG_LAT = (28.6, 39.6)
PALE = "#F6F1E4"  # provinces that are not the point of a map
# Where neighbours' names sit on the Afghanistan map (degrees).
NEIGHBOUR_LABELS = {"IRN": (59.6, 32.2), "TKM": (60.8, 37.7), "UZB": (66.3, 38.75),
                    "TJK": (70.2, 38.65), "CHN": (75.6, 38.0), "PAK": (68.4, 29.6),
                    "KGZ": (73.6, 39.4)}


@lru_cache(maxsize=1)
def province_outlines() -> dict[str, dict]:
    """Province outlines by name: {'iso': 'AF-BAL', 'rings': [[(lon, lat), ...], ...]}."""
    if not PROVINCES_PATH.exists():
        raise data.DataError("data/geo/afg_provinces.geojson is missing. "
                             "Restore it with: git checkout -- data/geo/afg_provinces.geojson")
    features = json.loads(PROVINCES_PATH.read_text(encoding="utf-8"))["features"]
    return {f["properties"]["province"]: {
        "iso": f["properties"]["iso_3166_2"],
        "rings": [ring for polygon in f["geometry"]["coordinates"] for ring in polygon]}
        for f in features}


def province_trace(name: str, fill: str, line_width: float = 0.7, **extra) -> go.Scatter:
    """One province as a filled outline; hovering shows its name."""
    shapes = province_outlines()
    if name not in shapes:
        raise ValueError(f"No province called '{name}'. Valid names: {', '.join(sorted(shapes))}.")
    xs, ys = _path(shapes[name]["rings"])
    settings = dict(x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill, name=name,
                    line=dict(color="#666666", width=line_width), hoverinfo="text", text=name,
                    hoveron="fills", showlegend=False)
    settings.update(extra)
    return go.Scatter(**settings)


def province_map(fills: dict[str, str] | None = None, height: int = 620) -> go.Figure:
    """Afghanistan's 34 provinces (one trace each, in alphabetical order) inside its neighbours."""
    fills = fills or {}
    neighbours = ["IRN", "TKM", "UZB", "TJK", "KGZ", "CHN", "PAK"]
    fig = go.Figure([country_trace(code, "#E9E9E9") for code in neighbours])
    fig.update_traces(line_color="white", hoverinfo="skip")
    for name in sorted(province_outlines()):
        fig.add_trace(province_trace(name, fills.get(name, PALE)))
    fig.add_trace(go.Scatter(
        x=[NEIGHBOUR_LABELS[c][0] for c in neighbours], y=[NEIGHBOUR_LABELS[c][1] for c in neighbours],
        mode="text", text=[outlines()[c]["name"].upper() for c in neighbours],
        textfont=dict(size=12, color="#555555"), hoverinfo="skip", showlegend=False,
        name="neighbour names"))
    mid_lat = sum(AFG_LAT) / 2
    fig.update_xaxes(range=AFG_LON, visible=False, constrain="domain")
    fig.update_yaxes(range=AFG_LAT, visible=False, scaleanchor="x",
                     scaleratio=1 / math.cos(math.radians(mid_lat)))
    fig.update_layout(height=height, plot_bgcolor="#E9E9E9", dragmode=False,
                      margin=dict(l=10, r=10, t=70, b=90))
    return fig


def province_index(fig: go.Figure) -> dict[str, int]:
    """Trace index of each province in a figure made by province_map."""
    names = set(province_outlines())
    return {trace.name: i for i, trace in enumerate(fig.data) if trace.name in names}


def named_places_map(named: dict[str, str], omitted: list[str]) -> go.Figure:
    """Provinces the paper names (labelled with its spelling) against border provinces it omits.

    Each group is a legend entry: click it to hide or show that group.
    """
    capitals = data.load("provinces").set_index("province")
    groups = {"Named in the paper": ("#DDCC77", "", named),
              "On a Central Asian border, not named": ("#CC6677", "/", omitted)}
    fig = province_map()
    index = province_index(fig)
    for group, (colour, pattern, provinces) in groups.items():
        for n, province in enumerate(provinces):
            trace = fig.data[index[province]]
            trace.update(fillcolor=colour, legendgroup=group, name=group, showlegend=n == 0,
                         text=province, line=dict(width=1.6, color="#333333"),
                         fillpattern=dict(shape=pattern, bgcolor=colour, fgcolor="white",
                                          fgopacity=0.7) if pattern else None)
    labels = capitals.loc[list(named)]
    fig.add_trace(go.Scatter(
        x=labels["capital_lon"], y=labels["capital_lat"], mode="markers+text",
        text=[f"<b>“{spelling}”</b>" for spelling in named.values()], textposition="top center",
        textfont=dict(size=13, color="#111111", shadow=HALO), marker=dict(size=7, color="#111111"),
        name="The paper's spelling (at the provincial capital)", hoverinfo="text"))
    others = capitals.loc[omitted]
    fig.add_trace(go.Scatter(
        x=others["capital_lon"], y=others["capital_lat"], mode="text", text=omitted,
        textfont=dict(size=12, color="#111111", shadow=HALO), hoverinfo="skip",
        legendgroup="On a Central Asian border, not named", showlegend=False, name="omitted names"))
    fig.update_layout(legend=dict(orientation="h", x=0, y=-0.02, yanchor="top"))
    return fig
