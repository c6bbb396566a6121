"""Binder builds what we think it builds, and the series runs in it.

repo2docker (what mybinder.org runs) writes its build steps without Docker when asked with
``--no-build --debug``. The tests read those steps, check that Binder installs the lock and
nothing else (no second ``pip install .``, which would replace the editable helpers), then run
the same pip steps in a fresh virtual environment, from a copy of the repository that holds
only what git tracks, and run every notebook there with every web proxy pointed at a closed
local port, so that any attempt to download something fails. Binder builds and runs as a user
without root; so does this test where that user can run the Python it starts from (where
Python lives in root's home, as on the project's machines, it runs as root and says so).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CLOSED = "http://127.0.0.1:9"


@cache
def nobody_can_run_python() -> bool:
    if os.geteuid() != 0 or not shutil.which("runuser"):
        return False
    check = subprocess.run(["runuser", "-u", "nobody", "--", sys.executable, "-c", "pass"],
                           capture_output=True)
    return check.returncode == 0


def as_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *command] if nobody_can_run_python() else command


@pytest.fixture(scope="module")
def repo_copy():
    """The repository as a fresh clone would hold it: the files git tracks (and new ones)."""
    if not nobody_can_run_python():
        warnings.warn("runs as root: no user without root can run this machine's Python", stacklevel=1)
    files = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    home = Path(tempfile.mkdtemp(prefix="indeo-binder-"))
    home.chmod(0o755)
    target = home / "repo"
    for name in files:
        if (ROOT / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, target / name)
    yield target
    shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def dockerfile(repo_copy) -> str:
    run = subprocess.run([str(Path(sys.executable).parent / "jupyter-repo2docker"), "--no-build",
                          "--debug", "."], cwd=repo_copy, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    return run.stdout + run.stderr


def pip_steps(dockerfile: str) -> list[str]:
    return [line.removeprefix("RUN ").strip() for line in dockerfile.splitlines()
            if re.match(r"RUN \$\{(KERNEL|NB)_PYTHON_PREFIX\}/bin/pip install", line)]


def test_binder_installs_the_lock_and_nothing_else(dockerfile):
    assert "Building conda environment for python=3.11" in dockerfile
    assert pip_steps(dockerfile) == [
        '${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r "binder/requirements.txt"']
    assert "pip install --no-cache-dir ." not in dockerfile


@pytest.fixture(scope="module")
def binder_env(repo_copy, dockerfile):
    """A fresh virtual environment built with Binder's own pip steps, owned by a non-root user."""
    home = repo_copy.parent
    venv = home / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if nobody_can_run_python():
        subprocess.run(["chown", "-R", "nobody", str(home)], check=True)
    env = dict(os.environ, HOME=str(home), KERNEL_PYTHON_PREFIX=str(venv), NB_PYTHON_PREFIX=str(venv))
    env.pop("INDEO_SERIES_DATA", None)
    for step in pip_steps(dockerfile):
        command = step.replace("${KERNEL_PYTHON_PREFIX}", str(venv)).replace("${NB_PYTHON_PREFIX}", str(venv))
        run = subprocess.run(as_user(["bash", "-c", command + " --quiet --disable-pip-version-check"]),
                             cwd=repo_copy, env=env, capture_output=True, text=True, timeout=900)
        assert run.returncode == 0, run.stderr[-3000:]
    return venv, env


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_notebook_runs_in_the_binder_environment(binder_env, repo_copy, path):
    venv, env = binder_env
    offline = dict(env, HTTP_PROXY=CLOSED, HTTPS_PROXY=CLOSED, ALL_PROXY=CLOSED, http_proxy=CLOSED,
                   https_proxy=CLOSED, all_proxy=CLOSED, NO_PROXY="", no_proxy="")
    out = repo_copy.parent / "executed"
    run = subprocess.run(as_user([str(venv / "bin" / "jupyter"), "nbconvert", "--to", "notebook",
                                  "--execute", f"--output-dir={out}", f"notebooks/{path.name}"]),
                         cwd=repo_copy, env=offline, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    executed = (out / path.name).read_text(encoding="utf-8")
    assert '"output_type": "error"' not in executed
