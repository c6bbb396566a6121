"""The environment is the lock, the package declares what it imports, settings are installed."""

import ast
import json
import sys
import tomllib
from pathlib import Path

from authoring import build
from tests.conftest import ROOT

# Import names of the helpers' third-party packages, by distribution name in pyproject.toml.
DISTRIBUTIONS = {"pandas": "pandas", "plotly": "plotly", "ipywidgets": "ipywidgets",
                 "IPython": "ipython", "numpy": "numpy"}


def test_this_python_is_exactly_the_lock():
    """Saved outputs depend on installed packages: tests and builds run in the lock's environment."""
    assert build.environment_problems() == []


def test_the_lock_refuses_a_package_it_does_not_pin(tmp_path):
    lock = tmp_path / "lock.txt"
    lock.write_text("pandas==0.0.1\n", encoding="utf-8")
    problems = build.environment_problems(lock)
    assert any("the lock pins 0.0.1" in p for p in problems)
    assert any(p.startswith("not in the lock:") and "plotly" in p for p in problems)


def test_helpers_declares_every_package_it_imports():
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"])
    imported = set()
    for path in (ROOT / "helpers").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
                [node.module] if isinstance(node, ast.ImportFrom) and node.level == 0 else [])
            imported |= {n.split(".")[0] for n in names if n}
    third_party = imported - set(sys.stdlib_module_names) - {"helpers"}
    assert third_party <= set(DISTRIBUTIONS), third_party - set(DISTRIBUTIONS)
    assert {DISTRIBUTIONS[name] for name in third_party} <= declared


def test_lab_settings_are_installed_where_jupyterlab_reads_them():
    settings = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings"
    installed = settings / "overrides.d" / "indeo-series.json"
    shipped = ROOT / "lab-settings" / "indeo-series.json"
    assert json.loads(installed.read_text()) == json.loads(shipped.read_text())
    notification = json.loads(shipped.read_text())["@jupyterlab/apputils-extension:notification"]
    assert notification["fetchNews"] == "false" and notification["checkForUpdates"] is False


def test_binder_installs_the_same_pins_with_the_helpers_as_a_copy():
    lock = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    binder = [line for line in (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8").splitlines()
              if not line.startswith("# What Binder") and not line.startswith("# installed as")
              and not line.startswith("# the notebook's")]
    assert binder == [("." if line == "-e ." else line) for line in lock], "run .ci/lock"
    assert "-e ." not in binder
