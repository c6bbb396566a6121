"""INSTRUCTORS.md is written from the notebooks' slides and notes: it must match them."""

import subprocess
import sys

from tests.conftest import ROOT


def test_instructor_guide_matches_the_notebooks():
    result = subprocess.run([sys.executable, "authoring/instructors.py", "--check"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_instructor_guide_has_every_notebook_and_its_exit_ticket():
    guide = (ROOT / "INSTRUCTORS.md").read_text(encoding="utf-8")
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        assert f"`notebooks/{path.name}`" in guide
    assert guide.count("**Exit ticket.**") == len(list((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")))
