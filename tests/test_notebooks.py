"""The notebooks: stored clean and paired with their py:percent twins, executed by papermill with
default and other parameters.

These run real kernels, so they are marked ``slow`` (``make test-fast`` skips them).
"""

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from netlib import paths
from netlib.io.tables import read_table
from netlib.present.report import _declared_parameters, list_notebooks, run_reports

NOTEBOOKS = list_notebooks()


@pytest.fixture(scope="module")
def processed(seed_corpus):
    return seed_corpus.processed


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
    declared = _declared_parameters(notebook)
    assert {"data_dir", "output_dir", "fig_format"} <= declared
    assert "figures_dir" not in declared  # report.py knows where the figures end up
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.startswith("# ")


def _without_version(text):
    """A py:percent text without its jupytext_version header line (an upgrade changes it)."""
    return "".join(line for line in text.splitlines(True) if "jupytext_version:" not in line)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_each_notebook_has_its_py_percent_twin_in_step(notebook):
    import jupytext

    nb = nbformat.read(notebook, as_version=4)
    assert nb.metadata["jupytext"]["formats"] == "ipynb,py:percent"
    twin = notebook.with_suffix(".py")
    assert twin.is_file(), f"{twin.name} is missing: run `make format`"
    # exactly the text jupytext writes for the notebook: code, Markdown, tags, cell by cell
    expected = jupytext.writes(nb, fmt="py:percent")
    assert _without_version(twin.read_text(encoding="utf-8")) == _without_version(expected), (
        f"{twin.name} and {notebook.name} differ: run `make format` (jupytext --sync)"
    )
    paired = jupytext.read(twin)
    assert [(c.cell_type, c.source) for c in paired.cells] == [
        (c.cell_type, c.source) for c in nb.cells
    ]


