"""The extraction evaluation: real documents with hand-made truth, scored (``make eval``).

``eval/letters/docs/`` holds real public documents byte for byte; ``eval/letters/truth/``
one JSON each, read off the document by a person (``eval/letters/TRUTH_FORMAT.md``). Every
document is read and parsed as ``netlib parse --kind letter`` does, against an empty registry
(the parser must not lean on names it already knows), and scored:

recall
    organisations of the truth found (an entry matches a truth name, or one of its accepted
    spellings, after folding case, accents, punctuation and a leading "the"; with or without
    its location);
precision
    entries that are a truth organisation, not yet matched (a second entry for one
    organisation counts against precision);
unaccounted
    non-blank lines of the truth's signatory block(s) that are neither an entry, a
    rejection, nor a heading the parser recognised;
leaked
    truth personal names that appear anywhere in the parse's output.

The thresholds a change may not fall below are in ``eval/letters/thresholds.json``.
"""

from __future__ import annotations

import html
import json
import math
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from netlib import paths
from netlib.errors import InputError

__all__ = [
    "ArticleScore",
    "DocumentScore",
    "evaluate_articles",
    "evaluate_letters",
    "fold",
    "render_markdown",
    "run_evaluation",
]

EVAL_DIR = paths.REPO_ROOT / "eval"
_PUNCT = re.compile(r"[^\w\s]|_")


def fold(name):
    """A name folded for comparison with the truth.

    >>> fold("The Électronic Frontier Foundation, Inc.")
    'electronic frontier foundation inc'
    >>> fold("Defending Rights & Dissent") == fold("Defending Rights and Dissent")
    True
    """
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ").replace("’", "'")
    text = " ".join(_PUNCT.sub(" ", text).split())
    if text.startswith("the "):
        text = text[4:]
    return text


@dataclass
class DocumentScore:
    """One document's result."""

    doc: str
    format: str
    field: str
    shape: str
    truth: int
    found: int
    matched: int
    false_entries: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    individuals_truth: int = 0
    individuals_found: int = 0
    unaccounted: list = field(default_factory=list)
    leaked: list = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None

    @property
    def recall(self):
        return self.matched / self.truth if self.truth else 1.0

    @property
    def precision(self):
        return (self.found - len(self.false_entries)) / self.found if self.found else 1.0


def _truth_keys(truth):
    keys = []
    for entry in truth.get("organisations", []):
        names = entry if isinstance(entry, list) else [entry]
        folded = {fold(n) for n in names if str(n).strip()}
        keys.append(folded | {f.replace(" ", "") for f in folded})
    return keys


def _output_text(extraction):
    """Everything a parse writes, as one folded string (for the personal-name check)."""
    parts = []
    for row in extraction.signatories:
        parts += [str(row.get(k, "")) for k in ("raw", "name", "location")]
    for row in extraction.rejected:
        parts.append(str(row.get("raw", "")))
    for row in extraction.review:
        parts += [str(row.get("raw", "")), str(row.get("detail", ""))]
    # raw is the text as written, entities and all ("Associa&ccedil;&atilde;o Movimento Paulo
    # Jackson"): read as a browser shows it, so that a name inside an organisation's is seen
    return fold(html.unescape(" | ".join(parts)))


def _leaked(truth, text):
    """The truth's people whose names are in ``text`` (folded, padded with spaces) outside
    the organisations' own names: "Mandato Popular do Vereador Paulo Búfalo" is an
    organisation's name that holds a person's, and keeping it leaks nobody.

    >>> truth = {"organisations": ["Mandato do Vereador Ana Lima"], "people": ["Ana Lima"]}
    >>> _leaked(truth, " mandato do vereador ana lima ")
    []
    >>> _leaked(truth, " mandato do vereador ana lima ana lima ")
    ['Ana Lima']
    """
    organisations = {
        fold(name)
        for entry in truth.get("organisations", [])
        for name in (entry if isinstance(entry, list) else [entry])
    }
    leaked = []
    for person in truth.get("people", []):
        name = fold(person)
        if not name or f" {name} " not in text:
            continue
        rest = text
        for organisation in sorted(organisations, key=len, reverse=True):
            if f" {name} " in f" {organisation} ":
                rest = re.sub(rf"(?<!\S){re.escape(organisation)}(?!\S)", " ", rest)
        if f" {name} " in rest:
            leaked.append(person)
    return leaked


