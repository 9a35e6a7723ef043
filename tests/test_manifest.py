"""The manifest: the seed corpus checks out; every fault names its row; add copies byte for byte."""

import csv
import shutil

import pytest

from netlib.errors import InputError
from netlib.io.manifest import add_document, read_manifest, unlisted_files
from netlib.io.schemas import MANIFEST_COLUMNS
from tests.conftest import SEED_RAW as RAW


@pytest.fixture
def raw_copy(tmp_path):
    target = tmp_path / "raw"
    shutil.copytree(RAW, target)
    return target


def _rewrite(raw_dir, edit):
    path = raw_dir / "manifest.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    edit(rows)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def test_seed_manifest_lists_the_five_documents():
    rows = read_manifest(RAW)
    assert [r.doc_id[:3] for r in rows] == ["000", "001", "002", "003", "004"]
    assert [r.kind for r in rows] == ["article"] * 4 + ["letter"]
    assert rows[4].published == "2019-01-15" and rows[4].date_precision == "day"
    assert unlisted_files(RAW, rows) == []


@pytest.mark.parametrize(
    ("edit", "problem", "line"),
    [
        # data row N (0-based) is line N + 2: the header is line 1
        (lambda rows: rows[2].update(sha256="0" * 64), "checksum mismatch", 4),
        (lambda rows: rows[1].update(file="missing.txt"), "missing", 3),
        (lambda rows: rows[3].update(doc_id=rows[0]["doc_id"]), "duplicate doc_id", 5),
        (lambda rows: rows[0].update(kind="tweet"), "unknown kind", 2),
        (lambda rows: rows[4].update(published="2019-02-30"), "bad date", 6),
        (lambda rows: rows[4].update(file="../etc/passwd"), "plain file name", 6),
    ],
)
def test_manifest_faults_name_the_row(raw_copy, edit, problem, line):
    _rewrite(raw_copy, edit)
    with pytest.raises(InputError) as info:
        read_manifest(raw_copy)
    message = str(info.value)
    assert problem in message
    assert f"manifest.csv line {line}:" in message


def test_a_manifest_row_with_more_cells_than_columns_is_refused(raw_copy):
    """A stray comma shifts the row's cells: the row is refused (as in curation), not cut."""
    path = raw_copy / "manifest.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[3] = lines[3].rstrip("\n") + ",stray\n"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(InputError, match=r"manifest.csv line 4: more cells than columns"):
        read_manifest(raw_copy)


def test_unlisted_file_is_reported(raw_copy):
    (raw_copy / "stray.txt").write_text("Signed,\nA\n")
    assert unlisted_files(raw_copy, read_manifest(raw_copy)) == ["stray.txt"]


def test_add_document_copies_bytes_and_appends_a_row(raw_copy, tmp_path):
    source = tmp_path / "my letter.txt"
    source.write_bytes(b"Signed,\r\nTenants United\r\nExample Coalition")
    row = add_document(
        source, kind="letter", raw_dir=raw_copy, title="My letter", published="2021-03"
    )
    assert row.doc_id.startswith("005_")
    assert (raw_copy / row.file).read_bytes() == source.read_bytes()
    rows = read_manifest(raw_copy)
    assert len(rows) == 6 and rows[-1].date_precision == "month"
    with pytest.raises(InputError, match="already in the corpus"):
        add_document(source, kind="letter", raw_dir=raw_copy)


def test_add_refuses_binary_before_writing(raw_copy, tmp_path):
    source = tmp_path / "scan.txt"
    source.write_bytes(b"%PDF-1.4 ...")
    before = sorted(p.name for p in raw_copy.iterdir())
    with pytest.raises(InputError, match="PDF"):
        add_document(source, kind="letter", raw_dir=raw_copy)
    assert sorted(p.name for p in raw_copy.iterdir()) == before


def test_a_manifest_without_the_source_column_reads_it_empty_and_add_writes_it(raw_copy, tmp_path):
    from netlib.cli import main

    assert [r.source for r in read_manifest(raw_copy)] == [""] * 5  # the seed has no column
    before = {r.doc_id: r for r in read_manifest(raw_copy)}
    article = tmp_path / "article.txt"
    article.write_text("Groups urge Example Corp to drop its contract.\n", encoding="utf-8")
    url = "https://example.org/news/2021/groups-urge"
    status = main(
        ["add", str(article), "--kind", "article", "--source", url, "--raw", str(raw_copy)]
    )
    assert status == 0
    header = (raw_copy / "manifest.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "doc_id,file,kind,title,outlet,published,date_precision,sha256,note,source"
    rows = read_manifest(raw_copy)
    assert [r.source for r in rows] == [""] * 5 + [url]
    # the rewrite keeps every earlier row as it was, with an empty source
    assert all(before[r.doc_id] == r for r in rows[:5])


def test_the_documents_table_carries_the_manifest_source(tmp_path):
    from netlib.build import build_corpus
    from netlib.io.documents import sha256_file
    from netlib.io.schemas import CAMPAIGN_COLUMNS, CURATION_FILES, LINK_COLUMNS

    raw, curation = tmp_path / "raw", tmp_path / "curation"
    raw.mkdir()
    curation.mkdir()
    for name, columns in {
        **CURATION_FILES,
        "campaigns.csv": CAMPAIGN_COLUMNS,
        "campaign_documents.csv": LINK_COLUMNS,
    }.items():
        (curation / name).write_text(",".join(columns) + "\n", encoding="utf-8")
    letter = raw / "a.txt"
    letter.write_bytes(
        b"Dear Example Corp,\nPlease stop.\nSigned,\nTenants United\nExample Coalition\n"
    )
    repo_path = "github:example/letters@0123abc:letters/a.txt"
    with open(raw / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(MANIFEST_COLUMNS)
        writer.writerow(
            [
                "a",
                "a.txt",
                "letter",
                "A letter",
                "",
                "2021-03-02",
                "day",
                sha256_file(letter),
                "",
                repo_path,
            ]
        )
    build_corpus(raw_dir=raw, out_dir=tmp_path / "out", curation_dir=curation)
    with open(tmp_path / "out" / "documents.csv", newline="", encoding="utf-8") as handle:
        (document,) = list(csv.DictReader(handle))
    assert document["source"] == repo_path
