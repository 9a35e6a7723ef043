"""Tests of centrality, communities, bridging: networkx oracles, hand-worked values, hash seeds."""

import json
import os
import subprocess
import sys
import textwrap

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from networkx.algorithms import bipartite

from netlib.analysis.bridging import bridges, participation
from netlib.analysis.centrality import (
    betweenness,
    bipartite_degree,
    centrality,
    eigenvector,
    pagerank,
)
from netlib.analysis.communities import (
    adjusted_rand_index,
    canonical_labels,
    cluster_stability,
    clusters,
    co_clusters,
    modularity,
    normalized_mutual_info,
)
from netlib.errors import InputError
from netlib.network.graph import biadjacency
from netlib.network.projection import from_networkx, project, to_networkx


def _random_projection(seed, n_orgs=50, n_campaigns=20, density=0.12):
    rng = np.random.default_rng(seed)
    pairs = [
        (f"o{i:03d}", f"c{k:03d}")
        for i in range(n_orgs)
        for k in range(n_campaigns)
        if rng.random() < density
    ]
    sigs = pd.DataFrame(pairs, columns=["org_id", "campaign_id"])
    return project(biadjacency({"signatures": sigs}), weighting="newman")


def _two_cliques():
    """Two 5-cliques (a*, b*) joined by one edge a4–b0."""
    left = [f"a{i}" for i in range(5)]
    right = [f"b{i}" for i in range(5)]
    graph = nx.Graph()
    for group in (left, right):
        graph.add_edges_from((u, v) for i, u in enumerate(group) for v in group[i + 1 :])
    graph.add_edge("a4", "b0")
    return graph


@pytest.mark.parametrize(("seed", "density"), [(0, 0.12), (1, 0.12), (2, 0.03)])
def test_pagerank_and_eigenvector_match_networkx(seed, density):
    projection = _random_projection(seed, density=density)
    graph = to_networkx(projection)
    if density < 0.1:  # the sparse case has isolated nodes (dangling for PageRank)
        assert nx.number_of_isolates(graph) > 0
    expected = nx.pagerank(graph, weight="weight", tol=1e-15, max_iter=10_000)
    got = pagerank(projection)
    np.testing.assert_allclose(got, [expected[i] for i in projection.ids], rtol=0, atol=1e-9)
    expected = nx.eigenvector_centrality(graph, weight="weight", tol=1e-15, max_iter=100_000)
    got = eigenvector(projection)
    np.testing.assert_allclose(got, [expected[i] for i in projection.ids], rtol=0, atol=1e-9)


def test_eigenvector_matches_numpy_oracle_on_connected_graph(tables):
    projection = project(biadjacency(tables), weighting="jaccard")
    graph = to_networkx(projection)
    assert nx.is_connected(graph)
    expected = nx.eigenvector_centrality_numpy(graph, weight="weight")
    np.testing.assert_allclose(
        eigenvector(projection), [expected[i] for i in projection.ids], atol=1e-9
    )


def test_betweenness_uses_inverse_weights():
    projection = _random_projection(3)
    graph = to_networkx(projection)
    for _, _, data in graph.edges(data=True):
        data["length"] = 1.0 / data["weight"]
    expected = nx.betweenness_centrality(graph, weight="length")
    np.testing.assert_allclose(
        betweenness(projection), [expected[i] for i in projection.ids], atol=1e-12
    )


def test_sampled_betweenness_is_reproducible():
    projection = _random_projection(4)
    first = betweenness(projection, k=10, seed=3)
    np.testing.assert_array_equal(first, betweenness(projection, k=10, seed=3))


def test_bipartite_degree_matches_networkx(tables):
    bi = biadjacency(tables)
    graph = nx.Graph()
    graph.add_nodes_from(bi.org_ids.tolist(), bipartite=0)
    graph.add_nodes_from(bi.campaign_ids.tolist(), bipartite=1)
    graph.add_edges_from(bi.edges().itertuples(index=False, name=None))
    expected = bipartite.degree_centrality(graph, set(bi.org_ids))
    table = bipartite_degree(bi)
    for node, value in zip(table["id"], table["degree_centrality"], strict=True):
        assert value == pytest.approx(expected[node], abs=1e-15)
    # fftf is on all 3 campaigns with organisations; the face letter has 4 of 6 organisations
    assert table.set_index("id").loc["fftf", "degree_centrality"] == 1.0
    assert table.set_index("id").loc["2019-01-face-surveillance", "degree_centrality"] == 4 / 6


