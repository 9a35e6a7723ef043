"""The corpora the tests read: the seed corpus's fixed copy, and a small hand-made set of
processed tables for the graph, backbone, metrics and export tests.

The seed corpus is ``tests/fixtures/seed_corpus/`` (a byte-for-byte copy of the repository's
``data/raw`` and ``data/curation``; see its README), never the live ``data/``: a user who adds
letters there can still run the suite green.

Campaign membership (F = face surveillance, R = Ring police, B = facial recognition ban)::

    F (2019-01-face-surveillance):       aclu-ma, color, eff, fftf     k=4
    R (2019-06-ring-police):             eff, fftf, mijente            k=3
    B (2020-06-facial-recognition-ban):  aclu, aclu-ma, fftf           k=3
    E (2021-03-employees-letter):        no organisation (signed by individuals)

``aclu-ma`` is a chapter of ``aclu``; ``tech-workers`` has no edge; ``fftf`` on B is named
twice (the letter, doc 004 line 12, and an article, doc 002 line 21).
"""

import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from netlib import paths

SEED_CORPUS = Path(__file__).resolve().parent / "fixtures" / "seed_corpus"
SEED_RAW = SEED_CORPUS / "raw"
SEED_CURATION = SEED_CORPUS / "curation"
# The defaults of netlib.paths a test must never reach: the repository's live corpus and outputs.
LIVE_FOLDERS = (
    "DATA_DIR",
    "RAW_DIR",
    "CURATION_DIR",
    "PROCESSED_DIR",
    "FIGURES_DIR",
    "REPORTS_DIR",
)

FACE = "2019-01-face-surveillance"
RING = "2019-06-ring-police"
BAN = "2020-06-facial-recognition-ban"
EMPLOYEES = "2021-03-employees-letter"


def make_tables():
    """Fresh copies of the fixture tables (the column layout of ``netlib.io.tables``)."""
    documents = pd.DataFrame(
        {
            "doc_id": ["002", "004"],
            "path": ["raw/002.txt", "raw/004.txt"],
            "sha256": ["a" * 64, "b" * 64],
            "kind": ["article", "letter"],
            "title": ["Cities ban face recognition", "Letter to Congress"],
            "outlet": ["Example News", ""],
            "published": ["2020-06", "2020-06-10"],
            "date_precision": ["month", "day"],
            "source": ["https://example.org/news/cities-ban", ""],
            "encoding": ["utf-8", "utf-8"],
            "warnings": ["", ""],
        }
    )
    campaigns = pd.DataFrame(
        {
            "campaign_id": [FACE, RING, BAN, EMPLOYEES],
            "title": ["Stop face surveillance", "Ring police partnerships", "Ban it", "Employees"],
            "kind": ["letter", "letter", "letter", "letter"],
            "date": ["2019-01", "2019-06-02", "2020-06-10", "2021-03"],
            "date_precision": ["month", "day", "day", "month"],
            "organiser": ["", "fftf", "", ""],
            "targets": ["Microsoft", "Congress", "Congress;Cities", "Employer"],
            "demand": ["stop", "end", "ban", "stop"],
            "reported_signatories": pd.array([85, None, 40, 250], dtype="Int64"),
            "reported_qualifier": ["at_least", "", "about", "exact"],
            "signatory_type": ["organisations"] * 3 + ["individuals"],
            "named_organisations": pd.array([4, 3, 3, 0], dtype="Int64"),
            "individuals_counted": pd.array([0, 0, 0, 250], dtype="Int64"),
            "doc_ids": ["004", "004", "002;004", "004"],
        }
    ).sort_values("campaign_id", ignore_index=True)
    organisations = pd.DataFrame(
        {
            "org_id": ["aclu", "aclu-ma", "color", "eff", "fftf", "mijente", "tech-workers"],
            "name": [
                "American Civil Liberties Union",
                "ACLU of Massachusetts",
                "Color Of Change",
                "Electronic Frontier Foundation",
                "Fight for the Future",
                "Mijente",
                "Tech Workers Coalition",
            ],
            "parent_org_id": ["", "aclu", "", "", "", "", ""],
            "aliases": ["ACLU", "ACLU-MA", "", "EFF", "FFTF", "", ""],
        }
    )
    rows = [
        # org_id, campaign_id, role, doc_id, line, method
        ("aclu-ma", FACE, "signatory", "004", 3),
        ("color", FACE, "signatory", "004", 4),
        ("eff", FACE, "signatory", "004", 5),
        ("fftf", FACE, "signatory", "004", 6),
        ("eff", RING, "signatory", "004", 8),
        ("fftf", RING, "organiser", "004", 9),
        ("mijente", RING, "signatory", "004", 10),
        ("aclu", BAN, "signatory", "004", 11),
        ("fftf", BAN, "signatory", "004", 12),
        ("fftf", BAN, "signatory", "002", 21),
        ("aclu-ma", BAN, "signatory", "004", 13),
    ]
    signatures = pd.DataFrame(
        [
            {
                "org_id": org,
                "campaign_id": campaign,
                "role": role,
                "doc_id": doc,
                "line": line,
                "raw": f"line {line}",
                "method": "mention" if doc == "002" else "list",
            }
            for org, campaign, role, doc, line in rows
        ]
    )
    signatures["line"] = signatures["line"].astype("Int64")
    signatures = signatures.sort_values(
        ["campaign_id", "org_id", "doc_id", "line", "role"], ignore_index=True
    )
    rejected = pd.DataFrame(
        {
            "doc_id": ["004"],
            "line": pd.array([14], dtype="Int64"),
            "raw": ["and 80 more"],
            "reason": ["count, not a name"],
        }
    )
    return {
        "documents": documents,
        "campaigns": campaigns,
        "organisations": organisations,
        "signatures": signatures,
        "rejected": rejected,
    }


