"""netlib build on the seed corpus: campaigns, joins across documents, provenance, atomicity."""

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from netlib.build import build_corpus
from netlib.errors import InputError
from netlib.io.tables import load_tables
from tests.conftest import SEED_CURATION, SEED_RAW, start_paused_netlib

LETTER = "004_a2b6e4d5bf6c8316"
FACE = "2019-01-microsoft-face-surveillance"
NYPD = "2020-06-microsoft-nypd-das"


@pytest.fixture(scope="module")
def built(seed_corpus):
    return seed_corpus.processed, load_tables(seed_corpus.processed)


def _seed_args(seed_corpus):
    """`netlib build`'s options that name the seed copy (never the live data/)."""
    return ["--raw", str(seed_corpus.raw), "--curation", str(seed_corpus.curation)]


def test_every_letter_line_is_a_signature_or_rejected(built):
    _, tables = built
    # Counted by hand: "Signed," is line 13; lines 14-101 are 88 organisation lines, the last
    # ("X-Lab") without a newline. Line 32, "Casa Latina Center for Media Justice", is a curated
    # split into two organisations, so 89 organisations sign.
    sig = tables["signatures"]
    rej = tables["rejected"]
    letter_lines = set(sig.loc[sig.doc_id == LETTER, "line"]) | set(
        rej.loc[rej.doc_id == LETTER, "line"]
    )
    assert letter_lines == set(range(14, 102))
    face = sig[sig.campaign_id == FACE]
    assert face["org_id"].nunique() == 89
    assert len(face) == 89 and rej[rej.doc_id == LETTER].empty
    split = face[face.line == 32]
    assert set(split["org_id"]) == {"casa-latina", "mediajustice"}
    assert (split["method"] == "curated").all()


def test_campaigns_have_their_curated_facts(built):
    _, tables = built
    campaigns = tables["campaigns"].set_index("campaign_id")
    assert len(campaigns) == 8
    assert campaigns.at[NYPD, "reported_signatories"] == 18
    assert campaigns.at[NYPD, "reported_qualifier"] == "exact"
    # five organisations named as signers in 002 line 23, plus S.T.O.P. as organiser (line 7)
    assert campaigns.at[NYPD, "named_organisations"] == 6
    assert campaigns.at[FACE, "named_organisations"] == 89
    assert campaigns.at["2020-06-microsoft-employees-police", "reported_qualifier"] == "about"
    assert campaigns.at["2020-06-microsoft-employees-police", "named_organisations"] == 0


def test_organisations_join_across_documents(built):
    _, tables = built
    sig = tables["signatures"]
    orgs = tables["organisations"].set_index("org_id")
    by_org = (
        sig.drop_duplicates(["org_id", "campaign_id"]).groupby("org_id")["campaign_id"].apply(set)
    )
    multi = {orgs.at[o, "name"]: c for o, c in by_org.items() if len(c) >= 2}
    # By hand: Fight for the Future, Immigrant Defense Project and Oakland Privacy sign the 2019
    # letter (004 lines 50, 60, 81) and are named in the 2020 NYPD letter (002 line 23);
    # Center for Media Justice (004 line 32, split) is MediaJustice (a curated rename), a Tech Is
    # Not Neutral partner (003 line 5); the ACLU signs 004 line 14 and, as "the A.C.L.U.",
    # demands that Amazon stop selling Rekognition (001 line 140). Nobody else is in two.
    assert set(multi) == {
        "Fight for the Future",
        "Immigrant Defense Project",
        "Oakland Privacy",
        "MediaJustice",
        "American Civil Liberties Union",
    }
    # chapters stay separate organisations, linked to their parent
    assert orgs.at["aclu-of-massachusetts", "parent_org_id"] == "aclu"
    assert orgs.at["national-lawyers-guild-massachusetts-chapter", "parent_org_id"] == (
        "national-lawyers-guild"
    )


def test_every_edge_points_to_its_document_and_line(built):
    _, tables = built
    sig = tables["signatures"]
    lines = {}
    for doc in tables["documents"].itertuples():
        lines[doc.doc_id] = (
            (SEED_RAW / Path(doc.path).name).read_text(encoding="utf-8").splitlines()
        )
    for row in sig.itertuples():
        text = lines[row.doc_id][row.line - 1]
        first_word = row.raw.split()[0].strip(",.")
        assert first_word.lower() in text.lower(), (row.doc_id, row.line, row.raw)


def test_no_personal_name_leaves_the_build(built):
    out, tables = built
    # the cited lines are in it: 002 line 23 as written names the Reverend Al Sharpton
    sig = tables["signatures"]
    cited = sig.loc[(sig.doc_id == "002_a6c1a823f457a332") & (sig.line == 23), "text"]
    assert len(cited) == 5 and all("National Action Network" in text for text in cited)
    for path in sorted(out.iterdir()):
        text = path.read_text(encoding="utf-8")
        for name in ("Nadella", "Sharpton", "Drew-Davi", "Firmat", "Pichai", "Zuckerberg"):
            assert name not in text, (path.name, name)


def _digests(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_builds_are_byte_identical_across_hash_seeds(tmp_path, built, seed_corpus):
    out, _ = built
    outs = []
    for seed in ("1", "2"):
        target = tmp_path / f"out{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "netlib",
                "build",
                "--out",
                str(target),
                *_seed_args(seed_corpus),
            ],
            check=True,
            env=env,
            capture_output=True,
        )
        outs.append(_digests(target))
    assert outs[0] == outs[1] == _digests(out)


