"""Report rendering: run-dependent metadata removed, untrusted text escaped, nothing external."""

import subprocess
import sys
from html.parser import HTMLParser

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from netlib.errors import InputError
from netlib.present.plots import escape_markdown
from netlib.present.report import _index_page, normalise_notebook, render_html, run_reports

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


class _StrongText(HTMLParser):
    """The visible text of every ``<strong>`` element, as a browser shows it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts, self._inside = [], False

    def handle_starttag(self, tag, attrs):
        if tag == "strong":
            self._inside = True
            self.texts.append("")

    def handle_endtag(self, tag):
        if tag == "strong":
            self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.texts[-1] += data


def test_a_name_in_a_narrative_cell_shows_exactly_as_written():
    names = [
        "Google employees' petition against Project Maven",  # showed as employees&#x27;
        'The "Quoted" Coalition',
        "AT&T Workers & Friends",
        "<script>alert(1)</script>",
        "#1 *Best* [link](http://x) _under_ `code` | pipe https://eff.org",
        r"Back\slash ~tilde~ {braces} +plus !bang >quote",
    ]
    nb = new_notebook()
    nb.cells = [new_markdown_cell("\n".join(f"- **{escape_markdown(n)}** (2020)" for n in names))]
    page = render_html(nb, "Report")
    parser = _StrongText()
    parser.feed(page)
    assert parser.texts == names
    assert page.count("<a ") == 1  # the page's own "All reports": no name became a link


# --- running notebooks: a quiet kernel, side by side, same files ------------------------------


def _tiny_site(tmp_path, cells):
    """A data folder and a notebooks folder of one-cell notebooks: {stem: code}."""
    data = tmp_path / "processed"
    data.mkdir()
    (data / "signatures.csv").write_text("org_id,campaign_id\n")
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    for stem, code in cells.items():
        params = new_code_cell('data_dir = "data/processed"\noutput_dir = "figures"')
        params.metadata["tags"] = ["parameters"]
        work = new_code_cell(
            f"from pathlib import Path\n{code}\nPath(output_dir, '{stem}.txt').write_text('{stem}')"
        )
        nb = new_notebook(cells=[new_markdown_cell(f"# Report {stem}"), params, work])
        nb.metadata["kernelspec"] = {"name": "python3", "language": "python", "display_name": "Py"}
        nbformat.write(nb, notebooks / f"{stem}.ipynb")
    return data, notebooks


def _run_reports_in_child(data, notebooks, out, jobs):
    code = (
        "import sys; from pathlib import Path; from netlib.present.report import run_reports\n"
        "data, notebooks, out, jobs = sys.argv[1:]\n"
        "run_reports(data_dir=data, reports_dir=Path(out, 'reports'),\n"
        "            figures_dir=Path(out, 'figures'), notebooks_dir=notebooks, jobs=int(jobs))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code, str(data), str(notebooks), str(out), str(jobs)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _files(folder):
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_notebooks_run_side_by_side_give_the_same_files_and_a_quiet_stderr(tmp_path):
    data, notebooks = _tiny_site(tmp_path, {"0-a": "x = 1", "1-b": "x = 2"})
    runs = {}
    for jobs in (1, 2):
        # the same place each time: an executed notebook names the folder of its figures
        proc = _run_reports_in_child(data, notebooks, tmp_path / "out", jobs)
        assert proc.returncode == 0, proc.stderr
        # the kernel's TCP warning and its "KeyboardInterrupt caught" at shutdown are gone
        assert proc.stderr == ""
        runs[jobs] = _files(tmp_path / "out")
    assert runs[1] == runs[2]
    assert runs[2]["figures/0-a.txt"] == b"0-a" and runs[2]["figures/1-b.txt"] == b"1-b"
    assert "reports/1-b.html" in runs[2] and "reports/index.html" in runs[2]


def test_a_failing_notebook_run_side_by_side_is_one_error_and_no_output(tmp_path):
    data, notebooks = _tiny_site(tmp_path, {"0-a": "x = 1", "1-b": "raise ValueError('bad')"})
    with pytest.raises(InputError, match=r"1-b.ipynb: failed in cell \d+: ValueError: bad"):
        run_reports(
            data_dir=data,
            reports_dir=tmp_path / "out" / "reports",
            figures_dir=tmp_path / "out" / "figures",
            notebooks_dir=notebooks,
            jobs=2,
        )
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == []


def test_report_refuses_fewer_than_one_job_before_any_work(tmp_path):
    for jobs in (0, -1):
        with pytest.raises(InputError, match=rf"--jobs {jobs}: the number of notebooks run at"):
            run_reports(data_dir=tmp_path, reports_dir=tmp_path / "reports", jobs=jobs)
    assert list(tmp_path.iterdir()) == []


def test_index_page_lists_what_the_build_left_out():
    notice = "campaign c<1> has 6 organisations > max_letter_size 5: its 15 pairs are left out"
    page = _index_page([], {"corpus_version": "v", "notices": [notice]})
    assert "<li>campaign c&lt;1&gt; has 6 organisations &gt; max_letter_size 5: its 15" in page
    # a build without notices adds nothing to the page
    assert "notices" not in _index_page([], {"corpus_version": "v", "notices": []})
