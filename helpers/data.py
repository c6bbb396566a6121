"""Load the series' data sets and cite their sources.

Every data set is a CSV file in ``data/`` described in ``data/datapackage.json``; every row
carries a ``source_id`` that resolves in ``data/sources.csv``. This module imports no plotting
library and changes no global setting.

Where ``data/`` is, and the caches: see ``helpers.store`` (``use_data``, ``clear_caches`` and
``data_dir`` are also available here).

>>> borders = load("afghanistan_borders")
>>> int(borders.query("neighbour_iso3 == 'TJK' and source_id == 'cia-wfb-2020'")["length_km"].iloc[0])
1357
>>> cite("cia-wfb-2020").startswith("Central Intelligence Agency")
True
"""

import difflib
import re

import pandas as pd

from helpers import store
from helpers.store import DataError, clear_caches, data_dir, use_data  # noqa: F401  (re-exported)

ENV_VAR = store.ENV_VAR

# ------------------------------------------------------------------------------ tables

def names() -> list[str]:
    """The names of all data sets, in the order of ``datapackage.json``."""
    return [r["name"] for r in store.package()["resources"] if r["path"].endswith(".csv")]


def resource(name: str) -> dict:
    """The ``datapackage.json`` entry for one data set (title, description, schema)."""
    for entry in store.package()["resources"]:
        if entry["name"] == name:
            return entry
    valid = names()
    close = difflib.get_close_matches(str(name), valid, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise DataError(f"There is no data set called '{name}'.{hint} Valid names: {', '.join(valid)}.")


def load(name: str) -> pd.DataFrame:
    """Load one data set as a DataFrame typed per its schema (a copy you may change).

    >>> load("afghanistan_borders").columns[:2].tolist()
    ['neighbour_iso3', 'length_km']
    """
    entry = resource(name)
    return store.read_table(entry["path"], entry["schema"]["fields"], name).copy()


def lookup(name: str, key: str, value: str) -> dict:
    """Two columns of a small table as a dict, in file order.

    >>> lookup("claim_types", "code", "label")["c"]
    'forecast'
    """
    frame = load(name)
    for column in (key, value):
        if column not in frame.columns:
            raise DataError(f"'{name}' has no column '{column}'. Its columns: "
                            f"{', '.join(frame.columns)}.")
    return dict(zip(frame[key], frame[value]))


# ----------------------------------------------------------------------------- sources

def sources() -> pd.DataFrame:
    """The table of sources (``data/sources.csv``)."""
    return load("sources")


def source_rows() -> pd.DataFrame:
    """The sources indexed by id, made once per version of the file: do not change it."""
    return store.read_indexed("sources.csv", resource("sources")["schema"]["fields"], "source_id")


def cite(source_id: str) -> str:
    """A one-line citation for a source id from ``data/sources.csv``."""
    table = source_rows()
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


class SourceList(list):
    """Citations that show as a bulleted list in a notebook (and as plain lines elsewhere)."""

    def __repr__(self) -> str:
        return "\n".join(f"- {line}" for line in self)

    _repr_markdown_ = __repr__


def sources_list(*items) -> SourceList:
    """Every source named, once, in order: give source ids, lists of ids, or tables.

    A table contributes the ids in its ``source_id`` column.

    >>> len(sources_list("cia-wfb-2020", ["cia-wfb-2020", "cia-wfb-2024"]))
    2
    """
    ids = []
    for item in items:
        if isinstance(item, pd.DataFrame):
            if "source_id" not in item.columns:
                raise DataError("A table given to sources_list needs a 'source_id' column.")
            ids += item["source_id"].dropna().tolist()
        elif isinstance(item, str):
            ids.append(item)
        else:
            ids += list(item)
    return SourceList(cite(s) for s in dict.fromkeys(ids))


# ------------------------------------------------------------------------- memberships
# Events that change a state's standing; the others (signatures awaiting ratification,
# requests, notices) leave it as it was.
_NO_CHANGE = {"accession_signed", "accession_memorandum_signed", "suspension_requested",
              "withdrawal_notified", "programme_signed"}
_ENDS = {"suspended": "suspended", "left": "left", "participation_ended": "left"}


def memberships_on(as_of: str) -> pd.DataFrame:
    """Each state's standing in each organisation on a date ('YYYY-MM-DD').

    The standing is set by the latest membership event on or before the date; events known
    only to the month or year count from the start of that month or year.

    >>> uzbekistan = memberships_on("2018-10-01").query("state_iso3 == 'UZB'")
    >>> uzbekistan.set_index("organisation").loc["CSTO", "standing"]
    'suspended'
    """
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(as_of)):
        raise ValueError(f"Give the date as 'YYYY-MM-DD' (for example '2018-10-01'), not {as_of!r}.")
    table = _standings({"as_of": [as_of]}, ["organisation", "state_iso3"])
    return table[["organisation", "state_iso3", "standing", "date", "source_id"]].reset_index(drop=True)


def memberships_at_year_ends(years) -> pd.DataFrame:
    """``memberships_on`` for 31 December of each year, in one pass (a ``year`` column added).

    >>> table = memberships_at_year_ends([2005, 2018]).query("state_iso3 == 'UZB' and organisation == 'CSTO'")
    >>> table.set_index("year")["standing"].to_dict()
    {2005: 'left', 2018: 'suspended'}
    """
    years = [int(y) for y in years]
    table = _standings({"year": years, "as_of": [f"{y}-12-31" for y in years]},
                       ["year", "organisation", "state_iso3"])
    return table[["year", "organisation", "state_iso3", "standing", "date", "source_id"]]


def _standings(dates: dict, keys: list[str]) -> pd.DataFrame:
    """The latest membership event of each state in each body on or before each date."""
    events = load("memberships")
    events = events[~events["event"].isin(_NO_CHANGE)].sort_values("date", kind="stable")
    pairs = events.merge(pd.DataFrame(dates), how="cross")  # keeps the events' date order
    pairs = pairs[pairs["date"] <= pairs["as_of"]]
    latest = pairs.groupby(keys, as_index=False, sort=True).last()
    latest["standing"] = [_ENDS.get(e, s) for e, s in zip(latest["event"], latest["status"])]
    return latest
