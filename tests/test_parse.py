"""netlib.parse: signatory blocks of letters, campaign mentions in articles.

Every expected value below was counted by hand from the document (line numbers as an editor
shows them) and is written out literally, not computed by the code under test.
"""

from dataclasses import astuple
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netlib.io.documents import read_document
from netlib.parse import clean_name, parse_article, parse_letter, split_sentences
from netlib.readers import read
from tests.conftest import SEED_RAW as RAW

FIXTURES = Path(__file__).parent / "fixtures"
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u2060"), None)


def lines_of(path):
    return read_document(path).lines


def letter(name, **kwargs):
    return parse_letter(lines_of(FIXTURES / "letters" / name), **kwargs)


def article(name, **kwargs):
    return parse_article(lines_of(FIXTURES / "articles" / name), **kwargs)


def seed(prefix):
    (path,) = RAW.glob(f"{prefix}_*.txt")
    return lines_of(path)


def orgs(result):
    return [(e.line, e.name) for e in result.entries if e.kind == "organisation"]


def rejections(result):
    return [(r.line, r.raw, r.reason) for r in result.rejected]


def all_text(result):
    """Every string the result carries, for privacy checks."""
    parts = []
    for field in ("entries", "rejected", "mentions", "counts", "targets"):
        for item in getattr(result, field, []):
            parts.extend(str(value) for value in astuple(item))
    return "\n".join(parts)


# ---------------------------------------------------------------------------------------------
# clean_name
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("- Fight for the Future", "Fight for the Future"),
        ("12. Media Alliance", "Media Alliance"),
        ("2) Oakland Privacy", "Oakland Privacy"),
        ("(3) Densho", "Densho"),
        ("• · RAICES", "RAICES"),
        ("\u201cStarting Over, Inc.\u201d", "Starting Over, Inc."),
        ("Starting Over, Inc.,", "Starting Over, Inc."),
        ("A.C.L.U.", "A.C.L.U."),
        ("TechActivist.Org.", "TechActivist.Org"),
        ("Free Press.", "Free Press"),
        ("<b>Data for Black Lives</b>", "Data for Black Lives"),
        ('<a href="https://x.org/a">Media Alliance</a>', "Media Alliance"),
        ("Defending Rights &amp; Dissent", "Defending Rights & Dissent"),
        ("**Color Of Change**", "Color Of Change"),
        ("[Mijente](https://example.org/m)", "Mijente"),
        ("Oakland\u200b Priv\u2060acy\ufeff", "Oakland Privacy"),
        ("Free\u00a0Press\u00a0 Action", "Free Press Action"),
        ("Women\u2019s League;", "Women's League"),
        ("Tenants United |", "Tenants United"),
        ("\u2022", ""),
        (",,", ""),
        ("X-Lab", "X-Lab"),
        ("18MillionRising.org", "18MillionRising.org"),
    ],
)
def test_clean_name(raw, expected):
    assert clean_name(raw) == expected


# ---------------------------------------------------------------------------------------------
# The seed letter
# ---------------------------------------------------------------------------------------------


def test_seed_letter_block_and_entries():
    lines = seed("004")
    # Counted in the file: 101 lines, "Signed," on line 13, signatories on lines 14-101, the
    # last one ("X-Lab") without a newline.
    assert len(lines) == 101
    assert lines[12] == "Signed,"
    result = parse_letter(lines)
    assert result.blocks == [(14, 101)]
    assert [e.line for e in result.entries] == list(range(14, 102))
    assert len(result.entries) == 88
    assert {e.kind for e in result.entries} == {"organisation"}
    assert result.rejected == []
    assert all(e.raw == lines[e.line - 1] for e in result.entries)
    names = {e.line: e.name for e in result.entries}
    assert names[14] == "American Civil Liberties Union"
    # the state after the comma is the entry's location (the registry, which knows the
    # chapter by its full name, keeps it whole: see test_seed_network)
    assert names[36] == "Council on American Islamic Relations"
    locations = {e.line: e.location for e in result.entries}
    assert (locations[36], locations[37], locations[14]) == ("Massachusetts", "California", None)
    assert names[91] == "Starting Over, Inc."
    assert names[57] == "Harrington Investments, Inc."
    assert names[100] == "Women's International League for Peace and Freedom"
    assert names[101] == "X-Lab"
    for line, name in [(42, "Densho"), (72, "Mijente"), (87, "RAICES"), (83, "OneAmerica")]:
        assert names[line] == name
    for line, name in [(46, "Entre Hermanos"), (68, "Lucy Parsons Labs"), (21, "Access Now")]:
        assert names[line] == name
    assert (result.date, result.date_precision) == ("2019-01-15", "day")


def test_seed_letter_header_is_not_a_signatory():
    result = parse_letter(seed("004"))
    touched = {e.line for e in result.entries} | {r.line for r in result.rejected}
    assert not touched & set(range(1, 14))
    assert "Nadella" not in all_text(result)


def test_seed_letter_possible_merge_flag():
    known = ["Center for Media Justice", "ACLU", "Fight for the Future"]
    result = parse_letter(seed("004"), known_names=known)
    flagged = {e.line: e.flags for e in result.entries if e.flags}
    assert flagged == {32: ("possible-merge:Center for Media Justice",)}
    assert [e.name for e in result.entries if e.line == 32] == [
        "Casa Latina Center for Media Justice"
    ]


# ---------------------------------------------------------------------------------------------
# Letter fixtures, one shape each
# ---------------------------------------------------------------------------------------------


def test_cue_then_one_name_per_line_until_prose():
    result = letter("cue_one_per_line.txt")
    assert result.blocks == [(10, 22)]
    assert orgs(result) == [
        (10, "Tenants United of Hamilton County"),
        (11, "Starting Over, Inc."),
        (12, "Council on American Islamic Relations"),  # location: Massachusetts
        (13, "Free Press Action"),
        (14, "Data for Black Lives"),
        (15, "Oakland Privacy"),
        (18, "Densho"),
        (19, "Mijente"),
        (21, "Entre Hermanos"),
        (22, "RAICES"),
    ]
    assert rejections(result) == [
        (16, "\u2022", "empty entry"),
        (17, "Page 2 of 3", "page furniture"),
        (20, "oakland privacy", "duplicate of line 15"),
    ]
    assert (result.date, result.date_precision) == ("2021-03-03", "day")


def test_headings_bullets_numbers_several_blocks():
    result = letter("headings_bullets.txt")
    assert result.blocks == [(8, 11), (14, 22), (25, 27)]
    got = [(e.line, e.name, e.block, e.heading) for e in result.entries]
    assert got == [
        (8, "American Example Union", 0, "National organizations"),
        (9, "Fight for the Future", 0, "National organizations"),
        (10, "Electronic Example Foundation", 0, "National organizations"),
        (11, "Media Alliance", 0, "National organizations"),
        (14, "Tenants United", 1, "State and local groups"),
        (15, "Oakland Privacy", 1, "State and local groups"),
        (16, "Lucy Parsons Labs", 1, "State and local groups"),
        (17, "X-Lab", 1, "State and local groups"),
        (21, "Our Revolution Arlington", 1, "State and local groups"),
        (22, "Restore the Fourth Silicon Valley", 1, "State and local groups"),
        (25, "Access Now", 2, "International"),
        (26, "Privacy International", 2, "International"),
    ]
    assert rejections(result) == [
        (19, "\u2013 7 \u2013", "page furniture"),
        (27, "\u00b7 Fight for the Future", "duplicate of line 9"),
    ]
    assert (result.date, result.date_precision) == ("2020-06", "month")


def test_lines_with_separators_are_split_when_the_block_says_so():
    result = letter("separated_on_lines.txt")  # CRLF file, inline "Endorsed by: " cue
    assert result.blocks == [(2, 5)]
    assert orgs(result) == [
        (2, "American Example Union"),
        (2, "Fight for the Future"),
        (2, "Oakland Privacy"),
        (2, "Media Alliance"),
        (2, "Densho"),
        (2, "Mijente"),
        (2, "Harrington Investments, Inc."),
        (2, "Lucy Parsons Labs"),
        (3, "Access Now"),
        (3, "Free Press"),
        (3, "Color Of Change"),
        (3, "Demand Progress"),
        (4, "Tenants United"),
        (4, "Data for Black Lives"),
        (4, "Justice for Muslims Collective"),
        (5, "Our Revolution"),
        (5, "SumOfUs"),
        (5, "Entre Hermanos"),
    ]
    assert [(r.line, r.reason) for r in result.rejected] == [(5, "duplicate of line 2")]
    assert all("split-from-line" in e.flags for e in result.entries)


def test_document_that_is_only_a_list_with_markup_and_logos():
    result = letter("list_only.txt")  # no cue at all, no newline at the end
    assert result.blocks == [(1, 10)]
    got = [(e.line, e.name, e.flags) for e in result.entries]
    assert got == [
        (1, "Fight for the Future", ()),
        (2, "Oakland Privacy", ()),
        (3, "Media Alliance", ()),
        (4, "People Power Network", ("from-logo-label",)),
        (5, "PPN", ("from-logo-label",)),
        (6, "Tenants United", ("from-logo-label",)),
        (8, "Densho & Friends", ()),
        (10, "RAICES", ()),
    ]
    assert [e.raw for e in result.entries if e.line == 5] == ["PPN_logo_0520-2"]
    assert rejections(result) == [
        (7, "Logo: Tenants United", "duplicate of line 6"),
        (9, "&#8203;", "empty entry"),
    ]
    assert result.date is None


