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


def is_dark(hex_colour: str) -> bool:
    """True when white text reads better than black on this colour."""
    r, g, b = (int(hex_colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5


def add_country_names(fig: go.Figure, fills: dict[str, str] | None = None) -> go.Figure:
    """Write each country's name on the map (so colour is never the only key)."""
    codes = list(LABEL_AT)
    fills = fills or {c: charts.colour(c) for c in codes}
    fig.add_trace(go.Scatter(
        x=[LABEL_AT[c][0] for c in codes], y=[LABEL_AT[c][1] for c in codes], mode="text",
        text=[f"<b>{outlines()[c]['name'].upper()}</b>" for c in codes],
        textfont=dict(size=12, color=[_label_colour(fills.get(c, charts.NEUTRAL)) for c in codes]),
        hoverinfo="skip", showlegend=False, name="country names",
    ))
    return fig


def _label_colour(fill: str) -> str:
    return "white" if is_dark(fill) else "#111111"
