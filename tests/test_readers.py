"""Readers on real documents (the evaluation set, a fixed copy in eval/letters/docs) and on
broken files of every format. Expected values were read off each document by hand."""

import io
import json
import zipfile
from pathlib import Path

import pytest

from netlib.errors import InputError
from netlib.readers import read, sniff_format

DOCS = Path(__file__).resolve().parents[1] / "eval" / "letters" / "docs"


def units(name, **kwargs):
    return read(DOCS / name, **kwargs).units


def test_markdown_headings_items_and_front_matter():
    got = units("md_rms_open_letter.md")
    by_line = {u.line: u for u in got}
    # lines 1-8 are YAML front matter: its title (line 2) is read as the headline and its
    # description (line 3) as a paragraph; the image and sharing fields are metadata
    assert 1 not in by_line and 4 not in by_line and 7 not in by_line
    assert by_line[3].kind == "para" and by_line[3].text.startswith("We, the undersigned, call")
    assert by_line[2].kind == "heading" and by_line[2].text.startswith("An open letter to remove")
    assert (by_line[49].kind, by_line[49].text) == ("heading", "Organizations")
    assert (by_line[117].kind, by_line[117].text) == ("heading", "Individuals")
    assert by_line[53].kind == "item" and by_line[53].text.startswith("1. ")


def test_markdown_page_body_kept_in_front_matter_block_scalars_is_read():
    # z_md_cl_constitucion_es_nuestra_organizaciones.md is all front matter: the Spanish
    # and English texts are "content_block_es: >-" / "content_block_en: >-" scalars indented
    # two spaces, each ending in a "*" list of 18 organisations (lines 30-64 and 85-119, by
    # hand); the other keys (layout, date, colour) stay metadata
    got = {u.line: u for u in units("z_md_cl_constitucion_es_nuestra_organizaciones.md")}
    assert got[27].kind == "para" and got[27].text.strip().startswith("Entre las organizaciones")
    items = [u for u in got.values() if u.kind == "item"]
    assert [u.line for u in items] == [*range(30, 65, 2), *range(85, 120, 2)]
    assert items[0].text.strip() == "* Amnistía Internacional"
    assert items[-1].text.strip() == "* Ahora Nos Toca Participar"
    assert 2 not in got and 123 not in got  # "layout: news", the closing "---"


def test_markdown_html_body_on_one_line_breaks_at_br_and_paragraphs():
    # z2_md_pt_mst_nota_repudio_estadao_80_organizacoes.md: the whole post is HTML on source
    # line 25, the signers parted only by <br> after "Assinam:"; first and last signer read
    # off the page
    got = [u for u in units("z2_md_pt_mst_nota_repudio_estadao_80_organizacoes.md") if u.line == 25]
    texts = [u.text for u in got]
    start = texts.index("Assinam:")
    assert texts[start + 1] == "Advogados Sem Fronteiras (ASF-Brasil)"
    assert texts[-1] == "Urucum – Assessoria em Direitos Humanos, Comunicação e Justiça (CE)"
    assert all("<" not in t for t in texts)


def test_html_table_with_a_header_outside_any_row():
    # opentf: <thead><th>Name</th><th>Type</th>... without <tr>; row 1 is Gruntwork, a Company
    records = [u for u in units("html_opentf_manifesto.html") if u.kind == "record"]
    assert records[0].text == "Gruntwork" and records[0].field == "Name"
    assert records[0].person is False  # Type: Company
    # Type: Individual, 94 by hand; two of them share a row whose <tr> is missing (line 627)
    assert sum(1 for r in records if r.person) == 94


def test_html_table_without_a_header_takes_the_names_beside_a_country_column():
    # z_html_fr_owinfs_transformer_omc.html: "Organisations Nationales" is a table of rows
    # "<td>39</td><td>Alternative Information and Development Centre (AIDC)</td><td>Afrique
    # du Sud</td>" with no header row: 163 <tr> (source lines 540-2530), the first and the
    # last read off the page
    records = [u for u in units("z_html_fr_owinfs_transformer_omc.html") if u.kind == "record"]
    national = [r for r in records if r.location]
    assert len(national) == 163
    assert (national[0].text, national[0].location) == (
        "Alternative Information and Development Centre (AIDC)",
        "Afrique du Sud",
    )
    assert (national[-1].text, national[-1].location) == (
        "Zimbabwe Urban Councils Workers Union",
        "Zimbabwe",
    )