@pytest.fixture
def tables():
    """The fixture tables described in this module's docstring."""
    return make_tables()


# the fault injection of the kill tests: production code has no hook, the child patches one in
_PAUSED_NETLIB = """
import sys, time
from pathlib import Path
from importlib import import_module

marker, module, attribute, *argv = sys.argv[1:]
def pause(*args, **kwargs):
    Path(marker).write_text("paused", encoding="utf-8")
    time.sleep(600)  # until the test kills this process
setattr(import_module(module), attribute, pause)
from netlib.cli import main
sys.exit(main(argv))
"""


def start_paused_netlib(marker, where, *args, **popen):
    """Start ``netlib ARGS`` in a child that stops for good when it first calls ``where``.

    ``where`` is ``"module.function"``; on that call the child writes ``marker`` and sleeps, so
    the test can kill it midway. Returns the :class:`subprocess.Popen`.
    """
    import subprocess
    import sys

    module, attribute = where.rsplit(".", 1)
    command = [sys.executable, "-c", _PAUSED_NETLIB, str(marker), module, attribute]
    return subprocess.Popen([*command, *map(str, args)], **popen)


@dataclass(frozen=True)
class SeedCorpus:
    """The seed corpus copied into a temporary folder, and what ``netlib build`` made of it."""

    raw: Path
    curation: Path
    processed: Path


@pytest.fixture(scope="session")
def seed_corpus(tmp_path_factory):
    """The seed corpus, copied from tests/fixtures/seed_corpus and built once per session.

    Shared by every test that asks for it: read it, or copy a folder before changing it.
    """
    from netlib.build import build_corpus

    root = tmp_path_factory.mktemp("seed_corpus")
    raw = shutil.copytree(SEED_RAW, root / "raw")
    curation = shutil.copytree(SEED_CURATION, root / "curation")
    build_corpus(raw_dir=raw, out_dir=root / "processed", curation_dir=curation)
    return SeedCorpus(raw=raw, curation=curation, processed=root / "processed")


@dataclass(frozen=True)
class SeedReports:
    """Every notebook executed once by ``run_reports`` on the seed build, default parameters."""

    reports: Path
    figures: Path


@pytest.fixture(scope="session")
def seed_reports(tmp_path_factory, seed_corpus):
    """The reports and figures of the seed build, made once per session (a minute or more).

    Shared by the notebook, reproducibility and browser tests: read them, never change them.
    """
    from netlib.present.report import run_reports

    root = tmp_path_factory.mktemp("seed_reports")
    reports, figures = root / "reports", root / "figures"
    run_reports(data_dir=seed_corpus.processed, reports_dir=reports, figures_dir=figures)
    return SeedReports(reports=reports, figures=figures)


@pytest.fixture(scope="session", autouse=True)
def compiled_kernels():
    """Compile (or load from numba's cache) the projection kernels once, before the first test.

    Otherwise whichever test first projects a graph is charged the compilation (about 20 s on
    a cold cache) in its own duration. Returns the seconds it took.
    """
    from netlib import kernels

    return kernels.warm_up()


@pytest.fixture(scope="session", autouse=True)
def no_live_data(tmp_path_factory):
    """Point netlib's default folders at an empty place for the whole session.

    A call that forgets to name its corpus then fails ("no manifest") instead of reading the
    repository's data/ or writing into its figures/ and reports/. Commands run in a subprocess
    do not see this: their tests pass --raw, --curation, --data and --out.
    """
    nowhere = tmp_path_factory.mktemp("no_live_data")
    with pytest.MonkeyPatch.context() as patch:
        for name in LIVE_FOLDERS:
            patch.setattr(paths, name, nowhere / name.lower())
        yield nowhere
