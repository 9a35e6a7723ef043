"""Robustness and security: hostile documents, untrusted names, atomic and reproducible builds.

Every test that could hang runs in a subprocess under a generous hard timeout: the timeout is a
hang guard only, never a timing assertion (``benchmarks/robustness_timings.py`` prints timings).
"""

import csv
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest

from netlib.build import build_corpus
from netlib.errors import InputError
from netlib.io.manifest import read_manifest
from netlib.io.schemas import MANIFEST_COLUMNS
from netlib.io.swap import atomic_output_dirs
from netlib.io.tables import load_tables, read_table
from netlib.parse import clean_name, parse_letter
from netlib.resolve.registry import make_org_id
from tests.conftest import SEED_CURATION, start_paused_netlib

ROOT = Path(__file__).resolve().parents[1]
TIMINGS = ROOT / "benchmarks" / "robustness_timings.py"
# seconds; generous, only to turn a hang into a failure: the 100,000-line cases take about two
# minutes on two cores (both kinds, one process), and their growth is measured, half against
# full size, by benchmarks/robustness_timings.py (BENCHMARKS.md)
HANG_GUARD = 300
CAMPAIGN = "2021-03-robustness-test"
OUTPUTS = {
    "article_facts.csv",
    "build.json",
    "campaigns.csv",
    "cosigning.csv",
    "datapackage.json",
    "documents.csv",
    "network.gexf",
    "network.graphml",
    "organisations.csv",
    "rejected.csv",
    "review.csv",
    "signatures.csv",
}


# --- helpers ----------------------------------------------------------------------------------


