"""The reading edition, built without a browser: a page and a deck per notebook, plotly.js
copied once and never inlined, nothing loaded from a CDN, every chart present, worked
solutions folded, and the live-only parts explained."""

import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # builds the whole site (about ten seconds)

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
PLOTLY_MIME = "application/vnd.plotly.v1+json"
OUTSIDE_LOAD = re.compile(r'<(?:script|link)\b[^>]*\b(?:src|href)="(?:https?:)?//[^"]*"')
CDN = re.compile(r'<(?:script|link)\b[^>]*\b(?:src|href)="[^"]*(?:cdn\.|https://unpkg|cdnjs)[^"]*"')


def load_builder():
    spec = importlib.util.spec_from_file_location("site_builder", ROOT / "authoring" / "site.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    load_builder().build(out, "someone/indeo-series")
    return out


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def plotly_outputs(path: Path, on_slides: bool = False) -> int:
    return sum(PLOTLY_MIME in out.get("data", {}) for cell in cells(path)
               if not (on_slides and cell["metadata"].get("slideshow", {}).get("slide_type") == "skip")
               for out in cell.get("outputs", []))


def pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_notebook_has_a_page_and_a_deck(site, path):
    assert (site / f"{path.stem}.html").is_file()
    assert (site / "slides" / f"{path.stem}.slides.html").is_file()


def test_the_other_pages_exist(site):
    for name in ("index.html", "glossary.html", "sources.html", "data.html"):
        assert (site / name).is_file(), name


def test_plotly_js_is_copied_once_and_never_inlined(site):
    assert [p.relative_to(site) for p in site.rglob("plotly.min.js")] == [Path("assets/plotly.min.js")]
    library = (site / "assets" / "plotly.min.js").read_text(encoding="utf-8")
    signature = library[:200].split("\n")[1]  # the "* plotly.js vX.Y.Z" line of its header
    for page in pages(site):
        assert page.stat().st_size < len(library) / 4, f"{page.name} is suspiciously large"
        assert signature not in page.read_text(encoding="utf-8"), f"{page.name} inlines plotly.js"


def test_nothing_is_loaded_from_the_network(site):
    for page in pages(site):
        text = page.read_text(encoding="utf-8")
        assert not CDN.findall(text), f"{page.name}: {CDN.findall(text)}"
        assert not OUTSIDE_LOAD.findall(text), f"{page.name}: {OUTSIDE_LOAD.findall(text)}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_every_chart_is_on_the_page_and_the_slides(site, path):
    page = (site / f"{path.stem}.html").read_text(encoding="utf-8")
    deck = (site / "slides" / f"{path.stem}.slides.html").read_text(encoding="utf-8")
    assert page.count('class="plotly-chart"') == plotly_outputs(path)
    assert deck.count('class="plotly-chart"') == plotly_outputs(path, on_slides=True)
    assert PLOTLY_MIME not in page


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_worked_solutions_stay_folded(site, path):
    solutions = sum(cell["cell_type"] == "markdown" and "<details" in "".join(cell["source"])
                    for cell in cells(path))
    page = (site / f"{path.stem}.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<details\b", page)) == solutions
    assert not re.findall(r"<details\b[^>]*\bopen\b", page), "a worked solution is unfolded"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_live_parts_say_how_to_use_them(site, path):
    page = (site / f"{path.stem}.html").read_text(encoding="utf-8")
    checks = sum(cell["cell_type"] == "code" and "checks.check(" in "".join(cell["source"])
                 for cell in cells(path))
    assert page.count("Checking answers needs a live notebook") == checks
    assert "application/vnd.jupyter.widget-view+json" not in page
    assert "https://mybinder.org/v2/gh/someone/indeo-series/HEAD?labpath=notebooks%2F" in page


def test_the_data_page_links_to_files_that_exist(site):
    text = (site / "data.html").read_text(encoding="utf-8")
    links = re.findall(r'href="(data/[^"]+)"', text)
    assert links
    for link in links:
        assert (site / link).is_file(), link
    sources = set(re.findall(r'<tr id="([^"]+)"', (site / "sources.html").read_text(encoding="utf-8")))
    for cited in re.findall(r'href="sources.html#([^"]+)"', text):
        assert cited in sources, cited
