"""Answer cases for notebook 10's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "10.1": [
        (4, RIGHT, "Answer"),
        ("4.0", RIGHT, "equivalent"),
        ("3", WRONG, "Maymana"),
        ("2", WRONG, "11 August"),
        ("all of them", UNREADABLE, "number"),
    ],
    "10.2": [
        ("b", RIGHT, "Answer"),
        (" B ", RIGHT, "equivalent"),
        ("a", WRONG, "denied"),
        ("d", WRONG, "confirms"),
        ("", UNREADABLE, "Replace"),
    ],
    "10.3": [
        (0.647, RIGHT, "Answer"),
        ("0.6467", RIGHT, "equivalent"),
        ("1.94", WRONG, "sum"),
        ("0.047", WRONG, "none had happened"),
        ("0.25", WRONG, "baseline"),
        ("pretty bad", UNREADABLE, "number"),
    ],
}
