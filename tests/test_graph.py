"""Tests of netlib.network.graph: hand-worked values on the fixture, networkx as the oracle."""

import itertools

import networkx as nx
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp
from networkx.algorithms import bipartite

from netlib.errors import InputError
from netlib.network.graph import biadjacency, bipartite_graph, chapter_roots
from netlib.network.projection import project, to_networkx

FACE = "2019-01-face-surveillance"
RING = "2019-06-ring-police"
BAN = "2020-06-facial-recognition-ban"
EMPLOYEES = "2021-03-employees-letter"


def test_biadjacency_rows_columns_and_cells(tables):
    bi = biadjacency(tables)
    # tech-workers (no edge) and the employees letter (no organisation) are left out
    assert bi.org_ids.tolist() == ["aclu", "aclu-ma", "color", "eff", "fftf", "mijente"]
    assert bi.campaign_ids.tolist() == [FACE, RING, BAN]
    expected = np.array(
        [
            [0, 0, 1],  # aclu: B
            [1, 0, 1],  # aclu-ma: F, B
            [1, 0, 0],  # color: F
            [1, 1, 0],  # eff: F, R
            [1, 1, 1],  # fftf: F, R, B (B named twice: still one cell of 1)
            [0, 1, 0],  # mijente: R
        ]
    )
    np.testing.assert_array_equal(bi.matrix.toarray(), expected)
    assert bi.org_degrees().tolist() == [1, 2, 1, 2, 3, 1]
    assert bi.campaign_degrees().tolist() == [4, 3, 3]


def test_collapse_chapters_merges_chapter_into_parent(tables):
    bi = biadjacency(tables, collapse_chapters=True)
    assert bi.org_ids.tolist() == ["aclu", "color", "eff", "fftf", "mijente"]
    assert bi.matrix[0].toarray().tolist() == [[1, 0, 1]]  # aclu: F (via chapter), B
    assert bi.campaign_degrees().tolist() == [4, 3, 2]  # B: aclu + aclu-ma become one


def test_roles_filter(tables):
    bi = biadjacency(tables, roles=["organiser"])
    assert bi.org_ids.tolist() == ["fftf"]
    assert bi.campaign_ids.tolist() == [RING]


def test_chapter_roots_refuses_cycles_and_unknown_parents():
    cycle = pd.DataFrame({"org_id": ["a", "b"], "parent_org_id": ["b", "a"]})
    with pytest.raises(InputError, match="cycle"):
        chapter_roots(cycle)
    dangling = pd.DataFrame({"org_id": ["a"], "parent_org_id": ["zz"]})
    with pytest.raises(InputError, match="zz"):
        chapter_roots(dangling)


def test_unknown_org_in_signatures_is_refused(tables):
    tables["signatures"].loc[0, "org_id"] = "nobody"
    with pytest.raises(InputError, match="nobody"):
        biadjacency(tables)


def test_projection_by_hand(tables):
    """Worked out by hand from the membership table in conftest.py."""
    bi = biadjacency(tables)
    count = project(bi).edges_frame()
    pairs = {(s, t): (w, n) for s, t, w, n in count.itertuples(index=False)}
    assert len(pairs) == 10
    two = sorted(pair for pair, (_, shared) in pairs.items() if shared == 2)
    assert two == [("aclu-ma", "fftf"), ("eff", "fftf")]
    assert ("color", "mijente") not in pairs
    newman = project(bi, weighting="newman").edges_frame().set_index(["source", "target"])
    # F has 4 members (1/3 each), R and B have 3 (1/2 each)
    assert newman.loc[("aclu-ma", "fftf"), "weight"] == pytest.approx(1 / 3 + 1 / 2, abs=1e-15)
    assert newman.loc[("eff", "fftf"), "weight"] == pytest.approx(1 / 3 + 1 / 2, abs=1e-15)
    assert newman.loc[("aclu", "fftf"), "weight"] == pytest.approx(1 / 2, abs=1e-15)
    assert newman.loc[("color", "eff"), "weight"] == pytest.approx(1 / 3, abs=1e-15)
    jaccard = project(bi, weighting="jaccard").edges_frame().set_index(["source", "target"])
    assert jaccard.loc[("aclu-ma", "fftf"), "weight"] == pytest.approx(2 / 3)  # 2 / (2+3-2)
    assert jaccard.loc[("eff", "mijente"), "weight"] == pytest.approx(1 / 2)  # 1 / (2+1-1)
    assert jaccard.loc[("aclu", "aclu-ma"), "weight"] == pytest.approx(1 / 2)  # 1 / (1+2-1)
    overlap = project(bi, weighting="overlap").edges_frame().set_index(["source", "target"])
    assert overlap.loc[("color", "fftf"), "weight"] == 1.0  # 1 / min(1, 3)
    assert overlap.loc[("aclu-ma", "eff"), "weight"] == 0.5  # 1 / min(2, 2)
    filtered = project(bi, min_shared=2).edges_frame()
    assert list(zip(filtered["source"], filtered["target"], strict=True)) == two


