"""Run All time of each notebook against the floor: a fresh kernel that imports only pandas,
plotly and ipywidgets (the stack every notebook needs, without the series' own code).

DESIGN.md's budget: Run All of one notebook takes at most 1.5 times the floor. The floor and
the notebook run in turn, five times each, and their medians are compared, so a machine that
slows down for a while slows both. The figures go to tests/artifacts/run_all_times.json.
"""

import json
import statistics
import time

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
RUNS = 5
FLOOR_CELL = "import pandas, plotly.graph_objects, plotly.io, ipywidgets, IPython.display"
TIMES = {}


def run_seconds(nb) -> float:
    started = time.perf_counter()
    NotebookClient(nb, timeout=120, kernel_name="python3", store_widget_state=False,
                   resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    return time.perf_counter() - started


@pytest.fixture(scope="module")
def record():
    yield TIMES
    (ROOT / "tests" / "artifacts").mkdir(parents=True, exist_ok=True)
    (ROOT / "tests" / "artifacts" / "run_all_times.json").write_text(json.dumps(TIMES, indent=2))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_run_all_within_one_and_a_half_times_the_floor(record, path):
    floor, notebook = [], []
    for _ in range(RUNS):
        floor.append(run_seconds(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(FLOOR_CELL)])))
        notebook.append(run_seconds(nbformat.read(path, as_version=4)))
    floor, seconds = statistics.median(floor), statistics.median(notebook)
    record[path.stem] = {"floor_s": round(floor, 2), "run_all_s": round(seconds, 2),
                         "ratio": round(seconds / floor, 2)}
    assert seconds <= 1.5 * floor, f"{path.stem}: {seconds:.2f} s against a floor of {floor:.2f} s"
