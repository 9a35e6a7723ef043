"""Centrality, clusters, their stability, and the organisations that bridge clusters.

Everything takes a :class:`netlib.network.graph.Projection` (sparse; networkx graphs are converted)
and returns DataFrames keyed by id, sorted, with ties broken by id. Randomness (Leiden,
Louvain, sampled betweenness) is seeded, and graphs handed to igraph or networkx are built from
sorted lists: with a fixed seed, community detection still depends on insertion order.
"""

from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from netlib.errors import InputError
from netlib.network.clustering import sknetwork_louvain
from netlib.network.graph import Biadjacency, Projection, projection_incidence
from netlib.wording import plural

__all__ = [
    "CLUSTER_METHODS",
    "MEASURES",
    "StabilityResult",
    "adjusted_rand_index",
    "betweenness",
    "bipartite_degree",
    "bridges",
    "canonical_labels",
    "centrality",
    "cluster_stability",
    "clusters",
    "co_clusters",
    "eigenvector",
    "eigenvector_implicit",
    "from_networkx",
    "modularity",
    "normalized_mutual_info",
    "pagerank",
    "pagerank_implicit",
    "participation",
    "strength_implicit",
]

CLUSTER_METHODS = ("leiden", "leiden-igraph", "louvain", "louvain-sknetwork")

MEASURES = ("degree", "strength", "betweenness", "pagerank", "eigenvector")

#: Exact betweenness is O(n m + n² log n) in networkx (pure Python): above this many nodes,
#: :func:`centrality` asks for sampling (``betweenness_k``) or for leaving the measure out.
MAX_EXACT_BETWEENNESS_NODES = 3000


# --- input ------------------------------------------------------------------------------------


def from_networkx(graph, *, weight="weight", on="organisations"):
    """A :class:`Projection` of a weighted undirected networkx graph (nodes sorted by str id).

    Examples
    --------
    >>> g = nx.Graph([("b", "a", {"weight": 2.0})])
    >>> p = from_networkx(g)
    >>> p.ids.tolist(), p.matrix.toarray().tolist()
    (['a', 'b'], [[0.0, 2.0], [0.0, 0.0]])
    """
    ids = np.array(sorted(str(node) for node in graph.nodes), dtype=object)
    index = {node: i for i, node in enumerate(ids)}
    rows, cols, weights, shared = [], [], [], []
    for u, v, data in graph.edges(data=True):
        i, j = sorted((index[str(u)], index[str(v)]))
        if i == j:
            continue
        rows.append(i)
        cols.append(j)
        weights.append(float(data.get(weight, 1.0)))
        shared.append(float(data.get("shared", data.get(weight, 1.0))))
    n = len(ids)

    def upper(values):
        matrix = sp.csr_matrix((np.asarray(values, dtype=float), (rows, cols)), shape=(n, n))
        matrix.sort_indices()
        return matrix

    degrees = np.array([graph.degree(node) for node in sorted(graph.nodes, key=str)], dtype=int)
    return Projection(upper(weights), upper(shared), ids, on, weight, degrees)


def _projection(network):
    if isinstance(network, Projection):
        return network
    if isinstance(network, nx.Graph):
        return from_networkx(network)
    raise InputError(
        "metrics", "expects a Projection (netlib.network.graph.project) or a networkx Graph"
    )


# --- centrality -------------------------------------------------------------------------------


def pagerank(projection, *, alpha=0.85, tol=1e-13, max_iter=1000):
    """PageRank of the weighted projection by sparse power iteration.

    Same definition as :func:`networkx.pagerank` (uniform teleport, dangling nodes spread
    uniformly): a random walker follows an edge with probability proportional to its weight.

    Parameters
    ----------
    projection : Projection
    alpha : float
        Damping factor.
    tol : float
        Stop when the L1 change is below ``n * tol``.
    max_iter : int

    Returns
    -------
    numpy.ndarray
        Scores in id order, summing to 1.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> pagerank(from_networkx(g)).round(4).tolist()
    [0.2568, 0.4865, 0.2568]
    """
    weights = _projection(projection).symmetric()
    strength = np.asarray(weights.sum(axis=1)).ravel()
    return _pagerank_iteration(weights.__matmul__, strength, alpha, tol, max_iter)


def _pagerank_iteration(apply_weights, strength, alpha, tol, max_iter):
    """Power iteration of PageRank given ``x -> W x`` for a symmetric weight matrix ``W``."""
    n = len(strength)
    if n == 0:
        return np.zeros(0)
    dangling = strength == 0
    inverse = np.zeros(n)
    inverse[~dangling] = 1.0 / strength[~dangling]
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        previous = x
        # W symmetric: the transition (D⁻¹ W)ᵀ x is W (D⁻¹ x)
        x = alpha * (apply_weights(previous * inverse) + previous[dangling].sum() / n)
        x += (1 - alpha) / n
        if np.abs(x - previous).sum() < n * tol:
            return x / x.sum()
    warnings.warn("PageRank did not converge", RuntimeWarning, stacklevel=2)
    return x / x.sum()