def test_collapsed_projection_by_hand(tables):
    bi = biadjacency(tables, collapse_chapters=True)
    newman = project(bi, weighting="newman").edges_frame().set_index(["source", "target"])
    assert len(newman) == 8
    # aclu now shares F (4 members) and B (2 members: aclu, fftf)
    assert newman.loc[("aclu", "fftf"), "weight"] == pytest.approx(1 / 3 + 1)
    assert newman.loc[("aclu", "fftf"), "shared"] == 2


def _oracle_graph(bi):
    """The bipartite graph of a Biadjacency built edge by edge, independently of project()."""
    graph = nx.Graph()
    graph.add_nodes_from(bi.org_ids.tolist(), bipartite=0)
    graph.add_nodes_from(bi.campaign_ids.tolist(), bipartite=1)
    coo = bi.matrix.tocoo()
    graph.add_edges_from(zip(bi.org_ids[coo.row], bi.campaign_ids[coo.col], strict=True))
    return graph


def _oracle(graph, nodes, weighting):
    if weighting == "count":
        return bipartite.weighted_projected_graph(graph, nodes)
    if weighting == "newman":
        return bipartite.collaboration_weighted_projected_graph(graph, nodes)
    return bipartite.overlap_weighted_projected_graph(graph, nodes, jaccard=weighting == "jaccard")


def _assert_same_as_oracle(bi, on, weighting):
    projection = project(bi, on=on, weighting=weighting)
    nodes = bi.org_ids.tolist() if on == "organisations" else bi.campaign_ids.tolist()
    oracle = _oracle(_oracle_graph(bi), nodes, weighting)
    assert sorted(oracle.nodes) == projection.ids.tolist()
    expected = {tuple(sorted((u, v))): w for u, v, w in oracle.edges(data="weight")}
    frame = projection.edges_frame()
    got = dict(
        zip(zip(frame["source"], frame["target"], strict=True), frame["weight"], strict=True)
    )
    assert got.keys() == expected.keys()
    for pair, weight in expected.items():
        assert abs(got[pair] - weight) <= 1e-12, (pair, got[pair], weight)


@pytest.mark.parametrize("weighting", ["count", "newman", "jaccard", "overlap"])
@pytest.mark.parametrize("on", ["organisations", "campaigns"])
def test_projection_matches_networkx_on_fixture(tables, weighting, on):
    _assert_same_as_oracle(biadjacency(tables), on, weighting)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("weighting", ["count", "newman", "jaccard", "overlap"])
def test_projection_matches_networkx_on_random_graph(weighting, seed):
    rng = np.random.default_rng(seed)
    pairs = {
        (f"o{i:03d}", f"c{k:03d}")
        for i, k in itertools.product(range(40), range(15))
        if rng.random() < 0.2
    }
    sigs = pd.DataFrame(sorted(pairs), columns=["org_id", "campaign_id"])
    bi = biadjacency({"signatures": sigs})
    _assert_same_as_oracle(bi, "organisations", weighting)
    _assert_same_as_oracle(bi, "campaigns", weighting)