def test_html_logo_wall_alt_text_each_a_unit():
    got = [u.text for u in units("html_i4oa_stakeholders.html") if u.kind == "item"]
    assert any(t.endswith("logo") for t in got)


def test_html_supporters_logos_in_a_footer_are_read_but_its_links_are_not(tmp_path):
    # y_html_eu_savetheinternet_coalition_logos.html keeps its coalition's logos in <footer>
    page = tmp_path / "page.html"
    page.write_text(
        "<html><body><p>Our campaign.</p><footer><ul>"
        '<li><a href="https://edri.org/"><img src="edri.gif" alt="EDRi"></a></li>'
        '<li><a href="https://www.accessnow.org"><img src="an.gif" alt="Access Now"></a></li>'
        '<li><a href="https://www.laquadrature.net"><img src="lqdn.gif" alt="La Quadrature du'
        ' Net"></a></li></ul></footer>'
        '<footer><a href="/imprint"><img src="i.gif" alt="Imprint"></a> Contact us</footer>'
        "</body></html>",
        encoding="utf-8",
    )
    items = [u.text for u in read(page).units if u.kind == "item"]
    assert items == ["EDRi", "Access Now", "La Quadrature du Net"]


def test_pdf_two_columns_read_one_after_another():
    # Save the Internet Act letter, read by hand: "Sincerely," then the left column of page 2
    # from 18MillionRising.org down; the right column comes after it, not beside it
    model = read(DOCS / "pdf_save_internet_act_2019.pdf")
    assert model.format == "pdf" and {u.page for u in model.units} == {1, 2, 3}
    texts = [u.text for u in model.units]
    start = texts.index("Sincerely,")
    assert texts[start + 1 : start + 7] == [
        "18MillionRising.org",
        "Access Humboldt",
        "Access Now",
        "The Alliance for Media Arts + Culture",
        "Alternate ROOTS",
        "American Alliance of Museums",
    ]
    assert model.units[start + 1].page == 2


def test_csv_name_column_among_others_and_places():
    got = units("data_tcc_community_open_letter_signatories.csv")
    assert all(u.kind == "record" for u in got)
    assert got[0].line == 2 and got[0].row == 1


def test_json_lists_at_one_depth_are_joined_and_nested_people_never_read():
    got = units("data_berlin_coc_supporters.json")
    text = json.dumps([u.text for u in got])
    # usergroups and conferences both read; contacts (people, phones) inside them are not
    assert "eurucamp" in text and "@" not in text


def test_yaml_nested_organization_name_is_the_signatory_field():
    got = units("data_dpg_sustainability_signatures.yml")
    assert got[0].text == "GlobaLeaks" and got[0].field == "organization name"
    assert got[0].line == 6  # "name: GlobaLeaks" under "organization:" (line 5)


