"""The ``netlib`` command line (contract in README.md, "Command line").

Exit status 0 on success; 2 for bad usage or unusable input, with one line on stderr naming the
file and the problem and no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from pathlib import Path

from netlib import __version__, paths
from netlib.errors import InputError
from netlib.readers.model import FORMATS
from netlib.settings import DEFAULT_MAX_LETTER_SIZE
from netlib.wording import plural

__all__ = ["main"]


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line with exit status 2."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def _cmd_parse(args):
    from netlib.build import NO_BLOCK, extract_document, load_registry
    from netlib.readers import read

    document = read(args.path, format=args.input_format, column=args.column)
    kind = args.kind or _guess_kind(document)
    registry = load_registry(args.curation, args.data)
    doc_id = Path(args.path).stem
    extraction = extract_document(doc_id, kind, document.lines, registry, units=document.units)
    if any(r["issue"] == NO_BLOCK for r in extraction.review):
        print(f"netlib parse: {args.path}: warning: {NO_BLOCK}", file=sys.stderr)
    campaign = _campaign_of(doc_id, args.curation)
    payload = {
        "doc": {
            "doc_id": doc_id,
            "path": str(args.path),
            "sha256": document.sha256,
            "kind": kind,
            "format": document.format,
            "encoding": document.encoding,
            "warnings": list(document.warnings),
            "lines": len(document.lines),
            "date": extraction.date,
            "date_precision": extraction.date_precision,
        },
        "campaign": campaign,
        "signatories": [
            {
                k: s[k]
                for k in (
                    "raw",
                    "name",
                    "org_id",
                    "line",
                    "page",
                    "row",
                    "location",
                    "match",
                    "candidates",
                    "chapter_of",
                )
                if k in s
            }
            for s in extraction.signatories
        ],
        "mentions": extraction.mentions,
        "counts": extraction.counts,
        "targets": extraction.targets,
        "rejected": extraction.rejected,
        "review": extraction.review,
    }
    if args.format == "json":
        json.dump(payload, sys.stdout, indent=2, ensure_ascii=False, sort_keys=False)
        sys.stdout.write("\n")
    else:
        _write_parse_csv(payload)
    return 0


def _guess_kind(document):
    """Without --kind: a data file is a list of signatories; a document whose signatory
    block(s) hold at least three lines, or a quarter of its text, is a letter; anything else
    is an article.

    Line length alone misleads: a news page's chrome (captions, buttons) is many short lines,
    and a forum page's breadcrumbs look like a two-line list.
    """
    from netlib.extract.letter import parse_letter

    if document.is_data:
        return "letter"
    lines = document.lines
    result = parse_letter(lines, units=document.units)
    in_blocks = {(item.page, item.line) for item in [*result.entries, *result.rejected]}
    non_blank = sum(1 for line in lines if line.strip())
    return "letter" if len(in_blocks) >= min(3, 0.25 * non_blank) else "article"


def _campaign_of(doc_id, curation_dir):
    from netlib.resolve.campaigns import load_campaign_curation

    try:
        curation = load_campaign_curation(curation_dir or paths.CURATION_DIR)
    except InputError:
        return None
    links = curation.links_for(doc_id)
    if not links:
        return None
    widest = max(links, key=lambda link: (link.span, link.campaign_id))
    row = curation.campaigns[widest.campaign_id]
    return {k: v for k, v in row.items() if k not in ("reason", "source")}


def _write_parse_csv(payload):
    import csv

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["line", "status", "raw", "name", "org_id", "method", "score", "reason"])
    rows = []
    for s in payload["signatories"]:
        rows.append(
            [
                s["line"],
                "signatory",
                s["raw"],
                s["name"],
                s["org_id"] or "",
                s["match"]["method"],
                s["match"]["score"],
                "",
            ]
        )
    for m in payload["mentions"]:
        rows.append(
            [
                m["line"],
                m["role"],
                m["raw"],
                m["name"],
                m["org_id"] or "",
                m["match"]["method"],
                m["match"]["score"],
                "",
            ]
        )
    for r in payload["rejected"]:
        rows.append([r["line"], "rejected", r["raw"], "", "", "", "", r["reason"]])
    from netlib.io.tables import neutralise_cell

    for row in sorted(rows, key=lambda r: (r[0], r[1], str(r[2]))):
        writer.writerow([neutralise_cell(c) if isinstance(c, str) else c for c in row])


def _cmd_add(args):
    from netlib.io.manifest import add_document

    row = add_document(
        args.path,
        kind=args.kind,
        raw_dir=args.raw,
        title=args.title,
        outlet=args.outlet,
        published=args.published,
        note=args.note,
        origin=args.source,
    )
    print(f"added {row.doc_id} ({row.file}) to {Path(args.raw) / 'manifest.csv'}")
    print(
        "next: link it to its campaign in data/curation/campaign_documents.csv "
        "(and campaigns.csv for a new campaign), then `netlib build`"
    )
    return 0


def build_summary(out_dir, tables, to_review):
    """The line ``netlib build`` ends with, counts in words that agree with them.

    >>> build_summary("out", {"documents": [1], "campaigns": [1, 2], "organisations": [1],
    ...                       "signatures": [1], "rejected": []}, 1)
    'built out: 1 document, 2 campaigns, 1 organisation, 1 signature, 0 rejected, 1 to review'
    """
    counts = [
        plural(len(tables["documents"]), "document"),
        plural(len(tables["campaigns"]), "campaign"),
        plural(len(tables["organisations"]), "organisation"),
        plural(len(tables["signatures"]), "signature"),
        f"{len(tables['rejected'])} rejected",
        f"{to_review} to review",
    ]
    return f"built {out_dir}: {', '.join(counts)}"


def _cmd_build(args):
    from netlib.build import build_corpus

    progress = None
    if sys.stderr.isatty():
        from tqdm import tqdm

        def progress(rows, total):
            return tqdm(rows, total=total, desc="documents", unit="doc")

    cluster = contextlib.nullcontext()
    if args.scheduler:
        from netlib.cluster import dask_executor

        cluster = dask_executor(args.scheduler)
    with cluster as executor:
        result = build_corpus(
            args.raw,
            args.out,
            args.curation,
            progress=progress,
            jobs=args.jobs,
            executor=executor,
            max_letter_size=args.max_letter_size,
        )
    for notice in result.notices:
        print(f"warning: {notice}", file=sys.stderr)
    t = result.tables
    print(build_summary(result.out_dir, t, len(result.extra_tables["review"])))
    return 0


def _positive_int(text):
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: expected a whole number, at least 1")
    return value


def _parse_params(pairs):
    params = {}
    for name, value in pairs or []:
        if not name.isidentifier():
            raise InputError(f"-p {name}", "a parameter name must be a Python identifier")
        params[name] = _coerce(value)
    return params


def _coerce(value):
    """Read a -p value as YAML-ish scalars: true/false, integers, floats, else a string."""
    lowered = value.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("none", "null"):
        return None
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def _cmd_report(args):
    from netlib.present.report import run_reports

    params = _parse_params(args.param)
    out = Path(args.out) if args.out else None
    result = run_reports(
        data_dir=Path(args.data) if args.data else paths.PROCESSED_DIR,
        reports_dir=out / "reports" if out else paths.REPORTS_DIR,
        figures_dir=out / "figures" if out else paths.FIGURES_DIR,
        parameters=params,
        notebooks=args.notebook or None,
        jobs=args.jobs,
    )
    for line in result:
        print(line)
    return 0


def _cmd_synth(args):
    from netlib.dev import synth

    if args.size:
        orgs, campaigns, signatures = synth.SIZES[args.size]
    else:
        orgs, campaigns, signatures = args.orgs, args.campaigns, args.signatures
    if not (orgs and campaigns and signatures):
        raise InputError(
            "netlib synth", "give --size S|M|L or all of --orgs, --campaigns, --signatures"
        )
    tables = synth.generate(orgs, campaigns, signatures, seed=args.seed)
    synth.write(tables, args.out)
    print(f"wrote a synthetic corpus to {args.out}: {len(tables['signatures'])} signatures")
    return 0


def _cmd_bench(args):
    from netlib.dev import bench

    result = bench.run(args.data, baseline=args.baseline, baseline_timeout=args.baseline_timeout)
    if args.json:
        json.dump(result, sys.stdout, indent=2, sort_keys=True)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(bench.format_markdown(result) + "\n")
    return 0


def _cmd_eval(args):
    from netlib.evaluation import run_evaluation

    sys.stdout.write(run_evaluation(args.out, args.json, set_floors=args.set_floors))
    return 0


def _cmd_review(args):
    from netlib.resolve.curation import record_judgement

    record_judgement(
        args.curation or paths.CURATION_DIR,
        args.name,
        args.org_id,
        args.decision,
        reason=args.reason,
        source=args.source,
        reviewer=args.reviewer,
    )
    print(f"recorded: {args.name!r} {args.decision} {args.org_id} (data/curation/judgements.csv)")
    return 0


def _subcommand(sub, name, summary, description, example):
    """A subparser whose --help says what it does, what it writes and how to call it."""
    return sub.add_parser(
        name,
        help=summary,
        description=f"{summary[0].upper()}{summary[1:]}.\n\n{description}",
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def build_parser():
    parser = _Parser(
        prog="netlib",
        description=(
            "Turn coalition sign-on letters and news articles into an organisation–campaign "
            "network, and explain it."
        ),
        epilog=(
            "The main job is `make report` (build, then report); `netlib COMMAND --help` "
            "explains each command. Exit status 2 means bad usage or unusable input, "
            "with one line naming the file and the problem."
        ),
    )
    parser.add_argument("--version", action="version", version=f"netlib {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, parser_class=_Parser, metavar="COMMAND"
    )

    p = _subcommand(
        sub,
        "parse",
        "extract one document's signatories or mentions to stdout",
        "Reads any document (text, Markdown, HTML, PDF, DOCX, CSV/TSV/XLSX, JSON, YAML; it\n"
        "need not be in the corpus), finds its signatory blocks (a\n"
        "letter) or the organisations, counts and targets it reports (an article), and\n"
        "resolves every name against the organisations the corpus already knows, so the\n"
        "same organisation gets the same org_id. Uncertain matches come with ranked\n"
        "candidates; every block line not taken is listed under rejected with a reason.\n"
        "Personal names are never printed. Nothing is written to disk.",
        "netlib parse my-letter.pdf --kind letter --format csv",
    )
    p.add_argument(
        "path",
        help="a letter or article: text, Markdown, HTML, PDF, DOCX, CSV/TSV/XLSX, JSON or YAML",
    )
    p.add_argument(
        "--as",
        dest="input_format",
        choices=list(FORMATS),
        help="the file's format (default: sniffed from its bytes and extension)",
    )
    p.add_argument(
        "--column",
        help="in a table or data file, the column or field that names the signatories "
        "(default: detected from the header)",
    )
    p.add_argument(
        "--kind",
        choices=["letter", "article"],
        help="how to read it (default: a letter if its signatory blocks are a quarter of it)",
    )
    p.add_argument(
        "--format", choices=["json", "csv"], default="json", help="output format (default json)"
    )
    p.add_argument(
        "--data", type=Path, help="processed data to resolve against (default data/processed)"
    )
    p.add_argument("--curation", type=Path, help="curation folder (default data/curation)")
    p.set_defaults(func=_cmd_parse)

    p = _subcommand(
        sub,
        "add",
        "copy a document into data/raw and list it in the manifest",
        "Checks that the file is usable text, copies it byte for byte to\n"
        "data/raw/NNN_<sha256 prefix>.txt and appends its row (with the checksum) to\n"
        "data/raw/manifest.csv. Then link it to its campaign in data/curation/ and build.",
        'netlib add letter.txt --kind letter --title "Letter to X" --published 2021-03-02',
    )
    p.add_argument("path", help="the text file to add")
    p.add_argument("--kind", choices=["letter", "article"], required=True, help="what it is")
    p.add_argument("--title", default="", help="the document's title")
    p.add_argument("--outlet", default="", help="who published it (newspaper, coalition, ...)")
    p.add_argument("--published", default="", help="publication date: YYYY-MM-DD, YYYY-MM or YYYY")
    p.add_argument("--note", default="", help="a caveat for readers of the manifest")
    p.add_argument("--source", default="", help="where it was found: a URL or a repository path")
    p.add_argument("--raw", type=Path, default=paths.RAW_DIR, help="raw folder (default data/raw)")
    p.set_defaults(func=_cmd_add)

    p = _subcommand(
        sub,
        "build",
        "turn the whole corpus into tables, graph exports and a data package",
        "Reads data/raw/manifest.csv (refusing a missing file or a checksum mismatch),\n"
        "parses every document, resolves organisations through data/curation/, and writes\n"
        "data/processed/: documents, campaigns, organisations, signatures, rejected,\n"
        "article_facts and review CSVs, network.graphml, network.gexf, cosigning.csv,\n"
        "datapackage.json and build.json. The folder is swapped in whole at the end: a\n"
        "failed or killed build leaves the previous output as it was. A second build into\n"
        "the same folder while one runs stops at once (exit 2) naming the pid that holds it.",
        "netlib build --out /tmp/processed",
    )
    p.add_argument("--raw", type=Path, help="folder with manifest.csv (default data/raw)")
    p.add_argument("--out", type=Path, help="output folder (default data/processed)")
    p.add_argument("--curation", type=Path, help="curation folder (default data/curation)")
    workers = p.add_mutually_exclusive_group()
    workers.add_argument(
        "--jobs",
        type=_positive_int,
        default=None,
        help="local processes that read and parse documents (default: every core; the "
        "output is the same for any number)",
    )
    workers.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="parse on the workers of the Dask scheduler at ADDRESS (tcp://HOST:8786; needs "
        "netlib[cluster], and the workers must see the raw folder at the same path); same "
        "output as a local build",
    )
    p.add_argument(
        "--max-letter-size",
        type=_positive_int,
        default=DEFAULT_MAX_LETTER_SIZE,
        metavar="N",
        help="big-letter policy: a campaign of more than N organisations adds no pair to "
        "cosigning.csv (a notice names it; its signatures stay in every table). "
        f"Default {DEFAULT_MAX_LETTER_SIZE}",
    )
    p.set_defaults(func=_cmd_build)

    p = _subcommand(
        sub,
        "report",
        "execute every notebook with papermill and write the HTML reports",
        "Runs each notebook in notebooks/ against the processed data with papermill\n"
        "(kernel python3), writes its figures (SVG or PNG, each with the CSV behind it) to\n"
        "figures/, the executed notebook and an HTML report (code hidden, figures embedded)\n"
        "to reports/, and reports/index.html listing the reports with their parameters and\n"
        "the corpus version. Outputs are swapped in only when every notebook succeeded,\n"
        "reports and figures together. A second run while one is writing the same folders\n"
        "stops at once (exit 2) naming the pid of the run that holds them.",
        "netlib report -p fig_format png -p top_n 10 --out /tmp/out",
    )
    p.add_argument("--data", help="processed data folder (default data/processed)")
    p.add_argument("--out", help="write reports/ and figures/ under this folder instead")
    p.add_argument(
        "-p",
        "--param",
        nargs=2,
        action="append",
        metavar=("NAME", "VALUE"),
        help="a notebook parameter (repeatable), e.g. -p top_n 15",
    )
    p.add_argument(
        "--notebook",
        action="append",
        help="run only this notebook, by file name (repeatable)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="notebooks executed at once, one kernel each (default: one per core; the "
        "outputs are the same for any number)",
    )
    p.set_defaults(func=_cmd_report)

    p = _subcommand(
        sub,
        "review",
        "record a judgement on a name–organisation candidate",
        "Stores a person's decision on a candidate match from data/processed/review.csv in\n"
        "data/curation/judgements.csv, with its reason and source. positive: the name is\n"
        "that organisation from now on; negative: never propose it again; unsure: keep\n"
        "them apart and stop asking.",
        'netlib review "Media Justice" mediajustice positive --reason "same group" '
        '--source "004 line 40"',
    )
    p.add_argument("name", help="the name as written in the document")
    p.add_argument("org_id", help="the candidate organisation's org_id")
    p.add_argument("decision", choices=["positive", "negative", "unsure"], help="the judgement")
    p.add_argument("--reason", required=True, help="why (kept with the judgement)")
    p.add_argument("--source", required=True, help="document and line, or a URL")
    p.add_argument(
        "--reviewer", default=os.environ.get("USER", ""), help="who decided (default $USER)"
    )
    p.add_argument("--curation", type=Path, help="curation folder (default data/curation)")
    p.set_defaults(func=_cmd_review)

    p = _subcommand(
        sub,
        "eval",
        "score the parser on the real documents of eval/ (writes EVALUATION.md)",
        "Parses every document of eval/letters and eval/articles as `netlib parse` does and\n"
        "compares it with the truth read off it by hand: recall, precision, block lines\n"
        "unaccounted, personal names leaked, roles, counts. Writes EVALUATION.md and\n"
        "eval/letters/results.json; prints the overall tables.",
        "netlib eval --set-floors",
    )
    p.add_argument("--out", type=Path, help="the report (default EVALUATION.md)")
    p.add_argument("--json", type=Path, help="the figures (default eval/letters/results.json)")
    p.add_argument(
        "--set-floors",
        action="store_true",
        help="write these figures as the floors tests/test_evaluation.py holds the parser to",
    )
    p.set_defaults(func=_cmd_eval)

    p = _subcommand(
        sub,
        "synth",
        "write a reproducible synthetic corpus in the processed-table format",
        "Heavy-tailed letter sizes (most 5-100, a few in the thousands), heavy-tailed\n"
        "organisation activity and chapters; the same seed gives the same tables, which\n"
        "build's exports, report and bench read like a real corpus. Named sizes: S (2,000\n"
        "organisations, 200 letters, ~10k signatures), M (50k, 5k, ~500k), L (200k, 20k, ~2M).",
        "netlib synth --size M --seed 0 --out /tmp/netlib-bench/M",
    )
    p.add_argument("--size", choices=["S", "M", "L"], help="a named size")
    p.add_argument("--orgs", type=int, help="number of organisations (instead of --size)")
    p.add_argument("--campaigns", type=int, help="number of letters (instead of --size)")
    p.add_argument("--signatures", type=int, help="number of signatures (instead of --size)")
    p.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    p.add_argument("--out", type=Path, required=True, help="output folder")
    p.set_defaults(func=_cmd_synth)

    p = _subcommand(
        sub,
        "bench",
        "time each analysis stage on a processed corpus, with peak memory",
        "Loads the tables, then times biadjacency, projection, PageRank, clusters, backbone\n"
        "and exports in one process, with the projection's number of pairs, and compares\n"
        "the projection with a bare scipy B @ B.T and the implicit measures with the\n"
        "materialised ones. `make bench` turns the JSON into BENCHMARKS.md.",
        "netlib bench --data /tmp/netlib-bench/S --json --baseline networkx",
    )
    p.add_argument("--data", type=Path, required=True, help="a processed-table folder")
    p.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    p.add_argument(
        "--baseline", choices=["networkx"], help="also run the plain networkx path, capped"
    )
    p.add_argument(
        "--baseline-timeout",
        type=float,
        default=120.0,
        help="seconds before the baseline is stopped (default 120)",
    )
    p.set_defaults(func=_cmd_bench)
    return parser


def main(argv=None):
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        print(f"netlib {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"netlib {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug, not bad input: still one line, with a way to see more
        if os.environ.get("NETLIB_DEBUG"):
            raise
        print(
            f"netlib {args.command}: internal error: {type(exc).__name__}: {exc} "
            "(set NETLIB_DEBUG=1 for the traceback)",
            file=sys.stderr,
        )
        return 1
