"""The series' chart style, its colours, and publishing a chart with its source and text alternative.

Every colour of the series is named here and nowhere else: one fixed colour per country, colour
*roles* (right, wrong, named in the paper, omitted, highlight, background...) that are never a
country's colour, and a sequence for categories that are not countries.

>>> import plotly.graph_objects as go
>>> fig = finish(go.Figure(go.Bar(x=["AFG"], y=[1])), sources=["cia-wfb-2020"],
...              alt="A single bar for Afghanistan.")
>>> fig.layout.meta["sources"]
['cia-wfb-2020']
"""

from __future__ import annotations

import json
import os
import sys
import textwrap

import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import Markdown, display

from helpers import data

# Paul Tol's "muted" scheme (colour-blind safe) plus a dark grey: one fixed colour per country.
COUNTRY_COLOURS = {
    "AFG": "#332288", "KAZ": "#88CCEE", "KGZ": "#44AA99", "TJK": "#117733", "TKM": "#999933",
    "UZB": "#DDCC77", "PAK": "#CC6677", "IRN": "#882255", "CHN": "#AA4499", "RUS": "#777777",
}
# Colours that carry a meaning, from Tol's "vibrant" scheme and greys: never a country's colour.
ROLE_COLOURS = {
    "right": "#009988", "wrong": "#CC3311", "unanswered": "#555555",
    "named": "#EE7733", "omitted": "#EE3377", "highlight": "#0077BB", "band": "#BBBBBB",
    "background": "#E5E5E5", "land": "#F6F1E4", "neighbour": "#E9E9E9", "sea": "#F4F8FB",
    "outline": "#333333", "boundary": "#666666", "label": "#111111", "muted": "#555555",
    "frame": "#999999", "text": "#222222",
}
# For categories that are not countries (claim types, two sources, two missions...).
CATEGORY_COLOURS = ["#0077BB", "#EE7733", "#009988", "#EE3377", "#33BBEE", "#CC3311"]
NEUTRAL = ROLE_COLOURS["background"]  # countries that are not the point of a chart

TEMPLATE_NAME = "indeo_series"
JSON_ENGINE = "json"  # plotly's plain-json engine: saved outputs never depend on orjson


def role(name: str) -> str:
    """The colour of a role, e.g. role('right')."""
    try:
        return ROLE_COLOURS[name]
    except KeyError:
        raise ValueError(f"No colour role '{name}'. Valid roles: {', '.join(ROLE_COLOURS)}.") from None


def colour(iso3: str) -> str:
    """The series colour for a country (ISO 3166-1 alpha-3 code)."""
    try:
        return COUNTRY_COLOURS[iso3]
    except KeyError:
        raise ValueError(
            f"No series colour for '{iso3}'. Valid codes: {', '.join(COUNTRY_COLOURS)}."
        ) from None


def use_series_style() -> None:
    """Make the series template the default for new figures (each notebook calls this once).

    It also asks plotly to show figures as JSON only (no plotly.js in the notebook) if a student
    calls ``fig.show()``; that setting waits in an environment variable until plotly's renderer
    module is first needed, so the notebook does not pay for importing it now.
    """
    axis = dict(gridcolor=ROLE_COLOURS["background"], linecolor="#888888", zerolinecolor="#CCCCCC",
                ticks="outside", tickcolor="#888888", automargin=True)
    template = go.layout.Template()
    template.layout.update(
        paper_bgcolor="white", plot_bgcolor="white", xaxis=axis, yaxis=axis,
        font=dict(family="Arial, Helvetica, sans-serif", size=16, color=ROLE_COLOURS["text"]),
        title=dict(font=dict(size=20), x=0.01, xanchor="left"),
        separators=".,",
        margin=dict(l=60, r=30, t=70, b=90),
        colorway=CATEGORY_COLOURS,
        hoverlabel=dict(font_size=15),
    )
    pio.templates[TEMPLATE_NAME] = template
    pio.templates.default = TEMPLATE_NAME
    if "plotly.io._renderers" in sys.modules:
        pio.renderers.default = "plotly_mimetype"
    else:
        os.environ["PLOTLY_RENDERER"] = "plotly_mimetype"


def source_line(source_ids: list[str]) -> str:
    """'Source: ...' text naming each source's publisher and date."""
    if not source_ids:
        raise ValueError("A chart needs at least one source id (see data/sources.csv).")
    table = data.source_rows()
    missing = [s for s in source_ids if s not in table.index]
    if missing:
        raise ValueError(f"Unknown source id(s): {', '.join(missing)}. See data/sources.csv.")
    names = [_short_source(table.loc[s]) for s in source_ids]
    label = "Source" if len(names) == 1 else "Sources"
    return _wrap(f"{label}: " + "; ".join(dict.fromkeys(names)), 140)