def eigenvector(projection, *, tol=1e-13, max_iter=10_000):
    """Eigenvector centrality of the weighted projection by sparse power iteration.

    Iterates ``x <- (W + I) x`` from the uniform vector with Euclidean normalisation, as
    :func:`networkx.eigenvector_centrality` does (the shift makes it converge on bipartite-like
    components; starting from the uniform vector makes the answer unique on disconnected
    graphs).

    Returns
    -------
    numpy.ndarray
        Scores in id order, unit Euclidean norm; NaN with a warning if not converged.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> eigenvector(from_networkx(g)).round(4).tolist()
    [0.5, 0.7071, 0.5]
    """
    weights = _projection(projection).symmetric()
    return _eigenvector_iteration(weights.__matmul__, weights.shape[0], tol, max_iter)


def _eigenvector_iteration(apply_weights, n, tol, max_iter):
    """Power iteration ``x <- (W + I) x`` with Euclidean normalisation, given ``x -> W x``."""
    if n == 0:
        return np.zeros(0)
    x = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        previous = x
        x = previous + apply_weights(previous)
        x = x / (np.linalg.norm(x) or 1.0)
        if np.abs(x - previous).sum() < n * tol:
            return x
    warnings.warn("eigenvector centrality did not converge", RuntimeWarning, stacklevel=2)
    return np.full(n, np.nan)


def betweenness(projection, *, k=None, seed=0):
    """Betweenness centrality with distances ``1 / weight`` (networkx, normalised).

    A strong tie (many shared campaigns) is a short distance. Computed by networkx on a graph
    built from the sorted edge list: O(n m + n² log n), pure Python; use ``k`` pivots (sampled
    with ``seed``) on large graphs.

    Returns
    -------
    numpy.ndarray
        Scores in id order.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> betweenness(from_networkx(g)).tolist()
    [0.0, 1.0, 0.0]
    """
    projection = _projection(projection)
    graph = nx.Graph()
    graph.add_nodes_from(range(projection.n_nodes))
    upper = projection.matrix.tocoo()
    order = np.lexsort((upper.col, upper.row))
    for i, j, w in zip(upper.row[order], upper.col[order], upper.data[order], strict=True):
        graph.add_edge(int(i), int(j), distance=1.0 / float(w))
    if k is not None:
        k = min(int(k), projection.n_nodes)
    scores = nx.betweenness_centrality(graph, k=k, normalized=True, weight="distance", seed=seed)
    return np.array([scores[i] for i in range(projection.n_nodes)])


def bipartite_degree(bi):
    """Degree centrality in the two-mode graph: degree over the size of the other node set.

    Parameters
    ----------
    bi : Biadjacency

    Returns
    -------
    pandas.DataFrame
        ``id, bipartite (0 organisation / 1 campaign), degree, degree_centrality``; organisations
        first, each part in id order (as :func:`networkx.bipartite.degree_centrality`).

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "a", "b"], "campaign_id": ["c1", "c2", "c1"]})
    >>> bipartite_degree(biadjacency({"signatures": sigs}))
       id  bipartite  degree  degree_centrality
    0   a          0       2                1.0
    1   b          0       1                0.5
    2  c1          1       2                1.0
    3  c2          1       1                0.5
    """
    if not isinstance(bi, Biadjacency):
        raise InputError("bipartite_degree", "expects a Biadjacency")
    n_orgs, n_campaigns = bi.shape
    org_degree, campaign_degree = bi.org_degrees(), bi.campaign_degrees()
    return pd.DataFrame(
        {
            "id": np.concatenate([bi.org_ids, bi.campaign_ids]),
            "bipartite": np.r_[np.zeros(n_orgs, int), np.ones(n_campaigns, int)],
            "degree": np.concatenate([org_degree, campaign_degree]),
            "degree_centrality": np.concatenate(
                [org_degree / max(n_campaigns, 1), campaign_degree / max(n_orgs, 1)]
            ),
        }
    )


