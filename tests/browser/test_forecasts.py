"""Forecasts committed in notebook 09 survive a page reload and are scored in notebook 10.

A student's path through the two notebooks in JupyterLab: run 09, answer two questions in the
forecast form, commit, reload the page, find the commitment again, then open 10 and see the
Brier score computed from the resolved outcomes.
"""

import pytest

from helpers import forecasts
from tests.browser.test_browser import run_all
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NINE, TEN = (next(iter(sorted((ROOT / "notebooks").glob(f"{n}_*.ipynb"))), None) for n in ("09", "10"))
ANSWERS = {"q01": (0.8, "the talks only started this year"), "q02": (0.3, "no agenda yet")}
FORM = ".widget-vbox:has(button:has-text('Commit my forecasts'))"
SCORER = ".widget-vbox:has(.widget-upload):has(button:has-text('Upload a file'))"


def open_and_run(page, lab: str, path, workspace: str) -> None:
    page.goto(f"{lab}/lab/workspaces/{workspace}/tree/{path.name}?reset")
    page.wait_for_selector(".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=90_000)
    page.get_by_text("Python 3 (ipykernel) | Idle").first.wait_for(timeout=90_000)
    page.wait_for_timeout(1000)
    run_all(page)


def type_name(form, name: str) -> None:
    box = form.locator(".widget-text input").first
    box.scroll_into_view_if_needed()
    box.fill(name)
    box.press("Enter")


def answer(page, form, question: str, p: float, reason: str) -> None:
    picker = form.locator(".widget-dropdown select").first
    labels = picker.locator("option").evaluate_all("options => options.map(o => o.textContent)")
    picker.select_option(label=next(text for text in labels if text.startswith(question.upper() + ":")))
    readout = form.locator(".widget-readout").first  # the slider's editable number
    readout.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(f"{p:.2f}")
    page.keyboard.press("Enter")
    form.locator("textarea").first.fill(reason)
    form.locator("textarea").first.press("Tab")  # the text box sends its value when it loses focus
    form.locator("button", has_text="Save this answer").click()
    page.wait_for_timeout(300)


def expected_mean_brier() -> float:
    table = forecasts.data.load("forecast_questions").set_index("question_id")
    scores = [forecasts.brier(p, table.loc[q, "resolution"] == "yes") for q, (p, _) in ANSWERS.items()]
    return sum(scores) / len(scores)


def test_forecasts_committed_in_09_are_kept_and_scored_in_10(lab, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    open_and_run(page, lab, NINE, "forecast-09")
    form = page.locator(FORM).last
    type_name(form, "Test Student")
    for question, (p, reason) in ANSWERS.items():
        answer(page, form, question, p, reason)
    form.get_by_text(f"Answered {len(ANSWERS)} of").wait_for(timeout=10_000)
    form.locator("button", has_text="Commit my forecasts").click()
    form.get_by_text(f"Committed {len(ANSWERS)} forecasts").wait_for(timeout=10_000)
    assert form.locator("a[download='test-student.json']").count() == 1
    form.screenshot(path=str(ROOT / "tests" / "screenshots" / "09_forecast_form.png"))

    page.reload()
    open_and_run(page, lab, NINE, "forecast-09")
    form = page.locator(FORM).last
    form.get_by_text("test-student.json").first.wait_for(timeout=10_000)
    type_name(form, "Test Student")
    form.get_by_text("1 commitment,").wait_for(timeout=10_000)
    form.get_by_text(f"Answered {len(ANSWERS)} of").wait_for(timeout=10_000)

    open_and_run(page, lab, TEN, "forecast-10")
    scorer = page.locator(SCORER).last
    scorer.scroll_into_view_if_needed()
    scorer.get_by_text(f"Mean Brier score {expected_mean_brier():.3f} over {len(ANSWERS)} questions"
                       ).wait_for(timeout=20_000)
    scorer.locator("svg[role='img']").wait_for(timeout=20_000)  # the calibration chart
    scorer.screenshot(path=str(ROOT / "tests" / "screenshots" / "10_forecast_scorer.png"))
    context.close()
