"""The data store: where data/ is, and every file read from it, cached until it changes.

``helpers.data`` (tables, sources) and ``helpers.geo`` (geometry) both read through it, so
``use_data(path)`` redirects both and ``clear_caches()`` forgets both. It imports no plotting
library and changes no global setting.

Where ``data/`` is: the folder given to ``use_data(path)``, else the ``INDEO_SERIES_DATA``
environment variable, else the first ``data/`` with a ``datapackage.json`` found from the
working directory upward (a notebook runs in ``notebooks/``, so that finds the series' own).
It is never looked for where the package is installed, so a non-editable install (Binder, a
JupyterHub image) works.

>>> data_dir().name
'data'
"""

import json
import os
from functools import lru_cache
from pathlib import Path

import pandas as pd

ENV_VAR = "INDEO_SERIES_DATA"
RESTORE_HINT = "Restore it from the repository with: git checkout -- {path}"
_chosen: Path | None = None


class DataError(Exception):
    """A data set could not be found or read. The message says what to do."""


def use_data(path: str | Path | None) -> Path | None:
    """Read data from ``path`` (a folder holding datapackage.json) from now on; None undoes it."""
    global _chosen
    if path is not None:
        path = Path(path).resolve()
        if not (path / "datapackage.json").exists():
            raise DataError(f"{path} holds no datapackage.json: give the series' data/ folder.")
    _chosen = path
    clear_caches()
    return _chosen


def clear_caches() -> None:
    """Forget every table and geometry read so far (they are read again on next use)."""
    for cached in (_found_from, _read_csv_cached, _read_json_cached, _indexed_cached):
        cached.cache_clear()


def data_dir() -> Path:
    """The data/ folder in use, resolved on each call (see the module docstring)."""
    if _chosen is not None:
        return _chosen
    if os.environ.get(ENV_VAR):
        return Path(os.environ[ENV_VAR])
    return _found_from(os.getcwd())


@lru_cache(maxsize=16)
def _found_from(working_dir: str) -> Path:
    """The first data/ with a datapackage.json from ``working_dir`` upward (one search per folder)."""
    here = Path(working_dir)
    looked = [here, *here.parents]
    for folder in looked:
        if (folder / "data" / "datapackage.json").exists():
            return folder / "data"
    raise DataError(
        "Cannot find the series' data/ folder. Looked for data/datapackage.json in "
        f"{', '.join(str(f) for f in looked[:4])}{' and above' if len(looked) > 4 else ''}. "
        "Open the notebooks from inside a copy of the repository (its notebooks/ folder), "
        f"or set {ENV_VAR} to the path of its data/ folder."
    )


def _relative(path: Path) -> str:
    try:
        return str(path.relative_to(data_dir().parent))
    except ValueError:
        return str(path)


def missing(path: Path, what: str = "") -> DataError:
    """The error for a file that is not there: what, where it looked, how to restore it."""
    where = _relative(path)
    return DataError(f"{what}{where} is missing (looked in {path.parent}). "
                     + RESTORE_HINT.format(path=where))


def package() -> dict:
    """The contents of data/datapackage.json."""
    return read_json("datapackage.json")


def read_json(relative_path: str) -> dict:
    """A JSON file inside data/ (e.g. 'geo/countries.geojson'), read once and cached."""
    path = data_dir() / relative_path
    if not path.exists():
        raise missing(path)
    return _read_json_cached(path, path.stat().st_mtime)


@lru_cache(maxsize=12)
def _read_json_cached(path: Path, mtime: float) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        where = _relative(path)
        raise DataError(f"{where} is damaged ({exc}). " + RESTORE_HINT.format(path=where)) from exc


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


def read_table(relative_path: str, fields: list[dict], name: str = "") -> pd.DataFrame:
    """A CSV file inside data/, typed per its schema fields; cached: copy it before changing it."""
    path = data_dir() / relative_path
    if not path.exists():
        raise missing(path, f"The file for '{name}' (" if name else "")
    return _read_csv_cached(path, path.stat().st_mtime, json.dumps(fields))


def read_indexed(relative_path: str, fields: list[dict], index: str) -> pd.DataFrame:
    """The same table indexed by one column, made once per version of the file: do not change it."""
    read_table(relative_path, fields)  # says clearly if the file is missing or damaged
    path = data_dir() / relative_path
    return _indexed_cached(path, path.stat().st_mtime, json.dumps(fields), index)


@lru_cache(maxsize=8)
def _indexed_cached(path: Path, mtime: float, fields_json: str, index: str) -> pd.DataFrame:
    return _read_csv_cached(path, mtime, fields_json).set_index(index)
