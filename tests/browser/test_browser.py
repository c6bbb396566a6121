"""Browser tests: each notebook in JupyterLab, driven by Playwright in Debian's Chromium.

For every notebook: Run All, no error output, every chart drawn, each explorer redraws its chart
when its control moves (timed), the quiz answers, the RISE slideshow opens, no request leaves
localhost. Screenshots and measurements go to tests/screenshots/ and tests/artifacts/.
"""

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
SHOTS = ROOT / "tests" / "screenshots"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync",
                 "--disable-quic"]
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")
MOVES = 15


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a free localhost port, serving a copy of the notebooks."""
    root = tmp_path_factory.mktemp("notebooks")
    for path in NOTEBOOKS:
        shutil.copy(path, root)
    settings = tmp_path_factory.mktemp("settings")
    tracker = settings / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    # Render every cell, so the test can see every chart without scrolling.
    (tracker / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}')
    port = free_port()
    log = open(tmp_path_factory.mktemp("log") / "lab.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--allow-root", "--no-browser", f"--port={port}",
         "--ServerApp.ip=127.0.0.1", "--ServerApp.token=", "--ServerApp.password=",
         f"--ServerApp.root_dir={root}", f"--LabApp.user_settings_dir={settings}",
         f"--LabApp.workspaces_dir={settings}"],
        stdout=log, stderr=subprocess.STDOUT)
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


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def metrics():
    results = {}
    yield results
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "browser_metrics.json").write_text(json.dumps(results, indent=2))


def saved_figures(path: Path) -> int:
    nb = json.loads(path.read_text(encoding="utf-8"))
    return sum("application/vnd.plotly.v1+json" in out.get("data", {})
               for cell in nb["cells"] for out in cell.get("outputs", []))


def run_all(page) -> float:
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    started = time.perf_counter()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()
    # If the kernel session is still being set up, JupyterLab may ask which kernel to use.
    page.wait_for_timeout(500)
    select = page.locator(".jp-Dialog .jp-mod-accept")
    if select.count():
        select.first.click()
    page.wait_for_function(
        """() => { const p = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
                   return p.length > 0 && p.every(e => /\\[\\d+\\]/.test(e.textContent)); }""",
        timeout=180_000)
    return time.perf_counter() - started


# The page starts a timer when an item of a plotly dropdown is pressed, then polls each frame
# until the chart's title has changed; the promise resolves with the elapsed milliseconds.
ARM_TIMER = """([index, before, trigger]) => {
  const plot = document.querySelectorAll('.js-plotly-plot')[index];
  window.__redraw = new Promise(resolve => {
    document.addEventListener(trigger || 'mousedown', () => {
      const t0 = performance.now();
      const poll = () => {
        const title = plot.querySelector('.gtitle');
        if (title && title.textContent !== before) resolve(performance.now() - t0);
        else requestAnimationFrame(poll);
      };
      requestAnimationFrame(poll);
    }, {capture: true, once: true});
  });
}"""


def choose(page, plot_index: int, label: str) -> float:
    """Choose an item in the plotly dropdown of one chart; return ms until its title redraws."""
    plot = page.locator(".js-plotly-plot").nth(plot_index)
    before = plot.locator(".gtitle").text_content()
    plot.locator(".updatemenu-header-group").click()
    item = plot.locator(".updatemenu-dropdown-button", has_text=label).first
    page.evaluate(ARM_TIMER, [plot_index, before])
    item.click()
    return page.evaluate("window.__redraw")


def exercise_dropdowns(page) -> list[float]:
    plots = page.locator(".js-plotly-plot")
    timings = []
    for index in range(plots.count()):
        menu = plots.nth(index).locator(".updatemenu-header-group")
        if not menu.count():
            continue
        plots.nth(index).scroll_into_view_if_needed()
        menu.click()
        labels = plots.nth(index).locator(".updatemenu-dropdown-button").all_text_contents()
        menu.click()
        assert len(labels) >= 2
        before = plots.nth(index).locator(".gtitle").text_content()
        timings.append(choose(page, index, labels[1].strip()))
        assert plots.nth(index).locator(".gtitle").text_content() != before
        for move in range(MOVES - 1):
            timings.append(choose(page, index, labels[move % 2].strip()))
    return timings


def wait_for_frame(page, part: str, seconds: float = 60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        for frame in page.frames:
            if part in frame.url:
                return frame
        page.wait_for_timeout(250)
    pytest.fail(f"no frame with '{part}' in its address opened within {seconds} s")


def slide_to(page, plot_index: int, fraction: float) -> float:
    """Click a plotly slider's rail at a fraction of its length; return ms until the title redraws."""
    plot = page.locator(".js-plotly-plot").nth(plot_index)
    rail = plot.locator(".slider-rail-rect").first.bounding_box()
    before = plot.locator(".gtitle").text_content()
    page.evaluate(ARM_TIMER, [plot_index, before])
    page.mouse.click(rail["x"] + fraction * rail["width"], rail["y"] + rail["height"] / 2)
    return page.evaluate("window.__redraw")


