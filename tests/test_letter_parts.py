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
    # the organisation they sign for; the text conversion ran two columns together in
    # "Greenpeace Holly Hart" (line 468) and "Responsibility Alan Reuther" (line 474), the
    # end of "Physicians for Social / Responsibility" (read by hand)
    document = read(DOCS / "x_greenpeace_chemical_security_testimony_2010.txt")
    result = parse_letter(document.lines, units=document.units)
    found = [(e.line, e.name, e.kind) for e in result.entries if 467 <= e.line <= 480]
    assert found == [
        (468, "Greenpeace", "organisation"),
        (469, "United Steelworkers (USW)", "organisation"),
        (471, "OMB Watch", "organisation"),
        (473, "Physicians for Social Responsibility", "organisation"),
        (
            475,
            "United Automobile Aerospace and Agricultural Implement Workers of America (UAW)",
            "organisation",
        ),
        (480, "Sierra Club", "organisation"),
    ]
    assert [(r.line, r.reason) for r in result.rejected if 467 <= r.line <= 480] == [
        (467, "signs for the organisation on line 468"),
        (468, "signs for the organisation on line 469"),
        (470, "signs for the organisation on line 471"),
        (472, "signs for the organisation on line 473"),
        (474, "signs for the organisation on line 475"),
        (476, "continues the name on line 475 (wrapped)"),
        (477, "continues the name on line 475 (wrapped)"),
        (478, "continues the name on line 475 (wrapped)"),
        (479, "signs for the organisation on line 480"),
    ]
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


def test_a_link_to_the_list_after_the_closing_is_accounted_for():
    # x_aaldef_senate_hate_crimes_hearing_letter.md: "Respectfully submitted," (line 45) and
    # then only "[Download letter and list of organizations][1] (pdf)" (line 47), whose
    # target is defined on line 49: the list is elsewhere; both lines are rejected, as
    # the one block, and none is a signer (read by hand)
    document = read(DOCS / "x_aaldef_senate_hate_crimes_hearing_letter.md")
    result = parse_letter(document.lines, units=document.units)
    assert result.entries == []
    assert result.blocks == [(47, 49)]
    assert [(r.line, r.reason) for r in result.rejected] == [
        (47, "call to action (a link or button), not a signatory"),
        (49, "footnote, not a signatory"),
    ]


def test_a_letterhead_over_signatures_is_rejected_line_by_line():
    # x_greenpeace_chemical_security_testimony_2010.txt, Appendix A: lines 348-367 are the
    # coalition's letterhead, names parted by dashes and wrapped over lines (PDF text, spaces
    # inside words as published); after "Sincerely," (line 459) each signer stands above
    # their organisation, 43 of the letterhead's 44 signers again (read by hand)
    document = read(DOCS / "x_greenpeace_chemical_security_testimony_2010.txt")
    result = parse_letter(document.lines, units=document.units)
    letterhead = [r for r in result.rejected if 348 <= r.line <= 367]
    assert [r.line for r in letterhead] == list(range(348, 368))
    assert {r.reason for r in letterhead} == {
        "a letterhead above the letter (names run on over lines): its signers are read from "
        "the signatures below"
    }
    assert "Kristen Breitweiser" not in " ".join(r.raw for r in letterhead)  # a person
    assert not [e for e in result.entries if 348 <= e.line <= 367]
    assert (348, 367) in result.blocks
    assert any(start >= 459 for start, _ in result.blocks)


def test_a_letterhead_that_keeps_its_dashes_where_lines_break_joins_the_rest():
    # the usual layout of a letterhead wrapped by a word processor: a dash ends a line where
    # a break parts two names, so "Theta Legal" / "Defense Fund" (no dash) is one name
    lines = [
        "Alpha Network – Beta Council – Gamma Alliance for",
        "Justice – Delta Trust – Epsilon Fund –",
        "Zeta Coalition – Eta Union – Theta Legal",
        "Defense Fund – Iota Institute",
        "March 1, 2010",
        "Dear Senator,",
        "We ask you to pass the bill this year, before the interim law expires.",
        "Sincerely,",
        "Jane Roe",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.name) for e in result.entries if e.kind == "organisation"] == [
        (1, "Alpha Network"),
        (1, "Beta Council"),
        (1, "Gamma Alliance for Justice"),
        (2, "Delta Trust"),
        (2, "Epsilon Fund"),
        (3, "Zeta Coalition"),
        (3, "Eta Union"),
        (3, "Theta Legal Defense Fund"),
        (4, "Iota Institute"),
    ]
    assert result.individuals == 1  # the one signature, below the letter
    assert (1, 4) in result.blocks


