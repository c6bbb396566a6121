"""Answer cases for notebook 02's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "02.1": [
        ("Balkh", RIGHT, "Answer"),
        ("Balkh Province", RIGHT, "equivalent"),
        ("Balk → Balkh", RIGHT, "Answer"),
        ("Balk", RIGHT, "Answer"),
        ("Balkh, Jowzjan", WRONG, "Turkmenistan"),
        ("", UNREADABLE, "Replace"),
    ],
    "02.2": [
        (["TAAC-W"], RIGHT, "Turkmenistan"),
        ("TAAC-West", RIGHT, "equivalent"),
        (["TAAC-W", "TAAC-N"], RIGHT, "did face Central Asia"),
        (["TAAC-N"], WRONG, "did face Central Asia"),
        (["TAAC-W", "TF-SE"], WRONG, "Pakistan, not Central Asia"),
        (None, UNREADABLE, "Replace"),
    ],
    "02.3": [
        (["Balk"], RIGHT, "Answer"),
        ("Balk → Balkh", RIGHT, "equivalent"),
        ("Balkh", WRONG, "official name"),
        (..., UNREADABLE, "Replace"),
    ],
}
