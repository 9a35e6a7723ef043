"""The HTML reports in real headless Chromium: images load, no error, the network view works.

The reports are generated into a temporary folder by :func:`netlib.report.run_reports` (once
per session: the ``seed_reports`` fixture of conftest.py) and opened through ``file://`` URLs,
under the Content-Security-Policy they carry (inline scripts and styles only, images as data
URIs). Skipped, with the reason, where Debian's ``chromium`` package or Python's playwright is
missing.
"""

from pathlib import Path

import pytest

from netlib.report import list_notebooks
from netlib.tables import read_table

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
