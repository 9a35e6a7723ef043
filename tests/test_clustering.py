"""Tests of netlib.network.clustering: scikit-network's Louvain on the projection's arrays."""

import numpy as np
import pytest
import scipy.sparse as sp

from netlib import synth
from netlib.analysis.communities import clusters
from netlib.network.clustering import sknetwork_louvain
from netlib.network.graph import biadjacency
from netlib.network.projection import Projection, project

pytest.importorskip("sknetwork")


def _two_cliques_joined():
    """Two 4-cliques, a-b-c-d and w-x-y-z, joined by the one edge d-w (weights 1)."""
    ids = np.array(["a", "b", "c", "d", "w", "x", "y", "z"])
    edges = [(i, j) for i in range(4) for j in range(i + 1, 4)]
    edges += [(i, j) for i in range(4, 8) for j in range(i + 1, 8)]
    edges.append((3, 4))
    rows, cols = zip(*edges, strict=True)
    upper = sp.csr_matrix((np.ones(len(edges)), (rows, cols)), shape=(8, 8))
    upper.sort_indices()
    return Projection(upper, upper.copy(), ids, "organisations", "count", np.ones(8, np.int64))


@pytest.mark.parametrize("seed", [0, 1, 7])
def test_two_cliques_give_two_canonical_clusters(seed):
    frame = clusters(_two_cliques_joined(), seed=seed, method="louvain-sknetwork")
    # equal sizes: cluster 0 is the one holding the smallest id ("a")
    assert frame["cluster"].tolist() == [0, 0, 0, 0, 1, 1, 1, 1]
    assert frame.attrs["method"] == "louvain-sknetwork"
    # by hand: m = 13 edges; each clique has 6 inner edges and degree sum 4*3 + 1 = 13, so
    # Q = 2 * (6/13 - (13/26)**2) = 11/26
    assert frame.attrs["modularity"] == pytest.approx(11 / 26, abs=1e-12)


def _mid_size_projection():
    tables = synth.generate(2000, 200, 20000, seed=1)
    return project(biadjacency(tables), weighting="newman", max_letter_size=1000, min_shared=2)


def test_same_seed_same_partition_and_modularity_of_the_previous_path():
    graph = _mid_size_projection()
    first = clusters(graph, seed=3, method="louvain-sknetwork")
    again = clusters(graph, seed=3, method="louvain-sknetwork")
    assert first["cluster"].tolist() == again["cluster"].tolist()
    previous = clusters(graph, seed=3, method="leiden-igraph")
    # the same objective: modularity within 0.005 of igraph's Leiden (L: 0.7739 against 0.7740)
    assert first.attrs["modularity"] == pytest.approx(previous.attrs["modularity"], abs=0.005)


def test_shortcut_gives_scikit_networks_own_partition():
    """Skipping scikit-network's pre-processing changes nothing: same labels as its own run on
    the same (seeded) node order."""
    from sknetwork.clustering import Louvain

    upper = _mid_size_projection().matrix
    n = upper.shape[0]
    seed = 5
    position = np.empty(n, dtype=np.int64)
    position[np.random.default_rng(seed).permutation(n)] = np.arange(n)
    coo = upper.tocoo()
    permuted = sp.csr_matrix((coo.data, (position[coo.row], position[coo.col])), shape=(n, n))
    stock = Louvain(modularity="newman", sort_clusters=False, return_probs=False)
    expected = stock.fit_predict((permuted + permuted.T).tocsr())[position]
    labels = sknetwork_louvain(upper, seed=seed)
    # the same partition (label numbers may differ): each label maps to exactly one other
    pairs = set(zip(labels.tolist(), expected.tolist(), strict=True))
    assert len(pairs) == len(set(labels.tolist())) == len(set(expected.tolist()))


def test_empty_graph_is_all_singletons():
    upper = sp.csr_matrix((3, 3))
    assert sknetwork_louvain(upper, seed=0).tolist() == [0, 1, 2]
