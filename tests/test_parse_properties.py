"""Property-based tests of the parser: it never raises, and no line of a signatory block is lost."""

from hypothesis import given, settings
from hypothesis import strategies as st

from netlib.parse import parse_article, parse_letter

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True)
_ZERO_WIDTH = "\u200b\u200c\u200d\ufeff\u2060"

PIECES = st.sampled_from(
    [
        "Signed,",
        "Sincerely,",
        "Signed by:",
        "Individual signers:",
        "State and local groups",
        "Fight for the Future",
        "Oakland Privacy",
        "Jane Roe, Professor",
        "ACLU",
        "Starting Over, Inc.",
        "and many others",
        "cc: Board",
        "Page 2 of 3",
        "https://example.org",
        "-----",
        "###",
        "* ",
        "- ",
        "1. ",
        "•",
        ", ",
        "; ",
        " | ",
        " · ",
        "<li><b>",
        "</b></li>",
        "**",
        "[Mijente](https://mijente.net)",
        "&amp;",
        "&lt;",
        "\u00a0",
        "\u200b",
        "\u201c",
        "\u2019",
        "\u202e",
        "\x01",
        "\x0b",
        "=SUM(A1)",
        "June 3, 2020",
        "more than 100 organizations signed a letter urging Microsoft to stop.",
        "Mr. Doe of Example Union said.",
        "(",
        ")",
        ".",
        "...",
        " ",
        "\U0001f600",
    ]
)
LINE = st.one_of(st.lists(PIECES, max_size=6).map("".join), st.text(max_size=40))
LINES = st.lists(LINE, max_size=25)


def _blank(line):
    return not line.translate(dict.fromkeys(map(ord, _ZERO_WIDTH))).strip()


@SETTINGS
@given(LINES)
def test_parse_letter_never_raises_and_loses_no_block_line(lines):
    result = parse_letter(lines)
    taken = {e.line for e in result.entries} | {r.line for r in result.rejected}
    for first, last in result.blocks:
        assert 1 <= first <= last <= len(lines)
        for number in range(first, last + 1):
            if not _blank(lines[number - 1]):
                assert number in taken, (number, lines[number - 1])


@SETTINGS
@given(LINES)
def test_parse_letter_keeping_names_never_raises(lines):
    parse_letter(lines, known_names=["Fight for the Future", "ACLU"], keep_personal_names=True)


@SETTINGS
@given(LINES)
def test_parse_article_never_raises(lines):
    result = parse_article(lines, known_names=["Fight for the Future"])
    for item in [*result.mentions, *result.counts, *result.targets, *result.rejected]:
        assert 1 <= item.line <= len(lines)
