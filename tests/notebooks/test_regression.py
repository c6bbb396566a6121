"""The regression harness can fail: one changed number in data/ makes strict nbval fail."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def run_nbval(data_dir, tmp_path):
    env = dict(os.environ, INDEO_SERIES_DATA=str(data_dir))
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "addopts=",
         "--nbval", "--nbval-sanitize-with", "tests/sanitize.cfg",
         "notebooks/00_start_here.ipynb", f"--basetemp={tmp_path / 'nbval'}"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_changing_one_border_length_makes_nbval_fail(tmp_path):
    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    borders = copy / "afghanistan_borders.csv"
    text = borders.read_text(encoding="utf-8")
    assert "UZB,144,cia-wfb-2020" in text
    borders.write_text(text.replace("UZB,144,cia-wfb-2020", "UZB,143,cia-wfb-2020"), encoding="utf-8")
    result = run_nbval(copy, tmp_path)
    assert result.returncode == 1, result.stdout[-2000:]
    assert "failed" in result.stdout and "143" in result.stdout
