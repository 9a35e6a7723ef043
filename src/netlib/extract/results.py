"""What the parser returns: letter entries and rejections, article mentions, counts, targets."""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "ArticleResult",
    "Entry",
    "LetterResult",
    "Mention",
    "Rejection",
    "ReportedCount",
    "TargetMention",
]


@dataclass(frozen=True)
class Entry:
    """One signatory of a letter.

    Attributes
    ----------
    line : int
        1-based line number in the file.
    raw : str
        The line as in the file (``""`` for a person unless ``keep_personal_names``).
    name : str or None
        Cleaned display name (``None`` for a person unless ``keep_personal_names``).
    kind : str
        ``"organisation"`` or ``"person"``.
    block : int
        0-based index of the signatory block in the document.
    heading : str or None
        The heading the block sits under, e.g. ``"State and local groups"``.
    flags : tuple of str
        ``"from-logo-label"``, ``"split-from-line"``, ``"possible-merge:<known name>"``.
    """

    line: int
    raw: str
    name: str | None
    kind: str
    block: int
    heading: str | None
    flags: tuple[str, ...] = ()
    location: str | None = None
    page: int | None = None
    row: int | None = None


@dataclass(frozen=True)
class Rejection:
    """An input line (or an article's candidate name) not taken, and why."""

    line: int
    raw: str
    reason: str
    page: int | None = None


@dataclass
class LetterResult:
    """What :func:`parse_letter` finds in one letter."""

    entries: list[Entry]
    rejected: list[Rejection]
    blocks: list[tuple[int, int]]
    date: str | None
    date_precision: str | None
    individuals: int = 0
    headings: list[int] = field(default_factory=list)  # lines of cues and headings read


@dataclass(frozen=True)
class Mention:
    """An organisation named in an article with a campaign role.

    ``role`` is ``"signatory"``, ``"organiser"`` or ``"partner"``; ``evidence`` is the sentence
    (personal names redacted); ``cue`` the phrase that gave the role.
    """

    line: int
    name: str
    role: str
    evidence: str
    cue: str


@dataclass(frozen=True)
class ReportedCount:
    """A reported number of signatories ("more than 100 employees")."""

    line: int
    count: int
    qualifier: str
    unit: str
    signatory_type: str
    evidence: str


@dataclass(frozen=True)
class TargetMention:
    """A company or agency a campaign addresses ("urging Microsoft to ...")."""

    line: int
    name: str
    evidence: str


@dataclass
class ArticleResult:
    """What :func:`parse_article` finds in one article."""

    mentions: list[Mention] = field(default_factory=list)
    counts: list[ReportedCount] = field(default_factory=list)
    targets: list[TargetMention] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