def test_individuals_are_nameless_by_default():
    result = letter("individuals.txt")
    assert result.blocks == [(7, 13), (16, 22)]
    got = [(e.line, e.kind, e.name, e.block) for e in result.entries]
    assert got == [
        (7, "organisation", "Tenants United", 0),
        (8, "person", None, 0),
        (9, "organisation", "Example Housing Coalition", 0),
        (10, "person", None, 0),
        (11, "organisation", "Entre Hermanos", 0),
        (12, "organisation", "Casa Latina", 0),
        (16, "person", None, 1),
        (17, "person", None, 1),
        (18, "person", None, 1),
        (19, "person", None, 1),
    ]
    assert all(e.raw == "" for e in result.entries if e.kind == "person")
    assert rejections(result) == [
        (13, "Executive Director", "job title (part of a personal signature)"),
        (20, "[withheld]", "duplicate of line 16"),
        (22, "[withheld]", "note in the list, not a signatory"),
    ]
    text = all_text(result)
    for name in ("Rivera", "Sam Lee", "Roe", "Smith", "Alex Doe", "Cruz"):
        assert name not in text


def test_individuals_kept_on_request():
    result = letter("individuals.txt", keep_personal_names=True)
    people = {e.line: e.name for e in result.entries if e.kind == "person"}
    assert people[8] == "Alex Q. Rivera"
    assert people[17] == "Dr. John Smith, Example Institute"
    assert people[19] == "Mar\u00eda de la Cruz"


def test_inline_cue_and_cc_stop():
    result = letter("inline_cue_cc.txt", known_names=["Center for Media Justice", "ACLU"])
    assert result.blocks == [(6, 7)]
    got = [(e.line, e.name, e.flags) for e in result.entries]
    assert got == [
        (6, "ACLU of Example State", ("split-from-line",)),
        (6, "Example Privacy Network", ("split-from-line",)),
        (
            6,
            "Casa Latina Center for Media Justice",
            ("split-from-line", "possible-merge:Center for Media Justice"),
        ),
        (7, "Tenants United", ()),
    ]
    assert result.rejected == []  # "Page 3" after the last name ends the list
    assert "Kim Lee" not in all_text(result) and "Jane Doe" not in all_text(result)
    assert (result.date, result.date_precision) == ("2019-01-15", "day")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["15 January 2019", "Signed,", "A B C Network"], ("2019-01-15", "day")),
        (["Dated: Jan. 5th, 2021", "Sincerely,", "Densho"], ("2021-01-05", "day")),
        (["2020", "Signatories:", "Densho"], ("2020", "year")),
        (["February 30, 2020", "Signed,", "Densho"], (None, None)),
    ],
)
def test_letter_dates(lines, expected):
    result = parse_letter(lines)
    assert (result.date, result.date_precision) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("John Smith", "person"),
        ("Dr. Jane Roe", "person"),
        ("Jane Roe, Example Institute", "person"),
        ("Jane Roe PhD", "person"),
        ("Lucy Parsons Labs", "organisation"),
        ("Densho", "organisation"),
        ("Entre Hermanos", "organisation"),
        ("Starting Over, Inc.", "organisation"),
        ("Access Now", "organisation"),
        ("Our Revolution Arlington", "organisation"),
    ],
)
def test_person_or_organisation(line, kind):
    (entry,) = parse_letter(["Signed,", line]).entries
    assert entry.kind == kind


def test_known_name_is_never_a_person():
    (entry,) = parse_letter(["Signed,", "Sam Lee"], known_names=["Sam Lee"]).entries
    assert (entry.kind, entry.name) == ("organisation", "Sam Lee")


# ---------------------------------------------------------------------------------------------
# Seed articles
# ---------------------------------------------------------------------------------------------

PEOPLE = [
    "Nadella",
    "Satya",
    "Sharpton",
    "Drew-Davi",
    "Jelani",
    "Firmat",
    "Pichai",
    "Zuckerberg",
    "Sandberg",
    "Osterman",
    "Marquis",
    "Musk",
    "Khosrowshahi",
    "Robbins",
    "Floyd",
    "Brad Smith",
    "Tim Cook",
]


def mentions(result):
    return [(m.line, m.name, m.role) for m in result.mentions]


def counts(result):
    return [(c.line, c.count, c.qualifier, c.unit, c.signatory_type) for c in result.counts]


def targets(result):
    return [(t.line, t.name) for t in result.targets]


def test_article_002_signatories_organiser_count_target():
    result = parse_article(seed("002"))
    assert mentions(result) == [
        (7, "Surveillance Technology Oversight Project", "organiser"),
        (23, "Fight for the Future", "signatory"),
        (23, "Immigrant Defense Project", "signatory"),
        (23, "Oakland Privacy", "signatory"),
        (23, "National Action Network", "signatory"),
        (23, "TechActivist.Org", "signatory"),
    ]
    assert counts(result) == [(5, 18, "exact", "groups", "organisations")]
    assert targets(result) == [(1, "Microsoft")]
    assert result.mentions[1].cue == "include"
    assert result.mentions[0].evidence.startswith("The privacy advocacy group Surveillance")


def test_article_003_organiser_and_partners():
    result = parse_article(seed("003"))
    assert mentions(result) == [
        (5, "Kairos Fellowship", "organiser"),
        (5, "The Movement for Black Lives", "partner"),
        (5, "Media Justice", "partner"),
    ]
    assert [m.cue for m in result.mentions] == [
        "spearheaded by",
        "in partnership with",
        "in partnership with",
    ]
    assert targets(result) == [(9, "Amazon"), (9, "Microsoft"), (9, "Nextdoor"), (9, "Google")]
    assert counts(result) == []  # "more than 1,300 police departments" is not a signer count


def test_article_000_count_not_police_departments():
    result = parse_article(seed("000"))
    assert counts(result) == [(18, 250, "about", "workers", "individuals")]
    assert mentions(result) == []
    assert targets(result) == [(22, "Microsoft"), (44, "Amazon")]


def test_article_001_count_organiser_target():
    result = parse_article(seed("001"))
    assert counts(result) == [
        (10, 100, "at_least", "employees", "individuals"),
        (109, 100, "at_least", "employees", "individuals"),
        (165, 100, "at_least", "signatures", "individuals"),
    ]
    assert mentions(result) == [(140, "A.C.L.U.", "organiser")]
    assert (140, "Amazon") in targets(result)
    assert targets(result) == [(52, "Microsoft"), (140, "Amazon")]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_no_personal_name_in_any_article_output(prefix):
    result = parse_article(seed(prefix), known_names=["American Civil Liberties Union"])
    text = all_text(result)
    for name in PEOPLE:
        assert name not in text


def test_web_chrome_is_never_a_mention():
    result = parse_article(seed("001") + seed("002"))
    text = all_text(result)
    for chrome in ("Link to comment", "Replies", "Read More", "Subscribe", "03:34"):
        assert chrome not in text


def test_known_names_without_a_role_are_rejections():
    known = ["International Association of Chiefs of Police", "Fight for the Future"]
    result = parse_article(seed("000"), known_names=known)
    assert rejections(result) == [
        (30, "International Association of Chiefs of Police", "named without a campaign role")
    ]
    result = parse_article(seed("002"), known_names=known)  # named with a role: no rejection
    assert rejections(result) == []


# ---------------------------------------------------------------------------------------------
# Article fixtures
# ---------------------------------------------------------------------------------------------


def test_article_fixture_news_release():
    result = article("news_release.txt")
    assert mentions(result) == [
        (7, "Example Privacy Project", "organiser"),
        (7, "Digital Rights Alliance", "signatory"),
        (7, "Acorn Rising", "signatory"),
        (7, "Tenants Union", "signatory"),
        (7, "Housing Justice League", "signatory"),
    ]
    assert counts(result) == [
        (5, 40, "at_least", "organizations", "organisations"),
        (11, 1200, "about", "employees", "individuals"),
    ]
    assert targets(result) == [(5, "Acme Corp")]
    # "Acorn Rising" has no organisation word, but a signer list names it and it is no
    # person's name: kept (unknown organisations are most of what articles name)
    assert rejections(result) == []
    text = all_text(result)
    assert "Doe" not in text and "Pat Q" not in text and "02:15" not in text
    # a known name is accepted whatever its shape
    result = article("news_release.txt", known_names=["Acorn Rising"])
    assert (7, "Acorn Rising", "signatory") in mentions(result)
    assert rejections(result) == []


def test_article_fixture_forum_thread():
    result = article("forum_thread.txt")
    assert mentions(result) == [
        (5, "Interfaith Example Council", "organiser"),
        (7, "Example Workers Union", "signatory"),
        (7, "Sanctuary Example Network", "signatory"),
        (7, "Acme Workers for Justice", "signatory"),
    ]
    # "Two dozen" is a round number (about 24); "thousands of residents have since signed"
    # is at least two thousand, as the evaluation's truth reads "Hundreds of tech workers have
    # signed" (a_techcrunch_dod_anthropic_letter.md); "Dozens of students" is no number
    assert counts(result) == [
        (5, 24, "about", "groups", "organisations"),
        (9, 2000, "at_least", "residents", "individuals"),
    ]
    assert targets(result) == [(5, "Globex"), (5, "Department of Example Security")]
    assert result.rejected == []
    assert "Okafor" not in all_text(result)


def test_evidence_keeps_names_when_asked():
    result = parse_article(seed("002"), keep_personal_names=True)
    assert "Sharpton" in result.mentions[4].evidence
    assert "Sharpton" not in result.mentions[4].name


def test_split_sentences_keeps_line_numbers():
    got = split_sentences(["First one. Second one!", "", "U.S. groups met. Then left."])
    assert got == [
        (1, "First one."),
        (1, "Second one!"),
        (3, "U.S. groups met."),
        (3, "Then left."),
    ]


