"""PDF with a text layer (pdfplumber): lines in reading order, columns one after another.

A sign-on list is often set in two or more columns, or as a table ("number | name" four times
across the page). Words are grouped into lines by their baseline; a page's columns are where
segments (cut at wide gaps) start on three or more of its lines; a run of lines that no word
crosses a column start in is read column by column, top to bottom, a column of list numbers
or bullets kept with the names on its right. White space across the page ends a run, so a
second section ("Individuals") is read after the first. Each unit keeps its page; ``line`` is
the running line of the extracted text (what ``netlib parse`` shows). Lines repeated at the
top or bottom of several pages (letterheads, footers) are skipped.
"""

from __future__ import annotations

import io
import logging
import re
from bisect import bisect_right
from collections import Counter
from itertools import pairwise

from netlib.errors import InputError
from netlib.readers.model import DocumentModel, Unit
from netlib.vocabulary import words as vocabulary_words

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
    """A line cut at gaps wider than about three characters: ``[(x0, text, words), ...]``."""
    widths = [(w["x1"] - w["x0"]) / max(1, len(w["text"])) for w in words]
    char = sorted(widths)[len(widths) // 2] if widths else 5
    gap = max(10.0, 3.0 * char)
    segments, current, last_x1 = [], [], None
    for word in words:
        if current and word["x0"] - last_x1 > gap:
            segments.append((current[0]["x0"], " ".join(w["text"] for w in current), len(current)))
            current = []
        current.append(word)
        last_x1 = word["x1"]
    if current:
        segments.append((current[0]["x0"], " ".join(w["text"] for w in current), len(current)))
    return segments


# A list number or a bullet: a column made only of these belongs to the column on its right
# ("1 | Access Now", "• | EDRi"), it is not read as a column of its own.
_MARKER = re.compile(r"\(?\d{1,4}[.)]?|[•·▪◦‣*–-]")
_ALIGN = 3.0  # points: segments of one column start within this of each other
_LONG_SEGMENT = 12  # words: a line of one segment this long is prose running across the page
_SECTION_GAP = 1.6  # line pitches: white space this tall across the page ends a run of columns


def _column_starts(segmented):
    """x positions where segments start on three or more lines of a page (a column's left
    edge); ragged prose starts its segments at the margin only."""
    xs = sorted(x for _, segments, _ in segmented for x in {round(x0) for x0, _, _ in segments})
    starts, group = [], []
    for x in xs:
        if group and x - group[-1] > _ALIGN:
            starts += [group[0]] if len(group) >= 3 else []
            group = []
        group.append(x)
    starts += [group[0]] if len(group) >= 3 else []
    return starts


def _straddles(words, starts):
    """The starts (sorted) a word of the line runs across: text flowing from one column into
    the next. A bisection per word, so a page of many columns stays cheap."""
    crossed = set()
    for word in words:
        k = bisect_right(starts, word["x0"] + _ALIGN)
        while k < len(starts) and starts[k] < word["x1"] - _ALIGN:
            crossed.add(starts[k])
            k += 1
    return crossed


def _column_index(x0, starts):
    index = 0
    for k, start in enumerate(starts):
        if x0 >= start - _ALIGN:
            index = k
    return index


def _word_space(lines):
    """The usual space between two words of a line: the lower quartile of the gaps under
    ten points (a table's number-to-name gaps can outnumber the spaces inside names)."""
    gaps = sorted(
        b["x0"] - a["x1"]
        for words in lines
        for a, b in pairwise(words)
        if 0 <= b["x0"] - a["x1"] < 10
    )
    return max(1.0, gaps[len(gaps) // 4]) if gaps else 2.5


def _in_columns(run, starts):
    """The words of a run of lines cut into columns: ``[[line text, ...] per column]``, a
    column of list numbers or bullets joined to the column on its right."""
    cells = [[[] for _ in starts] for _ in run]
    space = _word_space(words for _, _, words in run)
    for row, (_, _, words) in enumerate(run):
        column, last_x1 = 0, None
        for word in words:
            # a column begins only after more than a word space ("Dr. Gus Hosein" stays whole
            # however its words fall against the page's other columns)
            if last_x1 is None or word["x0"] - last_x1 > 1.6 * space:
                column = max(column, _column_index(word["x0"], starts))
            cells[row][column].append(word["text"])
            last_x1 = word["x1"]
    marker = [
        all(_MARKER.fullmatch(t) for row in cells for t in row[k]) and any(row[k] for row in cells)
        for k in range(len(starts))
    ]
    columns, pending = [], [[] for _ in run]
    for k in range(len(starts)):
        for row in range(len(run)):
            pending[row] += cells[row][k]
        if marker[k] and k < len(starts) - 1:
            continue
        columns.append([" ".join(words) for words in pending if words])
        pending = [[] for _ in run]
    return [column for column in columns if column]


def _gap_in_prose(segments):
    """Two segments, the first a run of words: a sentence with a wide gap, one line."""
    return len(segments) == 2 and segments[0][2] > 6


def _justified(segments):
    """A justified line whose spaces grew wide ("regulatorischer  Lücken  und  die"): four
    or more pieces of a word or two, one of them a function word standing alone ("und",
    "of", "de"), as no name in a table's row is. One line of prose."""
    if len(segments) < 4 or any(n > 2 for _, _, n in segments):
        return False
    function = vocabulary_words("function_words")
    return any(text.casefold() in function for _, text, _ in segments)


def _one_line(segments):
    """The text of a line read as one, or None: a gap in prose is kept as a wide gap, the
    spaces of a justified line as spaces."""
    if _justified(segments):
        return " ".join(text for _, text, _ in segments)
    if _gap_in_prose(segments):
        return "   ".join(text for _, text, _ in segments)
    return None


def _reading_order(page_lines):
    """``(text, starts_column)`` of one page in reading order: the columns of a run of
    multi-column lines one after another, the first line of each later column marked.

    A page's columns are where segments start on three or more of its lines; a run is the
    lines no word of which runs across those starts (a prose line does, and ends the run).
    Each word goes to the column whose start is at or left of it, so a cell that wraps
    ("Eko India Financial" / "Services") stays in its column and a cell that runs close to
    the next ("... Services 155 Gamiana") is still cut where the next column starts.
    """
    segmented = [(top, _segments(words), words) for top, words in page_lines]
    page_starts = _column_starts(segmented)
    steps = sorted(b[0] - a[0] for a, b in pairwise(segmented))
    pitch = steps[len(steps) // 2] if steps else 0.0
    out, i = [], 0
    while i < len(segmented):
        _, segments, words = segmented[i]
        at = {s for s in page_starts for x0, _, _ in segments if abs(x0 - s) <= _ALIGN}
        starts = sorted(at) if len(at) >= 2 else []
        if len(segments) < 2:
            out.append((segments[0][1], False))
            i += 1
            continue
        if not starts or _straddles(words, starts):
            # a line of its own: a gap in prose is closed, a heading and a note stay apart
            line = _one_line(segments)
            if line is not None:
                out.append((line, False))
            else:
                out += [(text, False) for _, text, _ in segments]
            i += 1
            continue
        starts = [
            s for s in page_starts if s >= starts[0] and s not in _straddles(words, page_starts)
        ]
        j = i + 1
        while j < len(segmented):
            top, nxt_segments, nxt_words = segmented[j]
            if top - segmented[j - 1][0] > _SECTION_GAP * pitch:
                break  # white space across the page: a new section ("Individuals") begins
            if _straddles(nxt_words, starts):
                break
            if len(nxt_segments) == 1 and nxt_segments[0][2] > _LONG_SEGMENT:
                break
            if min(w["x0"] for w in nxt_words) < starts[0] - _ALIGN:
                break
            j += 1
        line = _one_line(segments) if j == i + 1 else None
        if line is not None:
            out.append((line, False))
            i += 1
            continue
        for number, column in enumerate(_in_columns(segmented[i:j], starts)):
            for k, text in enumerate(column):
                out.append((text, number > 0 and k == 0))
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
