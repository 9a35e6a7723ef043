"""The network of the seed corpus, checked against numbers worked out by hand from the documents.

Built from the fixed copy in tests/fixtures/seed_corpus. Campaigns with named organisations:
    FACE  2019 letter to Microsoft (004): 89 organisations (88 lines, line 32 split in two)
    NYPD  2020 NYPD letter (002): S.T.O.P. (line 7) + 5 named on line 23 = 6
    TINN  Tech Is Not Neutral (003 line 5): Kairos Fellowship, Movement for Black Lives,
          MediaJustice = 3
    REKO  the ACLU's Rekognition demand (001 line 140): ACLU = 1
Organisations in two campaigns: Fight for the Future, Immigrant Defense Project, Oakland
Privacy (FACE + NYPD), MediaJustice (FACE + TINN), ACLU (FACE + REKO).
"""

import pytest

from netlib.analysis import centrality
from netlib.io.tables import load_tables
from netlib.network.graph import biadjacency
from netlib.network.projection import project

FACE = "2019-01-microsoft-face-surveillance"
NYPD = "2020-06-microsoft-nypd-das"
TINN = "2020-07-tech-is-not-neutral"
REKO = "2018-06-aclu-amazon-rekognition"


@pytest.fixture(scope="module")
def tables(seed_corpus):
    return load_tables(seed_corpus.processed)


def test_campaign_sizes(tables):
    bi = biadjacency(tables)
    sizes = dict(zip(bi.campaign_ids, bi.campaign_degrees(), strict=True))
    assert {c: int(k) for c, k in sizes.items() if k} == {FACE: 89, NYPD: 6, TINN: 3, REKO: 1}


def test_only_three_pairs_share_two_campaigns(tables):
    edges = project(biadjacency(tables), weighting="count").edges_frame()
    pairs = edges[edges.shared >= 2]
    assert set(zip(pairs.source, pairs.target, strict=True)) == {
        ("fight-for-the-future", "immigrant-defense-project"),
        ("fight-for-the-future", "oakland-privacy"),
        ("immigrant-defense-project", "oakland-privacy"),
    }
    # every other pair shares exactly one campaign: C(89,2) + C(6,2) + C(3,2) pairs in all,
    # minus the 3 counted twice
    assert len(edges) == 89 * 88 // 2 + 15 + 3 - 3


def test_campaign_overlap(tables):
    edges = project(biadjacency(tables), on="campaigns", weighting="count").edges_frame()
    shared = {(r.source, r.target): r.shared for r in edges.itertuples()}
    assert shared == {(REKO, FACE): 1, (FACE, NYPD): 3, (FACE, TINN): 1}


def test_co_signer_counts(tables):
    table = centrality.centrality(
        project(biadjacency(tables), weighting="count"), measures=("degree",), sort_by="degree"
    ).set_index("org_id")
    # FFTF: 88 others on FACE + National Action Network, TechActivist.Org, S.T.O.P. on NYPD
    assert table.at["fight-for-the-future", "degree"] == 91
    # MediaJustice: 88 on FACE + Kairos Fellowship and the Movement for Black Lives
    assert table.at["mediajustice", "degree"] == 90
    assert table.at["aclu", "degree"] == 88  # alone on the Rekognition demand
    assert table.at["kairos-fellowship", "degree"] == 2


def test_collapsing_chapters_folds_affiliates_into_their_parent(tables):
    bi = biadjacency(tables, collapse_chapters=True)
    sizes = dict(zip(bi.campaign_ids, bi.campaign_degrees(), strict=True))
    # 89 - 4 ACLU affiliates - 2 (three CAIR chapters become CAIR) - 3 (four NLG bodies become
    # the NLG) - 1 (two Advancing Justice members become one)
    assert sizes[FACE] == 79
    assert "aclu-of-massachusetts" not in set(bi.org_ids)
    assert {"aclu", "national-lawyers-guild", "council-on-american-islamic-relations"} <= set(
        bi.org_ids
    )