def test_centrality_on_fixture_by_hand(tables):
    bi = biadjacency(tables)
    frame = centrality(project(bi), bi=bi, sort_by="degree").set_index("org_id")
    # fftf co-signs with aclu (1), aclu-ma (2), color (1), eff (2), mijente (1)
    assert frame.loc["fftf", "degree"] == 5
    assert frame.loc["fftf", "strength"] == 7.0
    assert frame.loc["aclu", "degree"] == 2
    assert frame.loc["mijente", "bipartite_degree"] == pytest.approx(1 / 3)
    assert frame.index[0] == "fftf"
    # fftf lies on every shortest path from aclu and mijente to the others
    assert frame["betweenness"].idxmax() == "fftf"
    assert frame["pagerank"].sum() == pytest.approx(1.0)


def test_centrality_sorting_breaks_ties_by_id(tables):
    frame = centrality(project(biadjacency(tables)), measures=("degree",), sort_by="degree")
    # degrees: fftf 5, aclu-ma 4, eff 4, color 3, aclu 2, mijente 2
    assert frame["org_id"].tolist() == ["fftf", "aclu-ma", "eff", "color", "aclu", "mijente"]


def test_centrality_refuses_exact_betweenness_on_large_graphs(tables):
    projection = project(biadjacency(tables))
    with pytest.raises(InputError, match="betweenness_k"):
        centrality(projection, max_exact_betweenness=3)
    frame = centrality(projection, max_exact_betweenness=3, betweenness_k=3)
    assert len(frame) == 6


def test_clusters_two_cliques():
    frame = clusters(_two_cliques())
    groups = frame.groupby("cluster")["org_id"].apply(list).to_dict()
    assert groups == {0: ["a0", "a1", "a2", "a3", "a4"], 1: ["b0", "b1", "b2", "b3", "b4"]}
    assert frame.attrs["method"] == "leiden"
    for method in ("louvain", "leiden-igraph"):
        other = clusters(_two_cliques(), method=method)
        assert other["cluster"].tolist() == frame["cluster"].tolist()
        assert other.attrs["method"] == method


def test_clusters_isolates_and_canonical_labels():
    graph = nx.Graph([("b", "c"), ("c", "d")])
    graph.add_node("a")
    frame = clusters(graph)
    # the pair/triple is the largest cluster (0); the isolated "a" comes next
    assert frame["cluster"].tolist() == [1, 0, 0, 0]
    assert canonical_labels([3, 3, 1, 1, 7]).tolist() == [0, 0, 1, 1, 2]


def test_modularity_matches_networkx():
    projection = _random_projection(5)
    frame = clusters(projection, seed=2)
    graph = to_networkx(projection)
    communities = [set(group) for _, group in frame.groupby("cluster")["org_id"]]
    expected = nx.community.modularity(graph, communities, weight="weight")
    assert frame.attrs["modularity"] == pytest.approx(expected, abs=1e-12)
    assert modularity(projection, frame["cluster"], resolution=0.5) == pytest.approx(
        nx.community.modularity(graph, communities, weight="weight", resolution=0.5), abs=1e-12
    )


_HASHSEED_SCRIPT = textwrap.dedent(
    """
    import json, random
    import pandas as pd
    from netlib.network.graph import biadjacency
    from netlib.network.projection import project
    from netlib.analysis.communities import clusters
    rng = random.Random(42)
    pairs = set()
    for i in range(60):
        for k in range(24):
            same_block = (i // 20) == (k // 8)
            if rng.random() < (0.35 if same_block else 0.04):
                pairs.add((f"org-{i:02d}", f"camp-{k:02d}"))
    # a set iterates in an order that depends on PYTHONHASHSEED
    sigs = pd.DataFrame(list(pairs), columns=["org_id", "campaign_id"])
    projection = project(biadjacency({"signatures": sigs}), weighting="newman")
    print(json.dumps({
        "set_order": [list(p) for p in list(pairs)[:5]],
        "leiden": clusters(projection, seed=3)["cluster"].tolist(),
        "louvain": clusters(projection, seed=3, method="louvain")["cluster"].tolist(),
        "leiden-igraph": clusters(projection, seed=3, method="leiden-igraph")["cluster"].tolist(),
    }))
    """
)


