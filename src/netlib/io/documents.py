"""Reading documents safely: size limits, binary detection, encodings and line ends.

Every document enters the pipeline through :func:`read_document`, which either returns its
decoded lines (numbered as in the file) or raises one :class:`~netlib.errors.InputError` that
names the file and the problem.
"""

from __future__ import annotations

import hashlib
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from netlib.errors import InputError
from netlib.text.chars import drop_invisible

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Document",
    "decode_bytes",
    "read_document",
    "read_file_bytes",
    "sha256_file",
    "split_lines",
]

#: Documents larger than this are refused (override with ``NETLIB_MAX_BYTES`` or ``max_bytes``).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

# Control characters that never occur in real text; their presence means binary data.
_BINARY_CONTROLS = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
_BINARY_MAGIC = {
    b"%PDF": "a PDF file (convert it to text first, e.g. with pdftotext)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (a .docx or .xlsx? save it as plain text first)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office file (save it as plain text first)",
}


@dataclass(frozen=True)
class Document:
    """A decoded text document.

    Attributes
    ----------
    path : Path
        Where it was read from.
    lines : list of str
        The lines without terminators; ``lines[0]`` is line 1 of the file.
    encoding : str
        ``utf-8``, ``utf-8-sig`` (with a byte-order mark) or ``cp1252`` (fallback).
    sha256 : str
        Hex digest of the raw bytes.
    warnings : tuple of str
        Anything the reader had to repair (encoding fallback), recorded on the document.
    """

    path: Path
    lines: list[str]
    encoding: str
    sha256: str
    warnings: tuple[str, ...] = field(default=())


def sha256_file(path):
    """Hex SHA-256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def split_lines(text):
    """Split text on CRLF, CR or LF, as an editor numbers lines.

    A final line without a newline is kept; a trailing newline does not add an empty line.

    Examples
    --------
    >>> split_lines("a\\r\\nb\\rc\\nd")
    ['a', 'b', 'c', 'd']
    >>> split_lines("a\\n")
    ['a']
    >>> split_lines("")
    []
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def decode_bytes(data, where="<bytes>"):
    """Decode document bytes: UTF-8 (BOM allowed), else cp1252 recorded as a warning.

    Returns
    -------
    text : str
    encoding : str
    warnings : list of str

    Raises
    ------
    InputError
        Empty, binary or undecodable data.

    Examples
    --------
    >>> decode_bytes("caf\\u00e9".encode("utf-8"))[:2]
    ('café', 'utf-8')
    >>> decode_bytes(b"caf\\xe9")[1:]
    ('cp1252', ['not valid UTF-8; decoded as cp1252 (Windows Latin-1)'])
    """
    if not data.strip():
        raise InputError(where, "the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(where, "UTF-16 text (byte-order mark); re-save it as UTF-8")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(where, f"this is {what}, not a text document")
    if b"\x00" in data[:65536]:
        raise InputError(where, "binary data (NUL bytes), not a text document")
    warnings = []
    if data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as exc:
            raise InputError(
                where, f"not valid UTF-8 nor cp1252 (byte {exc.start}); re-save it as UTF-8"
            ) from None
        encoding = "cp1252"
        warnings.append("not valid UTF-8; decoded as cp1252 (Windows Latin-1)")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch in _BINARY_CONTROLS)
    if controls > max(8, len(sample) // 100):
        raise InputError(where, "binary data (control characters), not a text document")
    if not drop_invisible(text).strip():
        # a byte-order mark, NBSP, zero-width or direction controls alone: nothing to read
        raise InputError(where, "the file is empty (only whitespace or invisible characters)")
    return unicodedata.normalize("NFC", text), encoding, warnings


def _max_bytes(max_bytes):
    if max_bytes is not None:
        return max_bytes
    env = os.environ.get("NETLIB_MAX_BYTES", "")
    return int(env) if env.isdigit() else DEFAULT_MAX_BYTES


def read_file_bytes(path, max_bytes=None):
    """A regular file's bytes, bounded by the size limit; one :class:`InputError` otherwise.

    A FIFO, socket or device is refused before it is opened (opening a FIFO blocks for ever,
    a device may never end); a broken symbolic link is named as such.
    """
    path = Path(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        what = "a broken symbolic link" if path.is_symlink() else "no such file"
        raise InputError(path, what) from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory, not a document")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a pipe, socket or device)")
    limit = _max_bytes(max_bytes)
    if info.st_size > limit:
        raise InputError(
            path,
            f"too large ({info.st_size:,} bytes; the limit is {limit:,}, set NETLIB_MAX_BYTES)",
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})") from None
    if len(data) > limit:
        raise InputError(path, f"too large (more than {limit:,} bytes)")
    return data


def read_document(path, *, max_bytes=None):
    """Read one document as numbered lines, refusing unusable input with one clear error.

    Parameters
    ----------
    path : str or Path
    max_bytes : int, optional
        Size limit; default :data:`DEFAULT_MAX_BYTES` or the ``NETLIB_MAX_BYTES`` variable.

    Returns
    -------
    Document

    Raises
    ------
    InputError
        Missing path, not a regular file, too large, empty, binary or undecodable.
    """
    path = Path(path)
    data = read_file_bytes(path, max_bytes)
    text, encoding, warnings = decode_bytes(data, path)
    if "\x00" in text:  # past the first 64 KiB that decode_bytes looks at
        raise InputError(path, "binary data (NUL bytes), not a text document")
    return Document(
        path=path,
        lines=split_lines(text),
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        warnings=tuple(warnings),
    )
