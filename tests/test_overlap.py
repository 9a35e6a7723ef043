"""Tests of analysis.overlap on the hand-made fixture of conftest.py (values worked out by hand).

F = {aclu-ma, color, eff, fftf}, R = {eff, fftf, mijente}, B = {aclu, aclu-ma, fftf}; campaign
columns are in id order F (2019-01), R (2019-06), B (2020-06); E has no organisation.
"""

import numpy as np
import pandas as pd
import pytest

from netlib.analysis.overlap import (
    backbone_edges,
    both_directions,
    campaign_bridges,
    campaign_similarity,
    campaign_sizes,
    campaign_titles,
    cluster_membership,
    cluster_table,
    cosigning_pairs,
    intersections,
    largest_campaign,
    network,
    order_by_cluster,
    org_names,
    rank_organisations,
    ties_at_top,
)
from netlib.errors import InputError
from netlib.network.graph import biadjacency
from netlib.network.projection import project

FACE = "2019-01-face-surveillance"
RING = "2019-06-ring-police"
BAN = "2020-06-facial-recognition-ban"


def test_intersections_put_every_organisation_in_exactly_one_combination(tables):
    combos = intersections(biadjacency(tables))
    # one organisation on each of six different combinations; the largest combination first,
    # then two-campaign ones in id order (F;R before F;B), then the single campaigns
    assert combos["combination"].tolist() == [
        f"{FACE};{RING};{BAN}",
        f"{FACE};{RING}",
        f"{FACE};{BAN}",
        FACE,
        RING,
        BAN,
    ]
    assert combos["organisations"].tolist() == [1] * 6
    assert combos["n_campaigns"].tolist() == [3, 2, 2, 1, 1, 1]


def test_intersections_with_chapters_collapsed_fold_the_aclu_chapter(tables):
    combos = intersections(biadjacency(tables, collapse_chapters=True))
    # aclu-ma (F, B) folds into aclu (B): aclu is on F;B, and no organisation is on B alone
    assert dict(zip(combos["combination"], combos["organisations"], strict=True)) == {
        f"{FACE};{RING};{BAN}": 1,
        f"{FACE};{RING}": 1,
        f"{FACE};{BAN}": 1,
        FACE: 1,
        RING: 1,
    }
    assert combos["organisations"].sum() == 5


def test_campaign_bridges_are_the_organisations_on_two_or_more_campaigns(tables):
    frame = campaign_bridges(biadjacency(tables))
    assert frame["org_id"].tolist() == ["fftf", "aclu-ma", "eff"]
    assert frame["n_campaigns"].tolist() == [3, 2, 2]
    assert frame.loc[1, "campaigns"] == f"{FACE};{BAN}"


def test_campaign_bridges_may_be_empty():
    sigs = pd.DataFrame({"org_id": ["a", "b"], "campaign_id": ["x", "y"]})
    frame = campaign_bridges(biadjacency({"signatures": sigs}))
    assert frame.empty and frame.columns.tolist() == ["org_id", "n_campaigns", "campaigns"]


def test_campaign_similarity_jaccard_and_overlap_by_hand(tables):
    bi = biadjacency(tables)
    jaccard = campaign_similarity(bi, weighting="jaccard")
    # F∩R = {eff, fftf}, F∪R has 5; F∩B = {aclu-ma, fftf}, 5; R∩B = {fftf}, 5
    assert list(zip(jaccard["source"], jaccard["target"], strict=True)) == [
        (FACE, RING),
        (FACE, BAN),
        (RING, BAN),
    ]
    assert jaccard["shared"].tolist() == [2, 2, 1]
    assert np.allclose(jaccard["weight"], [2 / 5, 2 / 5, 1 / 5])
    overlap = campaign_similarity(bi, weighting="overlap")
    assert np.allclose(overlap["weight"], [2 / 3, 2 / 3, 1 / 3])


def test_campaign_similarity_keeps_pairs_sharing_nothing():
    sigs = pd.DataFrame({"org_id": ["a", "b"], "campaign_id": ["x", "y"]})
    frame = campaign_similarity(biadjacency({"signatures": sigs}))
    assert frame[["shared", "weight"]].values.tolist() == [[0, 0.0]]


def test_cosigning_pairs_newman_weights_by_hand(tables):
    proj = project(biadjacency(tables), weighting="newman")
    pairs = cosigning_pairs(proj, ["fftf", "eff", "mijente"]).set_index(["source", "target"])
    # fftf–eff share F (k=4: 1/3) and R (k=3: 1/2)
    assert pairs.loc[("fftf", "eff"), "weight"] == pytest.approx(5 / 6)
    assert pairs.loc[("eff", "fftf"), "shared"] == 2
    assert pairs.loc[("eff", "mijente"), "weight"] == pytest.approx(1 / 2)
    assert len(pairs) == 6


