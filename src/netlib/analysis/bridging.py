"""The organisations that bridge clusters: participation coefficients and bridge rankings."""

from __future__ import annotations

import numpy as np
import pandas as pd
import scipy.sparse as sp

from netlib.analysis.communities import canonical_labels, clusters
from netlib.errors import InputError
from netlib.io.tables import by_score
from netlib.network.projection import as_projection

__all__ = [
    "bridges",
    "participation",
]


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
    >>> import networkx as nx
    >>> from netlib.network.projection import from_networkx
    >>> g = nx.Graph([("a", "b"), ("b", "c"), ("c", "d")])
    >>> coefficient, linked = participation(from_networkx(g), [0, 0, 1, 1])
    >>> coefficient.tolist(), linked.tolist()
    ([0.0, 0.5, 0.5, 0.0], [1, 2, 2, 1])
    """
    projection = as_projection(projection)
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
    >>> import networkx as nx
    >>> g = nx.Graph([("a", "b"), ("a", "c"), ("b", "c"), ("c", "x"),
    ...               ("x", "y"), ("x", "z"), ("y", "z")])
    >>> bridges(g)[["org_id", "cluster", "participation", "other_clusters_linked"]].head(2)
      org_id  cluster  participation  other_clusters_linked
    0      c        0       0.444444                      1
    1      x        1       0.444444                      1
    """
    projection = as_projection(projection)
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
    return by_score(frame, ["participation", "other_clusters_linked"], id_column)


def _links_into_own_cluster(full, labels):
    coo = full.tocoo()
    same = labels[coo.row] == labels[coo.col]
    return (np.bincount(coo.row[same], minlength=full.shape[0]) > 0).astype(np.int64)
