"""Tests of analysis.summaries (the overview notebook's tables) on the fixture of conftest.py,
against counts worked out by hand from its docstring."""

import pandas as pd

from netlib.analysis.summaries import (
    campaign_coverage,
    campaign_dates,
    campaign_timeline,
    coalition_campaigns,
    corpus_counts,
    naming_gaps,
    rejection_reasons,
)
from tests.conftest import BAN, EMPLOYEES, FACE, RING


def test_corpus_counts_on_the_fixture(tables):
    counts = dict(corpus_counts(tables).values.tolist())
    assert counts == {
        "documents": 2,
        "campaigns": 4,
        # aclu, aclu-ma, color, eff, fftf, mijente; tech-workers signs nothing
        "organisations with at least one signature": 6,
        "organisations in the registry": 7,
        "chapters or affiliates linked to a parent": 1,  # aclu-ma
        "signature rows (with provenance)": 11,
        "organisation–campaign edges": 10,  # fftf on B is named twice
        "organisations in two or more campaigns": 3,  # aclu-ma, eff, fftf
        "lines or mentions not taken (rejected)": 1,
    }


def test_campaign_coverage_puts_named_beside_reported(tables):
    coverage = campaign_coverage(tables)
    # in date order: F 2019-01, R 2019-06-02, B 2020-06-10, E 2021-03
    assert coverage["campaign_id"].tolist() == [FACE, RING, BAN, EMPLOYEES]
    assert coverage["named_organisations"].tolist() == [4, 3, 3, 0]
    assert coverage["reported_signatories"].tolist() == [85, pd.NA, 40, 250]
    assert coverage["documents"].tolist() == [1, 1, 2, 1]  # B is reported by 002 and 004


def test_campaign_dates_pad_to_the_first_day():
    frame = pd.DataFrame(
        {
            "campaign_id": ["day", "month", "year", "undated"],
            "date": ["2019-06-02", "2019-01", "2020", ""],
            "date_precision": ["day", "month", "year", ""],
        }
    )
    stamps = campaign_dates(frame)["timestamp"]
    assert [str(t.date()) for t in stamps[:3]] == ["2019-06-02", "2019-01-01", "2020-01-01"]
    assert pd.isna(stamps[3])


def test_campaign_timeline_keeps_the_coverage_order_with_dates(tables):
    timeline = campaign_timeline(tables)
    assert timeline["campaign_id"].tolist() == [FACE, RING, BAN, EMPLOYEES]
    assert [str(t.date()) for t in timeline["timestamp"]] == [
        "2019-01-01",
        "2019-06-02",
        "2020-06-10",
        "2021-03-01",
    ]


def test_naming_gaps_are_coalition_campaigns_short_of_their_count(tables):
    coverage = campaign_coverage(tables)
    # E is signed by individuals; of F, R, B: F names 4 of 85, B 3 of 40, R reports no count
    assert coalition_campaigns(coverage)["campaign_id"].tolist() == [FACE, RING, BAN]
    assert naming_gaps(coverage)["campaign_id"].tolist() == [FACE, BAN]
    # a campaign that names as many as it reports has no gap
    coverage.loc[coverage["campaign_id"] == BAN, "named_organisations"] = 40
    assert naming_gaps(coverage)["campaign_id"].tolist() == [FACE]


def test_rejection_reasons_most_frequent_first_ties_by_reason():
    rejected = pd.DataFrame(
        {"reason": ["person", "count, not a name", "person", "blank", "count, not a name"]}
    )
    assert rejection_reasons(rejected).values.tolist() == [
        ["count, not a name", 2],
        ["person", 2],
        ["blank", 1],
    ]
