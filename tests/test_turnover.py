"""Turnover over time, on the fixture of tests/conftest.py and on the seed corpus, against
counts worked out by hand from the campaign memberships and dates."""

import pandas as pd
import pytest

from netlib import graph
from netlib.analysis.turnover import campaign_periods, returning_organisations, turnover
from netlib.errors import InputError
from netlib.io.tables import load_tables
from tests.conftest import BAN, EMPLOYEES, FACE, RING

COLUMNS = ["campaign_id", "named", "returning", "new", "cumulative"]


def test_turnover_on_the_fixture(tables):
    # F (2019-01): aclu-ma color eff fftf; R (2019-06-02): eff fftf mijente;
    # B (2020-06-10): aclu aclu-ma fftf; E (2021-03): nobody named
    got = turnover(graph.biadjacency(tables), tables["campaigns"])
    assert got[COLUMNS].values.tolist() == [
        [FACE, 4, 0, 4, 4],
        [RING, 3, 2, 1, 5],  # eff and fftf signed F, which ended in January
        [BAN, 3, 2, 1, 6],  # aclu-ma and fftf signed before; the ACLU itself is new
        [EMPLOYEES, 0, 0, 0, 6],
    ]


def test_turnover_with_chapters_collapsed(tables):
    bi = graph.biadjacency(tables, collapse_chapters=True)
    got = turnover(bi, tables["campaigns"])
    # aclu-ma folds into aclu: B names aclu and fftf, both seen on F
    assert got[COLUMNS].values.tolist() == [
        [FACE, 4, 0, 4, 4],
        [RING, 3, 2, 1, 5],
        [BAN, 2, 2, 0, 5],
        [EMPLOYEES, 0, 0, 0, 5],
    ]


def test_returning_organisations_on_the_fixture(tables):
    got = returning_organisations(graph.biadjacency(tables), tables["campaigns"])
    assert got.values.tolist() == [
        ["fftf", 3, FACE, f"{RING};{BAN}"],
        ["aclu-ma", 2, FACE, BAN],
        ["eff", 2, FACE, RING],
    ]


def test_campaigns_of_the_same_month_are_simultaneous():
    sigs = pd.DataFrame({"org_id": ["a", "a", "b"], "campaign_id": ["june", "june-15", "july"]})
    campaigns = pd.DataFrame(
        {
            "campaign_id": ["june", "june-15", "july", "undated"],
            "date": ["2020-06", "2020-06-15", "2020-07-01", ""],
            "date_precision": ["month", "day", "day", ""],
        }
    )
    got = turnover(graph.biadjacency({"signatures": sigs}), campaigns)
    # the undated campaign is left out; june and june-15 overlap, so "a" returns on neither
    assert got[COLUMNS].values.tolist() == [
        ["june", 1, 0, 1, 1],
        ["june-15", 1, 0, 1, 1],
        ["july", 1, 0, 1, 2],
    ]


def test_an_unknown_precision_is_one_clear_error():
    frame = pd.DataFrame({"campaign_id": ["x"], "date": ["2020"], "date_precision": ["decade"]})
    with pytest.raises(InputError, match="x: unknown date precision 'decade'"):
        campaign_periods(frame)


def test_turnover_on_the_seed_corpus(seed_corpus):
    # From the documents: the ACLU organised the 2018 Rekognition demand (001 line 140) and
    # signs the January 2019 letter (004 line 14); Fight for the Future, Immigrant Defense
    # Project and Oakland Privacy sign the 2019 letter and are named among the NYPD letter's
    # signers (002 line 23); MediaJustice signs the 2019 letter and partners Tech Is Not
    # Neutral (003). The 2019 letter names 89 organisations, the NYPD letter 6, TINN 3.
    tables = load_tables(seed_corpus.processed)
    got = turnover(graph.biadjacency(tables), tables["campaigns"]).set_index("campaign_id")
    assert got.loc["2019-01-microsoft-face-surveillance", ["named", "returning"]].tolist() == [
        89,
        1,
    ]
    assert got.loc["2020-06-microsoft-nypd-das", ["named", "returning"]].tolist() == [6, 3]
    assert got.loc["2020-07-tech-is-not-neutral", ["named", "returning"]].tolist() == [3, 1]
    assert got["cumulative"].iloc[-1] == 94
    back = returning_organisations(graph.biadjacency(tables), tables["campaigns"])
    assert back["org_id"].tolist() == [
        "aclu",
        "fight-for-the-future",
        "immigrant-defense-project",
        "mediajustice",
        "oakland-privacy",
    ]