def make_corpus(base, docs):
    """A raw folder (manifest and documents) and a curation folder linking them to one campaign.

    ``docs`` is a list of ``(doc_id, bytes)``; every document is a letter.
    """
    raw = base / "raw"
    raw.mkdir(parents=True)
    curation = base / "curation"
    shutil.copytree(SEED_CURATION, curation)
    with open(raw / "manifest.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for doc_id, data in docs:
            (raw / f"{doc_id}.txt").write_bytes(data)
            writer.writerow(
                {
                    "doc_id": doc_id,
                    "file": f"{doc_id}.txt",
                    "kind": "letter",
                    "title": f"Letter {doc_id}",
                    "outlet": "",
                    "published": "2021-03",
                    "date_precision": "month",
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "note": "",
                }
            )
    with open(curation / "campaigns.csv", newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    with open(curation / "campaigns.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        writer.writeheader()
        writer.writerow(
            dict.fromkeys(header, "")
            | {
                "campaign_id": CAMPAIGN,
                "title": "Robustness test letter",
                "kind": "letter",
                "date": "2021-03",
                "date_precision": "month",
                "targets": "Example Corp",
                "demand": "Stop",
                "signatory_type": "organisations",
                "reason": "test corpus",
                "source": "tests/test_robustness.py",
            }
        )
    # the seed's split names a line of the seed letter, which this corpus does not have
    (curation / "splits.csv").write_text("raw,parts,reason,source\n", encoding="utf-8")
    with open(curation / "campaign_documents.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["campaign_id", "doc_id", "lines", "relation", "reason", "source"])
        for doc_id, _ in docs:
            writer.writerow([CAMPAIGN, doc_id, "", "full_text", "test corpus", "test"])
    return raw, curation


def netlib(*args, env=None, timeout=HANG_GUARD):
    return subprocess.run(
        [sys.executable, "-m", "netlib", *map(str, args)],
        capture_output=True,
        text=True,
        env=dict(os.environ, **(env or {})),
        timeout=timeout,
    )


def assert_one_line_error(proc, path, problem):
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert str(path) in lines[0] and problem in lines[0], lines[0]


def digests(folder):
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(Path(folder).rglob("*"))
        if p.is_file()
    }


# --- encodings, line ends, invisible characters, pasted markup ------------------------------

LETTER = "Dear Example Corp,\n\nPlease stop.\n\nSigned,\n{names}\n"
PLAIN = ["Fight for the Future", "Oakland Privacy", "Media Alliance", "Mijente", "Color Of Change"]
# The same five organisations, spelled as they arrive from word processors and web pages.
DIRTY = [
    "<li><b>Fight\u00a0for the\u200b Future</b></li>",  # line 6
    "\u201cOakland\u00a0Privacy\u201d",  # 7
    "**Media\u200b Alliance**",  # 8
    "* [Mijente](https://mijente.net/)",  # 9
    "\ufeff<p>Color\u2060 Of\u202f Change</p>",  # 10
]
ENCODED = [
    ("a_utf8", LETTER.format(names="Alpha Coalition\nCafé Solidarité").encode("utf-8")),
    ("b_bom", b"\xef\xbb\xbf" + LETTER.format(names="Beta Network").encode("utf-8")),
    (
        "c_cp1252",
        LETTER.format(names="Women\u2019s League \u2013 Café\nGamma Alliance").encode("cp1252"),
    ),
    ("d_latin1", LETTER.format(names="Café Workers Union").encode("latin-1")),
    ("e_crlf", LETTER.format(names="Delta Union\nEpsilon Fund").replace("\n", "\r\n").encode()),
    ("f_cr", LETTER.format(names="Zeta Institute\nEta Project").replace("\n", "\r").encode()),
    ("g_mixed", b"Signed,\r\nTheta Guild\rIota Committee\nKappa Council"),
    ("h_plain", LETTER.format(names="\n".join(PLAIN)).encode()),
    ("i_dirty", LETTER.format(names="\n".join(DIRTY)).encode()),
]


@pytest.fixture(scope="module")
def encoded(tmp_path_factory):
    base = tmp_path_factory.mktemp("encoded")
    raw, curation = make_corpus(base, ENCODED)
    build_corpus(raw_dir=raw, out_dir=base / "out", curation_dir=curation)
    return load_tables(base / "out")


def _signed(tables, doc_id):
    sig = tables["signatures"]
    rows = sig[sig.doc_id == doc_id].sort_values("line")
    names = tables["organisations"].set_index("org_id")["name"]
    return [(int(r.line), names[r.org_id], r.org_id) for r in rows.itertuples()]


def test_encodings_are_recorded_on_the_document(encoded):
    docs = encoded["documents"].set_index("doc_id")
    assert docs.at["a_utf8", "encoding"] == "utf-8" and docs.at["a_utf8", "warnings"] == ""
    assert docs.at["b_bom", "encoding"] == "utf-8-sig" and docs.at["b_bom", "warnings"] == ""
    for doc_id in ("c_cp1252", "d_latin1"):
        assert docs.at[doc_id, "encoding"] == "cp1252"
        assert "not valid UTF-8; decoded as cp1252" in docs.at[doc_id, "warnings"]
    # the text decodes correctly, so the names are right (smart quotes become plain ones)
    assert [n for _, n, _ in _signed(encoded, "c_cp1252")] == [
        "Women's League \u2013 Café",
        "Gamma Alliance",
    ]
    assert [n for _, n, _ in _signed(encoded, "d_latin1")] == ["Café Workers Union"]
    # the byte-order mark is not part of the first line
    assert [(line, n) for line, n, _ in _signed(encoded, "b_bom")] == [(6, "Beta Network")]


def test_line_numbers_match_an_editor_for_crlf_cr_and_mixed_ends(encoded):
    # "Dear ...", "", "Please stop.", "", "Signed,", then the names from line 6
    assert [(line, n) for line, n, _ in _signed(encoded, "e_crlf")] == [
        (6, "Delta Union"),
        (7, "Epsilon Fund"),
    ]
    assert [(line, n) for line, n, _ in _signed(encoded, "f_cr")] == [
        (6, "Zeta Institute"),
        (7, "Eta Project"),
    ]
    assert [(line, n) for line, n, _ in _signed(encoded, "g_mixed")] == [
        (2, "Theta Guild"),
        (3, "Iota Committee"),
        (4, "Kappa Council"),
    ]


def test_form_feeds_and_unicode_separators_do_not_shift_line_numbers():
    # An editor breaks lines at CR and LF only; a form feed or U+2028 inside a line is not a break.
    result = parse_letter(["Signed,", "Alpha\u2028Group", "Beta\x0cCoalition", "Gamma Union"])
    assert [(e.line, e.name) for e in result.entries] == [
        (2, "Alpha Group"),
        (3, "Beta Coalition"),
        (4, "Gamma Union"),
    ]


def test_invisible_characters_smart_quotes_and_markup_resolve_to_the_plain_name(encoded):
    plain = _signed(encoded, "h_plain")
    dirty = _signed(encoded, "i_dirty")
    assert [n for _, n, _ in plain] == PLAIN
    # every dirty spelling comes out clean, on its own line, as the same organisation
    assert [(line, n, o) for line, n, o in dirty] == [(line, n, o) for (line, n, o) in plain], dirty
    for _, name, _ in dirty:
        assert not re.search(r"[<>*\[\]\u00a0\u200b\u2060\u202f\ufeff\u201c\u201d]", name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("<li><b>Fight for the Future</b></li>", "Fight for the Future"),
        ("* [Mijente](https://mijente.net/)", "Mijente"),
        ("**Oakland Privacy**", "Oakland Privacy"),
        ("__Media Alliance__", "Media Alliance"),
        ("&lt;b&gt;Double Escaped Org&lt;/b&gt;", "Double Escaped Org"),
        ("1. <a href='https://x.org'>Tech Workers Coalition</a>", "Tech Workers Coalition"),
        ("\u201cStarting Over, Inc.\u201d", "Starting Over, Inc."),
        ("Women\u2019s\u00a0League", "Women's League"),
        ("Evil\x01Org", "Evil Org"),
        ("\u202eRTL Override Org", "RTL Override Org"),
        ("Tab\x0bOrg\x7f Co-op", "Tab Org Co-op"),
        ("Emoji \U0001f600 Coalition", "Emoji \U0001f600 Coalition"),
        ("AT&amp;T Workers", "AT&T Workers"),
    ],
)
def test_clean_name_strips_markup_and_invisibles_and_keeps_the_text(text, name):
    assert clean_name(text) == name


# --- unusable input through the command line --------------------------------------------------

UNUSABLE = [
    ("binary.txt", b"\x00\x01\x02\x03binary\x00" * 100, "binary data"),
    ("random.bin", bytes(range(256)) * 40, "binary data"),
    ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("scan.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
    ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\t\n\r\n   ", "empty"),
    ("bom-only.txt", b"\xef\xbb\xbf", "empty"),
    ("invisible.txt", "\ufeff\u200b\n\u00a0 \n".encode(), "empty"),
    ("utf16.txt", "Signed,\nAlpha Org\n".encode("utf-16"), "UTF-16"),
    ("undecodable.txt", b"\x81\x8d\x8f\x90\x9d", "not valid UTF-8 nor cp1252"),
]


@pytest.mark.parametrize(("name", "content", "problem"), UNUSABLE)
def test_parse_refuses_unusable_input_with_one_line(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    proc = netlib("parse", path)
    assert_one_line_error(proc, path, problem)
    assert proc.stdout == ""


def test_parse_refuses_missing_path_directory_and_oversize(tmp_path):
    assert_one_line_error(netlib("parse", tmp_path / "nope.txt"), tmp_path / "nope.txt", "no such")
    assert_one_line_error(netlib("parse", tmp_path), tmp_path, "directory")
    big = tmp_path / "big.txt"
    big.write_text("Signed,\n" + "Alpha Org\n" * 200)
    proc = netlib("parse", big, env={"NETLIB_MAX_BYTES": "1000"})
    assert_one_line_error(proc, big, "too large")
    assert "NETLIB_MAX_BYTES" in proc.stderr


def test_parse_of_an_endless_device_is_refused_not_hung():
    # /dev/zero reports size 0 and never ends: the read is bounded by the size limit
    proc = netlib("parse", "/dev/zero", env={"NETLIB_MAX_BYTES": "4096"})
    assert_one_line_error(proc, "/dev/zero", "not a regular file")


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [u for u in UNUSABLE if u[0] in ("binary.txt", "image.png", "scan.pdf", "empty.txt")]
    + [("blank.txt", b" \n\n", "empty")],
)
def test_build_refuses_an_unusable_document_and_writes_nothing(tmp_path, name, content, problem):
    raw, curation = make_corpus(tmp_path, [("good", b"Signed,\nAlpha Org\n"), ("bad", content)])
    out = tmp_path / "out"
    proc = netlib("build", "--raw", raw, "--out", out, "--curation", curation)
    assert_one_line_error(proc, raw / "bad.txt", problem)
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curation", "raw"]


def test_build_refusal_leaves_a_previous_output_untouched(tmp_path):
    raw, curation = make_corpus(tmp_path, [("good", b"Signed,\nAlpha Org\n")])
    out = tmp_path / "out"
    assert netlib("build", "--raw", raw, "--out", out, "--curation", curation).returncode == 0
    before = digests(out)
    (raw / "good.txt").write_bytes(b"%PDF-1.4\n")  # checksum mismatch first
    proc = netlib("build", "--raw", raw, "--out", out, "--curation", curation)
    assert_one_line_error(proc, "manifest.csv line 2", "checksum mismatch")
    assert digests(out) == before
    big = b"Signed,\n" + b"Alpha Org\n" * 200
    (raw / "good.txt").write_bytes(big)
    _set_manifest(raw, 0, sha256=hashlib.sha256(big).hexdigest())
    proc = netlib(
        "build", "--raw", raw, "--out", out, "--curation", curation, env={"NETLIB_MAX_BYTES": "500"}
    )
    assert_one_line_error(proc, raw / "good.txt", "too large")
    assert digests(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["curation", "out", "raw"]


@pytest.mark.parametrize("kind", ["missing", "file", "no-manifest"])
def test_build_refuses_a_raw_folder_it_cannot_use(tmp_path, kind):
    raw = tmp_path / "raw"
    if kind == "file":
        raw.write_text("not a folder")
    elif kind == "no-manifest":
        raw.mkdir()
    out = tmp_path / "out"
    proc = netlib("build", "--raw", raw, "--out", out)
    assert_one_line_error(proc, raw / "manifest.csv", "no manifest")
    assert not out.exists()


# --- manifest faults via the command line ----------------------------------------------------


def _set_manifest(raw, index, **changes):
    path = raw / "manifest.csv"
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[index].update(changes)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=MANIFEST_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"file": "gone.txt"}, "missing"),
        ({"sha256": "0" * 64}, "checksum mismatch"),
        ({"doc_id": "one"}, "duplicate doc_id"),
        ({"kind": "tweet"}, "unknown kind"),
        ({"published": "March 2021"}, "bad date"),
        ({"published": "2021-02-30"}, "bad date"),
        ({"published": "2021-03", "date_precision": "day"}, "does not match"),
        ({"doc_id": "../two"}, "bad doc_id"),
        ({"file": "../../etc/passwd"}, "plain file name"),
    ],
)
def test_manifest_faults_exit_2_naming_the_row(tmp_path, changes, problem):
    raw, curation = make_corpus(
        tmp_path, [("one", b"Signed,\nAlpha Org\n"), ("two", b"Signed,\nBeta Org\n")]
    )
    _set_manifest(raw, 1, **changes)
    out = tmp_path / "out"
    proc = netlib("build", "--raw", raw, "--out", out, "--curation", curation)
    assert_one_line_error(proc, "manifest.csv line 3", problem)
    assert not out.exists()


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"doc_id,file\none,one.txt\n", "missing columns"),
        (",".join(MANIFEST_COLUMNS).encode() + b"\n", "lists no documents"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (",".join(MANIFEST_COLUMNS).encode() + b"\none,o\x00ne.txt\n", "line 2: unknown kind"),
    ],
)
def test_a_broken_manifest_is_one_clear_error(tmp_path, content, problem):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.csv").write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_manifest(raw)