def test_column_can_be_given(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Who,Where\nMedia Alliance,Oakland\n", encoding="utf-8")
    assert [u.text for u in read(path, column="Who").units] == ["Media Alliance"]
    with pytest.raises(InputError, match="no column 'Name'"):
        read(path, column="Name")


def _docx_bytes():
    from docx import Document

    document = Document()
    document.add_heading("Signatories", level=2)
    for name in ("Media Alliance", "Densho"):
        document.add_paragraph(name, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_headings_and_list_items(tmp_path):
    path = tmp_path / "letter.docx"
    path.write_bytes(_docx_bytes())
    got = [(u.kind, u.text) for u in read(path).units]
    assert got == [("heading", "Signatories"), ("item", "Media Alliance"), ("item", "Densho")]


BROKEN = [
    ("cut.pdf", (DOCS / "pdf_save_internet_act_2019.pdf").read_bytes()[:900], "PDF"),
    ("scan.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "PDF"),
    ("cut.docx", _docx_bytes()[:500], "damaged ZIP"),
    ("other.docx", None, "neither a .docx nor an .xlsx"),
    ("none.csv", b"1,2\n3,4\n", "no column names the signatories"),
    ("bad.json", b'[{"name": "A"', "not valid JSON"),
    (
        "bomb.yaml",
        b"a: &a [x, x, x, x, x, x, x, x, x]\n"
        + b"".join(  # a billion laughs: each level is eight of the one before
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 8)}]\n".encode()
            for i in range(9)
        ),
        "not valid YAML",
    ),
    ("late-nul.txt", b"Signed,\n" + b"Org\n" * 20000 + b"\x00", "NUL bytes"),
    ("sheet.xlsx", b"PK\x03\x04" + b"\x00" * 100, "damaged ZIP"),
]


