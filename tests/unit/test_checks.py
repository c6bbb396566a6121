"""helpers.checks: tolerant parsing, fair verdicts, one feedback vocabulary."""

import datetime as dt

import pytest

from helpers import checks


@pytest.mark.parametrize("answer", ["1,357", "1357 km", " 1357 ", 1357, 1357.0, "1 357"])
def test_check_number_accepts_common_forms(answer):
    assert checks.check_number(answer, expected=1357).correct is True


def test_check_number_says_too_high_or_low():
    feedback = checks.check_number("1500", expected=1357, hint="Look at TJK.")
    assert feedback.correct is False and "too high" in feedback.message and "TJK" in feedback.message


@pytest.mark.parametrize("answer", ["about a thousand", "12-14", True, [1357]])
def test_check_number_malformed_answer_explains_the_expected_form(answer):
    feedback = checks.check_number(answer, expected=1357)
    assert feedback.correct is None and "number" in feedback.message


@pytest.mark.parametrize("answer", [None, ..., "", "   ", []])
def test_unanswered_exercises_ask_for_an_answer(answer):
    assert checks.check_set(answer, {"Balkh"}) == checks.NOT_ANSWERED
    if not isinstance(answer, list):
        assert checks.check_number(answer, 1) == checks.NOT_ANSWERED


def test_check_set_is_tolerant_of_case_spacing_and_aliases():
    feedback = checks.check_set(" balk ; TAKHAR", {"Balkh", "Takhar"}, aliases={"Balk": "Balkh"})
    assert feedback.correct is True


def test_check_set_names_wrong_items_and_counts_missing_ones():
    feedback = checks.check_set(["Herat", "Balkh"], {"Balkh", "Kunduz", "Takhar"})
    assert feedback.correct is False
    assert "Herat" in feedback.message and "2 more" in feedback.message


def test_check_choice_accepts_key_or_label_and_rejects_unknown():
    options = {"a": "checkable fact", "b": "interpretation", "c": "forecast"}
    assert checks.check_choice("Forecast", "c", options).correct is True
    assert checks.check_choice("c", "c", options).correct is True
    assert checks.check_choice("b", "c", options).correct is False
    unknown = checks.check_choice("d", "c", options)
    assert unknown.correct is None and "'a'" in unknown.message


def test_check_date_between_parses_several_formats():
    window = (dt.date(2018, 7, 25), dt.date(2018, 8, 18))
    assert checks.check_date_between("18 Aug 2018", *window).correct is True
    assert checks.check_date_between("2018-08-01", *window).correct is True
    assert checks.check_date_between("2018-11-09", *window).correct is False
    assert checks.check_date_between("mid-August", *window).correct is None


def test_check_labels_scores_and_names_the_wrong_items():
    expected, options = {4: "a", 14: "b", 67: "c"}, {"a": "fact", "b": "argument", "c": "forecast"}
    assert checks.check_labels({4: "a", 14: "b", 67: "c"}, expected, 3, options).correct is True
    partial = checks.check_labels({4: "a", 14: "a", 67: "z"}, expected, 3, options)
    assert partial.correct is False and "14" in partial.message and "67" in partial.message
    assert checks.check_labels({4: ..., 14: ..., 67: ...}, expected, 3, options) == checks.NOT_ANSWERED
    assert checks.check_labels("a, b, c", expected, 3, options).correct is None


@pytest.mark.parametrize("correct, word", [(True, "Correct"), (False, "Not yet"),
                                           (None, "Check your answer")])
def test_feedback_speaks_the_series_vocabulary(correct, word):
    assert f"<b>{word}.</b>" in checks.Feedback(correct, "x")._repr_html_()


def test_feedback_renders_as_html_without_injecting_markup():
    html = checks.Feedback(False, "<script>x</script>")._repr_html_()
    assert "<script>" not in html and "Not yet" in html


def test_a_typed_minus_sign_counts_as_negative():
    assert checks.parse_number("\u221295.4") == -95.4
    assert checks.check_number("\u221295.4", expected=-95.4).correct is True