def test_a_line_that_only_continues_a_letterhead_name_is_rejected():
    lines = [
        "Alpha Network – Beta Council – Gamma Alliance for",
        "Justice – Delta Trust – Epsilon Fund – Zeta Coalition",
        "Eta Union – Theta Society – Iota Institute of",
        "Rural Health",
        "Dear Senator,",
        "We ask you to pass the bill this year, before the interim law expires.",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.name) for e in result.entries] == [
        (1, "Alpha Network"),
        (1, "Beta Council"),
        (1, "Gamma Alliance for Justice"),
        (2, "Delta Trust"),
        (2, "Epsilon Fund"),
        (2, "Zeta Coalition"),
        (3, "Eta Union"),
        (3, "Theta Society"),
        (3, "Iota Institute of Rural Health"),
    ]
    assert [(r.line, r.reason) for r in result.rejected] == [
        (4, "continues the name on line 3 (wrapped)")
    ]


def test_people_stacked_above_their_organisations_sign_for_them():
    # x_greenpeace_ca_recycling_commission_letter.txt, after "Sincerely," (line 79): each
    # signer's name, a post (one or two lines, or none), then the organisation, 14 times;
    # the letter calls them "The co-signers of this letter, Greenpeace USA, Oceana, ..."
    # (line 10): organisations sign, no individual does (read by hand)
    document = read(DOCS / "x_greenpeace_ca_recycling_commission_letter.txt")
    result = parse_letter(document.lines, units=document.units)
    assert result.individuals == 0
    signing_for = {r.line: r.reason for r in result.rejected if r.reason.startswith("signs for")}
    assert signing_for[80] == "signs for the organisation on line 82"  # Algalita
    assert signing_for[86] == "signs for the organisation on line 89"  # Beyond Plastics
    assert signing_for[99] == "signs for the organisation on line 101"  # Greenpeace USA
    assert len(signing_for) == 14
    assert all(
        result.rejected[k].raw == "[withheld]"
        for k in range(len(result.rejected))
        if result.rejected[k].line in signing_for
    )
    names = [e.name for e in result.entries if 80 <= e.line <= 122]
    assert names[:3] == ["Algalita", "Basel Action Network", "Beyond Plastics"]


def test_a_few_people_amid_organisations_still_sign_as_individuals():
    # y_pdf_es_carta_abierta_legalizacion_berlin_2020.pdf: under "Firmantes iniciales:"
    # 55 organisations one a line and two people among them with no heading (Anna-Maria
    # Wünst after "Migrantifa Berlin", Andrea Molina after "Colectivo MAWVN, Berlin"): a
    # person followed by an organisation does not sign for it here (read by hand)
    document = read(DOCS / "y_pdf_es_carta_abierta_legalizacion_berlin_2020.pdf")
    result = parse_letter(document.lines, units=document.units)
    assert not [r for r in result.rejected if r.reason.startswith("signs for")]
    assert result.individuals >= 2
    assert sum(e.kind == "organisation" for e in result.entries) >= 54


def test_a_heading_naming_whom_the_people_below_sign_for_makes_it_the_signer():
    # x_h4f_goettingen_umg_open_letter_2021.md: line 64 "| **Für Health for Future
    # Göttingen:** |" heads a table of seven doctors (lines 66-72); then "**unterstützt
    # durch:**" (line 74) and the supporting groups. Health for Future Göttingen signs, the
    # seven sign for it (read by hand)
    document = read(DOCS / "x_h4f_goettingen_umg_open_letter_2021.md")
    result = parse_letter(document.lines, units=document.units)
    assert (64, "Health for Future Göttingen", "organisation") in [
        (e.line, e.name, e.kind) for e in result.entries
    ]
    assert [(r.line, r.reason) for r in result.rejected if 64 <= r.line <= 72] == [
        (line, "signs for the organisation on line 64") for line in range(66, 73)
    ]
    assert result.individuals == 0
    assert (64, 72) in result.blocks


