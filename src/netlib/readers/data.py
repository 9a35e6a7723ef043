"""Data files campaign sites publish — CSV, TSV, XLSX, JSON, YAML — as one record a row.

The column that names the signatories is detected from the header (or given with
``--column``); places in their own columns become the record's ``location``; a type column
marks individuals; every other column (contacts, representatives, e-mails) is never read into
a unit, so people named there never reach the parser's output.
"""

from __future__ import annotations

import bisect
import csv
import io
import json

import yaml

from netlib.errors import InputError
from netlib.readers.columns import pick_columns, record_unit
from netlib.readers.model import DocumentModel, Unit

__all__ = ["read_data", "read_xlsx"]

_MAX_NODES = 2_000_000  # YAML aliases can make a small file expand without end


def _records_units(header, rows, where, column, heading=None):
    """Units for a header and its rows: ``rows`` are ``(line, cells)``."""
    roles = pick_columns(header, [cells for _, cells in rows], column=column, where=where)
    units = []
    if heading:
        units.append(Unit(raw=heading, text=heading, line=rows[0][0] if rows else 1, kind="header"))
    for number, (line, cells) in enumerate(rows, 1):
        units.append(record_unit(header, roles, cells, line=line, row=number))
    return units


def _read_csv(path, text, delimiter, column):
    sample = text[:65536]
    if delimiter is None:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header, rows, start = None, [], 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
                continue
            rows.append((line, cells))
    except csv.Error as exc:
        raise InputError(path, f"malformed CSV at line {reader.line_num} ({exc})") from None
    if header is None:
        raise InputError(path, "no rows in this table")
    return _records_units(header, rows, path, column)


class _LineFinder:
    """Line numbers of values in a JSON text, found in order of appearance."""

    def __init__(self, text):
        self.text = text
        self.starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
        self.position = 0

    def line_of(self, value):
        needle = json.dumps(value, ensure_ascii=False)
        found = self.text.find(needle, self.position)
        if found < 0:
            needle = json.dumps(value)
            found = self.text.find(needle, self.position)
        if found < 0:
            return bisect.bisect_right(self.starts, self.position)
        self.position = found + len(needle)
        return bisect.bisect_right(self.starts, found)


def _record_lists(value, depth=0, key=None, found=None):
    """Every list of records (objects or strings) in a value: ``(depth, key, records)``,
    not looking inside the records of a list already found."""
    found = [] if found is None else found
    if depth > 5:
        return found
    if isinstance(value, list):
        records = [v for v in value if isinstance(v, (dict, str))]
        if records and len(records) >= len(value) / 2:
            found.append((depth, key, records))
            return found
        for item in value:
            _record_lists(item, depth + 1, key, found)
    elif isinstance(value, dict):
        for k, v in value.items():
            if isinstance(v, (dict, list)):
                _record_lists(v, depth + 1, str(k), found)
    return found


def _best_list(value, depth=0, key=None):
    """The records of a JSON/YAML value with their key: the lists of objects found at the
    shallowest depth, joined ("usergroups" and "conferences"), else the longest list."""
    lists = _record_lists(value)
    objects = [item for item in lists if any(isinstance(r, dict) for r in item[2])]
    if objects:
        top = min(d for d, _, _ in objects)
        chosen = [item for item in objects if item[0] == top]
        records = [r for _, _, rs in chosen for r in rs]
        return len(records), records, chosen[0][1]
    if lists:
        _, key_, records = max(lists, key=lambda item: len(item[2]))
        return len(records), records, key_
    return 0, None, None


def _flatten(record, prefix="", depth=0):
    """A record's scalar fields, nested objects as "organization name" paths."""
    out = {}
    for key, value in record.items():
        name = f"{prefix} {key}".strip()
        if isinstance(value, dict) and depth < 3:
            out.update(_flatten(value, name, depth + 1))
        else:
            out[name] = value
    return out


def _scalar(value):
    if isinstance(value, (dict, list)) or value is None:
        return ""
    return str(value)


