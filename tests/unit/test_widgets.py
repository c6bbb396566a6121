"""helpers.widgets: the quiz and its banks in data/quiz_questions.csv."""

import pytest

from helpers import data, widgets


def one(**extra):
    return [{"question": "Q?", "options": ["a", "b"], "answer": "b", "explanation": "Because.", **extra}]


def test_quiz_with_no_answer_asks_for_one_instead_of_failing():
    quiz = widgets.quiz(one())
    quiz.button.click()
    assert "Choose an answer first" in quiz.feedback[0].value
    assert "0 of 1" in quiz.score.value


def test_quiz_marks_right_and_wrong_answers_in_the_series_words():
    quiz = widgets.quiz(one() + [{"question": "Q2", "options": ["x", "y"], "answer": "x",
                                  "explanation": "So.", "hint": "Think again."}])
    quiz.choices[0].value = "b"
    quiz.choices[1].value = "y"
    quiz.button.click()
    assert "<b>Correct.</b>" in quiz.feedback[0].value and "Because." in quiz.feedback[0].value
    assert "<b>Not yet.</b>" in quiz.feedback[1].value and "Think again" in quiz.feedback[1].value
    assert "1 of 2" in quiz.score.value


def test_quiz_rejects_a_question_whose_answer_is_not_an_option():
    with pytest.raises(ValueError, match="not among the options"):
        widgets.quiz([{"question": "Q", "options": ["a"], "answer": "b", "explanation": "x"}])


def test_quiz_plain_text_fallback_is_an_instruction():
    assert repr(widgets.quiz(one())) == "Run this cell (Shift+Enter) to use the quiz."


def test_a_bank_is_read_from_data_and_an_unknown_bank_is_named():
    questions = widgets.quiz_bank("start_here")
    assert questions[0]["question"] == "Who published the paper?"
    assert "The NATO Defense College Foundation" in questions[0]["options"]
    with pytest.raises(ValueError, match="Valid quizzes: start_here"):
        widgets.quiz("start here")


def test_every_quiz_bank_is_well_formed():
    for name in dict.fromkeys(data.load("quiz_questions")["quiz"]):
        widgets.quiz(name)  # raises if an answer is not among the options
