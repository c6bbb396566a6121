"""The series' chart style: one template, one colour per country, and a finishing step.

>>> import plotly.express as px
>>> from helpers import charts
>>> fig = px.bar(x=["AFG"], y=[1])
>>> fig = charts.finish(fig, sources=["cia-wfb-2020"], alt="A single bar for Afghanistan.")  # doctest: +SKIP
"""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio
from IPython.display import Markdown, display

from helpers import data

# Paul Tol's "muted" scheme (colour-blind safe) plus a dark grey: one fixed colour per country.
COUNTRY_COLOURS = {
    "AFG": "#332288",
    "KAZ": "#88CCEE",
    "KGZ": "#44AA99",
    "TJK": "#117733",
    "TKM": "#999933",
    "UZB": "#DDCC77",
    "PAK": "#CC6677",
    "IRN": "#882255",
    "CHN": "#AA4499",
    "RUS": "#777777",
}
NEUTRAL = "#E5E5E5"  # countries that are not the point of a chart
TEXT = "#222222"

TEMPLATE_NAME = "indeo_series"


def register_template() -> None:
    """Register the series template and make it (and a renderer with no embedded JS) default."""
    # A small template of our own (plotly_white copied whole adds ~11 KB to every saved figure).
    axis = dict(gridcolor="#E5E5E5", linecolor="#888888", zerolinecolor="#CCCCCC",
                ticks="outside", tickcolor="#888888", automargin=True)
    template = go.layout.Template()
    template.layout.update(
        paper_bgcolor="white", plot_bgcolor="white", xaxis=axis, yaxis=axis,
        font=dict(family="Arial, Helvetica, sans-serif", size=14, color=TEXT),
        title=dict(font=dict(size=18), x=0.01, xanchor="left"),
        separators=".,",
        margin=dict(l=60, r=30, t=70, b=90),
        colorway=list(COUNTRY_COLOURS.values()),
        hoverlabel=dict(font_size=13),
    )
    pio.templates[TEMPLATE_NAME] = template
    pio.templates.default = TEMPLATE_NAME
    # The mimetype renderer stores only the figure JSON in the notebook (no plotly.js bundle);
    # JupyterLab draws it with the renderer that ships in the plotly package.
    pio.renderers.default = "plotly_mimetype"


def colour(iso3: str) -> str:
    """The series colour for a country (ISO 3166-1 alpha-3 code)."""
    try:
        return COUNTRY_COLOURS[iso3]
    except KeyError:
        raise ValueError(
            f"No series colour for '{iso3}'. Valid codes: {', '.join(COUNTRY_COLOURS)}."
        ) from None


def source_line(source_ids: list[str]) -> str:
    """'Source: ...' text naming each source's publisher and date."""
    if not source_ids:
        raise ValueError("A chart needs at least one source id (see data/sources.csv).")
    table = data.sources().set_index("source_id")
    missing = [s for s in source_ids if s not in table.index]
    if missing:
        raise ValueError(f"Unknown source id(s): {', '.join(missing)}. See data/sources.csv.")
    names = [_short_source(table.loc[s]) for s in source_ids]
    label = "Source" if len(names) == 1 else "Sources"
    return _wrap(f"{label}: " + "; ".join(dict.fromkeys(names)), 160)


def _short_source(row) -> str:
    year = str(row["date"])[:4] if isinstance(row["date"], str) else ""
    return f"{row['publisher']} ({year})" if year else str(row["publisher"])


def finish(fig: go.Figure, sources: list[str], alt: str) -> go.Figure:
    """Add the source line under the chart and store the text alternative in its metadata."""
    if not alt or len(alt.split()) < 5:
        raise ValueError("Give the chart a text alternative of at least one full sentence.")
    bottom = fig.layout.margin.b if fig.layout.margin.b is not None else 90
    line = source_line(sources)
    # Each extra line of a wrapped source line gets 14 px more room at the bottom.
    fig.update_layout(margin_b=bottom + 14 * line.count("<br>"))
    fig.add_annotation(
        text=line, showarrow=False, xref="paper", yref="paper",
        x=0, y=0, yshift=-(bottom - 20), xanchor="left", yanchor="top",
        font=dict(size=11, color="#555555"), align="left",
    )
    fig.update_layout(meta={"alt": alt, "sources": list(sources)})
    return fig


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
        marker=dict(size=14, color=COUNTRY_COLOURS["AFG"]), hoverinfo="x+text"))
    if shade:
        fig.add_vrect(x0=shade[0], x1=shade[1], fillcolor="#DDCC77", opacity=0.5, line_width=0,
                      annotation_text=shade_label, annotation_position="top left")
    fig.update_yaxes(visible=False, range=[0.3, 1.8])
    fig.update_xaxes(tickformat="%d %b %Y")
    fig.update_layout(title=title, height=height, showlegend=False)
    return fig


def _wrap(text: str, width: int) -> str:
    import textwrap

    return "<br>".join(textwrap.wrap(text, width))


def show(fig: go.Figure) -> None:
    """Display a finished figure with its text alternative printed beside it."""
    alt = (fig.layout.meta or {}).get("alt") if isinstance(fig.layout.meta, dict) else None
    if not alt:
        raise ValueError("Call charts.finish(fig, sources=..., alt=...) before showing a chart.")
    display(fig)
    display(Markdown(f"**The chart in words:** {alt}"))


register_template()
