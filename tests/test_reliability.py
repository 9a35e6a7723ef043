"""Faults a careless or hostile user runs into (issue "reliability round two"): each test
reproduces the fault and checks the one-line refusal, exit status 2 and no output written."""

import csv
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from netlib.build import build_corpus
from netlib.errors import InputError
from netlib.resolve.curation import load_curation
from netlib.text.dates import precision_of
from tests.conftest import SEED_CURATION

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
from test_robustness import make_corpus  # noqa: E402

LETTER = b"Signed,\nMedia Alliance\nDensho\n"


def run(*args, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "netlib", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_fifo_is_refused_by_parse_and_add_instead_of_hanging(tmp_path):
    fifo = tmp_path / "letter.txt"
    os.mkfifo(fifo)
    for args in (("parse", fifo), ("add", fifo, "--kind", "letter", "--raw", tmp_path)):
        proc = run(*args, timeout=30)  # before the fix: blocked in open() for ever
        assert proc.returncode == 2, proc.stderr
        assert str(fifo) in proc.stderr and "not a regular file" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_nul_bytes_after_the_first_64_kib_are_refused(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_bytes(b"Signed,\n" + b"Media Alliance\n" * 6000 + b"Dens\x00ho\n")
    assert path.stat().st_size > 65536
    proc = run("parse", path)
    assert proc.returncode == 2 and "NUL bytes" in proc.stderr


@pytest.mark.parametrize("value", ["2018-4", "2020-6", "2020-6-1", "20-06", "2020-06-1"])
def test_dates_must_be_zero_padded_iso(value):
    assert precision_of(value) is None


def test_a_manifest_date_that_is_not_zero_padded_is_refused(tmp_path):
    raw, curation = make_corpus(tmp_path, [("a", LETTER)])
    manifest = (raw / "manifest.csv").read_text(encoding="utf-8")
    (raw / "manifest.csv").write_text(manifest.replace("2021-03", "2021-3"), encoding="utf-8")
    with pytest.raises(InputError, match="2021-3"):
        build_corpus(raw_dir=raw, out_dir=tmp_path / "out", curation_dir=curation)
    assert not (tmp_path / "out").exists()


def test_a_judgement_date_that_is_not_zero_padded_is_refused(tmp_path):
    curation = tmp_path / "curation"
    shutil.copytree(SEED_CURATION, curation)
    path = curation / "judgements.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
        header = list(rows[0].keys()) if rows else None
    if header is None:
        header = ["name", "org_id", "decision", "reviewer", "date", "reason", "source"]
    rows.append(
        {
            "name": "Media Alliance",
            "org_id": "media-alliance",
            "decision": "negative",
            "reviewer": "test",
            "date": "2020-6-1",
            "reason": "a test",
            "source": "a test",
        }
    )
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(InputError, match="2020-6-1"):
        load_curation(curation)


def test_a_symbolic_link_out_of_the_raw_folder_is_refused(tmp_path):
    outside = tmp_path / "elsewhere.txt"
    outside.write_bytes(LETTER)
    raw, curation = make_corpus(tmp_path / "corpus", [("a", LETTER)])
    (raw / "a.txt").unlink()
    (raw / "a.txt").symlink_to(outside)
    assert hashlib.sha256(outside.read_bytes()).hexdigest()  # same bytes: the checksum passes
    with pytest.raises(InputError, match="symbolic link out of the raw folder"):
        build_corpus(raw_dir=raw, out_dir=tmp_path / "out", curation_dir=curation)
    assert not (tmp_path / "out").exists()
