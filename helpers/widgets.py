"""Generic ipywidgets parts: a panel with a plain-text fallback, and the self-check quiz.

Explorers that need Python (forms, classification, computed views) are built from these; the
per-notebook ones live in ``helpers.explorers``. Before a notebook runs, each panel shows a
one-line instruction instead of a widget.

>>> q = quiz([{"question": "2 + 2?", "options": ["3", "4"], "answer": "4",
...            "explanation": "Arithmetic."}])
>>> q.check_all()
>>> "Choose an answer first" in q.feedback[0].value
True
"""

from __future__ import annotations

from html import escape

import ipywidgets as w
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle

from helpers import data
from helpers.checks import verdict_html

FALLBACK = "Run this cell (Shift+Enter) to use the {what}."


class Panel(w.VBox):
    """A VBox whose plain-text form (seen before the notebook runs) is a short instruction."""

    def __init__(self, *args, what: str = "explorer", **kwargs):
        super().__init__(*args, **kwargs)
        self._fallback = FALLBACK.format(what=what)

    def __repr__(self) -> str:
        return self._fallback


class Quiz(Panel):
    """Multiple-choice questions, each with its own feedback line, and one Check button."""

    def __init__(self, questions: list[dict]):
        _validate_questions(questions)
        self.questions = questions
        # Every widget opens a channel to the browser for itself, its layout and its style;
        # sharing one layout and one style per kind of widget halves the number (and the time).
        shared = {"layout": w.Layout(), "style": HTMLStyle()}
        radio = {"layout": w.Layout(width="auto"), "style": DescriptionStyle()}
        self.choices = [w.RadioButtons(options=q["options"], value=None, **radio) for q in questions]
        self.feedback = [w.HTML(**shared) for _ in questions]
        self.score = w.HTML(**shared)
        self.button = w.Button(description="Check my answers", button_style="primary",
                               layout=w.Layout(width="220px"))
        self.button.on_click(lambda _: self.check_all())
        rows = []
        for number, (q, choice, note) in enumerate(zip(questions, self.choices, self.feedback), 1):
            rows += [w.HTML(f"<b>{number}. {escape(q['question'])}</b>", **shared), choice, note]
        super().__init__(rows + [self.button, self.score], what="quiz", layout=shared["layout"])

    def check_all(self) -> None:
        right = 0
        for q, choice, note in zip(self.questions, self.choices, self.feedback):
            if choice.value is None:
                note.value = verdict_html(None, "Choose an answer first.")
            elif choice.value == q["answer"]:
                right += 1
                note.value = verdict_html(True, escape(q["explanation"]))
            else:
                hint = q.get("hint") or "Look again at the section above."
                note.value = verdict_html(False, escape(hint))
        self.score.value = f"<b>{right} of {len(self.questions)} right.</b>"


def _validate_questions(questions: list[dict]) -> None:
    if not questions:
        raise ValueError("A quiz needs at least one question.")
    for number, q in enumerate(questions, 1):
        missing = {"question", "options", "answer", "explanation"} - set(q)
        if missing:
            raise ValueError(f"Question {number} lacks: {', '.join(sorted(missing))}.")
        if q["answer"] not in q["options"]:
            raise ValueError(f"Question {number}: the answer {q['answer']!r} is not among the "
                             f"options {q['options']}.")


def quiz_bank(name: str) -> list[dict]:
    """The questions of one quiz in ``data/quiz_questions.csv`` (options separated by ' | ')."""
    table = data.load("quiz_questions")
    rows = table[table["quiz"] == name].sort_values("number")
    if rows.empty:
        valid = ", ".join(dict.fromkeys(table["quiz"]))
        raise ValueError(f"There is no quiz called '{name}'. Valid quizzes: {valid}.")
    return [{"question": r.question, "options": [o.strip() for o in r.options.split(" | ")],
             "answer": r.answer, "explanation": r.explanation,
             "hint": r.hint if isinstance(r.hint, str) else ""}
            for r in rows.itertuples()]


def quiz(questions: str | list[dict]) -> Quiz:
    """A self-check quiz: the name of a bank in data/quiz_questions.csv, or a list of questions.

    Each question: question, options, answer (one of the options), explanation, optional hint.
    """
    return Quiz(quiz_bank(questions) if isinstance(questions, str) else questions)
