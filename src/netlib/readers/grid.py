"""Pandoc grid tables in Markdown ("+-----+-----+" borders, each cell over several lines): one
record a row, its name cell's first line as the text (what follows a hard line break is the
row's description), every other line of the table accounted for as layout."""

from __future__ import annotations

import re
from itertools import pairwise

from netlib.errors import InputError
from netlib.readers.columns import pick_columns, record_unit
from netlib.readers.markup import decode_entities, visible_text

__all__ = ["grid_tables"]

# "+--------------+--------------+", "+=====+=====+" (under a header), ":" for alignment
_BORDER = re.compile(r" {0,3}\+(?:[-=:]{1,400}\+){1,12} *")
_ROW = re.compile(r" {0,3}\|.*")
# a hard line break in Markdown: a backslash or two spaces at the end of a cell's line
_HARD_BREAK = re.compile(r"\\\s*\n|  \n")
_IMAGE = re.compile(r"!\[[^\[\]]{0,300}\]\([^()\s]{0,2000}\)")
_EMPTY_LINK = re.compile(r"\[\s{0,3}\]\([^()\s]{0,2000}\)")
#: A table has at most this many lines (the scan stays linear on a hostile document).
MAX_GRID_LINES = 20_000


def _columns(border):
    """The character ranges of the cells, from a border line's "+" marks."""
    marks = [i for i, c in enumerate(border) if c == "+"]
    return list(pairwise(marks))


def _cells(lines, columns):
    """The text of each cell of one row, its physical lines joined by newlines; a line that
    fills its cell to the border broke inside a word ("etlogo2/34.png" cut after "n"), so the
    next one continues it without a break."""
    cells = []
    for start, end in columns:
        pieces, full = [], False
        for line in lines:
            segment = line[start + 1 : end]
            part = segment.strip()
            if not part:
                continue
            if pieces:
                pieces.append("" if full else "\n")
            pieces.append(part)
            full = len(segment) >= 2 and segment[-2] != " " and segment.rstrip() == segment[:-1]
        cells.append("".join(pieces))
    return cells


def _shown(cell, inline_text):
    """A cell as a reader sees it: its first line up to a hard break, markup resolved."""
    first = _HARD_BREAK.split(cell + "\n", maxsplit=1)[0]
    first = _EMPTY_LINK.sub(" ", _IMAGE.sub(" ", first))  # a logo: "[![](logo.png)](url)"
    text = inline_text(visible_text(" ".join(first.split())))
    return " ".join(decode_entities(text).split()) if "&" in text else " ".join(text.split())


def grid_tables(lines, inline_text, where):
    """``({line: unit}, {line, ...})``: the record unit of each row of every grid table (at
    the row's first line) and the other lines of the tables, which are layout (``skip``)."""
    units, layout = {}, set()
    number = 0
    while number < len(lines):
        if not _BORDER.fullmatch(lines[number]):
            number += 1
            continue
        start = number
        end = start + 1
        while end < len(lines) and end - start < MAX_GRID_LINES:
            if not (_ROW.fullmatch(lines[end]) or _BORDER.fullmatch(lines[end])):
                break
            end += 1
        number = end
        if end - start < 3 or not _BORDER.fullmatch(lines[end - 1]):
            continue  # no table: a border line alone, or rows that never close
        columns = _columns(lines[start].rstrip())
        rows, header, current = [], None, []
        for offset in range(start + 1, end):
            line = lines[offset]
            if _BORDER.fullmatch(line):
                if current:
                    if "=" in line and header is None and not rows:
                        header = current
                    else:
                        rows.append(current)
                current = []
            else:
                current.append(offset)
        if not rows:
            continue
        shown = [
            [_shown(c, inline_text) for c in _cells([lines[i] for i in r], columns)] for r in rows
        ]
        head = (
            [_shown(c, inline_text) for c in _cells([lines[i] for i in header], columns)]
            if header
            else [f"column {i + 1}" for i in range(len(columns))]
        )
        try:
            roles = pick_columns(head, shown, where=where)
        except InputError:
            continue
        layout.update(range(start + 1, end + 1))  # 1-based lines of the whole table
        for row_number, (row, cells) in enumerate(zip(rows, shown, strict=True), 1):
            if roles.name >= len(cells) or not cells[roles.name]:
                continue
            first = row[0] + 1
            units[first] = record_unit(
                head,
                roles,
                cells,
                line=first,
                row=row_number,
                raw=lines[row[0]],
                text=cells[roles.name],
            )
            layout.discard(first)
    return units, layout
