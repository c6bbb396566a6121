"""Run All time of each notebook against the floor (a fresh kernel that only imports helpers).

DESIGN.md's budget: Run All of one notebook takes at most 1.5 times the floor. Each time is the
median of three runs; the figures are written to tests/artifacts/run_all_times.json.
"""

import json
import statistics
import time

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
RUNS = 3
FLOOR_CELL = "from helpers import charts, checks, data, geo, quizzes, widgets"
TIMES = {}


def run_seconds(nb) -> float:
    started = time.perf_counter()
    NotebookClient(nb, timeout=120, kernel_name="python3", store_widget_state=False,
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    return time.perf_counter() - started


@pytest.fixture(scope="module")
def floor():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CELL)])
    seconds = statistics.median(run_seconds(nb) for _ in range(RUNS))
    TIMES["floor"] = round(seconds, 2)
    yield seconds
    (ROOT / "tests" / "artifacts").mkdir(parents=True, exist_ok=True)
    (ROOT / "tests" / "artifacts" / "run_all_times.json").write_text(json.dumps(TIMES, indent=2))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_run_all_within_one_and_a_half_times_the_floor(floor, path):
    seconds = statistics.median(run_seconds(nbformat.read(path, as_version=4)) for _ in range(RUNS))
    TIMES[path.stem] = round(seconds, 2)
    assert seconds <= 1.5 * floor, f"{path.stem}: {seconds:.2f} s against a floor of {floor:.2f} s"
