"""Report rendering: run-dependent metadata removed, untrusted text escaped, nothing external."""

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from netlib.report import _index_page, normalise_notebook, render_html

HOSTILE = '<img src=x onerror=alert(1)> "quoted" & <script>alert(2)</script>'


def _executed_notebook():
    nb = new_notebook()
    cell = new_code_cell("x = 1", execution_count=1)
    cell.metadata["papermill"] = {"start_time": "2026-01-01T00:00:00", "duration": 1.5}
    cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00"}
    cell.outputs = [new_output("stream", name="stdout", text="1\n")]
    params = new_code_cell('output_dir = "figures/.figures.tmp-abc"')
    params.metadata["tags"] = ["injected-parameters"]
    nb.cells = [new_markdown_cell("# Title"), params, cell]
    nb.metadata["papermill"] = {"start_time": "2026-01-01", "input_path": "/abs/path.ipynb"}
    return nb


def test_normalise_notebook_strips_timestamps_paths_and_random_ids():
    nb = normalise_notebook(_executed_notebook(), {"figures/.figures.tmp-abc": "figures"})
    text = nbformat.writes(nb)
    assert "2026-01-01" not in text and "/abs/path" not in text
    assert [c["id"] for c in nb.cells] == ["cell-0", "cell-1", "cell-2"]
    assert nb.cells[1].source == 'output_dir = "figures"'


def test_html_report_is_self_contained_and_hides_code():
    nb = _executed_notebook()
    nb.cells[2].source = "secret_code_marker = 1"
    page = render_html(normalise_notebook(nb), HOSTILE)
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "secret_code_marker" not in page
    assert "<script>alert(2)" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page
    for external in ('src="http', "src='http", 'href="http', "cdnjs", "mathjax"):
        assert external not in page.lower()


def test_index_page_escapes_titles_and_parameters():
    page = _index_page(
        [
            {
                "title": HOSTILE,
                "html": "0-x.html",
                "ipynb": "0-x.ipynb",
                "parameters": {"label": HOSTILE},
            }
        ],
        {"corpus_version": "<b>v</b>", "documents": 5},
    )
    assert "<script>alert(2)" not in page and "<img src=x" not in page
    assert page.count("&lt;script&gt;alert(2)&lt;/script&gt;") == 2
    assert "&lt;b&gt;v&lt;/b&gt;" in page


def test_index_page_lists_what_the_build_left_out():
    notice = "campaign c<1> has 6 organisations > max_letter_size 5: its 15 pairs are left out"
    page = _index_page([], {"corpus_version": "v", "notices": [notice]})
    assert "<li>campaign c&lt;1&gt; has 6 organisations &gt; max_letter_size 5: its 15" in page
    # a build without notices adds nothing to the page
    assert "notices" not in _index_page([], {"corpus_version": "v", "notices": []})
