"""``netlib bench``: time every stage of the analysis on a processed corpus, in one process.

Stages, in order: load the tables, build the biadjacency, project (count weighting, compiled
kernel), PageRank (implicit, through the biadjacency), the clustering projection and its
clusters, the SDSM backbone and the exports. Then, in the same process, the comparisons: a bare
scipy ``B @ B.T`` on the same matrix against the projection, and the measures computed on the
materialised projection against the implicit ones. ``--baseline networkx`` runs the plain
networkx path (``bipartite.weighted_projected_graph``, ``nx.pagerank``, Louvain) in a child
process killed at ``--baseline-timeout`` seconds, and reports how far it got.

Memory: ``peak_mb`` is the growth of the process's resident set size (RSS) during a stage over
its value when the stage started, sampled from ``/proc/self/statm`` every 5 ms and completed by
the kernel's high-water mark (``ru_maxrss``) when that rose during the stage. RSS, not
tracemalloc: numba's and scipy's native allocations are not all visible to tracemalloc.
``rss_mb`` is the stage's absolute peak. Timings leave out numba's compilation (or cache load),
reported as ``compile_seconds``.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from netlib.errors import InputError

__all__ = [
    "machine",
    "repeat_projection",
    "run",
    "run_build",
]

#: The clustering projection: Newman weights, letters above 1,000 left out, pairs sharing at
#: least two campaigns (the big-letters policy of netlib.network.projection.project).
CLUSTER_PROJECTION = {"weighting": "newman", "max_letter_size": 1000, "min_shared": 2}
CLUSTER_METHOD = "louvain-sknetwork"
#: Above these sizes a stage is skipped (and says so) rather than run for minutes.
BACKBONE_MAX_PAIRS = 5_000_000
EXPORTS_MAX_SIGNATURES = 100_000
MATERIALISED_MAX_PAIRS = 60_000_000
REPEATS = 2

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def _rss_bytes():
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except OSError:  # pragma: no cover - not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _maxrss_bytes():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


class _Sampler:
    """Peak RSS between start() and stop(), sampled in a thread every 5 ms."""

    def __init__(self, interval=0.005):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = None

    def __enter__(self):
        self.peak = _rss_bytes()
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, _rss_bytes())

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, _rss_bytes())


@contextmanager
def _stage(stages, name, **extra):
    record = {}
    start_rss, start_max = _rss_bytes(), _maxrss_bytes()
    with _Sampler() as sampler:
        start = time.perf_counter()
        yield record
        seconds = time.perf_counter() - start
    peak = sampler.peak
    end_max = _maxrss_bytes()
    if end_max > start_max:
        peak = max(peak, end_max)
    stages[name] = {
        "seconds": round(seconds, 4),
        "peak_mb": round(max(peak - start_rss, 0) / 2**20, 1),
        "rss_mb": round(peak / 2**20, 1),
        **extra,
        **record,
    }


#: Calls under this many seconds are repeated up to :data:`QUICK_REPEATS` times: a timing of a
#: few milliseconds is mostly scheduler noise, and repeating it costs nothing.
QUICK_SECONDS = 0.05
QUICK_REPEATS = 9


def _best(function, repeats=REPEATS):
    """Best and all wall times of ``repeats`` calls (results dropped between calls).

    Calls quicker than :data:`QUICK_SECONDS` are repeated :data:`QUICK_REPEATS` times.
    """
    times = []
    while len(times) < repeats or (len(times) < QUICK_REPEATS and max(times) < QUICK_SECONDS):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
        del result
    return min(times), times


def run(data, *, baseline=None, baseline_timeout=120.0):
    """Time each stage of the pipeline on the processed tables in ``data``.

    Parameters
    ----------
    data : str or Path
        A folder with the five processed tables (e.g. written by ``netlib synth``).
    baseline : {None, "networkx"}
        Also run the plain networkx path in a child process.
    baseline_timeout : float
        Seconds after which the networkx child is stopped; what it reached is reported.

    Returns
    -------
    dict
        ``{"signatures", "organisations", "campaigns", "pairs", "stages": {name: {"seconds",
        "peak_mb", "rss_mb", ...}}, "comparisons": {...}, "baseline": {...} or None,
        "compile_seconds", "pipeline_peak_mb", "machine": {...}}``.

    Examples
    --------
    >>> from netlib.network.graph import biadjacency
    >>> import tempfile
    >>> from netlib.dev import synth
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = synth.write(synth.generate(60, 12, 200, seed=0), folder)
    ...     result = run(folder)
    >>> result["signatures"] > 0, sorted(result["stages"])[:3]
    (True, ['backbone', 'biadjacency', 'cluster_projection'])
    """
    from netlib.analysis.centrality import (
        eigenvector,
        eigenvector_implicit,
        pagerank,
        pagerank_implicit,
        strength_implicit,
    )
    from netlib.analysis.communities import clusters
    from netlib.io.tables import load_tables
    from netlib.network import kernels
    from netlib.network.backbone import sdsm
    from netlib.network.graph import biadjacency
    from netlib.network.projection import letter_pairs, project
    from netlib.present.export import write_graph_exports

    data = Path(data)
    if baseline not in (None, "networkx"):
        raise InputError("netlib bench", f"--baseline {baseline!r}: only 'networkx'")
    stages, comparisons = {}, {}
    compile_seconds = kernels.warm_up()

    with _stage(stages, "load_tables"):
        tables = load_tables(data)
    with _stage(stages, "biadjacency") as record:
        bi = biadjacency(tables)
        record["shape"] = list(bi.shape)
        record["nnz"] = int(bi.matrix.nnz)
    counts = {name: len(tables[name]) for name in ("signatures", "organisations", "campaigns")}
    n_signatures = counts["signatures"]
    if n_signatures > EXPORTS_MAX_SIGNATURES:
        tables = None  # only the exports need the tables again: free them
    with _stage(stages, "projection", weighting="count", engine="numba") as record:
        projection = project(bi, weighting="count")
        record["pairs"] = projection.n_edges
    pairs = projection.n_edges
    with _stage(stages, "pagerank", method="implicit (B (Bᵀ x) minus diagonal), count"):
        scores = pagerank_implicit(bi)
    if pairs > MATERIALISED_MAX_PAIRS:
        projection = None  # only the materialised comparisons need it again: free it
    with _stage(stages, "cluster_projection", **CLUSTER_PROJECTION) as record:
        cluster_graph = project(bi, **CLUSTER_PROJECTION)
        record["pairs"] = cluster_graph.n_edges
        record["letters_dropped"] = cluster_graph.params["letters_dropped"]
    with _stage(stages, "clusters", method=CLUSTER_METHOD, seed=0) as record:
        frame = clusters(cluster_graph, seed=0, method=CLUSTER_METHOD)
        record["n_clusters"] = int(frame["cluster"].max() + 1) if len(frame) else 0
        record["modularity"] = round(float(frame.attrs["modularity"]), 4)
    del frame, cluster_graph
    if pairs <= BACKBONE_MAX_PAIRS:
        with _stage(stages, "backbone", method="sdsm") as record:
            result = sdsm(bi)
            record["kept"] = int(result.params["n_kept"])
        del result
    else:
        stages["backbone"] = {"skipped": f"{pairs} pairs > {BACKBONE_MAX_PAIRS}"}
    if tables is not None and pairs <= BACKBONE_MAX_PAIRS:
        with tempfile.TemporaryDirectory() as folder:
            with _stage(stages, "exports", files="graphml, gexf, cosigning.csv"):
                write_graph_exports(tables, folder)
    else:
        stages["exports"] = {
            "skipped": f"{n_signatures} signatures / {pairs} pairs: above "
            f"{EXPORTS_MAX_SIGNATURES} / {BACKBONE_MAX_PAIRS}"
        }
    pipeline_peak = _maxrss_bytes()
    end_to_end = sum(
        stages[name].get("seconds", 0.0)
        for name in ("projection", "pagerank", "cluster_projection", "clusters")
    )

    # --- comparisons, same process, same matrix -------------------------------------------
    implicit = {}
    implicit["strength"], _ = _best(lambda: strength_implicit(bi))
    implicit["pagerank"], _ = _best(lambda: pagerank_implicit(bi))
    implicit["eigenvector"], _ = _best(lambda: eigenvector_implicit(bi))
    measures = {name: {"implicit_seconds": round(t, 4)} for name, t in implicit.items()}
    if pairs <= MATERIALISED_MAX_PAIRS:
        materialised = {}
        materialised["strength"], _ = _best(
            lambda: np.asarray(projection.symmetric().sum(axis=1)).ravel()
        )
        start = time.perf_counter()
        reference = pagerank(projection)
        materialised["pagerank"] = time.perf_counter() - start
        materialised["eigenvector"], _ = _best(lambda: eigenvector(projection), repeats=1)
        for name, seconds in materialised.items():
            measures[name]["materialised_seconds"] = round(seconds, 4)
            measures[name]["speedup"] = round(seconds / implicit[name], 1)
        measures["pagerank"]["max_abs_difference"] = float(np.abs(reference - scores).max())
    else:
        for name in measures:
            measures[name]["materialised_seconds"] = None
            measures[name]["skipped"] = f"{pairs} pairs > {MATERIALISED_MAX_PAIRS}"
    comparisons["implicit_vs_materialised"] = measures
    big = letter_pairs(bi)
    comparisons["letter_pairs"] = {
        "pair_incidences": int(big["pairs"].sum()),
        "largest_letter": int(big["size"].iloc[0]) if len(big) else 0,
        "largest_letters_share_top10": round(float(big["share"].head(10).sum()), 4),
    }
    projection = None  # free it before the bare product and the baseline
    matrix = bi.matrix
    bare, bare_runs = _best(lambda: matrix @ matrix.T)
    ours, ours_runs = _best(lambda: project(bi, weighting="count"))
    comparisons["projection_vs_bare_spgemm"] = {
        "bare_seconds": round(bare, 4),
        "bare_runs": [round(t, 4) for t in bare_runs],
        "projection_seconds": round(ours, 4),
        "projection_runs": [round(t, 4) for t in ours_runs],
        "speedup": round(bare / ours, 2) if ours else None,
        "note": f"best of {len(bare_runs)} and {len(ours_runs)} runs, after the pipeline "
        "(which had freed its projection)",
    }

    result = {
        "data": str(data),
        "signatures": n_signatures,
        "organisations": counts["organisations"],
        "campaigns": counts["campaigns"],
        "pairs": int(pairs),
        "stages": stages,
        "end_to_end_seconds": round(end_to_end, 3),
        "pipeline_peak_mb": round(pipeline_peak / 2**20, 1),
        "compile_seconds": round(compile_seconds, 3),
        "comparisons": comparisons,
        "baseline": None,
        "machine": machine(),
    }
    tables = bi = None
    if baseline == "networkx":
        result["baseline"] = _networkx_baseline(data, baseline_timeout)
        _baseline_ratios(result)
    return result


# --- networkx baseline ------------------------------------------------------------------------


def _networkx_child(data):
    """Run in a child process: the plain networkx path, one JSON line per finished step."""
    import networkx as nx
    from networkx.algorithms import bipartite

    from netlib.io.tables import read_table

    def done(step, start, **extra):
        # the parent reads one JSON line per finished step from this child's stdout
        sys.stdout.write(
            json.dumps({"step": step, "seconds": time.perf_counter() - start, **extra})
        )
        sys.stdout.write("\n")
        sys.stdout.flush()

    start = time.perf_counter()
    signatures = read_table(Path(data) / "signatures.csv")
    edges = signatures[["org_id", "campaign_id"]].drop_duplicates()
    graph = nx.Graph()
    orgs = sorted(set(edges["org_id"]))
    graph.add_nodes_from(orgs, bipartite=0)
    graph.add_nodes_from(sorted(set(edges["campaign_id"])), bipartite=1)
    graph.add_edges_from(zip(edges["org_id"], edges["campaign_id"], strict=True))
    done("bipartite_graph", start, edges=graph.number_of_edges())
    start = time.perf_counter()
    projected = bipartite.weighted_projected_graph(graph, orgs)
    done("projection", start, pairs=projected.number_of_edges())
    start = time.perf_counter()
    nx.pagerank(projected, weight="weight")
    done("pagerank", start)
    start = time.perf_counter()
    nx.community.louvain_communities(projected, weight="weight", seed=0)
    done("clusters", start)


def _networkx_baseline(data, timeout):
    command = [
        sys.executable,
        "-c",
        f"from netlib.dev.bench import _networkx_child; _networkx_child({str(data)!r})",
    ]
    steps, reached = {}, None
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    timed_out = False

    def stop():
        nonlocal timed_out
        timed_out = True
        process.kill()

    timer = threading.Timer(timeout, stop)
    timer.start()
    try:
        for line in process.stdout:
            record = json.loads(line)
            steps[record.pop("step")] = {
                k: round(v, 3) if isinstance(v, float) else v for k, v in record.items()
            }
            reached = list(steps)[-1]
        process.wait()
    finally:
        timer.cancel()
    elapsed = time.perf_counter() - start
    order = ("bipartite_graph", "projection", "pagerank", "clusters")
    unfinished = [step for step in order if step not in steps]
    return {
        "library": "networkx",
        "timeout_seconds": timeout,
        "timed_out": timed_out,
        "elapsed_seconds": round(elapsed, 3),
        "reached": reached,
        "unfinished": unfinished,
        "running_when_stopped": unfinished[0] if timed_out and unfinished else None,
        "steps": steps,
    }


def _baseline_ratios(result):
    """Speedups over networkx; a lower bound ``>=`` when networkx was stopped mid-step."""
    baseline = result["baseline"]
    ours = {
        "projection": result["stages"]["projection"]["seconds"],
        "pagerank": result["stages"]["pagerank"]["seconds"],
        "clusters": result["stages"]["clusters"]["seconds"]
        + result["stages"]["cluster_projection"]["seconds"],
    }
    ratios = {}
    for step, seconds in ours.items():
        if step in baseline["steps"]:
            ratios[step] = {"ratio": round(baseline["steps"][step]["seconds"] / seconds, 1)}
        elif baseline["running_when_stopped"] == step:
            before = sum(s["seconds"] for s in baseline["steps"].values())
            spent = baseline["elapsed_seconds"] - before
            ratios[step] = {"ratio_at_least": round(spent / seconds, 1)}
        else:
            ratios[step] = {"ratio": None, "note": "not reached"}
    baseline["speedup"] = ratios


# --- machine and report -----------------------------------------------------------------------


def machine():
    """Cores, memory, CPU model, Python and library versions of this machine.

    Examples
    --------
    >>> sorted(machine())[:3]
    ['cores', 'cpu', 'kernel_threads']
    """
    import importlib.metadata as md

    cpu = platform.processor() or ""
    memory = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = round(int(line.split()[1]) / 2**20, 1)
                break
    except OSError:  # pragma: no cover - not Linux
        pass
    libraries = {}
    for name in (
        "numpy",
        "scipy",
        "numba",
        "pandas",
        "networkx",
        "igraph",
        "leidenalg",
        "scikit-network",
    ):
        try:
            libraries[name] = md.version(name)
        except md.PackageNotFoundError:  # pragma: no cover
            libraries[name] = None
    from netlib.network.kernels import THREADS, available_cores

    cores = available_cores()

    return {
        "cores": cores,
        "memory_gb": memory,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "kernel_threads": THREADS,
        "libraries": libraries,
    }


def run_build(documents, *, seed=0, workdir=None):
    """Time ``netlib build`` on a generated raw corpus of ``documents`` small letters.

    The corpus (letters, manifest, curation) is written by
    :func:`netlib.dev.synth.write_raw_corpus` into a temporary folder (under ``workdir``) and
    removed afterwards; generation is not timed.

    Returns
    -------
    dict
        ``documents``, ``signatures``, ``seconds``, ``docs_per_second``, ``peak_mb``.

    Examples
    --------
    >>> run_build(5)["documents"]
    5
    """
    import shutil

    from netlib.build import build_corpus
    from netlib.dev.synth import write_raw_corpus

    folder = Path(tempfile.mkdtemp(prefix="netlib-build-", dir=workdir))
    try:
        info = write_raw_corpus(folder, int(documents), seed=seed)
        stages = {}
        with _stage(stages, "build"):
            result = build_corpus(info["raw"], folder / "out", info["curation"])
        seconds = stages["build"]["seconds"]
        return {
            "documents": int(documents),
            "signatures": len(result.tables["signatures"]),
            "seconds": seconds,
            "docs_per_second": round(documents / seconds, 1) if seconds else None,
            "peak_mb": stages["build"]["peak_mb"],
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def repeat_projection(data, repeats=3):
    """Alternate a bare ``B @ B.T`` and :func:`netlib.network.projection.project` ``repeats`` times.

    For the memory effects of the machine: run it once as is and once with
    ``MALLOC_MMAP_MAX_=0 MALLOC_TRIM_THRESHOLD_=68719476736`` (freed memory stays in the
    process, so later runs do not fault fresh pages in).

    Returns
    -------
    dict
        ``{"bare": [seconds...], "projection": [seconds...]}``.

    Examples
    --------
    >>> import tempfile
    >>> from netlib.dev import synth
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = synth.write(synth.generate(40, 8, 120, seed=0), folder)
    ...     len(repeat_projection(folder, repeats=2)["projection"])
    2
    """
    from netlib.io.tables import load_tables
    from netlib.network import kernels
    from netlib.network.graph import biadjacency
    from netlib.network.projection import project

    kernels.warm_up()
    bi = biadjacency(load_tables(data))
    matrix = bi.matrix
    out = {"bare": [], "projection": []}
    for _ in range(repeats):
        for name, function in (
            ("bare", lambda: matrix @ matrix.T),
            ("projection", lambda: project(bi)),
        ):
            start = time.perf_counter()
            result = function()
            out[name].append(round(time.perf_counter() - start, 3))
            del result
    return out


def main(argv=None):
    """``python -m netlib.dev.bench report OUT.md S.json...`` or ``build N...`` (JSON to stdout)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if len(argv) == 2 and argv[0] == "repeat":
        json.dump(repeat_projection(argv[1]), sys.stdout)
        sys.stdout.write("\n")
        return 0
    if len(argv) >= 2 and argv[0] == "build":
        builds = [run_build(int(n)) for n in argv[1:]]
        json.dump(builds, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    if len(argv) < 3 or argv[0] != "report":
        sys.stderr.write(
            "usage: python -m netlib.dev.bench report OUT.md RESULT.json... "
            "| build N... | repeat DATA\n"
        )
        return 2
    results, builds = {}, None
    for path in argv[2:]:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if Path(path).stem == "build":
            builds = data
        else:
            results[Path(path).stem] = data
    from netlib.dev.bench_report import write_benchmarks_md

    write_benchmarks_md(results, argv[1], builds=builds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
