"""Dates as precise as they were given: a day, a month or a year, written in ISO form.

A source may date a letter "15 January 2019", "June 2020" or only "2021": netlib keeps the
date as ISO text of that precision (``2019-01-15``, ``2020-06``, ``2021``) with the precision
beside it (``day``, ``month``, ``year``), never padding it to a day it does not know. The
manifest and the campaign curation check their dates here (:func:`precision_of`); the
summaries and the turnover read them as periods (:class:`PreciseDate`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from netlib.errors import InputError

__all__ = ["PRECISIONS", "PreciseDate", "precision_of"]

#: ISO formats, most precise first.
_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
PRECISIONS = tuple(_FORMATS)
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def precision_of(value):
    """The precision of an ISO date ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, else ``None``.

    Examples
    --------
    >>> precision_of("2019-01-15")
    'day'
    >>> precision_of("2020-06")
    'month'
    >>> precision_of("2020-13") is None
    True
    >>> precision_of("2020-6") is None  # zero-padded ISO only: strptime alone accepts it
    True
    """
    if not _ISO_DATE.fullmatch(str(value)):
        return None
    for precision, fmt in _FORMATS.items():
        try:
            dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        return precision
    return None


@dataclass(frozen=True)
class PreciseDate:
    """An ISO date with its precision, read as the period it covers.

    Examples
    --------
    >>> june = PreciseDate.parse("2020-06", "month")
    >>> june.first_day, june.last_day
    (datetime.date(2020, 6, 1), datetime.date(2020, 6, 30))
    >>> PreciseDate.parse("2020-06", "day")
    Traceback (most recent call last):
    ...
    netlib.errors.InputError: 2020-06: a month date, not day precision
    """

    iso: str
    precision: str

    @classmethod
    def parse(cls, iso, precision=None, *, where=None):
        """The date of ``iso``; ``precision``, when given, must be the one it is written to."""
        where = iso if where is None else where
        if precision is not None and precision not in PRECISIONS:
            raise InputError(where, f"unknown date precision {precision!r}")
        found = precision_of(iso)
        if found is None:
            raise InputError(where, f"bad date {iso!r} (YYYY-MM-DD, YYYY-MM or YYYY)")
        if precision is not None and found != precision:
            raise InputError(where, f"a {found} date, not {precision} precision")
        return cls(str(iso), found)

    @property
    def first_day(self):
        """The first day of the period (the day itself at day precision)."""
        year, month, day = (*(int(part) for part in self.iso.split("-")), 1, 1)[:3]
        return dt.date(year, month, day)

    @property
    def last_day(self):
        """The last day of the period."""
        first = self.first_day
        if self.precision == "day":
            return first
        if self.precision == "month":
            return first.replace(day=calendar.monthrange(first.year, first.month)[1])
        return dt.date(first.year, 12, 31)
