"""Who spoke in a release of quoted members: the attribution line after each quotation.

"Sofia Scasserra, chercheuse associée, Transnational Institute (TNI), Argentine": a person,
a post, the organisation, a country. :func:`attributed_names` finds those lines and the
organisations in them; :mod:`netlib.extract.article` decides what they become.
"""

from __future__ import annotations

import re

from netlib.resolve.places import is_place

# A paragraph that is one quotation: «...», "...", “...”
_QUOTATION = re.compile(r"[«\"“„].{20,}[»\"”]")
# who spoke: a short line in two to six parts parted by commas, no full stop at its end
_ATTRIBUTION = re.compile(r"[^,.«»\"“”]{2,120}(?:,[^,«»\"“”]{2,160}){1,5}(?<![.!?:])")
_MIN_ATTRIBUTIONS = 3
PAREN_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&.\-]{1,11})\)")
ACADEMIC = re.compile(r"\b(?:Universit\w*|Universidad\w*|College|Hochschule)\b")
_NAME_PAIR = re.compile(r"\s+/\s+|(?<=\))\s+(?:and|et|e|y)\s+|\s+(?:and|et|y)\s+(?=[A-Z]{3,})")


def _attributed(text):
    """The organisations of one attribution line (see ``attribution_lines``)."""
    parts = [p.strip() for p in text.split(",")][1:]
    while parts and (parts[-1][:1].islower() or is_place(parts[-1]) or _place_like(parts[-1])):
        parts.pop()  # "Argentine", "global/Inde", "Aotearoa (Nouvelle-Zélande)"
    if not parts or not parts[-1][:1].isupper():
        return []
    return [p for p in _NAME_PAIR.split(parts[-1]) if p.strip()]


def _place_like(part):
    """ "global/Inde", "Aotearoa (Nouvelle-Zélande)": a country however it is written."""
    pieces = [p for p in re.split(r"[/()]", part) if p.strip()]
    return (
        bool(pieces)
        and any(is_place(p.strip()) for p in pieces)
        and (
            all(
                is_place(p.strip()) or p.strip()[:1].islower() or len(p.split()) == 1
                for p in pieces
            )
        )
    )


def attributed_names(lines):
    """``(line, attribution line, organisation as written)`` for each organisation named in
    an attribution line, the line after a paragraph that is one quotation; nothing when fewer
    than ``_MIN_ATTRIBUTIONS`` lines attribute quotes (then the sentences are left to say)."""
    found = []
    previous = ""
    for number, raw in enumerate(lines, start=1):
        text = " ".join(str(raw).split())
        if not text:
            continue
        if _QUOTATION.fullmatch(previous[:20000]) and _ATTRIBUTION.fullmatch(text):
            found.extend((number, text, name) for name in _attributed(text))
        previous = text
    if len({number for number, _, _ in found}) < _MIN_ATTRIBUTIONS:
        return []
    return found