# --- size and regular-expression safety ------------------------------------------------------


def _case_names():
    proc = subprocess.run(
        [sys.executable, str(TIMINGS), "--list"], capture_output=True, text=True, check=True
    )
    return proc.stdout.split()


@pytest.mark.slow  # a hang guard: 54 subprocesses (make test runs it, make test-fast skips it)
@pytest.mark.parametrize("case", _case_names())
def test_hostile_shapes_parse_without_hanging(case):
    # Hang guard only: the case is parsed as a letter and as an article in a subprocess.
    proc = subprocess.run(
        [sys.executable, str(TIMINGS), "--case", case],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]


@pytest.mark.slow  # a hang guard on two large documents
@pytest.mark.parametrize(
    "content",
    [
        pytest.param(("Fight for the Future, " * 190_000).encode(), id="4mb-single-line"),
        pytest.param(
            (
                "Signed,\n" + "".join(f"Example Group {i} Coalition\n" for i in range(100_000))
            ).encode(),
            id="100k-line-list",
        ),
    ],
)
def test_large_documents_go_through_the_command_line(tmp_path, content):
    path = tmp_path / "large.txt"
    path.write_bytes(content)
    # resolved against the seed curation alone (tmp_path holds no previous build)
    seed = ("--curation", SEED_CURATION, "--data", tmp_path)
    proc = netlib("parse", path, "--format", "csv", *seed, timeout=2 * HANG_GUARD)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("line,status,")


