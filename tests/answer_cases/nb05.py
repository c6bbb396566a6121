"""Answer cases for notebook 05's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "05.1": [
        (40, RIGHT, "Answer"),
        ("40%", RIGHT, "equivalent"),
        ("28.6", WRONG, "base"),
        ("1,200", WRONG, "difference"),
        ("forty-ish", UNREADABLE, "number"),
    ],
    "05.2": [
        ("112.8", RIGHT, "Answer"),
        ("112.79 per million", RIGHT, "equivalent"),
        (107.4, WRONG, "own year"),
        (143.1, WRONG, "Soufan"),
        ("", UNREADABLE, "Replace"),
    ],
    "05.3": [
        ("b", RIGHT, "Singapore"),
        ("ICPVTR, RSIS, Nanyang Technological University, Singapore; Hayat Tahrir al-Sham",
         RIGHT, "equivalent"),
        ("c", WRONG, "January 2017"),
        ("a", WRONG, "ICSR"),
        ("Singapore", UNREADABLE, "options"),
    ],
}
