"""Campaign overlap: shared organisations, intersections, co-signing pairs, rankings by cluster.

Everything takes a :class:`netlib.network.graph.Biadjacency` or
:class:`netlib.network.projection.Projection` and returns a DataFrame sorted with ties broken
by id, so that the same data give the same rows in the same order. Names and titles are
looked up with :func:`org_names` and :func:`campaign_titles`; ids without a name keep their id.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from netlib.errors import InputError
from netlib.io.tables import by_score
from netlib.network.graph import Biadjacency, biadjacency
from netlib.network.projection import Projection, project

__all__ = [
    "at_top",
    "backbone_counts",
    "backbone_edges",
    "both_directions",
    "campaign_bridges",
    "campaign_similarity",
    "campaign_sizes",
    "campaign_titles",
    "cluster_membership",
    "cluster_table",
    "cosigning_pairs",
    "intersections",
    "largest_campaign",
    "network",
    "order_by_cluster",
    "org_names",
    "rank_organisations",
    "ties_at_top",
]


def org_names(tables):
    """``org_id -> name`` from the ``organisations`` table (the id where the name is empty).

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["a", "b"], "name": ["A org", ""]})
    >>> org_names({"organisations": orgs})
    {'a': 'A org', 'b': 'b'}
    """
    frame = tables["organisations"]
    return {
        str(org): (str(name) if isinstance(name, str) and name else str(org))
        for org, name in zip(frame["org_id"], frame["name"], strict=True)
    }


def campaign_titles(tables):
    """``campaign_id -> title`` from the ``campaigns`` table (the id where the title is empty).

    Examples
    --------
    >>> camps = pd.DataFrame({"campaign_id": ["c1"], "title": ["Letter"]})
    >>> campaign_titles({"campaigns": camps})
    {'c1': 'Letter'}
    """
    frame = tables["campaigns"]
    return {
        str(cid): (str(title) if isinstance(title, str) and title else str(cid))
        for cid, title in zip(frame["campaign_id"], frame["title"], strict=True)
    }


def network(tables, *, collapse_chapters=False, weighting="newman", min_shared=1):
    """The biadjacency matrix and the organisation projection the notebooks analyse.

    Parameters
    ----------
    tables : dict of pandas.DataFrame
    collapse_chapters : bool
        Fold chapters and affiliates into their top-level organisation.
    weighting : str
        One of :data:`netlib.network.projection.WEIGHTINGS`.
    min_shared : int
        Keep pairs sharing at least this many campaigns.

    Returns
    -------
    tuple
        ``(Biadjacency, Projection)``.

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["a", "b"], "campaign_id": ["c1", "c1"]})
    >>> bi, proj = network({"signatures": sigs})
    >>> bi.shape, proj.n_edges
    ((2, 1), 1)
    """
    bi = biadjacency(tables, collapse_chapters=collapse_chapters)
    return bi, project(bi, on="organisations", weighting=weighting, min_shared=min_shared)


def _require_biadjacency(bi, name):
    if not isinstance(bi, Biadjacency):
        raise InputError(name, "expects a Biadjacency (netlib.network.graph.biadjacency)")


def _row_campaigns(bi):
    """For each organisation (row), the tuple of its campaign column indices (sorted)."""
    matrix = bi.matrix.tocsr()
    matrix.sort_indices()
    return [
        tuple(matrix.indices[matrix.indptr[i] : matrix.indptr[i + 1]].tolist())
        for i in range(matrix.shape[0])
    ]


def intersections(bi):
    """Exclusive intersections of campaign memberships: the data of an UpSet plot.

    Every organisation belongs to exactly one combination: the set of campaigns it is on.

    Parameters
    ----------
    bi : Biadjacency

    Returns
    -------
    pandas.DataFrame
        ``combination`` (campaign ids joined by ";", in column order), ``n_campaigns`` and
        ``organisations`` (how many organisations are on exactly those campaigns), sorted by
        organisations (descending), then number of campaigns (descending), then combination.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "a", "b", "c"],
    ...                      "campaign_id": ["x", "y", "x", "x"]})
    >>> intersections(biadjacency({"signatures": sigs}))
      combination  n_campaigns  organisations
    0           x            1              2
    1         x;y            2              1
    """
    _require_biadjacency(bi, "intersections")
    counts = {}
    for combination in _row_campaigns(bi):
        counts[combination] = counts.get(combination, 0) + 1
    frame = pd.DataFrame(
        {
            "combination": [";".join(bi.campaign_ids[list(c)]) for c in counts],
            "n_campaigns": [len(c) for c in counts],
            "organisations": list(counts.values()),
        },
        columns=["combination", "n_campaigns", "organisations"],
    )
    frame = by_score(frame, ["organisations", "n_campaigns"], "combination")
    return frame.astype({"n_campaigns": np.int64, "organisations": np.int64})


def campaign_bridges(bi):
    """Organisations on two or more campaigns, with the campaigns they link.

    Parameters
    ----------
    bi : Biadjacency

    Returns
    -------
    pandas.DataFrame
        ``org_id, n_campaigns, campaigns`` (ids joined by ";"), sorted by number of campaigns
        (descending) then id. Empty when no organisation is on two campaigns.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "a", "b"], "campaign_id": ["x", "y", "x"]})
    >>> campaign_bridges(biadjacency({"signatures": sigs}))
      org_id  n_campaigns campaigns
    0      a            2       x;y
    """
    _require_biadjacency(bi, "campaign_bridges")
    rows = [
        (bi.org_ids[i], len(c), ";".join(bi.campaign_ids[list(c)]))
        for i, c in enumerate(_row_campaigns(bi))
        if len(c) >= 2
    ]
    frame = pd.DataFrame(rows, columns=["org_id", "n_campaigns", "campaigns"])
    frame["n_campaigns"] = frame["n_campaigns"].astype(np.int64)
    return by_score(frame, "n_campaigns", "org_id")


def campaign_similarity(bi, *, weighting="jaccard"):
    """Similarity of every pair of campaigns by the organisations they share.

    Parameters
    ----------
    bi : Biadjacency
    weighting : {"jaccard", "overlap", "count", "newman"}
        As in :func:`netlib.network.projection.project` with ``on="campaigns"``: ``jaccard`` is
        shared
        over the union of the two campaigns' organisations, ``overlap`` shared over the smaller.

    Returns
    -------
    pandas.DataFrame
        One row per pair ``source < target`` of campaigns with at least one organisation,
        pairs sharing nothing included: ``source, target, shared, weight`` (0 when nothing is
        shared), sorted by source, target.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "c"],
    ...                      "campaign_id": ["x", "x", "y", "z"]})
    >>> campaign_similarity(biadjacency({"signatures": sigs}))
      source target  shared  weight
    0      x      y       1     0.5
    1      x      z       0     0.0
    2      y      z       0     0.0
    """
    _require_biadjacency(bi, "campaign_similarity")
    proj = project(bi, on="campaigns", weighting=weighting, min_shared=1)
    ids = proj.ids
    weight, shared = proj.matrix.toarray(), proj.shared.toarray()
    i, j = np.triu_indices(len(ids), k=1)
    return pd.DataFrame(
        {
            "source": ids[i],
            "target": ids[j],
            "shared": np.rint(shared[i, j]).astype(np.int64),
            "weight": weight[i, j].astype(np.float64),
        }
    )


def cosigning_pairs(projection, ids):
    """The co-signing weights and shared counts among chosen nodes, every ordered pair.

    Parameters
    ----------
    projection : Projection
    ids : sequence of str
        Nodes of the projection, in the order wanted (e.g. from :func:`order_by_cluster`).

    Returns
    -------
    pandas.DataFrame
        ``source, target, shared, weight`` for every ``source != target`` of ``ids`` (both
        orders), in the order of ``ids``; 0 for pairs that share nothing.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> from netlib.network.projection import project
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c"], "campaign_id": ["x", "x", "y"]})
    >>> cosigning_pairs(project(biadjacency({"signatures": sigs})), ["b", "a", "c"])
      source target  shared  weight
    0      b      a       1     1.0
    1      b      c       0     0.0
    2      a      b       1     1.0
    3      a      c       0     0.0
    4      c      b       0     0.0
    5      c      a       0     0.0
    """
    if not isinstance(projection, Projection):
        raise InputError(
            "cosigning_pairs", "expects a Projection (netlib.network.projection.project)"
        )
    ids = [str(i) for i in ids]
    position = {node: k for k, node in enumerate(projection.ids)}
    missing = [node for node in ids if node not in position]
    if missing:
        raise InputError("cosigning_pairs", f"{missing[0]!r} is not a node of the projection")
    index = np.array([position[node] for node in ids], dtype=np.int64)
    weight = projection.symmetric()[index][:, index].toarray()
    shared = projection.symmetric("shared")[index][:, index].toarray()
    a, b = np.nonzero(~np.eye(len(ids), dtype=bool))
    return pd.DataFrame(
        {
            "source": np.array(ids, dtype=object)[a],
            "target": np.array(ids, dtype=object)[b],
            "shared": np.rint(shared[a, b]).astype(np.int64),
            "weight": weight[a, b].astype(np.float64),
        }
    )


def order_by_cluster(scores, cluster_frame, *, by="strength", n=15):
    """The top ``n`` nodes by a score, ordered by cluster, then score, then id.

    Parameters
    ----------
    scores : pandas.DataFrame
        An id column (``org_id`` or ``campaign_id``) and the column ``by``.
    cluster_frame : pandas.DataFrame
        Output of :func:`netlib.analysis.communities.clusters` (same id column, ``cluster``).
    by : str
    n : int

    Returns
    -------
    pandas.DataFrame
        The chosen rows of ``scores`` with their ``cluster``, in display order.

    Examples
    --------
    >>> scores = pd.DataFrame({"org_id": ["a", "b", "c", "d"], "strength": [1.0, 3.0, 2.0, 0.5]})
    >>> cl = pd.DataFrame({"org_id": ["a", "b", "c", "d"], "cluster": [0, 1, 0, 0]})
    >>> order_by_cluster(scores, cl, n=3)["org_id"].tolist()
    ['c', 'a', 'b']
    """
    if int(n) < 1:
        raise InputError("order_by_cluster", f"n={n!r}: must be at least 1")
    id_column = scores.columns[0]
    frame = scores.merge(cluster_frame[[id_column, "cluster"]], on=id_column, how="left")
    top = by_score(frame, by, id_column).head(int(n))
    top = top.sort_values(id_column, kind="mergesort")
    top = top.sort_values(["cluster", by], ascending=[True, False], kind="mergesort")
    return top.reset_index(drop=True)


def at_top(frame, column):
    """Which rows share the largest value of ``column`` (equal within float rounding).

    Examples
    --------
    >>> at_top(pd.DataFrame({"x": [0.1 + 0.2, 0.3, 0.1]}), "x").tolist()
    [True, True, False]
    """
    values = frame[column].to_numpy(dtype=float)
    if not len(values):
        return np.zeros(0, dtype=bool)
    return np.isclose(values, values.max(), rtol=1e-9, atol=1e-12)


def ties_at_top(frame, column):
    """How many rows share the largest value of ``column`` (0 for an empty frame).

    Examples
    --------
    >>> ties_at_top(pd.DataFrame({"x": [3, 3, 1]}), "x")
    2
    """
    return int(at_top(frame, column).sum())


def rank_organisations(projection, bi, names, *, seed=0, sort_by="pagerank"):
    """Every centrality measure of every organisation, with its name and number of campaigns.

    Parameters
    ----------
    projection : Projection
        The organisation projection of ``bi``.
    bi : Biadjacency
    names : mapping
        ``org_id -> name``.
    seed : int
        For sampled betweenness (exact here, so it does not change the result).
    sort_by : str
        Column to sort on, descending; ties by id.

    Returns
    -------
    pandas.DataFrame
        ``org_id, name, n_campaigns, degree, strength, betweenness, pagerank, eigenvector,
        bipartite_degree``.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> from netlib.network.projection import project
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a"], "campaign_id": ["x", "x", "y"]})
    >>> bi = biadjacency({"signatures": sigs})
    >>> rank_organisations(project(bi), bi, {"a": "A"})[["org_id", "name", "n_campaigns"]]
      org_id name  n_campaigns
    0      a    A            2
    1      b    b            1
    """
    from netlib.analysis.centrality import MEASURES, betweenness_plan, centrality

    plan, k = betweenness_plan(projection)
    measures = MEASURES
    if plan == "skipped":
        measures = tuple(m for m in MEASURES if m != "betweenness")
    frame = centrality(
        projection, bi=bi, measures=measures, betweenness_k=k, seed=seed, sort_by="pagerank"
    )
    if plan == "skipped":
        frame.insert(frame.columns.get_loc("strength") + 1, "betweenness", np.nan)
    # how betweenness was computed: "exact", "sampled from k sources" or "skipped"
    frame.attrs["betweenness"] = f"sampled from {k} sources" if plan == "sampled" else plan
    frame = by_score(frame, sort_by, "org_id")
    campaigns = dict(zip(bi.org_ids, bi.org_degrees(), strict=True))
    frame.insert(1, "name", frame["org_id"].map(lambda org: names.get(org, org)))
    frame.insert(2, "n_campaigns", frame["org_id"].map(campaigns).fillna(0).astype(np.int64))
    return frame


def cluster_table(cluster_frame, consensus=None):
    """Size of each cluster (and the mean stability of its members, given a consensus).

    Examples
    --------
    >>> cl = pd.DataFrame({"org_id": list("abc"), "cluster": [0, 0, 1]})
    >>> cluster_table(cl)
       cluster  organisations
    0        0              2
    1        1              1
    """
    frame = cluster_frame.groupby("cluster").size().rename("organisations").reset_index()
    if consensus is not None:
        id_column = cluster_frame.columns[0]
        stability = cluster_frame[[id_column, "cluster"]].merge(
            consensus[[id_column, "stability"]], on=id_column, how="left"
        )
        mean = stability.groupby("cluster")["stability"].mean()
        frame["mean_stability"] = frame["cluster"].map(mean)
    return frame.astype({"cluster": np.int64, "organisations": np.int64})


def cluster_membership(cluster_frame, consensus, names):
    """Per organisation: name, cluster of the chosen run, consensus cluster and stability.

    Examples
    --------
    >>> cl = pd.DataFrame({"org_id": ["a"], "cluster": [0]})
    >>> con = pd.DataFrame({"org_id": ["a"], "cluster": [0], "stability": [1.0]})
    >>> cluster_membership(cl, con, {"a": "A"}).columns.tolist()
    ['org_id', 'name', 'cluster', 'consensus_cluster', 'stability']
    """
    id_column = cluster_frame.columns[0]
    frame = cluster_frame[[id_column, "cluster"]].merge(
        consensus.rename(columns={"cluster": "consensus_cluster"}), on=id_column, how="left"
    )
    frame.insert(1, "name", frame[id_column].map(lambda node: names.get(node, node)))
    return frame.sort_values(["cluster", id_column], kind="mergesort").reset_index(drop=True)


def campaign_sizes(bi):
    """Organisations per campaign, largest first (ties by id), indexed by campaign id.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a"], "campaign_id": ["y", "y", "x"]})
    >>> campaign_sizes(biadjacency({"signatures": sigs})).to_dict()
    {'y': 2, 'x': 1}
    """
    _require_biadjacency(bi, "campaign_sizes")
    sizes = pd.Series(bi.campaign_degrees(), index=pd.Index(bi.campaign_ids, name="campaign_id"))
    sizes = sizes.sort_index(kind="mergesort")
    return sizes.sort_values(ascending=False, kind="mergesort").rename("organisations")


def largest_campaign(bi, titles):
    """``(title, organisations)`` of the campaign naming most organisations (ties: first id).

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b"], "campaign_id": ["x", "x"]})
    >>> largest_campaign(biadjacency({"signatures": sigs}), {"x": "X"})
    ('X', 2)
    """
    sizes = campaign_sizes(bi)
    if sizes.empty:
        return None
    return titles.get(sizes.index[0], sizes.index[0]), int(sizes.iloc[0])


def both_directions(pairs):
    """A ``source, target`` pair table with every pair also in the reverse direction.

    Examples
    --------
    >>> both_directions(pd.DataFrame({"source": ["a"], "target": ["b"], "w": [1]}))
      source target  w
    0      a      b  1
    1      b      a  1
    """
    reverse = pairs.rename(columns={"source": "target", "target": "source"})[pairs.columns]
    return pd.concat([pairs, reverse], ignore_index=True)


def backbone_counts(projection, sdsm_result, disparity_result):
    """Pairs in the projection and kept by each backbone method, one row per method.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> proj = SimpleNamespace(n_edges=10, weighting="count")
    >>> s = SimpleNamespace(params={"n_tested": 10, "n_kept": 0, "alpha": 0.05})
    >>> d = SimpleNamespace(params={"n_tested": 10, "n_kept": 2, "alpha": 0.05})
    >>> backbone_counts(proj, s, d)["pairs"].tolist()
    [10, 0, 2]
    """
    return pd.DataFrame(
        {
            "set": [
                f"co-signing pairs ({projection.weighting})",
                "kept by SDSM",
                "kept by disparity filter (comparison)",
            ],
            "pairs": [
                int(projection.n_edges),
                int(sdsm_result.params["n_kept"]),
                int(disparity_result.params["n_kept"]),
            ],
            "tested": [
                np.nan,
                sdsm_result.params["n_tested"],
                disparity_result.params["n_tested"],
            ],
            "alpha": [np.nan, sdsm_result.params["alpha"], disparity_result.params["alpha"]],
        }
    )


def backbone_edges(sdsm_result, disparity_result, names):
    """The edges each backbone keeps, with names, one table (``method`` says which).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> s = SimpleNamespace(edges=pd.DataFrame(columns=["source", "target", "pvalue"]))
    >>> d = SimpleNamespace(edges=pd.DataFrame({"source": ["a"], "target": ["b"],
    ...                                         "pvalue": [0.01]}))
    >>> backbone_edges(s, d, {"a": "A"})[["method", "source_name", "target_name"]]
                 method source_name target_name
    0  disparity_filter           A           b
    """
    columns = ["method", "source", "target", "source_name", "target_name", "shared", "pvalue"]
    frames = []
    for method, result in (("sdsm", sdsm_result), ("disparity_filter", disparity_result)):
        edges = result.edges.copy()
        if edges.empty:
            continue
        edges.insert(0, "method", method)
        edges["source_name"] = edges["source"].map(lambda org: names.get(org, org))
        edges["target_name"] = edges["target"].map(lambda org: names.get(org, org))
        frames.append(edges.reindex(columns=columns))
    if not frames:
        return pd.DataFrame(columns=columns)
    return pd.concat(frames, ignore_index=True)
