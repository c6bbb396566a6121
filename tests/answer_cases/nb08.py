"""Answer cases for notebook 08's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "08.1": [
        ("b", RIGHT, "Answer"),
        (" B ", RIGHT, "equivalent"),
        ("proposal → roadmap → route protocol → feasibility-study agreement", RIGHT, "equivalent"),
        ("a", WRONG, "came after the proposal"),
        ("d", WRONG, "came before everything else"),
        ("e", UNREADABLE, "not one of the options"),
    ],
    "08.2": [
        (["aqina-andkhoy-rail", "kerki-sheberghan-power", "khaf-herat-rail"], RIGHT, "Answer"),
        ("Aqina–Andkhoy railway, Kerki-Sheberghan power line and Khaf-Herat", RIGHT, "equivalent"),
        (["Aqina-Andkhoy", "Kerki-Sheberghan", "Khaf-Herat", "Lapis Lazuli"], WRONG, "December 2018"),
        (["Aqina-Andkhoy", "Kerki-Sheberghan"], WRONG, "1 more to find"),
        (["TAP", "Aqina-Andkhoy", "Kerki-Sheberghan", "Khaf-Herat"], WRONG, "September 2024"),
        ([], UNREADABLE, "Replace"),
    ],
    "08.3": [
        (3.5, RIGHT, "Answer"),
        ("3.52%", RIGHT, "equivalent"),
        ("3.7", WRONG, "divides by Kazakhstan's exports"),
        ("96.5", WRONG, "other direction"),
        ("10.2", WRONG, "Uzbekistan"),
        ("a small share", UNREADABLE, "number"),
    ],
}
