"""Organisation curation: the human decisions the registry applies, read from ``data/curation/``.

Every decision is a CSV row with a ``reason`` and a ``source`` (see ``data/curation/README.md``):

``organisations.csv``
    Organisations with a fixed id and display name, and chapter/affiliate links
    (``parent_org_id`` + ``relation``). A chapter keeps its own id: it is linked, never merged.
``aliases.csv``
    Other names of one organisation: spelling variants, acronyms and former names
    (``kind`` = ``alias`` / ``acronym`` / ``rename``).
``splits.csv``
    A line that holds two or more names merged by copy-paste, and the names it holds.
``judgements.csv``
    Review decisions on a candidate match (``positive`` / ``negative`` / ``unsure``), with who
    and when; written by ``netlib review`` and never asked again.

This module only reads and checks the files; :mod:`netlib.resolve.registry` applies them.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from netlib.errors import InputError
from netlib.io.records import read_records
from netlib.io.schemas import CURATION_FILES
from netlib.text.dates import precision_of

__all__ = [
    "CURATION_FILES",
    "Curation",
    "check_judged_org",
    "load_curation",
    "read_curation_csv",
    "read_curation_records",
    "record_judgement",
]

RELATIONS = ("", "chapter", "affiliate")
ALIAS_KINDS = ("alias", "acronym", "rename")
DECISIONS = ("positive", "negative", "unsure")
#: Organisation ids: lower-case ASCII words joined by hyphens, bounded (they name nothing on disk,
#: but they travel into file formats and URLs).
ORG_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){0,20}")
_MAX_ID = 80


@dataclass
class Curation:
    """The organisation curation of one folder, checked.

    ``lines`` gives, for each file name, the line each row starts on (header = line 1), so
    that a check made later (by the build, which knows the documents) can name the row.
    """

    organisations: list[dict] = field(default_factory=list)
    aliases: list[dict] = field(default_factory=list)
    splits: list[dict] = field(default_factory=list)
    judgements: list[dict] = field(default_factory=list)
    folder: Path | None = None
    lines: dict = field(default_factory=dict)

    def where(self, file_name, index):
        """``"<folder>/<file> line N"`` for row ``index`` (0-based) of a curation file."""
        lines = self.lines.get(file_name)
        if not lines:
            return f"{file_name} row {index + 1}"  # built in code, not read from a file
        return f"{Path(self.folder or '') / file_name} line {lines[index]}"


def read_curation_records(path, columns, *, optional=False):
    """``(line, row)`` for each row of a curation CSV, the row a dict of stripped strings and
    ``line`` the line it starts on as an editor shows it; one clear error for any fault
    (:func:`netlib.io.records.read_records`)."""
    if not path.is_file():
        if optional:
            return []
        raise InputError(path, "missing curation file")
    return read_records(path, columns)


def read_curation_csv(path, columns, *, optional=False):
    """Rows of a curation CSV as dicts of stripped strings; one clear error for any fault."""
    return [row for _, row in read_curation_records(path, columns, optional=optional)]


def _require(ok, where, problem):
    if not ok:
        raise InputError(where, problem)


def _check_reason(row, where):
    _require(bool(row["reason"]) and bool(row["source"]), where, "needs a reason and a source")


def _check_org_id(org_id, where):
    _require(
        bool(ORG_ID.fullmatch(org_id)) and len(org_id) <= _MAX_ID,
        where,
        f"bad org_id {org_id!r} (lower-case a-z, 0-9 and single hyphens, at most {_MAX_ID})",
    )


def load_curation(curation_dir):
    """Read and check the organisation curation files of a folder.

    Missing files count as empty (a new project has no decisions yet), but a file that exists
    must be well-formed: every problem is an :class:`~netlib.errors.InputError` naming the
    file and the line the row is on.

    Parameters
    ----------
    curation_dir : str or Path

    Returns
    -------
    Curation
    """
    folder = Path(curation_dir)
    if not folder.is_dir():
        raise InputError(folder, "no such curation folder")
    records = {
        name: read_curation_records(folder / name, columns, optional=True)
        for name, columns in CURATION_FILES.items()
    }
    curation = Curation(
        organisations=[row for _, row in records["organisations.csv"]],
        aliases=[row for _, row in records["aliases.csv"]],
        splits=[row for _, row in records["splits.csv"]],
        judgements=[row for _, row in records["judgements.csv"]],
        folder=folder,
        lines={name: [line for line, _ in rows] for name, rows in records.items()},
    )
    known = _check_organisations(curation)
    _check_aliases(curation, known)
    _check_splits(curation)
    _check_judgements(curation)
    return curation


def _check_organisations(curation):
    """Check ``organisations.csv``; the curated organisations by id."""
    known = {}
    for index, row in enumerate(curation.organisations):
        where = curation.where("organisations.csv", index)
        _check_reason(row, where)
        _check_org_id(row["org_id"], where)
        _require(bool(row["name"]), where, "needs a name")
        _require(row["org_id"] not in known, where, f"duplicate org_id {row['org_id']!r}")
        _require(
            row["relation"] in RELATIONS, where, "relation must be chapter, affiliate or empty"
        )
        _require(
            bool(row["parent_org_id"]) == bool(row["relation"]),
            where,
            "a parent_org_id needs a relation (chapter/affiliate), and a relation a parent",
        )
        known[row["org_id"]] = row
    for index, row in enumerate(curation.organisations):
        where = curation.where("organisations.csv", index)
        parent = row["parent_org_id"]
        _require(not parent or parent in known, where, f"unknown parent_org_id {parent!r}")
        _require(parent != row["org_id"], where, "an organisation cannot be its own parent")
        seen, step = {row["org_id"]}, parent
        while step:
            _require(step not in seen, where, "chapter links form a cycle")
            seen.add(step)
            step = known[step]["parent_org_id"]
    return known


def _check_aliases(curation, known):
    """Check ``aliases.csv``: every alias names one organisation only.

    The registry lets the first claim on a name win, so an alias that is another
    organisation's name or alias would be dropped without a word (and two organisations
    naming each other, a cycle, would each lose theirs): refused here, naming both rows.
    """
    from netlib.resolve.registry import normalise_name  # the registry's own key for a name

    claims = {}  # normalised name -> (org_id, "name" or "alias", where the claim is)
    for index, row in enumerate(curation.organisations):
        where = curation.where("organisations.csv", index)
        claims.setdefault(normalise_name(row["name"]), (row["org_id"], "name", where))
    named = {}  # org_id -> the organisations whose names its aliases are
    for row in curation.aliases:
        owner = claims.get(normalise_name(row["alias"]))
        if owner and owner[0] != row["org_id"]:
            named.setdefault(row["org_id"], set()).add(owner[0])
    for index, row in enumerate(curation.aliases):
        where = curation.where("aliases.csv", index)
        _check_reason(row, where)
        _require(bool(row["alias"]), where, "needs an alias")
        _require(row["org_id"] in known, where, f"unknown org_id {row['org_id']!r}")
        _require(row["kind"] in ALIAS_KINDS, where, "kind must be alias, acronym or rename")
        key = normalise_name(row["alias"])
        owner, claim, claimed_at = claims.setdefault(key, (row["org_id"], "alias", where))
        if owner == row["org_id"]:
            continue
        if row["org_id"] in named.get(owner, ()):
            problem = (
                f"alias cycle: {row['alias']!r} ({owner}'s name) is given to {row['org_id']}, "
                f"and an alias of {owner} is {row['org_id']}'s name"
            )
        elif claim == "alias":
            problem = f"alias {row['alias']!r} is also given to {owner} ({claimed_at})"
        else:
            problem = f"alias {row['alias']!r} is the name of {owner} ({claimed_at})"
        raise InputError(where, f"{problem}: one name, one organisation")


def _check_splits(curation):
    for index, row in enumerate(curation.splits):
        where = curation.where("splits.csv", index)
        _check_reason(row, where)
        parts = [p.strip() for p in row["parts"].split("|")]
        _require(len(parts) >= 2 and all(parts), where, "parts: two or more names separated by '|'")
        row["parts"] = parts


def _check_judgements(curation):
    for index, row in enumerate(curation.judgements):
        where = curation.where("judgements.csv", index)
        _check_reason(row, where)
        _require(bool(row["name"]), where, "needs a name")
        _require(row["decision"] in DECISIONS, where, "decision must be positive/negative/unsure")
        _check_org_id(row["org_id"], where)
        if row.get("date"):
            _require(
                precision_of(row["date"]) == "day",
                where,
                f"date {row['date']!r} must be YYYY-MM-DD (zero-padded)",
            )


def check_judged_org(org_id, known, where, hint="run `netlib build` first?"):
    """A judgement must name an organisation that exists (curated, or made by a build from a
    document's name): a judgement on any other id would create it and move a name to it.

    Shared by ``netlib review`` (before writing the judgement) and ``netlib build`` (for the
    judgements already in the file).
    """
    _require(org_id in known, where, f"unknown org_id {org_id!r} ({hint})")


def record_judgement(
    curation_dir, name, org_id, decision, *, reason, source, reviewer="", today=None
):
    """Append (or replace) the judgement on ``name`` against ``org_id`` in ``judgements.csv``.

    A later judgement on the same name and organisation replaces the earlier one, so the file
    holds one decision per pair. The file is rewritten atomically.

    Parameters
    ----------
    curation_dir : str or Path
    name : str
        The name as written in the document.
    org_id : str
        The candidate organisation.
    decision : {"positive", "negative", "unsure"}
    reason, source : str
        Why, and where the evidence is (document and line, or a URL). Both required.
    reviewer : str, optional
    today : datetime.date, optional
        For tests; default today's date.

    Returns
    -------
    dict
        The row written.
    """
    folder = Path(curation_dir)
    path = folder / "judgements.csv"
    where = f"judgement on {name!r}"
    _require(bool(str(name).strip()), where, "needs a name")
    _require(decision in DECISIONS, where, "decision must be positive/negative/unsure")
    _require(bool(reason.strip()) and bool(source.strip()), where, "needs --reason and --source")
    _check_org_id(org_id, where)
    curation = load_curation(folder)
    if org_id not in {row["org_id"] for row in curation.organisations}:
        # an organisation the build created (not curated yet) is fine, if the build knows it
        processed = folder.parent / "processed" / "organisations.csv"
        known = set()
        if processed.is_file():
            from netlib.io.tables import read_table

            known = set(read_table(processed)["org_id"])
        check_judged_org(org_id, known, where)
    row = {
        "name": " ".join(str(name).split()),
        "org_id": org_id,
        "decision": decision,
        "reviewer": reviewer,
        "date": (today or dt.date.today()).isoformat(),
        "reason": " ".join(reason.split()),
        "source": " ".join(source.split()),
    }
    rows = [r for r in curation.judgements if (r["name"], r["org_id"]) != (row["name"], org_id)] + [
        row
    ]
    rows.sort(key=lambda r: (r["name"].casefold(), r["org_id"]))
    columns = CURATION_FILES["judgements.csv"]
    handle = tempfile.NamedTemporaryFile(
        "w", newline="", encoding="utf-8", dir=folder, prefix=".judgements-", delete=False
    )
    with handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: r[c] for c in columns} for r in rows)
    os.replace(handle.name, path)
    return row
