"""Notebook lint: the anatomy of DESIGN.md, clean saved outputs, budgets, claims coverage."""

import json
import re

import jupytext
import pandas as pd
import pytest

from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]
VERBS = {"identify", "explain", "locate", "compare", "use", "describe", "analyse", "analyze",
         "infer", "classify", "evaluate", "construct", "detect", "assess", "critique", "apply",
         "calculate", "reconstruct", "correct", "distinguish", "date", "map", "read", "judge",
         "interpret", "measure", "score", "name", "test", "find", "sort", "list", "state"}
SLIDE_TYPES = {"slide", "fragment", "skip", "notes", "-"}


def load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def markdown(nb):
    return "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")


def section(text, heading):
    match = re.search(rf"^## {heading}\s*$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no '## {heading}' section"
    return match.group(1)


def test_there_are_notebooks():
    assert NOTEBOOKS, "no notebooks found"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
class TestAnatomy:
    def test_one_title_with_time_prerequisites_and_passage(self, path):
        text = markdown(load(path))
        assert len(re.findall(r"^# ", text, re.M)) == 1
        first = "".join(load(path)["cells"][0]["source"])
        for label in ("**Time:**", "**Prerequisites:**", "**Passage:**"):
            assert label in first, f"title cell lacks {label}"

    def test_three_to_five_checkable_objectives(self, path):
        items = re.findall(r"^\d+\. \*\*(\w+)\*\*", section(markdown(load(path)),
                                                           "Learning objectives"), re.M)
        assert 3 <= len(items) <= 5
        assert all(verb.lower() in VERBS for verb in items), items

    def test_required_sections_are_present(self, path):
        text = markdown(load(path))
        for heading in ("What the paper says", "Exercises", "Discussion questions", "Key points",
                        "What's next", "Sources"):
            section(text, heading)

    def test_two_to_four_exercises_each_with_a_hidden_solution(self, path):
        text = markdown(load(path))
        exercises = re.findall(r"\*\*Exercise \d+\.\*\*", text)
        solutions = re.findall(r"<details><summary>Worked solution</summary>", text)
        assert 2 <= len(exercises) <= 4 and len(solutions) == len(exercises)
        code = "\n".join("".join(c["source"]) for c in load(path)["cells"]
                         if c["cell_type"] == "code")
        assert code.count('checks.check("') >= len(exercises)

    def test_two_discussion_questions(self, path):
        questions = re.findall(r"^\d+\. ", section(markdown(load(path)), "Discussion questions"),
                               re.M)
        assert len(questions) == 2

    def test_claims_metadata_is_recorded(self, path):
        meta = load(path)["metadata"].get("indeo", {})
        assert meta.get("claims") and all(1 <= c <= 67 for c in meta["claims"])
        assert set(meta.get("corrects", [])) <= set(meta["claims"])

    def test_every_cell_has_slideshow_metadata(self, path):
        for cell in load(path)["cells"]:
            assert cell["metadata"].get("slideshow", {}).get("slide_type") in SLIDE_TYPES

    def test_lecture_cut_fits_fifty_minutes_with_notes_on_every_slide(self, path):
        cells = load(path)["cells"]
        types = [c["metadata"]["slideshow"]["slide_type"] for c in cells]
        assert 5 <= types.count("slide") <= 15 and "subslide" not in types
        minutes = 0
        for start in [i for i, t in enumerate(types) if t == "slide"]:
            rest = types[start + 1:]
            end = start + 1 + (rest.index("slide") if "slide" in rest else len(rest))
            notes = ["".join(c["source"]) for c in cells[start:end]
                     if c["metadata"]["slideshow"]["slide_type"] == "notes"]
            assert notes, f"slide at cell {start} has no speaker notes"
            for label in ("**Say:**", "**Misconception:**", "**Minutes:**"):
                assert all(label in n for n in notes), f"notes at cell {start} lack {label}"
            minutes += sum(int(re.search(r"\*\*Minutes:\*\* (\d+)", n).group(1)) for n in notes)
        assert 20 <= minutes <= 50, f"the notes add up to {minutes} minutes"

    def test_lecture_cut_has_a_think_pair_share_and_an_exit_ticket(self, path):
        shown = ["".join(c["source"]) for c in load(path)["cells"]
                 if c["metadata"]["slideshow"]["slide_type"] == "slide"]
        assert any(s.startswith("## Think, pair, share") for s in shown)
        assert any(s.startswith("## Exit ticket") for s in shown)

    def test_exercises_and_keys_stay_off_the_slides(self, path):
        for cell in load(path)["cells"]:
            source = "".join(cell["source"])
            if "checks.check(" in source or "<summary>Worked solution" in source or "**Exercise" in source:
                assert cell["metadata"]["slideshow"]["slide_type"] == "skip", source[:60]

    def test_code_cells_are_short(self, path):
        for cell in load(path)["cells"]:
            if cell["cell_type"] == "code":
                assert len("".join(cell["source"]).splitlines()) <= 16


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
class TestSavedState:
    def test_kernelspec_is_python3(self, path):
        assert load(path)["metadata"]["kernelspec"]["name"] == "python3"

    def test_clean_run_all_with_no_errors(self, path):
        cells = [c for c in load(path)["cells"] if c["cell_type"] == "code"]
        assert [c["execution_count"] for c in cells] == list(range(1, len(cells) + 1))
        for cell in cells:
            for out in cell["outputs"]:
                assert out["output_type"] != "error"
                assert not (out["output_type"] == "stream" and out["name"] == "stderr"), out

    def test_no_widget_state_and_within_size_budget(self, path):
        assert not load(path)["metadata"].get("widgets")
        assert path.stat().st_size <= 500 * 1024

    def test_no_embedded_plotly_library(self, path):
        text = path.read_text(encoding="utf-8")
        assert "plotly.min.js" not in text and "cdn.plot.ly" not in text
        assert "window.PlotlyConfig" not in text

    def test_every_figure_has_a_source_line_and_a_text_alternative(self, path):
        figures = 0
        for cell in load(path)["cells"]:
            outputs = cell.get("outputs", [])
            for i, out in enumerate(outputs):
                fig = out.get("data", {}).get("application/vnd.plotly.v1+json")
                if not fig:
                    continue
                figures += 1
                notes = [a.get("text", "") for a in fig["layout"].get("annotations", [])]
                assert any(n.startswith(("Source: ", "Sources: ")) for n in notes)
                alt = fig["layout"]["meta"]["alt"]
                following = "".join(outputs[i + 1]["data"]["text/markdown"])
                assert alt in following
        assert figures >= 2

    def test_authoring_source_matches_the_saved_notebook(self, path):
        source = ROOT / "authoring" / f"{path.stem}.py"
        built = jupytext.read(source)
        saved = load(path)
        assert [c.source for c in built.cells] == ["".join(c["source"]) for c in saved["cells"]], (
            "notebook and authoring source differ: run python authoring/build.py")


def test_year_axes_are_whole_numbers():
    for path in NOTEBOOKS:
        for cell in load(path)["cells"]:
            for out in cell.get("outputs", []):
                fig = out.get("data", {}).get("application/vnd.plotly.v1+json")
                if fig:
                    for name, axis in fig["layout"].items():
                        if name.startswith("xaxis") and "year" in json.dumps(axis).lower():
                            assert axis.get("tickformat") in ("d", "%Y"), (path.stem, name)


# The coverage matrix (data/coverage.csv): the claims each notebook teaches as primary notebook,
# and the flags it must correct. Every built notebook is held to its rows.
COVERAGE = pd.read_csv(ROOT / "data" / "coverage.csv", dtype={"notebook": str})
BUILT = {p.stem[:2]: p for p in NOTEBOOKS}


def test_coverage_matrix_gives_every_claim_a_primary_notebook():
    primary = COVERAGE.query("role == 'primary'")
    assert sorted(primary["claim_id"]) == list(range(1, 68))


@pytest.mark.parametrize("number", sorted(BUILT))
def test_notebook_covers_its_claims_and_corrects_its_flags(number):
    rows = COVERAGE[COVERAGE["notebook"] == number]
    meta = load(BUILT[number])["metadata"]["indeo"]
    assert set(rows.query("role == 'primary'")["claim_id"]) <= set(meta["claims"])
    corrects = set(rows.query("role == 'corrects'")["claim_id"])
    assert corrects <= set(meta["corrects"])
    text = markdown(load(BUILT[number]))
    for claim in corrects:
        assert f"#{claim}" in text, f"notebook {number} never names claim #{claim} in its text"