def score_document(doc_path, truth, registry_factory):
    """Parse one document and compare it with its truth."""
    from netlib.build import extract_document
    from netlib.readers import read

    score = DocumentScore(
        doc=doc_path.name,
        format=truth.get("format", ""),
        field=truth.get("field", ""),
        shape=truth.get("shape", ""),
        truth=len(truth.get("organisations", [])),
        found=0,
        matched=0,
        individuals_truth=int(truth.get("individuals", 0) or 0),
    )
    started = time.perf_counter()
    try:
        document = read(doc_path, column=truth.get("column_given"))
        extraction = extract_document(
            doc_path.stem, "letter", document.lines, registry_factory(), units=document.units
        )
    except InputError as exc:
        score.error = str(exc)
        score.missed = [k[0] if isinstance(k, list) else k for k in truth["organisations"]]
        return score
    score.seconds = time.perf_counter() - started
    score.format = document.format
    keys = _truth_keys(truth)
    unmatched = list(range(len(keys)))
    for row in extraction.signatories:
        forms = {fold(row["name"]), fold(row["raw"])}
        if row.get("location"):
            forms.add(fold(f"{row['name']}, {row['location']}"))
            forms.add(fold(f"{row['name']} ({row['location']})"))
            forms.add(fold(f"{row['name']} {row['location']}"))  # "Name – Place", "Name Place"
        # de-slugged names cannot know their word breaks ("Open Media" for OpenMedia)
        forms |= {f.replace(" ", "") for f in forms}
        hit = next((i for i in unmatched if keys[i] & forms), None)
        score.found += 1
        if hit is None:
            score.false_entries.append(row["name"])
        else:
            unmatched.remove(hit)
            score.matched += 1
    names = truth.get("organisations", [])
    score.missed = [names[i][0] if isinstance(names[i], list) else names[i] for i in unmatched]
    score.individuals_found = len(extraction.individuals)
    text = f" {_output_text(extraction)} "
    score.leaked = _leaked(truth, text)
    ranges = truth.get("block_lines") or []
    if ranges and document.format in ("text", "markdown", "html"):
        accounted = {r["line"] for r in extraction.signatories}
        accounted |= {r["line"] for r in extraction.rejected}
        accounted |= set(extraction.headings)
        for unit in document.units:
            if unit.kind == "skip" or not unit.text.strip():
                continue
            if any(a <= unit.line <= b for a, b in ranges) and unit.line not in accounted:
                score.unaccounted.append(unit.line)
    return score


