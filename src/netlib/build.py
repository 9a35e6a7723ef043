"""From the raw corpus to the processed tables, graph exports and data package.

``build_corpus`` is what ``netlib build`` runs: read the manifest, parse every document,
resolve every name through the curated registry, attach every signature to the campaign its
document (and line) reports on, and write everything into a temporary folder that replaces the
output folder only when all of it succeeded.
"""

from __future__ import annotations

import copy
import hashlib
import json
import operator
import os
import pickle
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from netlib import paths
from netlib.errors import InputError
from netlib.extract.article import parse_article
from netlib.extract.letter import parse_letter
from netlib.io.manifest import read_manifest, unlisted_files
from netlib.io.schemas import SIDE_COLUMNS, SIDE_KEYS, TABLE_COLUMNS, TABLE_KEYS
from netlib.io.swap import atomic_output_dir, output_lock
from netlib.io.tables import read_table, write_table
from netlib.present.evidence import line_texts, safe_excerpt
from netlib.readers import read
from netlib.resolve.campaigns import load_campaign_curation, load_document_reviews
from netlib.resolve.curation import check_judged_org, load_curation
from netlib.resolve.registry import Registry
from netlib.settings import DEFAULT_MAX_LETTER_SIZE

__all__ = [
    "BuildResult",
    "DocumentExtraction",
    "big_letter_notices",
    "build_corpus",
    "extract_document",
    "load_registry",
]

WITHHELD = "[withheld: personal name]"
PERSON_REASON = "individual signatory: counted, name withheld"
NO_CAMPAIGN = "no campaign curated for this line (data/curation/campaign_documents.csv)"


@dataclass
class DocumentExtraction:
    """What one document yields before campaigns are attached (also ``netlib parse``'s output)."""

    doc_id: str
    kind: str
    signatories: list = field(default_factory=list)  # dicts: raw, name, org_id, line, match, ...
    mentions: list = field(default_factory=list)  # dicts: name, org_id, role, line, ...
    counts: list = field(default_factory=list)  # dicts: line, count, qualifier, unit, type
    targets: list = field(default_factory=list)  # dicts: line, name
    rejected: list = field(default_factory=list)  # dicts: line, raw, reason
    individuals: list = field(default_factory=list)  # line numbers of individual signatories
    review: list = field(default_factory=list)  # dicts: line, raw, issue, detail
    headings: list = field(default_factory=list)  # lines read as headings of a list
    date: str | None = None
    date_precision: str | None = None


def load_registry(curation_dir=None, processed_dir=None):
    """The organisation registry: curation, plus a previous build's organisations if present."""
    curation = load_curation(curation_dir or paths.CURATION_DIR)
    registry = Registry.from_curation(curation)
    organisations = Path(processed_dir or paths.PROCESSED_DIR) / "organisations.csv"
    if organisations.is_file():
        registry.add_organisations(read_table(organisations))
    return registry


def _match_dict(match):
    return {
        "org_id": match.org_id,
        "match": {"method": match.method, "score": round(float(match.score), 2)},
        "candidates": [
            {"org_id": c.org_id, "name": c.name, "score": round(float(c.score), 2)}
            for c in match.candidates
        ],
        "chapter_of": list(match.parents),
    }


def _review_rows(line, raw, match, merged=()):
    """What a person should look at about one new organisation: near names, possible parents.

    ``merged`` are the organisations the line may merge: a line "Mijente, Oakland Privacy" is
    a merge to split, not a chapter of Oakland Privacy.
    """
    if match.method != "new":
        return []
    rows = [
        {
            "line": line,
            "raw": raw,
            "issue": "fuzzy candidate",
            "detail": f"{c.org_id} ({c.score:.0f})",
        }
        for c in match.candidates
    ]
    rows += [
        {"line": line, "raw": raw, "issue": "possible chapter or affiliate", "detail": f"of {p}"}
        for p in match.parents
        if p not in merged
    ]
    return rows


NO_BLOCK = "no signatory block found"