def test_projection_matrix_is_strict_upper_triangle(tables):
    projection = project(biadjacency(tables), weighting="newman")
    coo = projection.matrix.tocoo()
    assert (coo.row < coo.col).all()
    full = projection.symmetric()
    assert (full != full.T).nnz == 0
    assert full.diagonal().sum() == 0


def test_project_refuses_bad_arguments(tables):
    bi = biadjacency(tables)
    with pytest.raises(InputError):
        project(bi, weighting="cosine")
    with pytest.raises(InputError):
        project(bi, on="people")
    with pytest.raises(InputError):
        project(bi, min_shared=0)


def test_bipartite_graph_nodes_edges_and_provenance(tables):
    graph = bipartite_graph(tables)
    orgs = [n for n, d in graph.nodes(data=True) if d["bipartite"] == 0]
    campaigns = [n for n, d in graph.nodes(data=True) if d["bipartite"] == 1]
    # every organisation and campaign is a node, isolated or not
    assert orgs == ["aclu", "aclu-ma", "color", "eff", "fftf", "mijente", "tech-workers"]
    assert campaigns == [FACE, RING, BAN, EMPLOYEES]
    assert graph.number_of_edges() == 10  # 11 signature rows, one duplicated pair
    edge = graph.edges["fftf", BAN]
    assert edge["provenance"] == "002:21;004:12"
    assert edge["n_sources"] == 2
    assert edge["n_rows"] == 2
    assert edge["methods"] == "list;mention"
    assert graph.edges["fftf", RING]["roles"] == "organiser"
    assert graph.nodes["aclu-ma"]["parent_org_id"] == "aclu"
    assert graph.nodes["aclu-ma"]["name"] == "ACLU of Massachusetts"
    assert graph.nodes[FACE]["reported_signatories"] == 85
    assert "reported_signatories" not in graph.nodes[RING]  # missing, not invented
    assert graph.nodes[FACE]["kind"] == "campaign"
    assert graph.nodes[FACE]["campaign_kind"] == "letter"
    assert graph.degree(EMPLOYEES) == 0


def test_bipartite_graph_collapsed(tables):
    graph = bipartite_graph(tables, collapse_chapters=True)
    assert "aclu-ma" not in graph
    assert graph.nodes["aclu"]["chapters"] == "aclu-ma"
    edge = graph.edges["aclu", BAN]
    assert edge["members"] == "aclu;aclu-ma"
    assert edge["provenance"] == "004:11;004:13"
    assert graph.edges["aclu", FACE]["members"] == "aclu-ma"


def test_to_networkx_and_size_guard(tables):
    projection = project(biadjacency(tables), min_shared=2)
    graph = to_networkx(projection, names={"fftf": "Fight for the Future"})
    assert list(graph.nodes) == projection.ids.tolist()
    assert graph.edges["eff", "fftf"] == {"weight": 2.0, "shared": 2}
    assert graph.nodes["fftf"]["name"] == "Fight for the Future"
    with pytest.raises(InputError):
        to_networkx(projection, max_edges=1)


# --- the compiled projection kernel against the scipy path ------------------------------------


def _random_biadjacency(seed, n_orgs, n_campaigns, density):
    from netlib.network.graph import Biadjacency

    rng = np.random.default_rng(seed)
    dense = (rng.random((n_orgs, n_campaigns)) < density).astype(float)
    dense[:, rng.integers(0, n_campaigns)] = rng.random(n_orgs) < 0.6  # one big letter
    matrix = sp.csr_matrix(dense)
    matrix.sort_indices()
    return Biadjacency(
        matrix,
        np.array([f"o{i:04d}" for i in range(n_orgs)], dtype=object),
        np.array([f"c{i:04d}" for i in range(n_campaigns)], dtype=object),
    )


