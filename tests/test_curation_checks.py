"""Curation and manifest checks (issue 12): each fault used to exit 0 and change the outputs.

Every test builds a temporary copy of the seed corpus (``tests/fixtures/seed_corpus`` copied
into ``tmp_path``), changes one curation row, and checks the one-line refusal naming the file
and the line an editor shows (the header is line 1), or what ``review.csv`` still asks.
"""

import csv
import shutil
import subprocess
import sys

import pytest

from netlib.build import build_corpus
from netlib.errors import InputError
from netlib.io.manifest import read_manifest
from netlib.io.schemas import CURATION_FILES
from netlib.resolve.curation import load_curation
from tests.conftest import SEED_CURATION, SEED_RAW

LETTER = "004_a2b6e4d5bf6c8316"  # the seed letter, 101 lines (the last one blank)


@pytest.fixture
def corpus(tmp_path):
    """A copy of the seed corpus: ``(raw, curation)`` folders."""
    raw, curation = tmp_path / "raw", tmp_path / "curation"
    shutil.copytree(SEED_RAW, raw)
    shutil.copytree(SEED_CURATION, curation)
    return raw, curation


def append_rows(path, *rows):
    """Append CSV rows to a curation file; the line number of the first one appended."""
    text = path.read_text(encoding="utf-8")
    if not text.endswith("\n"):
        text += "\n"
    first = text.count("\n") + 1
    with open(path, "w", newline="", encoding="utf-8") as handle:
        handle.write(text)
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return first


def judge(curation, name, org_id, decision):
    return append_rows(
        curation / "judgements.csv",
        [name, org_id, decision, "test", "2026-12-01", "test decision", "test"],
    )


def refused(corpus, tmp_path, match):
    """The build's refusal (an InputError), checking that nothing was written."""
    raw, curation = corpus
    with pytest.raises(InputError, match=match) as caught:
        build_corpus(raw_dir=raw, out_dir=tmp_path / "out", curation_dir=curation)
    assert not (tmp_path / "out").exists()
    return str(caught.value)


def build(corpus, tmp_path):
    raw, curation = corpus
    return build_corpus(raw_dir=raw, out_dir=tmp_path / "out", curation_dir=curation, jobs=1)


# -- aliases -------------------------------------------------------------------------------


def test_an_alias_cycle_between_two_organisations_is_refused(corpus):
    _, curation = corpus
    # each organisation's alias is the other's name: before, the registry kept the first
    # claim on each name and dropped both aliases without a word
    line = append_rows(
        curation / "aliases.csv",
        ["Restore the Fourth", "casa-latina", "alias", "r", "s"],
        ["Casa Latina", "restore-the-fourth", "alias", "r", "s"],
    )
    with pytest.raises(InputError, match="alias cycle") as caught:
        load_curation(curation)
    assert str(caught.value).startswith(f"{curation / 'aliases.csv'} line {line}:")
    assert "casa-latina" in str(caught.value) and "restore-the-fourth" in str(caught.value)


def test_one_alias_given_to_two_organisations_is_refused(corpus):
    _, curation = corpus
    line = append_rows(
        curation / "aliases.csv",
        ["RTF", "restore-the-fourth", "acronym", "r", "s"],
        ["R.T.F.", "casa-latina", "acronym", "r", "s"],  # the same name once normalised
    )
    with pytest.raises(InputError, match="also given to restore-the-fourth") as caught:
        load_curation(curation)
    message = str(caught.value)
    assert message.startswith(f"{curation / 'aliases.csv'} line {line + 1}:")
    assert f"aliases.csv line {line})" in message


def test_an_alias_that_is_another_organisations_name_is_refused(corpus):
    _, curation = corpus
    line = append_rows(
        curation / "aliases.csv", ["Our Revolution", "casa-latina", "alias", "r", "s"]
    )
    with pytest.raises(InputError, match="is the name of our-revolution") as caught:
        load_curation(curation)
    assert str(caught.value).startswith(f"{curation / 'aliases.csv'} line {line}:")


# -- splits, judgements, links: checked against the documents --------------------------------