# --- untrusted names --------------------------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>",  # line 6
    '=HYPERLINK("http://x")',  # 7
    "+1-555",  # 8
    "@SUM(A1)",  # 9
    "-2+3 Coalition",  # 10
    "Control\x01Char Org",  # 11
    "Vertical\x0bTab Org",  # 12
    "../../etc/passwd",  # 13
    "</script><script>alert(1)</script>",  # 14
    "Emoji \U0001f600 Coalition",  # 15
    "\u202eRTL Override Org",  # 16
    "'Quoted' Org",  # 17
    '<img src=x onerror="alert(3)"> Image Org',  # 18
    "]]></data><evil/> CDATA Org",  # 19
    "Fight for the Future",  # 20
]
HOSTILE_LINES = dict(enumerate(HOSTILE, start=6))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    raw, curation = make_corpus(
        base, [("hostile", LETTER.format(names="\n".join(HOSTILE)).encode())]
    )
    out = base / "out"
    build_corpus(raw_dir=raw, out_dir=out, curation_dir=curation)
    return base, raw, curation, out, load_tables(out)


def test_hostile_names_are_kept_as_data(hostile):
    *_, tables = hostile
    sig, rej = tables["signatures"], tables["rejected"]
    taken = dict(zip(sig.line, sig.raw, strict=True)) | dict(zip(rej.line, rej.raw, strict=True))
    # every line is a signature or a rejection, with its exact text
    assert taken == HOSTILE_LINES
    names = tables["organisations"].set_index("org_id")["name"]
    signed = {int(r.line): names[r.org_id] for r in sig.itertuples()}
    assert signed[7] == '=HYPERLINK("http://x")'
    assert signed[9] == "@SUM(A1)"
    assert signed[11] == "Control Char Org"
    assert signed[16] == "RTL Override Org"
    assert signed[15] == "Emoji \U0001f600 Coalition"


