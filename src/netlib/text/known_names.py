"""Known organisation names, matched on word boundaries without a regex per name.

The registry keeps one :class:`KnownNames` index of the names a corpus has resolved; the
parser finds them in letters and articles with it. Resolution does not depend on the parser.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["KnownNames"]

_WORD = re.compile(r"\w+")


def _match_tokens(text):
    return _WORD.findall(text.casefold())


class KnownNames:
    """Known organisation names, indexed by their first word for linear scanning.

    A registry keeps one and :meth:`add` s the names it learns, so a build does not re-index
    every known name for every document. The index is the same whatever order names arrive in:
    candidates sharing a first word are kept longest first, then by name, and the smallest
    name wins an exact key.

    Examples
    --------
    >>> known = KnownNames(["Fight for the Future"])
    >>> known.add("Fight for the Future Education Fund")
    >>> known.find(_match_tokens("the fight for the future education fund signs"))
    [(1, 7, 'Fight for the Future Education Fund')]
    >>> known.exact("FIGHT FOR THE FUTURE")
    'Fight for the Future'
    """

    def __init__(self, names=()):
        self.by_first = {}
        self.keys = {}
        self.names = set()
        for name in names:
            self.add(name)

    def add(self, name):
        """Index one more name (a no-op for a name already known or without a word)."""
        name = str(name)
        if name in self.names or not name.strip():
            return
        tokens = tuple(_match_tokens(name))
        if not tokens:
            return
        self.names.add(name)
        bisect.insort(
            self.by_first.setdefault(tokens[0], []),
            (tokens, name),
            key=lambda item: (-len(item[0]), item[1]),
        )
        key = " ".join(tokens)
        if key not in self.keys or name < self.keys[key]:
            self.keys[key] = name

    def __bool__(self):
        return bool(self.keys)

    def find(self, tokens):
        """Non-overlapping longest matches: list of (start, end, display name)."""
        found, i = [], 0
        while i < len(tokens):
            for cand, name in self.by_first.get(tokens[i], ()):
                if tuple(tokens[i : i + len(cand)]) == cand:
                    found.append((i, i + len(cand), name))
                    i += len(cand) - 1
                    break
            i += 1
        return found

    def exact(self, text):
        return self.keys.get(" ".join(_match_tokens(text)))


def _known_index(known_names):
    """``known_names`` as a :class:`KnownNames` index (used as is when it already is one)."""
    return known_names if isinstance(known_names, KnownNames) else KnownNames(known_names)
