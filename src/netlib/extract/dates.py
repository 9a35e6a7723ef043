"""Dates written on a letter's lines ("15 January 2019", "June 2020"), with their precision."""

from __future__ import annotations

import re
from datetime import date

from netlib.vocabulary import entries

__all__ = []  # private to the parser: its sibling modules import what they need

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# "outubro", "März", "juin": month names of other languages, as data
_OTHER_MONTHS = {
    name: int(number)
    for name, _, number in (entry.partition(" ") for entry in entries("month_names"))
}
_MONTHS.update(_OTHER_MONTHS)
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    + "|".join(re.escape(m) for m in sorted(_OTHER_MONTHS, key=len, reverse=True))
    + r")"
)
_DATE_PATTERNS = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(_MONTH + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", re.I), "mdy"),
    (
        # "17 January 2019", "17 de outubro de 2014", "3. März 2021"
        re.compile(
            r"\b(\d{1,2})(?:st|nd|rd|th|\.)?\s+(?:of\s+|de\s+)?"
            + _MONTH
            + r"\.?,?\s+(?:de\s+)?(\d{4})\b",
            re.I,
        ),
        "dmy",
    ),
    # "June 2020", "Março de 2025", "March of 2019"
    (re.compile(r"\b" + _MONTH + r"\.?,?\s+(?:de\s+|of\s+)?(\d{4})\b", re.I), "my"),
]
_DATE_ANY = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b"
    + _MONTH
    + r"\b\.?|\b\d{1,4}(?:st|nd|rd|th)?\b|\b(?:de|le|den|am)\b|[,.]",
    re.I,
)


_YEAR = re.compile(r"\d{4}")


def _find_date(text):
    """``(iso, precision)`` for the first date in a short line, else ``None``."""
    if not _YEAR.search(text):
        return None  # every date form below has a four-digit year
    for pattern, order in _DATE_PATTERNS:
        for match in pattern.finditer(text):
            groups = match.groups()
            try:
                if order == "ymd":
                    y, m, d = int(groups[0]), int(groups[1]), int(groups[2])
                elif order == "mdy":
                    m, d, y = _MONTHS[groups[0].casefold()], int(groups[1]), int(groups[2])
                elif order == "dmy":
                    d, m, y = int(groups[0]), _MONTHS[groups[1].casefold()], int(groups[2])
                else:
                    m, y, d = _MONTHS[groups[0].casefold()], int(groups[1]), 1
                    if not 1000 <= y <= 2999:
                        continue
                    date(y, m, d)
                    return f"{y:04d}-{m:02d}", "month"
                if not 1000 <= y <= 2999:
                    continue
                return date(y, m, d).isoformat(), "day"
            except (KeyError, ValueError):
                continue
    stripped = text.strip()
    if len(stripped) == 4 and stripped.isdigit() and stripped[:2] in ("19", "20"):
        return stripped, "year"
    return None
