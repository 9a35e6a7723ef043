"""Signers named in a footnote: "The signatories to this document² propose ..." and, at the foot
of the page, "2 Instituto Socioambiental (www.socioambiental.org), Greenpeace (...), ... and
WWF-Brasil (www.wwf.org.br)." (the Brazilian Amazon pact, eval/letters/docs).

:func:`footnote_list` finds the reference, the footnote it points to and the names in it, each
with the line it starts on, so that the letter reader can take them as one more block.
"""

from __future__ import annotations

import re

# A word of signing with a footnote mark glued to it or to the phrase after it: "The
# signatories to this document2", "signed by the following organisations³". The mark must touch
# a letter (or a closing bracket): "organisations in 2019" is a year, not a mark.
_REFERENCE = re.compile(
    r"\b(?:signator(?:y|ies)|undersigned|signers|signed\s+by|endorsed\s+by)\b[^.;:\n]{0,40}?"
    r"[a-zà-ÿ)](?P<mark>[1-9]\d?|[¹²³⁴⁵⁶⁷⁸⁹])(?=[\s,.;:)]|\Z)",
    re.IGNORECASE,
)
_SUPERSCRIPTS = {c: str(n) for n, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
# where the footnote starts: its number, then its text ("2   Instituto Socioambiental ...")
_NOTE_START = r"\A\s*(?:{mark}|\[{mark}\])\s+(?=\S)"
# a web address in brackets after a name: "(www.socioambiental.org)", "(https://x.org)"
_ADDRESS_ASIDE = re.compile(r"\s*\((?:https?://|www\.)[^()\s]{1,200}\)")
_MIN_NAMES = 3
_MAX_REFERENCES = 5


def strip_addresses(name):
    """A name without the web address after it: "Greenpeace (www.greenpeace.org.br)"."""
    return _ADDRESS_ASIDE.sub("", name).strip()


def _mark(text):
    return "".join(_SUPERSCRIPTS.get(c, c) for c in text)


def _split_names(text):
    """Parts of a footnote's text between commas outside brackets; "and" before the last."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0:
            parts.append((start, text[start:i]))
            start = i + 1
    parts.append((start, text[start:]))
    out = []
    for offset, part in parts:
        lead = len(part) - len(part.lstrip())
        part = part.strip()
        for word in ("and ", "e ", "y ", "et ", "und "):
            if part.startswith(word):
                lead, part = lead + len(word), part[len(word) :]
        if part:
            out.append((offset + lead, part.rstrip(" .;")))
    return out


def footnote_list(lines, taken=frozenset(), numbers=None):
    """``(first index, last index, mark, [(index, name as written), ...])`` of a footnote that
    a word of signing points to and that names three signers or more, else ``None``.

    ``lines`` are the document's lines (index 0 is line 1), or its units' texts with
    ``numbers`` their lines in the file (a blank line between two ends a footnote); ``taken``
    holds the indices already inside a block, which are never read again.

    >>> doc = ["The signatories to this document2 propose an agreement.", "",
    ...        "2 Alpha Institute (www.alpha.org), Beta Network, Gamma", "Trust, and Delta Fund."]
    >>> first, last, mark, names = footnote_list(doc)
    >>> first, last, mark
    (2, 3, '2')
    >>> names  # doctest: +NORMALIZE_WHITESPACE
    [(2, 'Alpha Institute (www.alpha.org)'), (2, 'Beta Network'), (2, 'Gamma Trust'),
     (3, 'Delta Fund')]
    """
    numbers = numbers or range(1, len(lines) + 1)
    tried = 0
    for number, line in enumerate(lines):
        match = _REFERENCE.search(line[:2000])
        if not match:
            continue
        tried += 1
        if tried > _MAX_REFERENCES:
            return None  # each try reads on to the end: a few keep a document linear
        mark = _mark(match.group("mark"))
        start = re.compile(_NOTE_START.format(mark=re.escape(mark)))
        following = re.compile(_NOTE_START.format(mark=int(mark) + 1))
        first = next(
            (i for i in range(number + 1, len(lines)) if i not in taken and start.match(lines[i])),
            None,
        )
        if first is None:
            continue
        last = first
        while (
            last + 1 < len(lines)
            and lines[last + 1].strip()
            and numbers[last + 1] == numbers[last] + 1
            and last + 1 not in taken
            and not following.match(lines[last + 1])
        ):
            last += 1
        # the footnote as one text, each character knowing its line
        text, origin = "", []
        for index in range(first, last + 1):
            piece = lines[index].strip()
            if index == first:
                piece = start.sub("", lines[index]).strip()
            joiner = "" if not text or (text.endswith("-") and piece[:1].islower()) else " "
            text += joiner + piece
            origin.extend([index] * (len(joiner) + len(piece)))
        names = [
            (origin[offset], part)
            for offset, part in _split_names(text)
            if _ADDRESS_ASIDE.sub("", part)[:1].isupper() and len(part.split()) <= 12
        ]
        if len(names) >= _MIN_NAMES and len(names) >= len(_split_names(text)) - 1:
            return first, last, mark, names
    return None
