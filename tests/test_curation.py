"""Organisation curation files: checked row by row, judgements recorded once per pair."""

import datetime as dt
import shutil
import subprocess
import sys

import pytest

from netlib.errors import InputError
from netlib.resolve.curation import load_curation, record_judgement
from tests.conftest import SEED_CURATION


def test_the_seed_curation_loads_with_its_chapters():
    curation = load_curation(SEED_CURATION)
    parents = {r["org_id"]: r["parent_org_id"] for r in curation.organisations}
    assert parents["aclu-of-massachusetts"] == "aclu"
    assert parents["cair-san-francisco-bay-area"] == "council-on-american-islamic-relations"
    renames = {r["alias"]: r["org_id"] for r in curation.aliases if r["kind"] == "rename"}
    assert renames == {"Center for Media Justice": "mediajustice"}
    assert curation.splits[0]["parts"] == ["Casa Latina", "Center for Media Justice"]
    every_row = curation.organisations + curation.aliases + curation.splits
    assert all(r["reason"] and r["source"] for r in every_row)


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "curation"
    shutil.copytree(SEED_CURATION, target)
    return target


@pytest.mark.parametrize(
    ("file", "row", "problem"),
    [
        ("organisations.csv", "x,X,,,,src", "needs a reason and a source"),
        ("organisations.csv", "Bad Id,X,,,r,s", "bad org_id"),
        ("organisations.csv", "aclu,Again,,,r,s", "duplicate org_id"),
        ("organisations.csv", "x,X,nowhere,chapter,r,s", "unknown parent_org_id"),
        ("organisations.csv", "x,X,aclu,,r,s", "needs a relation"),
        ("organisations.csv", "x,X,aclu,sibling,r,s", "relation must be"),
        ("aliases.csv", "Foo,no-such-org,alias,r,s", "unknown org_id"),
        ("aliases.csv", "Foo,aclu,nickname,r,s", "kind must be"),
        ("splits.csv", "A B,A B,r,s", "two or more names"),
        ("judgements.csv", "Foo,aclu,maybe,me,2026-01-01,r,s", "decision must be"),
        ("organisations.csv", "x,X,,,r,s,extra", "more cells than columns"),
    ],
)
def test_bad_rows_are_refused_naming_the_row(folder, file, row, problem):
    path = folder / file
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, row]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem) as caught:
        load_curation(folder)
    # the line an editor shows: after every line already there (header and quoted names
    # over two lines included)
    assert f"{file} line {len(lines) + 1}:" in str(caught.value)


def test_a_chapter_cycle_is_refused(folder):
    path = folder / "organisations.csv"
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        "aclu,American Civil Liberties Union,,,",
        "aclu,American Civil Liberties Union,aclu-of-washington,affiliate,",
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match="cycle"):
        load_curation(folder)


def test_a_judgement_is_recorded_once_per_pair(folder):
    day = dt.date(2026, 11, 25)
    record_judgement(
        folder,
        "Fight 4 the Future",
        "aclu",
        "negative",
        reason="different body",
        source="004 line 50",
        reviewer="a",
        today=day,
    )
    record_judgement(
        folder,
        "Fight  4 the Future",
        "aclu",
        "unsure",
        reason="second look",
        source="004 line 50",
        reviewer="b",
        today=day,
    )
    rows = load_curation(folder).judgements
    assert [(r["name"], r["org_id"], r["decision"], r["reviewer"]) for r in rows] == [
        ("Fight 4 the Future", "aclu", "unsure", "b")
    ]
    with pytest.raises(InputError, match="unknown org_id"):
        record_judgement(folder, "X", "no-such-org", "positive", reason="r", source="s")


def test_netlib_review_then_build_applies_the_judgement(folder, tmp_path):
    # "Media Justice" is a curated alias already; judge a new spelling onto MediaJustice
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "netlib",
            "review",
            "Media-Justice Fund",
            "mediajustice",
            "positive",
            "--reason",
            "same organisation",
            "--source",
            "test",
            "--curation",
            str(folder),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    from netlib.resolve.registry import Registry

    registry = Registry.from_curation(load_curation(folder))
    match = registry.resolve_or_add("Media Justice Fund")
    assert (match.org_id, match.method) == ("mediajustice", "judgement")


def test_netlib_review_refuses_a_missing_reason(folder):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "netlib",
            "review",
            "X",
            "aclu",
            "positive",
            "--reason",
            " ",
            "--source",
            "s",
            "--curation",
            str(folder),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "needs --reason and --source" in result.stderr and "Traceback" not in result.stderr
