"""Time the parser on hostile inputs (the worst shapes we could construct for its regexes).

Usage::

    .venv/bin/python benchmarks/robustness_timings.py            # print a timing table
    .venv/bin/python benchmarks/robustness_timings.py --case NAME  # parse one case once (tests)
    .venv/bin/python benchmarks/robustness_timings.py --list       # the case names

Each case is parsed as a letter and as an article, at full size and at half size: a parser that
is linear takes about twice as long for twice the input (the "ratio" column). The test suite
runs every case with ``--case`` under a generous hard timeout as a hang guard only; the timings
themselves are never asserted (machines are noisy).
"""

from __future__ import annotations

import argparse
import sys
import time

MB = 1 << 20


def _one_line(unit, size):
    return [unit * max(1, size // len(unit))]


def _many_lines(line, count):
    return [line] * count


#: name -> (description, function of a scale factor in (0, 1] returning the document's lines)
CASES = {
    "line-4mb-words": (
        "one 4 MB line of words and commas",
        lambda s: _one_line("Fight for the Future, ", int(4 * MB * s)),
    ),
    "line-4mb-prose": (
        "one 4 MB line of sentences",
        lambda s: _one_line("The Coalition signed a letter urging Microsoft. ", int(4 * MB * s)),
    ),
    "list-100k-lines": (
        "'Signed,' then 100,000 distinct organisation lines",
        lambda s: ["Signed,"] + [f"Example Group {i} Coalition" for i in range(int(100_000 * s))],
    ),
    "list-100k-people": (
        "'Signed,' then 100,000 person-shaped lines",
        lambda s: ["Signed,"] + [f"Jane Roe{i}, Professor" for i in range(int(100_000 * s))],
    ),
    "dots-1mb": ("1 MB of '.'", lambda s: _one_line(".", int(MB * s))),
    "dots-spaced-1mb": ("1 MB of '. '", lambda s: _one_line(". ", int(MB * s))),
    "commas-1mb": ("1 MB of ','", lambda s: _one_line(",", int(MB * s))),
    "commas-spaced-1mb": ("1 MB of ', '", lambda s: _one_line("A, ", int(MB * s))),
    "spaces-1mb": ("x, 1 MB of spaces, y", lambda s: ["x" + " " * int(MB * s) + "y"]),
    "column-gaps-1mb": (
        "'Org<TAB>Org   ' 1 MB (column gaps)",
        lambda s: _one_line("Org\tOrg   ", int(MB * s)),
    ),
    "slug-1mb": ("'a-' 1 MB (a web slug that never ends)", lambda s: _one_line("a-", int(MB * s))),
    "including-1mb": (
        "'groups, including A and B, ' 1 MB",
        lambda s: _one_line(
            "groups, including Alpha Org and Beta Org, signed a letter, ", int(MB * s)
        ),
    ),
    "state-headings-100k": (
        "'Signed,' then 100,000 lines alternating a state and an organisation",
        lambda s: (
            ["Signed,"]
            + [("Alabama" if i % 2 else f"Example Group {i}") for i in range(int(100_000 * s))]
        ),
    ),
    "repeated-lists-100k": (
        "20,000 lists of five under 'Signed,', each repeating one name of the list before",
        lambda s: [
            line
            for i in range(int(20_000 * s))
            for line in [
                "Signed,",
                "Example Group 0",
                *(f"Example Group {i}-{j}" for j in range(4)),
            ]
        ],
    ),
    "letterhead-100k": (
        "a 100,000-line letterhead above a letter: names parted by dashes, one line in three none",
        lambda s: (
            [
                (
                    "Alpha Group {0} – Beta Council {0} – Gamma Alliance for",
                    "Delta {0} – Eta {0} –",
                )[i % 3].format(i)
                if i % 3 < 2
                else f"Wrapped Name {i}"
                for i in range(int(100_000 * s))
            ]
            + ["Dear Senator,", "We ask you to pass the bill this year."]
        ),
    ),
    "initials-1mb": ("'A.A.A.A...' 1 MB", lambda s: _one_line("A.", int(MB * s))),
    "initials-spaced-1mb": ("'A. A. A. ...' 1 MB", lambda s: _one_line("A. ", int(MB * s))),
    "open-parens-1mb": ("1 MB of '('", lambda s: _one_line("(", int(MB * s))),
    "nested-parens-1mb": (
        "'((((x))))' nested 500k deep",
        lambda s: ["(" * int(MB * s / 2) + "x" + ")" * int(MB * s / 2)],
    ),
    "angles-1mb": ("1 MB of '<'", lambda s: _one_line("<", int(MB * s))),
    "open-tags-1mb": (
        "'<a <a <a' 1 MB (tags never closed)",
        lambda s: _one_line("<a ", int(MB * s)),
    ),
    "brackets-1mb": (
        "'[](' 1 MB (Markdown links never closed)",
        lambda s: _one_line("[](", int(MB * s)),
    ),
    "entities-1mb": ("'&amp;' 1 MB", lambda s: _one_line("&amp;", int(MB * s))),
    "dashes-1mb": ("1 MB of '-'", lambda s: _one_line("-", int(MB * s))),
    "dashes-spaced-1mb": (
        "'x - - - - ... logo' 1 MB",
        lambda s: ["x" + " -" * int(MB * s / 2) + "y"],
    ),
    "underscores-logo-1mb": (
        "'a_ _ _ ...' 1 MB, no 'logo' at the end",
        lambda s: ["a" + "_ " * int(MB * s / 2) + "z"],
    ),
    "signed-100k": (
        "'Signed,' on 100,000 lines",
        lambda s: _many_lines("Signed,", int(100_000 * s)),
    ),
    "signed-by-inline-1mb": (
        "'Signed by: A, B, C, ...' 1 MB on one line",
        lambda s: ["Signed by: " + "Org, " * int(MB * s / 5)],
    ),
    "long-word-1mb": ("one 1 MB word", lambda s: _one_line("a", int(MB * s))),
    "long-capital-word-1mb": ("one 1 MB capitalised word", lambda s: ["A" + "b" * int(MB * s)]),
    "connectors-1mb": ("'of of of ...' 1 MB", lambda s: _one_line("of ", int(MB * s))),
    "capitals-1mb": ("'Aa Aa Aa ...' 1 MB", lambda s: _one_line("Aa ", int(MB * s))),
    "the-1mb": ("'The The The ...' 1 MB", lambda s: _one_line("The ", int(MB * s))),
    "digits-commas-1mb": ("'1,111,111,...' 1 MB", lambda s: ["1" + ",111" * int(MB * s / 4)]),
    "months-1mb": ("'January January ...' 1 MB", lambda s: _one_line("January ", int(MB * s))),
    "dates-1mb": ("'June 3, 2020 ' 1 MB", lambda s: _one_line("June 3, 2020 ", int(MB * s))),
    "numbers-1mb": ("'1. 2. 3. ' 1 MB", lambda s: _one_line("1. ", int(MB * s))),
    "more-than-1mb": (
        "'more than more than ... 100 groups' 1 MB",
        lambda s: [("more than " * int(MB * s / 10)) + "100 groups signed"],
    ),
    "signed-by-list-1mb": (
        "article: 'signed by A, B, C, ... and others' 1 MB",
        lambda s: [
            "The letter was signed by " + "Example Org, " * int(MB * s / 13) + "and others."
        ],
    ),
    "urls-1mb": ("'http://x' 1 MB", lambda s: _one_line("http://x.org/", int(MB * s))),
    "emails-1mb": ("'a@a' 1 MB", lambda s: _one_line("a@", int(MB * s))),
    "separators-1mb": ("';|·' 1 MB", lambda s: _one_line("; | · ", int(MB * s))),
    "quotes-1mb": ("'\"' 1 MB", lambda s: _one_line('"', int(MB * s))),
    "unicode-1mb": (
        "NBSP, zero-width, smart quotes, RTL, emoji 1 MB",
        lambda s: _one_line("\u00a0\u200b\u201cX\u201d\u202e\U0001f600 ", int(MB * s)),
    ),
    "hash-1mb": ("1 MB of '#'", lambda s: _one_line("#", int(MB * s))),
    "colons-1mb": ("'cc: ' 1 MB", lambda s: _one_line("cc: ", int(MB * s))),
}


def _html_cards(count):
    cards = "".join(
        f'<div class="card"><img alt="Org {i} logo"><h4>O{i}</h4><p>Org {i} - France</p></div>'
        for i in range(count)
    )
    return f"<html><body><h2>Signatories</h2><div class='grid'>{cards}</div></body></html>"


def _nested_divs(depth):
    return "<html><body>" + "<div><p>Org</p>" * depth + "</div>" * depth + "</body></html>"


#: Readers: name -> (description, file suffix, function of a scale returning the file's text)
def _grid_table(wrapped, rows):
    border = "+" + "-" * 30 + "+" + "-" * 30 + "+\n"
    first = "".join(f"| Example Group {i:<14} | Country{' ' * 23}|\n" for i in range(wrapped))
    others = "".join(f"{border}| Group {i:<22} | Chile{' ' * 25}|\n" for i in range(rows))
    return border + first + others + border


READER_CASES = {
    "html-20k-cards": (
        "HTML: 20,000 logo cards in one grid",
        ".html",
        lambda s: _html_cards(int(20_000 * s)),
    ),
    "html-deep-4k": ("HTML: 4,000 nested <div>s", ".html", lambda s: _nested_divs(int(4_000 * s))),
    "markdown-50k-table": (
        "Markdown: a table of 50,000 rows",
        ".md",
        lambda s: (
            "| Organisation | Country |\n|---|---|\n"
            + "".join(f"| Org {i} | France |\n" for i in range(int(50_000 * s)))
        ),
    ),
    "markdown-grid-table-100k": (
        "Markdown: a Pandoc grid table of one 50,000-line row, then 25,000 rows",
        ".md",
        lambda s: _grid_table(int(50_000 * s), int(25_000 * s)),
    ),
    "csv-100k-rows": (
        "CSV: 100,000 rows, the name among other columns",
        ".csv",
        lambda s: (
            "id,Organization,City,Contact\n"
            + "".join(f"{i},Org {i},Oakland,Jane Roe\n" for i in range(int(100_000 * s)))
        ),
    ),
    "json-100k-records": (
        "JSON: 100,000 records",
        ".json",
        lambda s: (
            "["
            + ",".join(
                f'{{"name": "Org {i}", "logo": "o{i}.png"}}' for i in range(int(100_000 * s))
            )
            + "]"
        ),
    ),
    "yaml-20k-records": (
        "YAML: 20,000 records",
        ".yml",
        lambda s: "".join(f"- name: Org {i}\n  url: x\n" for i in range(int(20_000 * s))),
    ),
}


#: Parsed and resolved against a registry that knows a few names, as ``netlib parse`` does:
#: name -> (description, function of a scale returning the document's lines)
RESOLVED_CASES = {
    "line-89k-words-resolved": (
        "'Signed,' then one line of 89,000 words (known names among them), resolved",
        lambda s: ["Signed,", " ".join(["Fight for the Future Media Alliance"] * int(14_800 * s))],
    ),
}
_KNOWN = ["Fight for the Future", "Media Alliance", "Oakland Privacy"]


def _run_resolved_case(name, kind, scale):
    from netlib.build import extract_document
    from netlib.resolve.curation import Curation
    from netlib.resolve.registry import Registry

    organisations = [
        {"org_id": f"org-{i}", "name": known, "parent_org_id": "", "relation": ""}
        for i, known in enumerate(_KNOWN)
    ]
    registry = Registry.from_curation(Curation(organisations=organisations))
    lines = RESOLVED_CASES[name][1](scale)
    start = time.perf_counter()
    extract_document("case", kind, lines, registry)
    return time.perf_counter() - start


def _run_reader_case(name, kind, scale):
    import tempfile
    from pathlib import Path

    from netlib.parse import parse_article, parse_letter
    from netlib.readers import read

    _, suffix, make = READER_CASES[name]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"case{suffix}"
        path.write_text(make(scale), encoding="utf-8")
        start = time.perf_counter()
        model = read(path)
        if kind == "letter":
            parse_letter(model.lines, units=model.units)
        else:
            parse_article(model.lines)
        return time.perf_counter() - start


def run_case(name, kind, scale=1.0):
    """Parse one case; return the seconds it took."""
    from netlib.parse import parse_article, parse_letter

    if name in READER_CASES:
        return _run_reader_case(name, kind, scale)
    if name in RESOLVED_CASES:
        return _run_resolved_case(name, kind, scale)
    lines = CASES[name][1](scale)
    parse = parse_letter if kind == "letter" else parse_article
    start = time.perf_counter()
    parse(lines)
    return time.perf_counter() - start


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--case", help="parse this case once (both kinds) and exit 0")
    parser.add_argument("--kind", choices=["letter", "article"], help="only this kind")
    parser.add_argument("--list", action="store_true", help="print the case names")
    args = parser.parse_args(argv)
    kinds = [args.kind] if args.kind else ["letter", "article"]
    if args.list:
        print("\n".join([*CASES, *READER_CASES, *RESOLVED_CASES]))
        return 0
    if args.case:
        for kind in kinds:
            run_case(args.case, kind)
        return 0
    print(f"{'case':<24} {'kind':<8} {'half (s)':>9} {'full (s)':>9} {'ratio':>6}  input")
    every = [(n, d) for n, (d, _) in CASES.items()]
    every += [(n, d) for n, (d, _, _) in READER_CASES.items()]
    every += [(n, d) for n, (d, _) in RESOLVED_CASES.items()]
    for name, description in every:
        for kind in kinds:
            half = run_case(name, kind, 0.5)
            full = run_case(name, kind, 1.0)
            ratio = full / half if half > 1e-4 else float("nan")
            print(
                f"{name:<24} {kind:<8} {half:9.3f} {full:9.3f} {ratio:6.2f}  {description}",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