# ---------------------------------------------------------------------------------------------
# Properties: never raise, nothing lost
# ---------------------------------------------------------------------------------------------

SHAPES = [
    "Signed,",
    "Sincerely,",
    "Signatories:",
    "Endorsed by:",
    "National organizations",
    "Individual signers:",
    "Page 2 of 3",
    "cc: someone",
    "###",
    "\u2022",
    ",,",
    "",
    "   ",
    "\u200b",
    "Jane Roe, Professor, Example University (for identification only)",
    "Starting Over, Inc.",
    "A, B, C; D | E \u00b7 F",
    "people-power-network logo",
    "We write to you today because the matter is urgent and affects us all.",
    "Some 250 workers signed a letter urging Acme to stop.",
    "Organizations that signed include A Network, B Project and others.",
]
line_strategy = st.one_of(
    st.sampled_from(SHAPES),
    st.text(max_size=80),
    st.text(alphabet=st.sampled_from(list("aZ ,;|\u00b7\u2022-*.()&<>\u00a0\u200b1")), max_size=60),
)
lines_strategy = st.lists(line_strategy, max_size=30)


def _blank(line):
    return not line.translate(ZERO_WIDTH).strip()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=lines_strategy, known=st.lists(st.sampled_from(["A Network", "Densho", "B"])))
def test_letter_accounts_for_every_block_line(lines, known):
    result = parse_letter(lines, known_names=known)
    covered = {e.line for e in result.entries} | {r.line for r in result.rejected}
    in_blocks = set()
    previous_end = 0
    for first, last in result.blocks:
        assert previous_end < first <= last <= len(lines)
        previous_end = last
        in_blocks |= {n for n in range(first, last + 1) if not _blank(lines[n - 1])}
    assert covered == in_blocks
    for entry in result.entries:
        assert entry.kind in ("organisation", "person")
        if entry.kind == "person":
            assert entry.name is None and entry.raw == ""
        else:
            assert entry.name and entry.raw == lines[entry.line - 1]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=lines_strategy)
def test_article_never_raises(lines):
    result = parse_article(lines, known_names=["A Network"])
    for item in result.mentions + result.counts + result.targets + result.rejected:
        assert 1 <= item.line <= len(lines)
    assert {m.role for m in result.mentions} <= {"signatory", "organiser", "partner"}
    assert all(c.count >= 2 for c in result.counts)


# ---------------------------------------------------------------------------------------------
# Hostile and large input: must finish (linear work); only correctness is asserted
# ---------------------------------------------------------------------------------------------


def test_two_megabyte_separator_line():
    line = "ab," * 10**6
    result = parse_letter([line])
    assert result.blocks == [(1, 1)]
    # two letters are never an organisation's name: each piece is rejected, none is lost
    assert result.entries == []
    assert len(result.rejected) == 10**6
    assert {r.reason for r in result.rejected} == {
        "not an organisation's name (a number or a fragment)"
    }
    assert parse_article([line]).mentions == []


@pytest.mark.parametrize(
    "line",
    [
        "((((" * 500_000,
        "a" + " " * 2_000_000 + "b",
        "<a " * 100_000,
        "[x](" * 100_000,
        "Mr. " * 100_000,
        "signed by A and " * 30_000,
        "including Foo Network, " * 20_000,
    ],
    ids=["parens", "spaces", "tags", "md-links", "honorifics", "and-lists", "include-lists"],
)
def test_hostile_long_lines_finish(line):
    result = parse_letter(["Signed,", line])
    assert len(result.blocks) <= 1
    covered = {e.line for e in result.entries} | {r.line for r in result.rejected}
    assert covered == ({2} if result.blocks else set())
    parse_article([line])


def test_hundred_thousand_line_list():
    lines = ["Signed,"] + [f"{i}. Organisation {i} Network" for i in range(1, 100_001)]
    result = parse_letter(lines)
    assert result.blocks == [(2, 100_001)]
    assert len(result.entries) == 100_000
    assert result.entries[-1].name == "Organisation 100000 Network"
    assert result.rejected == []


def test_bare_web_slugs_are_de_slugged_and_other_hyphenated_names_kept():
    lines = ["Signed,", "tenants-united", "people_power_network", "ACLU-WA", "Jobs-With-Justice"]
    result = parse_letter(lines)
    assert [(e.line, e.name, e.flags) for e in result.entries] == [
        (2, "Tenants United", ("from-logo-label",)),
        (3, "People Power Network", ("from-logo-label",)),
        (4, "ACLU-WA", ()),  # capitals: a name as written, not a slug
        (5, "Jobs-With-Justice", ()),
    ]


def test_column_gaps_and_strong_separators_split_a_line_in_a_one_per_line_block():
    # a two-column PDF pasted as text: tabs and runs of spaces between names; a pipe or a
    # semicolon in a block of single names; two spaces are a typing slip, not a column
    lines = [
        "Signed,",
        "",
        "American Civil Liberties Union\tElectronic Frontier Foundation",
        "1.\tFight for the Future",
        "Media Alliance      Densho",
        "Oakland Privacy | RAICES",
        "Casa Latina; Mijente",
        "Starting Over, Inc.",
        "Council on American-Islamic Relations  Massachusetts",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.name) for e in result.entries] == [
        (3, "American Civil Liberties Union"),
        (3, "Electronic Frontier Foundation"),
        (4, "Fight for the Future"),
        (5, "Media Alliance"),
        (5, "Densho"),
        (6, "Oakland Privacy"),
        (6, "RAICES"),
        (7, "Casa Latina"),
        (7, "Mijente"),
        (8, "Starting Over, Inc."),
        (9, "Council on American-Islamic Relations Massachusetts"),
    ]
    assert result.rejected == []


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("John Q. Public, Organizer, Tenants United (for identification only)", "person"),
        ("Maria Justice, Organizer, Example Org", "person"),
        ("Jane Roe\tProfessor\tExample University", "person"),  # columns of one signature
        ("Color Of Change, Executive Director", "organisation"),
        ("Justice Center, Director", "organisation"),
        ("Public Citizen, Washington DC", "organisation"),
    ],
)
def test_a_name_followed_by_a_job_title_is_a_person(line, kind):
    result = parse_letter(
        ["Signed,", "Fight for the Future", "Oakland Privacy", line], keep_personal_names=True
    )
    entries = [e for e in result.entries if e.line == 4]
    assert [e.kind for e in entries] == [kind] and not result.rejected


def test_article_names_signers_after_a_group_count_and_rounds_dozens():
    lines = [
        "More than 40 civil rights groups, including the NAACP Legal Defense Fund and Color of "
        "Change, sent a letter Tuesday to Amazon demanding the company end its police ties.",
        "Ring has partnerships with more than 1,300 police departments.",
        "Two dozen Amazon employees also signed a petition.",
    ]
    # as `netlib parse` does: the registry knows Color of Change from the seed corpus
    result = parse_article(lines, known_names=["Color Of Change"])
    assert [(m.line, m.name, m.role) for m in result.mentions] == [
        (1, "NAACP Legal Defense Fund", "signatory"),
        (1, "Color of Change", "signatory"),
    ]
    assert [(c.line, c.count, c.qualifier, c.signatory_type) for c in result.counts] == [
        (1, 40, "at_least", "organisations"),
        (3, 24, "about", "individuals"),
    ]


def test_state_and_country_lines_head_the_names_below_them():
    lines = [
        "Sincerely,",
        "NATIONAL ORGANIZATIONS",
        "Fight for the Future",
        "Alabama",
        "Alabama Appleseed Center for Law & Justice",
        "Washington, D.C.:",
        "Council on American-Islamic Relations (CAIR)",
        "New York",
        "New York Civil Liberties Union",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.name, e.heading) for e in result.entries] == [
        (3, "Fight for the Future", "NATIONAL ORGANIZATIONS"),
        (5, "Alabama Appleseed Center for Law & Justice", "Alabama"),
        (7, "Council on American-Islamic Relations (CAIR)", "Washington, D.C."),
        (9, "New York Civil Liberties Union", "New York"),
    ]
    assert result.rejected == []


# Sentences from the articles of eval/articles/docs (each test names its document); the
# expected names and roles are read off the sentence by hand.


def _roles(result):
    return [(m.name, m.role) for m in result.mentions]


def test_article_list_reads_through_bracketed_acronyms_and_other_languages_and():
    # b_br_mst_isa_recursos_geneticos_carta.md, line 16
    result = parse_article(
        [
            "Assinam o documento o ISA, a Articulação dos Povos Indígenas do Brasil (Apib), a "
            "Coordenação Nacional Quilombola (Conaq), o Grupo de Trabalho Amazônico (GTA), "
            "Movimento dos Trabalhadores Rurais Sem Terra (MST), Via Campesina e Conselho "
            "Nacional de Populações Extrativistas (CNS)."
        ]
    )
    assert _roles(result) == [
        ("ISA", "signatory"),
        ("Articulação dos Povos Indígenas do Brasil", "signatory"),
        ("Coordenação Nacional Quilombola", "signatory"),
        ("Grupo de Trabalho Amazônico", "signatory"),
        ("Movimento dos Trabalhadores Rurais Sem Terra", "signatory"),
        ("Via Campesina", "signatory"),
        ("Conselho Nacional de Populações Extrativistas", "signatory"),
    ]


def test_article_members_of_a_named_alliance_are_partners():
    # a_drw_alliance_safe_secure_internet.md, lines 3 and 19 (abridged list)
    result = parse_article(
        [
            "A diverse group of consumer representatives has today joined forces under the "
            "banner Alliance for a Safe and Secure Internet with a plea to the Government.",
            "Members of the Alliance include the ACCAN, Access Now, Ai Group, Digital Rights "
            "Watch, Future Wise, who together represent consumers, human rights organisations.",
        ]
    )
    assert _roles(result) == [
        ("Alliance for a Safe and Secure Internet", "organiser"),
        ("ACCAN", "partner"),
        ("Access Now", "partner"),
        ("Ai Group", "partner"),
        ("Digital Rights Watch", "partner"),
        ("Future Wise", "partner"),
    ]