def test_a_heading_for_the_signatories_names_no_organisation():
    lines = [
        "We ask you to act now.",
        "For the undersigned organizations:",
        "Jane Roe",
        "John Doe",
        "Richard Roe",
        "For more information:",
        "Mary Major",
    ]
    result = parse_letter(lines)
    assert [e.kind for e in result.entries].count("organisation") == 0
    assert not [r for r in result.rejected if r.reason.startswith("signs for")]


def test_a_name_with_its_web_site_in_brackets_is_the_name():
    # w_md_fr_onestlatech_blocage_24_janvier.md lines 44-64: "## Liste des sites mobilisés"
    # then "- Mediapart (https://www.mediapart.fr/)", "- Volume! (...)", "- Noël
    # Macé(https://noelmace.com/)" (a person's site), ... (read by hand)
    document = read(DOCS / "w_md_fr_onestlatech_blocage_24_janvier.md")
    result = parse_letter(document.lines, units=document.units)
    found = [(e.line, e.name) for e in result.entries if e.kind == "organisation"]
    assert found[:3] == [(46, "Mediapart"), (47, "Genre sexualité et société"), (48, "Volume!")]
    assert (58, "Web on F.I.R.E.") in found
    assert len(found) == 17
    assert [e.line for e in result.entries if e.kind == "person"] == [57, 61]


def test_a_person_for_a_project_gives_the_project():
    # w_md_ngi_eu_must_keep_funding_free_software.md line 107: "| [Daniel Barlow](...) for
    # [Liminix](https://www.liminix.org)| Free software developer/project | United Kingdom
    # | ..." in the table of signatories (read by hand)
    document = read(DOCS / "w_md_ngi_eu_must_keep_funding_free_software.md")
    result = parse_letter(document.lines, units=document.units)
    assert [e.name for e in result.entries if e.line == 107] == ["Liminix"]
    row = [r for r in result.rejected if r.line == 107]
    assert [(r.raw, r.reason) for r in row] == [
        ("[withheld]", "signs for the organisation on line 107")
    ]
    written = " ".join(str(x) for x in (*result.entries, *result.rejected))
    assert "Barlow" not in written


def test_a_numbered_list_run_on_over_lines_is_split_at_its_numbers():
    # w_pdf_za_bjc_mtbps_2019_endorsements.pdf page 1: "Submission endorsed by:" then one
    # paragraph "1. People's Health Movement 2. Worker's World Media 3. Limpopo legal
    # Advice Centre 4." / "Women's Legal Centre 5. ..." wrapped over five lines, ending
    # with "12. Rev. Desmond" / "Lesejane", a person (read by hand)
    lines = [
        "Submission endorsed by:",
        "1. People's Health Movement 2. Worker's World Media 3. Limpopo legal Advice Centre 4.",
        "Women's Legal Centre 5. Social Justice Coalition 6. Sonke Gender Justice 7. Lawyers for",
        "Human Rights 8. The Peace Centre 9. Workers' World Media 10. Western Cape Forum for",
        "Intellectual Disability 11. South African National Council for the Blind 12. Rev. Desmond",
        "Lesejane",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.name) for e in result.entries if e.kind == "organisation"] == [
        (2, "People's Health Movement"),
        (2, "Worker's World Media"),
        (2, "Limpopo legal Advice Centre"),
        (3, "Women's Legal Centre"),
        (3, "Social Justice Coalition"),
        (3, "Sonke Gender Justice"),
        (3, "Lawyers for Human Rights"),
        (4, "The Peace Centre"),
        (4, "Western Cape Forum for Intellectual Disability"),
        (5, "South African National Council for the Blind"),
    ]
    assert result.individuals == 1
    assert [(r.line, r.reason) for r in result.rejected] == [
        (4, "duplicate of line 2"),  # "Workers' World Media" again
        (6, "continues the name on line 5 (wrapped)"),
    ]


