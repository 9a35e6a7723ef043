"""Synthetic corpora in the processed-table format, for benchmarks and scale tests.

:func:`generate` draws a reproducible organisation–campaign corpus (seeded
:func:`numpy.random.default_rng`, vectorised: no Python loop over signatures) with the shapes
seen in real coalition letters:

- letter sizes are heavy-tailed: most letters have 5–100 signatories (a log-normal body,
  clipped to 5–999), and about one letter in a thousand (at least one when there are 2,000
  organisations or more) has 1,000–20,000 (a truncated Pareto tail, never more than half the
  organisations);
- organisation activity is heavy-tailed: members are drawn with probability proportional to a
  Pareto weight, so a few organisations sign hundreds of letters and most sign one or two;
- about one organisation in ten is a chapter (``parent_org_id``) of a national body;
- organisations belong to about ``sqrt(orgs) / 2`` coalitions; an ordinary letter draws 80% of
  its members from one coalition (big letters from everyone), so clusters exist to be found.

:func:`write` writes the five tables with :func:`netlib.io.tables.write_table`, so that
``netlib bench``, ``netlib report`` and :func:`netlib.present.export.write_graph_exports` run
on them.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pandas as pd

from netlib.errors import InputError
from netlib.io.schemas import TABLE_COLUMNS, TABLE_KEYS
from netlib.io.tables import write_table

__all__ = ["SIZES", "generate", "letter_sizes", "write"]

#: Named sizes: ``(organisations, campaigns, signatures)``.
SIZES = {
    "S": (2_000, 200, 10_000),
    "M": (50_000, 5_000, 500_000),
    "L": (200_000, 20_000, 2_000_000),
}

#: Letter sizes: body clipped to [SMALL_MIN, BIG_MIN - 1], tail in [BIG_MIN, BIG_MAX].
SMALL_MIN, BIG_MIN, BIG_MAX = 5, 1_000, 20_000
#: Share of letters in the tail, and the Pareto exponent of the tail and of org activity.
BIG_SHARE, BIG_ALPHA, ACTIVITY_ALPHA = 0.001, 1.5, 1.2
#: Log-normal shape of the body and the share of organisations that are chapters.
BODY_SIGMA, CHAPTER_SHARE = 0.8, 0.1
#: Share of an ordinary letter's members drawn from its own coalition (community).
LOCAL_SHARE = 0.8

PERSON_REASON = "individual signatory: counted, name withheld"


def letter_sizes(campaigns, signatures, orgs, rng):
    """Heavy-tailed letter sizes summing to about ``signatures``.

    Parameters
    ----------
    campaigns, signatures, orgs : int
    rng : numpy.random.Generator

    Returns
    -------
    numpy.ndarray
        ``campaigns`` int64 sizes, each between 1 and ``orgs``.

    Examples
    --------
    >>> sizes = letter_sizes(200, 10_000, 2_000, np.random.default_rng(0))
    >>> len(sizes), int(sizes.max()) >= 1_000, abs(int(sizes.sum()) - 10_000) < 500
    (200, True, True)
    """
    top = min(BIG_MAX, orgs // 2)
    n_big = 0
    if top >= BIG_MIN:
        n_big = min(campaigns, max(1, round(campaigns * BIG_SHARE)))
    # truncated Pareto on [BIG_MIN, top] by inverse transform
    u = rng.random(n_big)
    a = BIG_ALPHA
    low, high = BIG_MIN ** (-a), top ** (-a) if top >= BIG_MIN else BIG_MIN ** (-a)
    big = np.floor((low - u * (low - high)) ** (-1 / a) + 1e-9).astype(np.int64)
    big = np.clip(big, BIG_MIN, max(top, BIG_MIN))
    small_n = campaigns - n_big
    z = rng.standard_normal(small_n)
    upper = max(1, min(BIG_MIN - 1, orgs))
    lower = min(SMALL_MIN, upper)
    target = max(signatures - int(big.sum()), small_n * lower)

    def body(mu):
        return np.clip(np.rint(np.exp(mu + BODY_SIGMA * z)), lower, upper).astype(np.int64)

    lo, hi = -5.0, 12.0
    for _ in range(60):  # bisection on the log-median: deterministic
        mid = (lo + hi) / 2
        if body(mid).sum() < target:
            lo = mid
        else:
            hi = mid
    sizes = np.concatenate([body(hi), big])
    return sizes[rng.permutation(campaigns)]


def _members(
    sizes, weights, rng, *, community=None, letter_community=None, local=None, max_rounds=30
):
    """Distinct members of every letter, drawn with probability proportional to ``weights``.

    With ``community`` (one label per organisation, labels ``0..C-1``), ``letter_community``
    and ``local`` (per letter), each draw comes with probability ``local`` from the letter's
    own community (proportionally to ``weights`` within it), else from everyone.

    Returns ``(letter, org)`` int64 arrays sorted by letter then org. Sampling is with
    replacement, then duplicates are dropped and the shortfall drawn again (a few vectorised
    rounds).
    """
    n_orgs = len(weights)
    cumulative = np.cumsum(weights)
    if community is not None:
        by_community = np.argsort(community, kind="stable")
        block_cumulative = np.cumsum(weights[by_community])
        bounds = np.searchsorted(community[by_community], np.arange(community.max() + 2))
        block_start = np.concatenate([[0.0], block_cumulative])[bounds[:-1]]
        block_mass = np.concatenate([[0.0], block_cumulative])[bounds[1:]] - block_start
    keys = np.zeros(0, dtype=np.int64)
    have = np.zeros(len(sizes), dtype=np.int64)
    for _ in range(max_rounds):
        deficit = sizes - have
        if not deficit.any():
            break
        draws = np.ceil(deficit * 1.25).astype(np.int64) + (deficit > 0)
        letters = np.repeat(np.arange(len(sizes), dtype=np.int64), draws)
        u = rng.random(len(letters))
        orgs = np.searchsorted(cumulative, u * cumulative[-1], side="right")
        if community is not None:
            inside = rng.random(len(letters)) < local[letters]
            c = letter_community[letters[inside]]
            target = block_start[c] + u[inside] * block_mass[c]
            position = np.searchsorted(block_cumulative, target, side="right")
            orgs[inside] = by_community[np.minimum(position, n_orgs - 1)]
        orgs = np.minimum(orgs, n_orgs - 1)
        new = letters * n_orgs + orgs
        combined = np.concatenate([keys, new])
        unique, first = np.unique(combined, return_index=True)
        fresh = first >= len(keys)
        cand, cand_first = unique[fresh], first[fresh]
        cand_letter = cand // n_orgs
        order = np.lexsort((cand_first, cand_letter))
        cand, cand_letter = cand[order], cand_letter[order]
        starts = np.searchsorted(cand_letter, cand_letter, side="left")
        rank = np.arange(len(cand)) - starts
        take = rank < deficit[cand_letter]
        keys = np.sort(np.concatenate([keys, cand[take]]))
        have = np.bincount(keys // n_orgs, minlength=len(sizes))
    return keys // n_orgs, keys % n_orgs


def _ids(prefix, n, width):
    return np.char.add(prefix, np.char.zfill(np.arange(n).astype(str), width)).astype(object)


def generate(orgs, campaigns, signatures, *, seed=0):
    """A reproducible synthetic corpus: the five processed tables.

    Parameters
    ----------
    orgs, campaigns : int
        Numbers of organisations and of letters (one document and one campaign each).
    signatures : int
        Target number of signature rows (met to within a few percent).
    seed : int

    Returns
    -------
    dict of pandas.DataFrame
        ``documents``, ``campaigns``, ``organisations``, ``signatures``, ``rejected`` with the
        columns of :data:`netlib.io.schemas.TABLE_COLUMNS`. Organisations that drew no letter are
        kept (isolated nodes), as a real registry has them.

    Examples
    --------
    >>> tables = generate(50, 10, 120, seed=1)
    >>> sorted(tables), len(tables["organisations"]), len(tables["campaigns"])
    (['campaigns', 'documents', 'organisations', 'rejected', 'signatures'], 50, 10)
    >>> list(tables["signatures"].columns) == TABLE_COLUMNS["signatures"]
    True
    >>> generate(50, 10, 120, seed=1)["signatures"].equals(tables["signatures"])
    True
    """
    orgs, campaigns, signatures = int(orgs), int(campaigns), int(signatures)
    if orgs < 2 or campaigns < 1 or signatures < 1:
        raise InputError("synth", "need at least 2 organisations, 1 campaign and 1 signature")
    rng = np.random.default_rng(seed)
    sizes = np.minimum(letter_sizes(campaigns, signatures, orgs, rng), orgs)
    activity = rng.pareto(ACTIVITY_ALPHA, orgs) + 1.0
    # coalitions: organisations belong to one, ordinary letters mostly draw from one,
    # big letters from everyone
    n_communities = max(1, round(orgs**0.5 / 2))
    community = rng.integers(0, n_communities, orgs)
    letter_community = rng.integers(0, n_communities, campaigns)
    local = np.where(sizes < BIG_MIN, LOCAL_SHARE, 0.0)
    letter, member = _members(
        sizes, activity, rng, community=community, letter_community=letter_community, local=local
    )

    org_ids = _ids("org", orgs, len(str(orgs - 1)) + 1)
    names = np.char.add("Synthetic Organisation ", np.arange(orgs).astype(str)).astype(object)
    n_national = max(1, orgs // 50)
    is_chapter = np.zeros(orgs, dtype=bool)
    chapter_of = rng.integers(0, n_national, orgs)
    candidates = np.arange(n_national, orgs)
    chosen = rng.random(len(candidates)) < CHAPTER_SHARE
    is_chapter[candidates[chosen]] = True
    parents = np.where(is_chapter, org_ids[chapter_of], "").astype(object)
    names = np.where(
        is_chapter,
        np.char.add(
            np.char.add(names.astype(str), " — chapter of "), org_ids[chapter_of].astype(str)
        ),
        names.astype(str),
    ).astype(object)
    organisations = pd.DataFrame(
        {"org_id": org_ids, "name": names, "parent_org_id": parents, "aliases": ""}
    )

    campaign_ids = _ids("camp", campaigns, len(str(campaigns - 1)) + 1)
    doc_ids = _ids("syn", campaigns, len(str(campaigns - 1)) + 1)
    days = rng.integers(0, 3650, campaigns)
    dates = (np.datetime64("2015-01-01") + days.astype("timedelta64[D]")).astype(str)
    named = np.bincount(letter, minlength=campaigns)
    # a few letters also count individual signatories (withheld, as the real build does)
    individuals = np.where(rng.random(campaigns) < 0.05, rng.integers(1, 50, campaigns), 0)
    campaigns_frame = pd.DataFrame(
        {
            "campaign_id": campaign_ids,
            "title": np.char.add("Synthetic letter ", np.arange(campaigns).astype(str)),
            "kind": "letter",
            "date": dates,
            "date_precision": "day",
            "organiser": "",
            "targets": "",
            "demand": "",
            "reported_signatories": named + individuals,
            "reported_qualifier": "exact",
            "signatory_type": "organisations",
            "named_organisations": named,
            "individuals_counted": individuals,
            "doc_ids": doc_ids,
        }
    )
    documents = pd.DataFrame(
        {
            "doc_id": doc_ids,
            "path": np.char.add(np.char.add("synthetic/", doc_ids.astype(str)), ".txt"),
            "sha256": [hashlib.sha256(f"{seed}:{d}".encode()).hexdigest() for d in doc_ids],
            "kind": "letter",
            "title": campaigns_frame["title"],
            "outlet": "",
            "published": dates,
            "date_precision": "day",
            "source": "",
            "encoding": "utf-8",
            "warnings": "",
        }
    )
    # line numbers: position within the letter's list, after a 10-line preamble
    starts = np.searchsorted(letter, np.arange(campaigns))
    order = np.lexsort((rng.random(len(letter)), letter))  # random order within each letter
    line = np.empty(len(letter), dtype=np.int64)
    line[order] = np.arange(len(letter)) - starts[letter] + 11
    signatures_frame = pd.DataFrame(
        {
            "org_id": org_ids[member],
            "campaign_id": campaign_ids[letter],
            "role": "signatory",
            "doc_id": doc_ids[letter],
            "line": line,
            "raw": names[member],
            "method": "list",
            "text": names[member],
        }
    )
    with_people = np.flatnonzero(individuals)
    rejected = pd.DataFrame(
        {
            "doc_id": doc_ids[with_people],
            "line": named[with_people] + 11,
            "raw": "[withheld: personal name]",
            "reason": PERSON_REASON,
        },
        columns=TABLE_COLUMNS["rejected"],
    )
    return {
        "documents": documents[TABLE_COLUMNS["documents"]],
        "campaigns": campaigns_frame[TABLE_COLUMNS["campaigns"]],
        "organisations": organisations[TABLE_COLUMNS["organisations"]],
        "signatures": signatures_frame[TABLE_COLUMNS["signatures"]],
        "rejected": rejected[TABLE_COLUMNS["rejected"]],
    }


def write(tables, out):
    """Write the five tables into ``out`` (created) with :func:`netlib.io.tables.write_table`.

    Returns
    -------
    list of Path

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [p.name for p in write(generate(20, 3, 30, seed=0), folder)]
    ['documents.csv', 'campaigns.csv', 'organisations.csv', 'signatures.csv', 'rejected.csv']
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    return [
        Path(
            write_table(
                tables[name],
                out / f"{name}.csv",
                columns=TABLE_COLUMNS[name],
                sort_by=TABLE_KEYS[name],
            )
        )
        for name in TABLE_COLUMNS
    ]


