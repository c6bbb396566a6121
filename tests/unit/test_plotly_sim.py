"""The simulator the explorer tests rely on: it must do what plotly.js does."""

import plotly.graph_objects as go
import pytest

from tests import plotly_sim as sim


def test_paths_with_dots_and_indices_are_set():
    target = {"shapes": [{"x0": 1}], "title": {}}
    sim.set_path(target, "shapes[0].x0", 5)
    sim.set_path(target, "title.text", "t")
    sim.set_path(target, "line.width", 2)
    assert target == {"shapes": [{"x0": 5}], "title": {"text": "t"}, "line": {"width": 2}}


def test_restyle_gives_each_chosen_trace_its_own_item():
    fig = {"data": [{}, {}, {}], "layout": {}}
    sim.restyle(fig, {"fillcolor": ["red", "blue"], "opacity": 0.5}, [0, 2])
    assert fig["data"] == [{"fillcolor": "red", "opacity": 0.5}, {}, {"fillcolor": "blue", "opacity": 0.5}]


def test_choose_marks_the_item_active_and_rejects_unknown_labels():
    fig = go.Figure(layout=dict(updatemenus=[dict(active=0, buttons=[
        dict(label="a", method="relayout", args=[{"title.text": "A"}]),
        dict(label="b", method="relayout", args=[{"title.text": "B"}])])]))
    after = sim.choose(fig, "b")
    assert sim.title(after) == "B" and after["layout"]["updatemenus"][0]["active"] == 1
    with pytest.raises(ValueError, match="Items: \\['a', 'b'\\]"):
        sim.choose(fig, "c")