def test_numbers_in_a_list_one_name_a_line_are_not_a_run_on_list():
    lines = ["Signed,", "1. Alpha Network", "2. Beta Council", "3. Gamma Trust"]
    result = parse_letter(lines)
    assert [e.name for e in result.entries] == ["Alpha Network", "Beta Council", "Gamma Trust"]


def test_a_table_of_contents_is_no_list():
    # w_pdf_za_bjc_mtbps_2019_endorsements.pdf page 2: "Contents", then dot-leader lines
    lines = [
        "Contents",
        "1. Introduction ................................................. 3",
        "PART ONE: AUSTERITY IS BAD FOR GROWTH, EMPLOYMENT, EQUITY AND SERVICE",
        "DELIVERY ..................................................... 4",
        "2.1 What is austerity? ...........................................",
        "2.2 International experience of austerity ...................... 5",
    ]
    result = parse_letter(lines)
    assert result.entries == []


def test_a_line_of_names_each_with_its_place_is_one_name_a_line():
    # w_md_crma_rejection_letter_eu.md line 285: signers "Name, City, Country" and "Name,
    # North Region, Portugal", parted by "<br />" in one paragraph (read by hand)
    lines = [
        "Signed,",
        "CATAPA vzw, Ghent, Belgium",
        "Attac Austria, Austria",
        "Chaves Comunitária, North Region, Portugal",
        "Hellenic Mining Watch, Greece",
        "Fundación Tantí, Chile",
    ]
    result = parse_letter(lines)
    assert [(e.name, e.location) for e in result.entries] == [
        ("CATAPA vzw, Ghent", "Belgium"),  # Ghent is no city of the gazetteer (Gent is)
        ("Attac Austria", "Austria"),
        ("Chaves Comunitária", "North Region, Portugal"),
        ("Hellenic Mining Watch", "Greece"),
        ("Fundación Tantí", "Chile"),
    ]


def test_an_inline_list_of_labelled_groups_gives_the_names_in_them():
    # w_html_pt_educacao_do_campo_parana_manifesto.html (one minified line): "Assinam o
    # manifesto: ...; Movimento Sindical: App Sindicato e seus Núcleos Sindicais, FEFTRAF;
    # Movimentos Sociais: MST, ASSESSOAR, ...; Universidades: Unioeste – Campus Francisco
    # Beltrão, Unicentro, ...; UFPR, UFPR – Setor Litoral, TUIUTI." (cut; read by hand)
    lines = [
        "Em decorrência do contexto apresentado, manifestamos nosso compromisso.",
        "Assinam o manifesto: Movimento Sindical: App Sindicato e seus Núcleos Sindicais, "
        "FEFTRAF; Movimentos Sociais: MST, ASSESSOAR, ARCAFAR, MPA; Universidades: Unioeste "
        "– Campus Francisco Beltrão, Unicentro; UFPR, UFPR – Setor Litoral, TUIUTI.",
    ]
    result = parse_letter(lines)
    assert [e.name for e in result.entries] == [
        "App Sindicato e seus Núcleos Sindicais",
        "FEFTRAF",
        "MST",
        "ASSESSOAR",
        "ARCAFAR",
        "MPA",
        "Unioeste – Campus Francisco Beltrão",
        "Unicentro",
        "UFPR",
        "UFPR – Setor Litoral",
        "TUIUTI",
    ]


def test_a_letterhead_parted_by_bullets_is_read_when_no_signatures_follow():
    # w_pdf_us_reedway_overcrossing_letterhead_2017.pdf page 1: the six organisations in the
    # letterhead, parted by "•", then date, addressee and salutation; the signature page is
    # a scanned image, with no text (read by hand)
    document = read(DOCS / "w_pdf_us_reedway_overcrossing_letterhead_2017.pdf")
    result = parse_letter(document.lines, units=document.units)
    assert [(e.line, e.name) for e in result.entries if e.line <= 2] == [
        (1, "Brooklyn Action Corps"),
        (1, "Eastmoreland Neighborhood Association"),
        (1, "Reed Neighborhood Association"),
        (2, "Sellwood-Moreland Improvement League"),
        (2, "Woodstock Neighborhood Association"),
        (2, "Southeast Uplift"),
    ]


