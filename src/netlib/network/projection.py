"""One-mode projections of the biadjacency matrix: who co-signs with whom, and how strongly.

Projections are computed in sparse form, never with networkx loops: by the compiled
upper-triangle kernel of :mod:`netlib.network.kernels`, or by scipy's ``B @ B.T`` (the reference
the kernel is tested against). networkx is only a test oracle, :func:`to_networkx` is for small
results and :func:`from_networkx` turns a small graph into a :class:`Projection`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from netlib.errors import InputError

__all__ = [
    "WEIGHTINGS",
    "Projection",
    "as_projection",
    "from_networkx",
    "letter_pairs",
    "project",
    "projection_incidence",
    "to_networkx",
]

#: Projection weightings accepted by :func:`project`.
WEIGHTINGS = ("count", "newman", "jaccard", "overlap")

#: :func:`to_networkx` refuses projections with more edges than this unless told otherwise.
MAX_NETWORKX_EDGES = 200_000


@dataclass(frozen=True)
class Projection:
    """A one-mode projection of a :class:`Biadjacency`.

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix
        Strict upper triangle (``i < j``, no diagonal) of the weight matrix, float64; use
        :meth:`symmetric` for the full matrix.
    shared : scipy.sparse.csr_matrix
        Same sparsity pattern: the number of shared campaigns (or organisations) of each pair.
    ids : numpy.ndarray
        Sorted node ids; every row of the biadjacency matrix is a node, isolated or not.
    on : str
        ``"organisations"`` or ``"campaigns"``.
    weighting : str
        One of :data:`WEIGHTINGS`.
    degrees : numpy.ndarray
        Degree of each node in the bipartite graph (campaigns per organisation, or the reverse).
    """

    matrix: sp.csr_matrix
    shared: sp.csr_matrix
    ids: np.ndarray
    on: str
    weighting: str
    degrees: np.ndarray
    params: dict = field(default_factory=dict)

    @property
    def n_nodes(self):
        """Number of nodes (isolated ones included)."""
        return len(self.ids)

    @property
    def n_edges(self):
        """Number of node pairs with an edge."""
        return int(self.matrix.nnz)

    @property
    def id_column(self):
        """``"org_id"``, ``"campaign_id"`` (or ``"id"`` for other node sets): the id column."""
        return {"organisations": "org_id", "campaigns": "campaign_id"}.get(self.on, "id")

    def symmetric(self, which="weight"):
        """The full symmetric matrix (CSR) of the weights or of the ``"shared"`` counts."""
        upper = self.matrix if which == "weight" else self.shared
        full = (upper + upper.T).tocsr()
        full.sort_indices()
        return full

    def edges_frame(self):
        """Edges as a DataFrame ``source, target, weight, shared`` sorted by source, target.

        ``source < target`` in id order, since ids are sorted and the matrix is upper triangular.
        """
        rows, cols, weights = _coo_arrays(self.matrix)
        shared = _values_at(self.shared, rows, cols)
        # ids are sorted, so sorting the integer positions sorts the ids (no string sort)
        order = np.lexsort((cols, rows))
        rows, cols = rows[order], cols[order]
        return pd.DataFrame(
            {
                "source": self.ids[rows],
                "target": self.ids[cols],
                "weight": weights[order].astype(np.float64),
                "shared": np.rint(shared[order]).astype(np.int64),
            }
        )


# --- projections -----------------------------------------------------------------------------


def project(
    bi,
    *,
    on="organisations",
    weighting="count",
    min_shared=1,
    max_letter_size=None,
    engine="auto",
):
    """Project the bipartite graph onto organisations (co-signing) or campaigns.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
    weighting : {"count", "newman", "jaccard", "overlap"}
        ``count``: the number of shared campaigns. ``newman``: Newman's collaboration weight,
        each shared campaign with ``k`` members adds ``1/(k-1)``. ``jaccard``: shared over the
        union of the two nodes' campaigns. ``overlap``: shared over the smaller degree.
    min_shared : int
        Keep only pairs sharing at least this many campaigns (``>= 1``).
    max_letter_size : int, optional
        Big-letter cap: leave out every campaign (or, projecting on campaigns, every
        organisation) with more than this many members before projecting. Degrees, and so the
        Jaccard and overlap denominators, are then those of the capped graph. Default: no cap.
    engine : {"auto", "numba", "scipy"}
        ``numba``: the compiled two-pass kernel of :mod:`netlib.network.kernels` (upper triangle
        only, parallel). ``scipy``: the sparse product ``B @ B.T`` then its upper triangle — the
        reference the kernel is tested against. ``auto``: numba when it imports, else scipy.
        Both give identical weights for every weighting.

    Returns
    -------
    Projection
        Upper-triangular weights and shared counts; every row of ``bi`` is a node. With the
        numba engine, ``matrix`` and ``shared`` share their index arrays (and, for ``count``
        weighting, their data): copy a matrix before modifying it in place.
        ``params`` has ``weighting``, ``min_shared``, ``on``, ``max_letter_size``,
        ``letters_dropped`` and ``engine``.

    Notes
    -----
    The cost is that of the number of co-signing pairs: a letter with ``k`` signatories alone
    makes ``k(k-1)/2`` pairs (:func:`letter_pairs` lists them per letter). Big letters policy:
    under ``newman`` weighting a letter of ``k`` members adds only ``1/(k-1)`` to each of its
    pairs, so a 10,000-signatory letter weighs 10⁻⁴ per pair while a letter of three weighs 0.5;
    the pairs still exist, and cost memory. ``max_letter_size`` removes such letters from the
    projection altogether (they tie everyone to everyone and say nothing about communities);
    ``params["letters_dropped"]`` counts them.

    References
    ----------
    M. E. J. Newman, "Scientific collaboration networks. II.", Phys. Rev. E 64, 016132 (2001).

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "b", "c"],
    ...                      "campaign_id": ["c1", "c1", "c2", "c2", "c2"]})
    >>> bi = biadjacency({"signatures": sigs})
    >>> project(bi).edges_frame()
      source target  weight  shared
    0      a      b     2.0       2
    1      a      c     1.0       1
    2      b      c     1.0       1
    >>> project(bi, weighting="newman").edges_frame()["weight"].tolist()
    [1.5, 0.5, 0.5]
    >>> project(bi, weighting="jaccard", min_shared=2).edges_frame()
      source target  weight  shared
    0      a      b     1.0       2
    >>> project(bi, max_letter_size=2).edges_frame()
      source target  weight  shared
    0      a      b     1.0       1
    """
    if on not in ("organisations", "campaigns"):
        raise InputError("project", f"on={on!r}: expected 'organisations' or 'campaigns'")
    if weighting not in WEIGHTINGS:
        raise InputError("project", f"weighting={weighting!r}: expected one of {WEIGHTINGS}")
    if int(min_shared) < 1:
        raise InputError("project", f"min_shared={min_shared!r}: must be at least 1")
    if engine not in ("auto", "numba", "scipy"):
        raise InputError("project", f"engine={engine!r}: expected 'auto', 'numba' or 'scipy'")
    incidence, dropped = projection_incidence(bi, on=on, max_letter_size=max_letter_size)
    ids = bi.org_ids if on == "organisations" else bi.campaign_ids
    degrees = np.asarray(incidence.sum(axis=1)).ravel()
    other_degrees = np.asarray(incidence.sum(axis=0)).ravel()
    if engine == "auto":
        engine = "numba" if _numba_available() else "scipy"
    n = incidence.shape[0]
    if engine == "numba":
        matrix, shared_matrix = _project_numba(
            incidence, weighting, int(min_shared), degrees, other_degrees
        )
    else:
        shared = _upper(incidence @ incidence.T)
        rows, cols, counts = _coo_arrays(shared)
        keep = counts >= int(min_shared)
        rows, cols, counts = rows[keep], cols[keep], counts[keep]
        weights = _weights(incidence, weighting, rows, cols, counts, degrees, other_degrees)
        matrix = _csr(rows, cols, weights, n)
        shared_matrix = _csr(rows, cols, np.rint(counts), n)
    return Projection(
        matrix=matrix,
        shared=shared_matrix,
        ids=ids,
        on=on,
        weighting=weighting,
        degrees=degrees.astype(np.int64),
        params={
            "weighting": weighting,
            "min_shared": int(min_shared),
            "on": on,
            "max_letter_size": None if max_letter_size is None else int(max_letter_size),
            "letters_dropped": int(dropped),
            "engine": engine,
        },
    )


def projection_incidence(bi, *, on="organisations", max_letter_size=None):
    """The binary incidence a projection multiplies: ``B`` or ``Bᵀ``, big letters capped.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
    max_letter_size : int, optional
        Zero the columns with more than this many members (see :func:`project`).

    Returns
    -------
    tuple
        ``(incidence, n_dropped)``: canonical float64 CSR (rows are the projected nodes) and
        the number of columns left out.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c", "a"], "campaign_id": ["x", "x", "x", "y"]})
    >>> incidence, dropped = projection_incidence(biadjacency({"signatures": sigs}),
    ...                                           max_letter_size=2)
    >>> incidence.toarray().tolist(), dropped
    ([[0.0, 1.0], [0.0, 0.0], [0.0, 0.0]], 1)
    """
    incidence = bi.matrix if on == "organisations" else bi.matrix.T.tocsr()
    incidence = incidence.astype(np.float64)
    dropped = 0
    if max_letter_size is not None:
        if int(max_letter_size) < 1:
            raise InputError("project", f"max_letter_size={max_letter_size!r}: must be >= 1")
        sizes = np.asarray(incidence.sum(axis=0)).ravel()
        big = sizes > int(max_letter_size)
        dropped = int(big.sum())
        if dropped:
            incidence = (incidence @ sp.diags((~big).astype(np.float64))).tocsr()
            incidence.eliminate_zeros()
    incidence.sum_duplicates()
    incidence.sort_indices()
    return incidence, dropped


def letter_pairs(bi, *, on="organisations"):
    """How many pairs each letter (campaign) adds to the projection: ``k(k-1)/2``.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
        Projecting on campaigns, the "letters" are the organisations.

    Returns
    -------
    pandas.DataFrame
        ``campaign_id`` (or ``org_id``), ``size`` (members ``k``), ``pairs`` (``k(k-1)/2``),
        ``share`` (of all pair incidences) and ``cumulative_share``; biggest first, ties by
        id. The sum of ``pairs`` bounds the projection's number of edges from above.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c", "a", "b"],
    ...                      "campaign_id": ["x", "x", "x", "y", "y"]})
    >>> letter_pairs(biadjacency({"signatures": sigs}))
      campaign_id  size  pairs  share  cumulative_share
    0           x     3      3   0.75              0.75
    1           y     2      1   0.25              1.00
    """
    if on not in ("organisations", "campaigns"):
        raise InputError("letter_pairs", f"on={on!r}: expected 'organisations' or 'campaigns'")
    if on == "organisations":
        column, ids, sizes = "campaign_id", bi.campaign_ids, bi.campaign_degrees()
    else:
        column, ids, sizes = "org_id", bi.org_ids, bi.org_degrees()
    pairs = sizes * (sizes - 1) // 2
    total = float(pairs.sum())
    order = np.lexsort((np.arange(len(sizes)), -sizes))
    frame = pd.DataFrame({column: ids[order], "size": sizes[order], "pairs": pairs[order]})
    share = frame["pairs"].to_numpy() / total if total else np.zeros(len(frame))
    frame["share"] = share
    frame["cumulative_share"] = np.cumsum(share)
    return frame


def _numba_available():
    try:
        import netlib.network.kernels  # noqa: F401
    except ImportError:  # pragma: no cover - numba is a dependency
        return False
    return True


def _project_numba(incidence, weighting, min_shared, degrees, other_degrees):
    """Weights and shared counts (upper-triangular CSR) from the compiled kernel."""
    from netlib.network.kernels import project_upper

    n = incidence.shape[0]
    transposed = incidence.T.tocsr()
    transposed.sort_indices()
    scale = _newman_scale(other_degrees) if weighting == "newman" else None
    indptr, indices, counts, newman = project_upper(
        incidence.indptr,
        incidence.indices,
        transposed.indptr,
        transposed.indices,
        n,
        scale,
        min_shared=min_shared,
    )
    if weighting in ("jaccard", "overlap"):
        rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(indptr))
    if weighting == "count":
        weights = counts  # the same array: matrix and shared are one CSR, twice (no copy)
    elif weighting == "newman":
        weights = newman
    elif weighting == "jaccard":
        weights = counts / (degrees[rows] + degrees[indices] - counts)
    else:
        weights = counts / np.minimum(degrees[rows], degrees[indices])
    if indptr[-1] < 2**31 - 1:
        indptr = indptr.astype(np.int32)
    else:  # pragma: no cover - more than 2 billion pairs
        indices = indices.astype(np.int64)
    matrix = sp.csr_matrix((weights, indices, indptr), shape=(n, n), copy=False)
    shared = sp.csr_matrix((counts, indices, indptr), shape=(n, n), copy=False)
    matrix.has_sorted_indices = True
    shared.has_sorted_indices = True
    return matrix, shared


def _newman_scale(other_degrees):
    """Newman's ``1/(k-1)`` per letter of ``k`` members; a letter of one member adds nothing."""
    scale = np.zeros_like(other_degrees)
    several = other_degrees > 1
    scale[several] = 1.0 / (other_degrees[several] - 1.0)
    return scale


