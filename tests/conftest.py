import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--disable-quic"]


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for every browser test of the session (Playwright allows one
    synchronous driver per process)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def data_copy(tmp_path):
    """A throw-away copy of data/ that every helper (tables and geometry) reads instead."""
    from helpers import data

    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    data.use_data(copy)
    yield copy
    data.use_data(None)


def pytest_collection_modifyitems(config, items):
    # nbval re-runs whole notebooks: slow, like the budget and regression tests.
    for item in items:
        if item.nodeid.endswith(".ipynb") or ".ipynb::" in item.nodeid:
            item.add_marker(pytest.mark.slow)
    # Browser tests last: their JupyterLab servers, kernels and Chromium live until the session
    # ends, and slowed the Run All timings that used to follow them by up to half.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)  # a stable sort


_skipped = []


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    # A skipped test proves nothing: the run fails if any test was skipped.
    if _skipped and exitstatus == 0:
        print(f"\n{len(_skipped)} test(s) skipped, which counts as a failure: {_skipped[:5]}")
        session.exitstatus = 1
