"""Articles: reported signatory counts and personal names kept out, on real sentences.

Each sentence is copied from a document of eval/articles/docs (named in the test); the
expected values are read off the sentence by hand.
"""

from dataclasses import astuple

import pytest

from netlib.parse import parse_article


def counts(result):
    return [(c.count, c.qualifier, c.signatory_type) for c in result.counts]


def all_text(result):
    return " ".join(
        str(field)
        for rows in (result.mentions, result.targets, result.rejected, result.counts)
        for row in rows
        for field in astuple(row)
    )


# ---------------------------------------------------------------------------------------------
# Personal names: a run that ends in a person's full name is the person's
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "person"),
    [
        # b_us_ny_june_primary_letter.md line 15: a judge addressed, taken for a target
        (
            [
                "Voting rights groups sent a letter urging a June primary.",
                "In the Oct. 31 letter to U.S. District Court Judge Gary Sharpe, the groups write"
                " that the June primary, opposed by Senate Republicans, is the best way to ensure"
                " that military and overseas ballots are sent out in a timely fashion.",
            ],
            "Sharpe",
        ),
        # c_ca_oucc_jhsc_return_to_campus_letter.md line 12: a minister after his portfolio
        (
            [
                "Today, the Ontario Universities and Colleges Coalition sent the following letter"
                " to Minister of Colleges and Universities Ross Romano and Minister of Labour,"
                " Training and Skills Development Monte McNaughton."
            ],
            "McNaughton",
        ),
        # c_nz_scoop_greens_pharma_ads_open_letter.md line 24: a former prime minister signed
        (
            [
                "\u201cWe support the open letter sent to the Minister of Health calling for a ban,"
                " whose signatories include Sir Ashley Bloomfield, former PM Helen Clark,"
                " Professor Papaarangi Reid, Rob Campbell, Consumer NZ, all 17 New Zealand"
                " medical colleges, alongside many other experts."
            ],
            "Clark",
        ),
        # c_uk_dailymail_save_our_shops_80_chains.md line 43: an MP who urged, taken for an
        # organiser
        (
            [
                "The letter was signed by more than 80 chief executives.",
                "At Prime Minister\u2019s Questions Tory MP Damian Green urged Mr Johnson \u2018to"
                " encourage the rail industry to introduce flexible season tickets"
                " immediately\u2019 to help office staff return.",
            ],
            "Damian Green",
        ),
    ],
)
def test_person_after_a_title_is_never_an_organisation_or_target(lines, person):
    result = parse_article(lines)
    names = [m.name for m in result.mentions] + [t.name for t in result.targets]
    names += [r.raw for r in result.rejected]
    assert not any(person in name for name in names)
    assert person not in all_text(result)