def test_cosigning_pairs_refuses_unknown_ids(tables):
    with pytest.raises(InputError, match="tech-workers"):
        cosigning_pairs(project(biadjacency(tables)), ["fftf", "tech-workers"])


def test_rank_organisations_counts_campaigns_and_strength(tables):
    bi, proj = network(tables, weighting="count")
    ranking = rank_organisations(proj, bi, org_names(tables), sort_by="strength")
    first = ranking.iloc[0]
    # fftf co-signs with aclu-ma (2), eff (2), color, mijente, aclu (1 each)
    assert first["org_id"] == "fftf" and first["name"] == "Fight for the Future"
    assert first["n_campaigns"] == 3 and first["degree"] == 5 and first["strength"] == 7
    assert len(ranking) == 6 and "tech-workers" not in set(ranking["org_id"])


def test_network_counts_pairs_by_hand(tables):
    bi, proj = network(tables, weighting="count")
    # F gives 6 pairs, R adds eff–mijente and fftf–mijente, B adds aclu–aclu-ma and aclu–fftf
    assert bi.shape == (6, 3) and proj.n_edges == 10
    _, strict = network(tables, weighting="count", min_shared=2)
    assert strict.n_edges == 2  # fftf–eff and fftf–aclu-ma


def test_campaign_sizes_and_largest_campaign(tables):
    bi = biadjacency(tables)
    assert campaign_sizes(bi).to_dict() == {FACE: 4, RING: 3, BAN: 3}
    assert largest_campaign(bi, campaign_titles(tables)) == ("Stop face surveillance", 4)


def test_order_by_cluster_keeps_the_top_n_grouped_by_cluster():
    scores = pd.DataFrame({"org_id": list("abcde"), "strength": [5.0, 4.0, 4.0, 1.0, 3.0]})
    cl = pd.DataFrame({"org_id": list("abcde"), "cluster": [1, 0, 0, 0, 1]})
    chosen = order_by_cluster(scores, cl, n=4)
    assert chosen["org_id"].tolist() == ["b", "c", "a", "e"]
    with pytest.raises(InputError):
        order_by_cluster(scores, cl, n=0)


def test_cluster_table_and_membership():
    cl = pd.DataFrame({"org_id": list("abc"), "cluster": [0, 0, 1]})
    con = pd.DataFrame({"org_id": list("abc"), "cluster": [0, 0, 1], "stability": [1, 0.5, 1]})
    table = cluster_table(cl, con)
    assert table["organisations"].tolist() == [2, 1]
    assert table["mean_stability"].tolist() == [0.75, 1.0]
    members = cluster_membership(cl, con, {"a": "A"})
    assert members["name"].tolist() == ["A", "b", "c"]
    assert members["consensus_cluster"].tolist() == [0, 0, 1]


def test_both_directions_and_ties():
    frame = both_directions(pd.DataFrame({"source": ["a"], "target": ["b"], "shared": [2]}))
    assert frame[["source", "target"]].values.tolist() == [["a", "b"], ["b", "a"]]
    assert ties_at_top(pd.DataFrame({"x": [0.1 + 0.2, 0.3, 0.1]}), "x") == 2
    assert ties_at_top(pd.DataFrame({"x": []}), "x") == 0


def test_backbone_edges_is_empty_with_columns_when_nothing_is_kept():
    from types import SimpleNamespace

    empty = SimpleNamespace(edges=pd.DataFrame(columns=["source", "target", "pvalue"]))
    frame = backbone_edges(empty, empty, {})
    assert frame.empty and "method" in frame.columns


def test_rank_organisations_samples_or_skips_betweenness_on_big_networks(monkeypatch):
    # four organisations on a path of campaigns (a-b, b-c, c-d): exact betweenness is the
    # share of shortest paths through each, worked out by hand: b and c each lie on 2 of
    # the 3 pairs' paths of the others, normalised by (n-1)(n-2)/2 = 3
    from netlib.analysis import centrality

    sigs = pd.DataFrame(
        {
            "org_id": ["a", "b", "b", "c", "c", "d"],
            "campaign_id": ["x", "x", "y", "y", "z", "z"],
        }
    )
    bi = biadjacency({"signatures": sigs})
    exact = rank_organisations(project(bi), bi, {})
    assert exact.attrs["betweenness"] == "exact"
    assert dict(zip(exact["org_id"], exact["betweenness"].round(4), strict=True)) == {
        "a": 0.0,
        "b": 0.6667,
        "c": 0.6667,
        "d": 0.0,
    }
    monkeypatch.setattr(centrality, "BETWEENNESS_WORK", 1)
    monkeypatch.setattr(centrality, "MAX_BETWEENNESS_TIES", 0)
    skipped = rank_organisations(project(bi), bi, {})
    assert skipped.attrs["betweenness"] == "skipped"
    assert skipped["betweenness"].isna().all()
    assert list(skipped["pagerank"]) == list(
        exact.set_index("org_id").loc[skipped["org_id"], "pagerank"]
    )
