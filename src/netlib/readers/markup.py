"""Small helpers shared by the markup readers: image alt text, tags, entities."""

from __future__ import annotations

import html
import re

__all__ = ["visible_text"]

# Bounded, tempered runs: linear on hostile input (no nested quantifiers).
_IMG_TAG = re.compile(r"<img\b[^<>]{0,4000}>", re.IGNORECASE)
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]{0,500})"|'([^']{0,500})'|([^\s>]{1,200}))""", re.I)
_MD_IMAGE = re.compile(r"!\[([^\[\]]{0,500})\]\([^()\s]{0,2000}(?:\s+\"[^\"]{0,300}\")?\)")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,2000}>")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _alt(match):
    found = _ALT.search(match.group())
    if not found:
        return " "
    return f" {next(g for g in found.groups() if g is not None)} "


def visible_text(text):
    """Markup in a line of text as a reader sees it: images by their alt text, no tags.

    >>> visible_text('<img src="a.png" alt="Media Alliance logo"> ![Densho](d.png)')
    'Media Alliance logo Densho'
    >>> visible_text("Fight &amp; Win<br>")
    'Fight & Win'
    """
    if "<" in text:
        text = _IMG_TAG.sub(_alt, text)
        text = _BREAK.sub(" ", text)
        text = _TAG.sub(" ", text)
    if "![" in text:
        text = _MD_IMAGE.sub(lambda m: f" {m.group(1)} ", text)
    if "&" in text:
        text = decode_entities(text)
    return " ".join(text.split())


# "&8211;": a numeric reference that lost its "#" on the way through a publishing system
_HASHLESS_REFERENCE = re.compile(r"&(\d{2,7});")


def decode_entities(text):
    """Character references read as the characters they stand for, once.

    >>> decode_entities("Acompanha &#8211; Cooperativa &amp; Co")
    'Acompanha – Cooperativa & Co'
    >>> decode_entities("APDES &8211; Agência")  # the '#' lost in an export
    'APDES – Agência'
    """
    if _HASHLESS_REFERENCE.search(text):
        text = _HASHLESS_REFERENCE.sub(r"&#\1;", text)
    return html.unescape(text)
