"""Offline maps: country outlines drawn as filled Scatter traces on ordinary axes.

plotly's geo traces fetch a base map from the internet and draw nothing offline, so the
series draws outlines itself, longitude on x and latitude on y.

>>> from helpers import geo
>>> fig = geo.base_map()
>>> len(fig.data) >= 10
True
"""

from __future__ import annotations

import math

import numpy as np
import plotly.graph_objects as go

from helpers import charts, data, store

OUTLINES_FILE = "geo/countries.geojson"
# The window that frames Afghanistan and its neighbours (degrees).
LON_RANGE = (46.0, 91.0)
LAT_RANGE = (23.0, 52.0)


def outlines() -> dict[str, dict]:
    """Country outlines by ISO3 code: {'name': ..., 'rings': [[(lon, lat), ...], ...]}."""
    return _derived(OUTLINES_FILE, _country_rings)


def _derived(name: str, build):
    """What ``build`` makes of a geometry file, kept beside the cached file (so cleared with it)."""
    raw = store.read_json(name)
    if "_derived" not in raw:
        try:
            raw["_derived"] = build(raw["features"])
        except (KeyError, TypeError) as exc:
            raise data.DataError(f"data/{name} is damaged ({exc!r} not as expected). "
                                 f"Restore it with: git checkout -- data/{name}") from exc
    return raw["_derived"]


def _country_rings(features: list) -> dict[str, dict]:
    result = {}
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        rings = [ring for polygon in polygons for ring in polygon]
        result[feature["properties"]["iso3"]] = {"name": feature["properties"]["name"],
                                                 "rings": rings, "path": _path(rings)}
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


def _country(iso3: str, fill: str, line_width: float = 1.0, opacity: float = 1.0,
             line_colour: str = "white") -> dict:
    shapes = outlines()
    if iso3 not in shapes:
        raise ValueError(f"No outline for '{iso3}'. Valid codes: {', '.join(shapes)}.")
    xs, ys = shapes[iso3]["path"]
    return dict(type="scatter", x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill,
                opacity=opacity, line=dict(color=line_colour, width=line_width),
                name=shapes[iso3]["name"], hoverinfo="text", text=shapes[iso3]["name"],
                hoveron="fills", showlegend=False, meta=iso3)


def country_trace(iso3: str, fill: str, line_width: float = 1.0, opacity: float = 1.0) -> go.Scatter:
    """One country as a filled outline; hovering shows its name; ``meta`` holds its ISO3 code."""
    return go.Scatter({k: v for k, v in _country(iso3, fill, line_width, opacity).items() if k != "type"})


def _map_axes(lon: tuple, lat: tuple) -> dict:
    mid_lat = sum(lat) / 2
    return dict(xaxis=dict(range=lon, visible=False, constrain="domain"),
                yaxis=dict(range=lat, visible=False, scaleanchor="x",
                           scaleratio=1 / math.cos(math.radians(mid_lat))))


# Maps are made in one call from all their traces as dicts: adding traces one by one, as
# plotly objects, costs about ten times as long.
def base_map(fills: dict[str, str] | None = None, height: int = 500,
             line_colour: str = "white", line_width: float = 1.0) -> go.Figure:
    """A map of the region with one trace per country, in the series colours by default."""
    fills = fills or {code: charts.colour(code) for code in outlines()}
    traces = [_country(code, fills.get(code, charts.NEUTRAL), line_width, line_colour=line_colour)
              for code in outlines()]
    return go.Figure(dict(data=traces, layout=dict(
        height=height, plot_bgcolor=charts.role("sea"), dragmode=False,
        margin=dict(l=10, r=10, t=70, b=90), **_map_axes(LON_RANGE, LAT_RANGE))))


def add_places(fig: go.Figure, names: list[str], lons: list[float], lats: list[float],
               symbol: str = "star") -> go.Figure:
    """Mark places (capitals, towns) with a symbol and a label."""
    fig.add_trace(go.Scatter(
        x=lons, y=lats, mode="markers+text", text=names, textposition="top center",
        marker=dict(symbol=symbol, size=11, color=charts.role("label"), line=dict(color="white", width=1)),
        textfont=dict(size=14, color=charts.role("label")), hoverinfo="text", showlegend=False,
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
        textfont=dict(size=14, color=charts.role("label"), shadow=HALO), hoverinfo="skip",
        showlegend=False, name="country names",
    ))
    return fig


