"""Plain text: one unit a line, as an editor numbers them."""

from __future__ import annotations

from netlib.readers.model import DocumentModel, Unit

__all__ = ["read_text"]


def read_text(path, lines, sha256, column=None):
    """Every line of the file as a ``line`` unit (the parser decides what each one is)."""
    units = [Unit(raw=line, text=line, line=number) for number, line in enumerate(lines, 1)]
    return DocumentModel(path=path, format="text", sha256=sha256, units=units)