def centrality(
    network,
    *,
    bi=None,
    measures=MEASURES,
    betweenness_k=None,
    seed=0,
    sort_by="pagerank",
    max_exact_betweenness=MAX_EXACT_BETWEENNESS_NODES,
):
    """Centrality of every node of a projection, one row per node.

    Parameters
    ----------
    network : Projection or networkx.Graph
    bi : Biadjacency, optional
        Adds ``bipartite_degree``: campaigns of the organisation over all campaigns (the
        two-mode view), for nodes that are rows (or columns) of ``bi``.
    measures : iterable of str
        Among ``degree`` (number of co-signers), ``strength`` (sum of edge weights),
        ``betweenness`` (distances are ``1 / weight``: a strong tie is short), ``pagerank``
        (weighted, damping 0.85) and ``eigenvector`` (weighted).
    betweenness_k : int, optional
        Sample this many source nodes (seeded) for betweenness instead of all of them.
    seed : int
        For sampled betweenness.
    sort_by : str
        Column to sort on, descending; ties are broken by id, ascending.
    max_exact_betweenness : int
        Exact betweenness on more nodes than this raises :class:`InputError` (pass
        ``betweenness_k`` or drop the measure): networkx needs minutes to hours there.

    Returns
    -------
    pandas.DataFrame
        ``org_id`` (or ``campaign_id``) and one column per measure.

    Examples
    --------
    >>> g = nx.Graph([("a", "b", {"weight": 2.0}), ("b", "c", {"weight": 1.0})])
    >>> centrality(g, measures=("degree", "strength", "betweenness"), sort_by="strength")
      org_id  degree  strength  betweenness
    0      b       2       3.0          1.0
    1      a       1       2.0          0.0
    2      c       1       1.0          0.0
    """
    projection = _projection(network)
    unknown = set(measures) - set(MEASURES)
    if unknown:
        raise InputError("centrality", f"unknown measures {sorted(unknown)}; known: {MEASURES}")
    full = projection.symmetric()
    frame = pd.DataFrame({projection.id_column: projection.ids})
    if "degree" in measures:
        frame["degree"] = np.diff(full.indptr).astype(np.int64)
    if "strength" in measures:
        frame["strength"] = np.asarray(full.sum(axis=1)).ravel()
    if "betweenness" in measures:
        if betweenness_k is None and projection.n_nodes > max_exact_betweenness:
            raise InputError(
                "centrality",
                f"exact betweenness on {projection.n_nodes} nodes is too slow: "
                "pass betweenness_k=... (sampling) or leave 'betweenness' out of measures",
            )
        frame["betweenness"] = betweenness(projection, k=betweenness_k, seed=seed)
    if "pagerank" in measures:
        frame["pagerank"] = pagerank(projection)
    if "eigenvector" in measures:
        frame["eigenvector"] = eigenvector(projection)
    if bi is not None:
        frame["bipartite_degree"] = _bipartite_degree_for(projection, bi)
    if sort_by not in frame.columns:
        raise InputError("centrality", f"sort_by={sort_by!r} is not a computed column")
    return _sort_desc(frame, sort_by, projection.id_column)


def _bipartite_degree_for(projection, bi):
    table = bipartite_degree(bi)
    part = 0 if projection.on == "organisations" else 1
    table = table[table["bipartite"] == part].set_index("id")["degree_centrality"]
    return table.reindex(projection.ids).to_numpy()


def _sort_desc(frame, column, id_column):
    frame = frame.sort_values(id_column, kind="mergesort")
    frame = frame.sort_values(column, ascending=False, kind="mergesort")
    return frame.reset_index(drop=True)


# --- measures through the biadjacency (no projection) -----------------------------------------

#: Weightings whose projection factors as ``B D Bᵀ`` minus its diagonal.
IMPLICIT_WEIGHTINGS = ("count", "newman")


class _ImplicitOperator:
    """``W x = (B D Bᵀ - diag) x`` for the projection of a biadjacency, never formed.

    ``D = I`` for count weighting and ``diag(1/(k_c - 1))`` (0 for one-member campaigns) for
    Newman's. The diagonal term ``diag_i = sum_c B_ic D_cc`` removes the self-loops. Each
    product costs two sparse matrix–vector products with ``B`` (scipy; two sweeps over the
    signatures), whatever the number of pairs of the projection.
    """

    def __init__(self, bi, on, weighting, max_letter_size):
        if not isinstance(bi, Biadjacency):
            raise InputError("implicit measures", "expects a Biadjacency")
        if weighting not in IMPLICIT_WEIGHTINGS:
            raise InputError(
                "implicit measures",
                f"weighting={weighting!r}: only {IMPLICIT_WEIGHTINGS} factor through the "
                "biadjacency (project() for the others)",
            )
        incidence, _ = projection_incidence(bi, on=on, max_letter_size=max_letter_size)
        self.incidence = incidence
        self.transposed = incidence.T.tocsr()
        sizes = np.asarray(incidence.sum(axis=0)).ravel()
        self.scale = np.ones(len(sizes))
        if weighting == "newman":
            self.scale = np.zeros(len(sizes))
            several = sizes > 1
            self.scale[several] = 1.0 / (sizes[several] - 1.0)
        self.n = incidence.shape[0]
        self.diagonal = incidence @ self.scale
        # strength: sum_c B_ic D_cc (k_c - 1), exact for integer counts
        self.strength = incidence @ (self.scale * np.maximum(sizes - 1.0, 0.0))

    def __matmul__(self, x):
        return self.incidence @ (self.scale * (self.transposed @ x)) - self.diagonal * x


