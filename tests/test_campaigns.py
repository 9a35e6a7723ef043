"""Campaign curation: the seed campaigns, line-level links, and refusals naming the row."""

import shutil

import pytest

from netlib.errors import InputError
from netlib.resolve.campaigns import load_campaign_curation
from tests.conftest import SEED_CURATION as CURATION


def test_seed_campaigns_carry_their_facts():
    curation = load_campaign_curation(CURATION)
    campaigns = curation.campaigns
    # worked out from the documents: 002 line 5, 000 line 18, 001 line 10
    assert campaigns["2020-06-microsoft-nypd-das"]["reported_signatories"] == "18"
    assert campaigns["2020-06-microsoft-nypd-das"]["reported_qualifier"] == "exact"
    assert campaigns["2020-06-microsoft-employees-police"]["reported_qualifier"] == "about"
    assert campaigns["2018-06-microsoft-employees-ice"]["reported_qualifier"] == "at_least"
    assert campaigns["2019-01-microsoft-face-surveillance"]["date"] == "2019-01-15"
    assert campaigns["2020-07-tech-is-not-neutral"]["organiser"] == "Kairos Fellowship"
    assert len(campaigns) == 8


def test_a_line_belongs_to_the_narrowest_link():
    curation = load_campaign_curation(CURATION)
    doc = "001_666b5f5895b4e2bd"
    assert curation.campaign_for_line(doc, 140) == "2018-06-aclu-amazon-rekognition"
    assert curation.campaign_for_line(doc, 92) == "2018-04-google-employees-project-maven"
    assert curation.campaign_for_line(doc, 10) == "2018-06-microsoft-employees-ice"
    assert curation.campaign_for_line("000_c76df11e998d9e50", 44) == "2020-06-amazon-police-ties"
    assert curation.campaign_for_line("000_c76df11e998d9e50", 42) is None


@pytest.mark.parametrize(
    ("file", "old", "new", "problem"),
    [
        ("campaigns.csv", ",18,exact,", ",18,,", "qualifier"),
        ("campaigns.csv", "2019-01-15,day", "2019-01-15,month", "bad date"),
        ("campaign_documents.csv", "92;135", "92-80", "bad line range"),
        (
            "campaign_documents.csv",
            "2020-07-tech-is-not-neutral,",
            "no-such-campaign,",
            "unknown campaign_id",
        ),
    ],
)
def test_bad_curation_rows_are_named(tmp_path, file, old, new, problem):
    folder = tmp_path / "curation"
    shutil.copytree(CURATION, folder)
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_campaign_curation(folder)
    # the line an editor shows the changed row on (these rows hold no line breaks)
    line = text[: text.index(old)].count("\n") + 1
    assert f"{file} line {line}:" in str(info.value)
    assert problem in str(info.value)
