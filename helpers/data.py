"""Load the series' data sets and cite their sources.

Every data set is a CSV file in ``data/`` described in ``data/datapackage.json``;
every row carries a ``source_id`` that resolves in ``data/sources.csv``.

>>> from helpers import data
>>> states = data.load("states")
>>> data.cite("cia-wfb-2020")  # doctest: +SKIP
'Central Intelligence Agency, The World Factbook ...'
"""

from __future__ import annotations

import difflib
import json
import os
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

# INDEO_SERIES_DATA points the helpers at another copy of data/ (the regression tests use it).
DATA_DIR = Path(os.environ.get("INDEO_SERIES_DATA", Path(__file__).resolve().parent.parent / "data"))
RESTORE_HINT = "Restore it from the repository with: git checkout -- {path}"

class DataError(Exception):
    """A data set could not be found or read. The message says what to do."""


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(DATA_DIR.parent))
    except ValueError:
        return str(path)


def _package() -> dict:
    path = DATA_DIR / "datapackage.json"
    if not path.exists():
        raise DataError(f"{_relative(path)} is missing. " + RESTORE_HINT.format(path=_relative(path)))
    return _read_package(path, path.stat().st_mtime)


@lru_cache(maxsize=4)
def _read_package(path: Path, mtime: float) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(
            f"{_relative(path)} is damaged ({exc}). " + RESTORE_HINT.format(path=_relative(path))
        ) from exc


def names() -> list[str]:
    """The names of all data sets, in the order of ``datapackage.json``."""
    return [r["name"] for r in _package()["resources"] if r["path"].endswith(".csv")]


def resource(name: str) -> dict:
    """The ``datapackage.json`` entry for one data set (title, description, schema)."""
    for entry in _package()["resources"]:
        if entry["name"] == name:
            return entry
    valid = names()
    close = difflib.get_close_matches(str(name), valid, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise DataError(f"There is no data set called '{name}'.{hint} Valid names: {', '.join(valid)}.")


def load(name: str) -> pd.DataFrame:
    """Load one data set as a DataFrame typed per its schema.

    >>> load("afghanistan_borders").columns[:2].tolist()  # doctest: +SKIP
    ['neighbour_iso3', 'length_km']
    """
    entry = resource(name)
    path = DATA_DIR / entry["path"]
    if not path.exists():
        raise DataError(
            f"The file for '{name}' ({_relative(path)}) is missing. "
            + RESTORE_HINT.format(path=_relative(path))
        )
    return _read_csv(path, entry["schema"]["fields"]).copy()


@lru_cache(maxsize=None)
def _read_csv_cached(path: Path, mtime: float, fields_json: str) -> pd.DataFrame:
    fields = json.loads(fields_json)
    where = _relative(path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise DataError(f"{where} is damaged and cannot be read ({exc}). "
                        + RESTORE_HINT.format(path=where)) from exc
    expected = [f["name"] for f in fields]
    if list(frame.columns) != expected:
        raise DataError(
            f"{where} is damaged: its columns are {list(frame.columns)}, "
            f"but the schema expects {expected}. " + RESTORE_HINT.format(path=where)
        )
    for field in fields:
        frame[field["name"]] = _convert(frame[field["name"]], field, where)
    return frame


def _read_csv(path: Path, fields: list[dict]) -> pd.DataFrame:
    return _read_csv_cached(path, path.stat().st_mtime, json.dumps(fields))


def _convert(column: pd.Series, field: dict, where: str) -> pd.Series:
    kind = field.get("type", "string")
    try:
        if kind in ("integer", "year"):
            return pd.to_numeric(column, errors="raise").astype("Int64")
        if kind == "number":
            return pd.to_numeric(column, errors="raise").astype("Float64")
        if kind == "boolean":
            mapping = {"true": True, "false": False}
            bad = column.dropna()[~column.dropna().str.lower().isin(list(mapping))]
            if len(bad):
                raise ValueError(f"'{bad.iloc[0]}' is not true/false")
            return column.str.lower().map(mapping).astype("boolean")
        if kind == "date":
            return pd.to_datetime(column, format="%Y-%m-%d", errors="raise")
        return column.astype("string")
    except (ValueError, TypeError) as exc:
        raise DataError(
            f"{where} is damaged: column '{field['name']}' should hold {kind} values ({exc}). "
            + RESTORE_HINT.format(path=where)
        ) from exc


def sources() -> pd.DataFrame:
    """The table of sources (``data/sources.csv``)."""
    return load("sources")


def cite(source_id: str) -> str:
    """A one-line citation for a source id from ``data/sources.csv``."""
    table = sources().set_index("source_id")
    if source_id not in table.index:
        close = difflib.get_close_matches(str(source_id), table.index.tolist(), n=3)
        hint = f" Close matches: {', '.join(close)}." if close else ""
        raise DataError(f"There is no source '{source_id}' in data/sources.csv.{hint}")
    row = table.loc[source_id]
    dated = f" ({row['date']})" if pd.notna(row["date"]) else " (undated)"
    parts = [f"{row['publisher']}, {row['title']}{dated}"]
    if pd.notna(row["locator"]):
        parts.append(str(row["locator"]))
    if pd.notna(row["url"]):
        parts.append(str(row["url"]))
    text = ". ".join(parts) + "."
    if pd.notna(row["read_via"]):
        text += f" Read via: {row['read_via']}."
    return text


def citations(frame: pd.DataFrame) -> list[str]:
    """Citations for every source a DataFrame's rows use, in first-seen order."""
    if "source_id" not in frame.columns:
        raise DataError("This table has no 'source_id' column, so its sources cannot be listed.")
    return [cite(s) for s in dict.fromkeys(frame["source_id"].dropna())]


# Events that change a state's standing; the others (signatures awaiting ratification,
# requests, notices) leave it as it was.
_NO_CHANGE = {"accession_signed", "accession_memorandum_signed", "suspension_requested",
              "withdrawal_notified", "programme_signed"}
_ENDS = {"suspended": "suspended", "left": "left", "participation_ended": "left"}


def memberships_on(as_of: str) -> pd.DataFrame:
    """Each state's standing in each organisation on a date ('YYYY-MM-DD').

    The standing is set by the latest membership event on or before the date; events known
    only to the month or year count from the start of that month or year.

    >>> memberships_on("2018-10-01").query("state_iso3 == 'UZB' and organisation == 'CSTO'")
    ... # doctest: +SKIP
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(as_of)):
        raise ValueError(f"Give the date as 'YYYY-MM-DD' (for example '2018-10-01'), not {as_of!r}.")
    events = load("memberships")
    events = events[(events["date"] <= as_of) & ~events["event"].isin(_NO_CHANGE)]
    events = events.sort_values("date", kind="stable")
    latest = events.groupby(["organisation", "state_iso3"], as_index=False).last()
    latest["standing"] = [_ENDS.get(e, s) for e, s in zip(latest["event"], latest["status"])]
    return latest[["organisation", "state_iso3", "standing", "date", "source_id"]]