def strength_implicit(bi, *, on="organisations", weighting="count", max_letter_size=None):
    """Weighted degree (strength) in the projection, computed from the biadjacency alone.

    ``s_i = sum_c B_ic d_c (k_c - 1)`` with ``d_c = 1`` (count) or ``1/(k_c - 1)`` (newman):
    the same numbers as the row sums of :func:`netlib.network.graph.project`'s weights, without the
    ``k(k-1)/2`` pairs of every letter.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
    weighting : {"count", "newman"}
    max_letter_size : int, optional
        As in :func:`netlib.network.graph.project`.

    Returns
    -------
    numpy.ndarray
        Strengths in id order.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "b", "c"],
    ...                      "campaign_id": ["c1", "c1", "c2", "c2", "c2"]})
    >>> strength_implicit(biadjacency({"signatures": sigs})).tolist()
    [3.0, 3.0, 2.0]
    >>> strength_implicit(biadjacency({"signatures": sigs}), weighting="newman").tolist()
    [2.0, 2.0, 1.0]
    """
    return _ImplicitOperator(bi, on, weighting, max_letter_size).strength.copy()


def pagerank_implicit(
    bi,
    *,
    on="organisations",
    weighting="count",
    max_letter_size=None,
    alpha=0.85,
    tol=1e-13,
    max_iter=1000,
):
    """PageRank of the weighted projection, iterating through the biadjacency.

    The same iteration, stopping rule and answer as :func:`pagerank` on
    ``project(bi, on=on, weighting=weighting)``, but each step multiplies by ``B D Bᵀ`` minus
    its diagonal (two sweeps over the signatures) instead of by the projection: the cost does
    not grow with the ``k(k-1)/2`` pairs of big letters, and nothing of that size is stored.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
    weighting : {"count", "newman"}
    max_letter_size : int, optional
    alpha, tol, max_iter
        As in :func:`pagerank`.

    Returns
    -------
    numpy.ndarray
        Scores in id order, summing to 1.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency, project
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "b", "c"], "campaign_id": ["x", "x", "y", "y"]})
    >>> bi = biadjacency({"signatures": sigs})
    >>> pagerank_implicit(bi).round(4).tolist()
    [0.2568, 0.4865, 0.2568]
    >>> bool(np.allclose(pagerank_implicit(bi), pagerank(project(bi)), atol=1e-12))
    True
    """
    operator = _ImplicitOperator(bi, on, weighting, max_letter_size)
    return _pagerank_iteration(operator.__matmul__, operator.strength, alpha, tol, max_iter)


def eigenvector_implicit(
    bi,
    *,
    on="organisations",
    weighting="count",
    max_letter_size=None,
    tol=1e-13,
    max_iter=10_000,
):
    """Eigenvector centrality of the weighted projection, iterating through the biadjacency.

    Same iteration and answer as :func:`eigenvector` on the projection (``x <- (W + I) x``,
    Euclidean normalisation), with ``W x`` computed as ``B D Bᵀ x`` minus the diagonal term.

    Returns
    -------
    numpy.ndarray
        Scores in id order, unit Euclidean norm; NaN with a warning if not converged.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "b", "c"], "campaign_id": ["x", "x", "y", "y"]})
    >>> eigenvector_implicit(biadjacency({"signatures": sigs})).round(4).tolist()
    [0.5, 0.7071, 0.5]
    """
    operator = _ImplicitOperator(bi, on, weighting, max_letter_size)
    return _eigenvector_iteration(operator.__matmul__, operator.n, tol, max_iter)


# --- clusters ---------------------------------------------------------------------------------


def clusters(projection, *, seed=0, method="leiden", resolution=1.0):
    """Communities of the weighted projection (modularity), with canonical labels.

    Parameters
    ----------
    projection : Projection or networkx.Graph
    seed : int
    method : {"leiden", "leiden-igraph", "louvain", "louvain-sknetwork"}
        ``leiden``: leidenalg on igraph (``ModularityVertexPartition``; the RB configuration
        model when ``resolution`` is not 1), iterated until stable. ``leiden-igraph``: igraph's
        own Leiden on the modularity objective, seeded through its random generator — the same
        objective, about 20 times faster on millions of edges (a few seconds for 3 million).
        ``louvain``: networkx's Louvain, pure Python. ``louvain-sknetwork``: scikit-network's
        compiled Louvain on the projection's arrays (:mod:`netlib.network.clustering`), no igraph
        graph
        built: the one for tens of millions of edges (L's 22.6 million: a third of the CPU time
        and a quarter of the memory of ``leiden-igraph``, the same modularity). Leiden and
        ``louvain-sknetwork`` fall back on Louvain if their library cannot be imported;
        ``frame.attrs["method"]`` says which ran.
    resolution : float
        Modularity resolution (higher: smaller clusters).

    Returns
    -------
    pandas.DataFrame
        ``org_id`` (or ``campaign_id``), ``cluster`` sorted by id. Cluster 0 is the largest;
        equal sizes are ordered by their smallest id. Isolated nodes are clusters of one.
        ``attrs`` holds ``method``, ``seed``, ``resolution`` and ``modularity``.

    Examples
    --------
    >>> two_triangles = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"),
    ...                           ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> clusters(two_triangles)["cluster"].tolist()
    [0, 0, 0, 1, 1, 1]
    """
    projection = _projection(projection)
    if method not in CLUSTER_METHODS:
        raise InputError("clusters", f"method={method!r}: one of {CLUSTER_METHODS}")
    if method == "louvain-sknetwork":
        try:
            membership = sknetwork_louvain(projection.matrix, seed=seed, resolution=resolution)
        except ImportError:
            method = "louvain"
    elif method in ("leiden", "leiden-igraph"):
        run = _leiden if method == "leiden" else _igraph_leiden
        try:
            membership = run(projection.n_nodes, *_sorted_edges(projection), seed, resolution)
        except ImportError:
            method = "louvain"
    if method == "louvain":
        membership = _louvain(projection.n_nodes, *_sorted_edges(projection), seed, resolution)
    labels = canonical_labels(membership)
    frame = pd.DataFrame({projection.id_column: projection.ids, "cluster": labels})
    frame.attrs.update(
        {
            "method": method,
            "seed": seed,
            "resolution": float(resolution),
            "modularity": modularity(projection, labels, resolution=resolution),
        }
    )
    return frame