def _open_merge_flags(entry, registry):
    """The ``possible-merge:<name>`` flags of a letter entry no judgement has answered: a
    judgement on the line's name against the organisation it may merge is never asked again."""
    flags = []
    for flag in entry.flags:
        if not flag.startswith("possible-merge"):
            continue
        found = registry.resolve(flag.partition(":")[2])
        if found is None or not any(
            registry.judged(name, found.org_id) for name in {entry.name, entry.raw}
        ):
            flags.append(flag)
    return flags


def _resolve_entry(registry, name, location):
    """A name with its location: a curated name that includes the place ("Council on
    American-Islamic Relations, Massachusetts", a chapter) wins over the bare name."""
    if location:
        found = registry.resolve(f"{name}, {location}")
        if found is not None:
            return found
    return registry.resolve_or_add(name)


def _letter(doc_id, result, registry):
    out = DocumentExtraction(
        doc_id, "letter", date=result.date, date_precision=result.date_precision
    )
    out.headings = result.headings
    if not result.entries:  # no block, or only letterheads and links, all rejected
        out.review.append(
            {
                "line": 0,
                "raw": "",
                "issue": NO_BLOCK,
                "detail": "read as a letter, but no list of signatories was found: "
                "check the document, or add it as an article",
            }
        )
    first_line = {}  # org_id -> the line that signed for it
    for entry in result.entries:
        if entry.kind == "person":
            out.individuals.append(entry.line)
            out.rejected.append(
                {"line": entry.line, "raw": entry.raw or WITHHELD, "reason": PERSON_REASON}
            )
            continue
        parts = registry.split(entry.name)
        method = "curated" if parts else "list"
        merged = {
            found.org_id
            for flag in entry.flags
            if flag.startswith("possible-merge:")
            and (found := registry.resolve(flag.partition(":")[2])) is not None
        }
        for part in parts or [entry.name]:
            match = _resolve_entry(registry, part, None if parts else entry.location)
            if match.org_id in first_line:
                # two spellings of one organisation in one letter ("The Fight for the Future",
                # "fight-for-the-future logo"): one signature, the other line says why not
                out.rejected.append(
                    {
                        "line": entry.line,
                        "raw": entry.raw,
                        "reason": f"duplicate of line {first_line[match.org_id]} "
                        f"(same organisation: {match.org_id})",
                    }
                )
                continue
            first_line[match.org_id] = entry.line
            position = {
                k: v
                for k, v in (
                    ("location", entry.location),
                    ("page", entry.page),
                    ("row", entry.row),
                )
                if v is not None
            }
            out.signatories.append(
                {"raw": entry.raw, "name": part, "line": entry.line, "method": method}
                | _match_dict(match)
                | position
            )
            out.review += _review_rows(entry.line, part, match, merged)
        if not parts and match.method != "judgement":  # judged onto one organisation: no merge
            out.review += [
                {"line": entry.line, "raw": entry.raw, "issue": "possible merge", "detail": flag}
                for flag in _open_merge_flags(entry, registry)
            ]
    out.rejected.extend(
        {"line": r.line, "raw": r.raw, "reason": r.reason} | ({"page": r.page} if r.page else {})
        for r in result.rejected
    )
    return out


def _article(doc_id, result, registry):
    out = DocumentExtraction(doc_id, "article")
    for mention in result.mentions:
        match = registry.resolve_or_add(mention.name)
        out.mentions.append(
            {"raw": mention.name, "name": match.name, "line": mention.line, "role": mention.role}
            | _match_dict(match)
        )
        out.review += _review_rows(mention.line, mention.name, match)
    out.counts = [
        {
            "line": c.line,
            "count": c.count,
            "qualifier": c.qualifier,
            "unit": c.unit,
            "signatory_type": c.signatory_type,
        }
        for c in result.counts
    ]
    out.targets = [{"line": t.line, "name": t.name} for t in result.targets]
    out.rejected = [{"line": r.line, "raw": r.raw, "reason": r.reason} for r in result.rejected]
    return out


