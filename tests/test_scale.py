"""Scale helpers: the raw-corpus generator, the build's campaign index, the parser's name cache."""

import random

from netlib import synth
from netlib.build import _CampaignIndex, build_corpus
from netlib.parse import KnownNames
from netlib.resolve.campaigns import load_campaign_curation
from netlib.resolve.curation import load_curation
from netlib.resolve.registry import Registry
from tests.conftest import SEED_CURATION


def test_raw_corpus_builds_and_campaign_index_agrees(tmp_path):
    info = synth.write_raw_corpus(tmp_path, 25, seed=4)
    result = build_corpus(info["raw"], tmp_path / "out", info["curation"])
    assert len(result.tables["documents"]) == 25
    assert len(result.tables["campaigns"]) == 25
    assert len(result.tables["signatures"]) > 0
    curation = load_campaign_curation(info["curation"])
    index = _CampaignIndex(curation)
    for doc_id in ("syn-00", "syn-13", "nothing"):
        for line in (1, 7, 12, 500):
            assert index.campaign_for_line(doc_id, line) == curation.campaign_for_line(doc_id, line)
    assert index.docs_of["camp-03"] == ["syn-03"]


def test_known_names_index_is_extended_like_a_fresh_one():
    names = [*synth.raw_org_names(700), "ACLU", "aclu", "A.C.L.U.", "Free Press", "free press"]
    rng = random.Random(0)
    rng.shuffle(names)
    index, seen = KnownNames(), []
    for start in range(0, len(names), 53):
        batch = names[start : start + 53]
        for name in batch:
            index.add(name)
        seen += batch
        fresh = KnownNames(sorted(set(seen)))
        assert index.keys == fresh.keys
        assert index.by_first == fresh.by_first


def test_the_registry_index_knows_exactly_the_registry_names():
    registry = Registry.from_curation(load_curation(SEED_CURATION))
    for name in ["Tenants United", "LAANE (Los Angeles Alliance for a New Economy)", "ACLU of X"]:
        registry.resolve_or_add(name)
    table = registry.organisations_table()
    names = set(table["name"])
    names.update(alias for aliases in table["aliases"] for alias in aliases.split(";") if alias)
    assert registry.known_index().names == names
    assert "LAANE" in registry.known_index().names  # learnt from the paired acronym
