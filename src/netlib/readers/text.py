"""Plain text: one unit a line, as an editor numbers them."""

from __future__ import annotations

import re

from netlib.readers.model import DocumentModel, Unit

__all__ = ["read_text"]

# "# Archivo original: letter.pdf", "# Tipo: .PDF", "# Processed on: ...": the header a
# converter writes above the text it extracted (a key of a few words, a colon, a value)
_HEADER_LINE = re.compile(r"#\s{0,3}\w[\w ]{0,30}:[ \t]+\S.{0,300}")
#: A converter's header has at least this many lines, and at most the second number.
_HEADER_LINES = (2, 12)
#: A front matter closes within this many lines.
_FRONT_MATTER_LINES = 201


def _converter_header(lines):
    """How many lines at the top are a converter's header: ``# Key: value`` comments, or a
    YAML front matter between two "---" lines (a page exported with its metadata)."""
    if lines and lines[0].strip() == "---":
        for number, line in enumerate(lines[1:_FRONT_MATTER_LINES], 2):
            if line.strip() in ("---", "..."):
                return number
    count = 0
    while count < min(len(lines), _HEADER_LINES[1]) and _HEADER_LINE.fullmatch(lines[count]):
        count += 1
    return count if count >= _HEADER_LINES[0] else 0


def read_text(path, lines, sha256, column=None):
    """Every line of the file as a ``line`` unit (the parser decides what each one is); the
    header of ``# Key: value`` comments or the YAML front matter that a converter puts at the
    top is metadata (``skip``), not the document's text."""
    header = _converter_header(lines)
    units = [
        Unit(raw=line, text=line, line=number, kind="skip" if number <= header else "line")
        for number, line in enumerate(lines, 1)
    ]
    return DocumentModel(path=path, format="text", sha256=sha256, units=units)