def parse_document(kind, lines, known_names, *, keep_personal_names=False, units=None):
    """The parse of one document, before any name is resolved: a ``LetterResult`` or an
    ``ArticleResult``. It depends on the document and ``known_names`` only, so documents can
    be parsed in any order, in parallel."""
    if kind == "letter":
        return parse_letter(
            lines, known_names=known_names, keep_personal_names=keep_personal_names, units=units
        )
    result = parse_article(lines, known_names=known_names, keep_personal_names=keep_personal_names)
    if units is not None:
        # the article parser numbers the lines it was given: point back into the file
        def place(item):
            return replace(item, line=units[item.line - 1].line)

        result.mentions = [place(m) for m in result.mentions]
        result.counts = [place(c) for c in result.counts]
        result.targets = [place(t) for t in result.targets]
        result.rejected = [place(r) for r in result.rejected]
    return result


def resolve_document(doc_id, kind, result, registry):
    """A parse's names resolved through the registry, in corpus order (ids depend on it)."""
    if kind == "letter":
        return _letter(doc_id, result, registry)
    return _article(doc_id, result, registry)


def extract_document(doc_id, kind, lines, registry, *, keep_personal_names=False, units=None):
    """Parse one document and resolve its names (no campaign attached yet).

    ``lines`` are the texts to read; ``units`` (from :func:`netlib.readers.read`), when
    given, one per line, carry the structure and where each line is in the file.
    """
    result = parse_document(
        kind,
        lines,
        registry.known_index(),
        keep_personal_names=keep_personal_names,
        units=units,
    )
    return resolve_document(doc_id, kind, result, registry)


# Parallel parsing runs on any concurrent.futures executor (local processes, a Dask cluster):
# a task reads and parses a batch of documents. The known names travel pickled once, as bytes
# (cheap to send with every batch), and each worker process unpickles them once, by their key.
_WORKER_KNOWN = (None, None)
# Batches waiting or running at any time: enough to keep a cluster of that many worker
# processes busy, few enough to bound the parses held before they are resolved in order.
_IN_FLIGHT = 256


def _known_in_worker(key, blob):
    global _WORKER_KNOWN
    if _WORKER_KNOWN[0] != key:
        _WORKER_KNOWN = (key, pickle.loads(blob))
    return _WORKER_KNOWN[1]


def _read_and_parse(path, kind, known):
    document = read(path)
    result = parse_document(kind, document.lines, known, units=document.units)
    # the units are not needed after the parse: keep what the tables need (and the last
    # line, which campaign links must not pass)
    last_line = max((unit.line for unit in document.units), default=0)
    # an article's lines that name an organisation: the evidence its signatures cite
    mention_lines = line_texts(document.units, {m.line for m in getattr(result, "mentions", ())})
    meta = (document.sha256, document.encoding, tuple(document.warnings), last_line, mention_lines)
    return meta, result


def _parse_batch(known_key, known_blob, paths, kinds):
    known = _known_in_worker(known_key, known_blob)
    return [_read_and_parse(path, kind, known) for path, kind in zip(paths, kinds, strict=True)]


def _parsed(raw_dir, rows, known, *, jobs=1, executor=None):
    """``(row, meta, parse)`` for every manifest row, in manifest order, parsed by
    ``executor``, else by ``jobs`` local processes (1: in this process). An unreadable
    document stops the build, named."""
    if executor is not None:
        yield from _parsed_on(executor, raw_dir, rows, known, workers=8)
    elif jobs <= 1 or len(rows) < 2 * jobs:
        for row in rows:
            yield row, *_read_and_parse(raw_dir / row.file, row.kind, known)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            yield from _parsed_on(pool, raw_dir, rows, known, workers=jobs)


