"""Corpus-level summaries the overview notebook shows: documents, campaigns, coverage.

Named versus reported signatories: an article often names a few of a campaign's signers and
reports a count ("Eighteen groups"); :func:`campaign_coverage` puts the two side by side, with the
qualifier of the reported number, so nobody mistakes the named subset for the whole.
"""

from __future__ import annotations

import pandas as pd

from netlib.text.dates import PreciseDate

__all__ = [
    "campaign_coverage",
    "campaign_dates",
    "campaign_timeline",
    "coalition_campaigns",
    "corpus_counts",
    "naming_gaps",
    "rejection_reasons",
]


def campaign_dates(campaigns):
    """Campaign dates as timestamps, with their precision (month dates sit on the 1st).

    Examples
    --------
    >>> frame = pd.DataFrame({"campaign_id": ["a"], "date": ["2020-06"],
    ...                       "date_precision": ["month"]})
    >>> str(campaign_dates(frame).loc[0, "timestamp"].date())
    '2020-06-01'
    """
    frame = campaigns[["campaign_id", "date", "date_precision"]].copy()
    first_days = [
        PreciseDate.parse(date, precision or None, where=campaign_id).first_day
        if isinstance(date, str) and date
        else None
        for campaign_id, date, precision in frame.fillna("").itertuples(index=False)
    ]
    frame["timestamp"] = pd.to_datetime(pd.Series(first_days, index=frame.index, dtype=object))
    return frame


def campaign_coverage(tables):
    """Per campaign: organisations named in the corpus against the reported count.

    Returns
    -------
    DataFrame
        campaign_id, title, date, date_precision, signatory_type, named_organisations,
        individuals_counted, reported_signatories, reported_qualifier, documents, sorted by
        date then id.
    """
    campaigns = tables["campaigns"]
    signatures = tables["signatures"]
    named = signatures.groupby("campaign_id")["org_id"].nunique()
    out = campaigns[
        [
            "campaign_id",
            "title",
            "date",
            "date_precision",
            "signatory_type",
            "individuals_counted",
            "reported_signatories",
            "reported_qualifier",
        ]
    ].copy()
    out["named_organisations"] = out["campaign_id"].map(named).fillna(0).astype(int)
    # documents curated as reporting on the campaign, whether or not they name a signer
    out["documents"] = campaigns["doc_ids"].map(lambda ids: len([d for d in ids.split(";") if d]))
    return out.sort_values(["date", "campaign_id"], kind="mergesort").reset_index(drop=True)


def campaign_timeline(tables):
    """:func:`campaign_coverage` with each campaign's date as a ``timestamp`` (NaT if undated).

    The rows the overview's timeline draws, in the order of :func:`campaign_coverage`.
    """
    dates = campaign_dates(tables["campaigns"])[["campaign_id", "timestamp"]]
    return campaign_coverage(tables).merge(dates, on="campaign_id", how="left")


def coalition_campaigns(coverage):
    """The rows of :func:`campaign_coverage` for campaigns signed by organisations.

    Examples
    --------
    >>> coverage = pd.DataFrame({"campaign_id": ["a", "b"],
    ...                          "signatory_type": ["individuals", "organisations"]})
    >>> coalition_campaigns(coverage)["campaign_id"].tolist()
    ['b']
    """
    coalition = coverage["signatory_type"] == "organisations"
    return coverage[coalition].reset_index(drop=True)


def naming_gaps(coverage):
    """Coalition campaigns whose sources name fewer organisations than the count they report.

    A campaign with no reported count has no gap: there is nothing to fall short of.

    Examples
    --------
    >>> coverage = pd.DataFrame({
    ...     "campaign_id": ["a", "b", "c"], "signatory_type": ["organisations"] * 3,
    ...     "named_organisations": [6, 4, 2],
    ...     "reported_signatories": pd.array([18, 4, None], dtype="Int64")})
    >>> naming_gaps(coverage)["campaign_id"].tolist()
    ['a']
    """
    coalition = coalition_campaigns(coverage)
    reported = coalition["reported_signatories"]
    short = reported.notna() & (coalition["named_organisations"] < reported.fillna(0))
    return coalition[short.astype(bool)].reset_index(drop=True)


def corpus_counts(tables):
    """Headline numbers of a build, as a one-row-per-measure DataFrame."""
    signatures = tables["signatures"]
    organisations = tables["organisations"]
    edges = signatures.drop_duplicates(["org_id", "campaign_id"])
    per_org = edges.groupby("org_id")["campaign_id"].nunique()
    rows = [
        ("documents", len(tables["documents"])),
        ("campaigns", len(tables["campaigns"])),
        ("organisations with at least one signature", int(per_org.size)),
        ("organisations in the registry", len(organisations)),
        (
            "chapters or affiliates linked to a parent",
            int((organisations["parent_org_id"] != "").sum()),
        ),
        ("signature rows (with provenance)", len(signatures)),
        ("organisation–campaign edges", len(edges)),
        ("organisations in two or more campaigns", int((per_org >= 2).sum())),
        ("lines or mentions not taken (rejected)", len(tables["rejected"])),
    ]
    return pd.DataFrame(rows, columns=["measure", "value"])


def rejection_reasons(rejected):
    """How many rejected rows per reason, most frequent first (ties by reason)."""
    counts = rejected.groupby("reason").size().rename("rows").reset_index()
    return counts.sort_values(["rows", "reason"], ascending=[False, True], kind="mergesort")
