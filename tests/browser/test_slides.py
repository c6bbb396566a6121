"""The lecture cut, as a lecturer shows it: each notebook's RISE slideshow in full screen at
1280 x 720 (the page JupyterLab opens with View > "Full screen slideshow"), walked with the
right arrow key as a presenter's clicker would.

Per notebook: at most 15 slides and no vertical sub-slides (which the right arrow skips), no
slide taller than the screen, body text of at least 24 px and chart text of at least 14 px, no
code on any slide, and one plotly explorer moved on its slide to the title the simulator
predicts. One screenshot per slide goes to tests/screenshots/slides/, to look at.
"""

import json

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests import plotly_sim as sim
from tests.browser.conftest import NOTEBOOKS
from tests.browser.test_browser import ARM_TIMER, SHOTS, saved_figures, squash

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTH, HEIGHT = 1280, 720
MAX_SLIDES, BODY_PX, CHART_PX = 15, 24, 14

SLIDE_FACTS = """() => {
  const slide = [...document.querySelectorAll('.reveal .slides section.present')].pop();
  const shown = e => e.offsetParent !== null;
  const body = [...slide.querySelectorAll('.jp-RenderedHTMLCommon :is(p, li, td, th)')].filter(shown)
      .map(e => parseFloat(getComputedStyle(e).fontSize));
  const chart = [...slide.querySelectorAll('.js-plotly-plot svg text')]
      .filter(e => e.textContent.trim() && !/^Sources?:/.test(e.textContent))
      .map(e => parseFloat(e.style.fontSize || getComputedStyle(e).fontSize));
  const box = slide.getBoundingClientRect();
  const right = [...slide.querySelectorAll('.jp-RenderedHTMLCommon :is(p, li, td, th, h1, h2, h3)')]
      .filter(shown).map(e => e.getBoundingClientRect().right);
  return {id: slide.id, scroll: slide.scrollHeight, height: slide.clientHeight,
          top: box.top, bottom: box.bottom, right: right.length ? Math.max(...right) : 0,
          body: body.length ? Math.min(...body) : null,
          chart: chart.length ? Math.min(...chart) : null,
          code: [...slide.querySelectorAll('.jp-CodeCell .jp-InputArea')].filter(shown).length,
          controls: slide.querySelectorAll('.updatemenu-header-group, .slider-rail-rect').length,
          title: (slide.querySelector('.gtitle') || {}).textContent || ''};
}"""

# Where the presenter is: the present slide and how many fragments are shown.
POSITION = """() => {
  const slide = [...document.querySelectorAll('.reveal .slides section.present')].pop();
  return (slide ? slide.id : '') + ':' + document.querySelectorAll('.reveal .fragment.visible').length;
}"""


@pytest.fixture(scope="module", params=NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def slideshow(request, slides_lab, browser):
    """Walk one notebook's slideshow to the end; record each slide; move one explorer."""
    path = request.param
    context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT})
    page = context.new_page()
    page.goto(f"{slides_lab}/rise/{path.name}")
    page.wait_for_selector(".reveal .slides section.present", timeout=90_000)
    page.wait_for_timeout(2000)
    shots = SHOTS / "slides"
    shots.mkdir(parents=True, exist_ok=True)
    slides, moved, unchanged = [], None, 0
    for _ in range(120):  # arrow presses: slides and fragments
        facts = page.evaluate(SLIDE_FACTS)
        if not slides or facts["id"] != slides[-1]["id"]:
            settle(page)  # the slide transition ends and charts finish drawing
            facts = page.evaluate(SLIDE_FACTS)
            slides.append(facts)
            page.screenshot(path=str(shots / f"{path.stem}_{len(slides):02d}.png"))
            if moved is None and facts["controls"]:
                moved = move_explorer(page, saved_figures(path), facts["title"])
            unchanged = 0
        else:
            unchanged += 1
            if unchanged > 3:
                break
        before = page.evaluate(POSITION)
        page.keyboard.press("ArrowRight")
        try:  # wait for this press to land, so that two presses never skip a slide between looks
            page.wait_for_function(f"before => ({POSITION})() !== before", arg=before, timeout=1500)
        except PlaywrightTimeout:
            pass  # the last slide: nothing moves
    counts = page.evaluate("""() => [...document.querySelectorAll('.reveal .slides > section')]
                                    .map(s => s.querySelectorAll(':scope > section').length)""")
    yield {"path": path, "slides": slides, "moved": moved, "stacks": counts}
    context.close()