def _short_source(row) -> str:
    year = str(row["date"])[:4] if isinstance(row["date"], str) else ""
    return f"{row['publisher']} ({year})" if year else str(row["publisher"])


def finish(fig: go.Figure, sources: list[str], alt: str) -> go.Figure:
    """Add the source line under the chart and store the text alternative in its metadata."""
    if not alt or len(alt.split()) < 5:
        raise ValueError("Give the chart a text alternative of at least one full sentence.")
    bottom = fig.layout.margin.b if fig.layout.margin.b is not None else 90
    left = fig.layout.margin.l if fig.layout.margin.l is not None else 60
    line = source_line(list(sources))
    # Each extra line of a wrapped source line gets 14 px more room at the bottom; the line
    # starts near the figure's left edge, not the plot's, so a wide left margin cannot clip it.
    fig.update_layout(margin_b=bottom + 16 * line.count("<br>"))
    fig.add_annotation(
        text=line, showarrow=False, xref="paper", yref="paper",
        x=0, y=0, xshift=-(left - 10), yshift=-(bottom - 20), xanchor="left", yanchor="top",
        font=dict(size=12, color=ROLE_COLOURS["muted"]), align="left",
    )
    fig.update_layout(meta={"alt": alt, "sources": list(sources)})
    return fig


def mime_bundle(fig: go.Figure) -> dict:
    """What JupyterLab draws: plotly's JSON mime type, written with the series' JSON engine.

    Publishing it directly (rather than through ``fig.show()``) skips plotly's renderer module,
    whose import pulls in nbformat and jsonschema and costs about two seconds per kernel.
    """
    text = pio.to_json(fig, validate=False, remove_uids=False, engine=JSON_ENGINE)
    return {"application/vnd.plotly.v1+json": json.loads(text)}


def show(fig: go.Figure) -> None:
    """Display a finished figure with its text alternative printed beneath it."""
    alt = fig.layout.meta.get("alt") if isinstance(fig.layout.meta, dict) else None
    if not alt:
        raise ValueError("Call charts.finish(fig, sources=..., alt=...) before showing a chart, "
                         "or use charts.publish(fig, sources=..., alt=...).")
    display(mime_bundle(fig), raw=True)
    display(Markdown(f"**The chart in words:** {alt}"))


def publish(fig: go.Figure, sources: list[str], alt: str) -> None:
    """Finish a figure (source line, text alternative) and show it: the one call a notebook makes.

    It returns nothing, so that a cell ending with it does not show the figure a second time.
    """
    show(finish(fig, sources, alt))


def whole_years(fig: go.Figure, axis: str = "x") -> go.Figure:
    """Show years as whole numbers without separators (2015, never 2,015.5)."""
    fig.update_layout({f"{axis}axis": dict(tickformat="d", dtick=1)})
    return fig


def timeline(dates, labels, title: str, shade: tuple[str, str] | None = None,
             shade_label: str = "", height: int = 340) -> go.Figure:
    """Events as labelled points on a date line, optionally with a shaded window.

    Labels alternate above and below the line so neighbours do not overlap.
    """
    labels = [_wrap(str(label), 28) for label in labels]
    fig = go.Figure(go.Scatter(
        x=list(dates), y=[1] * len(labels), mode="markers+text", text=labels,
        textposition=["top center" if i % 2 == 0 else "bottom center" for i in range(len(labels))],
        marker=dict(size=14, color=ROLE_COLOURS["highlight"]), hoverinfo="x+text"))
    layout = dict(title=title, height=height, showlegend=False, xaxis=dict(tickformat="%d %b %Y"),
                  yaxis=dict(visible=False, range=[0.3, 1.8]))
    if shade:  # a shape and a label, set directly: plotly's add_vrect costs ten times as much
        layout["shapes"] = [dict(type="rect", xref="x", yref="paper", x0=shade[0], x1=shade[1],
                                 y0=0, y1=1, fillcolor=ROLE_COLOURS["named"], opacity=0.25,
                                 line_width=0, layer="below")]
        layout["annotations"] = [dict(text=shade_label, xref="x", yref="paper", x=shade[0], y=1,
                                      xanchor="left", yanchor="top", showarrow=False)]
    fig.update_layout(layout)
    return fig


def _wrap(text: str, width: int) -> str:
    return "<br>".join(textwrap.wrap(text, width))