def co_clusters(bi, *, seed=0, method="leiden", resolution=1.0):
    """Cluster organisations and campaigns together, on the bipartite graph itself.

    Runs :func:`clusters` on the two-mode graph (an organisation linked to each of its
    campaigns, weight 1), so that a cluster is a group of organisations *and* the campaigns that
    hold them together, with no projection in between.

    Parameters
    ----------
    bi : Biadjacency
    seed, method, resolution
        As in :func:`clusters`.

    Returns
    -------
    pandas.DataFrame
        ``id, kind ("organisation" / "campaign"), cluster``, sorted by id; canonical labels.

    Notes
    -----
    The objective is the ordinary (Newman–Girvan) modularity of the bipartite graph, whose null
    model allows organisation–organisation links; Barber's bipartite modularity would not. It
    is an exploratory view beside the projection's clusters, not a replacement.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "b", "x", "y", "x", "y", "b"],
    ...                      "campaign_id": ["c1", "c1", "c2", "c2", "k1", "k1", "k2", "k2", "k1"]})
    >>> co_clusters(biadjacency({"signatures": sigs}))["cluster"].tolist()
    [0, 0, 0, 0, 1, 1, 1, 1]
    """
    if not isinstance(bi, Biadjacency):
        raise InputError("co_clusters", "expects a Biadjacency")
    ids = np.concatenate([bi.org_ids, bi.campaign_ids])
    if len(set(ids)) != len(ids):
        raise InputError("co_clusters", "an organisation id is also a campaign id")
    order = np.argsort(ids.astype(str), kind="mergesort")
    position = np.empty(len(ids), dtype=np.int64)
    position[order] = np.arange(len(ids))
    coo = bi.matrix.tocoo()
    rows = position[coo.row]
    cols = position[bi.shape[0] + coo.col]
    low, high = np.minimum(rows, cols), np.maximum(rows, cols)
    n = len(ids)
    upper = sp.csr_matrix((np.ones(len(low)), (low, high)), shape=(n, n))
    upper.sort_indices()
    degrees = np.asarray((upper + upper.T).sum(axis=1)).ravel().astype(np.int64)
    graph = Projection(upper, upper.copy(), ids[order], "bipartite", "count", degrees)
    frame = clusters(graph, seed=seed, method=method, resolution=resolution)
    is_org = np.zeros(n, dtype=bool)
    is_org[position[: bi.shape[0]]] = True
    frame.insert(1, "kind", np.where(is_org, "organisation", "campaign"))
    return frame


def _sorted_edges(projection):
    matrix = projection.matrix
    if sp.issparse(matrix) and matrix.format == "csr" and matrix.has_canonical_format:
        # already in row-major order with sorted columns: no sort needed
        rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
        return rows, matrix.indices.astype(np.int64), matrix.data
    upper = matrix.tocoo()
    order = np.lexsort((upper.col, upper.row))
    return upper.row[order], upper.col[order], upper.data[order]


def _leiden(n, rows, cols, weights, seed, resolution):
    import igraph
    import leidenalg

    graph = igraph.Graph(n=n, edges=list(zip(rows.tolist(), cols.tolist(), strict=True)))
    if resolution == 1.0:
        partition_type, extra = leidenalg.ModularityVertexPartition, {}
    else:
        partition_type = leidenalg.RBConfigurationVertexPartition
        extra = {"resolution_parameter": float(resolution)}
    partition = leidenalg.find_partition(
        graph, partition_type, weights=weights.tolist(), seed=int(seed), n_iterations=-1, **extra
    )
    return np.asarray(partition.membership)


