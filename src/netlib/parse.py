"""Signatory blocks of coalition letters, and campaign mentions in news articles.

The parser lives in :mod:`netlib.extract`, one module per step; this module keeps its public
names importable as ``from netlib.parse import parse_letter`` (see :mod:`netlib.extract` for
how it works).
"""

from __future__ import annotations

from netlib.extract.article import parse_article
from netlib.extract.letter import parse_letter
from netlib.extract.names import clean_name
from netlib.extract.redaction import redact_people
from netlib.extract.results import (
    ArticleResult,
    Entry,
    LetterResult,
    Mention,
    Rejection,
    ReportedCount,
    TargetMention,
)
from netlib.extract.sentences import split_sentences
from netlib.text.known_names import KnownNames

__all__ = [
    "ArticleResult",
    "Entry",
    "KnownNames",
    "LetterResult",
    "Mention",
    "Rejection",
    "ReportedCount",
    "TargetMention",
    "clean_name",
    "parse_article",
    "parse_letter",
    "redact_people",
    "split_sentences",
]
