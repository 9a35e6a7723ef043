"""The raw corpus manifest (``data/raw/manifest.csv``): reading, checking, adding documents.

The manifest is human input. Every fault is reported with the row it is on, and a file in the
raw folder that the manifest does not list is reported rather than silently ignored.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from netlib.errors import InputError
from netlib.io.documents import sha256_file
from netlib.io.records import read_records
from netlib.io.schemas import MANIFEST_COLUMNS, OPTIONAL_MANIFEST_COLUMNS
from netlib.text.dates import precision_of

__all__ = [
    "DOCUMENT_KINDS",
    "MANIFEST_COLUMNS",
    "OPTIONAL_MANIFEST_COLUMNS",
    "ManifestRow",
    "add_document",
    "read_manifest",
    "unlisted_files",
]

DOCUMENT_KINDS = ("letter", "article")
_DOC_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,79}")


@dataclass(frozen=True)
class ManifestRow:
    """One document of the corpus as the manifest describes it."""

    doc_id: str
    file: str
    kind: str
    title: str
    outlet: str
    published: str
    date_precision: str
    sha256: str
    note: str
    source: str  # where the document was found: a URL or a repository path
    line: int  # the line of manifest.csv the row starts on (the header is line 1)


def _check_row(row, number, raw_dir, manifest_path):
    where = f"{manifest_path} line {number}"
    doc_id = row.get("doc_id", "").strip()
    if not _DOC_ID.fullmatch(doc_id):
        raise InputError(where, f"bad doc_id {doc_id!r} (letters, digits, '_', '-', '.')")
    if row["kind"] not in DOCUMENT_KINDS:
        raise InputError(where, f"unknown kind {row['kind']!r} (expected letter or article)")
    if row["published"]:
        precision = precision_of(row["published"])
        if precision is None:
            raise InputError(where, f"bad date {row['published']!r} (YYYY-MM-DD, YYYY-MM or YYYY)")
        if row["date_precision"] and row["date_precision"] != precision:
            raise InputError(
                where,
                f"date_precision {row['date_precision']!r} does not match date "
                f"{row['published']!r} ({precision})",
            )
        row["date_precision"] = precision
    name = row["file"]
    if not name or Path(name).name != name or name.startswith("."):
        raise InputError(where, f"file {name!r} must be a plain file name inside {raw_dir}")
    path = raw_dir / name
    if not path.is_file():
        raise InputError(where, f"file {name!r} is missing from {raw_dir}")
    actual = sha256_file(path)
    if row["sha256"] != actual:
        raise InputError(
            where,
            f"checksum mismatch for {name!r}: manifest {row['sha256'][:12]}…, file {actual[:12]}…",
        )
    return ManifestRow(**{k: row[k] for k in MANIFEST_COLUMNS}, line=number)


def read_manifest(raw_dir):
    """Read and check ``manifest.csv`` in ``raw_dir``.

    Returns
    -------
    list of ManifestRow
        In manifest order.

    Raises
    ------
    InputError
        Missing manifest or columns, a bad row (named), a duplicate doc_id or file.
    """
    raw_dir = Path(raw_dir)
    manifest_path = raw_dir / "manifest.csv"
    if not manifest_path.is_file():
        raise InputError(manifest_path, "no manifest (a folder of documents needs manifest.csv)")
    rows = read_records(manifest_path, MANIFEST_COLUMNS, optional_columns=OPTIONAL_MANIFEST_COLUMNS)
    if not rows:
        raise InputError(manifest_path, "lists no documents")
    checked, seen_ids, seen_files = [], {}, {}
    for number, row in rows:
        entry = _check_row(row, number, raw_dir, manifest_path)
        if entry.doc_id in seen_ids:
            raise InputError(
                f"{manifest_path} line {number}",
                f"duplicate doc_id {entry.doc_id!r} (also line {seen_ids[entry.doc_id]})",
            )
        if entry.file in seen_files:
            raise InputError(
                f"{manifest_path} line {number}",
                f"file {entry.file!r} listed twice (also line {seen_files[entry.file]})",
            )
        seen_ids[entry.doc_id] = number
        seen_files[entry.file] = number
        checked.append(entry)
    return checked


def unlisted_files(raw_dir, rows):
    """Files in ``raw_dir`` the manifest does not list (hidden files and the manifest aside)."""
    listed = {row.file for row in rows} | {"manifest.csv"}
    return sorted(
        p.name
        for p in Path(raw_dir).iterdir()
        if p.is_file() and p.name not in listed and not p.name.startswith(".")
    )


def _next_doc_id(rows, sha256):
    numbers = [int(r.doc_id[:3]) for r in rows if r.doc_id[:3].isdigit()]
    return f"{max(numbers, default=-1) + 1:03d}_{sha256[:16]}"


# The extension a document gets in data/raw/, by the format its reader found.
_SUFFIXES = {
    "text": ".txt",
    "markdown": ".md",
    "html": ".html",
    "pdf": ".pdf",
    "docx": ".docx",
    "csv": ".csv",
    "tsv": ".tsv",
    "xlsx": ".xlsx",
    "json": ".json",
    "yaml": ".yaml",
}


def add_document(source, *, kind, raw_dir, title="", outlet="", published="", note="", origin=""):
    """Copy a document into the raw folder byte for byte and append its manifest row.

    The document is read first (so an empty, binary or undecodable file is refused before
    anything is written) and the manifest is rewritten atomically, with every column of
    :data:`MANIFEST_COLUMNS` (a manifest written before the ``source`` column gains it).

    Parameters
    ----------
    source : path
        The file to add.
    origin : str
        Where the document was found (a URL or a repository path), for the ``source`` column.

    Returns
    -------
    ManifestRow
    """
    raw_dir = Path(raw_dir)
    source = Path(source)
    if kind not in DOCUMENT_KINDS:
        raise InputError(source, f"unknown kind {kind!r} (expected letter or article)")
    precision = ""
    if published:
        precision = precision_of(published)
        if precision is None:
            raise InputError(source, f"bad date {published!r} (YYYY-MM-DD, YYYY-MM or YYYY)")
    from netlib.readers import read

    document = read(source)  # refuses what no reader can read, before anything is copied
    rows = read_manifest(raw_dir)
    for row in rows:
        if row.sha256 == document.sha256:
            raise InputError(source, f"already in the corpus as {row.doc_id} ({row.file})")
    doc_id = _next_doc_id(rows, document.sha256)
    file_name = f"{doc_id}{_SUFFIXES[document.format]}"
    shutil.copyfile(source, raw_dir / file_name)
    new = {
        "doc_id": doc_id,
        "file": file_name,
        "kind": kind,
        "title": title,
        "outlet": outlet,
        "published": published,
        "date_precision": precision,
        "sha256": document.sha256,
        "note": note,
        "source": origin,
    }
    manifest_path = raw_dir / "manifest.csv"
    fd, tmp = tempfile.mkstemp(dir=raw_dir, prefix=".manifest-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: getattr(row, k) for k in MANIFEST_COLUMNS})
        writer.writerow(new)
    os.chmod(tmp, 0o644)
    os.replace(tmp, manifest_path)
    # the header is line 1; a note written over several lines moves the later rows down
    line = 2 + sum(1 + sum(getattr(r, k).count("\n") for k in MANIFEST_COLUMNS) for r in rows)
    return ManifestRow(**new, line=line)