def test_article_a_name_shaped_like_a_persons_is_an_organisation_among_organisations():
    # f_2019-10-16_fftf_berkeley_ban_banfacialrecognition_mentions.txt, line 5 (abridged):
    # "Daily Kos" has no given name of the dictionary, and stands among organisations
    result = parse_article(
        [
            "Our campaign has been endorsed by more than 30 organizations including Greenpeace, "
            "Color of Change, Daily Kos, United We Dream and MoveOn."
        ]
    )
    assert [name for name, _ in _roles(result)] == [
        "Greenpeace",
        "Color of Change",
        "Daily Kos",
        "United We Dream",
        "MoveOn",
    ]


def test_article_posts_give_their_organisations_and_a_comparison_is_no_list():
    # b_uk_felix_crossrail2_letter.md line 6; a_twc_corporate_targets_ice.md line 62
    result = parse_article(
        [
            "The 46 signatories were cultural, business and health chiefs including the chief "
            "executive of the Chelsea and Westminster Hospital, the chair of Harrods, and the "
            "director of the Natural History Museum.",
            "Such companies, like ICE, should not exist, and campaigns should target them.",
        ]
    )
    assert _roles(result) == [
        ("Chelsea and Westminster Hospital", "signatory"),
        ("Harrods", "signatory"),
        ("Natural History Museum", "signatory"),
    ]


def test_article_names_the_campaign_it_reports_on_as_organiser():
    # a_mittr_quitgpt_campaign.md lines 1-2, b_uk_cambridge_must_act_petition.md line 9:
    # an article that names no organiser takes the campaign's own name for it
    result = parse_article(
        [
            "A “QuitGPT” campaign is urging people to cancel their ChatGPT subscriptions",
            "The Cambridge Must Act campaign, supported by CRRC, met the council.",
            "The Trump campaign said nothing.",
        ]
    )
    assert _roles(result) == [
        ("QuitGPT", "organiser"),
        ("CRRC", "partner"),
        ("Cambridge Must Act", "organiser"),
    ]
    # seed 003 line 5: the campaign's organiser is named, so its name is not an organisation
    result = parse_article(
        [
            "It prompted the creation of the Tech Is Not Neutral campaign, which is spearheaded "
            "by Kairos Fellowship in partnership with Media Justice and others."
        ]
    )
    assert _roles(result) == [("Kairos Fellowship", "organiser"), ("Media Justice", "partner")]
    # a_fm4f_1000_signatures.md line 1, a_verge_fisa_702.md line 11
    result = parse_article(
        [
            "Filmmakers for Future reaches 1000 signatures",
            "In March, Demand Progress and more than 90 civil rights and progressive "
            "organizations sent a letter to Democratic leaders.",
        ]
    )
    assert _roles(result) == [
        ("Filmmakers for Future", "organiser"),
        ("Demand Progress", "signatory"),
    ]
    assert [(c.line, c.count, c.qualifier) for c in result.counts] == [
        (1, 1000, "at_least"),
        (2, 90, "at_least"),
    ]


def test_article_counts_letters_sent_but_not_whom_signers_represent():
    # f_2018-05-22_zdnet_aclu_rekognition_letter_article.txt, b_nz_dobson_power_campaign.md
    result = parse_article(
        [
            "Forty civil rights groups sent a letter to Amazon on Tuesday.",
            "A union of over 85 activist teams sent letters to Amazon, Microsoft, and Google.",
            "The petition has the support of seven councils representing 132,000 people.",
        ]
    )
    assert [(c.line, c.count, c.qualifier, c.unit) for c in result.counts] == [
        (1, 40, "exact", "groups"),
        (2, 85, "at_least", "teams"),
        (3, 7, "exact", "councils"),
    ]


def test_letter_rejects_calls_to_action_and_datelines_and_reads_dr_med_as_a_title():
    # html_apple_privacy_letter.html, md_aaldef_naaea_english_only.md,
    # html_jussieu_call_signatories.html, x_h4f_goettingen_umg_open_letter_2021.md
    lines = [
        "Signed,",
        "Electronic Frontier Foundation",
        "Fight for the Future",
        "→ Sign the letter via GitHub",
        "Read the full letter to the Terrebonne Parish School Board here",
        "In Paris on October 10",
        "Dr. med, U. Hartig-Köhler",
        "A los medios de comunicación",  # b_mx_carta_alatorre.md: whom the letter is to
        "Consultar listado de firmas: Ver listado en PDF",
        "Brattleboro Community Television, Brattleboro VT",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.kind, e.name, e.location) for e in result.entries] == [
        (2, "organisation", "Electronic Frontier Foundation", None),
        (3, "organisation", "Fight for the Future", None),
        (7, "person", None, None),  # an individual signer, name withheld
        (10, "organisation", "Brattleboro Community Television", "Brattleboro VT"),
    ]
    reasons = {r.line: r.reason for r in result.rejected}
    assert reasons[4].startswith("call to action") and reasons[5].startswith("call to action")
    assert reasons[6] == "place and date, not a signatory"
    assert reasons[8] == "addressee, not a signatory" and reasons[9].startswith("call to action")


def test_letter_reads_people_written_before_their_organisations_without_a_comma():
    # md_aaldef_maclc_kelly.md lines 112-121 (abridged), read off the document by hand
    lines = [
        "Submitted on behalf of Muslim American Civil Liberties Coalition members:",
        "Abdelhafid Djemil Muslim American Society of New York",
        "Asim Rehman Muslim Bar Association of New York",
        "Fahd Ahmed & Monami Maulik DRUM – Desis Rising Up and Moving",
        "Linda Sarsour Arab American Association of New York",
        "Naomi Paz GreenbergNY Quarterly Meeting of the Religious Society of Friends",
    ]
    result = parse_letter(lines)
    organisations = [(e.line, e.name) for e in result.entries if e.kind == "organisation"]
    assert organisations == [
        (2, "Muslim American Society of New York"),
        (3, "Muslim Bar Association of New York"),
        (4, "DRUM – Desis Rising Up and Moving"),
        (5, "Arab American Association of New York"),
        (6, "NY Quarterly Meeting of the Religious Society of Friends"),
    ]
    people = [e for e in result.entries if e.kind == "person"]
    assert [e.line for e in people] == [2, 3, 4, 5, 6] and {e.name for e in people} == {None}
    written = " ".join(e.raw + " " + str(e.name) for e in result.entries)
    for person in ("Djemil", "Rehman", "Ahmed", "Sarsour", "Greenberg"):
        assert person not in written


def test_letter_keeps_a_name_that_opens_with_a_persons_in_a_plain_list():
    lines = [
        "Signed,",
        "Ella Baker Center for Human Rights",
        "Electronic Frontier Foundation",
        "Media Alliance",
        "Fight for the Future",
    ]
    result = parse_letter(lines)
    assert result.entries[0].name == "Ella Baker Center for Human Rights"


def test_article_reads_the_list_of_signatories_it_prints_in_full():
    # c_de_bitsundbaeume_plattformen_brief.md lines 79-84 (abridged); the headline is no list
    lines = [
        "Über 75 Organisationen und Bündnisse fordern wirksame Kontrolle von Online-Plattformen",
        "Die Organisationen fordern die neue Bundesregierung auf, zu handeln.",
        "### Unterzeichnenden Organisationen",
        "",
        "- 101LAB / Agentur für digitale Transformation",
        "- AlgorithmWatch",
        "- Arbeitsgemeinschaft Natur- und Umweltbildung Bundesverband e. V. (ANU)",
        "- Attac",
    ]
    result = parse_article(lines)
    assert [(m.line, m.role) for m in result.mentions] == [
        (5, "signatory"),
        (6, "signatory"),
        (7, "signatory"),
        (8, "signatory"),
    ]
    # the name ends at its acronym in brackets; the evidence (the line as written) keeps it
    assert [m.name for m in result.mentions][1:] == [
        "AlgorithmWatch",
        "Arbeitsgemeinschaft Natur- und Umweltbildung Bundesverband e. V.",
        "Attac",
    ]
    assert "(ANU)" in result.mentions[2].evidence
    assert [(c.count, c.qualifier) for c in result.counts] == [(75, "at_least")]


def test_letter_takes_the_numbers_off_a_numbered_list_and_splits_names_run_together():
    # y_pdf_in_startups_net_neutrality_2015.pdf (bare numbers, a table read across its
    # columns) and y_md_pt_carta_antirracismo_2024.md (numbers with a dot, two on one line)
    bare = parse_letter(
        [
            "The founders of the following 457 start-up companies.",
            "10 AddoDoc",
            "11 Adroitech",
            "12 AdTriangle",
            "Accrete Globus Technology 56 Byte matrix",
            "13 Agentdesks",
            "57 Byteridge",
            "58 C42 Engineering",
        ]
    )
    assert [(e.line, e.name) for e in bare.entries] == [
        (2, "AddoDoc"),
        (3, "Adroitech"),
        (4, "AdTriangle"),
        (5, "Accrete Globus Technology"),
        (5, "Byte matrix"),
        (6, "Agentdesks"),
        (7, "Byteridge"),
        (8, "C42 Engineering"),
    ]
    dotted = parse_letter(
        [
            "Assinam:",
            "18. Coletivo Andorinha",
            "19. CAAA Centro para os Assuntos da Arte e Arquitectura de Guimarães 20. Círculo "
            "de Artes Plásticas de Coimbra",
            "21. Rede 8 de Março",
            "22. SOS Racismo",
        ]
    )
    assert [(e.line, e.name) for e in dotted.entries] == [
        (2, "Coletivo Andorinha"),
        (3, "CAAA Centro para os Assuntos da Arte e Arquitectura de Guimarães"),
        (3, "Círculo de Artes Plásticas de Coimbra"),
        (4, "Rede 8 de Março"),
        (5, "SOS Racismo"),
    ]
    # a plain list keeps the numbers that are part of names
    plain = parse_letter(["Signed,", "350 Seattle", "Fight for the Future", "18 Million Rising"])
    assert [e.name for e in plain.entries] == [
        "350 Seattle",
        "Fight for the Future",
        "18 Million Rising",
    ]


