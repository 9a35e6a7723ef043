"""The HTML reports in real headless Chromium: images load, no error, the network view works.

The reports are generated into a temporary folder by :func:`netlib.present.report.run_reports` (once
per session: the ``seed_reports`` fixture of conftest.py) and opened through ``file://`` URLs,
under the Content-Security-Policy they carry (inline scripts and styles only, images as data
URIs). Skipped, with the reason, where Debian's ``chromium`` package or Python's playwright is
missing.
"""

from pathlib import Path

import pytest

from netlib.io.tables import read_table
from netlib.present.report import list_notebooks

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not CHROMIUM.is_file(),
        reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
    ),
]


@pytest.fixture(scope="module")
def reports(seed_reports):
    return seed_reports.reports


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


def _open(browser, page_path):
    """Open a report; return the page and the console errors and page errors it raised."""
    page = browser.new_page()
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(f"console {message.type}: {message.text}")
            if message.type == "error"
            else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "request",
        lambda request: (
            problems.append(f"network request: {request.url}")
            if not request.url.startswith(("file:", "data:", "about:"))
            else None
        ),
    )
    page.goto(page_path.as_uri(), wait_until="load")
    return page, problems


def _report_pages():
    return ["index", *(notebook.stem for notebook in list_notebooks())]


@pytest.mark.parametrize("stem", _report_pages())
def test_report_loads_every_image_without_any_error(browser, reports, stem):
    page, problems = _open(browser, reports / f"{stem}.html")
    try:
        broken = page.evaluate(
            "Array.from(document.images)"
            ".filter(img => !img.complete || img.naturalWidth === 0)"
            ".map(img => img.src.slice(0, 60))"
        )
        assert broken == []
        if stem != "index":
            assert page.evaluate("document.images.length") > 0, "a report without a figure"
        assert page.title()
        assert problems == []
    finally:
        page.close()


def test_interactive_network_view_draws_and_reacts(browser, reports):
    page, problems = _open(browser, reports / "1-who-is-central.html")
    try:
        view = page.locator("#nv-fig1-network")
        assert view.count() == 1
        assert view.get_attribute("data-ready") == "1", "the inline script did not run"
        circles = page.locator("#nv-fig1-network svg.nv-svg circle")
        squares = page.locator("#nv-fig1-network svg.nv-svg rect")
        assert circles.count() > 0 and squares.count() > 0
        # hover a campaign square: it and its neighbours are highlighted, the rest dimmed
        info = page.locator("#nv-fig1-network .nv-info")
        assert info.text_content() == ""
        squares.first.hover()
        assert "nv-active" in view.get_attribute("class")
        highlighted = page.locator("#nv-fig1-network .nv-node.nv-on").count()
        assert highlighted >= 2
        assert "(campaign)" in info.text_content()
        # clicking pins the highlight; moving away keeps it; clicking again releases it
        squares.first.click()
        page.mouse.move(1, 1)
        assert "nv-active" in view.get_attribute("class")
        squares.first.click()
        page.mouse.move(1, 1)
        assert "nv-active" not in view.get_attribute("class")
        # the search box dims what does not match
        page.fill("#nv-fig1-network-filter", "fight for the future")
        assert page.locator("#nv-fig1-network .nv-node.nv-match").count() == 1
        assert "1 match" in info.text_content()
        # dragging a node moves it and the ends of its links
        node = circles.first
        before = node.get_attribute("cx")
        box = node.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.mouse.down()
        page.mouse.move(box["x"] + 60, box["y"] + 40, steps=5)
        page.mouse.up()
        assert node.get_attribute("cx") != before
        assert problems == []
    finally:
        page.close()


def _node_index(page, view, label):
    """The index of the node labelled ``label`` in a view's data block."""
    return page.evaluate(
        "([view, label]) => JSON.parse(document.getElementById(view + '-data').textContent)"
        ".labels.indexOf(label)",
        [view, label],
    )


