"""Tests of netlib.present.narrative: sentences carry the computed numbers, escape names, and say so
when a result is degenerate (values from the fixture of conftest.py, worked out by hand)."""

import pandas as pd

from netlib.analysis.communities import clusters
from netlib.analysis.overlap import campaign_bridges, campaign_similarity, intersections
from netlib.analysis.summaries import campaign_coverage, campaign_timeline
from netlib.analysis.turnover import returning_organisations, turnover
from netlib.network.backbone import BackboneResult
from netlib.network.graph import biadjacency
from netlib.network.projection import project
from netlib.present.narrative import (
    backbone_sentences,
    bridge_lines,
    campaign_coverage_lines,
    cluster_sentence,
    network_sentence,
    overlap_sentence,
    participation_sentence,
    similarity_sentence,
    title_backbone,
    title_bridges,
    title_clusters,
    title_heatmap,
    title_named_vs_reported,
    title_similarity,
    title_timeline,
    title_top,
    title_turnover,
    title_upset,
    top_sentence,
    turnover_lines,
    turnover_sentence,
)
from tests.conftest import BAN, FACE, RING

TITLES = {FACE: "Stop face surveillance", RING: "Ring police partnerships", BAN: "Ban it"}

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


def test_turnover_title_and_sentence_on_the_fixture(tables):
    # turnover (test_turnover): F 4 named 0 back, R 3 and 2, B 3 and 2, E 0 and 0; 6 in all
    changes = turnover(biadjacency(tables), tables["campaigns"])
    assert title_turnover(changes) == (
        "4 of 10 named signatures come from an organisation that signed an earlier campaign"
    )
    # R and B both have 2 returning: the tie goes to the first id, R
    assert turnover_sentence(changes, TITLES) == (
        "4 dated campaigns name 6 distinct organisations. "
        "The campaign that draws most on earlier signers is Ring police partnerships "
        "(2 of its 3 named organisations). "
        "1 dated campaign names no organisation (its signers are individuals, or the sources "
        "name none)."
    )
    first_only = changes.iloc[:1]
    assert title_turnover(first_only) == "No named signer had signed an earlier campaign"
    assert turnover_sentence(first_only, TITLES) == (
        "1 dated campaign names 4 distinct organisations. "
        "No campaign names an organisation that signed an earlier one."
    )
    assert turnover_sentence(changes.iloc[:0], TITLES).startswith("No campaign has a date")


def test_turnover_lines_on_the_fixture_escape_names(tables):
    returning = returning_organisations(biadjacency(tables), tables["campaigns"])
    names = {"fftf": HOSTILE, "eff": "EFF"}
    assert turnover_lines(returning, names, TITLES).splitlines() == [
        "- **&lt;script&gt;alert\\(1\\)&lt;/script&gt; \\*bold\\* \\[link\\]\\(x\\)** "
        "first signed Stop face surveillance, then Ring police partnerships; Ban it.",
        "- **aclu-ma** first signed Stop face surveillance, then Ban it.",
        "- **EFF** first signed Stop face surveillance, then Ring police partnerships.",
    ]
    assert turnover_lines(returning.iloc[:0], names, TITLES) == (
        "No organisation signs again after an earlier campaign has ended."
    )


def test_similarity_title_on_the_fixture(tables):
    # F-R share eff, fftf (2 of 5), F-B aclu-ma, fftf (2 of 5), R-B fftf (1 of 5)
    similarity = campaign_similarity(biadjacency(tables))
    assert title_similarity(similarity, "jaccard") == (
        "3 of 3 pairs of campaigns share organisations; the highest jaccard is 0.4"
    )
    apart = similarity.assign(shared=0, weight=0.0)
    assert title_similarity(apart, "jaccard") == "No two campaigns share an organisation"


def test_cluster_heatmap_and_bridge_titles():
    assert title_clusters(pd.DataFrame({"cluster": [0, 1, 2], "organisations": [3, 2, 1]})) == (
        "3 clusters; the largest holds 50% of the organisations"
    )
    assert title_clusters(pd.DataFrame({"cluster": [], "organisations": []})) == (
        "No organisation to cluster"
    )
    chosen = pd.DataFrame({"org_id": ["a", "b", "c"], "cluster": [0, 1, 1]})
    assert title_heatmap(chosen) == (
        "The top 3 co-signers by strength fall in 2 clusters (numbers: shared campaigns)"
    )
    one = pd.DataFrame(
        {"org_id": ["a"], "cluster": [0], "participation": [0.0], "other_clusters_linked": [0]}
    )
    assert title_bridges(one, {}) == "One cluster only: no organisation bridges clusters"
    apart = pd.DataFrame(
        {
            "org_id": ["a", "b"],
            "cluster": [0, 1],
            "participation": [0.0, 0.0],
            "other_clusters_linked": [0, 0],
        }
    )
    assert title_bridges(apart, {}) == "No organisation links two of the 2 clusters"
    linking = apart.assign(participation=[0.5, 0.5], other_clusters_linked=[1, 1])
    assert title_bridges(linking, {"a": "A"}) == (
        "2 organisations link a cluster other than their own; A ranks first"
    )


def test_overview_titles_on_the_fixture(tables):
    # F 2019-01, R 2019-06-02, B 2020-06-10, E 2021-03
    assert title_timeline(campaign_timeline(tables)) == (
        "4 campaigns from January 2019 to March 2021"
    )
    # of the coalition campaigns F, R, B: F names 4 of 85, B 3 of 40, R reports no count
    coverage = campaign_coverage(tables)
    assert title_named_vs_reported(coverage) == (
        "2 of 3 coalition campaigns name fewer signers than they report"
    )
    only_face = coverage[coverage["campaign_id"] == FACE]
    assert title_named_vs_reported(only_face) == (
        "1 of 1 coalition campaign names fewer signers than it reports"
    )