def _igraph_leiden(n, rows, cols, weights, seed, resolution):
    import random

    import igraph

    graph = igraph.Graph(n=n, edges=list(zip(rows.tolist(), cols.tolist(), strict=True)))
    # igraph draws from a Python random generator: give it a seeded one, then restore the default
    igraph.set_random_number_generator(random.Random(int(seed)))
    try:
        partition = graph.community_leiden(
            objective_function="modularity",
            weights=weights.tolist(),
            resolution=float(resolution),
            n_iterations=-1,
        )
    finally:
        igraph.set_random_number_generator(random)
    return np.asarray(partition.membership)


def _louvain(n, rows, cols, weights, seed, resolution):
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_weighted_edges_from(zip(rows.tolist(), cols.tolist(), weights.tolist(), strict=True))
    communities = nx.community.louvain_communities(
        graph, weight="weight", resolution=resolution, seed=seed
    )
    membership = np.empty(n, dtype=np.int64)
    for label, community in enumerate(communities):
        membership[sorted(community)] = label
    return membership


def canonical_labels(membership):
    """Relabel clusters: 0 is the largest, ties ordered by their smallest member index.

    Examples
    --------
    >>> canonical_labels([5, 5, 2, 9, 9, 9]).tolist()
    [1, 1, 2, 0, 0, 0]
    """
    membership = np.asarray(membership)
    if membership.size == 0:
        return membership.astype(np.int64)
    values, first, inverse, counts = np.unique(
        membership, return_index=True, return_inverse=True, return_counts=True
    )
    order = np.lexsort((first, -counts))
    relabel = np.empty(len(values), dtype=np.int64)
    relabel[order] = np.arange(len(values))
    return relabel[inverse.ravel()]


def modularity(projection, labels, *, resolution=1.0):
    """Weighted modularity of a partition of the projection.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("c", "d")])
    >>> modularity(from_networkx(g), [0, 0, 1, 1])
    0.5
    """
    projection = _projection(projection)
    labels = np.asarray(labels)
    upper = projection.matrix
    # strength from the upper triangle's row and column sums: no symmetric copy
    strength = np.asarray(upper.sum(axis=1)).ravel() + np.asarray(upper.sum(axis=0)).ravel()
    total = strength.sum()
    if total == 0:
        return 0.0
    coo = upper.tocoo()
    inside = 2 * coo.data[labels[coo.row] == labels[coo.col]].sum()
    per_cluster = np.bincount(canonical_labels(labels), weights=strength)
    return float(inside / total - resolution * ((per_cluster / total) ** 2).sum())


# --- comparing partitions ---------------------------------------------------------------------


def _contingency(a, b):
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape:
        raise InputError("partition comparison", "the two labelings differ in length")
    _, a_index = np.unique(a, return_inverse=True)
    _, b_index = np.unique(b, return_inverse=True)
    pairs, counts = np.unique(
        np.stack([a_index.ravel(), b_index.ravel()]), axis=1, return_counts=True
    )
    return pairs, counts, np.bincount(a_index.ravel()), np.bincount(b_index.ravel())


def _comb2(x):
    x = np.asarray(x, dtype=float)
    return x * (x - 1) / 2


def adjusted_rand_index(a, b):
    """Adjusted Rand index of two labelings (Hubert & Arabie 1985).

    Returns 1.0 for identical partitions (whatever the label names), about 0 for independent
    ones. When both partitions are trivial in the same way (all singletons or one cluster) the
    index is undefined; it is then 1.0 if they are the same partition and 0.0 otherwise.

    Examples
    --------
    >>> adjusted_rand_index([0, 0, 1, 1], [5, 5, 3, 3])
    1.0
    >>> round(adjusted_rand_index([0, 0, 1, 1], [0, 0, 1, 2]), 6)
    0.571429
    """
    _, counts, a_sizes, b_sizes = _contingency(a, b)
    n = len(np.asarray(a))
    index = _comb2(counts).sum()
    sum_a, sum_b = _comb2(a_sizes).sum(), _comb2(b_sizes).sum()
    expected = sum_a * sum_b / _comb2(n) if n > 1 else 0.0
    maximum = (sum_a + sum_b) / 2
    if maximum == expected:
        return 1.0 if len(counts) == len(a_sizes) == len(b_sizes) else 0.0
    return float((index - expected) / (maximum - expected))


def normalized_mutual_info(a, b):
    """Normalised mutual information of two labelings (arithmetic-mean normalisation).

    Examples
    --------
    >>> normalized_mutual_info([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    >>> normalized_mutual_info([0, 0, 1, 1], [0, 1, 0, 1])
    0.0
    """
    pairs, counts, a_sizes, b_sizes = _contingency(a, b)
    n = float(len(np.asarray(a)))
    joint = counts / n
    pa, pb = a_sizes / n, b_sizes / n
    mutual = float((joint * np.log(joint / (pa[pairs[0]] * pb[pairs[1]]))).sum())
    entropy_a = float(-(pa * np.log(pa)).sum())
    entropy_b = float(-(pb * np.log(pb)).sum())
    if entropy_a + entropy_b == 0:
        return 1.0
    return float(max(mutual, 0.0) / ((entropy_a + entropy_b) / 2))


