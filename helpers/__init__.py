"""Helpers for the teaching series on Indeo (2018), "Afghanistan and Central Asia".

Modules: data (load data sets, cite sources), charts (style, source line, text alternative),
geo (offline maps), widgets (explorers and quizzes), checks (exercise checkers), quizzes
(question banks).
"""

from helpers import charts, checks, data, geo, quizzes, widgets

__all__ = ["charts", "checks", "data", "geo", "quizzes", "widgets"]