@pytest.mark.slow
def test_report_with_default_parameters_writes_every_report_and_figure(seed_reports):
    reports, figures = seed_reports.reports, seed_reports.figures
    # each notebook ran once, every code cell without an error (what nbval --nbval-lax checked
    # by executing them all a second time)
    for notebook in NOTEBOOKS:
        assert (reports / f"{notebook.stem}.html").is_file()
        executed = nbformat.read(reports / notebook.name, as_version=4)
        code = [c for c in executed.cells if c.cell_type == "code"]
        assert code and all(c.execution_count for c in code), notebook.name
        assert not [o for c in code for o in c.outputs if o.output_type == "error"]
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{nb.stem}.html"' in index for nb in NOTEBOOKS)
    # the executed copy names the figures folder, not the staging folder they were written to
    executed = nbformat.read(reports / NOTEBOOKS[0].name, as_version=4)
    (injected,) = [c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert f'output_dir = "{figures}"' in injected.source and ".tmp-" not in injected.source
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
    # who is central: 94 organisations named on 4 campaigns, 5 of them on two campaigns
    # (Fight for the Future, Immigrant Defense Project, Oakland Privacy, MediaJustice, ACLU)
    ranking = pd.read_csv(figures / "fig1_centrality.csv")
    assert len(ranking) == 94
    assert sorted(ranking.loc[ranking["n_campaigns"] == 2, "org_id"]) == [
        "aclu",
        "fight-for-the-future",
        "immigrant-defense-project",
        "mediajustice",
        "oakland-privacy",
    ]
    assert len(pd.read_csv(figures / "fig1_top_organisations.csv")) == 15
    # the backbone: SDSM keeps nothing on the seed corpus, and the notebook says so
    backbone = pd.read_csv(figures / "fig2_backbone.csv").set_index("set")
    assert backbone.at["kept by SDSM", "pairs"] == 0
    html = (reports / "2-co-signing-clusters.html").read_text(encoding="utf-8")
    assert "backbone is <strong>empty</strong>" in html
    # campaign overlap: 89 on the face-surveillance letter, of whom 84 sign nothing else
    upset = pd.read_csv(figures / "fig3_upset.csv")
    assert upset.loc[0, "combination"] == "2019-01-microsoft-face-surveillance"
    assert upset.loc[0, "organisations"] == 84
    # the interactive view is kept, script included, in the HTML report
    central = (reports / "1-who-is-central.html").read_text(encoding="utf-8")
    assert 'id="nv-fig1-network"' in central and central.count("<script") == 2


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


def _run_notebook(stem, tmp_path, processed, **parameters):
    """Execute one notebook with papermill and non-default parameters; return its figures dir."""
    import papermill as pm

    figures = tmp_path / "figures"
    pm.execute_notebook(
        str(paths.NOTEBOOKS_DIR / f"{stem}.ipynb"),
        str(tmp_path / f"{stem}.ipynb"),
        parameters={"data_dir": str(processed), "output_dir": str(figures), **parameters},
        kernel_name="python3",
        cwd=str(paths.NOTEBOOKS_DIR),
        progress_bar=False,
    )
    return figures


@pytest.mark.slow
def test_who_is_central_with_chapters_collapsed_and_other_parameters(processed, tmp_path):
    figures = _run_notebook(
        "1-who-is-central",
        tmp_path,
        processed,
        collapse_chapters=True,
        top_n=5,
        seed=3,
        weighting="jaccard",
        fig_format="png",
    )
    assert len(pd.read_csv(figures / "fig1_top_organisations.csv")) == 5
    assert (figures / "fig1_top_organisations.png").is_file()
    ranking = pd.read_csv(figures / "fig1_centrality.csv").set_index("org_id")
    # the ACLU's affiliates (ACLU Foundations of California, of Massachusetts, of Washington,
    # NYCLU) are folded into "aclu", which keeps its two campaigns
    organisations = read_table(processed / "organisations.csv")
    affiliates = set(organisations.loc[organisations["parent_org_id"] == "aclu", "org_id"])
    assert "aclu-of-massachusetts" in affiliates
    assert not affiliates & set(ranking.index)
    assert ranking.at["aclu", "n_campaigns"] == 2
    assert len(pd.read_csv(figures / "fig1_bridges.csv")) == 5


@pytest.mark.slow
def test_co_signing_clusters_with_other_parameters(processed, tmp_path):
    figures = _run_notebook(
        "2-co-signing-clusters",
        tmp_path,
        processed,
        seed=3,
        top_n=5,
        min_shared=2,
        stability_runs=3,
        backbone_alpha=0.2,
        weighting="count",
    )
    # the top 5 give 5 x 4 ordered pairs in the heatmap's data
    heatmap = pd.read_csv(figures / "fig2_cosigning_heatmap.csv")
    assert len(heatmap) == 20 and heatmap["source"].nunique() == 5
    # min_shared=2 keeps only the 3 pairs among Fight for the Future, Immigrant Defense Project
    # and Oakland Privacy (each on the face-surveillance and NYPD letters)
    counts = pd.read_csv(figures / "fig2_backbone.csv")
    assert counts.loc[0, "pairs"] == 3
    assert counts.loc[1:, "alpha"].tolist() == [0.2, 0.2]
    members = pd.read_csv(figures / "fig2_cluster_membership.csv")
    assert len(members) == 94
    trio = members[members["cluster"] == 0]["org_id"].tolist()
    assert trio == ["fight-for-the-future", "immigrant-defense-project", "oakland-privacy"]


@pytest.mark.slow
def test_campaign_overlap_with_other_parameters(processed, tmp_path):
    figures = _run_notebook(
        "3-campaign-overlap",
        tmp_path,
        processed,
        collapse_chapters=True,
        weighting="overlap",
        top_n=3,
    )
    assert len(pd.read_csv(figures / "fig3_upset.csv")) == 3
    similarity = pd.read_csv(figures / "fig3_campaign_similarity.csv").set_index(
        ["source", "target"]
    )
    # 3 organisations on both the face-surveillance letter and the NYPD letter (6 named):
    # overlap = 3 / min(size, 6) = 0.5
    pair = ("2019-01-microsoft-face-surveillance", "2020-06-microsoft-nypd-das")
    assert similarity.at[pair, "shared"] == 3
    assert similarity.at[pair, "weight"] == 0.5


@pytest.mark.slow
def test_changes_over_time_with_chapters_collapsed(processed, tmp_path):
    figures = _run_notebook(
        "4-changes-over-time", tmp_path, processed, collapse_chapters=True, top_n=2
    )
    changes = pd.read_csv(figures / "fig4_turnover.csv").set_index("campaign_id")
    # the January 2019 letter names 79 organisations once chapters fold into their parents
    # (test_seed_network), among them the ACLU, which organised the 2018 Rekognition demand
    assert changes.loc["2019-01-microsoft-face-surveillance", ["named", "returning"]].tolist() == [
        79,
        1,
    ]
    # Fight for the Future, Immigrant Defense Project, Oakland Privacy (002 line 23) return
    assert changes.loc["2020-06-microsoft-nypd-das", ["named", "returning"]].tolist() == [6, 3]
    # 94 distinct organisations are named; folding chapters removes 10 of them
    assert changes["cumulative"].iloc[-1] == 84
    returning = pd.read_csv(figures / "fig4_returning.csv")
    assert len(returning) == 5  # the CSV keeps every returning organisation; top_n is display


def _digests(*folders):
    return {
        p.relative_to(folder.parent).as_posix(): p.read_bytes()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.mark.slow
def test_reports_are_byte_identical_across_runs(processed, seed_reports):
    # the same data and parameters, written to the same place twice: not one byte differs.
    # The second run goes into the session's reports (the swap puts back identical files).
    reports, figures = seed_reports.reports, seed_reports.figures
    first = _digests(reports, figures)
    run_reports(data_dir=processed, reports_dir=reports, figures_dir=figures)
    second = _digests(reports, figures)
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


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
