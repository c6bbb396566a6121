"""Shared by the browser tests: one JupyterLab server and one Chromium for the session."""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT  # noqa: F401  (re-exported)

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(tmp_path_factory, render_every_cell: bool):
    """Start JupyterLab on a free localhost port, serving fresh copies of the notebooks."""
    root = tmp_path_factory.mktemp("notebooks")
    for path in NOTEBOOKS + [ROOT / "notebooks" / "rise.css"]:
        shutil.copy(path, root)
    settings = tmp_path_factory.mktemp("settings")
    if render_every_cell:  # so a test can see every chart without scrolling
        tracker = settings / "@jupyterlab" / "notebook-extension"
        tracker.mkdir(parents=True)
        (tracker / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    port = free_port()
    log = open(tmp_path_factory.mktemp("log") / "lab.log", "w")
    # The copies live outside the repository, so the kernels are told where data/ is.
    env = dict(os.environ, INDEO_SERIES_DATA=str(ROOT / "data"))
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--allow-root", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", "--ServerApp.token=", "--ServerApp.password=",
         f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
         f"--LabApp.workspaces_dir={settings}"],
        stdout=log, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/api/status", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.terminate()
        pytest.fail("JupyterLab did not start within 90 s")
    yield url
    server.terminate()
    server.wait(timeout=30)
    log.close()


@pytest.fixture(scope="session")
def lab(tmp_path_factory):
    """JupyterLab as the notebook tests use it: every cell rendered."""
    yield from serve(tmp_path_factory, render_every_cell=True)


@pytest.fixture(scope="session")
def slides_lab(tmp_path_factory):
    """JupyterLab as a lecturer has it: default settings, notebooks as saved (never run here)."""
    yield from serve(tmp_path_factory, render_every_cell=False)