@pytest.mark.parametrize(("name", "data", "problem"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_files_give_one_clear_error(tmp_path, name, data, problem):
    if data is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hi")
        data = buffer.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError) as error:
        read(path)
    assert str(path) in str(error.value) and problem in str(error.value)


def test_a_fifo_is_refused_not_waited_on(tmp_path):
    import os

    path = tmp_path / "pipe"
    os.mkfifo(path)
    with pytest.raises(InputError, match="not a regular file"):
        read(path)


def test_sniffing_prefers_the_bytes_to_the_name():
    assert sniff_format(b"%PDF-1.7", "letter.txt") == "pdf"
    with pytest.raises(InputError, match="PNG"):
        sniff_format(b"\x89PNG\r\n", "list.csv")


def test_markdown_character_references_are_read_once_even_without_their_hash(tmp_path):
    # c_pt_indymedia_15_associacoes_consumo_vigiado.md writes "&8211;" for "&#8211;" (an
    # export lost the '#'); the ';' of a reference must not split a name in two
    page = tmp_path / "carta.md"
    page.write_text(
        "As organizações abaixo assinadas,\n\nAcompanha &8211; Cooperativa de Solidariedade\n\n"
        "APDES &#8211; Agência Piaget para o Desenvolvimento\n\nFight &amp; Win\n",
        encoding="utf-8",
    )
    texts = [u.text for u in read(page).units]
    assert texts[1:] == [
        "Acompanha – Cooperativa de Solidariedade",
        "APDES – Agência Piaget para o Desenvolvimento",
        "Fight & Win",
    ]


def test_pdf_table_of_numbered_names_is_read_down_each_column():
    # y_pdf_in_startups_net_neutrality_2015.pdf, page 4 read by hand: four columns of
    # "number | name"; the numbers are the list's, "Eko India Financial" wraps onto a second
    # line of its cell ("Services") and "Design2Occupancy Services" runs close to "155"
    texts = [u.text for u in read(DOCS / "y_pdf_in_startups_net_neutrality_2015.pdf").units]
    start = texts.index("1 34 Cross")
    assert texts[start : start + 5] == [
        "1 34 Cross",
        "2 48 Arts and Crafts",
        "3 7Halo",
        "4 7Prosper",
        "5 Accrete Globus Technology",
    ]
    eko = texts.index("116 Eko India Financial")
    assert texts[eko + 1 : eko + 3] == ["Services", "117 Elitelogics"]
    assert "106 Design2Occupancy Services" in texts and "155 Gamiana" in texts


def test_pdf_white_space_across_the_page_ends_a_run_of_columns():
    # pdf_five_eyes_encryption_2017.pdf, page 3 read by hand: two columns of organisations,
    # then the heading "Individuals" and two columns of people; the people come after both
    # columns of organisations, not inside the second
    model = read(DOCS / "pdf_five_eyes_encryption_2017.pdf")
    texts = [u.text for u in model.units]
    heading = texts.index("Individuals")
    assert texts.index("World Privacy Forum") < heading
    assert texts.index("International Civil Liberties Monitoring Group (ICLMG)") < heading
    assert texts[heading + 1].startswith("Brian Behlendorf |")
    assert texts[heading + 2] == "Foundation"  # the wrapped rest of his line, in his column


def test_pdf_justified_line_with_wide_spaces_is_one_line():
    # z2_pdf_de_plattformen_brief_logo_sidebar.pdf, page 2, first line: justified German prose
    # whose seven words stand far apart beside the logo column
    got = [u for u in units("z2_pdf_de_plattformen_brief_logo_sidebar.pdf") if u.page == 2]
    texts = [u.text for u in got]
    assert "regulatorischer Lücken und die gezielte Stärkung von" in texts
    assert "und" not in texts and "Lücken" not in texts


def test_rows_signed_as_individuals_are_people_each_and_keep_no_institution_out(tmp_path):
    # data_investinopen_supporters.csv, rows 4, 6 and 25 (lines 5, 7, 26): Raym Crow signs
    # "Myself" with SPARC as affiliation, Heather Joseph signs for SPARC ("My
    # Institution"), Nick Shockey signs "Myself" with SPARC. Read off the file: one
    # organisation (SPARC, line 3 here) and two individuals, each a person of their own
    from netlib.parse import parse_letter

    path = DOCS / "data_investinopen_supporters.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    chosen = [lines[0], lines[4], lines[6], lines[25]]
    assert [row.split(",")[1] for row in chosen[1:]] == ["Raym", "Heather", "Nick"]
    cut = tmp_path / "supporters.csv"
    cut.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    document = read(cut, column="Organization")
    result = parse_letter(document.lines, units=document.units)
    assert [(e.line, e.kind, e.name) for e in result.entries] == [
        (2, "person", None),
        (3, "organisation", "SPARC"),
        (4, "person", None),
    ]
    assert result.rejected == []


def test_a_converters_comment_header_on_a_text_file_is_metadata():
    # x_greenpeace_chemical_security_testimony_2010.txt lines 1-3: "# Archivo original:
    # dollars-vs-democracy-2.pdf", "# Tipo: .PDF", "# Procesado el: Sat Oct 11 ..." above
    # the text a converter extracted; line 5 is the letterhead's address (read by hand)
    document = read(DOCS / "x_greenpeace_chemical_security_testimony_2010.txt")
    assert [u.kind for u in document.units[:5]] == ["skip", "skip", "skip", "line", "line"]
    assert document.units[4].text.startswith("702 H Street")


def test_one_comment_line_or_a_heading_without_a_value_is_not_a_header(tmp_path):
    path = tmp_path / "letter.txt"
    path.write_text("# Signatories:\n# Oakland Privacy\nMijente\n", encoding="utf-8")
    assert {u.kind for u in read(path).units} == {"line"}
    path.write_text("# Title: Stop it\nDear CEO,\n", encoding="utf-8")
    assert {u.kind for u in read(path).units} == {"line"}


def test_a_br_inside_html_kept_in_markdown_breaks_the_line():
    # w_md_crma_rejection_letter_eu.md line 227: "We look forward to reading your reply and
    # remain<br />Yours sincerely," inside a <p>: a browser shows two lines
    document = read(DOCS / "w_md_crma_rejection_letter_eu.md")
    assert [u.text.strip() for u in document.units if u.line == 227] == [
        "We look forward to reading your reply and remain",
        "Yours sincerely,",
    ]


def test_a_page_laid_out_in_a_table_is_read_as_its_paragraphs():
    # w_html_pt_no_pride_in_genocide_europride.html: the article sits in a <td> of layout
    # tables, its signers one <p> each after "<p>Subscrevem*:</p>" (line 205)
    document = read(DOCS / "w_html_pt_no_pride_in_genocide_europride.html")
    assert {u.kind for u in document.units if 205 <= u.line <= 210} == {"para"}
    assert [u.text for u in document.units if u.line == 207] == ["Algarve pela Palestina"]


def test_a_header_in_two_languages_names_the_column_and_a_type_column_is_skipped():
    # w_md_ngi_eu_must_keep_funding_free_software.md line 68: "| Nom / Name | Statut /
    # Organization type | Pays / Country | Lien vers la publication / Link to publication |"
    document = read(DOCS / "w_md_ngi_eu_must_keep_funding_free_software.md")
    records = [u for u in document.units if u.kind == "record"]
    assert records[0].text == "petites singularités"
    assert records[0].location == "Belgique"
    kinds = {u.text: u.person for u in records}
    assert kinds["NixOS Foundation"] is False  # "Foundation"
    assert kinds["Kuchenmampfer"] is True  # "Free software user and contributor"
    assert kinds["Jorge Sánchez Cortés"] is True  # "Mathematician, Scientist, Free software user"


def test_a_side_column_and_a_menu_marked_by_their_class_are_chrome():
    # w_html_pt_ic20_almada_peticao.html: the site's menu (<div class="nav-section">) and
    # its list of sister sites in the left column (<td class="left-column">: "indymedia.org",
    # "Argentina", "Athens", ...) are the page's chrome; the petition's signers are not
    document = read(DOCS / "w_html_pt_ic20_almada_peticao.html")
    kinds = {u.text: u.kind for u in document.units}
    assert kinds["Athens"] == "skip"
    assert kinds["publish"] == "skip"
    assert all(u.kind == "skip" for u in document.units if u.text == "Argentina")


def test_a_class_on_the_body_never_makes_the_page_chrome(tmp_path):
    # html_cdl_ill_signatories.html has <body class="... navbar-is-fixed-top ...">
    path = tmp_path / "page.html"
    path.write_text(
        '<html><body class="page navbar-is-fixed-top"><nav class="navbar">Home</nav>'
        "<h2>Signatories</h2><ul><li>Boston Library Consortium</li>"
        "<li>Bryn Mawr College Libraries</li></ul></body></html>",
        encoding="utf-8",
    )
    shown = [(u.kind, u.text) for u in read(path).units if u.kind != "skip"]
    assert shown == [
        ("heading", "Signatories"),
        ("item", "Boston Library Consortium"),
        ("item", "Bryn Mawr College Libraries"),
    ]


def test_a_table_of_individuals_marks_its_rows_as_people():
    # w_md_in_aarogya_setu_joint_representation.md line 108: "| Individual Name |
    # Profession/Affiliation |" over 106 people ("| Irfan Engineer | Director, Centre for
    # Study of Society and Secularism |", line 140)
    document = read(DOCS / "w_md_in_aarogya_setu_joint_representation.md")
    rows = [u for u in document.units if u.kind == "record" and u.line > 108]
    assert len(rows) == 106
    assert all(u.person is True for u in rows)
    assert [u.text for u in rows if u.line == 140] == ["Irfan Engineer"]


def test_a_pandoc_grid_table_gives_one_record_a_row():
    # w_md_eu_acta_open_letter_grid_table.md lines 63-304: "+---+---+" borders, a logo in
    # the left cell and "[AK DATEN" / "E.V.](http://www.ak-daten.de) -" / "Germany\" then a
    # description in the right one; the logo's URL wraps inside a word (read by hand)
    document = read(DOCS / "w_md_eu_acta_open_letter_grid_table.md")
    records = [(u.line, u.text) for u in document.units if u.kind == "record"]
    assert records[:3] == [
        (64, "AK DATEN E.V. - Germany"),
        (76, "April - France"),
        (83, "ASIC - France"),
    ]
    assert len(records) == 26
    assert records[-1] == (284, "U.S. PIRG - USA")
    lines = {u.line for u in document.units if 63 <= u.line <= 304 and u.kind != "skip"}
    assert lines == {line for line, _ in records}  # borders and wrapped lines are layout


def test_lines_that_only_look_like_a_grid_table_are_read_as_text(tmp_path):
    path = tmp_path / "letter.md"
    path.write_text("Signed,\n\n+---+\n\n- Oakland Privacy\n- Mijente\n", encoding="utf-8")
    units = read(path).units
    assert [u.text for u in units if u.kind == "item"] == ["- Oakland Privacy", "- Mijente"]
