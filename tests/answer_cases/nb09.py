"""Answer cases for notebook 09's exercises (see tests/answer_cases/__init__.py)."""

from tests.answer_cases import RIGHT, UNREADABLE, WRONG

CASES = {
    "09.1": [
        (["United States", "Pakistan", "Qatar"], RIGHT, "omits"),
        ("USA, PAK, QAT", RIGHT, "equivalent"),
        (["US", "Pakistan", "Qatar", "Kabul government"], RIGHT, "states other than Afghanistan"),
        (["United States", "Pakistan", "Qatar", "China"], WRONG, "names China"),
        (["United States", "Pakistan", "Qatar", "Russia"], WRONG, "no event with the Taliban"),
        (["United States", "Pakistan"], WRONG, "1 more to find"),
        ([], UNREADABLE, "Replace"),
    ],
    "09.2": [
        ("a", RIGHT, "negotiated and cooperative"),
        ("negotiated settlement, cooperative region", RIGHT, "equivalent"),
        ("b", WRONG, "not its baseline"),
        ("d", WRONG, "fear"),
        ("e", UNREADABLE, "not one of the options"),
    ],
    "09.3": [
        (0.065, RIGHT, "0.09"),
        ("0.0650", RIGHT, "equivalent"),
        (".065", RIGHT, "0.09"),
        ("0,065", RIGHT, "0.09"),
        (65, WRONG, "between 0 and 1"),
        ("about a tenth", UNREADABLE, "number"),
        (0.13, WRONG, "sum"),
        ("0.365", WRONG, "o = 0"),
        ("", UNREADABLE, "Replace"),
    ],
    "09.4": [
        ("b", RIGHT, "scored"),
        ("B", RIGHT, "equivalent"),
        ("c", WRONG, "no deadline"),
        ("a", WRONG, "judgement"),
        ("all of them", UNREADABLE, "not one of the options"),
    ],
}
