"""Campaign curation: which campaign each document (and each line of it) reports on.

Which campaign a document reports on is a curation decision, not something the parser guesses.
``data/curation/campaigns.csv`` holds each campaign's facts (date and precision, targets, demand,
organiser, reported count and qualifier, signatory type) with a reason and a source;
``data/curation/campaign_documents.csv`` links documents to campaigns, optionally for some lines
only (``lines`` like ``92;135`` or ``1-40``; empty means the whole document). A line covered by
several links belongs to the narrowest one, so an article about one letter can still report
another campaign in one paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from netlib.errors import InputError
from netlib.io.schemas import CAMPAIGN_COLUMNS, DOCUMENT_REVIEW_COLUMNS, LINK_COLUMNS
from netlib.resolve.curation import read_curation_records
from netlib.text.dates import precision_of

__all__ = [
    "CAMPAIGN_COLUMNS",
    "CampaignCuration",
    "DocumentLink",
    "load_campaign_curation",
    "load_document_reviews",
    "parse_line_ranges",
]

CAMPAIGN_KINDS = ("letter", "petition", "campaign")
QUALIFIERS = ("", "exact", "at_least", "about")
SIGNATORY_TYPES = ("organisations", "individuals")
RELATIONS = ("full_text", "reports")
_CAMPAIGN_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,99}")
_RANGE = re.compile(r"(\d{1,9})(?:-(\d{1,9}))?")
_WHOLE_DOCUMENT = ((1, 2**31 - 1),)


def parse_line_ranges(text):
    """Parse ``"1-40;44"`` into ``[(1, 40), (44, 44)]``; empty text means the whole document.

    Examples
    --------
    >>> parse_line_ranges("92;135")
    [(92, 92), (135, 135)]
    >>> parse_line_ranges("")
    [(1, 2147483647)]
    """
    if not text.strip():
        return list(_WHOLE_DOCUMENT)
    ranges = []
    for part in text.split(";"):
        match = _RANGE.fullmatch(part.strip())
        if not match:
            raise ValueError(f"bad line range {part!r} (expected N or N-M)")
        first = int(match.group(1))
        last = int(match.group(2) or first)
        if first < 1 or last < first:
            raise ValueError(f"bad line range {part!r}")
        ranges.append((first, last))
    return ranges


@dataclass(frozen=True)
class DocumentLink:
    """A document (or some of its lines) reporting on a campaign."""

    campaign_id: str
    doc_id: str
    ranges: tuple[tuple[int, int], ...]
    relation: str
    where: str = field(default="", compare=False)  # "<file> line N", for error messages

    @property
    def span(self):
        return sum(last - first + 1 for first, last in self.ranges)

    def covers(self, line):
        return any(first <= line <= last for first, last in self.ranges)

    def check_inside(self, last_line):
        """Refuse line ranges past the end of the document (``last_line`` is its last line):
        they link nothing, most likely a typo or a link to the wrong document."""
        if self.ranges == _WHOLE_DOCUMENT:
            return
        beyond = [f"{a}-{b}" if a != b else str(a) for a, b in self.ranges if b > last_line]
        if beyond:
            raise InputError(
                self.where,
                f"line range {';'.join(beyond)} goes past the end of {self.doc_id} "
                f"(its last line is {last_line})",
            )


def _check_campaign(row, where):
    if not _CAMPAIGN_ID.fullmatch(row["campaign_id"]):
        raise InputError(where, f"bad campaign_id {row['campaign_id']!r} (a-z, 0-9, '-')")
    checks = [
        (row["kind"] in CAMPAIGN_KINDS, f"kind must be one of {', '.join(CAMPAIGN_KINDS)}"),
        (
            row["reported_qualifier"] in QUALIFIERS,
            "reported_qualifier must be exact/at_least/about",
        ),
        (row["signatory_type"] in SIGNATORY_TYPES, "signatory_type: organisations or individuals"),
        (bool(row["reason"]) and bool(row["source"]), "every row needs a reason and a source"),
        (
            not row["reported_signatories"] or row["reported_signatories"].isdigit(),
            "reported_signatories must be a whole number or empty",
        ),
        (
            bool(row["reported_signatories"]) == bool(row["reported_qualifier"]),
            "a reported count needs a qualifier, and a qualifier a count",
        ),
    ]
    for ok, problem in checks:
        if not ok:
            raise InputError(where, problem)
    if row["date"]:
        precision = precision_of(row["date"])
        if precision is None or precision != row["date_precision"]:
            raise InputError(where, f"bad date {row['date']!r} or precision")


class CampaignCuration:
    """The curated campaigns and their links to documents."""

    def __init__(self, campaigns, links):
        self.campaigns = campaigns  # campaign_id -> row dict
        self.links = links  # list of DocumentLink

    def links_for(self, doc_id):
        """The links of one document, narrowest first, ties by campaign_id."""
        found = [link for link in self.links if link.doc_id == doc_id]
        return sorted(found, key=lambda link: (link.span, link.campaign_id))

    def campaign_for_line(self, doc_id, line):
        """The campaign a line of a document reports on (the narrowest link), or None."""
        for link in self.links_for(doc_id):
            if link.covers(line):
                return link.campaign_id
        return None


def load_campaign_curation(curation_dir, doc_ids=None):
    """Load and check ``campaigns.csv`` and ``campaign_documents.csv``.

    Parameters
    ----------
    curation_dir : Path
    doc_ids : set of str, optional
        The corpus's documents; a link to any other document is an error.
    """
    curation_dir = Path(curation_dir)
    campaigns_path = curation_dir / "campaigns.csv"
    links_path = curation_dir / "campaign_documents.csv"
    campaigns = {}
    for number, row in read_curation_records(campaigns_path, CAMPAIGN_COLUMNS):
        where = f"{campaigns_path} line {number}"
        _check_campaign(row, where)
        if row["campaign_id"] in campaigns:
            raise InputError(where, f"duplicate campaign_id {row['campaign_id']!r}")
        campaigns[row["campaign_id"]] = row
    links = []
    for number, row in read_curation_records(links_path, LINK_COLUMNS):
        where = f"{links_path} line {number}"
        if row["campaign_id"] not in campaigns:
            raise InputError(where, f"unknown campaign_id {row['campaign_id']!r}")
        if doc_ids is not None and row["doc_id"] not in doc_ids:
            raise InputError(where, f"doc_id {row['doc_id']!r} is not in the manifest")
        if row["relation"] not in RELATIONS:
            raise InputError(where, "relation must be full_text or reports")
        if not (row["reason"] and row["source"]):
            raise InputError(where, "every row needs a reason and a source")
        try:
            ranges = tuple(parse_line_ranges(row["lines"]))
        except ValueError as exc:
            raise InputError(where, str(exc)) from None
        links.append(
            DocumentLink(row["campaign_id"], row["doc_id"], ranges, row["relation"], where)
        )
    return CampaignCuration(campaigns, links)


#: The one decision a document review row takes: a person checked the document and agrees.
SETTLED = "settled"


def load_document_reviews(curation_dir, doc_ids=None):
    """``{(doc_id, issue): row}`` from ``document_reviews.csv`` (optional): review rows about a
    whole document that a person has settled, such as "no signatory block found" in a copy
    that lacks its list. Each row needs ``decision`` ``settled``, a reason and a source.

    Parameters
    ----------
    curation_dir : Path
    doc_ids : set of str, optional
        The corpus's documents; a row for any other document is an error.
    """
    path = Path(curation_dir) / "document_reviews.csv"
    settled = {}
    for number, row in read_curation_records(path, DOCUMENT_REVIEW_COLUMNS, optional=True):
        where = f"{path} line {number}"
        if doc_ids is not None and row["doc_id"] not in doc_ids:
            raise InputError(where, f"doc_id {row['doc_id']!r} is not in the manifest")
        if row["decision"] != SETTLED:
            raise InputError(where, f"decision must be {SETTLED!r}")
        if not (row["issue"] and row["reason"] and row["source"]):
            raise InputError(where, "every row needs an issue, a reason and a source")
        key = (row["doc_id"], row["issue"])
        if key in settled:
            raise InputError(where, f"a second row for {key[0]!r}, {key[1]!r}")
        settled[key] = row
    return settled