def test_article_reads_a_list_that_follows_a_line_about_signing():
    # c_pt_indymedia_15_associacoes_consumo_vigiado.md lines 56-68 (abridged): no heading,
    # the list follows "As organizações e pessoas abaixo assinadas,"
    lines = [
        "15 associações comunitárias lançam Carta Aberta de Compromisso",
        "Assunto: Carta de Compromisso para o alargamento dos Programas de Consumo Vigiado",
        "O lançamento até ao final do ano de 2024 de uma proposta, com os resultados do grupo "
        "de trabalho, para o alargamento dos programas de consumo vigiado a executar até 2026.",
        "As organizações e pessoas abaixo assinadas,",
        "",
        "Acompanha – Cooperativa de Solidariedade Social",
        "",
        "Associação Ares do Pinhal",
        "",
        "Associação Kosmicare",
    ]
    result = parse_article(lines)
    assert [(m.line, m.name, m.role) for m in result.mentions] == [
        (6, "Acompanha – Cooperativa de Solidariedade Social", "signatory"),
        (8, "Associação Ares do Pinhal", "signatory"),
        (10, "Associação Kosmicare", "signatory"),
    ]


def test_letter_withholds_a_cc_line_a_hyphenated_given_name_and_a_name_before_its_post():
    # y_md_nz_school_lunch_letter_2024.md and y_pdf_es_carta_abierta_legalizacion_berlin_2020.pdf
    lines = [
        "Signed,",
        "Te Rito Maioha Early Childhood New Zealand",
        "NZ Principals Federation",
        "Cathy Wilson Chief Executive / Kaiwhakahaere matua – Montessori Aotearoa New Zealand",
        "Anna-Maria Wünst",
        "cc Hon Erica Stanford, Minister of Education",
        "NZ Area Schools Association",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.kind) for e in result.entries] == [
        (2, "organisation"),
        (3, "organisation"),
        (4, "person"),
        (5, "person"),
        (7, "organisation"),
    ]
    assert {r.line: r.reason for r in result.rejected}[6] == "copied to (cc), not a signatory"
    written = " ".join(f"{e.raw} {e.name}" for e in result.entries)
    written += " ".join(r.raw for r in result.rejected)
    for person in ("Cathy Wilson", "Wünst", "Erica Stanford"):
        assert person not in written


def test_wrapped_names_are_joined_by_acronym_tail_word_and_list_number():
    # pdf_au_encryption_coalition_2018.pdf and pdf_save_internet_act_2019.pdf (a name wrapped
    # in a narrow column), y_pdf_in_startups_net_neutrality_2015.pdf (a numbered list whose
    # cell wraps): each second line is the end of the name above
    result = parse_letter(
        [
            "Signed,",
            "Samuelson-Glushko Canadian Internet Policy & Public",
            "Interest Clinic (CIPPIC)",
            "National Federation of Community",
            "Broadcasters",
            "Electronic Frontier Foundation (EFF)",
            "Startpage.com",
        ]
    )
    assert [(e.line, e.name) for e in result.entries] == [
        (2, "Samuelson-Glushko Canadian Internet Policy & Public Interest Clinic (CIPPIC)"),
        (4, "National Federation of Community Broadcasters"),
        (6, "Electronic Frontier Foundation (EFF)"),  # its acronym spells its own words
        (7, "Startpage.com"),
    ]
    numbered = parse_letter(
        [
            "The founders of the following start-up companies.",
            "115 Edufyme",
            "116 Eko India Financial",
            "Services",
            "117 Elitelogics",
            "118 EnCloudEn",
        ]
    )
    assert [(e.line, e.name) for e in numbered.entries] == [
        (2, "Edufyme"),
        (3, "Eko India Financial Services"),
        (5, "Elitelogics"),
        (6, "EnCloudEn"),
    ]
    assert [(r.line, r.reason) for r in numbered.rejected] == [
        (4, "continues the name on line 3 (wrapped)")
    ]


def test_people_listed_surname_first_are_withheld_as_people():
    # z_data_it_veneto_appello_firmatari.yml: 680 individuals written surname first
    # ("Abbate Anna"); "Bettega Gianvittore" has a given name no dictionary holds. A list of
    # organisations ending on a country or a city keeps them ("Attac France")
    people = parse_letter(
        [
            "Firmatari:",
            "Abbate Anna",
            "Agnoletto Remo",
            "Aiello Michele",
            "Albertini Andrea",
            "Amaglio Michele",
            "Bettega Gianvittore",
        ]
    )
    assert [e.kind for e in people.entries] == ["person"] * 6
    assert all(e.name is None for e in people.entries)
    groups = parse_letter(["Signed:", "Attac France", "Wikimedia Italia", "Clean New York"])
    assert [(e.kind, e.name) for e in groups.entries] == [
        ("organisation", "Attac France"),
        ("organisation", "Wikimedia Italia"),
        ("organisation", "Clean New York"),
    ]


def test_a_row_of_people_after_other_signatories_include_is_people_and_names_no_one():
    # z_html_us_outnow_individual_signers.html: a list of people with their posts, then one
    # paragraph "Other signatories include • Name, post • Name, post". Read off the page: no
    # organisation signs; the lead-in is a cue, each bulleted piece one individual, and the
    # list above the cue stays a signatory block
    lines = [
        "We call on the U.S. to get out of Iraq now.",
        "",
        "Ali Abunimah, ElectronicIraq.net",
        "Tariq Ali, author, Bush in Babylon",
        "Howard Zinn, author, A People's History of the United States",
        "* for identification purposes only",
        "",
        "Other signatories include • Mike Alewitz, muralist • Naseer Aruri, author, "
        "Dishonest Broker • Bill Ayers, author, Fugitive Days",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.kind) for e in result.entries] == [(3, "person")] * 1 + [
        (4, "person"),
        (5, "person"),
        (8, "person"),
        (8, "person"),
        (8, "person"),
    ]
    assert [(r.line, r.reason) for r in result.rejected] == [
        (6, "note in the list, not a signatory")
    ]
    written = " ".join(str(r) for r in result.entries + result.rejected)
    for person in ("Alewitz", "Aruri", "Ayers", "Zinn", "Abunimah"):
        assert person not in written


def test_a_line_of_organisations_with_a_person_repeats_no_name_in_raw():
    # a split line that holds a person's piece: each organisation keeps its own piece as
    # what was written, so the person's name is not copied beside every organisation
    result = parse_letter(["Signed:", "Media Alliance; Jane Roe, organizer; Oakland Privacy"])
    assert [(e.kind, e.name, e.raw) for e in result.entries] == [
        ("organisation", "Media Alliance", "Media Alliance"),
        ("person", None, ""),
        ("organisation", "Oakland Privacy", "Oakland Privacy"),
    ]


def test_signatures_side_by_side_are_people_and_posts_in_other_languages_are_titles():
    # y_html_br_gmo_labelling_letter_2015.html: two signature columns read as one line each,
    # "Bruno Miragem Gisela Simona" / "Presidente do Brasilcon Presidente do ProconsBrasil".
    # Read off the page: four people and their posts, no organisation
    result = parse_letter(
        [
            "Assinam esta carta:",
            "Instituto Kairós",
            "Elici Maria Checchin Bueno Rosana Grinberg",
            "Coordenadora Executiva do Idec Presidente do FNECDC",
            "Bruno Miragem Gisela Simona",
            "Presidente do Brasilcon Presidente do ProconsBrasil",
            "Coordinadora de Lideres Comunitarios",
        ]
    )
    assert [(e.line, e.kind, e.name) for e in result.entries] == [
        (2, "organisation", "Instituto Kairós"),
        (3, "person", None),
        (5, "person", None),
        (7, "organisation", "Coordinadora de Lideres Comunitarios"),
    ]
    assert [(r.line, r.reason) for r in result.rejected] == [
        (4, "job title (part of a personal signature)"),
        (6, "job title (part of a personal signature)"),
    ]


def test_the_sentence_that_introduces_a_list_is_accounted_for_as_a_heading_line():
    # z_md_cl_constitucion_es_nuestra_organizaciones.md, line 27: "Entre las organizaciones
    # que ... se encuentran:" then a bulleted list; the sentence is counted among the heading
    # lines, so every line of the block is accounted for
    result = parse_letter(
        [
            "La plataforma visibilizará propuestas ciudadanas en materia de derechos sociales.",
            "",
            "Entre las organizaciones que ya han comprometido su participación se encuentran:",
            "",
            "* Amnistía Internacional",
            "* Fundación Iguales",
            "* Derechos Digitales",
        ]
    )
    assert result.headings == [3]
    assert [(e.line, e.name) for e in result.entries] == [
        (5, "Amnistía Internacional"),
        (6, "Fundación Iguales"),
        (7, "Derechos Digitales"),
    ]