def test_a_note_after_an_asterisk_under_the_list_is_part_of_the_block():
    # w_html_pt_no_pride_in_genocide_europride.html lines 205-248: "Subscrevem*:", one
    # organisation a paragraph, then "*lista de subscritores atualizada a 6 de março de
    # 2025" (the note the asterisk points to)
    document = read(DOCS / "w_html_pt_no_pride_in_genocide_europride.html")
    result = parse_letter(document.lines, units=document.units)
    assert (248, "a note on the list (after an asterisk), not a signatory") in [
        (r.line, r.reason) for r in result.rejected
    ]
    assert (206, 248) in result.blocks
    names = [e.name for e in result.entries if 206 <= e.line <= 247]
    assert names[0] == "Ação Pela Identidade – API"  # "&amp;8211;" escaped twice
    assert len(names) == 42


def test_an_introduction_in_two_languages_between_heading_and_list_is_accounted_for():
    # w_md_ngi_eu_must_keep_funding_free_software.md lines 69-72: "# Signataires /
    # Signatories", the same sentence in French (70) and in English (71), then the table
    document = read(DOCS / "w_md_ngi_eu_must_keep_funding_free_software.md")
    result = parse_letter(document.lines, units=document.units)
    assert {69, 70, 71} <= set(result.headings)


def test_a_letter_given_again_in_english_then_endnotes_then_the_list():
    # the shape of w_md_crma_rejection_letter_eu.md (cut): the Portuguese letter and its
    # closing, "ENGLISH", the English addressee and salutation, the body, "Yours
    # sincerely,", "ENDNOTES" with "[i] ..." notes, then the signers (read by hand)
    lines = [
        "Ao Presidente do Parlamento Europeu e Membros da Comissão ITRE",
        "Estimado Presidente Metsola e Membros da Comissão ITRE,",
        "Escrevemos para rejeitar o regulamento, que ameaça as nossas comunidades e terras.",
        "Com os melhores cumprimentos,",
        "ENGLISH",
        "To the President of the European Parliament & Members of the ITRE Committee",
        "Dear President Metsola and Members of the ITRE Committee,",
        "We write to reject the regulation, which threatens our communities and lands.",
        "Yours sincerely,",
        "ENDNOTES",
        "[i] Information supplied by DG GROW 09-11-2023.",
        "[xxv] 10 years of EU's failed biofuels policy has wiped out forests.",
        "Attac Austria, Austria",
        "Degrowth Vienna, Austria",
        "Hellenic Mining Watch, Greece",
        "Clean Air Action Group, Hungary",
    ]
    result = parse_letter(lines)
    assert [(e.line, e.name, e.location) for e in result.entries] == [
        (13, "Attac Austria", "Austria"),
        (14, "Degrowth Vienna", "Austria"),
        (15, "Hellenic Mining Watch", "Greece"),
        (16, "Clean Air Action Group", "Hungary"),
    ]


def test_a_heading_of_signatures_in_portuguese_opens_the_list():
    # w_html_pt_esterilizacao_forcada_deficiencia.html line 204 "Assinaturas:" above the
    # <li> of each signing organisation
    lines = [
        "Pode encontrar o relatório do Fórum Europeu da Deficiência aqui.",
        "Assinaturas:",
        "Associação Portuguesa Voz do Autista (APVA)",
        "Associação CVI – Centro de Vida Independente",
    ]
    result = parse_letter(lines)
    assert [e.name for e in result.entries] == [
        "Associação Portuguesa Voz do Autista (APVA)",
        "Associação CVI – Centro de Vida Independente",
    ]
    assert 2 in result.headings


