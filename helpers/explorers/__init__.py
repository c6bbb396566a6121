"""One module of explorers per notebook (``nbNN_slug``), built from the generic parts.

Explorers import the generic modules (data, charts, geo, states, widgets, checks), never each
other; generic modules never import an explorer. ``tests/unit/test_structure.py`` checks both.
"""