def test_article_reads_a_list_parted_by_semicolons_after_a_colon_one_name_per_item():
    # z_intl_owinfs_206_groups_turnaround.html, line 123 (cut to its first six items): the
    # names hold "with", "and", commas and possessives; each item between semicolons is one
    # signatory, read off the release by hand
    sentence = (
        "Endorsers include large international networks such as: the ACP Civil Society Forum; "
        "Development Alternatives with Women for a New Era (DAWN); the Association for Women's "
        "Rights in Development (AWID); the African Centre for Trade, Integration and Development "
        "(CACID); the Latin American Network for Economic and Social Justice (LATINDADD); and "
        "the Seattle to Brussels Network."
    )
    result = parse_article(["206 Civil Society Groups Call for New Trade Rules", "", sentence])
    assert [(m.line, m.name, m.role) for m in result.mentions] == [
        (3, "ACP Civil Society Forum", "signatory"),
        (3, "Development Alternatives with Women for a New Era", "signatory"),
        (3, "Association for Women's Rights in Development", "signatory"),
        (3, "African Centre for Trade, Integration and Development", "signatory"),
        (3, "Latin American Network for Economic and Social Justice", "signatory"),
        (3, "Seattle to Brussels Network", "signatory"),
    ]


def test_article_counts_in_words_and_compounds_of_other_languages():
    # c_pt_indymedia_trinta_coletivos_racismo.md, z_nl_nos_62_natuurorganisaties_bomenkap.md,
    # z_nl_nos_politie_advertentie_twintig_organisaties.md: each headline's count and its
    # qualifier read off the article; "as many as 200 in partnership with other local
    # councils" (b_uk_cambridge_must_act_petition.md) is refugees, no count of signers
    cases = {
        "Mais de trinta coletivos juntam-se em manifestação nacional": [(30, "at_least")],
        "62 natuurorganisaties ondersteunen deze maatregel.": [(62, "exact")],
        "De advertentie is mede ondertekend door ruim twintig organisaties.": [(20, "at_least")],
        "The group has the support of as many as 200 in partnership with other local councils.": [],
    }
    for sentence, expected in cases.items():
        result = parse_article(["Title", "", sentence])
        assert [(c.count, c.qualifier) for c in result.counts] == expected, sentence


def test_heads_of_organisations_sign_for_them_and_a_heading_above_the_addressee_opens_nothing(
    tmp_path,
):
    # y_md_nz_school_lunch_letter_2024.md, lines 26-79 (cut): "Copy of letter to Prime
    # Minister:" heads the addressee, not a list; after "Signed," each line is a leader's
    # signature "Name, Post – Organisation" (a post in Māori, "Te Manukua", among them).
    # Read off the letter: four organisations sign, each through one person; the addressee
    # is no signatory
    lines = [
        "## Copy of letter to Prime Minister:",
        "",
        "Rt Hon Prime Minister Christopher Luxon",
        "",
        "Parliament Buildings",
        "",
        "Wellington",
        "",
        "As leaders of the education sector, we jointly urge you to continue the programme.",
        "",
        "Signed,",
        "",
        "Mark Potter, President | Te Manukura – NZEI Te Riu Roa",
        "",
        "Angela Lowe, President – Association of Intermediate and Middle Schools",
        "",
        "Bruce Jepsen, Te Manukua – Te Akatea",
        "",
        "Jill Bond, Chief Executive Officer – New Zealand Kindergartens Network",
    ]
    page = tmp_path / "letter.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = read(page)
    result = parse_letter(document.lines, units=document.units)
    assert [(e.line, e.kind, e.name) for e in result.entries] == [
        (13, "person", None),
        (13, "organisation", "NZEI Te Riu Roa"),
        (15, "person", None),
        (15, "organisation", "Association of Intermediate and Middle Schools"),
        (17, "person", None),
        (17, "organisation", "Te Akatea"),
        (19, "person", None),
        (19, "organisation", "New Zealand Kindergartens Network"),
    ]
    written = " ".join(str(e) for e in result.entries + result.rejected)
    for person in ("Potter", "Lowe", "Jepsen", "Bond", "Luxon"):
        assert person not in written


def test_section_headings_of_other_languages_head_the_names_below_them():
    # z_html_es_owinfs_unctad13_firman.html: "Firman" then "Organizaciones Internacionales"
    # and "Organiciones Nacionales" (sic) over the names; z_html_fr_owinfs_transformer_omc
    # .html: "Organisations Régionales et Internationales". None of them signs
    result = parse_letter(
        [
            "Exigimos un cambio de rumbo.",
            "",
            "Firman",
            "Organizaciones Internacionales",
            "ActionAid International",
            "Friends of the Earth International",
            "Organiciones Nacionales",
            "Third World Network – Africa",
            "Organisations Régionales et Internationales",
            "Public Services International",
        ]
    )
    assert [(e.line, e.name, e.location) for e in result.entries] == [
        (5, "ActionAid International", None),
        (6, "Friends of the Earth International", None),
        (8, "Third World Network", "Africa"),
        (10, "Public Services International", None),
    ]
    assert result.headings == [3, 4, 7, 9]


def test_signers_above_their_organisations_join_wrapped_names_and_an_appendix_ends_the_list():
    # x_greenpeace_chemical_security_testimony_2010.txt, lines 459-566 (cut): each signer
    # stands above an organisation whose name a narrow column wraps over two or three
    # lines; "Appendix B:" starts an attached press release. Read off the letter: six
    # organisations, each signed for by the person above it (no individual signer)
    lines = [
        "We look forward to working with you on this urgently needed legislation.",
        "Sincerely,",
        "John Morawetz",
        "International Chemical",
        "Workers Union",
        "Council/UFCW",
        "Liz Hitchcock",
        "U.S. Public Interest",
        "Research Group",
        "Ed Hopkins",
        "Sierra Club",
        "Pam Miller",
        "Alaska Community Action on Toxics",
        "Brian Turnbaugh",
        "OMB Watch",
        "Ted Schettler",
        "Science and Environmental Health Network",
        "",
        "Appendix B:",
        "The Clorox Company  News Release",
        "Clorox Announces Plans to Begin Transitioning U.S. Operations",
        "OAKLAND, Calif., Nov. 2, 2009",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.kind, e.name) for e in result.entries] == [
        (4, "organisation", "International Chemical Workers Union Council/UFCW"),
        (8, "organisation", "U.S. Public Interest Research Group"),
        (11, "organisation", "Sierra Club"),
        (13, "organisation", "Alaska Community Action on Toxics"),
        (15, "organisation", "OMB Watch"),
        (17, "organisation", "Science and Environmental Health Network"),
    ]
    signing_for = [
        (r.line, r.raw, r.reason) for r in result.rejected if r.reason[:9] == "signs for"
    ]
    assert signing_for == [
        (line, "[withheld]", f"signs for the organisation on line {org}")
        for line, org in [(3, 4), (7, 8), (10, 11), (12, 13), (14, 15), (16, 17)]
    ]
    assert result.blocks == [(3, 17)]


def test_article_semicolon_list_drops_a_place_after_an_acronym_and_parts_two_names():
    # z_intl_owinfs_206_groups_turnaround.html, line 172 (cut): "(PARC) of Japan" says where
    # the signer is; "(SOMO) and Both ENDS of the Netherlands" names two signers; "among
    # others" ends the list. Read off the release by hand
    sentence = (
        "Many major national groups also endorsed, such as Alliance Sud of Switzerland; the "
        "Pacific Asia Resource Center (PARC) of Japan; the Centre for Research on Multinational "
        "Corporations (SOMO) and Both ENDS of the Netherlands; and the Trades Union Congress "
        "(TUC) of the United Kingdom, among others."
    )
    result = parse_article(["206 groups endorse a statement", "", sentence])
    assert [m.name for m in result.mentions] == [
        "Alliance Sud of Switzerland",
        "Pacific Asia Resource Center",
        "Centre for Research on Multinational Corporations",
        "Both ENDS of the Netherlands",
        "Trades Union Congress",
    ]


def test_a_signature_block_ends_with_its_page_when_an_attachment_follows():
    # z2_pdf_au_avm_act_industry_group_2021.pdf: "Sincerely," and a grid of signers close
    # page 2 (lines 40-51); page 3 opens "Criminal Code Amendment (Sharing of Abhorrent
    # Violent Material) Act 2019", the attached 18-page proposal whose tables ("companies",
    # "B2B infrastructure and cloud providers could") sign nothing
    path = Path(__file__).resolve().parents[1] / "eval" / "letters" / "docs"
    document = read(path / "z2_pdf_au_avm_act_industry_group_2021.pdf")
    result = parse_letter(document.lines, units=document.units)
    assert result.blocks == [(40, 51)]
    assert max(e.line for e in result.entries) <= 51


def test_people_written_surname_in_capitals_first_are_people_and_their_commas_part_nothing():
    # z2_md_fr_onestlatech_lille_plainte.md, lines 48-71 (cut): "Cette lettre est également
    # signée par :" then "- SURNAME Firstname, post, institution"; read off the page: people
    # only, no organisation, and the list above the "également" line is read too
    lines = [
        "Nous demandons le retrait immédiat de la plainte déposée par la présidence.",
        "",
        "- BEAUFILS Bruno, enseignant-chercheur en informatique, Université de Lille",
        "- BLONDELLE Nathalie, développeur/webmestre, Université de Lille",
        "- BOGUCKI Thomas, technicien informatique, Université de Lille",
        "",
        "Cette lettre est également signée par :",
        "",
        "- BORY Anne, maître de conférences, Clersé, Université de Lille",
        "- CHARBONNIER Sébastien, enseignant-chercheur en philosophie, Université de Lille",
        "- DEMOLIN Marie-Paule, BIATSS, Université de Lille",
        "- RANGEL VICENTE Montserrat, maîtresse de conférences, Université de Lille",
        "- ROBIN Paul, Doctorant Moniteur en Philosophie, Université de Lille",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.kind) for e in result.entries] == [
        (3, "person"),
        (4, "person"),
        (5, "person"),
        (9, "person"),
        (10, "person"),
        (11, "person"),
        (12, "person"),
        (13, "person"),
    ]
    written = " ".join(str(e) for e in result.entries + result.rejected)
    assert "BORY" not in written and "Montserrat" not in written
    # an acronym before a name in a list of organisations is no surname
    groups = parse_letter(["Signed:", "ONG Fima", "Amnistía Internacional", "Derechos Digitales"])
    assert [(e.kind, e.name) for e in groups.entries] == [
        ("organisation", "ONG Fima"),
        ("organisation", "Amnistía Internacional"),
        ("organisation", "Derechos Digitales"),
    ]


