"""The one checked CSV reader: every CSV netlib reads by hand (manifest, curation) goes through it.

:func:`read_records` reads UTF-8 (a BOM allowed), numbers each record by the line it starts on
as an editor shows it, checks the header has the columns asked for, and turns every fault into
one :class:`~netlib.errors.InputError` naming the file and line: text that is not UTF-8,
malformed CSV, a missing column, or a row with more cells than the header has columns (a
stray comma shifts every later cell of the row, so the row is refused rather than read
wrong). Cells are stripped; a row with fewer cells reads the rest as empty.
"""

from __future__ import annotations

import csv
from pathlib import Path

from netlib.errors import InputError

__all__ = ["csv_records", "read_records"]


def read_records(path, columns, *, optional_columns=()):
    r"""``(line, row)`` for each data row of a CSV file, ``row`` a dict of stripped strings.

    Parameters
    ----------
    path : str or Path
    columns : sequence of str
        Columns the header must have (others are read too).
    optional_columns : sequence of str
        Columns that may be absent: they read as empty strings.

    Raises
    ------
    InputError
        A missing file, text that is not UTF-8, malformed CSV, a missing column, or a row with
        more cells than the header has columns (the error names its line).

    Examples
    --------
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = path.write_text('a,b\n1, x \n\n2\n', encoding="utf-8")
    >>> read_records(path, ["a"], optional_columns=["c"])
    [(2, {'c': '', 'a': '1', 'b': 'x'}), (4, {'c': '', 'a': '2', 'b': ''})]
    >>> _ = path.write_text('a,b\n1,2,3\n', encoding="utf-8")
    >>> read_records(path, ["a"])
    Traceback (most recent call last):
    ...
    netlib.errors.InputError: ... line 2: more cells than columns (3 cells, 2 columns)
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "missing file")
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            records = list(csv_records(handle))
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV ({exc})") from None
    header = records[0][1] if records else []
    missing = [c for c in columns if c not in header and c not in optional_columns]
    if missing:
        raise InputError(path, f"missing columns: {', '.join(missing)}")
    absent = {c: "" for c in optional_columns if c not in header}
    rows = []
    for line, cells in records[1:]:
        if len(cells) > len(header):
            raise InputError(
                f"{path} line {line}",
                f"more cells than columns ({len(cells)} cells, {len(header)} columns)",
            )
        padded = [*cells, *[""] * (len(header) - len(cells))]
        rows.append((line, absent | {k: v.strip() for k, v in zip(header, padded, strict=True)}))
    return rows


def csv_records(handle):
    r"""The records of an open CSV file, each with the line it starts on as an editor shows it.

    The header is line 1, so the first data row is usually line 2; a quoted cell that spans
    lines moves the later records down, and blank lines are skipped (as ``csv.DictReader``
    does). Open the file with ``newline=""``.

    Yields
    ------
    (int, list of str)

    Examples
    --------
    >>> import io
    >>> list(csv_records(io.StringIO('a,b\n1,"x\ny"\n\n2,z\n')))
    [(1, ['a', 'b']), (2, ['1', 'x\ny']), (5, ['2', 'z'])]
    """
    reader = csv.reader(handle)
    end = 0
    for cells in reader:
        start, end = end + 1, reader.line_num
        if cells:
            yield start, cells
