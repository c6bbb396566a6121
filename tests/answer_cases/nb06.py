"""Answer cases for notebook 06's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "06.1": [
        (-95.4, RIGHT, "Answer"),
        ("-95.4%", RIGHT, "equivalent"),
        ("-95.3", RIGHT, "equivalent"),  # with the 2024 survey's revised 232,000 ha for 2022
        ("95.4", WRONG, "negative change"),
        ("-95", WRONG, "rounded headline"),
        ("2057.4", WRONG, "back to 2022"),
        ("almost all of it", UNREADABLE, "number"),
    ],
    "06.2": [
        (-28.9, RIGHT, "Answer"),
        ("-28.89 %", RIGHT, "equivalent"),
        ("-19.8", WRONG, "cultivation"),
        ("40.6", WRONG, "back to 2017"),
        ("", UNREADABLE, "Replace"),
    ],
    "06.3": [
        (158, RIGHT, "Answer"),
        ("+158.0%", RIGHT, "equivalent"),
        ("-90.7", WRONG, "national change"),
        ("-61.2", WRONG, "back to 2000"),
        ("3,884", WRONG, "difference in hectares"),
        ("it more than doubled", UNREADABLE, "number"),
    ],
}
