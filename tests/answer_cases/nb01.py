"""Answer cases for notebook 01's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "01.1": [
        ("2018-08-18", RIGHT, "defensible"),
        ("25 July 2018", RIGHT, "equivalent"),
        ("2018-07-11", WRONG, "lower bound"),
        ("2018-12-01", WRONG, "too late"),
        ("late August", UNREADABLE, "date"),
    ],
    "01.2": [
        (
            {
                4: "a",
                8: "a",
                14: "b",
                17: "a",
                25: "b",
                26: "c",
                34: "a",
                41: "b",
                56: "b",
                60: "a",
                65: "b",
                67: "c",
            },
            RIGHT,
            "12 of 12",
        ),
        (
            {
                4: "A",
                8: "a",
                14: "b",
                17: "a",
                25: "c",
                26: "c",
                34: "a",
                41: "b",
                56: "b",
                60: "a",
                65: "b",
                67: "c",
            },
            RIGHT,
            "equivalent",
        ),
        (
            {
                4: "c",
                8: "c",
                14: "c",
                17: "c",
                25: "c",
                26: "c",
                34: "c",
                41: "c",
                56: "c",
                60: "c",
                65: "c",
                67: "c",
            },
            WRONG,
            "needed",
        ),
        ("a, b, c", UNREADABLE, "dictionary"),
    ],
    "01.3": [
        ("c", RIGHT, "foundation"),
        ("a non-profit foundation in Rome", RIGHT, "equivalent"),
        ("b", WRONG, "NATO body"),
        ("NATO", UNREADABLE, "not one of the options"),
    ],
    "01.4": [
        ("b", RIGHT, "Brussels Summit Declaration"),
        (" B ", RIGHT, "equivalent"),
        ("a", WRONG, "significant"),
        ("d", WRONG, "lead-in"),
        ("e", UNREADABLE, "not one of the options"),
    ],
}
