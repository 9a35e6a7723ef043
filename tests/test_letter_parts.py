"""Letter parts found on real documents: signers named in a footnote, a list given twice in two
languages."""

from pathlib import Path

from netlib.extract.footnotes import footnote_list
from netlib.parse import parse_letter
from netlib.readers import read

DOCS = Path(__file__).resolve().parent.parent / "eval" / "letters" / "docs"


def test_the_amazon_pact_names_its_signatories_in_footnote_two():
    # y_md_br_amazon_deforestation_pact.md: line 10 "The signatories to this document2
    # propose ..."; footnote 2 is lines 50-54, nine organisations, each with its web address
    # in brackets (read by hand); line 54 only ends WWF-Brasil's address
    document = read(DOCS / "y_md_br_amazon_deforestation_pact.md")
    result = parse_letter(document.lines, units=document.units)
    assert [(e.line, e.name) for e in result.entries] == [
        (50, "Instituto Socioambiental"),
        (50, "Greenpeace"),
        (50, "Instituto Centro de Vida"),
        (51, "Instituto de Pesquisa Ambiental da Amazônia"),
        (51, "The Nature Conservancy"),
        (52, "Conservação Internacional"),
        (52, "Amigos da Terra-Amazônia Brasileira"),
        (53, "IMAZON"),
        (53, "WWF-Brasil"),
    ]
    assert [(r.line, r.reason) for r in result.rejected if 46 <= r.line <= 56] == [
        (54, "continues the name on line 53 (wrapped)")
    ]
    assert (50, 54) in result.blocks


def test_a_year_after_a_word_of_signing_is_no_footnote_mark():
    lines = [
        "The signatories in 2019 asked for a ban.",
        "",
        "2019 Alpha Institute, Beta Network, Gamma Trust",
    ]
    assert footnote_list(lines) is None


def test_a_footnote_of_prose_is_no_list():
    lines = [
        "The signatories to this letter1 ask for a ban.",
        "1 The present draft was drawn up by a group of organisations in support of the debate.",
    ]
    assert footnote_list(lines) is None


def test_a_bilingual_letter_gives_its_list_twice_and_the_second_is_rejected():
    # z_md_ca_oucc_safer_return_bilingual.md: "In solidarity," and nine signers (lines
    # 116-124), then "En solidarité," and the same nine in French (lines 253-269, one every
    # other line); "Unifor" is seventh in both (read by hand)
    document = read(DOCS / "z_md_ca_oucc_safer_return_bilingual.md")
    result = parse_letter(document.lines, units=document.units)
    assert [e.line for e in result.entries] == list(range(116, 125))
    french = {r.line: r.reason for r in result.rejected if r.line >= 251}
    assert french == {
        **{
            line: f"line {english} again, in another language"
            for line, english in zip(range(253, 270, 2), range(116, 125), strict=True)
            if line != 265
        },
        265: "duplicate of line 122",
    }


def test_two_columns_run_together_part_an_organisation_from_the_next_signer():
    # x_greenpeace_chemical_security_testimony_2010.txt lines 459-482: each signer above
    # their organisation; the text conversion ran two columns together in "Greenpeace Holly
    # Hart" (line 468) and "Responsibility Alan Reuther" (line 474) (read by hand)
    document = read(DOCS / "x_greenpeace_chemical_security_testimony_2010.txt")
    result = parse_letter(document.lines, units=document.units)
    found = [(e.line, e.name, e.kind) for e in result.entries if 467 <= e.line <= 480]
    assert found == [
        (467, None, "person"),
        (468, "Greenpeace", "organisation"),
        (468, None, "person"),
        (469, "United Steelworkers (USW)", "organisation"),
        (470, None, "person"),
        (471, "OMB Watch", "organisation"),
        (472, None, "person"),
        (473, "Physicians for Social Responsibility", "organisation"),
        (474, None, "person"),
        (
            475,
            "United Automobile Aerospace and Agricultural Implement Workers of America (UAW)",
            "organisation",
        ),
        (479, None, "person"),
        (480, "Sierra Club", "organisation"),
    ]
    assert [r.line for r in result.rejected if 467 <= r.line <= 480] == [476, 477, 478]
    written = " ".join(str(x) for x in (*result.entries, *result.rejected))
    assert "Reuther" not in written and "Holly" not in written


def test_a_numbered_startup_list_keeps_a_name_that_looks_like_a_street():
    # y_pdf_in_startups_net_neutrality_2015.pdf line 125: "17 Another Brick In The Road" is
    # entry 17 of the numbered list (16 and 18 around it), not a postal address
    document = read(DOCS / "y_pdf_in_startups_net_neutrality_2015.pdf")
    result = parse_letter(document.lines, units=document.units)
    assert [(e.line, e.name) for e in result.entries if e.line == 125] == [
        (125, "Another Brick In The Road")
    ]


def test_a_one_word_name_with_an_exclamation_mark_is_a_name():
    # html_net_neutrality_letter2017.html line 163: "Hollaback!" among the signers
    result = parse_letter(
        ["We urge you to act.", "Signed,", "Free Press", "Hollaback!", "Color Of Change"]
    )
    assert [e.name for e in result.entries] == ["Free Press", "Hollaback!", "Color Of Change"]


def test_names_that_a_post_a_legal_form_or_a_misspelt_country_hid():
    # md_drw_assange_statement.md lines 94 and 118 under "Organisations" ("Urugauy" as
    # published); x_aaldef_stop_raids_endorsers_2007.md line 176; read by hand
    result = parse_letter(
        [
            "**Organisations**",
            "Fundación Vivian Trías, Urugauy",
            "Luna del Sur A.C. Oaxaca, Mexico",
            "Student Action with Farmworkers",
            "Student Power Networks",
        ]
    )
    assert [(e.name, e.location, e.kind) for e in result.entries] == [
        ("Fundación Vivian Trías", "Urugauy", "organisation"),
        ("Luna del Sur A.C. Oaxaca", "Mexico", "organisation"),
        ("Student Action with Farmworkers", None, "organisation"),
        ("Student Power Networks", None, "organisation"),
    ]