def test_german_prose_lines_are_prose_though_its_nouns_are_capitalised():
    # z2_pdf_de_plattformen_brief_logo_sidebar.pdf, page 2: hard-wrapped German prose after
    # the sidebar's short lines; read off the letter, none of these lines signs
    prose = [
        "Für Europa könnte der Ausbau von am Gemeinwohl orientierten",
        "Technologien und Dienstleistungen, die für den digitalen Wandel in",
        "Europa entscheidend sind, werden immer noch außerhalb der EU",
        "unter der Macht der großen Tech-Unternehmen und deren einseitigen",
    ]
    result = parse_letter(["Unterzeichnende:", "Attac", "Campact", "Chaos Computer Club", *prose])
    assert [e.name for e in result.entries] == ["Attac", "Campact", "Chaos Computer Club"]
    assert result.blocks == [(2, 4)]
    # a long name with as many function words capitalises the rest
    names = parse_letter(
        ["Firman:", "Centro de Estudios en Libertad de Expresión y Acceso a la Información", "CELS"]
    )
    assert [e.name for e in names.entries] == [
        "Centro de Estudios en Libertad de Expresión y Acceso a la Información",
        "CELS",
    ]


def test_people_with_honours_after_their_names_are_people():
    # z2_md_au_pine_gap_brandis_individuals.md (cut): post-nominals (AO, QC, OAM, AM, MP) and
    # "Emeritus/Associate Professor" around a name; read off the letter, all are individuals
    lines = [
        "Signed:",
        "Rebecca Peters AO",
        "Julian Burnside AO QC",
        "Emeritus Professor Joseph A. Camilleri OAM",
        "Frank Moorehouse AM, writer",
        "Associate Professor Debra King, Sociology, Flinders University",
        "Adam Bandt MP, Acting Co-Deputy Leader, Australian Greens",
    ]
    result = parse_letter(lines)
    assert [e.kind for e in result.entries] == ["person"] * 6
    assert all(e.name is None for e in result.entries)


def test_people_with_an_occupation_or_from_an_organisation_and_names_opening_with_an_article():
    # z2_md_fr_onestlatech_nfp_appel.md, lines 24-38 (cut): one list mixing organisations
    # and people; read off the page: "Mathieu de fairness.coop" and "Céline Louvet, Lead
    # développeuse" are people, "Le Mouton Numérique" and "La Première Ligne" organisations
    lines = [
        "Premiers Signataires :",
        "*\tOnEstLaTech",
        "*\tLe Mouton Numérique",
        "*\tSpirale.coop",
        "* Mathieu de fairness.coop",
        "* Céline Louvet, Lead développeuse",
        "* Théo Fidry, Développeur web",
        "* La Première Ligne",
        "* Compositech",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.kind, e.name) for e in result.entries] == [
        (2, "organisation", "OnEstLaTech"),
        (3, "organisation", "Le Mouton Numérique"),
        (4, "organisation", "Spirale.coop"),
        (5, "person", None),
        (6, "person", None),
        (7, "person", None),
        (8, "organisation", "La Première Ligne"),
        (9, "organisation", "Compositech"),
    ]


def test_letter_dates_in_other_languages_are_dates_not_signatories():
    # z2_md_pt_mst_manifesto_movimentos_sp_2014.md: "São Paulo, 17 de outubro de 2014" heads
    # the letter; the same shape in German and French, each read by hand
    cases = {
        "São Paulo, 17 de outubro de 2014": "2014-10-17",
        "Berlin, 3. März 2021": "2021-03-03",
        "Paris, le 12 juin 2020": "2020-06-12",
    }
    for line, iso in cases.items():
        result = parse_letter([line, "", "Assinam:", "MST", "CUT", "MTST"])
        assert (result.date, result.date_precision) == (iso, "day"), line
        assert [e.name for e in result.entries] == ["MST", "CUT", "MTST"], line


def test_a_catalan_middle_dot_is_a_letter_and_a_list_after_sincerely_in_an_article_signs():
    # b_es_xr_barcelona_letter_colau.md: "Rebel·lió" keeps its middle dot;
    # c_ca_oucc_jhsc_return_to_campus_letter.md, lines 40-52 (cut): the letter an article
    # prints ends "Sincerely," and its leaders' signatures; read off the article, the unions
    # sign, named without their acronyms and divisions
    letter = parse_letter(["Signatures:", "Extinction Rebellion Barcelona / Rebel·lió o Extinció"])
    assert [e.name for e in letter.entries] == [
        "Extinction Rebellion Barcelona / Rebel·lió o Extinció"
    ]
    lines = [
        "Unions ask the minister to include safety committees in return-to-work plans",
        "",
        "Please let us know if you have any questions.",
        "",
        "Sincerely,",
        "",
        "* David Simao, Chair - Canadian Union of Public Employees (CUPE) - Ontario University"
        " Sector",
        "* Rahul Sapra, President - Ontario Confederation of University Faculty Associations"
        " (OCUFA)",
        "* Kella Loschiavo, Chair - Ontario Public Sector Employees Union (OPSEU) University"
        " Sector",
        "* Naureen Rizvi, Ontario Regional Director - Unifor",
    ]
    result = parse_article(lines)
    assert [(m.line, m.name, m.role) for m in result.mentions] == [
        (7, "Canadian Union of Public Employees", "signatory"),
        (8, "Ontario Confederation of University Faculty Associations", "signatory"),
        (9, "Ontario Public Sector Employees Union", "signatory"),
        (10, "Unifor", "signatory"),
    ]


def test_a_sites_menu_and_a_labelled_phone_line_are_not_signatories():
    # html_worldbank_tribunal_endorsers.html, source lines 930-938: the footer menu "Press |
    # Contact Us | Donate | Network"; x_greenpeace_chemical_security_testimony_2010.txt line
    # 6: "Tel: 202-462-1177 Fax: 202-462-4507" (numbers of the document, as printed)
    result = parse_letter(
        [
            "Endorsing organisations:",
            "ActionAid",
            "Press | Contact Us | Donate | Network",
            "AUDIO / VIDEO",
            "Tel: 202-462-1177 Fax: 202-462-4507",
            "Andhra Pradesh Agricultural Workers Union",
            "AP Dalit Movement",
        ]
    )
    assert [e.name for e in result.entries] == [
        "ActionAid",
        "Andhra Pradesh Agricultural Workers Union",
        "AP Dalit Movement",
    ]
    assert [r.reason for r in result.rejected] == [
        "web page chrome (links and buttons)",
        "web page chrome (links and buttons)",
        "contact details, not a signatory",
    ]


def test_press_contacts_and_an_event_programme_name_no_signatories(tmp_path):
    # md_aaldef_naaea_english_only.md, lines 22-52 (cut): the list, then "For more
    # information:" and two press contacts, each a name, a post, a phone and an address.
    # Read off the page: three organisations sign; the contacts are staff, not signers
    lines = [
        "NAAEA Network members supporting this effort include:",
        "",
        "* Asian American Leadership Empowerment and Development (Washington, DC)",
        "* Cambodian Association of Greater Philadelphia (Philadelphia, PA)",
        "* Center for Pan Asian Community Services (Atlanta, GA)",
        "",
        "For more information:  ",
        "Brian Redondo  ",
        "Program Associate, Educational Equity and Youth Rights Project  ",
        "212\\.966.5932 ext. 210  ",
        "",
        "Khin Mai Aung  ",
        "Staff Attorney  ",
        "212\\.966.5932 ext. 219",
    ]
    page = tmp_path / "release.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = read(page)
    result = parse_letter(document.lines, units=document.units, keep_personal_names=True)
    assert [(e.line, e.kind, e.name) for e in result.entries] == [
        (3, "organisation", "Asian American Leadership Empowerment and Development"),
        (4, "organisation", "Cambodian Association of Greater Philadelphia"),
        (5, "organisation", "Center for Pan Asian Community Services"),
    ]
    # html_rock_against_tpp_denver.html (as Markdown): the performers under "Featuring:",
    # each with a line about them, are no signers; the list under "Brought to you by:" is
    lines = [
        "## Featuring:",
        "",
        "* Tom Morello",
        "",
        "Incendiary rock guitarist, troubadour, and activist.",
        "",
        "* Ryan Harvey",
        "",
        "Baltimore-based activist folksinger and co-founder of Firebrand Records. website",
        "",
        "* Son of Nun",
        "* Lia Rose",
        "",
        "## Brought to you by:",
        "",
        "* Fight for the Future",
        "* Firebrand Records",
    ]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = read(page)
    result = parse_letter(document.lines, units=document.units, keep_personal_names=True)
    assert [(e.line, e.name) for e in result.entries] == [
        (16, "Fight for the Future"),
        (17, "Firebrand Records"),
    ]


