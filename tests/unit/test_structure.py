"""The shape of helpers/: generic parts apart from per-notebook explorers, small modules,
colours named in one place, light imports."""

import ast
import re
import statistics
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

HELPERS = ROOT / "helpers"
GENERIC = sorted(HELPERS.glob("*.py"))
EXPLORERS = sorted((HELPERS / "explorers").glob("nb*.py"))


def imported(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def test_there_is_an_explorer_module_per_built_notebook():
    notebooks = {p.stem[:2] for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    assert notebooks <= {p.stem[2:4] for p in EXPLORERS}


@pytest.mark.parametrize("path", GENERIC, ids=[p.name for p in GENERIC])
def test_generic_modules_never_import_an_explorer(path):
    assert not [name for name in imported(path) if name.startswith("helpers.explorers")]


@pytest.mark.parametrize("path", EXPLORERS, ids=[p.name for p in EXPLORERS])
def test_explorers_never_import_each_other(path):
    assert not [name for name in imported(path) if name.startswith("helpers.explorers.nb")]


@pytest.mark.parametrize("path", GENERIC + EXPLORERS, ids=[p.name for p in GENERIC + EXPLORERS])
def test_no_helpers_module_is_over_300_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 300


def test_colours_are_named_only_in_charts():
    files = [p for p in HELPERS.rglob("*.py") if p.name != "charts.py"]
    files += sorted((ROOT / "authoring").glob("[0-9][0-9]_*.py"))
    found = {p.name: re.findall(r"#[0-9A-Fa-f]{6}\b", p.read_text(encoding="utf-8")) for p in files}
    assert not {name: hexes for name, hexes in found.items() if hexes}


def python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout.strip()


def test_importing_helpers_imports_nothing_else():
    code = "import sys, helpers; print(sorted(m for m in sys.modules if m.startswith('helpers.')))"
    assert python(code) == "[]"


def test_helpers_data_imports_no_plotting_library_and_sets_nothing():
    code = ("import os, sys; before = dict(os.environ); from helpers import data; data.load('states'); "
            "print(sorted(m for m in ('plotly', 'ipywidgets', 'IPython') if m in sys.modules), "
            "dict(os.environ) == before)")
    assert python(code) == "[] True"


@pytest.mark.slow
def test_importing_every_helper_costs_at_most_1_3_times_the_bare_stack():
    stack = "import pandas, plotly.graph_objects, plotly.io, ipywidgets, IPython.display"
    everything = ("from helpers import charts, checks, data, geo, states, widgets; "
                  + "; ".join(f"import helpers.explorers.{p.stem}" for p in EXPLORERS))

    def seconds(code):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
        return time.perf_counter() - started

    bare, ours = [], []
    for _ in range(7):  # in turn, so that a busy moment slows both
        bare.append(seconds(stack))
        ours.append(seconds(everything))
    bare, ours = statistics.median(bare), statistics.median(ours)
    assert ours <= 1.3 * bare, f"helpers {ours:.2f} s against the bare stack's {bare:.2f} s"