def _truths(section, eval_dir=None):
    """``(document path, truth)`` for every truth file of ``eval/<section>``, in name order."""
    base = Path(eval_dir or EVAL_DIR) / section
    for truth_path in sorted((base / "truth").glob("*.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        yield base / "docs" / truth["doc"], truth


def evaluate_letters(eval_dir=None):
    """Score every document of ``eval/letters``; returns a list of :class:`DocumentScore`."""
    from netlib.resolve.registry import Registry

    return [score_document(doc, truth, Registry) for doc, truth in _truths("letters", eval_dir)]


def totals(scores):
    """Overall figures: micro-averaged recall and precision, counts, documents per second."""
    truth = sum(s.truth for s in scores)
    found = sum(s.found for s in scores)
    false = sum(len(s.false_entries) for s in scores)
    seconds = sum(s.seconds for s in scores)
    return {
        "documents": len(scores),
        "organisations": truth,
        "found": found,
        "recall": sum(s.matched for s in scores) / truth if truth else 1.0,
        "precision": (found - false) / found if found else 1.0,
        "unaccounted": sum(len(s.unaccounted) for s in scores),
        "leaked": sum(len(s.leaked) for s in scores),
        "errors": sum(1 for s in scores if s.error),
        # documents whose individuals (people who sign for themselves) are counted exactly
        "individuals_right": (
            sum(1 for s in scores if s.individuals_found == s.individuals_truth) / len(scores)
            if scores
            else 1.0
        ),
        "documents_per_second": len(scores) / seconds if seconds else 0.0,
    }


def render_markdown(scores):
    """EVALUATION.md: the overall table, one row a document, then what was missed."""
    overall = totals(scores)
    by_format = {}
    for s in scores:
        by_format.setdefault(s.format, []).append(s)
    out = [
        "# Extraction evaluation",
        "",
        "Generated by `make eval` (`netlib eval`) from `eval/letters/`: real",
        "public documents, byte for byte, with truth read off each by hand",
        "(`eval/letters/TRUTH_FORMAT.md`). Every document is parsed as `netlib parse --kind",
        "letter` does, against an empty registry. Do not edit by hand.",
        "",
        "## Overall",
        "",
        "| documents | organisations (truth) | entries | recall | precision | block lines"
        " unaccounted | personal names leaked | individuals counted right | errors |"
        " documents/s |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {overall['documents']} | {overall['organisations']} | {overall['found']} | "
        f"{overall['recall']:.1%} | {overall['precision']:.1%} | {overall['unaccounted']} | "
        f"{overall['leaked']} | {overall['individuals_right']:.0%} of documents | "
        f"{overall['errors']} | {overall['documents_per_second']:.1f} |",
        "",
        "## By format",
        "",
        "| format | documents | recall | precision | documents/s |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for fmt in sorted(by_format):
        t = totals(by_format[fmt])
        out.append(
            f"| {fmt} | {t['documents']} | {t['recall']:.1%} | {t['precision']:.1%} | "
            f"{t['documents_per_second']:.1f} |"
        )
    out += [
        "",
        "## By document",
        "",
        "| document | format | field | truth | found | recall | precision | individuals"
        " (truth/found) | unaccounted | leaked |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ]
    for s in scores:
        out.append(
            f"| {s.doc} | {s.format} | {s.field} | {s.truth} | {s.found} | {s.recall:.0%} | "
            f"{s.precision:.0%} | {s.individuals_truth}/{s.individuals_found} | "
            f"{len(s.unaccounted)} | {len(s.leaked)} |"
        )
    out += ["", "## What still fails", ""]
    for s in scores:
        if not (s.missed or s.false_entries or s.unaccounted or s.leaked or s.error):
            continue
        out.append(f"### {s.doc}")
        out.append("")
        if s.error:
            out.append(f"- error: {s.error}")
        if s.missed:
            out.append(f"- missed ({len(s.missed)}): " + "; ".join(map(str, s.missed[:30])))
        if s.false_entries:
            shown = "; ".join(map(str, s.false_entries[:30]))
            out.append(f"- not signatories ({len(s.false_entries)}): {shown}")
        if s.unaccounted:
            out.append(f"- block lines unaccounted: {s.unaccounted[:30]}")
        if s.leaked:
            out.append(f"- personal names leaked: {len(s.leaked)}")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


@dataclass
class ArticleScore:
    """One article's result: named signers/organisers, roles, counts, distractors, people."""

    doc: str
    outlet: str
    field: str
    named: int
    found_named: int = 0
    right_role: int = 0
    mentions: int = 0
    false_mentions: list = field(default_factory=list)
    missed: list = field(default_factory=list)
    counts: int = 0
    counts_right: int = 0
    counts_missed: list = field(default_factory=list)
    distractors_taken: list = field(default_factory=list)
    leaked: list = field(default_factory=list)
    seconds: float = 0.0
    error: str | None = None


def _names(entry):
    names = [entry["name"], *entry.get("also", [])]
    folded = {fold(n) for n in names if str(n).strip()}
    return folded | {f.replace(" ", "") for f in folded}


def score_article(doc_path, truth, registry_factory):
    """Parse one article as `netlib parse --kind article` does and compare with its truth."""
    from netlib.build import extract_document
    from netlib.readers import read

    named = [n for n in truth.get("named", []) if not n.get("implicit")]
    score = ArticleScore(
        doc=doc_path.name,
        outlet=truth.get("outlet", ""),
        field=truth.get("field", ""),
        named=len(named),
        counts=len(truth.get("counts", [])),
    )
    started = time.perf_counter()
    try:
        document = read(doc_path)
        extraction = extract_document(
            doc_path.stem, "article", document.lines, registry_factory(), units=document.units
        )
    except InputError as exc:
        score.error = str(exc)
        return score
    score.seconds = time.perf_counter() - started
    keys = [_names(n) for n in named]
    unmatched = list(range(len(keys)))
    for mention in extraction.mentions:
        forms = {fold(mention["raw"]), fold(mention["name"])}
        forms |= {f.replace(" ", "") for f in forms}
        score.mentions += 1
        hit = next((i for i in unmatched if keys[i] & forms), None)
        if hit is None:
            score.false_mentions.append(f"{mention['raw']} ({mention['role']})")
            continue
        unmatched.remove(hit)
        score.found_named += 1
        if mention["role"] == named[hit]["role"]:
            score.right_role += 1
    score.missed = [f"{named[i]['name']} ({named[i]['role']})" for i in unmatched]
    found_counts = [(c["count"], c["qualifier"]) for c in extraction.counts]
    for count in truth.get("counts", []):
        if (int(count["value"]), count["qualifier"]) in found_counts:
            score.counts_right += 1
        else:
            score.counts_missed.append(
                f"{count['text'][:60]} = {count['value']} {count['qualifier']}"
            )
    distractor_numbers = {}
    for text in truth.get("distractors", []):
        for number in _DIGITS.findall(str(text)):
            distractor_numbers[int(number.replace(",", ""))] = text
    truth_values = {int(c["value"]) for c in truth.get("counts", [])}
    for value, _ in found_counts:
        if value in distractor_numbers and value not in truth_values:
            score.distractors_taken.append(distractor_numbers[value])
    parts = [m["raw"] for m in extraction.mentions] + [m["name"] for m in extraction.mentions]
    parts += [r["raw"] for r in extraction.rejected] + [t["name"] for t in extraction.targets]
    text = f" {fold(' | '.join(parts))} "
    score.leaked = [p for p in truth.get("people", []) if fold(p) and f" {fold(p)} " in text]
    return score


def evaluate_articles(eval_dir=None):
    """Score every article of ``eval/articles``; a list of :class:`ArticleScore`."""
    from netlib.resolve.registry import Registry

    return [score_article(doc, truth, Registry) for doc, truth in _truths("articles", eval_dir)]


def article_totals(scores):
    named = sum(s.named for s in scores)
    mentions = sum(s.mentions for s in scores)
    found = sum(s.found_named for s in scores)
    counts = sum(s.counts for s in scores)
    return {
        "articles": len(scores),
        "named": named,
        "named_found": found / named if named else 1.0,
        "named_found_with_role": sum(s.right_role for s in scores) / named if named else 1.0,
        "false_mentions": sum(len(s.false_mentions) for s in scores) / mentions
        if mentions
        else 0.0,
        "counts": counts,
        "counts_right": sum(s.counts_right for s in scores) / counts if counts else 1.0,
        "distractors_taken": sum(len(s.distractors_taken) for s in scores),
        "leaked": sum(len(s.leaked) for s in scores),
        "errors": sum(1 for s in scores if s.error),
    }


def render_articles(scores):
    t = article_totals(scores)
    out = [
        "",
        "## Articles",
        "",
        "`eval/articles/`: real news articles and press releases, truth by hand",
        "(`eval/articles/TRUTH_FORMAT.md`), parsed as `netlib parse --kind article` does.",
        "",
        "| articles | named signers/organisers | found | found with the right role | false"
        " mentions | reported counts | with the right qualifier | distractors taken | personal"
        " names kept | errors |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| {t['articles']} | {t['named']} | {t['named_found']:.1%} | "
        f"{t['named_found_with_role']:.1%} | {t['false_mentions']:.1%} | {t['counts']} | "
        f"{t['counts_right']:.1%} | {t['distractors_taken']} | {t['leaked']} | {t['errors']} |",
        "",
        "| article | outlet | named | found (role) | mentions (false) | counts (right) |"
        " distractors | leaked |",
        "| --- | --- | ---: | --- | --- | --- | ---: | ---: |",
    ]
    for s in scores:
        out.append(
            f"| {s.doc} | {s.outlet} | {s.named} | {s.found_named} ({s.right_role}) | "
            f"{s.mentions} ({len(s.false_mentions)}) | {s.counts} ({s.counts_right}) | "
            f"{len(s.distractors_taken)} | {len(s.leaked)} |"
        )
    out += ["", "### What still fails in articles", ""]
    for s in scores:
        problems = []
        if s.error:
            problems.append(f"- error: {s.error}")
        if s.missed:
            problems.append(f"- missed: {'; '.join(s.missed[:15])}")
        if s.false_mentions:
            problems.append(f"- false mentions: {'; '.join(s.false_mentions[:15])}")
        if s.counts_missed:
            problems.append(f"- counts missed: {'; '.join(s.counts_missed[:6])}")
        if s.distractors_taken:
            problems.append(f"- distractors taken: {'; '.join(s.distractors_taken[:6])}")
        if s.leaked:
            problems.append(f"- personal names kept: {len(s.leaked)}")
        if problems:
            out += [f"#### {s.doc}", "", *problems, ""]
    return "\n".join(out).rstrip() + "\n"


def _floor(value):
    return math.floor(value * 1000) / 1000


def floors_of(overall):
    """The floors ``tests/test_evaluation.py`` holds the parser to: these figures, rounded
    towards worse."""
    articles = overall["articles"]
    return {
        "recall": _floor(overall["recall"]),
        "precision": _floor(overall["precision"]),
        "leaked_at_most": overall["leaked"],
        "unaccounted_at_most": overall["unaccounted"],
        "errors_at_most": overall["errors"],
        "individuals_right": _floor(overall["individuals_right"]),
        "articles": {
            "named_found_with_role": _floor(articles["named_found_with_role"]),
            "false_mentions_at_most": math.ceil(articles["false_mentions"] * 1000) / 1000,
            "counts_right": _floor(articles["counts_right"]),
            "distractors_taken_at_most": articles["distractors_taken"],
            "leaked_at_most": articles["leaked"],
        },
        "note": "Floors from `netlib eval --set-floors`: a change may not make any figure "
        "worse. Raise them as the parser improves.",
    }


def run_evaluation(out=None, json_path=None, *, set_floors=False):
    """Score both sets, write ``EVALUATION.md`` and ``results.json`` (and the floors when
    asked); return the overall tables as Markdown (what ``netlib eval`` prints)."""
    out = Path(out or paths.REPO_ROOT / "EVALUATION.md")
    json_path = Path(json_path or EVAL_DIR / "letters" / "results.json")
    scores = evaluate_letters()
    articles = evaluate_articles()
    article_text = render_articles(articles)
    text = render_markdown(scores) + article_text
    out.write_text(text, encoding="utf-8")
    overall = totals(scores)
    overall.pop("documents_per_second")  # timings vary: kept out of the committed figures
    overall["articles"] = article_totals(articles)
    json_path.write_text(json.dumps(overall, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if set_floors:
        path = EVAL_DIR / "letters" / "thresholds.json"
        path.write_text(json.dumps(floors_of(overall), indent=2) + "\n", encoding="utf-8")
    summary = text.split("## By document")[0].rstrip()
    return summary + "\n" + article_text.split("| article |")[0].rstrip() + "\n"