def test_hovering_a_node_and_a_link_cites_the_documents_and_lines(browser, reports, seed_corpus):
    sig = read_table(seed_corpus.processed / "signatures.csv")
    titles = read_table(seed_corpus.processed / "campaigns.csv").set_index("campaign_id")
    fftf = sig[sig.org_id == "fight-for-the-future"]
    # by hand: the 2019 letter (004, line 50) and the Fortune article on the NYPD letter (002,
    # line 23, a sentence naming a person, who is left out)
    assert sorted(zip(fftf.doc_id, fftf.line, strict=True)) == [
        ("002_a6c1a823f457a332", 23),
        ("004_a2b6e4d5bf6c8316", 50),
    ]
    page, problems = _open(browser, reports / "1-who-is-central.html")
    try:
        view = "nv-fig1-network"
        panel = page.locator(f"#{view} .nv-evidence")
        node = _node_index(page, view, "Fight for the Future")
        assert node >= 0
        page.locator(f"#{view}-n{node}").hover()
        cited = panel.text_content()
        assert "(004_a2b6e4d5bf6c8316), line 50: \u201cFight for the Future\u201d" in cited
        assert "(002_a6c1a823f457a332), line 23: \u201c[…] that signed the letter include " in cited
        assert "Sharpton" not in cited and "<" not in cited
        # the link to the NYPD letter's campaign cites the article's line only
        campaign = _node_index(page, view, titles.at["2020-06-microsoft-nypd-das", "title"])
        edges = page.evaluate(
            f"JSON.parse(document.getElementById('{view}-data').textContent).edges"
        )
        link = edges.index(sorted([node, campaign]))
        page.mouse.move(1, 1)
        hit = page.locator(f"#{view}-h{link}")
        hit.scroll_into_view_if_needed()
        x1, y1, x2, y2 = (float(hit.get_attribute(a)) for a in ("x1", "y1", "x2", "y2"))
        # a point of the link away from both ends (nodes are drawn over the link's ends)
        screen = page.evaluate(
            f"""([x, y]) => {{
                const svg = document.querySelector('#{view} svg.nv-svg');
                const p = svg.createSVGPoint(); p.x = x; p.y = y;
                const q = p.matrixTransform(svg.getScreenCTM());
                return [q.x, q.y];
            }}""",
            [x1 + 0.4 * (x2 - x1), y1 + 0.4 * (y2 - y1)],
        )
        page.mouse.move(*screen)
        info = page.locator(f"#{view} .nv-info").text_content()
        nypd = titles.at["2020-06-microsoft-nypd-das", "title"]
        assert f"{nypd} \u2013 Fight for the Future: 1 campaign in common" in info
        cited = panel.text_content()
        assert "Fight for the Future: " in cited and "(002_a6c1a823f457a332), line 23:" in cited
        assert "line 50" not in cited
        assert problems == []
    finally:
        page.close()


def test_table_rows_link_to_the_evidence_appendix(browser, reports):
    page, problems = _open(browser, reports / "1-who-is-central.html")
    try:
        link = page.locator("td a[href^='evidence.html#org-']").first
        org_id = link.text_content()
        link.click()
        page.wait_for_load_state("load")
        assert page.url.endswith(f"evidence.html#org-{org_id}")
        entry = page.locator(f"section[id='org-{org_id}']")
        assert entry.count() == 1 and ", line " in entry.text_content()
        assert problems == []
    finally:
        page.close()


def test_campaign_titles_show_exactly_as_written(browser, reports, seed_corpus):
    # the titles with an apostrophe showed as "employees&#x27; petition" (escaped twice)
    campaigns = read_table(seed_corpus.processed / "campaigns.csv")
    quoted = {title for title in campaigns["title"] if "'" in title}
    assert quoted, "the seed corpus has titles with an apostrophe"
    page, problems = _open(browser, reports / "0-corpus-overview.html")
    try:
        shown = set(page.locator("li strong").all_text_contents())
        assert quoted <= shown
        assert not [text for text in shown if "&#" in text or "&amp;" in text]
        assert problems == []
    finally:
        page.close()