# --- stability and consensus ------------------------------------------------------------------


@dataclass(frozen=True)
class StabilityResult:
    """Clusterings of one projection under several seeds, compared and reconciled.

    Attributes
    ----------
    runs : pandas.DataFrame
        One row per node: the id column, then one column of labels per seed (named ``seed_<s>``).
    pairwise : pandas.DataFrame
        ``seed_a, seed_b, ari, nmi`` for every pair of runs.
    consensus : pandas.DataFrame
        ``id, cluster, stability``: the consensus partition (canonical labels) and, per node, the
        fraction of runs whose cluster for it maps onto its consensus cluster.
    params : dict
        ``method``, ``resolution``, ``seeds``, ``threshold``, ``mean_ari``, ``mean_nmi``,
        ``n_clusters``.
    """

    runs: pd.DataFrame
    pairwise: pd.DataFrame
    consensus: pd.DataFrame
    params: dict

    def summary(self):
        """One sentence on agreement across runs."""
        p = self.params
        return (
            f"{len(p['seeds'])} {p['method']} runs: mean ARI {p['mean_ari']:.3f}, mean NMI "
            f"{p['mean_nmi']:.3f}; consensus has {plural(p['n_clusters'], 'cluster')}."
        )


def cluster_stability(
    projection, *, seeds=range(20), method="leiden", resolution=1.0, threshold=0.5
):
    """Run :func:`clusters` under several seeds; compare runs and build a consensus.

    Parameters
    ----------
    projection : Projection or networkx.Graph
    seeds : iterable of int
    method, resolution
        As in :func:`clusters`.
    threshold : float
        Consensus: two linked nodes are joined when they share a cluster in more than this
        fraction of runs; the consensus clusters are the connected components of those links.

    Returns
    -------
    StabilityResult

    Notes
    -----
    Co-assignment is counted on the edges of the projection only (never an n × n matrix).
    Components can chain: ``a`` with ``b`` in most runs and ``b`` with ``c`` in most runs puts
    ``a`` and ``c`` together; per-node stability shows where that happens.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z")])
    >>> result = cluster_stability(g, seeds=range(3))
    >>> result.params["mean_ari"], result.consensus["cluster"].tolist()
    (1.0, [0, 0, 0, 1, 1, 1])
    """
    projection = _projection(projection)
    seeds = [int(seed) for seed in seeds]
    if not seeds:
        raise InputError("cluster_stability", "no seeds")
    labels = {
        seed: clusters(projection, seed=seed, method=method, resolution=resolution)[
            "cluster"
        ].to_numpy()
        for seed in seeds
    }
    runs = pd.DataFrame({projection.id_column: projection.ids})
    for seed in seeds:
        runs[f"seed_{seed}"] = labels[seed]
    pairwise = pd.DataFrame(
        [
            {
                "seed_a": a,
                "seed_b": b,
                "ari": adjusted_rand_index(labels[a], labels[b]),
                "nmi": normalized_mutual_info(labels[a], labels[b]),
            }
            for a, b in itertools.combinations(seeds, 2)
        ],
        columns=["seed_a", "seed_b", "ari", "nmi"],
    )
    consensus_labels = _consensus(projection, list(labels.values()), threshold)
    stability = _node_stability(list(labels.values()), consensus_labels)
    consensus = pd.DataFrame(
        {
            projection.id_column: projection.ids,
            "cluster": consensus_labels,
            "stability": stability,
        }
    )
    params = {
        "method": method,
        "resolution": float(resolution),
        "seeds": seeds,
        "threshold": float(threshold),
        "mean_ari": float(pairwise["ari"].mean()) if len(pairwise) else 1.0,
        "mean_nmi": float(pairwise["nmi"].mean()) if len(pairwise) else 1.0,
        "n_clusters": int(consensus_labels.max() + 1) if len(consensus_labels) else 0,
    }
    return StabilityResult(runs=runs, pairwise=pairwise, consensus=consensus, params=params)


def _consensus(projection, label_runs, threshold):
    upper = projection.matrix.tocoo()
    together = np.zeros(len(upper.row))
    for labels in label_runs:
        together += labels[upper.row] == labels[upper.col]
    together /= len(label_runs)
    keep = together > threshold
    n = projection.n_nodes
    links = sp.csr_matrix((np.ones(keep.sum()), (upper.row[keep], upper.col[keep])), shape=(n, n))
    _, components = connected_components(links, directed=False)
    return canonical_labels(components)