def _upper(matrix):
    upper = sp.triu(matrix, k=1, format="csr")
    upper.sum_duplicates()
    upper.eliminate_zeros()
    upper.sort_indices()
    return upper


def _coo_arrays(matrix):
    """Row, column and data arrays of a canonical CSR matrix, in row-major order."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    return rows, matrix.indices.copy(), matrix.data.copy()


def _csr(rows, cols, data, n):
    matrix = sp.csr_matrix((data.astype(np.float64), (rows, cols)), shape=(n, n))
    matrix.sort_indices()
    return matrix


def _weights(incidence, weighting, rows, cols, counts, degrees, other_degrees):
    if weighting == "count":
        return counts.astype(np.float64)
    if weighting == "jaccard":
        return counts / (degrees[rows] + degrees[cols] - counts)
    if weighting == "overlap":
        return counts / np.minimum(degrees[rows], degrees[cols])
    scale = _newman_scale(other_degrees)
    # the same matrix as incidence @ diag(scale), with sorted indices: the product then adds
    # each pair's terms in increasing campaign order (as the compiled kernel does)
    scaled = incidence.copy()
    scaled.data = scale[incidence.indices] * incidence.data
    newman = _upper(scaled @ incidence.T)
    return _values_at(newman, rows, cols)


def _values_at(matrix, rows, cols):
    """``matrix[rows, cols]`` for a canonical CSR matrix, vectorised by binary search."""
    out = np.zeros(len(rows), dtype=np.float64)
    starts = matrix.indptr[rows]
    ends = matrix.indptr[rows + 1]
    # the position of (row, col) among the sorted global keys row * n + col
    keys = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))
    keys = keys * matrix.shape[1] + matrix.indices
    wanted = rows.astype(np.int64) * matrix.shape[1] + cols
    positions = np.searchsorted(keys, wanted)
    found = (positions < ends) & (positions >= starts)
    found[found] &= keys[positions[found]] == wanted[found]
    out[found] = matrix.data[positions[found]]
    return out


def to_networkx(projection, names=None, *, max_edges=MAX_NETWORKX_EDGES):
    """A networkx graph of a SMALL projection (nodes and edges added in sorted order).

    Parameters
    ----------
    projection : Projection
    names : mapping, optional
        ``id -> name``; stored as the ``name`` node attribute.
    max_edges : int
        Refuse larger projections: converting millions of edges to networkx takes tens of
        seconds and gigabytes; filter first (``min_shared``, a backbone).

    Returns
    -------
    networkx.Graph
        Edge attributes ``weight`` and ``shared``; isolated nodes included.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c"], "campaign_id": ["c1", "c1", "c2"]})
    >>> g = to_networkx(project(biadjacency({"signatures": sigs})), names={"a": "A"})
    >>> sorted(g.nodes), list(g.edges(data=True))
    (['a', 'b', 'c'], [('a', 'b', {'weight': 1.0, 'shared': 1})])
    >>> g.nodes["a"]
    {'name': 'A'}
    """
    if projection.n_edges > max_edges:
        raise InputError(
            "to_networkx", f"{projection.n_edges} edges > max_edges={max_edges}: filter first"
        )
    graph = nx.Graph()
    for node in projection.ids:
        if names is not None and node in names:
            graph.add_node(node, name=str(names[node]))
        else:
            graph.add_node(node)
    for row in projection.edges_frame().itertuples(index=False):
        graph.add_edge(row.source, row.target, weight=float(row.weight), shared=int(row.shared))
    return graph


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


def as_projection(network):
    """``network`` if a :class:`Projection`, else :func:`from_networkx` of a networkx graph."""
    if isinstance(network, Projection):
        return network
    if isinstance(network, nx.Graph):
        return from_networkx(network)
    raise InputError(
        "metrics", "expects a Projection (netlib.network.projection.project) or a networkx Graph"
    )
