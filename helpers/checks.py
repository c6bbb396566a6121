"""Exercise checkers: tolerant parsing, instant feedback, never a traceback.

Each checker returns a ``Feedback``: ``correct`` is True, False, or None when the answer
could not be read (then the message says what form of answer is expected). Every piece of
feedback in the series (checkers, quizzes, explorers) is drawn by ``verdict_html`` with the
words of ``VERDICTS``: "Correct", "Not yet", "Check your answer".

>>> check_number("1,357 km", expected=1357)
Feedback(correct=True, message='Answer: 1,357.')
>>> check_choice("b", expected="b", options={"a": "fact", "b": "argument"}).correct
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from helpers.charts import ROLE_COLOURS

VERDICTS = {True: "Correct", False: "Not yet", None: "Check your answer"}
_VERDICT_COLOURS = {True: "right", False: "wrong", None: "unanswered"}


def verdict_html(correct: bool | None, message_html: str = "") -> str:
    """The series' one feedback box: a coloured bar, the verdict in words, then the message.

    ``message_html`` is inserted as HTML: escape any text that comes from a student.
    """
    colour = ROLE_COLOURS[_VERDICT_COLOURS[correct]]
    return (f'<div style="border-left:4px solid {colour};padding:4px 10px">'
            f"<b>{VERDICTS[correct]}.</b> {message_html}</div>")


@dataclass(frozen=True)
class Feedback:
    correct: bool | None
    message: str

    def _repr_html_(self) -> str:
        return verdict_html(self.correct, escape(self.message))


NOT_ANSWERED = Feedback(None, "Replace the ... (or None) with your answer, then run the cell again.")


def _unanswered(answer) -> bool:
    return answer is None or answer is Ellipsis or (isinstance(answer, str) and not answer.strip())


def parse_number(answer) -> float | None:
    """Read a number from '1,357', '55.5%', ' 3 000 ', 12 or 3.5; None if there is none.

    >>> parse_number(".065"), parse_number("0,065"), parse_number("1,357")
    (0.065, 0.065, 1357.0)
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, (int, float)):
        return float(answer)
    text = str(answer).strip().replace("\u00a0", " ").replace("\u2212", "-")
    text = re.sub(r"^(-?)0,(\d+)$", r"\g<1>0.\2", text)  # "0,065": a decimal comma, not thousands
    text = re.sub(r"^(-?)\.(\d)", r"\g<1>0.\2", text)  # ".065"
    match = re.fullmatch(r"[^\d\-]*(-?\d{1,3}(?:[ ,]\d{3})+|-?\d+)(\.\d+)?\s*(%|[a-zA-Z ]*)", text)
    if not match:
        return None
    digits = re.sub(r"[ ,]", "", match.group(1)) + (match.group(2) or "")
    return float(digits)


def check_number(answer, expected: float, tolerance: float = 0.0, hint: str = "") -> Feedback:
    """Right if the answer is within ``tolerance`` of ``expected``."""
    if _unanswered(answer):
        return NOT_ANSWERED
    value = parse_number(answer)
    if value is None:
        return Feedback(None, f"I could not read {answer!r} as a number. Type digits, "
                              "for example 1357 or 55.5.")
    if abs(value - expected) <= tolerance:
        return Feedback(True, f"Answer: {expected:,.{_decimals(expected)}f}.")
    direction = "too high" if value > expected else "too low"
    return Feedback(False, f"{value:,g} is {direction}. {hint}".strip())


def _decimals(value: float) -> int:
    return 0 if float(value).is_integer() else len(str(value).split(".")[1])


def _normalise(text) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text).lower())


def check_choice(answer, expected: str, options: dict[str, str], hint: str = "") -> Feedback:
    """Right if the answer names the expected option, by its key or its label."""
    if _unanswered(answer):
        return NOT_ANSWERED
    lookup = {_normalise(k): k for k in options}
    lookup.update({_normalise(v): k for k, v in options.items()})
    key = lookup.get(_normalise(answer))
    if key is None:
        valid = "; ".join(f"'{k}' ({v})" for k, v in options.items())
        return Feedback(None, f"{answer!r} is not one of the options. Choose one of: {valid}.")
    if key == expected:
        return Feedback(True, f"Answer: {options[expected]}.")
    return Feedback(False, f"'{options[key]}' is not it. {hint}".strip())


