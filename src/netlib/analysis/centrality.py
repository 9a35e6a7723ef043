"""Centrality of the co-signing network: degree, strength, betweenness, PageRank, eigenvector.

Everything takes a :class:`netlib.network.projection.Projection` (sparse; networkx graphs are
converted) and returns DataFrames keyed by id, sorted, with ties broken by id; sampled
betweenness is seeded. The ``*_implicit`` measures work on the biadjacency without building
the projection.
"""

from __future__ import annotations

import warnings

import networkx as nx
import numpy as np
import pandas as pd

from netlib.errors import InputError
from netlib.io.tables import by_score
from netlib.network.graph import Biadjacency
from netlib.network.projection import as_projection, projection_incidence

__all__ = [
    "IMPLICIT_WEIGHTINGS",
    "MAX_EXACT_BETWEENNESS_NODES",
    "MEASURES",
    "betweenness",
    "betweenness_plan",
    "bipartite_degree",
    "centrality",
    "eigenvector",
    "eigenvector_implicit",
    "pagerank",
    "pagerank_implicit",
    "strength_implicit",
]

MEASURES = ("degree", "strength", "betweenness", "pagerank", "eigenvector")

#: Exact betweenness is O(n m + n² log n) in networkx (pure Python): above this many nodes,
#: :func:`centrality` asks for sampling (``betweenness_k``) or for leaving the measure out.
MAX_EXACT_BETWEENNESS_NODES = 3000
#: networkx's betweenness costs about one shortest-path search per source over every tie:
#: past this many node × tie steps it is sampled, past :data:`MAX_BETWEENNESS_TIES` skipped
#: (a report must finish in seconds; at 2,000 organisations and 800,000 ties five sources
#: alone take 17 s).
BETWEENNESS_WORK = 50_000_000
MAX_BETWEENNESS_TIES = 200_000


def betweenness_plan(projection):
    """``("exact", None)``, ``("sampled", k)`` or ``("skipped", None)`` for a projection,
    from the work networkx would do (nodes × ties).

    >>> from netlib.network.projection import from_networkx
    >>> betweenness_plan(from_networkx(nx.path_graph(4)))
    ('exact', None)
    """
    nodes, ties = projection.n_nodes, projection.n_edges
    if nodes * ties <= BETWEENNESS_WORK and nodes <= MAX_EXACT_BETWEENNESS_NODES:
        return "exact", None
    if ties <= MAX_BETWEENNESS_TIES:
        return "sampled", max(10, min(nodes, BETWEENNESS_WORK // max(1, ties)))
    return "skipped", None


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
    >>> from netlib.network.projection import from_networkx
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> pagerank(from_networkx(g)).round(4).tolist()
    [0.2568, 0.4865, 0.2568]
    """
    weights = as_projection(projection).symmetric()
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
    >>> from netlib.network.projection import from_networkx
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> eigenvector(from_networkx(g)).round(4).tolist()
    [0.5, 0.7071, 0.5]
    """
    weights = as_projection(projection).symmetric()
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
    >>> from netlib.network.projection import from_networkx
    >>> g = nx.Graph([("a", "b"), ("b", "c")])
    >>> betweenness(from_networkx(g)).tolist()
    [0.0, 1.0, 0.0]
    """
    projection = as_projection(projection)
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
    projection = as_projection(network)
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
    return by_score(frame, sort_by, projection.id_column)


def _bipartite_degree_for(projection, bi):
    table = bipartite_degree(bi)
    part = 0 if projection.on == "organisations" else 1
    table = table[table["bipartite"] == part].set_index("id")["degree_centrality"]
    return table.reindex(projection.ids).to_numpy()


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
    the same numbers as the row sums of :func:`netlib.network.projection.project`'s weights, without
    the ``k(k-1)/2`` pairs of every letter.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
    weighting : {"count", "newman"}
    max_letter_size : int, optional
        As in :func:`netlib.network.projection.project`.

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
    >>> from netlib.network.graph import biadjacency
    >>> from netlib.network.projection import project
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
