"""Tests of present.evidence: the cited line, safe to show; the appendix; links from tables."""

import json
import re

import pandas as pd

from netlib.io.tables import load_tables
from netlib.network.graph import bipartite_graph
from netlib.present.evidence import (
    CONTEXT_CHARS,
    appendix_html,
    link_table_cells,
    node_evidence,
    safe_excerpt,
)
from netlib.present.interactive import network_view

PEOPLE = ("Nadella", "Sharpton", "Drew-Davi", "Firmat", "Pichai", "Zuckerberg")
LETTER = "004_a2b6e4d5bf6c8316"
NYPD_ARTICLE = "002_a6c1a823f457a332"
BREAKOUT = "</script><!--<img src=x onerror=alert(1)>\u2028"


def test_an_article_line_keeps_the_organisations_and_leaves_out_every_possible_name():
    line = (
        "Ruha Benjamin of Princeton said on Tuesday that Fight for the Future and MediaJustice "
        "will sign, with 20 others; 美国 groups too."
    )
    got = safe_excerpt(line, "Fight for the Future", ["MediaJustice"])
    # by hand: capitalised words outside the two names go, runs of them as one mark, and so
    # does a word in a script without case; lower-case words, numbers, punctuation stay
    assert got == (
        "[…] of […] said on […] that Fight for the Future and MediaJustice will sign, "
        "with 20 others; […] groups too."
    )


def test_a_long_line_is_cut_around_the_name_at_spaces_never_inside_a_name():
    before, after = "word " * 60, " again" * 60
    line = f"{before}Oakland Privacy{after}"
    got = safe_excerpt(line, "Oakland Privacy")
    assert got.startswith("… word") and got.endswith("again …")
    kept = got.removeprefix("… ").removesuffix(" …")
    assert kept == line[line.index(kept) : line.index(kept) + len(kept)]  # a slice as written
    # the cut is at most CONTEXT_CHARS before the name and a word's length more
    assert CONTEXT_CHARS - 5 <= kept.index("Oakland") <= CONTEXT_CHARS
    # a curly apostrophe in the line matches the straight one of the parsed name
    assert safe_excerpt("Sign: Women’s Legal Centre.", "Women's Legal Centre") == (
        "[…] Women’s Legal Centre."
    )


def test_the_build_cites_each_signature_line_as_written_without_people(seed_corpus):
    sig = load_tables(seed_corpus.processed)["signatures"]
    # a letter's line is its raw text (004 line 50, by hand: "Fight for the Future")
    row = sig[(sig.doc_id == LETTER) & (sig.line == 50)].iloc[0]
    assert (row.org_id, row.text) == ("fight-for-the-future", "Fight for the Future")
    assert (sig.loc[sig.method == "list", "text"] == sig.loc[sig.method == "list", "raw"]).all()
    # an article's line, 002 line 23 ("Organizations that signed the letter include Fight for
    # the Future, ..., the Reverend Al Sharpton–founded National Action Network, and
    # TechActivist.Org."): the five names stay, the Reverend's name and the opening word go
    cited = sig[(sig.doc_id == NYPD_ARTICLE) & (sig.line == 23)]
    assert len(cited) == 5
    expected = (
        "[…] that signed the letter include Fight for the Future, Immigrant Defense Project, "
        "Oakland Privacy, the […] National Action Network, and TechActivist.Org."
    )
    assert cited.set_index("org_id").at["fight-for-the-future", "text"] == expected
    assert not [t for t in sig["text"] if any(p in t for p in PEOPLE)]


