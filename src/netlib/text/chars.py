"""The one table of characters a reader cannot see: zero-width ones, the soft hyphen, and the
bidirectional controls that reorder text on screen.

None of them is ever part of a name: a zero-width space or a byte-order mark inside "ACLU"
makes a different string that looks the same, and U+202E (right-to-left override) shows "Org"
as "grO". Names are compared (:func:`netlib.resolve.registry.normalise_name`) and documents
checked for content (:func:`netlib.io.documents.decode_bytes`) with them removed, and the
parser (:mod:`netlib.extract.names`) builds its cleaning tables from them.
"""

from __future__ import annotations

__all__ = [
    "BIDI_CONTROLS",
    "DROP_INVISIBLE",
    "INVISIBLE",
    "SOFT_HYPHEN",
    "SPACES",
    "TO_SPACE",
    "ZERO_WIDTH",
    "drop_invisible",
]

#: Zero-width space, non-joiner, joiner, word joiner and the byte-order mark (zero-width
#: no-break space).
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
#: Shown only where a word breaks at a line end: inside a name it is noise.
SOFT_HYPHEN = "\u00ad"
#: Bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E/F, U+202A–E,
#: U+2066–9).
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Every character :func:`drop_invisible` removes.
INVISIBLE = ZERO_WIDTH + SOFT_HYPHEN + BIDI_CONTROLS
#: A :meth:`str.translate` table that removes :data:`INVISIBLE`.
DROP_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE), None)

#: Spaces that are not U+0020: no-break, figure, narrow no-break, thin, hair, ideographic.
SPACES = "\u00a0\u2007\u202f\u2009\u200a\u3000"
#: A :meth:`str.translate` table that makes each of :data:`SPACES` a plain space.
TO_SPACE = dict.fromkeys(map(ord, SPACES), " ")


def drop_invisible(text):
    """``text`` without its invisible characters.

    Examples
    --------
    >>> drop_invisible("AC\u200bLU \u202eOrg\u202c")
    'ACLU Org'
    """
    return str(text).translate(DROP_INVISIBLE)