# --- raw corpora (documents + manifest + curation), for timing `netlib build` --------------------

_WORDS_A = (
    "Northern Southern Eastern Western Central Coastal Rural Urban Digital Open Free Fair "
    "Public Civic United Independent National Regional Community Peoples Workers Youth "
    "Immigrant Tenant Student Faith Green"
).split()
_WORDS_B = (
    "Privacy Rights Justice Freedom Liberty Democracy Accountability Transparency Equity "
    "Solidarity Defense Action Education Media Technology Data Policy Health Housing Labor "
    "Voters Families Neighbors Futures Power Voices Dignity Safety Access Commons"
).split()
_WORDS_C = (
    "Alliance Coalition Network Project Council Collective Center Institute Fund League "
    "Union Association Campaign Initiative Foundation"
).split()


#: Suffixes that multiply the names (new ones go last: earlier names never change).
_PLACES = ("", " of the North", " of the South", " of the West", " of the East", " of the Valley")
#: How many distinct names :func:`raw_org_names` can make (the places × the word lists).
MAX_RAW_NAMES = len(_PLACES) * len(_WORDS_A) * len(_WORDS_B) * len(_WORDS_C)


def raw_org_names(n):
    """``n`` distinct organisation names built from word lists (vectorised, sorted order).

    Examples
    --------
    >>> raw_org_names(3)
    ['Northern Privacy Alliance', 'Northern Privacy Coalition', 'Northern Privacy Network']
    """
    a, b, c = len(_WORDS_A), len(_WORDS_B), len(_WORDS_C)
    if n > MAX_RAW_NAMES:
        raise InputError("synth", f"at most {MAX_RAW_NAMES} raw organisation names")
    names = []
    for k in range(n):
        place, base = divmod(k, a * b * c)
        i, rest = divmod(base, b * c)
        j, m = divmod(rest, c)
        names.append(f"{_WORDS_A[i]} {_WORDS_B[j]} {_WORDS_C[m]}{_PLACES[place]}")
    return names