def settle(page) -> None:
    """Wait until the present slide stops moving (reveal.js slides it in, about 0.8 s)."""
    left = ("() => [...document.querySelectorAll('.reveal .slides section.present')].pop()"
            ".getBoundingClientRect().left")
    before = page.evaluate(left)
    for _ in range(30):
        page.wait_for_timeout(150)
        now = page.evaluate(left)
        if abs(now - before) < 0.5:
            break
        before = now
    page.wait_for_timeout(300)  # charts finish drawing


def move_explorer(page, figures: list[dict], title_shown: str) -> dict:
    """Move the explorer on the present slide to another state; return what was expected."""
    fig = next(f for f in figures if squash(sim.title(f)) == squash(title_shown))
    plot = ".reveal .slides section.present .js-plotly-plot"
    if fig["layout"].get("updatemenus"):
        label = sim.labels(fig)[1]
        expected = squash(sim.title(sim.choose(fig, label)))
        page.locator(plot).first.locator(".updatemenu-header-group").click()
        page.evaluate(ARM_TIMER, [plot, 0, ".gtitle", expected, "mousedown"])
        page.locator(plot).first.locator(".updatemenu-dropdown-button", has_text=label).first.click()
    else:
        steps = fig["layout"]["sliders"][0]["steps"]
        step = len(steps) // 4
        expected = squash(sim.title(sim.choose(fig, steps[step]["label"])))
        rail = page.locator(plot).first.locator(".slider-rail-rect").first.bounding_box()
        page.evaluate(ARM_TIMER, [plot, 0, ".gtitle", expected, "mousedown"])
        page.mouse.click(rail["x"] + step / (len(steps) - 1) * rail["width"], rail["y"] + rail["height"] / 2)
    return {"expected": expected, "ms": page.evaluate("window.__redraw")}


def test_at_most_fifteen_slides_and_no_sub_slides(slideshow):
    assert 5 <= len(slideshow["slides"]) <= MAX_SLIDES, [s["id"] for s in slideshow["slides"]]
    assert len(slideshow["stacks"]) == len(slideshow["slides"])
    assert set(slideshow["stacks"]) == {1}, "a sub-slide would be skipped by the right arrow"


def test_no_slide_is_taller_or_wider_than_the_screen(slideshow):
    too_tall = [s for s in slideshow["slides"]
                if s["scroll"] > s["height"] + 1 or s["top"] < 0 or s["bottom"] > HEIGHT]
    assert not too_tall, json.dumps(too_tall, indent=1)
    too_wide = [s for s in slideshow["slides"] if s["right"] > WIDTH]
    assert not too_wide, json.dumps(too_wide, indent=1)


def test_text_is_large_enough_for_a_projector(slideshow):
    small = [s for s in slideshow["slides"] if (s["body"] is not None and s["body"] < BODY_PX)
             or (s["chart"] is not None and s["chart"] < CHART_PX)]
    assert not small, json.dumps(small, indent=1)
    assert any(s["chart"] for s in slideshow["slides"]), "no chart in the lecture cut"


def test_no_code_on_the_slides(slideshow):
    assert not [s["id"] for s in slideshow["slides"] if s["code"]]


def test_one_explorer_moves_on_its_slide(slideshow):
    moved = slideshow["moved"]
    assert moved is not None, "no slide carries a plotly menu or slider"
    assert moved["ms"] >= 0, f"the explorer did not reach {moved['expected']!r}"
