"""Answer cases for notebook 07's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "07.1": [
        (["KAZ", "KGZ", "TJK"], RIGHT, "same three"),
        ("Kazakhstan, Kyrgyzstan and Tajikistan", RIGHT, "equivalent"),
        ("KAZ, KGZ, TJK, Russia", RIGHT, "not a Central Asian state"),
        ("KAZ, KGZ, TJK, UZB", WRONG, "suspended since 2012"),
        ("Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan", WRONG, "never in the CSTO"),
        ("", UNREADABLE, "Replace"),
    ],
    "07.2": [
        ("b", RIGHT, "17 October 2004"),
        ("B", RIGHT, "equivalent"),
        ("a", WRONG, "paper's wording"),
        ("c", WRONG, "Kant"),
        ("e", UNREADABLE, "not one of the options"),
    ],
    "07.3": [
        ("Afghanistan, China, Pakistan, Tajikistan", RIGHT, "Urumqi"),
        (["AFG", "CHN", "PAK", "TJK"], RIGHT, "equivalent"),
        ("Afghanistan, Pakistan, Tajikistan", WRONG, "1 more to find"),
        ("AFG, PAK, USA, CHN", WRONG, "Quadrilateral Coordination Group"),
        ("", UNREADABLE, "Replace"),
    ],
    "07.4": [
        (12, RIGHT, "small base"),
        ("12.0", RIGHT, "equivalent"),
        (16.5, WRONG, "percentage points"),
        (0.083, WRONG, "divides the old share"),
        ("twelve", UNREADABLE, "number"),
    ],
}