def _raw_cells(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


@pytest.mark.parametrize("table", ["signatures", "organisations", "rejected", "cosigning"])
def test_no_csv_cell_starts_a_formula(hostile, table):
    _, _, _, out, _ = hostile
    cells = _raw_cells(out / f"{table}.csv")
    assert cells
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (table, cell)
    if table == "signatures":
        assert '\'=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells
        assert "''Quoted' Org" in cells  # a real apostrophe is doubled, so it survives


def test_read_table_restores_the_exact_text(hostile):
    _, _, _, out, _ = hostile
    sig = read_table(out / "signatures.csv")
    # "+1-555" is a number, never an organisation: it is a rejected row (with its exact text)
    not_signed = {"</script><script>alert(1)</script>", "+1-555"}
    assert set(sig.raw) == set(HOSTILE_LINES.values()) - not_signed
    for row in sig.itertuples():
        assert HOSTILE_LINES[row.line] == row.raw


def test_graph_exports_are_valid_xml_whatever_the_names(hostile):
    _, _, _, out, tables = hostile
    names = tables["organisations"].set_index("org_id")["name"]
    # the parser keeps the text of a name and drops its markup (lines 6 and 19)
    assert names["alert-1"] == "alert(1)" and names["cdata-org"] == "]]> CDATA Org"
    for name, read in (("network.graphml", nx.read_graphml), ("network.gexf", nx.read_gexf)):
        ET.parse(out / name)  # well-formed XML
        graph = read(out / name)
        assert set(tables["signatures"].org_id) <= set(graph.nodes)
        for org in ("alert-1", "cdata-org", "emoji-coalition", "quoted-org"):
            assert graph.nodes[org]["name"] == names[org], (name, org)
    text = (out / "network.graphml").read_text(encoding="utf-8")
    assert "<script>" not in text and "<evil/>" not in text
    assert ">]]&gt; CDATA Org</data>" in text  # escaped once, not twice


def test_org_ids_are_file_safe_and_bounded(hostile):
    *_, tables = hostile
    ids = list(tables["organisations"].org_id)
    hostile_keys = [
        "",
        ".",
        "..",
        "../../etc/passwd",
        "con",
        "a" * 100_000,
        "\x00\x01",
        "\u202egro",
        "\U0001f600",
        "x/y\\z:*?<>|",
        " - ",
    ]
    ids += [make_org_id(key) for key in hostile_keys]
    for org_id in ids:
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", org_id), org_id
        assert len(org_id) <= 80, org_id
    assert len({make_org_id(k) for k in hostile_keys}) == len(hostile_keys)


def test_no_file_is_named_after_a_document(hostile):
    base, raw, _, out, _ = hostile
    assert {p.name for p in out.iterdir()} == OUTPUTS
    assert sorted(p.name for p in base.iterdir()) == ["curation", "out", "raw"]
    assert {p.name for p in raw.iterdir()} == {"manifest.csv", "hostile.txt"}
    for path in base.rglob("*"):
        assert "passwd" not in path.name and "script" not in path.name


def test_builds_of_hostile_names_are_byte_identical_across_hash_seeds(hostile, tmp_path):
    _, raw, curation, out, _ = hostile
    outs = []
    for seed in ("0", "12345"):
        target = tmp_path / f"out{seed}"
        proc = netlib(
            "build",
            "--raw",
            raw,
            "--out",
            target,
            "--curation",
            curation,
            env={"PYTHONHASHSEED": seed},
        )
        assert proc.returncode == 0, proc.stderr
        outs.append(digests(target))
    assert outs[0] == outs[1] == digests(out)


def test_reports_escape_hostile_names(hostile):
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    from netlib.present.report import _index_page, render_html

    *_, tables = hostile
    orgs = tables["organisations"]
    nb = new_notebook()
    cell = new_code_cell("orgs", execution_count=1)
    cell.outputs = [
        new_output(
            "execute_result",
            data={"text/html": orgs.to_html(), "text/plain": orgs.to_string()},
            execution_count=1,
        ),
        new_output("stream", name="stdout", text="\n".join(HOSTILE)),
    ]
    nb.cells = [new_markdown_cell("# Report"), cell]
    page = render_html(nb, HOSTILE[0])
    index = _index_page(
        [
            {"title": h, "html": "x.html", "ipynb": "x.ipynb", "parameters": {"p": h}}
            for h in HOSTILE
        ],
        {"corpus_version": HOSTILE[13], "documents": 1},
    )
    for text in (page, index):
        for marker in ("<script>alert", "<img src=x", "<evil/>", "</script><script>"):
            assert marker not in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


# --- atomic reports ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_build(seed_corpus):
    return seed_corpus.processed


@pytest.mark.slow  # executes a notebook in a kernel
def test_a_killed_report_leaves_the_previous_output_intact(tmp_path, seed_build):
    site = tmp_path / "site"
    for folder in ("reports", "figures"):
        (site / folder).mkdir(parents=True)
        (site / folder / "previous.txt").write_text(f"previous {folder}\n")
    before = {folder: digests(site / folder) for folder in ("reports", "figures")}
    marker = tmp_path / "paused"
    notebook = sorted((ROOT / "notebooks").glob("*.ipynb"))[0].stem
    args = ["report", "--notebook", notebook, "--data", str(seed_build), "--out", str(site)]
    # paused when the executed notebook is staged, before the index and the swap
    proc = start_paused_netlib(
        marker,
        "netlib.present.report._index_page",
        *args,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 4 * HANG_GUARD
    while not marker.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    try:
        assert marker.exists(), "the report never reached its midway point"
        # midway: the notebook is executed into the staging folder, nothing swapped in
        (staging,) = site.glob(".reports.tmp-*")
        assert any(p.suffix == ".html" for p in staging.iterdir())
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the report and any kernel it started
        proc.wait()
    assert {folder: digests(site / folder) for folder in before} == before
    # what the killed run staged is hidden beside the outputs, and the next run clears it
    assert sorted(p.name for p in site.iterdir() if not p.name.startswith(".")) == [
        "figures",
        "reports",
    ]
    with atomic_output_dirs(site / "reports", site / "figures"):
        pass
    assert not [p.name for p in site.iterdir() if ".tmp-" in p.name]


def test_report_without_data_exits_2_and_writes_nothing(tmp_path):
    site = tmp_path / "site"
    proc = netlib("report", "--data", tmp_path / "nothing", "--out", site)
    assert_one_line_error(proc, tmp_path / "nothing", "no processed data")
    assert not site.exists()
