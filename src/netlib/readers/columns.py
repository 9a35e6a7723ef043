"""Which column of a table names the signatories, which hold places, types or people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from netlib.errors import InputError
from netlib.vocabulary import entries, phrases, words

__all__ = ["ColumnRoles", "fold_header", "pick_columns", "record_unit"]

_FOLD = re.compile(r"[\s_\-:./]+")
_NO_HEADER = re.compile(r"column \d+")  # what a reader calls the columns of a table without one
_URL = re.compile(r"(?:https?://|www\.)\S*|\S+@\S+\.\w+|\S+\.(?:png|jpe?g|svg|gif|webp)", re.I)


def fold_header(text):
    """A header folded for matching: lower case, ``_ - : . /`` as spaces.

    >>> fold_header("Organization_Name:")
    'organization name'
    """
    return " ".join(_FOLD.sub(" ", str(text).casefold()).split())


@dataclass(frozen=True)
class ColumnRoles:
    """The columns of one table by role (indices into its header)."""

    name: int
    places: tuple[int, ...] = ()
    type: int | None = None
    people_table: bool = False  # "Name | Affiliation": every row is an individual


# a name column whose header says its rows are people ("Individual Name", "Person")
_PERSON_HEADER_WORDS = frozenset("individual individuals person persons people".split())
_VALUE_WORDS = re.compile(r"[\s,;&+]+")
# "Nom / Name", "Organisation | Organization": a header given in two languages
_HEADER_PARTS = re.compile(r"\s*[/|]\s*")
# the last word of a header that says what kind a signer is ("Organization type")
_KIND_WORDS = frozenset("type kind category categorie catégorie tipo typ status statut".split())


def _header_parts(header):
    return [f for f in (fold_header(p) for p in _HEADER_PARTS.split(str(header))) if f]


def is_kind_header(header, type_vocab):
    """A header of a column that says what kind each signer is: "Type", "Signer type",
    "Statut / Organization type" (a part in ``type_vocab``, or ending with "type")."""
    return any(
        part in type_vocab or part.split()[-1] in _KIND_WORDS for part in _header_parts(header)
    )


def _rank(header, vocabulary):
    """Position of the best vocabulary entry a header matches (lower is better), else None.
    A header in two languages ("Nom / Name") matches where one of its parts does."""
    folded = fold_header(header)
    if not folded:
        return None
    for candidate in (folded, *_header_parts(header)):
        for rank, entry in enumerate(vocabulary):
            if candidate == entry:
                return rank
    words = f" {folded} "
    for rank, entry in enumerate(vocabulary):
        if f" {entry} " in words:
            return len(vocabulary) + rank
    return None


def _name_like_share(values):
    """How many of a column's values read like a name (words, not numbers, URLs or codes)."""
    good = 0
    for value in values:
        text = str(value).strip()
        if not text or _URL.fullmatch(text):
            continue
        letters = sum(c.isalpha() for c in text)
        if letters >= 3 and letters >= len(text) / 2 and len(text.split()) <= 15:
            good += 1
    return good / max(1, len(values))


def _values(rows, index):
    return [r[index] for r in rows if index < len(r)]


def _place_share(values):
    """How many of a column's non-empty values are places in the gazetteer ("Afrique du
    Sud", "Canada", "Oakland, CA"): such a column says where, not who."""
    from netlib.resolve.places import is_place

    filled = [str(v).strip() for v in values if str(v).strip()]
    if not filled:
        return 0.0
    return sum(1 for v in filled if is_place(v)) / len(filled)