def test_a_name_among_people_is_a_person_and_a_senders_signature_under_a_numbered_list():
    # html_stopwatchingus_2013.html, lines 729-739: "Naval Ravikant" (a given name the
    # model does not know) stands among people in a list that runs on into businesses
    names = ["Rebecca Mackinnon", "David Moore", "Alexis Ohanian", "Laura Poitras"]
    names += ["Naval Ravikant", "Wil Wheaton", "Amicus", "BoingBoing", "Control Shift Labs"]
    names += ["DuckDuckGo", "Gandi.net", "Ghostery", "Namecheap", "NodeWest", "TechStars"]
    result = parse_letter(["Signed,", *names])
    kinds = [e.kind for e in result.entries]
    assert kinds == ["person"] * 6 + ["organisation"] * 9
    # y_pdf_in_startups_net_neutrality_2015.pdf, the last page: the numbered list ends, a
    # remark, then who sent it (a person, a company, a street address): read off the
    # letter, none of the four lines signs and the person's name is kept nowhere
    numbered = [f"{n} Startup {chr(64 + n)}" for n in range(1, 13)]
    sender = [
        "Aravind Ravi Sulekha",
        "Askabt Technology Pvt. Ltd.",
        "3rd floor, #3 Wind Tunnel Road, Murugeshpalya",
        "Bangalore 560017",
    ]
    remark = "I attest that I have received written authorizations from each signatory."
    result = parse_letter(["Signed,", *numbered, remark, *sender])
    assert [e.name for e in result.entries] == [f"Startup {chr(64 + n)}" for n in range(1, 13)]
    rejected = {r.line: r for r in result.rejected}
    assert sorted(rejected) == [14, 15, 16, 17, 18]
    assert {rejected[n].reason for n in (15, 16, 17, 18)} == {
        "the sender's signature under the list (who sent it), not a signatory"
    }
    assert "Sulekha" not in " ".join(r.raw for r in result.rejected)


def test_a_lists_lead_in_a_web_address_name_and_a_bulleted_name_with_its_post(tmp_path):
    # md_drw_encryption_coalition.md, lines 30-36: the sentence that introduces the list
    # sits above its bold heading, and is accounted for as a heading line (no signatory)
    lines = [
        "The international civil liberties and technology coalition joining the comments is"
        " comprised of:",
        "",
        "**Civil Society Organizations**:",
        "",
        "  * Access Now",
        "  * Blueprint for Free Speech",
        "  * Center for Democracy & Technology",
        "",
        "<!-- Do not add your name to the bottom, it needs adding in alphabetical order -->",
    ]
    page = tmp_path / "coalition.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = read(page)
    result = parse_letter(document.lines, units=document.units)
    assert [e.name for e in result.entries] == [
        "Access Now",
        "Blueprint for Free Speech",
        "Center for Democracy & Technology",
    ]
    assert result.headings == [1, 3]
    # the editors' comment (md_rms_open_letter.md, line 3129) is not shown: no unit at all
    assert 9 not in {u.line for u in document.units if u.kind != "skip"}
    # y_html_eu_savetheinternet_coalition_logos.html, lines 169-178: a short paragraph
    # speaking of NGOs introduces the logo wall, whose first logo is a web address
    result = parse_letter(
        [
            "We are concerned citizens from NGOs around Europe that care about civil"
            " liberties in the digital realm.",
            "epicenter.works",
            "EDRi",
            "Access Now",
        ]
    )
    assert [e.name for e in result.entries] == ["epicenter.works", "EDRi", "Access Now"]
    assert result.headings == [1]
    # z2_md_fr_onestlatech_lille_plainte.md, lines 25-27: "SURNAME Given, post, place" a
    # line, with posts of many lower-case words; read off the letter: three people sign
    result = parse_letter(
        [
            "Signataires :",
            '- BEAUFILS Bruno, enseignant-chercheur en informatique, Université de Lille, IUT "A"',
            "- BLONDELLE Nathalie, développeur/webmestre, Direction des systèmes"
            " d'information, Université de Lille",
            "- BOGUCKI Thomas, technicien informatique, Université de Lille, Direction des"
            " systèmes d'information",
        ]
    )
    assert [e.kind for e in result.entries] == ["person"] * 3
    result = parse_letter(
        [
            "Nous, travailleur·ses du numérique de l'Université de Lille, demandons le"
            " retrait des plaintes.",
            "",
            '- BEAUFILS Bruno, enseignant-chercheur en informatique, Université de Lille, IUT "A"',
            "- BLONDELLE Nathalie, développeur/webmestre, Direction des systèmes"
            " d'information, Université de Lille",
            "- BOGUCKI Thomas, technicien informatique, Université de Lille, Direction des"
            " systèmes d'information",
        ]
    )
    assert [(e.line, e.kind) for e in result.entries] == [
        (3, "person"),
        (4, "person"),
        (5, "person"),
    ]


def test_a_table_of_figures_a_run_of_names_between_commas_and_logos_repeating_the_list(
    tmp_path,
):
    # y_md_br_amazon_deforestation_pact.md, lines 127-176 (cut): a table read line by line
    # under a sentence ending with a colon; read off the document, nothing in it signs
    figures = ["7-Year Target Proposals", "Deforestation (ha)  Reduced Deforest."]
    figures += ["1st year (25%)", "2nd year (25%)", "3rd year (30%)", "Total"]
    figures += ["1,400,000", "1,050,000", "787,500", "551,250", "3,585,902"]
    lead_in = "The reduction proposed is scaled on an annual basis according to the table below:"
    result = parse_letter([lead_in, *figures])
    assert result.entries == []
    assert {r.reason for r in result.rejected} == {"a table of figures, not a list of signatories"}
    assert len(result.rejected) == len(figures)
    # x_goettingen_klimagruppen_open_letter_2022.md, lines 23-34: seven signers on one
    # line between commas, then six logos whose labels abbreviate them, then a late signer
    lines = [
        "## Unterzeichnet von:",
        "",
        "BUND Göttingen, Extinction Rebellion Göttingen, Extinction Rebellion Familien"
        " Göttingen, GöttingenZero, Göttingen im Wandel, NaturFreunde Göttingen e.V., "
        " Parents for Future Göttingen",
        "",
        "![Bund](/img/icon/bund_goe_tr.png)",
        "![XR](/img/icon/xr_goe.png)",
        "![GöiW](/img/icon/goe_im_wandel.png)",
        "![NFGö](/img/icon/naturfreunde_goe.png)",
        "",
        "## Nachträglich unterzeichnet von:",
        "",
        "Students for Future Göttingen",
    ]
    page = tmp_path / "brief.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document = read(page)
    result = parse_letter(document.lines, units=document.units)
    assert [(e.line, e.name) for e in result.entries] == [
        (3, "BUND Göttingen"),
        (3, "Extinction Rebellion Göttingen"),
        (3, "Extinction Rebellion Familien Göttingen"),
        (3, "GöttingenZero"),
        (3, "Göttingen im Wandel"),
        (3, "NaturFreunde Göttingen e.V."),
        (3, "Parents for Future Göttingen"),
        (12, "Students for Future Göttingen"),
    ]
    rejected = {r.line: r.reason for r in result.rejected}
    assert rejected[5] == "logo of a signer already listed (line 3)"
    assert rejected[7] == rejected[8] == "logo of a signer already listed (line 3)"
    # a long name with commas in its own words is not such a run
    # (z_html_es_owinfs_unctad13_firman.html)
    name = (
        "Latin American Association of Micro, Small, and Medium Businesses (Asociación"
        " Latinoamericana de Micro, Pequeños y Medianos Empresarios, ALAMPYME)"
    )
    result = parse_letter(["Firman:", "ActionAid International", name, "Attac Argentina"])
    assert [e.name for e in result.entries][1] == name


def test_places_in_brackets_with_an_abbreviated_saint_or_a_parent_before_them():
    # md_aaldef_naaea_english_only.md, line 33, and x_aaldef_stop_raids_endorsers_2007.md
    # (Creighton, LULAC): read off the lists, the place goes to `location`, the parent
    # institution or council stays with the name in its brackets
    result = parse_letter(
        [
            "Signed,",
            "Hmong Youth Education Services (St. Paul, MN)",
            "Creighton Center for Service and Justice (Creighton University, Nebraska)",
            "League of United Latin American Citizens (Metro-West Council, Massachusetts)",
        ]
    )
    assert [(e.name, e.location) for e in result.entries] == [
        ("Hmong Youth Education Services", "St. Paul, MN"),
        ("Creighton Center for Service and Justice (Creighton University)", "Nebraska"),
        ("League of United Latin American Citizens (Metro-West Council)", "Massachusetts"),
    ]


def test_a_short_name_of_letters_and_digits_and_a_lone_title_above_a_logo_wall():
    # found_2019-2020_fftf_banfacialrecognition_participating_orgs.txt, lines 1-9: the
    # page's title, a sentence, then the logo wall; "18mr" is 18 Million Rising's logo
    result = parse_letter(
        [
            "BAN FACIAL RECOGNITION",
            "",
            "Facial recognition is unreliable, unjust, and a threat to basic rights and"
            " safety. [...]",
            "",
            " Participating Organizations ",
            "",
            "  • 18mr logo",
            "  • NLG logo",
            "  • NYCLU logo",
        ]
    )
    assert [(e.line, e.name) for e in result.entries] == [
        (7, "18mr"),
        (8, "NLG"),
        (9, "NYCLU"),
    ]
    # found_2019-09_consumer-action_ban_facial_recognition_campaign_orgs.txt, line 13 (cut)
    result = parse_letter(["Other Organizations", "Popular Resistance | 18MR | 2nd | Daily Kos"])
    assert [e.name for e in result.entries] == ["Popular Resistance", "18MR", "Daily Kos"]