def test_a_bold_heading_with_emphasis_inside_opens_the_list_after_the_contacts():
    # w_md_aaldef_shelby_vra_amicus_cosigners.md: "**MEDIA CONTACTS:**" and two contacts,
    # then "**Co-Signers to the _Amicus_ Brief in _Shelby County, Alabama v. Holder_**"
    # (line 40) over 26 organisations one a line (lines 42-67; read by hand)
    document = read(DOCS / "w_md_aaldef_shelby_vra_amicus_cosigners.md")
    result = parse_letter(document.lines, units=document.units)
    names = [e.name for e in result.entries]
    assert names[0] == "Alliance of South Asian American Labor (ASAAL)"
    assert len(names) == 26
    assert 40 in result.headings


def test_signatures_in_fields_parted_by_two_spaces_sign_for_their_organisations():
    # w_txt_au_ama_asylum_health_communique.txt lines 50-66 (PDF text): "Dr Mukesh
    # Haikerwal, President  Australian Medical Association  (02) 6270 5400", ... two who
    # sign with no organisation ("Dr Richard Davey FRCPA   (03) 9342 8736") (read by hand)
    document = read(DOCS / "w_txt_au_ama_asylum_health_communique.txt")
    result = parse_letter(document.lines, units=document.units)
    assert [(e.line, e.name) for e in result.entries if e.kind == "organisation"] == [
        (50, "Australian Medical Association"),
        (52, "The Royal Australasian College of Physicians"),
        (54, "The Royal Australian and New Zealand College of Psychiatrists"),
        (56, "West Australian Refugee Health Network"),
        (60, "Australian Council of Heads of Schools of Social Work"),
        (62, "Asylum Seekers Centre"),
        (66, "Asylum Seeker Resource Centre"),
    ]
    assert result.individuals == 2
    written = " ".join(str(x) for x in (*result.entries, *result.rejected))
    assert "Komesaroff" not in written and "Haikerwal" not in written
    assert not [e for e in result.entries if e.line < 50]  # the front matter is metadata


def test_names_that_end_with_a_bare_state_code_keep_it_as_their_place():
    # w_md_aaldef_election_protection_2006_cosponsors.md, "**Local Co-Sponsors**": "ONE
    # Lowell MA", "The Sikh Coalition NY", "Providence Youth and Student Movement RI", ...
    lines = [
        "**Local Co-Sponsors**",
        "Chinatown Voter Education Alliance NY",
        "ONE Lowell MA",
        "Providence Youth and Student Movement RI",
        "The Sikh Coalition NY",
        "DC Area Asian American Coalition",
    ]
    result = parse_letter(lines)
    assert [(e.name, e.location) for e in result.entries] == [
        ("Chinatown Voter Education Alliance", "NY"),
        ("ONE Lowell", "MA"),
        ("Providence Youth and Student Movement", "RI"),
        ("The Sikh Coalition", "NY"),
        ("DC Area Asian American Coalition", None),
    ]


def test_one_name_with_a_state_code_is_left_as_written():
    result = parse_letter(["Signed,", "Indivisible NJ", "Sierra Club", "Mijente"])
    assert (result.entries[0].name, result.entries[0].location) == ("Indivisible NJ", None)


def test_share_buttons_of_any_network_are_chrome():
    # w_html_stop_comcast_takeover_opposition.html: "Press This", "Share on Tumblr", "Share
    # on Google+", "Share on Reddit" under the list of organisations
    from netlib.extract.lines import _analyse_line

    for text in ("Share on Tumblr", "Share on Google+", "Press This", "Compartilhar no WhatsApp"):
        assert _analyse_line(0, text).reason == "web page chrome (links and buttons)", text
    assert _analyse_line(0, "Sharing Economy Alliance").kind == "item"


def test_a_paragraph_between_a_section_heading_and_the_lists_cue_is_accounted_for():
    # w_html_i4oc_stakeholders.html lines 365-367: "Founding organizations" (<h2>), a
    # paragraph on how the initiative began, "Six organizations collaborated to form I4OC:"
    document = read(DOCS / "w_html_i4oc_stakeholders.html")
    result = parse_letter(document.lines, units=document.units)
    assert {365, 366, 367} <= set(result.headings)
