"""Letters: names run on over lines — a letterhead parted by dashes or bullets, a numbered
list wrapped as one paragraph — cut back into one name each, at the line it starts on."""

from __future__ import annotations

import re

from netlib.extract.entries import _wraps

__all__ = ["run_on_names", "run_on_numbered"]


def run_on_names(lines, split):
    """The names of a letterhead whose names run on over lines, parted by dashes.

    ``lines`` is ``[(index, text)]``; ``split(text)`` gives a line's dash-parted pieces. A
    dash at a line's end or start parts two names. When some line has one there, the layout
    keeps the dashes where lines break, so a break without one is inside a name. Else a
    break parts two names, except where :func:`_wraps` says the name runs on ("... United
    Automobile Aerospace and" / "Agricultural Implement Workers"). Returns
    ``[(index, name)]``, each name at the line it starts on, in order.
    """
    dashes = ("–", "—")
    stripped_lines = [(index, text.strip()) for index, text in lines]
    kept_at_breaks = any(t.endswith(dashes) or t.startswith(dashes) for _, t in stripped_lines)
    names = []  # [index, [its parts, one a line]] of each name so far
    parted = True  # a dash stands between the last line and this one
    for index, stripped in stripped_lines:
        parted = parted or stripped.startswith(dashes)
        pieces = [p.strip() for p in split(stripped.strip("–— ")) if p.strip()]
        for number, piece in enumerate(pieces):
            parts = names[-1][1] if names else []
            runs_on = number == 0 and parts and not parted and len(parts) < _MAX_WRAPPED_LINES
            if runs_on and (kept_at_breaks or _wraps(parts[-1], piece, False)):
                parts.append(piece)
            else:
                names.append([index, [piece]])
        parted = stripped.endswith(dashes) or not pieces
    return [(index, " ".join(parts)) for index, parts in names]


# "1. People's Health Movement 2. Worker's World Media 3.": a number that opens a name
_RUN_ON_NUMBER = re.compile(r"(?<!\S)(\d{1,3})[.)]\s")
#: A numbered list run on over lines holds at least this many numbers.
_MIN_RUN_ON_NUMBERS = 3


def run_on_numbered(lines):
    """The names of a numbered list run on over lines, as a PDF wraps a paragraph ("1.
    People's Health Movement 2. Worker's World Media 3. Limpopo legal Advice Centre 4." /
    "Women's Legal Centre 5. ..."): numbers from 1 in order, more of them than lines.

    ``lines`` is ``[(index, text as written)]``. Returns ``[(index, name)]``, each name at
    the line where its text starts, or ``None`` when the lines are no such list.
    """
    markers = []  # (position in lines, where the number starts, where the name starts)
    expected = 1
    for k, (_, text) in enumerate(lines):
        for match in _RUN_ON_NUMBER.finditer(f"{text} "):
            if int(match[1]) == expected:
                markers.append((k, match.start(), match.end()))
                expected += 1
    count = expected - 1
    if count < _MIN_RUN_ON_NUMBERS or count <= len(lines) or markers[0][:2] != (0, 0):
        return None
    if lines[0][1][: markers[0][1]].strip():
        return None
    names = []
    for n, (k, _, start) in enumerate(markers):
        stop_k, stop = (
            (markers[n + 1][0], markers[n + 1][1])
            if n + 1 < len(markers)
            else (
                len(lines) - 1,
                len(lines[-1][1]),
            )
        )
        parts = []
        first = None
        for j in range(k, stop_k + 1):
            text = lines[j][1]
            piece = text[start if j == k else 0 : stop if j == stop_k else len(text)].strip()
            if piece:
                parts.append(piece)
                first = lines[j][0] if first is None else first
        if parts:
            names.append((first, " ".join(parts)))
    return names


#: A letterhead's name runs on over at most this many lines.
_MAX_WRAPPED_LINES = 4
