"""Which reader a file needs: sniffed from its bytes, then its extension."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

from netlib.errors import InputError
from netlib.io.documents import decode_bytes, read_file_bytes, split_lines
from netlib.readers.model import FORMATS

__all__ = ["read", "read_bytes", "sniff_format"]

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".csv": "csv",
    ".tsv": "tsv",
    ".tab": "tsv",
    ".xlsx": "xlsx",
    ".json": "json",
    ".yml": "yaml",
    ".yaml": "yaml",
}
_REFUSED_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (.doc/.xls, or an encrypted one); "
    "save it as .docx, .xlsx or text",
    b"{\\rtf": "an RTF file; save it as .docx or text",
}
_BINARY_FORMATS = ("pdf", "docx", "xlsx")


def _zip_format(data, where):
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(where, "a damaged ZIP container (a .docx or .xlsx cut short?)") from None
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names:
        raise InputError(where, "an OpenDocument file; save it as .docx, .xlsx or text")
    raise InputError(where, "a ZIP archive that is neither a .docx nor an .xlsx")


def sniff_format(data, name=""):
    """The format of a file's bytes (its name's extension decides between text formats).

    Examples
    --------
    >>> sniff_format(b"%PDF-1.7 ...", "letter.txt")
    'pdf'
    >>> sniff_format(b"# Signatories\\n- ACLU\\n", "list.md")
    'markdown'
    >>> sniff_format(b"<!DOCTYPE html><html><body><ul><li>ACLU</li></ul>", "page")
    'html'
    >>> sniff_format(b'[{"name": "ACLU"}]', "logos")
    'json'
    >>> sniff_format(b"Signed,\\nACLU\\n", "letter.txt")
    'text'
    """
    where = name or "<bytes>"
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data, where)
    for magic, what in _REFUSED_MAGIC.items():
        if data.startswith(magic):
            raise InputError(where, f"this is {what}, not a document netlib reads")
    by_extension = _EXTENSIONS.get(Path(name).suffix.casefold())
    if by_extension in _BINARY_FORMATS:
        raise InputError(where, f"the name says {by_extension} but the bytes are not one")
    if by_extension:
        return by_extension
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<body" in head:
        return "html"
    if head[:1] in (b"{", b"["):
        return "json"
    return "text"


def read_bytes(path, max_bytes=None):
    """A regular file's bytes, bounded by the size limit, not empty."""
    data = read_file_bytes(path, max_bytes)
    if not data.strip():
        raise InputError(path, "the file is empty")
    return data


def decode_text(data, path):
    """Decoded text of a text format, with the whole file checked for NUL bytes."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "binary data (NUL bytes), not a text document")
    return decode_bytes(data, path)


def read(path, *, format=None, column=None, max_bytes=None):
    """Read any supported document into a :class:`~netlib.readers.DocumentModel`.

    Parameters
    ----------
    path : str or Path
    format : str, optional
        One of :data:`~netlib.readers.FORMATS`; sniffed when not given.
    column : str, optional
        For tables and data files: the column or field that names the signatories.
    max_bytes : int, optional
        Size limit (default :data:`netlib.io.documents.DEFAULT_MAX_BYTES`, or ``NETLIB_MAX_BYTES``).

    Raises
    ------
    InputError
        Missing, not a regular file, too large, empty, binary, undecodable, damaged, or
        (data files) with no column that names signatories.
    """
    from netlib.readers import data as data_reader
    from netlib.readers import docx, markdown, pdf, text, webpage

    path = Path(path)
    data = read_bytes(path, max_bytes)
    fmt = format or sniff_format(data, str(path))
    if fmt not in FORMATS:
        raise InputError(path, f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")
    sha = hashlib.sha256(data).hexdigest()
    if fmt == "pdf":
        return pdf.read_pdf(path, data, sha)
    if fmt == "docx":
        return docx.read_docx(path, data, sha, column=column)
    if fmt == "xlsx":
        return data_reader.read_xlsx(path, data, sha, column=column)
    text_value, encoding, warnings = decode_text(data, path)
    lines = split_lines(text_value)
    readers = {
        "text": text.read_text,
        "markdown": markdown.read_markdown,
        "html": webpage.read_html,
    }
    if fmt in readers:
        model = readers[fmt](path, lines, sha, column=column)
    else:
        model = data_reader.read_data(path, fmt, text_value, lines, sha, column=column)
    model.encoding = encoding
    model.warnings = list(warnings) + model.warnings
    return model
