"""How the coalition changes over time: which campaigns bring new organisations, which ones
draw on organisations that signed before.

Campaign dates come with a precision (day, month, year), so "before" is read as a period: a
campaign dated "2020-06" covers the whole of June 2020, and it is earlier than another only when
it ends before the other starts. Two campaigns of June 2020 are simultaneous, whatever their
order in a table: an organisation on both is new on both, not returning on either.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from netlib.text.dates import PreciseDate

__all__ = ["campaign_periods", "returning_organisations", "turnover"]


def campaign_periods(campaigns):
    """Each dated campaign's period: ``campaign_id, date, date_precision, start, end``.

    Campaigns without a date are left out. Sorted by start, then end, then id.

    Examples
    --------
    >>> frame = pd.DataFrame({"campaign_id": ["a", "b"], "date": ["2020-06", "2020-06-15"],
    ...                       "date_precision": ["month", "day"]})
    >>> p = campaign_periods(frame)
    >>> [(r.campaign_id, str(r.start.date()), str(r.end.date())) for r in p.itertuples()]
    [('a', '2020-06-01', '2020-06-30'), ('b', '2020-06-15', '2020-06-15')]
    """
    rows = []
    for row in campaigns[["campaign_id", "date", "date_precision"]].itertuples(index=False):
        if not row.date:
            continue
        date = PreciseDate.parse(row.date, row.date_precision, where=row.campaign_id)
        rows.append(
            (
                row.campaign_id,
                row.date,
                row.date_precision,
                pd.Timestamp(date.first_day),
                pd.Timestamp(date.last_day),
            )
        )
    frame = pd.DataFrame(
        rows, columns=["campaign_id", "date", "date_precision", "start", "end"]
    ).astype({"start": "datetime64[ns]", "end": "datetime64[ns]"})
    return frame.sort_values(["start", "end", "campaign_id"], kind="mergesort").reset_index(
        drop=True
    )


def _signers_by_campaign(bi):
    matrix = bi.matrix.tocsc()
    matrix.sort_indices()
    return {
        campaign_id: bi.org_ids[matrix.indices[matrix.indptr[j] : matrix.indptr[j + 1]]].tolist()
        for j, campaign_id in enumerate(bi.campaign_ids)
    }


def turnover(bi, campaigns):
    """Per dated campaign, in time order: its named organisations, new and returning.

    Parameters
    ----------
    bi : netlib.network.graph.Biadjacency
        Organisations × campaigns (chapters collapsed or not, as the caller chose).
    campaigns : pandas.DataFrame
        The campaigns table (``campaign_id, date, date_precision``).

    Returns
    -------
    pandas.DataFrame
        ``campaign_id, date, date_precision, named, returning, new, cumulative`` where
        ``returning`` counts the organisations that signed a campaign that ended before this one
        started, ``new = named - returning``, and ``cumulative`` is the number of distinct
        organisations named on this campaign or any campaign that started no later. Campaigns
        without a date are left out; campaigns without named organisations are kept (zeros).

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "c", "c"],
    ...                      "campaign_id": ["x", "x", "y", "y", "z"]})
    >>> camps = pd.DataFrame({"campaign_id": ["x", "y", "z"],
    ...                       "date": ["2019-01-15", "2020-06", "2020-06"],
    ...                       "date_precision": ["day", "month", "month"]})
    >>> t = turnover(biadjacency({"signatures": sigs}), camps)
    >>> t[["campaign_id", "named", "returning", "new", "cumulative"]].values.tolist()
    [['x', 2, 0, 2, 2], ['y', 2, 1, 1, 3], ['z', 1, 0, 1, 3]]
    """
    periods = campaign_periods(campaigns)
    signers = _signers_by_campaign(bi)
    rows = []
    for row in periods.itertuples(index=False):
        own = set(signers.get(row.campaign_id, ()))
        earlier = periods[periods["end"] < row.start]["campaign_id"]
        before = set().union(*(signers.get(c, ()) for c in earlier))
        started = periods[periods["start"] <= row.start]["campaign_id"]
        so_far = set().union(*(signers.get(c, ()) for c in started))
        returning = len(own & before)
        rows.append(
            (
                row.campaign_id,
                row.date,
                row.date_precision,
                len(own),
                returning,
                len(own) - returning,
                len(so_far),
            )
        )
    columns = ["campaign_id", "date", "date_precision", "named", "returning", "new", "cumulative"]
    frame = pd.DataFrame(rows, columns=columns)
    counts = ["named", "returning", "new", "cumulative"]
    frame[counts] = frame[counts].astype(np.int64)
    return frame


def returning_organisations(bi, campaigns):
    """Organisations that sign again after an earlier campaign, with their campaigns in order.

    Returns
    -------
    pandas.DataFrame
        ``org_id, n_campaigns, first_campaign, returned_on`` (``;``-separated campaign ids, in
        time order), one row per organisation that signed a campaign after another had ended;
        sorted by ``n_campaigns`` (descending), then ``org_id``.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "b"],
    ...                      "campaign_id": ["x", "x", "y", "z"]})
    >>> camps = pd.DataFrame({"campaign_id": ["x", "y", "z"],
    ...                       "date": ["2019", "2020-06", "2019-05"],
    ...                       "date_precision": ["year", "month", "month"]})
    >>> returning_organisations(biadjacency({"signatures": sigs}), camps).values.tolist()
    [['a', 2, 'x', 'y']]
    """
    periods = campaign_periods(campaigns)
    order = {c: k for k, c in enumerate(periods["campaign_id"])}
    starts = dict(zip(periods["campaign_id"], periods["start"], strict=True))
    ends = dict(zip(periods["campaign_id"], periods["end"], strict=True))
    by_org = {}
    for campaign_id, orgs in _signers_by_campaign(bi).items():
        if campaign_id in order:
            for org_id in orgs:
                by_org.setdefault(org_id, []).append(campaign_id)
    rows = []
    for org_id, signed in sorted(by_org.items()):
        signed.sort(key=order.__getitem__)
        first_end = min(ends[c] for c in signed)
        later = [c for c in signed if starts[c] > first_end]
        if later:
            first = [c for c in signed if c not in later]
            rows.append((org_id, len(signed), ";".join(first), ";".join(later)))
    frame = pd.DataFrame(rows, columns=["org_id", "n_campaigns", "first_campaign", "returned_on"])
    return frame.sort_values(
        ["n_campaigns", "org_id"], ascending=[False, True], kind="mergesort"
    ).reset_index(drop=True)
