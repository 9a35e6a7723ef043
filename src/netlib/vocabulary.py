"""Word lists kept as data: ``netlib/vocab/*.txt``, one entry a line, ``#`` starts a comment.

Each file says at its top why the list exists and what its entries are for; a user extends
the parser by adding a line, never by editing code.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["entries", "phrases", "words"]


@cache
def entries(name):
    """The entries of ``vocab/<name>.txt`` in file order, casefolded."""
    return _entries(name)


@cache
def _entries(name):
    text = resources.files("netlib").joinpath("vocab", f"{name}.txt").read_text("utf-8")
    out = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(" ".join(entry.casefold().split()))
    return tuple(out)


@cache
def phrases(name):
    """The entries of ``vocab/<name>.txt`` as a frozenset of casefolded phrases."""
    return frozenset(_entries(name))


@cache
def words(name):
    """Every word of ``vocab/<name>.txt`` (entries split on spaces) as a frozenset."""
    return frozenset(w for entry in _entries(name) for w in entry.split())