def pick_columns(header, rows, *, column=None, where="<table>"):
    """Decide which column names the signatories, from the header and the values.

    Parameters
    ----------
    header : list of str
    rows : list of list
        The data rows (cells as strings), used when no header names a signatory column.
    column : str, optional
        The user's choice (``--column``): a header, matched after folding.

    Returns
    -------
    ColumnRoles

    Raises
    ------
    InputError
        ``column`` is not in the header, or no column holds names.

    Examples
    --------
    >>> roles = pick_columns(["id", "Organization", "City", "State", "Contact"], [])
    >>> roles.name, roles.places
    (1, (2, 3))
    >>> pick_columns(["Name", "Affiliation"], []).people_table
    True
    >>> pick_columns(["a", "b"], [["12", "Media Alliance"], ["13", "Densho"]]).name
    1
    >>> roles = pick_columns(["", ""], [["Canada", "Media Alliance"], ["Suisse", "Densho"]])
    >>> roles.name, roles.places
    (1, (0,))
    """
    folded = [fold_header(h) for h in header]
    person_cols = phrases("person_columns")
    place_vocab = sorted(phrases("place_columns"))
    type_vocab = phrases("type_columns")
    name_vocab = entries("name_columns")
    if column is not None:
        wanted = fold_header(column)
        if wanted not in folded:
            shown = ", ".join(repr(h) for h in header)
            raise InputError(where, f"no column {column!r} (the columns are {shown})")
        name = folded.index(wanted)
    else:
        ranked = []
        for index, head in enumerate(header):
            if folded[index] in person_cols or is_kind_header(head, type_vocab):
                continue
            rank = _rank(head, name_vocab)
            if rank is not None:
                ranked.append((rank, index))
        if ranked:
            name = min(ranked)[1]
        else:
            shares = [
                (_name_like_share(_values(rows, i)) * (1 - _place_share(_values(rows, i))), -i)
                for i in range(len(header))
                if folded[i] not in person_cols
            ]
            best = max(shares, default=(0, 0))
            if best[0] < 0.5:
                raise InputError(
                    where, "no column names the signatories (give one with --column NAME)"
                )
            name = -best[1]
    places = tuple(
        i
        for i, head in enumerate(folded)
        if i != name and head and any(head == p or f" {p} " in f" {head} " for p in place_vocab)
    )
    if all(not head or _NO_HEADER.fullmatch(head) for head in folded):
        # no header at all: a column of countries or cities beside the names is their place
        places = tuple(
            i for i in range(len(header)) if i != name and _place_share(_values(rows, i)) >= 0.6
        )
    kind = next(
        (i for i, head in enumerate(header) if i != name and is_kind_header(head, type_vocab)),
        None,
    )
    affiliation = phrases("affiliation_columns")
    people_table = (
        folded[name] in ("name", "full name")
        and any(head in affiliation for i, head in enumerate(folded) if i != name)
    ) or bool(set(folded[name].split()) & _PERSON_HEADER_WORDS)  # "Individual Name"
    return ColumnRoles(name=name, places=places, type=kind, people_table=people_table)


def is_individual(value):
    """What a type column's value says: ``True`` a person, ``False`` an organisation,
    ``None`` when it says neither ("confirmed", "2019").

    >>> is_individual("Individual"), is_individual("Organization"), is_individual("yes")
    (True, False, None)
    """
    folded = fold_header(value)
    if folded in phrases("individual_values"):
        return True
    if folded in phrases("organisation_values"):
        return False
    # "Free software user and contributor", "Researcher", "Formateur / Trainer": a person's
    # occupation, in a value with no word of organisations ("Open source project")
    value_words = set(_VALUE_WORDS.split(folded))
    if value_words & words("organisation_type_words"):
        return False
    if value_words & (words("individual_type_words") | words("signature_posts")):
        return True
    return None


def record_unit(header, roles, cells, *, line, row, raw=None, text=None):
    """The unit of one table row or data record: its name cell as ``text``, its place cells
    joined as ``location``, its type cell as ``person``.

    >>> roles = pick_columns(["Organization", "City", "Type"], [])
    >>> unit = record_unit(["Organization", "City", "Type"], roles,
    ...                    ["Media Alliance", "Oakland", "Organization"], line=2, row=1)
    >>> unit.text, unit.location, unit.person, unit.field
    ('Media Alliance', 'Oakland', False, 'Organization')
    """
    from netlib.readers.model import Unit

    def cell(i):
        value = cells[i] if i < len(cells) else ""
        return "" if value is None else str(value)

    value = cell(roles.name)
    places = [cell(i).strip() for i in roles.places if cell(i).strip()]
    person = True if roles.people_table else None
    if roles.type is not None and cell(roles.type):
        person = is_individual(cell(roles.type))
    return Unit(
        raw=value if raw is None else raw,
        text=" ".join(value.split()) if text is None else text,
        line=line,
        kind="record",
        row=row,
        field=str(header[roles.name]) if roles.name < len(header) else None,
        location=", ".join(places) or None,
        person=person,
    )
