"""Modularity clustering of a large projection straight from its sparse arrays.

:func:`sknetwork_louvain` runs scikit-network's Louvain (compiled, on CSR arrays) on the
projection's upper triangle, so no igraph graph is built from Python lists of tens of millions of
edges. The seed fixes the order in which nodes are visited: nodes are renumbered by a seeded
permutation while the symmetric matrix is built (one pass), and the labels are mapped back.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

__all__ = ["sknetwork_louvain"]


def sknetwork_louvain(upper, *, seed=0, resolution=1.0):
    """Louvain communities (Newman–Girvan modularity) of a graph given by its upper triangle.

    Parameters
    ----------
    upper : scipy.sparse matrix
        Square, strict upper triangle of the symmetric weight matrix (``Projection.matrix``).
    seed : int
        Seeds the order in which nodes are visited; the same seed gives the same partition.
    resolution : float
        Modularity resolution (higher: smaller clusters).

    Returns
    -------
    numpy.ndarray
        A cluster number per node (not canonical: see ``communities.canonical_labels``).

    Notes
    -----
    Weights are single precision inside scikit-network; the modularity reported by
    ``communities.clusters`` is recomputed in double precision.

    Examples
    --------
    >>> two_triangles = sp.csr_matrix(([1.0] * 7, ([0, 0, 1, 3, 3, 4, 2], [1, 2, 2, 4, 5, 5, 3])),
    ...                               shape=(6, 6))
    >>> labels = sknetwork_louvain(two_triangles)
    >>> bool(labels[0] == labels[1] == labels[2] != labels[3] == labels[4] == labels[5])
    True
    """
    n = upper.shape[0]
    if upper.nnz == 0:
        return np.arange(n, dtype=np.int64)
    coo = upper.tocoo()
    # node i becomes node position[i]: a seeded visiting order, applied while symmetrising
    position = np.empty(n, dtype=np.int32)
    position[np.random.default_rng(int(seed)).permutation(n)] = np.arange(n, dtype=np.int32)
    rows, cols = position[coo.row], position[coo.col]
    # weights normalised to sum to 1 over both triangles, as scikit-network expects
    weights = (coo.data / (2.0 * coo.data.sum())).astype(np.float32)
    del coo
    node_weights = np.bincount(rows, weights, minlength=n) + np.bincount(cols, weights, minlength=n)
    symmetric = sp.csr_matrix(
        (
            np.concatenate([weights, weights]),
            (np.concatenate([rows, cols]), np.concatenate([cols, rows])),
        ),
        shape=(n, n),
    )
    del rows, cols, weights
    louvain = _symmetric_louvain(node_weights / node_weights.sum(), resolution)
    labels = louvain.fit_predict(symmetric)
    return np.asarray(labels, dtype=np.int64)[position]


def _symmetric_louvain(node_weights, resolution):
    """scikit-network's Louvain, told that its input is symmetric and normalised already.

    Its own pre-processing would add the matrix to its transpose and normalise it again: two
    more copies of tens of millions of entries, for the same matrix.
    """
    from sknetwork.clustering import Louvain

    class SymmetricLouvain(Louvain):
        def _pre_processing(self, input_matrix, force_bipartite):
            self._init_vars()
            self.bipartite = False
            n = input_matrix.shape[0]
            membership = sp.identity(n, format="csr")
            return input_matrix, node_weights, node_weights, membership, np.arange(n)

    return SymmetricLouvain(
        resolution=float(resolution),
        modularity="newman",
        sort_clusters=False,
        return_probs=False,
        return_aggregate=False,
    )
