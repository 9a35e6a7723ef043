"""The processed tables on disk: safe CSV writing and reading (their columns: io.schemas).

CSV cells that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return) are written with a leading apostrophe, and a cell that really
starts with an apostrophe gets a second one, so :func:`read_table` restores every name exactly.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from netlib.errors import InputError
from netlib.io.schemas import INTEGER_COLUMNS, TABLE_COLUMNS, TABLE_KEYS

__all__ = [
    "TABLE_COLUMNS",
    "TABLE_KEYS",
    "by_score",
    "load_tables",
    "neutralise_cell",
    "read_table",
    "restore_cell",
    "write_table",
]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """Make a string cell safe to open in a spreadsheet, reversibly.

    Examples
    --------
    >>> neutralise_cell("=HYPERLINK(1)")
    "'=HYPERLINK(1)"
    >>> neutralise_cell("'quoted")
    "''quoted"
    >>> neutralise_cell("ACLU")
    'ACLU'
    """
    if isinstance(value, str) and value and (value[0] in _FORMULA_START or value[0] == "'"):
        return "'" + value
    return value


def restore_cell(value):
    """Undo :func:`neutralise_cell`.

    Examples
    --------
    >>> restore_cell("'=1+1")
    '=1+1'
    >>> restore_cell(neutralise_cell("'x"))
    "'x"
    """
    if isinstance(value, str) and value.startswith("'"):
        return value[1:]
    return value


# Twelve significant digits: a float's last bits move with the order of summation (BLAS,
# threads), and a committed CSV must not change when they do.
FLOAT_FORMAT = "%.12g"


def write_table(frame, path, *, columns=None, sort_by=None):
    """Write a table as UTF-8 CSV: fixed column order, sorted rows, neutralised strings, LF ends.

    Floats are written with twelve significant digits (:data:`FLOAT_FORMAT`).
    """
    frame = frame.copy()
    if columns is not None:
        for column in columns:
            if column not in frame.columns:
                frame[column] = ""
        frame = frame[list(columns)]
    if sort_by:
        frame = frame.sort_values(list(sort_by), kind="mergesort").reset_index(drop=True)
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(neutralise_cell)
    frame.to_csv(
        path, index=False, lineterminator="\n", encoding="utf-8", float_format=FLOAT_FORMAT
    )
    return Path(path)


def read_table(path):
    """Read a table written by :func:`write_table` (strings stay strings, empties are "")."""
    path = Path(path)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except FileNotFoundError:
        raise InputError(path, "no such table (run `netlib build` first)") from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(path, f"not a readable CSV table ({exc})") from None
    for column in frame.columns:
        frame[column] = frame[column].map(restore_cell)
        if column in INTEGER_COLUMNS:
            frame[column] = pd.to_numeric(frame[column].replace("", None), errors="coerce").astype(
                "Int64"
            )
    return frame


def by_score(frame, score, id_column):
    """``frame`` highest ``score`` first, ties in ``id_column`` order, on a fresh 0..n-1 index.

    ``score`` is a column or a list of columns (all descending). The sort is stable, so the same
    data always give the same rows in the same order, however they came.

    Examples
    --------
    >>> frame = pd.DataFrame({"org_id": ["c", "a", "b"], "degree": [1, 2, 2]})
    >>> by_score(frame, "degree", "org_id")["org_id"].tolist()
    ['a', 'b', 'c']
    """
    frame = frame.sort_values(id_column, kind="mergesort")
    return frame.sort_values(score, ascending=False, kind="mergesort").reset_index(drop=True)


def load_tables(data_dir):
    """Load the five processed tables of a folder into a dict of DataFrames."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise InputError(data_dir, "no such data folder (run `netlib build` first)")
    return {name: read_table(data_dir / f"{name}.csv") for name in TABLE_COLUMNS}
