"""The document model every reader produces."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["FORMATS", "DocumentModel", "Unit"]

#: Formats a reader exists for (``--format`` values and the manifest's ``format`` column).
FORMATS = ("text", "markdown", "html", "pdf", "docx", "csv", "tsv", "xlsx", "json", "yaml")

#: Unit kinds. ``line``: a line of plain text (the parser decides what it is); ``heading``: a
#: structural heading (Markdown ``#``, HTML ``<h2>``, a DOCX heading style); ``item``: a list
#: item; ``para``: a line of a paragraph; ``header``: a table's header row; ``record``: one
#: row of a table or a data file, whose ``text`` is the cell that names the signatory;
#: ``skip``: a line that holds no text to read (code, a table rule, markup only).
UNIT_KINDS = ("line", "heading", "item", "para", "header", "record", "skip")


@dataclass(frozen=True)
class Unit:
    """One readable piece of a document.

    Attributes
    ----------
    raw : str
        The text as written in the file (a source line, a table row, a record's name cell).
    text : str
        The text to read: ``raw`` with markup resolved (an ``<img alt>``, a table cell).
    line : int
        1-based line in the file for text formats (Markdown, HTML source, CSV, YAML, JSON);
        the running line of the extracted text for PDF; the paragraph number for DOCX; the
        row number (header = 1) for XLSX.
    kind : str
        One of :data:`UNIT_KINDS`.
    level : int
        Heading level (1 = top), 0 otherwise.
    page : int or None
        1-based page of a PDF.
    row : int or None
        1-based data row of a table or data file (header excluded).
    field : str or None
        The column or field ``text`` was taken from.
    location : str or None
        A place given in its own column ("Oakland, CA").
    person : bool or None
        A data file's own type column says the record is an individual (True) or an
        organisation (False); ``None`` when it does not say.
    starts_column : bool
        The first line of a PDF column after the first: what follows need not continue the
        section the previous column ended in.
    """

    raw: str
    text: str
    line: int
    kind: str = "line"
    level: int = 0
    page: int | None = None
    row: int | None = None
    field: str | None = None
    location: str | None = None
    person: bool | None = None
    starts_column: bool = False


@dataclass
class DocumentModel:
    """A document read into units, with what the reader learned about it.

    Attributes
    ----------
    path : Path
    format : str
        One of :data:`FORMATS`.
    sha256 : str
        Hex digest of the file's bytes.
    units : list of Unit
        In reading order.
    encoding : str
        The text encoding, or the container (``pdf``, ``docx``, ``xlsx``).
    warnings : list of str
        What the reader had to repair or could not read, recorded on the document.
    title : str or None
        The document's own title (HTML ``<title>``, PDF metadata), when it has one.
    date : str or None
        A date the container states (HTML metadata), ISO.
    """

    path: Path
    format: str
    sha256: str
    units: list[Unit] = field(default_factory=list)
    encoding: str = "utf-8"
    warnings: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None

    @property
    def lines(self):
        """The units' texts, one a line: what the line-based parsers read."""
        return [unit.text for unit in self.units]

    @property
    def is_data(self):
        """A table of records (CSV, TSV, XLSX, JSON, YAML) rather than running text."""
        return self.format in ("csv", "tsv", "xlsx", "json", "yaml")
