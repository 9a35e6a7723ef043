"""The command line: help texts, exit status 2 with one line for bad usage or input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from netlib.cli import main

ROOT = Path(__file__).resolve().parents[1]

COMMANDS = ["parse", "add", "build", "report", "review", "synth", "bench"]


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "netlib", *args], capture_output=True, text=True, timeout=120
    )


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_explains_itself(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"] if command else ["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: netlib" in out
    if command is None:
        for name in COMMANDS:
            assert name in out


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["build", "--nope"], "unrecognized arguments: --nope"),
        (["frobnicate"], "invalid choice"),
        (["parse", "/no/such/file.txt"], "/no/such/file.txt: no such file"),
        (["build", "--raw", "/no/such/dir"], "manifest"),
        (["report", "--data", "/no/such/dir"], "/no/such/dir"),
    ],
)
def test_bad_usage_exits_2_with_one_line(args, expected):
    result = run(*args)
    assert result.returncode == 2
    # bad usage too is one line: the parser's errors skip argparse's usage block
    (line,) = result.stderr.splitlines()
    assert expected in line
    assert line.startswith("netlib")


def test_parse_a_directory_is_refused(tmp_path):
    result = run("parse", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.strip() == f"netlib parse: {tmp_path}: is a directory, not a document"


def _parse_json(path, *extra):
    result = subprocess.run(
        [sys.executable, "-m", "netlib", "parse", str(path), *map(str, extra)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_parse_gives_an_unseen_letter_the_corpus_ids(tmp_path, seed_corpus):
    letter = tmp_path / "new-letter.txt"
    letter.write_text(
        "Dear Council,\nWe ask you to reject the surveillance contract before the vote.\n\n"
        "Signed,\nThe A.C.L.U.\nfight for the future\nMedia Justice\nACLU of Texas\n"
        "Tenants United of Hamilton County\n",
        encoding="utf-8",
    )
    payload = _parse_json(
        letter, "--curation", seed_corpus.curation, "--data", seed_corpus.processed
    )
    assert payload["doc"]["kind"] == "letter"
    got = {s["line"]: (s["org_id"], s["match"]["method"]) for s in payload["signatories"]}
    # lines 5-9 after "Signed," (line 4), resolved by hand against the seed corpus's curation
    # and its letter: curated acronym, exact name, curated alias, a new affiliate, a new group
    assert got == {
        5: ("aclu", "acronym"),
        6: ("fight-for-the-future", "exact"),
        7: ("mediajustice", "alias"),
        8: ("aclu-of-texas", "new"),
        9: ("tenants-united-of-hamilton-county", "new"),
    }
    chapters = {s["line"]: s["chapter_of"] for s in payload["signatories"]}
    assert chapters[8] == ["aclu"] and chapters[9] == []
    assert {
        "line": 8,
        "raw": "ACLU of Texas",
        "issue": "possible chapter or affiliate",
        "detail": "of aclu",
    } in payload["review"]


def test_parse_guesses_an_article_despite_its_short_chrome_lines():
    payload = _parse_json(ROOT / "tests" / "fixtures" / "articles" / "news_release.txt")
    assert payload["doc"]["kind"] == "article"
    roles = {(m["name"], m["role"]) for m in payload["mentions"]}
    # line 7: "organized by the Example Privacy Project and signed by groups including ..."
    assert ("Example Privacy Project", "organiser") in roles
    assert ("Digital Rights Alliance", "signatory") in roles
    assert [(c["count"], c["qualifier"]) for c in payload["counts"]][:1] == [(40, "at_least")]


def test_build_summary_counts_agree_with_their_nouns():
    from netlib.cli import build_summary

    one = {"documents": [1], "campaigns": [1], "organisations": [1], "signatures": [1]}
    line = build_summary("out", {**one, "rejected": [1, 2]}, 0)
    assert line == (
        "built out: 1 document, 1 campaign, 1 organisation, 1 signature, 2 rejected, 0 to review"
    )
