"""PDF with a text layer (pdfplumber): lines in reading order, columns one after another.

A sign-on list is often set in two or three columns. Words are grouped into lines by their
baseline, a line is cut into segments at wide horizontal gaps, and a run of lines whose
segments start at the same places is read column by column, top to bottom. Each unit keeps its
page; ``line`` is the running line of the extracted text (what ``netlib parse`` shows).
Lines repeated at the top or bottom of several pages (letterheads, footers) are skipped.
"""

from __future__ import annotations

import io
import logging
from collections import Counter

from netlib.errors import InputError
from netlib.readers.model import DocumentModel, Unit

__all__ = ["read_pdf"]

_MAX_PAGES = 500


def _lines_of(words):
    """Words grouped into lines by their top coordinate, each line sorted left to right."""
    lines = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]) <= 2.5:
            lines[-1][1].append(word)
        else:
            lines.append([word["top"], [word]])
    return [(top, sorted(ws, key=lambda w: w["x0"])) for top, ws in lines]


def _segments(words):
    """A line cut at gaps wider than about three characters: ``[(x0, text), ...]``."""
    widths = [(w["x1"] - w["x0"]) / max(1, len(w["text"])) for w in words]
    char = sorted(widths)[len(widths) // 2] if widths else 5
    gap = max(10.0, 3.0 * char)
    segments, current, last_x1 = [], [], None
    for word in words:
        if current and word["x0"] - last_x1 > gap:
            segments.append((current[0]["x0"], " ".join(w["text"] for w in current)))
            current = []
        current.append(word)
        last_x1 = word["x1"]
    if current:
        segments.append((current[0]["x0"], " ".join(w["text"] for w in current)))
    return segments


def _column_of(x0, starts, tolerance=12.0):
    for index, start in enumerate(starts):
        if abs(x0 - start) <= tolerance:
            return index
    return None


def _reading_order(page_lines):
    """``(text, starts_column)`` of one page in reading order: the columns of a run of
    multi-column lines one after another, the first line of each later column marked."""
    segmented = [(top, _segments(words)) for top, words in page_lines]
    out, i = [], 0
    while i < len(segmented):
        _, segments = segmented[i]
        if len(segments) < 2:
            out.append((segments[0][1], False))
            i += 1
            continue
        starts = [x for x, _ in segments]
        run = [segments]
        j = i + 1
        while j < len(segmented):
            nxt = segmented[j][1]
            columns = [_column_of(x, starts) for x, _ in nxt]
            if any(c is None for c in columns):
                break
            run.append(nxt)
            j += 1
        if len(run) == 1 and len(segments) == 2 and len(segments[0][1].split()) > 6:
            out.append(("   ".join(text for _, text in segments), False))  # a gap in prose
            i += 1
            continue
        for column in range(len(starts)):
            first = column > 0
            for segs in run:
                for x, text in segs:
                    if _column_of(x, starts) == column:
                        out.append((text, first))
                        first = False
        i = j
    return out


def read_pdf(path, data, sha256):
    """Units of a PDF: one a line of text, in reading order, with its page."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    pages = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > _MAX_PAGES:
                raise InputError(path, f"{len(pdf.pages)} pages (more than {_MAX_PAGES})")
            title = (pdf.metadata or {}).get("Title")
            for page in pdf.pages:
                words = page.extract_words(x_tolerance=1.5, y_tolerance=2.5, keep_blank_chars=False)
                pages.append((page.height, _lines_of(words)))
    except InputError:
        raise
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(path, "an encrypted PDF (remove the password first)") from None
    except Exception as exc:  # pdfminer raises many types on damaged files
        name = type(exc).__name__
        if "password" in str(exc).casefold() or "encrypt" in name.casefold():
            raise InputError(path, "an encrypted PDF (remove the password first)") from None
        raise InputError(path, f"a damaged PDF that cannot be read ({name})") from None
    if not any(lines for _, lines in pages):
        raise InputError(path, "a PDF without a text layer (scanned? run OCR on it first)")
    # letterheads and footers: the same text at the top or bottom of two or more pages
    edge = Counter()
    for height, lines in pages:
        for top, words in lines:
            if top < height * 0.08 or top > height * 0.92:
                edge[" ".join(w["text"] for w in words)] += 1
    repeated = {text for text, n in edge.items() if n >= 2 and len(pages) >= 2}
    units, number = [], 0
    for page_no, (height, lines) in enumerate(pages, 1):
        kept = [
            (top, words)
            for top, words in lines
            if not (
                (top < height * 0.08 or top > height * 0.92)
                and " ".join(w["text"] for w in words) in repeated
            )
        ]
        for text, starts_column in _reading_order(kept):
            number += 1
            units.append(
                Unit(raw=text, text=text, line=number, page=page_no, starts_column=starts_column)
            )
    title = title if isinstance(title, str) and title.strip() else None
    return DocumentModel(
        path=path, format="pdf", sha256=sha256, units=units, encoding="pdf", title=title
    )
