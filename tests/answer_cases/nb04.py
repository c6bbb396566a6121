"""Answer cases for notebook 04's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "04.1": [
        (99.7, RIGHT, "50,733"),
        ("99.67%", RIGHT, "equivalent"),
        ("1.4", WRONG, "recode it as local"),
        (45.5, WRONG, "counts events"),
        ("almost all", UNREADABLE, "number"),
    ],
    "04.2": [
        ("0.50", RIGHT, "moderate"),
        (0.505, RIGHT, "equivalent"),
        (0.68, WRONG, "p_o"),
        ("0.56", WRONG, "coder A with coder B"),
        ("", UNREADABLE, "Replace"),
    ],
    "04.3": [
        ("c", RIGHT, "external"),
        ("external", RIGHT, "equivalent"),
        ("b", WRONG, "crossed the border"),
        ("a", WRONG, "crossed from Afghanistan"),
        ("d", UNREADABLE, "not one of the options"),
    ],
}