def test_a_split_for_a_line_no_document_has_is_refused(corpus, tmp_path):
    _, curation = corpus
    line = append_rows(
        curation / "splits.csv",
        ["Casa Latina Restore the Fourth", "Casa Latina|Restore the Fourth", "r", "s"],
    )
    message = refused(corpus, tmp_path, "no letter has the line")
    assert message.startswith(f"{curation / 'splits.csv'} line {line}:")


def test_a_judgement_naming_an_unknown_org_id_is_refused_by_the_build(corpus, tmp_path):
    _, curation = corpus
    # before: the build created 'no-such-org' and moved Casa Latina's signature to it
    line = judge(curation, "Casa Latina", "no-such-org", "positive")
    message = refused(corpus, tmp_path, "unknown org_id 'no-such-org'")
    assert message.startswith(f"{curation / 'judgements.csv'} line {line}:")


def test_a_judgement_on_an_organisation_the_build_makes_is_kept(corpus, tmp_path):
    _, curation = corpus
    # 'our-revolution-arlington' is not curated any more: the build makes it from line 84
    rows = (curation / "organisations.csv").read_text(encoding="utf-8").splitlines()
    kept = [r for r in rows if not r.startswith("our-revolution-arlington,")]
    (curation / "organisations.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    judge(curation, "Our Revolution Arlington VA", "our-revolution-arlington", "negative")
    result = build(corpus, tmp_path)
    assert "our-revolution-arlington" in set(result.tables["organisations"].org_id)


def test_a_campaign_link_past_the_end_of_its_document_is_refused(corpus, tmp_path):
    _, curation = corpus
    path = curation / "campaign_documents.csv"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    number = next(i for i, r in enumerate(lines, start=1) if r.startswith("2020-06-amazon"))
    path.write_text(text.replace("000_c76df11e998d9e50,44,", "000_c76df11e998d9e50,44;60-70,"))
    message = refused(corpus, tmp_path, "line range 60-70 goes past the end")
    assert message.startswith(f"{path} line {number}:")
    assert "its last line is 54" in message  # 53 newlines, then a last line without one


def test_a_campaign_link_up_to_the_last_line_is_accepted(corpus, tmp_path):
    _, curation = corpus
    path = curation / "campaign_documents.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("000_c76df11e998d9e50,44,", "000_c76df11e998d9e50,44;54,"))
    assert build(corpus, tmp_path).tables["signatures"].shape[0] == 99  # as the seed build


# -- line numbers as an editor shows them ---------------------------------------------------


@pytest.mark.parametrize("file", [*CURATION_FILES, "campaigns.csv", "campaign_documents.csv"])
def test_messages_give_the_line_an_editor_shows(corpus, tmp_path, file):
    _, curation = corpus
    path = curation / file
    with open(path, newline="", encoding="utf-8") as handle:
        width = len(next(csv.reader(handle)))
    # a quoted cell over two lines before the bad row moves it one line further down
    first = path.read_text(encoding="utf-8")
    lines_before = first.rstrip("\n").count("\n") + 1
    append_rows(path, ["x"] * (width + 1))
    message = refused(corpus, tmp_path, "more cells than columns")
    assert message.startswith(f"{path} line {lines_before + 1}:")


def test_a_multi_line_cell_moves_the_line_numbers_down(corpus):
    _, curation = corpus
    path = curation / "aliases.csv"
    append_rows(path, ["EFF", "casa-latina", "alias", "reason over\ntwo lines", "s"])
    line = append_rows(path, ["Foo", "no-such-org", "alias", "r", "s"])
    with pytest.raises(InputError, match="unknown org_id") as caught:
        load_curation(curation)
    assert str(caught.value).startswith(f"{path} line {line}:")
    assert line == 11  # header, 7 seed rows (lines 2-8), the two-line row (9-10), then 11


def test_manifest_messages_give_the_line_an_editor_shows(corpus):
    raw, _ = corpus
    (raw / "002_a6c1a823f457a332.txt").write_text("tampered\n")
    # doc 002 is the third data row: line 4 of manifest.csv
    with pytest.raises(InputError, match=r"manifest.csv line 4: checksum mismatch"):
        read_manifest(raw)


# -- documents no campaign links ------------------------------------------------------------


def test_a_document_no_campaign_links_is_named_with_how_to_link_it(corpus, tmp_path):
    raw, curation = corpus
    path = curation / "campaign_documents.csv"
    kept = [r for r in path.read_text(encoding="utf-8").splitlines() if ",002_a6c" not in r]
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    args = ["build", "--raw", raw, "--out", tmp_path / "out", "--curation", curation, "--jobs", "1"]
    proc = subprocess.run(
        [sys.executable, "-m", "netlib", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    warnings = [line for line in proc.stderr.splitlines() if "002_a6c1a823f457a332" in line]
    assert len(warnings) == 1, proc.stderr
    # doc 002 names five signers and the letter's publisher: six rejected rows
    assert "no campaign links it" in warnings[0] and "6 names" in warnings[0]
    assert str(path) in warnings[0]
    assert str(raw / "002_a6c1a823f457a332.txt") in warnings[0]


def test_the_seed_build_has_no_unlinked_document(corpus, tmp_path):
    assert build(corpus, tmp_path).notices == []


# -- never asked again ----------------------------------------------------------------------


def review_rows(result, line):
    review = result.extra_tables["review"]
    rows = review[(review.doc_id == LETTER) & (review.line == line)]
    return sorted(zip(rows.issue, rows.detail, strict=True))


def test_an_unsure_judgement_on_a_possible_chapter_is_not_asked_again(corpus, tmp_path):
    _, curation = corpus
    rows = (curation / "organisations.csv").read_text(encoding="utf-8").splitlines()
    kept = [r for r in rows if not r.startswith("aclu-of-washington,")]
    (curation / "organisations.csv").write_text("\n".join(kept) + "\n", encoding="utf-8")
    before = review_rows(build(corpus, tmp_path), 17)
    assert before == [("possible chapter or affiliate", "of aclu")]
    judge(curation, "ACLU of Washington", "aclu", "unsure")
    result = build(corpus, tmp_path)
    assert review_rows(result, 17) == []
    # unsure keeps them apart: still its own organisation
    sig = result.tables["signatures"]
    assert list(sig.loc[(sig.doc_id == LETTER) & (sig.line == 17), "org_id"]) == [
        "aclu-of-washington"
    ]


def test_a_positive_judgement_on_a_merged_line_is_not_asked_again(corpus, tmp_path):
    _, curation = corpus
    (curation / "splits.csv").write_text("raw,parts,reason,source\n", encoding="utf-8")
    before = review_rows(build(corpus, tmp_path), 32)
    assert before == [
        ("fuzzy candidate", "mediajustice (80)"),
        ("possible merge", "possible-merge:Casa Latina"),
        ("possible merge", "possible-merge:Center for Media Justice"),
    ]
    judge(curation, "Casa Latina Center for Media Justice", "casa-latina", "positive")
    result = build(corpus, tmp_path)
    assert review_rows(result, 32) == []
    sig = result.tables["signatures"]
    assert list(sig.loc[(sig.doc_id == LETTER) & (sig.line == 32), "org_id"]) == ["casa-latina"]


def test_a_negative_judgement_on_one_merged_name_asks_only_about_the_other(corpus, tmp_path):
    _, curation = corpus
    (curation / "splits.csv").write_text("raw,parts,reason,source\n", encoding="utf-8")
    judge(curation, "Casa Latina Center for Media Justice", "mediajustice", "negative")
    # the fuzzy candidate and the merge with MediaJustice's former name were both about the pair
    assert review_rows(build(corpus, tmp_path), 32) == [
        ("possible merge", "possible-merge:Casa Latina")
    ]


def test_an_id_a_judgement_created_counts_once_a_document_gives_its_own_name():
    from netlib.resolve.curation import Curation
    from netlib.resolve.registry import Registry

    registry = Registry.from_curation(
        Curation(
            judgements=[{"name": "TU Hamilton", "org_id": "tenants-united", "decision": "positive"}]
        )
    )
    registry.resolve_or_add("TU Hamilton")  # created under the judged id, from the judgement
    assert "tenants-united" not in registry.made_from_names()  # the build would refuse it
    registry.resolve_or_add("Tenants United")  # a document names it: the id is real
    assert registry.made_from_names() == {"tenants-united"}
