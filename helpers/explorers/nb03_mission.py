"""Notebook 03: troops, district control and civilian casualties linked under one year menu.

>>> import plotly.graph_objects as go
>>> fig = linked_years([("Troops", [go.Scatter(x=["2016-05-01"], y=[1])])], {2016: "a"}, 2016)
>>> fig.layout.title.text
'a'
"""

from __future__ import annotations

from plotly.subplots import make_subplots

from helpers.states import State, add_band, add_states, band_at


def linked_years(panels: list[tuple[str, list]], titles: dict[int, str], first_year: int,
                 height: int = 760):
    """Stacked charts sharing one time axis, with a plotly menu that picks a year.

    Each panel is (axis title, traces with dates on x). Choosing a year shades it across every
    panel and rewrites the title with ``titles[year]``.
    """
    if first_year not in titles:
        raise ValueError(f"first_year must be one of {sorted(titles)}.")
    fig = make_subplots(rows=len(panels), cols=1, shared_xaxes=True, vertical_spacing=0.05)
    for row, (axis_title, traces) in enumerate(panels, start=1):
        for trace in traces:
            fig.add_trace(trace, row=row, col=1)
        fig.update_yaxes(title_text=axis_title, row=row, col=1, tickformat=",")
    years = sorted(titles)
    add_band(fig, f"{first_year}-01-01", f"{first_year}-12-31")
    states = [State(label=f"Year: {y}", title=titles[y], layout=band_at(f"{y}-01-01", f"{y}-12-31"))
              for y in years]
    add_states(fig, states, active=years.index(first_year), x=1.0)
    menu = fig.layout.updatemenus[0]
    menu.update(xanchor="right", y=1.12)
    fig.update_layout(height=height, hovermode="x unified", margin=dict(t=130, b=110),
                      legend=dict(orientation="h", y=1.02, yanchor="bottom", x=0))
    fig.update_xaxes(tickformat="%Y", dtick="M12")
    return fig


def mission_year_titles(troops, control, casualties, years) -> dict[int, str]:
    """One line per year for the linked charts: troops, district control, civilian casualties."""
    titles = {}
    for year in years:
        parts = [f"<b>{year}</b>"]
        in_year = troops[troops["date"].dt.year == year]
        if len(in_year):
            parts.append(f"about {in_year['troops'].iloc[-1]:,.0f} NATO troops")
        shares = control[control["date"].dt.year == year]["share_percent"]
        if len(shares):
            low, high = shares.min(), shares.max()
            span = f"{low:.1f}%" if low == high else f"{low:.1f}-{high:.1f}%"
            parts.append(f"{span} of districts under government control or influence")
        total = casualties[casualties["year"] == year]["total"]
        if len(total):
            parts.append(f"{total.iloc[0]:,.0f} civilian casualties")
        titles[year] = f"{parts[0]}<br>" + " · ".join(parts[1:])
    return titles