# ------------------------------------------------------------------ Afghanistan's provinces

PROVINCES_FILE = "geo/afg_provinces.geojson"
AFG_LON = (58.6, 76.2)
AFG_LAT = (28.6, 39.6)
PALE = charts.role("land")  # provinces that are not the point of a map
# Where neighbours' names sit on the Afghanistan map (degrees).
NEIGHBOUR_LABELS = {"IRN": (59.6, 32.2), "TKM": (60.8, 37.7), "UZB": (66.3, 38.75),
                    "TJK": (70.2, 38.65), "CHN": (75.6, 38.0), "PAK": (68.4, 29.6),
                    "KGZ": (73.6, 39.4)}


def province_outlines() -> dict[str, dict]:
    """Province outlines by name: {'iso': 'AF-BAL', 'rings': [[(lon, lat), ...], ...]}."""
    return _derived(PROVINCES_FILE, _province_rings)


def _province_rings(features: list) -> dict[str, dict]:
    result = {}
    for feature in features:
        rings = [ring for polygon in feature["geometry"]["coordinates"] for ring in polygon]
        result[feature["properties"]["province"]] = {
            "iso": feature["properties"]["iso_3166_2"], "rings": rings, "path": _path(rings)}
    return result


def province_codes() -> dict[str, str]:
    """ISO 3166-2 code of each province by name, e.g. {'Balkh': 'AF-BAL', ...}."""
    return {name: shape["iso"] for name, shape in province_outlines().items()}


def _province(name: str, fill: str, line_width: float = 0.7) -> dict:
    shapes = province_outlines()
    if name not in shapes:
        raise ValueError(f"No province called '{name}'. Valid names: {', '.join(sorted(shapes))}.")
    xs, ys = shapes[name]["path"]
    return dict(type="scatter", x=xs, y=ys, mode="lines", fill="toself", fillcolor=fill, name=name,
                line=dict(color=charts.role("boundary"), width=line_width), hoverinfo="text",
                text=name, hoveron="fills", showlegend=False, meta=shapes[name]["iso"])


def province_trace(name: str, fill: str, line_width: float = 0.7, **extra) -> go.Scatter:
    """One province as a filled outline; hovering shows its name; ``meta`` holds its ISO code."""
    settings = {k: v for k, v in _province(name, fill, line_width).items() if k != "type"}
    return go.Scatter({**settings, **extra})


def province_map(fills: dict[str, str] | None = None, height: int = 520,
                 styles: dict[str, dict] | None = None, extra: list[dict] | None = None) -> go.Figure:
    """Afghanistan's 34 provinces (one trace each, in alphabetical order) inside its neighbours.

    ``styles`` gives some provinces more trace settings (by name); ``extra`` adds traces (dicts)
    on top: both go into the one call that makes the figure.
    """
    fills, styles = fills or {}, styles or {}
    neighbours = ["IRN", "TKM", "UZB", "TJK", "KGZ", "CHN", "PAK"]
    traces = [{**_country(code, charts.role("neighbour")), "hoverinfo": "skip"} for code in neighbours]
    traces += [{**_province(name, fills.get(name, PALE)), **styles.get(name, {})}
               for name in sorted(province_outlines())]
    traces.append(dict(
        type="scatter", x=[NEIGHBOUR_LABELS[c][0] for c in neighbours],
        y=[NEIGHBOUR_LABELS[c][1] for c in neighbours], mode="text",
        text=[outlines()[c]["name"].upper() for c in neighbours],
        textfont=dict(size=14, color=charts.role("muted")), hoverinfo="skip", showlegend=False,
        name="neighbour names"))
    return go.Figure(dict(data=traces + (extra or []), layout=dict(
        height=height, plot_bgcolor=charts.role("neighbour"), dragmode=False,
        margin=dict(l=10, r=10, t=70, b=90), **_map_axes(AFG_LON, AFG_LAT))))


def trace_index(fig: go.Figure) -> dict[str, int]:
    """Index of each trace that carries a code (ISO3 country or ISO 3166-2 province) in ``meta``."""
    return {trace.meta: i for i, trace in enumerate(fig.data) if isinstance(trace.meta, str)}