def _parsed_on(executor, raw_dir, rows, known, workers):
    """:func:`_parsed` on an executor: batches of documents (about eight batches a worker,
    at most 64 documents each), gathered in submission order, whatever order they finish in."""
    blob = pickle.dumps(known)
    key = hashlib.sha256(blob).hexdigest()
    # workers may run in another folder (or on another machine that sees the same files)
    raw_dir = Path(raw_dir).absolute()
    size = max(1, min(64, len(rows) // (8 * workers)))
    pending = deque()
    try:
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            paths = [raw_dir / row.file for row in batch]
            kinds = [row.kind for row in batch]
            pending.append((batch, executor.submit(_parse_batch, key, blob, paths, kinds)))
            if len(pending) >= _IN_FLIGHT:
                yield from _batch_results(*pending.popleft())
        while pending:
            yield from _batch_results(*pending.popleft())
    finally:
        for _, future in pending:
            future.cancel()


def _batch_results(batch, future):
    for row, (meta, result) in zip(batch, future.result(), strict=True):
        yield row, meta, result


@dataclass
class BuildResult:
    """The tables a build produced, and what it has to tell the user."""

    tables: dict
    extra_tables: dict
    notices: list
    out_dir: Path


class _CampaignIndex:
    """``campaign_for_line`` with the curated links grouped by document once.

    Same answers as :meth:`netlib.resolve.campaigns.CampaignCuration.campaign_for_line`, which scans
    every link on every call: once per signature, that made a build quadratic in documents.
    """

    def __init__(self, campaigns):
        by_doc, by_campaign = {}, {}
        for link in campaigns.links:
            by_doc.setdefault(link.doc_id, []).append(link)
            by_campaign.setdefault(link.campaign_id, set()).add(link.doc_id)
        self._by_doc = {
            doc_id: sorted(links, key=lambda link: (link.span, link.campaign_id))
            for doc_id, links in by_doc.items()
        }
        self.docs_of = {campaign: sorted(docs) for campaign, docs in by_campaign.items()}
        self.campaigns = campaigns.campaigns

    def links_of(self, doc_id):
        """The curated links of one document, narrowest first."""
        return self._by_doc.get(doc_id, [])

    def campaign_for_line(self, doc_id, line):
        """The campaign a line of a document reports on (the narrowest link), or None."""
        for link in self._by_doc.get(doc_id, ()):
            if link.covers(line):
                return link.campaign_id
        return None


def _signature_rows(extraction, campaigns, rejected):
    rows = []
    items = [(s, "signatory", s["method"]) for s in extraction.signatories]
    items += [(m, m["role"], "mention") for m in extraction.mentions]
    for item, role, method in items:
        campaign_id = campaigns.campaign_for_line(extraction.doc_id, item["line"])
        if campaign_id is None:
            rejected.append(
                {
                    "doc_id": extraction.doc_id,
                    "line": item["line"],
                    "raw": item["raw"],
                    "reason": NO_CAMPAIGN,
                }
            )
            continue
        rows.append(
            {
                "org_id": item["org_id"],
                "campaign_id": campaign_id,
                "role": role,
                "doc_id": extraction.doc_id,
                "line": item["line"],
                "raw": item["raw"],
                "method": method,
                "text": item.get("text", item["raw"]),
            }
        )
    return rows


def _cite_lines(extraction, mention_lines):
    """Give each mention the text of its line, safe to show (:func:`safe_excerpt`); a letter's
    signatures cite their ``raw`` line, which the parser has already cleared."""
    names_on = {}
    for mention in extraction.mentions:
        names_on.setdefault(mention["line"], []).append(mention["raw"])
    for mention in extraction.mentions:
        line = mention_lines.get(mention["line"], mention["raw"])
        mention["text"] = safe_excerpt(line, mention["raw"], names_on[mention["line"]])


def _campaign_table(campaigns, signatures, individuals):
    named = signatures.groupby("campaign_id")["org_id"].nunique() if len(signatures) else {}
    rows = []
    for campaign_id, row in sorted(campaigns.campaigns.items()):
        docs = campaigns.docs_of.get(campaign_id, [])
        rows.append(
            {k: row[k] for k in TABLE_COLUMNS["campaigns"] if k in row}
            | {
                "named_organisations": int(named.get(campaign_id, 0)),
                "individuals_counted": individuals.get(campaign_id, 0),
                "doc_ids": ";".join(docs),
            }
        )
    return pd.DataFrame(rows, columns=TABLE_COLUMNS["campaigns"])


def _check_inside(raw_dir, row):
    """A manifest file must be in the raw folder: a symbolic link out of it (to
    ``/etc/passwd``, to another project) is refused, naming the row."""
    path = raw_dir / row.file
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(raw_dir.resolve()):
            raise InputError(
                f"{raw_dir / 'manifest.csv'} line {row.line}",
                f"{row.file} is a symbolic link out of the raw folder (to {target})",
            )


def build_corpus(
    raw_dir=None,
    out_dir=None,
    curation_dir=None,
    *,
    progress=None,
    jobs=None,
    executor=None,
    max_letter_size=DEFAULT_MAX_LETTER_SIZE,
):
    """Build the processed tables of a corpus folder.

    Parameters
    ----------
    raw_dir : Path, optional
        A folder with ``manifest.csv`` and the documents it lists (default ``data/raw``).
    out_dir : Path, optional
        Where the tables go (default ``data/processed``); replaced atomically.
    curation_dir : Path, optional
        Default ``data/curation``.
    progress : callable, optional
        Called with an iterable of parsed documents and their number, returns an iterable
        (e.g. ``tqdm``).
    jobs : int, optional
        Processes that read and parse documents (default: every core). Names are resolved
        in manifest order in this process, so the output is the same for any ``jobs``.
    executor : concurrent.futures.Executor, optional
        Parse on this executor instead (e.g. a Dask cluster's, see :mod:`netlib.cluster`);
        not with ``jobs``. Its workers must import ``netlib`` and see ``raw_dir`` at the same
        path. The output is the same as a local build's, byte for byte. Left running.
    max_letter_size : int
        Big-letter policy (default :data:`DEFAULT_MAX_LETTER_SIZE`): a campaign of more
        organisations than this adds no pair to ``cosigning.csv``, with a notice naming it;
        its organisations and signatures stay in every table and in the bipartite exports.
        Recorded in ``build.json``.

    Returns
    -------
    BuildResult

    Raises
    ------
    InputError
        Also when another run is writing ``out_dir`` (checked before any work).
    """
    if jobs is not None and executor is not None:
        raise InputError("build_corpus", "give jobs or an executor, not both")
    out_dir = Path(out_dir or paths.PROCESSED_DIR)
    with output_lock(out_dir):
        return _build_corpus(
            raw_dir,
            out_dir,
            curation_dir,
            progress=progress,
            jobs=jobs,
            executor=executor,
            max_letter_size=max_letter_size,
        )


def _build_corpus(raw_dir, out_dir, curation_dir, *, progress, jobs, executor, max_letter_size):
    from netlib.present.export import write_datapackage, write_graph_exports

    max_letter_size = _checked_max_letter_size(max_letter_size)
    raw_dir = Path(raw_dir or paths.RAW_DIR)
    curation_dir = Path(curation_dir or paths.CURATION_DIR)
    rows = sorted(read_manifest(raw_dir), key=lambda r: r.doc_id)
    shown = _shown_path(raw_dir)  # notices go into build.json: no machine's absolute path
    notices = [
        f"{shown / name}: not listed in manifest.csv, not built (add it with `netlib add`)"
        for name in unlisted_files(raw_dir, rows)
    ]
    campaigns = _CampaignIndex(load_campaign_curation(curation_dir, {r.doc_id for r in rows}))
    settled_reviews = load_document_reviews(curation_dir, {r.doc_id for r in rows})
    # A fresh registry from curation only: the build must not depend on its own previous output.
    curation = load_curation(curation_dir)
    registry = Registry.from_curation(curation)
    documents, signatures, rejected, facts, review = [], [], [], [], []
    settled_count = 0
    individuals = Counter()
    for row in rows:
        _check_inside(raw_dir, row)
    # Every document is parsed against the curated names, not the names earlier documents
    # added: the parse of a document is then the same whatever the order or the process.
    known = copy.deepcopy(registry.known_index())
    parsed = _parsed(raw_dir, rows, known, jobs=jobs or os.cpu_count() or 1, executor=executor)
    for row, meta, result in progress(parsed, len(rows)) if progress else parsed:
        extraction = resolve_document(row.doc_id, row.kind, result, registry)
        sha256, encoding, warnings, last_line, mention_lines = meta
        _cite_lines(extraction, mention_lines)
        for link in campaigns.links_of(row.doc_id):
            link.check_inside(last_line)
        # a person who checked the document settles its document-level row (data/curation/
        # document_reviews.csv): it leaves review.csv and the warnings, and build.json counts it
        settled = [r for r in extraction.review if (row.doc_id, r["issue"]) in settled_reviews]
        extraction.review = [r for r in extraction.review if r not in settled]
        settled_count += len(settled)
        if any(r["issue"] == NO_BLOCK for r in extraction.review):
            notices.append(f"{shown / row.file}: {NO_BLOCK} (see review.csv)")
        documents.append(
            {
                "doc_id": row.doc_id,
                "path": f"{raw_dir.name}/{row.file}",
                "sha256": sha256,
                "kind": row.kind,
                "title": row.title,
                "outlet": row.outlet,
                "published": row.published,
                "date_precision": row.date_precision,
                "source": row.source,
                "encoding": encoding,
                "warnings": "; ".join(warnings),
            }
        )
        doc_rejected = [r | {"doc_id": row.doc_id} for r in extraction.rejected]
        signatures += _signature_rows(extraction, campaigns, doc_rejected)
        rejected += doc_rejected
        for line in extraction.individuals:
            campaign_id = campaigns.campaign_for_line(row.doc_id, line)
            individuals[campaign_id] += 1
        for kind, items in (("count", extraction.counts), ("target", extraction.targets)):
            for item in items:
                facts.append(
                    {
                        "doc_id": row.doc_id,
                        "line": item["line"],
                        "campaign_id": campaigns.campaign_for_line(row.doc_id, item["line"]) or "",
                        "fact": kind,
                        "value": str(item.get("count", item.get("name", ""))),
                        "qualifier": item.get("qualifier", ""),
                        "unit": item.get("unit", ""),
                        "signatory_type": item.get("signatory_type", ""),
                    }
                )
        review += [r | {"doc_id": row.doc_id} for r in extraction.review]
    _check_curation_used(curation, registry)
    notices += _unlinked_notices(shown, rows, campaigns, rejected, _shown_path(curation_dir))
    signatures_frame = pd.DataFrame(signatures, columns=TABLE_COLUMNS["signatures"])
    tables = {
        "documents": pd.DataFrame(documents, columns=TABLE_COLUMNS["documents"]),
        "campaigns": _campaign_table(campaigns, signatures_frame, individuals),
        "organisations": registry.organisations_table(),
        "signatures": signatures_frame,
        "rejected": pd.DataFrame(rejected, columns=TABLE_COLUMNS["rejected"]),
    }
    extra = {
        "article_facts": pd.DataFrame(
            facts,
            columns=SIDE_COLUMNS["article_facts"],
        ),
        "review": _review_table(review),
    }
    with atomic_output_dir(out_dir) as staging:
        for name, frame in tables.items():
            write_table(
                frame,
                staging / f"{name}.csv",
                columns=TABLE_COLUMNS[name],
                sort_by=TABLE_KEYS[name],
            )
        for name, frame in extra.items():
            write_table(frame, staging / f"{name}.csv", sort_by=SIDE_KEYS[name])
        written = read_tables_for_export(staging)
        notices += big_letter_notices(written, max_letter_size)
        write_graph_exports(written, staging, max_letter_size=max_letter_size)
        write_datapackage(
            staging,
            name="signatory-network",
            title="Organisation–campaign signatory network",
            version=_corpus_version(documents),
        )
        (staging / "build.json").write_text(
            json.dumps(
                {
                    "corpus_version": _corpus_version(documents),
                    "documents": len(documents),
                    "max_letter_size": max_letter_size,
                    "campaigns": len(tables["campaigns"]),
                    "organisations": len(tables["organisations"]),
                    "signatures": len(signatures_frame),
                    "rejected": len(tables["rejected"]),
                    "to_review": len(extra["review"]),
                    "reviews_settled": settled_count,
                    "notices": notices,
                },
                indent=2,
                sort_keys=True,
            )
            + "\n",
            encoding="utf-8",
        )
    return BuildResult(tables, extra, notices, out_dir)


def _checked_max_letter_size(value):
    """``max_letter_size`` as an int (any integer type), or one clear error."""
    try:
        number = operator.index(value) if not isinstance(value, bool) else 0
    except TypeError:
        number = 0
    if number < 1:
        raise InputError("max_letter_size", f"{value!r}: must be a whole number, at least 1")
    return int(number)


def big_letter_notices(tables, max_letter_size):
    """One notice per campaign the big-letter policy leaves out of the co-signing pairs.

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c"], "campaign_id": "c1"})
    >>> big_letter_notices({"signatures": sigs}, 2)  # doctest: +NORMALIZE_WHITESPACE
    ['campaign c1 has 3 organisations > max_letter_size 2: its 3 pairs are left out of
      cosigning.csv (its organisations and signatures stay in every table and in
      network.graphml/gexf; `netlib build --max-letter-size N` changes the limit)']
    """
    from netlib.network.graph import biadjacency
    from netlib.network.projection import letter_pairs

    sizes = letter_pairs(biadjacency(tables))
    big = sizes[sizes["size"] > max_letter_size].sort_values("campaign_id", kind="mergesort")
    return [
        f"campaign {row.campaign_id} has {row.size:,} organisations > max_letter_size "
        f"{max_letter_size:,}: its {row.pairs:,} pairs are left out of cosigning.csv (its "
        "organisations and signatures stay in every table and in network.graphml/gexf; "
        "`netlib build --max-letter-size N` changes the limit)"
        for row in big.itertuples(index=False)
    ]


def _check_curation_used(curation, registry):
    """Curation rows the documents contradict stop the build, naming the row: a split for a
    line no letter has (it splits nothing) and a judgement naming an organisation that is
    neither curated nor made from a document's name (it would create that organisation and
    move a name to it). Same check as ``netlib review`` makes before recording one."""
    for index, row in enumerate(curation.splits):
        if not registry.split_used(row["raw"]):
            raise InputError(
                curation.where("splits.csv", index),
                f"no letter has the line {row['raw']!r} as a signatory line: correct the raw "
                "text (as the line is written) or remove the row",
            )
    known = registry.made_from_names()
    for index, row in enumerate(curation.judgements):
        check_judged_org(
            row["org_id"],
            known,
            curation.where("judgements.csv", index),
            hint="not in organisations.csv and no document names it: correct or remove the row",
        )


def _shown_path(path):
    """``path`` relative to the working directory when it lies below it (``data/raw``), so
    the notices a build records are the same on every machine; else as given."""
    path = Path(path)
    try:
        return path.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return path


def _unlinked_notices(raw_dir, rows, campaigns, rejected, curation_dir):
    """A notice for each document no campaign links: its names all became rejected rows."""
    unlinked = Counter(r["doc_id"] for r in rejected if r["reason"] == NO_CAMPAIGN)
    links = Path(curation_dir) / "campaign_documents.csv"
    notices = []
    for row in rows:
        if campaigns.links_of(row.doc_id):
            continue
        count = unlinked[row.doc_id]
        names = (
            f"{count} name is a rejected row" if count == 1 else f"{count} names are rejected rows"
        )
        notices.append(
            f"{raw_dir / row.file}: no campaign links it, so its {names}; link it with a row "
            f"in {links} (and its campaign in campaigns.csv, if new)"
        )
    return notices


def read_tables_for_export(folder):
    """Re-read the written tables so exports see exactly what the CSVs hold."""
    return {name: read_table(Path(folder) / f"{name}.csv") for name in TABLE_COLUMNS}


def _review_table(review):
    columns = SIDE_COLUMNS["review"]
    frame = pd.DataFrame(review, columns=columns)
    return frame.sort_values(columns, kind="mergesort").reset_index(drop=True)


def _corpus_version(documents):
    """A short fingerprint of the corpus: the same documents give the same version."""
    import hashlib

    digest = hashlib.sha256()
    for doc in sorted(documents, key=lambda d: d["doc_id"]):
        digest.update(f"{doc['doc_id']}:{doc['sha256']}\n".encode())
    return digest.hexdigest()[:12]