def check_set(answer, expected: set[str], aliases: dict[str, str] | None = None,
              hint: str = "") -> Feedback:
    """Right if the answer (a list, or a comma-separated string) names exactly the expected items.

    ``aliases`` maps other spellings to the canonical name, e.g. {"balk": "Balkh"}.
    """
    if _unanswered(answer) or (isinstance(answer, (list, tuple, set)) and not answer):
        return NOT_ANSWERED
    items = re.split(r"[,;\n]| and ", answer) if isinstance(answer, str) else list(answer)
    canonical = {_normalise(e): e for e in expected}
    canonical.update({_normalise(k): v for k, v in (aliases or {}).items()})
    given = {canonical.get(_normalise(i), str(i).strip()) for i in items if str(i).strip()}
    missing, extra = expected - given, given - expected
    if not missing and not extra:
        return Feedback(True, f"Answer: {', '.join(sorted(expected))}.")
    parts = []
    if extra:
        parts.append(f"These do not belong: {', '.join(sorted(extra))}.")
    if missing:
        parts.append(f"{len(missing)} more to find.")
    return Feedback(False, " ".join(parts + [hint]).strip())


def parse_date(answer) -> date | None:
    """Read a date from '2018-08-18', '18 Aug 2018', 'August 18, 2018' or a date object."""
    if isinstance(answer, date):
        return answer
    text = str(answer).strip()
    for fmt in ("%Y-%m-%d", "%d %b %Y", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def check_date_between(answer, earliest: date, latest: date, hint: str = "") -> Feedback:
    """Right if the answer is a date within [earliest, latest]."""
    if _unanswered(answer):
        return NOT_ANSWERED
    value = parse_date(answer)
    if value is None:
        return Feedback(None, f"I could not read {answer!r} as a date. "
                              "Write it like 2018-08-18 or 18 Aug 2018.")
    if earliest <= value <= latest:
        return Feedback(True, f"{value:%d %b %Y} is defensible.")
    side = "too early" if value < earliest else "too late"
    return Feedback(False, f"{value:%d %b %Y} is {side}. {hint}".strip())


def check_labels(answer, expected: dict, pass_mark: int, options: dict[str, str],
                 also: dict | None = None) -> Feedback:
    """Right if at least ``pass_mark`` items carry the expected label.

    ``answer`` maps item -> label (e.g. {4: "a", 8: "a"}); ``also`` gives a second accepted
    label for items the key codes two ways.
    """
    if _unanswered(answer) or answer == {}:
        return NOT_ANSWERED
    if isinstance(answer, dict) and all(_unanswered(v) for v in answer.values()):
        return NOT_ANSWERED
    if not isinstance(answer, dict):
        return Feedback(None, "Give a dictionary of claim number to type, like {4: 'a', 8: 'b'}.")
    also = also or {}
    wrong, unknown = [], []
    for item, label in expected.items():
        given = str(answer.get(item, "")).strip().lower()
        if given not in options:
            unknown.append(item)
        elif given not in {label, also.get(item)}:
            wrong.append(item)
    right = len(expected) - len(wrong) - len(unknown)
    missing = f" No valid type (a, b or c) for: {', '.join(map(str, unknown))}." if unknown else ""
    if right >= pass_mark:
        extra = f" Look again at {', '.join(map(str, wrong))}." if wrong else ""
        return Feedback(True, f"{right} of {len(expected)} right.{extra}{missing}")
    return Feedback(False, f"{right} of {len(expected)} right; {pass_mark} needed. "
                           f"Look again at {', '.join(map(str, wrong)) or 'the missing ones'}.{missing}")


def check(exercise: str, answer) -> Feedback:
    """Check the answer to one exercise against its key in ``data/answer_keys.csv``.

    >>> check("02.1", "Balkh Province").correct
    True
    """
    from helpers import keys  # reads the key table only when an exercise is checked

    return keys.check(exercise, answer)


@dataclass(frozen=True)
class Prediction:
    """A student's prediction, echoed before the reveal (no verdict: it is not graded)."""
    guesses: tuple
    message: str

    def _repr_html_(self) -> str:
        colour = ROLE_COLOURS["highlight"]
        return (f'<div style="border-left:4px solid {colour};padding:4px 10px">'
                f"<b>Your prediction.</b> {escape(self.message)}</div>")


def prediction(*guesses) -> Prediction:
    """Echo a prediction before the reveal, or ask for one while it is still ``...``.

    >>> prediction(..., "2018-11-09").message
    'Write your prediction first: replace each ... and run the cell again.'
    """
    if any(_unanswered(g) for g in guesses):
        return Prediction(guesses, "Write your prediction first: replace each ... and run the cell again.")
    return Prediction(guesses, "; ".join(map(str, guesses)) + ". Keep it in mind: the next chart tests it.")
