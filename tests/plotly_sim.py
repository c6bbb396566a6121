"""What plotly.js does to a figure when a menu item or a slider step is chosen, in Python.

Explorers built on plotly's own controls run in the browser, with no kernel; this small
simulator applies a control's ``restyle``, ``relayout`` or ``update`` arguments to the figure's
JSON, so unit tests can say "choose X, and the chart shows Y" without a browser.
"""

from __future__ import annotations

import copy
import re

_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _parts(path: str) -> list:
    return [int(index) if index else name for name, index in _TOKEN.findall(path)]


def set_path(target: dict, path: str, value) -> None:
    """Set 'title.text', 'shapes[0].x0' or 'line.width' in a nested dict, as plotly.js does."""
    parts = _parts(path)
    for here, after in zip(parts, parts[1:]):
        if isinstance(here, int):
            target = target[here]
        else:
            target = target.setdefault(here, [] if isinstance(after, int) else {})
    target[parts[-1]] = value


def get_path(source: dict, path: str):
    for part in _parts(path):
        source = source[part]
    return source


def restyle(fig: dict, update: dict, indices: list[int]) -> None:
    """A list value gives the i-th chosen trace its i-th item; any other value goes to all."""
    for key, value in update.items():
        for n, index in enumerate(indices):
            set_path(fig["data"][index], key, value[n % len(value)] if isinstance(value, list) else value)


def relayout(fig: dict, update: dict) -> None:
    for key, value in update.items():
        set_path(fig["layout"], key, value)


def apply(fig: dict, method: str, args: list) -> None:
    if method == "restyle":
        restyle(fig, args[0], args[1] if len(args) > 1 else list(range(len(fig["data"]))))
    elif method == "relayout":
        relayout(fig, args[0])
    elif method == "update":
        restyle(fig, args[0], args[2] if len(args) > 2 else list(range(len(fig["data"]))))
        relayout(fig, args[1])
    else:
        raise ValueError(f"The simulator knows restyle, relayout and update, not {method!r}.")


def controls(fig: dict) -> list[tuple[str, int, dict]]:
    """Every menu button and slider step: (kind, control number, item)."""
    found = []
    for kind, items in (("updatemenus", "buttons"), ("sliders", "steps")):
        for number, control in enumerate(fig["layout"].get(kind, [])):
            found += [(kind, number, item) for item in control[items]]
    return found


def labels(fig) -> list[str]:
    return [item["label"] for _, _, item in controls(as_dict(fig))]


def as_dict(fig) -> dict:
    return fig if isinstance(fig, dict) else fig.to_dict()


def choose(fig, label: str) -> dict:
    """The figure (as a dict) after choosing the menu item or slider step called ``label``."""
    state = copy.deepcopy(as_dict(fig))
    for kind, number, item in controls(state):
        if item["label"] == label:
            apply(state, item["method"], item["args"])
            items = state["layout"][kind][number]["buttons" if kind == "updatemenus" else "steps"]
            state["layout"][kind][number]["active"] = items.index(item)
            return state
    raise ValueError(f"No control item called {label!r}. Items: {labels(state)}.")


def title(fig) -> str:
    return as_dict(fig)["layout"]["title"]["text"]


def fills(fig) -> dict[str, str]:
    """Fill colour of each trace that carries a code in ``meta``."""
    return {t["meta"]: t.get("fillcolor") for t in as_dict(fig)["data"] if isinstance(t.get("meta"), str)}


def widths(fig) -> dict[str, float]:
    return {t["meta"]: t.get("line", {}).get("width") for t in as_dict(fig)["data"]
            if isinstance(t.get("meta"), str)}