def _run_with_hashseed(value):
    env = dict(os.environ, PYTHONHASHSEED=str(value))
    completed = subprocess.run(
        [sys.executable, "-c", _HASHSEED_SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(completed.stdout)


def test_cluster_labels_do_not_depend_on_pythonhashseed():
    first, second = _run_with_hashseed(1), _run_with_hashseed(2)
    assert first["set_order"] != second["set_order"]  # the input order really differed
    assert first["leiden"] == second["leiden"]
    assert first["louvain"] == second["louvain"]
    assert first["leiden-igraph"] == second["leiden-igraph"]
    assert max(first["leiden"]) >= 2  # three planted blocks: not a trivial partition


def test_adjusted_rand_index_by_hand():
    labels = [0, 0, 0, 1, 1, 1]
    assert adjusted_rand_index(labels, labels) == 1.0
    assert adjusted_rand_index(labels, [7, 7, 7, 2, 2, 2]) == 1.0
    # contingency [[2, 1, 0], [0, 1, 2]]: sum C(n_ij, 2) = 2, rows 3+3 = 6, columns 1+1+1 = 3,
    # C(6, 2) = 15, expected 6*3/15 = 1.2, max (6+3)/2 = 4.5 -> (2 - 1.2) / (4.5 - 1.2) = 8/33
    assert adjusted_rand_index(labels, [0, 0, 1, 1, 2, 2]) == pytest.approx(8 / 33, abs=1e-15)


def test_normalized_mutual_info_by_hand():
    assert normalized_mutual_info([0, 0, 1, 1], [3, 3, 9, 9]) == pytest.approx(1.0)
    # a = [0,0,1,1], b = [0,0,0,1]: joint cells (0,0) 1/2, (1,0) 1/4, (1,1) 1/4; marginals
    # a (1/2, 1/2), b (3/4, 1/4): I = 1/2 ln(4/3) + 1/4 ln(2/3) + 1/4 ln 2,
    # H(a) = ln 2, H(b) = -(3/4 ln 3/4 + 1/4 ln 1/4)
    mutual = 0.5 * np.log(4 / 3) + 0.25 * np.log(2 / 3) + 0.25 * np.log(2)
    h_b = -(0.75 * np.log(0.75) + 0.25 * np.log(0.25))
    expected = mutual / ((np.log(2) + h_b) / 2)
    assert normalized_mutual_info([0, 0, 1, 1], [0, 0, 0, 1]) == pytest.approx(expected, abs=1e-12)


def test_cluster_stability_on_two_cliques_and_random_graph():
    result = cluster_stability(_two_cliques(), seeds=range(5))
    assert result.params["mean_ari"] == 1.0
    assert result.consensus["cluster"].tolist() == [0] * 5 + [1] * 5
    assert (result.consensus["stability"] == 1.0).all()
    assert len(result.pairwise) == 10
    noisy = cluster_stability(_random_projection(6, density=0.15), seeds=range(8))
    assert 0 <= noisy.params["mean_ari"] <= 1
    assert noisy.consensus["stability"].between(0, 1).all()
    assert list(noisy.runs.columns[1:]) == [f"seed_{s}" for s in range(8)]
    assert "runs" in noisy.summary()


def test_participation_by_hand():
    """Node c: weights 2 into cluster 0 (a), 1 and 1 into cluster 1 (x, y)."""
    graph = nx.Graph(
        [("a", "c", {"weight": 2.0}), ("c", "x", {"weight": 1.0}), ("c", "y", {"weight": 1.0})]
    )
    projection = from_networkx(graph)  # ids a, c, x, y
    coefficient, linked = participation(projection, [0, 0, 1, 1])
    # c: 1 - (2/4)^2 - (2/4)^2 = 0.5; unweighted: 1 - (1/3)^2 - (2/3)^2 = 4/9
    assert coefficient.tolist() == [0.0, 0.5, 0.0, 0.0]
    assert linked.tolist() == [1, 2, 1, 1]
    unweighted, _ = participation(projection, [0, 0, 1, 1], weighted=False)
    assert unweighted[1] == pytest.approx(4 / 9)


def test_bridges_ranks_the_clique_bridge_first():
    frame = bridges(_two_cliques())
    assert frame["org_id"].tolist()[:2] == ["a4", "b0"]
    # a4: 4 links inside, 1 out -> 1 - (4/5)^2 - (1/5)^2 = 0.32
    assert frame.loc[0, "participation"] == pytest.approx(0.32)
    assert frame.loc[0, "other_clusters_linked"] == 1
    assert (frame.loc[2:, "participation"] == 0).all()


def test_co_clusters_finds_two_blocks_with_their_campaigns():
    """Orgs o0-o4 sign c0-c2, orgs p0-p4 sign d0-d2, and o4 also signs d0."""
    pairs = [(f"o{i}", f"c{k}") for i in range(5) for k in range(3)]
    pairs += [(f"p{i}", f"d{k}") for i in range(5) for k in range(3)]
    pairs.append(("o4", "d0"))
    bi = biadjacency({"signatures": pd.DataFrame(pairs, columns=["org_id", "campaign_id"])})
    frame = co_clusters(bi)
    groups = frame.groupby("cluster")["id"].apply(sorted).to_dict()
    assert groups[0] == ["c0", "c1", "c2", "o0", "o1", "o2", "o3", "o4"]
    assert groups[1] == ["d0", "d1", "d2", "p0", "p1", "p2", "p3", "p4"]
    assert frame.set_index("id").loc["d0", "kind"] == "campaign"
    assert frame.set_index("id").loc["o4", "kind"] == "organisation"


# --- measures through the biadjacency ---------------------------------------------------------


def _implicit_cases(tables):
    from netlib import synth

    yield "fixture", biadjacency(tables)
    yield "fixture-chapters", biadjacency(tables, collapse_chapters=True)
    rng = np.random.default_rng(5)
    pairs = {(f"o{rng.integers(0, 80):02d}", f"c{rng.integers(0, 30):02d}") for _ in range(400)}
    sigs = pd.DataFrame(sorted(pairs), columns=["org_id", "campaign_id"])
    yield "random", biadjacency({"signatures": sigs})
    yield "synthetic-S", biadjacency(synth.generate(*synth.SIZES["S"], seed=0))


@pytest.mark.parametrize("weighting", ["count", "newman"])
def test_implicit_measures_equal_materialised(tables, weighting):
    from netlib.analysis.centrality import (
        eigenvector_implicit,
        pagerank_implicit,
        strength_implicit,
    )

    for name, bi in _implicit_cases(tables):
        for on in ("organisations", "campaigns"):
            projection = project(bi, on=on, weighting=weighting)
            strength = np.asarray(projection.symmetric().sum(axis=1)).ravel()
            np.testing.assert_allclose(
                strength_implicit(bi, on=on, weighting=weighting),
                strength,
                rtol=0,
                atol=1e-9,
                err_msg=name,
            )
            np.testing.assert_allclose(
                pagerank_implicit(bi, on=on, weighting=weighting),
                pagerank(projection),
                rtol=0,
                atol=1e-9,
                err_msg=name,
            )
            np.testing.assert_allclose(
                eigenvector_implicit(bi, on=on, weighting=weighting),
                eigenvector(projection),
                rtol=0,
                atol=1e-9,
                err_msg=name,
            )


def test_implicit_measures_with_a_letter_cap(tables):
    from netlib.analysis.centrality import pagerank_implicit

    bi = biadjacency(tables)
    capped = project(bi, weighting="newman", max_letter_size=3)
    np.testing.assert_allclose(
        pagerank_implicit(bi, weighting="newman", max_letter_size=3),
        pagerank(capped),
        rtol=0,
        atol=1e-9,
    )


def test_implicit_measures_refuse_other_weightings(tables):
    from netlib.analysis.centrality import pagerank_implicit

    with pytest.raises(InputError):
        pagerank_implicit(biadjacency(tables), weighting="jaccard")
    with pytest.raises(InputError):
        pagerank_implicit(project(biadjacency(tables)))
