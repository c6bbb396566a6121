"""The answer-key table: exercise cells name an exercise ("00.1") and pass the student's
answer; the key lives in ``data/answer_keys.csv``, which a lecturer can edit without touching
the notebooks. Notebooks call it as ``checks.check("00.1", answer)``.

>>> check("00.1", "144 km").correct
True
>>> check("00.1", 145).message.split(". ")[0]
"145 km is the Afghan ministry's figure, not the Factbook's"
"""

from __future__ import annotations

import re

import pandas as pd

from helpers import data
from helpers.checks import (
    NOT_ANSWERED,
    Feedback,
    _normalise,
    _unanswered,
    check_choice,
    check_date_between,
    check_labels,
    check_number,
    parse_date,
    parse_number,
)

KINDS = ("number", "choice", "set", "date", "claim_types")


def answer_key(exercise: str) -> dict:
    """The row of ``data/answer_keys.csv`` for one exercise, e.g. ``answer_key("00.1")``."""
    keys = data.load("answer_keys").set_index("exercise")
    if exercise not in keys.index:
        raise ValueError(f"There is no exercise '{exercise}' in data/answer_keys.csv. "
                         f"Exercises: {', '.join(keys.index)}.")
    row = keys.loc[exercise]
    return {k: "" if _blank(v) else str(v) for k, v in row.items()}


def _blank(value) -> bool:
    return bool(pd.isna(value))


def _pairs(text: str) -> dict[str, str]:
    """'IRN: Iran | TKM: Turkmenistan' -> {'IRN': 'Iran', 'TKM': 'Turkmenistan'}."""
    pairs = (part.split(":", 1) for part in text.split(" | ") if ":" in part)
    return {left.strip(): right.strip() for left, right in pairs}


def check(exercise: str, answer) -> Feedback:
    """Check a student's answer to one exercise against its key."""
    key = answer_key(exercise)
    kind, hint, notes = key["kind"], key["hint"], _pairs(key["wrong_answers"])
    if kind == "number":
        feedback = check_number(answer, float(key["answer"]), float(key["tolerance"] or 0), hint)
        value = None if feedback.correct is None else parse_number(answer)
        note = next((n for k, n in notes.items() if value is not None and parse_number(k) == value), "")
    elif kind == "choice":
        feedback = check_choice(answer, key["answer"], _pairs(key["options"]), hint)
        note = notes.get(str(answer).strip().lower(), "") if feedback.correct is False else ""
    elif kind == "date":
        earliest, _, latest = key["answer"].partition("..")
        feedback = check_date_between(answer, parse_date(earliest), parse_date(latest or earliest), hint)
        value = parse_date(answer) if feedback.correct is False else None
        note = next((n for k, n in notes.items() if value and parse_date(k) == value), "")
    elif kind == "set":
        return _check_key_set(answer, key)
    elif kind == "claim_types":
        return _check_claim_types(answer, key)
    else:
        raise ValueError(f"Exercise {exercise} has kind '{kind}'; valid kinds: {', '.join(KINDS)}.")
    if feedback.correct is False and note:
        return Feedback(False, f"{note} {hint}".strip())
    if feedback.correct and key["explanation"]:
        return Feedback(True, f"{feedback.message} {key['explanation']}")
    return feedback


def _set_items(answer) -> list[str]:
    items = re.split(r"[,;\n]| and ", answer) if isinstance(answer, str) else list(answer)
    return [str(i).strip() for i in items if str(i).strip()]


def _canonical(item: str, names: dict[str, str]) -> str:
    """The canonical name of one answer item: aliases, 'Balkh Province', 'Balk -> Balkh'."""
    sides = re.split(r"\s*(?:→|->|=>|\(|\))\s*", item)
    found = [names[_normalise(s)] for s in sides if _normalise(s) in names]
    if found:
        return found[0]
    bare = re.sub(r"\bprovince\b", "", item, flags=re.I)
    return names.get(_normalise(bare), item)


def _check_key_set(answer, key: dict) -> Feedback:
    """Right if the answer names exactly the key's items; true facts outside the question's
    scope (``also_true``) are acknowledged, never called wrong."""
    if _unanswered(answer) or (isinstance(answer, (list, tuple, set)) and not answer):
        return NOT_ANSWERED
    expected = {item.strip() for item in key["answer"].split(" | ")}
    also_true, notes = _pairs(key["also_true"]), _pairs(key["wrong_answers"])
    names = {_normalise(n): n for n in expected | set(also_true) | set(notes)}
    names.update({_normalise(k): v for k, v in _pairs(key["equivalents"]).items()})
    given = {_canonical(item, names) for item in _set_items(answer)}
    aside = " ".join(also_true[i] for i in sorted(given & set(also_true)))
    given -= set(also_true)
    missing, extra = expected - given, given - expected
    if not missing and not extra and given:
        explanation = f" {key['explanation']}" if key["explanation"] else ""
        return Feedback(True, f"Answer: {', '.join(sorted(expected))}.{explanation} {aside}".strip())
    parts = [aside] if aside else []
    for item in sorted(extra):
        parts.append(notes.get(item, f"{item} does not belong."))
    if missing:
        parts.append(f"{len(missing)} more to find.")
    return Feedback(False, " ".join(parts + [key["hint"]]).strip())


def _check_claim_types(answer, key: dict) -> Feedback:
    """The claim-classification exercise: the key is the checklist itself (claims.csv)."""
    claims = data.load("claims").set_index("claim_id")
    picked = [int(i) for i in key["answer"].split(" | ")]
    types = data.lookup("claim_types", "code", "label")
    if isinstance(answer, dict):
        answer = {int(k) if str(k).isdigit() else k: v for k, v in answer.items()}
    return check_labels(answer, expected=claims.loc[picked, "claim_type"].to_dict(),
                        pass_mark=int(float(key["tolerance"])), options=types,
                        also=claims.loc[picked, "also_type"].dropna().to_dict())
