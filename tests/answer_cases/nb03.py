"""Answer cases for notebook 03's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "03.1": [
        ("2015-01-01", RIGHT, "defensible"),
        ("1 January 2015", RIGHT, "equivalent"),
        ("2014-12-31", WRONG, "ISAF's last day"),
        ("2014-12-02", WRONG, "decided"),
        ("New Year", UNREADABLE, "date"),
    ],
    "03.2": [
        ("81.3", RIGHT, "13 of the 16"),
        ("81.25%", RIGHT, "equivalent"),
        (75, WRONG, "count twice"),
        ("18.8", WRONG, "outside the four"),
        ("most of them", UNREADABLE, "number"),
    ],
    "03.3": [
        (10.6, RIGHT, "Answer"),
        ("+10.6%", RIGHT, "equivalent"),
        ("-9.6", WRONG, "back to 2017"),
        ("ten per cent", UNREADABLE, "number"),
    ],
}
