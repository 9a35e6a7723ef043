"""Letters of shapes the seed corpus does not have, through parse and resolution as `netlib
parse` runs them (registry: the seed corpus's curation plus its build, tests/fixtures/seed_corpus).

Expected values were worked out by reading each file in tests/fixtures/shapes/: which lines are
in a signatory block, which organisation each line names, and why any other line is not taken.
"""

from pathlib import Path

import pytest

from netlib.build import extract_document, load_registry
from netlib.io.documents import read_document

SHAPES = Path(__file__).parent / "fixtures" / "shapes"

PERSON = "individual signatory: counted, name withheld"

EXPECTED = {
    # typos, case, a slug logo label, chapters, a merged line, a person with an affiliation
    "messy.txt": {
        5: ["amercian-civil-liberties-union"],  # a typo is new, with the ACLU as a candidate
        6: ["aclu-of-washington"],
        7: ["fight-for-the-future"],
        8: "duplicate of line 7 (same organisation: fight-for-the-future)",
        9: ["oakland-privacy"],
        10: ["mediajustice"],  # curated alias "Media Justice"
        11: ["immigrant-defence-project"],  # British spelling: new, candidate for review
        12: ["aclu-of-texas"],  # a possible affiliate, never merged into the ACLU
        13: ["mijente-support-committee"],
        14: ["national-lawyers-guild-seattle-chapter"],
        15: ["casa-latina-color-of-change"],  # flagged as a possible merge of two names
        16: PERSON,
    },
    # headed blocks, numbered and bulleted, web labels, an empty bullet, a footer after ###
    "realistic.txt": {
        12: ["aclu"],
        13: ["electronic-frontier-foundation"],
        14: ["fight-for-the-future"],
        15: ["color-of-change"],
        18: ["aclu-of-northern-california"],
        19: ["starting-over"],  # "Starting Over, Inc." stays whole
        20: ["council-on-american-islamic-relations-massachusetts"],
        21: ["oakland-privacy"],
        22: ["people-power-network"],  # "people-power-network logo"
        23: "duplicate of line 22 (same organisation: people-power-network)",  # PPN_logo_0520-2
        24: ["tenants-united"],
        25: "empty entry",
        26: "duplicate of line 21",
        27: PERSON,
    },
    # a two-column PDF pasted as text
    "columns.txt": {
        7: ["aclu", "electronic-frontier-foundation"],
        8: ["fight-for-the-future", "oakland-privacy"],
        9: ["media-alliance", "densho"],
        10: ["raices"],
    },
    "pipes.txt": {
        3: ["aclu"],
        4: ["fight-for-the-future", "oakland-privacy"],
        5: ["media-alliance", "densho"],
        6: ["raices"],
        7: ["color-of-change"],
    },
    # a national list grouped by state: the state lines head blocks, they do not sign
    "states.txt": {
        8: ["aclu"],
        9: ["electronic-frontier-foundation"],
        10: ["fight-for-the-future"],
        14: ["alabama-appleseed-center-for-law-and-justice"],
        16: ["puente-human-rights-movement"],
        18: ["oakland-privacy"],
        19: ["media-alliance"],
        21: ["surveillance-technology-oversight-project"],  # "... (S.T.O.P.)"
        23: ["council-on-american-islamic-relations"],  # "... (CAIR)"
    },
    # a location after the name stays part of it (proposed for review, not joined)
    "webcopy.txt": {
        # the place after a name is its location: the known organisations are joined
        9: ["media-alliance"],
        10: ["oakland-privacy"],
        11: ["fight-for-the-future"],
        12: ["densho"],
        13: ["mijente"],
        14: ["18millionrising-org"],
        15: ["color-of-change"],
    },
    "people_cols.txt": {
        3: PERSON,  # "Jane Roe<TAB>Professor<TAB>Example University"
        4: ["aclu"],
        5: ["fight-for-the-future"],
        6: PERSON,
    },
}


@pytest.fixture
def registry(seed_corpus):
    return load_registry(
        seed_corpus.curation, seed_corpus.processed
    )  # fresh: resolving a document adds its new names to the registry


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_block_line_is_the_expected_signature_or_rejection(registry, name):
    lines = read_document(SHAPES / name).lines
    got = extract_document(name, "letter", lines, registry)
    outcome = {}
    for signatory in got.signatories:
        outcome.setdefault(signatory["line"], []).append(signatory["org_id"])
    for rejected in got.rejected:
        assert rejected["line"] not in outcome, f"line {rejected['line']} both taken and not"
        outcome[rejected["line"]] = rejected["reason"]
    assert outcome == EXPECTED[name]


def test_uncertain_matches_go_to_review_not_into_the_data(registry):
    lines = read_document(SHAPES / "messy.txt").lines
    got = extract_document("messy", "letter", lines, registry)
    review = {(row["line"], row["issue"], row["detail"]) for row in got.review}
    assert (11, "fuzzy candidate", "immigrant-defense-project (96)") in review
    assert (12, "possible chapter or affiliate", "of aclu") in review
    assert (15, "possible merge", "possible-merge:Color Of Change") in review
    typo = next(s for s in got.signatories if s["line"] == 5)
    assert [c["org_id"] for c in typo["candidates"]][:1] == ["aclu"]
