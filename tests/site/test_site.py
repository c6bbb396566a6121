"""The reading edition in a browser: the site is built into a temporary folder and opened
from disk (file://) in Debian's Chromium with every other request blocked.

Every page loads without a console error; every chart on a notebook page draws; one plotly
menu or slider per chart moves to the title the simulator predicts; each slide deck opens,
advances with the right arrow and draws its charts; no request leaves the disk; the data page
links to CSV files that exist. One screenshot per page goes to tests/screenshots/site/.
"""

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from tests import plotly_sim as sim
from tests.browser.test_browser import choose_menu_item, click_slider_step, squash
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
OTHER_PAGES = ["index.html", "glossary.html", "sources.html", "data.html"]
ALL_PAGES = (OTHER_PAGES + [f"{p.stem}.html" for p in NOTEBOOKS]
             + [f"slides/{p.stem}.slides.html" for p in NOTEBOOKS])
SHOTS = ROOT / "tests" / "screenshots" / "site"
ON_DISK = ("file:", "data:", "blob:", "about:")
# How many charts have drawn: plotly.js adds its svg to each chart it draws.
DRAWN = "[...document.querySelectorAll('.js-plotly-plot')].filter(p => p.querySelector('.main-svg')).length"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, str(ROOT / "authoring" / "site.py"), "--out", str(out)],
                   check=True, capture_output=True)
    return out


@pytest.fixture
def visit(site, browser):
    """Open a page of the site; yields a function returning (page, console errors, outside requests)."""
    contexts = []

    def open_page(name: str):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        contexts.append(context)
        page = context.new_page()
        errors, outside = [], []
        page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: errors.append(str(error)))

        def only_the_disk(route):
            if route.request.url.startswith(ON_DISK):
                route.continue_()
            else:
                outside.append(route.request.url)
                route.abort()

        page.route("**/*", only_the_disk)
        page.goto((site / name).as_uri())
        page.wait_for_load_state("load")
        return page, errors, outside

    yield open_page
    for context in contexts:
        context.close()


def saved_figures(path: Path, on_slides: bool = False) -> list[dict]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return [out["data"]["application/vnd.plotly.v1+json"] for cell in cells
            if not (on_slides and cell["metadata"].get("slideshow", {}).get("slide_type") == "skip")
            for out in cell.get("outputs", []) if "application/vnd.plotly.v1+json" in out.get("data", {})]


def screenshot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / (Path(name).name.removesuffix(".html") + ".png")))


@pytest.mark.parametrize("name", ALL_PAGES)
def test_page_loads_from_disk_without_errors(visit, name):
    page, errors, outside = visit(name)
    page.wait_for_timeout(500)
    screenshot(page, name)
    assert not errors, f"console errors on {name}: {errors}"
    assert not outside, f"{name} asked the network for {outside}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_chart_draws(visit, path):
    page, errors, outside = visit(f"{path.stem}.html")
    expected = len(saved_figures(path))
    page.wait_for_function(f"() => {DRAWN} >= {expected}", timeout=30_000)
    assert page.evaluate(f"() => {DRAWN}") == expected
    plots = page.locator(".js-plotly-plot")
    for index in range(plots.count()):  # one picture per chart, to look at
        plots.nth(index).scroll_into_view_if_needed()
        plots.nth(index).screenshot(path=str(SHOTS / f"{path.stem}_chart{index}.png"))
    assert not errors and not outside


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_menus_and_sliders_work_without_a_kernel(visit, path):
    page, errors, outside = visit(f"{path.stem}.html")
    figures = saved_figures(path)
    page.wait_for_function(f"() => {DRAWN} >= {len(figures)}", timeout=30_000)
    for index, fig in enumerate(figures):
        page.locator(".js-plotly-plot").nth(index).scroll_into_view_if_needed()
        if fig["layout"].get("updatemenus"):
            label = sim.labels(fig)[1]
            expected = squash(sim.title(sim.choose(fig, label)))
            assert choose_menu_item(page, index, label, expected) >= 0, f"{label!r} did not show {expected!r}"
        if fig["layout"].get("sliders"):
            steps = fig["layout"]["sliders"][0]["steps"]
            step = 3 * len(steps) // 4
            expected = squash(sim.title(sim.choose(fig, steps[step]["label"])))
            assert click_slider_step(page, index, step, len(steps), expected) >= 0, \
                f"step {steps[step]['label']!r} did not show {expected!r}"
    assert not errors and not outside


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_slides_open_advance_and_draw(visit, path):
    page, errors, outside = visit(f"slides/{path.stem}.slides.html")
    page.wait_for_selector(".reveal .slides section.present", timeout=30_000)
    assert page.locator(".reveal .slides section").count() >= 2
    first = page.evaluate("() => JSON.stringify(Reveal.getIndices())")
    page.keyboard.press("ArrowRight")
    page.wait_for_timeout(800)  # the slide transition
    assert page.evaluate("() => JSON.stringify(Reveal.getIndices())") != first, "ArrowRight did not advance"
    expected = len(saved_figures(path, on_slides=True))
    page.wait_for_function(f"() => {DRAWN} >= {expected}", timeout=30_000)
    assert page.evaluate(f"() => {DRAWN}") == expected
    screenshot(page, f"{path.stem}_slide2")
    assert not errors and not outside


def test_data_page_links_to_csv_files_that_exist(visit):
    page, errors, outside = visit("data.html")
    links = page.eval_on_selector_all("a[href$='.csv']", "links => links.map(a => a.href)")
    assert links, "no CSV links on the data page"
    for link in links:
        assert Path(unquote(urlparse(link).path)).is_file(), link
    assert not errors and not outside
