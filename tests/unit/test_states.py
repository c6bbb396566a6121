"""helpers.states: a figure with states, checked through the plotly simulator."""

import plotly.graph_objects as go
import pytest

from helpers.states import State, add_band, add_states, band_at
from tests import plotly_sim as sim


def squares():
    """Two coded squares; the second one's display name is not its code."""
    return go.Figure([go.Scatter(x=[0, 1, 1, 0], y=[0, 0, 1, 1], fill="toself", meta="AAA", name="A"),
                      go.Scatter(x=[2, 3, 3, 2], y=[0, 0, 1, 1], fill="toself", meta="BBB", name="Bee")])


STATES = [State("First", "A lit", fills={"AAA": "#111111"}, widths={"AAA": 3.0}, panel="about A"),
          State("Second", "B lit", fills={"BBB": "#222222"}, panel="about B")]


@pytest.mark.parametrize("control", ["menu", "slider"])
def test_choosing_a_state_recolours_by_code_and_rewrites_title_and_panel(control):
    fig = add_states(squares(), STATES, default_fill="#EEEEEE", control=control)
    after = sim.choose(fig, "Second")
    assert sim.title(after) == "B lit"
    assert sim.fills(after) == {"AAA": "#EEEEEE", "BBB": "#222222"}
    assert after["layout"]["annotations"][0]["text"] == "about B"


def test_the_figure_starts_as_its_active_state_would_draw_it():
    fig = add_states(squares(), STATES, default_fill="#EEEEEE", active=1)
    chosen = sim.choose(fig, "Second")
    assert sim.title(fig) == sim.title(chosen) == "B lit"
    assert sim.fills(fig) == sim.fills(chosen) and sim.widths(fig) == sim.widths(chosen)


def test_a_renamed_trace_is_still_found_by_its_code():
    fig = squares()
    fig.data[1].name = "Named in the paper"
    after = sim.choose(add_states(fig, STATES, default_fill="#EEEEEE"), "Second")
    assert sim.fills(after)["BBB"] == "#222222"


def test_states_without_fills_move_only_the_layout():
    fig = go.Figure(go.Scatter(x=["2016-01-01", "2018-12-31"], y=[1, 2]))
    add_band(fig, "2016-01-01", "2016-12-31")
    add_states(fig, [State(f"Year: {y}", f"{y}", layout=band_at(f"{y}-01-01", f"{y}-12-31"))
                     for y in (2016, 2018)])
    assert fig.layout.updatemenus[0].buttons[0].method == "relayout"
    after = sim.choose(fig, "Year: 2018")
    assert after["layout"]["shapes"][0]["x0"] == "2018-01-01" and sim.title(after) == "2018"


def test_bad_arguments_get_clear_messages():
    with pytest.raises(ValueError, match="at least one State"):
        add_states(squares(), [])
    with pytest.raises(ValueError, match="active must be between 0 and 1"):
        add_states(squares(), STATES, active=2)
    with pytest.raises(ValueError, match="'menu' or 'slider'"):
        add_states(squares(), STATES, control="knob")
    with pytest.raises(ValueError, match="panel"):
        add_states(squares(), [STATES[0], State("Third", "none")])
    with pytest.raises(ValueError, match="annotation 0"):
        add_states(squares().add_annotation(text="first"), STATES)