def write_raw_corpus(out, documents, *, orgs=None, min_size=5, max_size=40, big_letters=(), seed=0):
    """Write a raw corpus of small synthetic letters, with its manifest and curation.

    Writes ``out/raw/`` (one ``.txt`` letter per document and ``manifest.csv``) and
    ``out/curation/`` (one campaign per letter in ``campaigns.csv`` and
    ``campaign_documents.csv``; the other curation files empty), so that
    ``netlib build --raw out/raw --curation out/curation`` runs on it. Letters have a short
    preamble, ``Signed,`` and one organisation a line.

    Parameters
    ----------
    out : str or Path
    documents : int
    orgs : int, optional
        Size of the organisation pool (default ``max(50, documents)``, at most
        :data:`MAX_RAW_NAMES`).
    min_size, max_size : int
        Signatories per letter, drawn from a heavy-tailed distribution between the two.
    big_letters : sequence of int
        Sizes of letters written after the ``documents`` small ones, each signed by the first
        that many organisations of the pool (so the pool is at least the biggest size).
    seed : int

    Returns
    -------
    dict
        ``{"raw": Path, "curation": Path, "signatures": int}``.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     info = write_raw_corpus(folder, 3, seed=0)
    ...     sorted(p.name for p in info["raw"].iterdir())[-1], info["signatures"] > 0
    ('syn-2.txt', True)
    """
    import csv

    out = Path(out)
    raw, curation = out / "raw", out / "curation"
    raw.mkdir(parents=True, exist_ok=True)
    curation.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    orgs = int(orgs or min(max(50, documents), MAX_RAW_NAMES))
    orgs = max([orgs, *map(int, big_letters)])
    names = np.array(raw_org_names(orgs), dtype=object)
    activity = rng.pareto(ACTIVITY_ALPHA, orgs) + 1.0
    span = max_size - min_size + 1
    sizes = np.minimum(
        min_size + np.floor(rng.pareto(1.5, documents) * 4).astype(np.int64), min_size + span - 1
    )
    sizes = np.minimum(sizes, orgs)
    letter, member = _members(sizes, activity, rng)
    starts = np.searchsorted(letter, np.arange(documents + 1))
    letters = [member[starts[d] : starts[d + 1]] for d in range(documents)]
    letters += [np.arange(int(size)) for size in big_letters]
    documents = len(letters)
    days = rng.integers(0, 3650, documents)
    dates = (np.datetime64("2015-01-01") + days.astype("timedelta64[D]")).astype(str)
    manifest_rows, campaign_rows, link_rows = [], [], []
    width = len(str(documents - 1))
    for d in range(documents):  # one file per document: a loop over documents, not signatures
        doc_id = f"syn-{d:0{width}d}"
        members = names[letters[d]]
        body = [
            dates[d],
            "To the Board of Directors",
            "Dear Board members,",
            "We are writing as a coalition of organizations to urge you to end the contract.",
            "We look forward to your response.",
            "Signed,",
            *members.tolist(),
        ]
        data = ("\n".join(body) + "\n").encode("utf-8")
        (raw / f"{doc_id}.txt").write_bytes(data)
        title = f"Synthetic letter {d}"
        manifest_rows.append(
            [
                doc_id,
                f"{doc_id}.txt",
                "letter",
                title,
                "",
                dates[d],
                "day",
                hashlib.sha256(data).hexdigest(),
                "synthetic",
                "",
            ]
        )
        campaign_id = f"camp-{d:0{width}d}"
        campaign_rows.append(
            [
                campaign_id,
                title,
                "letter",
                dates[d],
                "day",
                "",
                "Example Corp",
                "End the contract",
                len(members),
                "exact",
                "organisations",
                "synthetic",
                "generated by netlib.dev.synth.write_raw_corpus",
            ]
        )
        link_rows.append([campaign_id, doc_id, "", "reports", "synthetic", "generated"])

    def dump(path, header, rows):
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)

    from netlib.io.schemas import CAMPAIGN_COLUMNS, CURATION_FILES, LINK_COLUMNS, MANIFEST_COLUMNS

    dump(raw / "manifest.csv", MANIFEST_COLUMNS, manifest_rows)
    dump(curation / "campaigns.csv", CAMPAIGN_COLUMNS, campaign_rows)
    dump(curation / "campaign_documents.csv", LINK_COLUMNS, link_rows)
    for name, columns in CURATION_FILES.items():
        dump(curation / name, columns, [])
    return {"raw": raw, "curation": curation, "signatures": sum(map(len, letters))}