def test_node_evidence_lists_each_campaign_with_its_lines(tables):
    found = node_evidence(tables, ["fftf", "2019-06-ring-police", "tech-workers"])
    # fixture: fftf signs F (004 line 6), R as organiser (004 line 9), B twice (004 line 12
    # and article 002 line 21); tech-workers signs nothing; a campaign cites no line itself
    assert found["nodes"]["fftf"] == {
        "2019-01-face-surveillance": [["004", 6, "line 6"]],
        "2019-06-ring-police": [["004", 9, "line 9"]],
        "2020-06-facial-recognition-ban": [["002", 21, "line 21"], ["004", 12, "line 12"]],
    }
    assert found["nodes"]["2019-06-ring-police"] == {"2019-06-ring-police": []}
    assert "tech-workers" not in found["nodes"]
    assert found["documents"]["002"] == "Cities ban face recognition"
    # a collapsed parent stands for its chapter's lines too
    merged = node_evidence(tables, ["aclu"], members={"aclu": ["aclu", "aclu-ma"]})
    assert sorted(merged["nodes"]["aclu"]) == [
        "2019-01-face-surveillance",
        "2020-06-facial-recognition-ban",
    ]


def _with_text(tables, text):
    tables["signatures"]["text"] = tables["signatures"]["raw"]
    tables["signatures"].loc[0, "text"] = text
    tables["organisations"].loc[0, "name"] = text
    return tables


def test_the_view_carries_the_lines_escaped_once_for_a_script(tables):
    tables = _with_text(tables, BREAKOUT)
    page = network_view(bipartite_graph(tables), name="t", tables=tables)
    assert "<!--" not in page and "<img" not in page
    assert page.count("</script>") == 2
    block = re.search(r'id="nv-t-data">(.*?)</script>', page, re.S).group(1)
    assert "\u2028" not in block  # a line separator would end a line of script
    data = json.loads(block)
    assert BREAKOUT in json.dumps(data, ensure_ascii=False)
    # one invisible hit line per drawn link, and the evidence panel
    assert page.count('<line id="nv-t-h') == page.count('<line id="nv-t-e') == 10
    assert 'class="nv-evidence"' in page
    # without tables the view is as before: no hit line, no panel, no evidence data
    plain = network_view(bipartite_graph(tables), name="t")
    assert '<line id="nv-t-h' not in plain and 'class="nv-evidence"' not in plain
    assert "evidence" not in json.loads(re.search(r'id="nv-t-data">(.*?)</script>', plain).group(1))


def test_the_appendix_escapes_every_text_once_and_anchors_each_organisation(tables):
    tables = _with_text(tables, BREAKOUT)
    page = appendix_html(tables)
    assert "<img" not in page and "</script>" not in page
    assert "&lt;/script&gt;&lt;!--&lt;img" in page and "&amp;lt;" not in page
    for org in set(tables["signatures"]["org_id"]):
        assert page.count(f'<section id="org-{org}">') == 1
    assert page.count('<section id="doc-') == 2
    # fftf's four lines, each with its document link and line number (fixture, by hand)
    fftf = re.search(r'<section id="org-fftf">(.*?)</section>', page).group(1)
    assert fftf.count("<li>") == 4 and 'href="#doc-002"' in fftf and "line 21:" in fftf


def test_table_cells_holding_an_id_link_to_the_appendix(tables):
    frame = pd.DataFrame({"org_id": ["fftf", "nobody"], "name": ["Fight for the Future", "x"]})
    page = link_table_cells(frame.to_html(), tables)
    assert '<td><a href="evidence.html#org-fftf">fftf</a></td>' in page
    assert "<td>nobody</td>" in page and "<td>Fight for the Future</td>" in page
    documents = link_table_cells(tables["documents"][["doc_id", "title"]].to_html(), tables)
    assert documents.count('href="evidence.html#doc-') == 2
    # pandas shows a long id cut short: it links when one id alone starts so
    cut = link_table_cells("<td>aclu...</td><td>fftf-x...</td><td>e...</td>", tables)
    assert (
        cut == '<td>aclu...</td><td>fftf-x...</td><td><a href="evidence.html#org-eff">e...</a></td>'
    )


def test_no_personal_name_in_the_evidence_or_the_view(seed_corpus):
    tables = load_tables(seed_corpus.processed)
    outputs = [
        appendix_html(tables),
        network_view(bipartite_graph(tables), name="seed", tables=tables),
    ]
    for text in outputs:
        for person in PEOPLE:
            assert person not in text, person
