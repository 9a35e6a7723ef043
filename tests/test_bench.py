"""Tests of netlib.dev.bench: it runs and reports the documented shape (no timing assertions)."""

import json
from itertools import combinations

import pandas as pd
import pytest

from netlib.cli import main
from netlib.dev import bench, bench_report, synth


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny")
    synth.write(synth.generate(80, 15, 300, seed=2), folder)
    return folder


def test_bench_json_shape(tiny, capsys):
    assert main(["bench", "--data", str(tiny), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    # the counts, against the corpus's own file: its rows, and its co-signing pairs by brute force
    signatures = pd.read_csv(tiny / "signatures.csv", dtype=str)
    assert result["signatures"] == len(signatures)
    pairs = {
        pair
        for orgs in signatures.groupby("campaign_id")["org_id"].unique()
        for pair in combinations(sorted(orgs), 2)
    }
    assert isinstance(result["pairs"], int) and result["pairs"] == len(pairs) > 0
    for stage in (
        "load_tables",
        "biadjacency",
        "projection",
        "pagerank",
        "clusters",
        "backbone",
        "exports",
    ):
        assert {"seconds", "peak_mb"} <= set(result["stages"][stage]), stage
    assert result["stages"]["projection"]["pairs"] == result["pairs"]
    comparison = result["comparisons"]["projection_vs_bare_spgemm"]
    assert comparison["bare_seconds"] >= 0 and comparison["projection_seconds"] >= 0
    measures = result["comparisons"]["implicit_vs_materialised"]
    assert set(measures) == {"strength", "pagerank", "eigenvector"}
    assert measures["pagerank"]["max_abs_difference"] < 1e-9
    assert result["baseline"] is None
    assert result["compile_seconds"] >= 0
    assert result["machine"]["cores"] >= 1


def test_bench_with_networkx_baseline_and_markdown(tiny, tmp_path):
    result = bench.run(tiny, baseline="networkx", baseline_timeout=120)
    baseline = result["baseline"]
    assert baseline["library"] == "networkx"
    assert not baseline["timed_out"]
    assert baseline["steps"]["projection"]["pairs"] == result["pairs"]
    assert set(baseline["speedup"]) == {"projection", "pagerank", "clusters"}
    text = bench_report.format_markdown(result)
    assert "| projection |" in text and "networkx baseline" in text
    out = bench_report.write_benchmarks_md({"S": result}, tmp_path / "BENCHMARKS.md")
    assert "## Targets" in out.read_text(encoding="utf-8")


def test_bench_baseline_cap_reports_what_was_reached(tiny):
    result = bench.run(tiny, baseline="networkx", baseline_timeout=0.01)
    assert result["baseline"]["timed_out"]
    assert result["baseline"]["unfinished"]


def test_bench_refuses_missing_data(tmp_path, capsys):
    assert main(["bench", "--data", str(tmp_path / "nothing")]) == 2