def _records_to_units(path, records, key, line_of, column):
    if all(isinstance(r, str) for r in records):
        header = [key or "name"]
        rows = [(line_of(r), [r]) for r in records]
        return _records_units(header, rows, path, column)
    records = [_flatten(r) if isinstance(r, dict) else r for r in records]
    header = []
    for record in records:
        if isinstance(record, dict):
            for k in record:
                if str(k) not in header:
                    header.append(str(k))
    rows_cells = []
    for record in records:
        if isinstance(record, dict):
            by_key = {str(k): v for k, v in record.items()}
            rows_cells.append([_scalar(by_key.get(h)) for h in header])
        else:
            rows_cells.append([""] * len(header))
    roles = pick_columns(header, rows_cells, column=column, where=path)
    rows = [(line_of(cells[roles.name]) if cells[roles.name] else 1, cells) for cells in rows_cells]
    return _records_units(header, rows, path, header[roles.name])


def _yaml_value(node, counter, lines):
    """A composed YAML node as Python values; scalars' lines recorded in ``lines``."""
    counter[0] += 1
    if counter[0] > _MAX_NODES:
        raise ValueError("too many nodes (alias expansion)")
    if isinstance(node, yaml.ScalarNode):
        value = node.value
        lines.setdefault(value, []).append(node.start_mark.line + 1)
        return value
    if isinstance(node, yaml.SequenceNode):
        return [_yaml_value(n, counter, lines) for n in node.value]
    if isinstance(node, yaml.MappingNode):
        return {
            _yaml_value(k, counter, lines): _yaml_value(v, counter, lines) for k, v in node.value
        }
    return None


def read_data(path, fmt, text, lines, sha256, column=None):
    """Units of a CSV, TSV, JSON or YAML file: one ``record`` per row, object or item."""
    if fmt in ("csv", "tsv"):
        units = _read_csv(path, text, "\t" if fmt == "tsv" else None, column)
    elif fmt == "json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(path, f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
        count, records, key = _best_list(value)
        if not count:
            raise InputError(path, "no list of names or records in this JSON")
        finder = _LineFinder(text)
        units = _records_to_units(path, records, key, finder.line_of, column)
    else:
        try:
            nodes = list(yaml.compose_all(text, Loader=yaml.SafeLoader))
            scalar_lines, counter = {}, [0]
            values = [_yaml_value(n, counter, scalar_lines) for n in nodes if n is not None]
        except (yaml.YAMLError, ValueError, RecursionError) as exc:
            problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise InputError(path, f"not valid YAML ({problem})") from None
        count, records, key = _best_list(values if len(values) != 1 else values[0])
        if not count:
            raise InputError(path, "no list of names or records in this YAML")
        used = {}

        def line_of(value):
            found = scalar_lines.get(value, [1])
            index = used.get(value, 0)
            used[value] = index + 1
            return found[min(index, len(found) - 1)]

        units = _records_to_units(path, records, key, line_of, column)
    return DocumentModel(path=path, format=fmt, sha256=sha256, units=units)


def read_xlsx(path, data, sha256, column=None):
    """Units of the first sheet of an XLSX workbook that has a column of names."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types on damaged files
        raise InputError(path, f"not a readable XLSX workbook ({type(exc).__name__})") from None
    problem = "no sheet with rows"
    for sheet in book.worksheets:
        header, rows = None, []
        for number, cells in enumerate(sheet.iter_rows(values_only=True), 1):
            cells = ["" if c is None else str(c) for c in cells]
            if not any(c.strip() for c in cells):
                continue
            if header is None:
                header = [c.strip() for c in cells]
            else:
                rows.append((number, cells))
        if header is None:
            continue
        try:
            units = _records_units(header, rows, f"{path} (sheet {sheet.title!r})", column)
        except InputError as exc:
            problem = exc.problem
            continue
        book.close()
        return DocumentModel(path=path, format="xlsx", sha256=sha256, units=units, encoding="xlsx")
    book.close()
    raise InputError(path, problem)