def test_a_killed_build_leaves_the_previous_output_intact(tmp_path, built, seed_corpus):
    out, _ = built
    target = tmp_path / "processed"
    shutil.copytree(out, target)
    before = _digests(target)
    marker = tmp_path / "paused"
    # paused once the tables are written into the staging folder, before the exports
    proc = start_paused_netlib(
        marker,
        "netlib.present.export.write_graph_exports",
        "build",
        "--out",
        target,
        *_seed_args(seed_corpus),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert marker.exists(), "the build never reached its midway point"
    # midway: some tables are written into the staging folder, the rest not yet
    proc.send_signal(signal.SIGKILL)
    marker.unlink()
    proc.wait()
    assert _digests(target) == before
    # the next build cleans the killed one's staging folder
    build_corpus(seed_corpus.raw, target, seed_corpus.curation)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["processed"]


def test_manifest_fault_stops_the_build_before_writing(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    (raw / "002_a6c1a823f457a332.txt").write_text("tampered\n")
    with pytest.raises(InputError, match="line 4: checksum mismatch"):
        build_corpus(raw_dir=raw, out_dir=tmp_path / "out", curation_dir=SEED_CURATION)
    assert not (tmp_path / "out").exists()


def test_without_its_curated_split_the_merged_line_is_flagged_for_review(tmp_path):
    curation = tmp_path / "curation"
    shutil.copytree(SEED_CURATION, curation)
    (curation / "splits.csv").write_text("raw,parts,reason,source\n", encoding="utf-8")
    result = build_corpus(raw_dir=SEED_RAW, out_dir=tmp_path / "out", curation_dir=curation)
    review = result.extra_tables["review"]
    line_32 = review[(review.doc_id == LETTER) & (review.line == 32)]
    # "Casa Latina Center for Media Justice": two curated names on one line
    assert set(line_32.loc[line_32.issue == "possible merge", "detail"]) == {
        "possible-merge:Casa Latina",
        "possible-merge:Center for Media Justice",
    }
    # a merge to split, not a chapter of one of the organisations it merges
    assert "possible chapter or affiliate" not in set(line_32.issue)
    sig = result.tables["signatures"]
    # nothing is split without the curation row: one signature, for a new organisation
    assert list(sig.loc[(sig.doc_id == LETTER) & (sig.line == 32), "org_id"]) == [
        "casa-latina-center-for-media-justice"
    ]


def test_a_settled_document_review_leaves_review_csv_and_is_counted(tmp_path):
    # a letter copy without its list gives "no signatory block found"; a row of
    # document_reviews.csv settles it (and only it), with its reason and source
    raw = tmp_path / "raw"
    shutil.copytree(SEED_RAW, raw)
    text = "June 3, 2020\n\nDear Mr. Nadella,\n\nWe write to urge you to end the contract.\n"
    (raw / "009_abridged.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    manifest = (raw / "manifest.csv").read_text(encoding="utf-8")
    header = manifest.splitlines()[0].split(",")
    row = {name: "" for name in header}
    row |= {"doc_id": "009_abridged", "file": "009_abridged.txt", "kind": "letter"}
    row |= {"title": "Abridged letter", "published": "2020-06", "date_precision": "month"}
    row |= {"sha256": digest}
    (raw / "manifest.csv").write_text(
        manifest.rstrip("\n") + "\n" + ",".join(row[name] for name in header) + "\n",
        encoding="utf-8",
    )
    curation = tmp_path / "curation"
    shutil.copytree(SEED_CURATION, curation)
    unsettled = build_corpus(raw_dir=raw, out_dir=tmp_path / "a", curation_dir=curation)
    review = unsettled.extra_tables["review"]
    assert list(review.loc[review.doc_id == "009_abridged", "issue"]) == [
        "no signatory block found"
    ]
    (curation / "document_reviews.csv").write_text(
        "doc_id,issue,decision,reason,source\n"
        "009_abridged,no signatory block found,settled,the copy lacks its list,009 whole file\n",
        encoding="utf-8",
    )
    settled = build_corpus(raw_dir=raw, out_dir=tmp_path / "b", curation_dir=curation)
    assert "009_abridged" not in set(settled.extra_tables["review"].doc_id)
    assert len(settled.extra_tables["review"]) == len(review) - 1
    built = json.loads((tmp_path / "b" / "build.json").read_text(encoding="utf-8"))
    assert built["reviews_settled"] == 1
    assert not any("no signatory block" in notice for notice in built["notices"])
    unsettled_built = json.loads((tmp_path / "a" / "build.json").read_text(encoding="utf-8"))
    assert unsettled_built["reviews_settled"] == 0
    assert any("009_abridged.txt: no signatory block" in n for n in unsettled_built["notices"])


def test_a_document_review_row_must_say_settled_and_why(tmp_path):
    curation = tmp_path / "curation"
    shutil.copytree(SEED_CURATION, curation)
    (curation / "document_reviews.csv").write_text(
        "doc_id,issue,decision,reason,source\n"
        "004_a2b6e4d5bf6c8316,no signatory block found,yes,,\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"document_reviews.csv line 2.*decision must be"):
        build_corpus(raw_dir=SEED_RAW, out_dir=tmp_path / "out", curation_dir=curation)
