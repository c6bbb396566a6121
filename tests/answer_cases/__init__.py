"""Answer cases for the exercise checkers, one module per notebook (nb00.py, nb01.py, ...).

Each module defines CASES: exercise -> [(answer, verdict, words the message must contain)], with
at least one right, one wrong, one equivalent spelling (words "equivalent") and one malformed
or blank answer per exercise. tests/unit/test_keys.py collects them all.
"""

import importlib
import pkgutil

RIGHT, WRONG, UNREADABLE = True, False, None


def all_cases() -> dict:
    cases = {}
    for module in pkgutil.iter_modules(__path__):
        cases.update(importlib.import_module(f"{__name__}.{module.name}").CASES)
    return cases
