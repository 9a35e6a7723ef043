"""The notebooks: stored clean, executed by papermill with default and other parameters, nbval.

These run real kernels, so they are marked ``slow`` (``make test-fast`` skips them).
"""

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from netlib import paths
from netlib.build import build_corpus
from netlib.report import _declared_parameters, list_notebooks, run_reports
from netlib.tables import read_table

NOTEBOOKS = list_notebooks()


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    out = tmp_path_factory.mktemp("nb") / "processed"
    build_corpus(out_dir=out)
    return out


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_stored_without_outputs_and_with_the_python3_kernel(notebook):
    nb = nbformat.read(notebook, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for index, cell in enumerate(nb.cells):
        assert cell["id"] == f"cell-{index}", "cell ids are fixed so diffs stay readable"
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, (notebook.name, index)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    assert {"data_dir", "output_dir", "fig_format"} <= _declared_parameters(notebook)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


@pytest.mark.slow
def test_report_with_default_parameters_writes_every_report_and_figure(processed, tmp_path):
    reports, figures = tmp_path / "reports", tmp_path / "figures"
    run_reports(data_dir=processed, reports_dir=reports, figures_dir=figures)
    for notebook in NOTEBOOKS:
        assert (reports / f"{notebook.stem}.html").is_file()
        assert (reports / notebook.name).is_file()
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{nb.stem}.html"' in index for nb in NOTEBOOKS)
    # each figure has the CSV of its data beside it
    svgs = sorted(figures.glob("*.svg"))
    assert svgs and all(svg.with_suffix(".csv").is_file() for svg in svgs)
    # the overview's figure data, checked against the curated campaigns by hand:
    # the NYPD letter reports exactly 18 groups and names 6 (002 lines 5, 7, 23)
    named = read_table(figures / "fig0_named_vs_reported.csv").set_index("campaign_id")
    assert named.at["2020-06-microsoft-nypd-das", "named_organisations"] == 6
    assert named.at["2020-06-microsoft-nypd-das", "reported_signatories"] == 18
    timeline = read_table(figures / "fig0_campaign_timeline.csv")
    assert len(timeline) == 8


@pytest.mark.slow
def test_report_with_other_parameters_uses_them(processed, tmp_path):
    out = tmp_path / "out"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "netlib",
            "report",
            "--data",
            str(processed),
            "--out",
            str(out),
            "-p",
            "fig_format",
            "png",
        ],
        check=True,
        capture_output=True,
    )
    figures = out / "figures"
    assert sorted(figures.glob("*.png")) and not sorted(figures.glob("*.svg"))
    executed = nbformat.read(out / "reports" / NOTEBOOKS[0].name, as_version=4)
    injected = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert 'fig_format = "png"' in injected[0].source


@pytest.mark.slow
def test_reports_are_byte_identical_across_runs(processed, tmp_path):
    # the same data and parameters, written to the same place twice: not one byte differs
    reports, figures = tmp_path / "reports", tmp_path / "figures"
    digests = []
    for _ in range(2):
        run_reports(data_dir=processed, reports_dir=reports, figures_dir=figures)
        digests.append(
            {
                p.relative_to(tmp_path).as_posix(): p.read_bytes()
                for p in sorted(tmp_path.rglob("*"))
                if p.is_file()
            }
        )
    assert digests[0].keys() == digests[1].keys()
    assert [k for k in digests[0] if digests[0][k] != digests[1][k]] == []


@pytest.mark.slow
def test_nbval_runs_every_notebook():
    # nbval executes the stored notebooks in a kernel; they read the committed data/processed.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--nbval-lax",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "addopts=",
            *map(str, NOTEBOOKS),
        ],
        capture_output=True,
        text=True,
        cwd=paths.REPO_ROOT,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert f"{len(NOTEBOOKS)} passed" in result.stdout or "passed" in result.stdout


def test_notebook_parameters_are_json_literals():
    # papermill injects parameters as Python literals; defaults must be plain values
    for notebook in NOTEBOOKS:
        nb = nbformat.read(notebook, as_version=4)
        cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        for line in cell.source.splitlines():
            if "=" in line and not line.lstrip().startswith("#"):
                value = line.split("=", 1)[1].split("#")[0].strip()
                json.loads(
                    value.replace("None", "null").replace("True", "true").replace("False", "false")
                )


def test_notebooks_call_the_library_and_hold_no_parser():
    for notebook in NOTEBOOKS:
        source = Path(notebook).read_text(encoding="utf-8")
        assert "import re" not in source and "read_document" not in source, notebook.name
