"""Tests of netlib.narrative: sentences carry the computed numbers, escape names, and say so
when a result is degenerate (values from the fixture of conftest.py, worked out by hand)."""

import pandas as pd

from netlib.backbone import BackboneResult
from netlib.graph import biadjacency, project
from netlib.metrics import clusters
from netlib.narrative import (
    backbone_sentences,
    bridge_lines,
    campaign_coverage_lines,
    cluster_sentence,
    network_sentence,
    overlap_sentence,
    participation_sentence,
    similarity_sentence,
    title_backbone,
    title_top,
    title_upset,
    top_sentence,
)
from netlib.overlap import campaign_bridges, campaign_similarity, intersections

HOSTILE = "<script>alert(1)</script> *bold* [link](x)"


def test_network_sentence_on_the_fixture(tables):
    bi = biadjacency(tables)
    text = network_sentence(bi, project(bi, weighting="newman"))
    assert text.startswith("The network has 6 organisations on 3 campaigns; 10 pairs")
    assert "3 organisations sign two or more campaigns" in text


def test_top_sentence_names_the_first_or_counts_the_ties():
    frame = pd.DataFrame({"org_id": ["x", "y"], "pagerank": [0.7, 0.3]})
    text = top_sentence(frame, {"x": HOSTILE}, "pagerank")
    assert "<script>" not in text and "&lt;script&gt;" in text and "\\*bold\\*" in text
    assert "(0.7)" in text
    tied = pd.DataFrame({"org_id": ["x", "y"], "pagerank": [0.5, 0.5]})
    assert top_sentence(tied, {}, "pagerank").startswith("2 organisations tie for first place")
    assert top_sentence(tied.iloc[:0], {}, "pagerank").startswith("No organisation")


def test_bridge_lines_list_each_organisation_and_its_campaigns(tables):
    lines = bridge_lines(
        campaign_bridges(biadjacency(tables)),
        {"fftf": HOSTILE},
        {"2019-01-face-surveillance": "F"},
    ).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("- **&lt;script&gt;") and "links 3 campaigns: F;" in lines[0]
    empty = campaign_bridges(biadjacency(tables)).iloc[:0]
    assert bridge_lines(empty, {}, {}).startswith("No organisation signs two campaigns")


def test_participation_sentence_with_one_and_several_clusters():
    one = pd.DataFrame(
        {"org_id": ["a"], "cluster": [0], "participation": [0.0], "other_clusters_linked": [0]}
    )
    assert "only 1 cluster" in participation_sentence(one, {})
    two = pd.DataFrame(
        {
            "org_id": ["a", "b", "c"],
            "cluster": [0, 1, 1],
            "participation": [0.5, 0.25, 0.0],
            "other_clusters_linked": [1, 1, 0],
        }
    )
    text = participation_sentence(two, {"a": "A"})
    assert text.startswith("2 organisations link a cluster other than their own (of 2 clusters)")
    assert "0.5, **A**" in text


def test_cluster_sentence_reports_sizes_and_singletons():
    frame = pd.DataFrame({"org_id": list("abc"), "cluster": [0, 1, 2]})
    frame.attrs.update({"method": "leiden", "seed": 3, "modularity": 0.0})
    text = cluster_sentence(frame)
    assert "leiden (seed 3) finds 3 clusters of sizes 1, 1, 1" in text
    assert "Every cluster is a single organisation" in text


def test_cluster_sentence_on_the_fixture(tables):
    frame = clusters(project(biadjacency(tables)), seed=0)
    sizes = frame["cluster"].value_counts().sort_index().tolist()
    text = cluster_sentence(frame, ("Stop face surveillance", 4))
    assert f"sizes {', '.join(map(str, sizes))}" in text
    assert "names 4 organisations" in text


def test_backbone_sentences_say_when_the_backbone_is_empty():
    empty = BackboneResult(
        pd.DataFrame(),
        {"method": "sdsm", "alpha": 0.05, "correction": "holm", "n_tested": 3931, "n_kept": 0},
    )
    disparity = BackboneResult(
        pd.DataFrame(),
        {
            "method": "disparity_filter",
            "alpha": 0.05,
            "correction": "none",
            "n_tested": 3931,
            "n_kept": 14,
        },
    )
    text = backbone_sentences(empty, disparity)
    assert "**empty**" in text and "3931 co-signing pairs" in text
    assert "For comparison only" in text and "keeps 14 of 3931 pairs" in text
    assert title_backbone(empty) == (
        "The SDSM backbone keeps none of 3931 co-signing pairs at alpha = 0.05"
    )


def test_overlap_and_similarity_sentences_on_the_fixture(tables):
    bi = biadjacency(tables)
    combos = intersections(bi)
    text = overlap_sentence(combos, bi, len(tables["campaigns"]), {})
    # 3 of 4 campaigns name organisations; 6 organisations in 6 combinations; 3 on several
    assert text.startswith("3 of the 4 campaigns name organisations (the others")
    assert "6 organisations fall into 6 combinations" in text
    assert "3 organisations are on more than one campaign" in text
    assert title_upset(combos, {}).endswith("3 sign more than one campaign")
    similarity = campaign_similarity(bi)
    sentence = similarity_sentence(similarity, {"2019-01-face-surveillance": HOSTILE}, "jaccard")
    # F–R and F–B tie at 2/5: the first in id order, F–R, is named
    assert sentence.startswith("3 of the 3 pairs of campaigns share at least one organisation")
    assert "2019-06-ring-police" in sentence and "jaccard 0.4, 2 organisations" in sentence
    assert "<script>" not in sentence


def test_title_top_counts_multi_campaign_signers(tables):
    frame = pd.DataFrame(
        {"org_id": ["a", "b", "c"], "pagerank": [0.4, 0.4, 0.2], "n_campaigns": [2, 2, 1]}
    )
    assert title_top(frame, "pagerank", {}) == (
        "2 organisations tie for first place by PageRank; "
        "2 of 3 organisations sign two or more campaigns"
    )


def test_campaign_coverage_lines_make_counts_agree_and_escape_titles_once():
    coverage = pd.DataFrame(
        {
            "title": ["One named", "Two named", "None named", "Workers' letter"],
            "date": ["2019-01", "2019-06", "2020-06", "2021-03"],
            "signatory_type": ["organisations"] * 3 + ["individuals"],
            "named_organisations": [1, 2, 0, 0],
            "reported_signatories": pd.array([None, 85, 1, 250], dtype="Int64"),
            "reported_qualifier": ["", "at_least", "exact", "about"],
        }
    )
    assert campaign_coverage_lines(coverage).splitlines() == [
        # was "1 organisations named"
        "- **One named** (2019-01): 1 organisation named; no count reported.",
        "- **Two named** (2019-06): 2 organisations named; at least 85 reported.",
        "- **None named** (2020-06): 0 organisations named; exactly 1 reported.",
        "- **Workers' letter** (2021-03): signed by individuals (names withheld); "
        "about 250 reported.",
    ]
