"""Readers: every supported file format to one document model (:class:`DocumentModel`).

A reader turns a file into *units* — headings, paragraph lines, list items, table rows, data
records — in reading order, each with where a person can find it again (``line``, ``page``,
``row``, ``field``) and its text as written (``raw``). The letter and article parsers work on
units only, so they read a PDF, a saved web page or a CSV the same way as a text file.

:func:`read` sniffs the format from the bytes and the extension (a manifest row or
``--format`` may say it) and refuses unusable files with one :class:`~netlib.errors.InputError`
naming the file and the problem.
"""

from netlib.readers.model import FORMATS, DocumentModel, Unit
from netlib.readers.sniff import read, sniff_format

__all__ = ["FORMATS", "DocumentModel", "Unit", "read", "sniff_format"]