def _node_stability(label_runs, consensus_labels):
    """Fraction of runs in which a node's cluster overlaps its consensus cluster the most."""
    hits = np.zeros(len(consensus_labels))
    for labels in label_runs:
        pairs, counts, _, _ = _contingency(labels, consensus_labels)
        _, run_index = np.unique(labels, return_inverse=True)
        # for each run cluster, the consensus cluster it overlaps most (ties: smallest label)
        order = np.lexsort((pairs[1], -counts, pairs[0]))
        best = np.empty(pairs[0].max() + 1, dtype=np.int64)
        first = np.unique(pairs[0][order], return_index=True)[1]
        best[pairs[0][order][first]] = pairs[1][order][first]
        _, consensus_index = np.unique(consensus_labels, return_inverse=True)
        hits += best[run_index.ravel()] == consensus_index.ravel()
    return hits / len(label_runs)


# --- bridging ---------------------------------------------------------------------------------


def participation(projection, cluster_labels, *, weighted=True):
    """Participation coefficient of each node across clusters (Guimerà & Amaral 2005).

    ``P_i = 1 - sum_c (k_ic / k_i)²`` where ``k_ic`` is the weight (or number) of ``i``'s links
    into cluster ``c``: 0 when all links stay in one cluster, towards 1 when spread evenly.

    Parameters
    ----------
    projection : Projection or networkx.Graph
    cluster_labels : array_like
        One label per node, in id order (e.g. ``clusters(p)["cluster"]``).
    weighted : bool

    Returns
    -------
    tuple of numpy.ndarray
        ``(participation, n_clusters_linked)``: the coefficient (0 for isolated nodes) and the
        number of distinct clusters among the node's neighbours.

    References
    ----------
    R. Guimerà, L. A. N. Amaral, "Functional cartography of complex metabolic networks",
    Nature 433, 895–900 (2005).

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> coefficient, linked = participation(from_networkx(g), [0, 0, 1, 1])
    >>> coefficient.tolist(), linked.tolist()
    ([0.0, 0.5, 0.5, 0.0], [1, 2, 2, 1])
    """
    projection = _projection(projection)
    full = projection.symmetric()
    if not weighted:
        full.data[:] = 1.0
    labels = canonical_labels(np.asarray(cluster_labels))
    n = projection.n_nodes
    membership = sp.csr_matrix(
        (np.ones(n), (np.arange(n), labels)), shape=(n, int(labels.max(initial=-1)) + 1)
    )
    into = (full @ membership).tocsr()
    total = np.asarray(into.sum(axis=1)).ravel()
    squares = np.asarray(into.multiply(into).sum(axis=1)).ravel()
    with np.errstate(divide="ignore", invalid="ignore"):
        coefficient = np.where(total > 0, 1.0 - squares / total**2, 0.0)
    into.eliminate_zeros()
    return np.clip(coefficient, 0.0, 1.0), np.diff(into.indptr).astype(np.int64)


def bridges(projection, cluster_frame=None, *, weighted=True, seed=0, method="leiden"):
    """Rank organisations by how much they bridge clusters.

    Parameters
    ----------
    projection : Projection or networkx.Graph
    cluster_frame : pandas.DataFrame, optional
        Output of :func:`clusters`; computed with ``seed`` and ``method`` when not given.
    weighted : bool
        Participation weighted by edge weights (default) or by number of links.

    Returns
    -------
    pandas.DataFrame
        ``id, cluster, participation, n_clusters_linked, other_clusters_linked, n_campaigns,
        strength``, sorted by participation, then other clusters linked (both descending), then
        id.

    Examples
    --------
    >>> g = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "x"),
    ...               ("x", "y"), ("x", "z"), ("y", "z")])
    >>> bridges(g)[["org_id", "cluster", "participation", "other_clusters_linked"]].head(2)
      org_id  cluster  participation  other_clusters_linked
    0      c        0       0.444444                      1
    1      x        1       0.444444                      1
    """
    projection = _projection(projection)
    if cluster_frame is None:
        cluster_frame = clusters(projection, seed=seed, method=method)
    id_column = projection.id_column
    labels = cluster_frame.set_index(id_column)["cluster"].reindex(projection.ids).to_numpy()
    if pd.isna(labels).any():
        raise InputError("bridges", "cluster_frame does not cover every node of the projection")
    labels = labels.astype(np.int64)
    coefficient, linked = participation(projection, labels, weighted=weighted)
    full = projection.symmetric()
    links_own = _links_into_own_cluster(full, labels)
    frame = pd.DataFrame(
        {
            id_column: projection.ids,
            "cluster": labels,
            "participation": coefficient,
            "n_clusters_linked": linked,
            "other_clusters_linked": linked - links_own,
            "n_campaigns": projection.degrees,
            "strength": np.asarray(full.sum(axis=1)).ravel(),
        }
    )
    frame = frame.sort_values(id_column, kind="mergesort")
    frame = frame.sort_values(
        ["participation", "other_clusters_linked"], ascending=False, kind="mergesort"
    )
    return frame.reset_index(drop=True)


def _links_into_own_cluster(full, labels):
    coo = full.tocoo()
    same = labels[coo.row] == labels[coo.col]
    return (np.bincount(coo.row[same], minlength=full.shape[0]) > 0).astype(np.int64)
