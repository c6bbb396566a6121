"""Answer cases for notebook 00's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "00.1": [
        ("144", RIGHT, "Answer: 144"),
        ("144 km", RIGHT, "equivalent"),
        (145, WRONG, "Afghan ministry"),
        (1357, WRONG, "too high"),
        ("a hundred and forty", UNREADABLE, "number"),
    ],
    "00.2": [
        (9.9, RIGHT, "Answer"),
        ("9.93", RIGHT, "equivalent"),
        ("0.1", WRONG, "too low"),
        ("ten times", UNREADABLE, "number"),
    ],
    "00.3": [
        (["Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan"], RIGHT, "Answer"),
        ("KAZ, KGZ, Russian Federation, TJK", RIGHT, "equivalent"),
        (
            ["Kazakhstan", "Kyrgyzstan", "Russia", "Tajikistan", "Armenia", "Belarus"],
            RIGHT,
            "CSTO member too",
        ),
        (["Russia", "Armenia"], WRONG, "CSTO member too"),
        (["Russia", "Kazakhstan", "Kyrgyzstan", "Tajikistan", "Uzbekistan"], WRONG, "suspended"),
        ([], UNREADABLE, "Replace"),
    ],
}