def exercise_ipywidget_dropdowns(page) -> list[float]:
    """ipywidgets Dropdowns whose panel holds a FigureWidget: ms from change to redrawn title."""
    timings = []
    panels = page.locator(".widget-vbox:has(.widget-dropdown select):has(.js-plotly-plot)")
    for p in range(panels.count()):
        select = panels.nth(p).locator(".widget-dropdown select").first
        plot = panels.nth(p).locator(".js-plotly-plot").first
        index = page.locator(".js-plotly-plot").evaluate_all(
            "(plots, target) => plots.indexOf(target)", plot.element_handle())
        select.scroll_into_view_if_needed()
        values = select.locator("option").evaluate_all("options => options.map(o => o.value)")
        for move in range(MOVES):
            before = plot.locator(".gtitle").text_content()
            page.evaluate(ARM_TIMER, [index, before, "change"])
            select.select_option(values[1 + move % 2])
            timings.append(page.evaluate("window.__redraw"))
    return timings


def exercise_sliders(page) -> list[float]:
    plots = page.locator(".js-plotly-plot")
    timings = []
    for index in range(plots.count()):
        if not plots.nth(index).locator(".slider-rail-rect").count():
            continue
        plots.nth(index).scroll_into_view_if_needed()
        for move in range(MOVES):
            timings.append(slide_to(page, index, 0.25 if move % 2 == 0 else 0.75))
    return timings


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_in_jupyterlab(lab, browser, metrics, path):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    outside = []
    page.on("request", lambda r: None if r.url.startswith(LOCAL) else outside.append(r.url))
    # A workspace of its own, reset, so panels left open by an earlier test do not come back.
    page.goto(f"{lab}/lab/workspaces/{path.stem}/tree/{path.name}?reset")
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    page.get_by_text("Python 3 (ipykernel) | Idle").first.wait_for(timeout=90_000)
    page.wait_for_timeout(1000)
    assert page.locator(".jp-Dialog").count() == 0, "a dialog opened with the notebook"
    assert page.get_by_text("Jupyter news").count() == 0, "the news pop-up appeared"

    seconds = run_all(page)
    assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    assert page.locator(".jp-OutputArea-output:has-text('Traceback')").count() == 0

    expected = saved_figures(path)
    page.wait_for_function(
        f"""() => [...document.querySelectorAll('.js-plotly-plot')]
                   .filter(p => p.querySelector('.main-svg .cartesianlayer')).length >= {expected}""",
        timeout=60_000)

    quiz = page.locator("button", has_text="Check my answers")
    if quiz.count():
        quiz.first.click()
        page.get_by_text("Choose an answer first").first.wait_for(timeout=10_000)

    timings = exercise_dropdowns(page) + exercise_sliders(page)
    widget_timings = exercise_ipywidget_dropdowns(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{path.stem}.png"))

    page.locator("[title^='Render the current notebook as Reveal Slideshow']").first.click()
    slides = wait_for_frame(page, "/rise/")
    slides.wait_for_selector(".reveal .slides section", timeout=60_000)
    page.wait_for_timeout(1500)
    page.screenshot(path=str(SHOTS / f"{path.stem}_slides.png"))
    slide_count = slides.locator(".reveal .slides > section").count()

    metrics[path.stem] = {
        "run_all_in_browser_s": round(seconds, 2),
        "figures": expected,
        "plotly_control_moves": len(timings),
        "plotly_control_median_ms": round(statistics.median(timings), 1) if timings else None,
        "plotly_control_ms": [round(t, 1) for t in timings],
        "ipywidgets_moves": len(widget_timings),
        "ipywidgets_median_ms": round(statistics.median(widget_timings), 1) if widget_timings else None,
        "ipywidgets_ms": [round(t, 1) for t in widget_timings],
        "slides": slide_count,
    }
    context.close()
    assert slide_count >= 4
    assert not outside, f"requests left localhost: {outside}"
    # DESIGN.md budgets are 40 ms (plotly controls) and 80 ms (ipywidgets); the test fails at
    # 1.5 times those, so that a slower pattern (say, redrawing a figure per change) is caught
    # while a busy CI machine does not make it flaky. The measured medians are in the artifact.
    if timings:
        assert statistics.median(timings) < 60, metrics[path.stem]
    if widget_timings:
        assert statistics.median(widget_timings) < 120, metrics[path.stem]
