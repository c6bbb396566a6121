import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    """A throw-away copy of data/ that helpers.data reads instead of the real one."""
    from helpers import data

    copy = tmp_path / "data"
    shutil.copytree(ROOT / "data", copy)
    monkeypatch.setattr(data, "DATA_DIR", copy)
    data._read_package.cache_clear()
    data._read_csv_cached.cache_clear()
    yield copy
    data._read_package.cache_clear()
    data._read_csv_cached.cache_clear()


_skipped = []


def pytest_runtest_logreport(report):
    if report.skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    # A skipped test proves nothing: the run fails if any test was skipped.
    if _skipped and exitstatus == 0:
        print(f"\n{len(_skipped)} test(s) skipped, which counts as a failure: {_skipped[:5]}")
        session.exitstatus = 1