@pytest.mark.parametrize("weighting", ["count", "newman", "jaccard", "overlap"])
@pytest.mark.parametrize("on", ["organisations", "campaigns"])
@pytest.mark.parametrize("min_shared", [1, 2])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_numba_projection_equals_scipy_exactly(weighting, on, min_shared, seed):
    bi = _random_biadjacency(seed, 150 + 40 * seed, 60, 0.05 + 0.05 * seed)
    fast = project(bi, on=on, weighting=weighting, min_shared=min_shared, engine="numba")
    oracle = project(bi, on=on, weighting=weighting, min_shared=min_shared, engine="scipy")
    assert fast.params["engine"] == "numba" and oracle.params["engine"] == "scipy"
    for a, b in ((fast.matrix, oracle.matrix), (fast.shared, oracle.shared)):
        assert a.has_sorted_indices
        np.testing.assert_array_equal(a.indptr, b.indptr)
        np.testing.assert_array_equal(a.indices, b.indices)
        np.testing.assert_array_equal(a.data, b.data)  # bit for bit, not approximately
    np.testing.assert_array_equal(fast.degrees, oracle.degrees)


def test_numba_projection_on_the_fixture_and_empty_rows(tables):
    bi = biadjacency(tables)
    for weighting in ("count", "newman", "jaccard", "overlap"):
        fast = project(bi, weighting=weighting, engine="numba").edges_frame()
        oracle = project(bi, weighting=weighting, engine="scipy").edges_frame()
        pd.testing.assert_frame_equal(fast, oracle)
    from netlib.network.graph import Biadjacency

    empty = Biadjacency(
        sp.csr_matrix((3, 2)),
        np.array(["a", "b", "c"], dtype=object),
        np.array(["x", "y"], dtype=object),
    )
    assert project(empty, engine="numba").n_edges == 0


def test_numba_projection_on_synthetic_corpus():
    from netlib import synth

    bi = biadjacency(synth.generate(*synth.SIZES["S"], seed=3))
    for weighting in ("count", "newman"):
        fast = project(bi, weighting=weighting, engine="numba")
        oracle = project(bi, weighting=weighting, engine="scipy")
        assert (fast.matrix != oracle.matrix).nnz == 0
        np.testing.assert_array_equal(fast.matrix.data, oracle.matrix.data)


def test_max_letter_size_leaves_big_letters_out(tables):
    bi = biadjacency(tables)
    capped = project(bi, max_letter_size=3)  # F (k=4) is left out
    assert capped.params["letters_dropped"] == 1
    without_face = tables["signatures"][tables["signatures"]["campaign_id"] != FACE]
    reference = project(biadjacency({"signatures": without_face}))
    frame = capped.edges_frame()
    expected = reference.edges_frame()
    pd.testing.assert_frame_equal(frame, expected)
    with pytest.raises(InputError):
        project(bi, max_letter_size=0)


def test_letter_pairs_counts_k_choose_2(tables):
    from netlib.network.projection import letter_pairs

    table = letter_pairs(biadjacency(tables))
    assert table["campaign_id"].tolist() == [FACE, RING, BAN]
    assert table["pairs"].tolist() == [6, 3, 3]
    assert table["cumulative_share"].iloc[-1] == pytest.approx(1.0)
    # the sum bounds the number of pairs of the projection from above
    assert table["pairs"].sum() >= project(biadjacency(tables)).n_edges


def test_the_projection_does_not_depend_on_the_number_of_threads(monkeypatch):
    """kernels.THREADS comes from the machine: the same bytes on 1 core or on many."""
    from netlib.network import kernels

    assert 1 <= kernels.THREADS <= kernels.available_cores()
    rng = np.random.default_rng(7)
    pairs = {(f"o{rng.integers(0, 300):03d}", f"c{rng.integers(0, 60):02d}") for _ in range(3000)}
    bi = biadjacency({"signatures": pd.DataFrame(sorted(pairs), columns=["org_id", "campaign_id"])})
    monkeypatch.setattr(kernels, "PARALLEL_MIN_WORK", 0)  # use every thread, even on this
    results = []
    for threads in sorted({1, kernels.THREADS}):
        monkeypatch.setattr(kernels, "THREADS", threads)  # and cut the rows into 8 chunks each
        p = project(bi, weighting="newman", engine="numba")
        results.append((p.matrix.indptr, p.matrix.indices, p.matrix.data, p.shared.data))
    for got in results[1:]:
        for a, b in zip(results[0], got, strict=True):
            np.testing.assert_array_equal(a, b)
