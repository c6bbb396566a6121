"""Helpers for the teaching series on Indeo (2018), "Afghanistan and Central Asia".

Generic modules: ``store`` (where data/ is; every file read, cached until it changes),
``data`` (load data sets, cite sources; imports no plotting library),
``charts`` (colours, the series style, publishing a chart with its source line and text
alternative), ``geo`` (offline maps), ``states`` (figures with a plotly menu or slider),
``widgets`` (panel and quiz), ``checks`` (exercise checkers and the one feedback box).
Per-notebook explorers: ``helpers.explorers.nbNN_slug``.

Importing ``helpers`` imports nothing else: each module loads when first named, e.g.
``from helpers import data``. The series style is applied by one explicit call that each
notebook makes: ``charts.use_series_style()``.
"""

import importlib

__all__ = ["charts", "checks", "data", "explorers", "geo", "states", "store", "widgets"]


def __getattr__(name: str):
    if name in __all__:
        return importlib.import_module(f"helpers.{name}")
    raise AttributeError(f"helpers has no module '{name}'. Modules: {', '.join(__all__)}.")
