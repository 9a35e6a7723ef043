"""``BENCHMARKS.md`` from the JSON results of :mod:`netlib.dev.bench`, checked against targets.

The targets and the notes on the machine are data, in ``benchmarks/bench.toml`` (a table
``[targets]`` of thresholds and a table ``[notes]``); ``benchmarks/notes.md``, written by hand,
is appended when present.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from netlib import paths
from netlib.dev.bench import (
    BACKBONE_MAX_PAIRS,
    EXPORTS_MAX_SIGNATURES,
    MATERIALISED_MAX_PAIRS,
    QUICK_REPEATS,
    QUICK_SECONDS,
    REPEATS,
)
from netlib.errors import InputError
from netlib.settings import DEFAULT_MAX_LETTER_SIZE

__all__ = [
    "CONFIG",
    "format_markdown",
    "load_config",
    "write_benchmarks_md",
]


_STAGE_ORDER = (
    "load_tables",
    "biadjacency",
    "projection",
    "pagerank",
    "cluster_projection",
    "clusters",
    "backbone",
    "exports",
)


def _fmt(value, digits=3):
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def format_markdown(result):
    """A Markdown summary of one :func:`run` result.

    Examples
    --------
    >>> text = format_markdown({"signatures": 1, "pairs": 0, "stages": {}, "comparisons": {},
    ...                         "baseline": None, "compile_seconds": 0.1})
    >>> text.splitlines()[0]
    '**1 signatures, 0 pairs** (numba compile/cache load 0.100 s, not in the timings)'
    """
    lines = [
        f"**{result['signatures']} signatures, {result['pairs']} pairs** (numba compile/cache "
        f"load {result.get('compile_seconds', 0):.3f} s, not in the timings)",
        "",
        "| stage | seconds | peak MB (RSS growth) | notes |",
        "| --- | ---: | ---: | --- |",
    ]
    for name in _STAGE_ORDER:
        stage = result["stages"].get(name)
        if stage is None:
            continue
        notes = ", ".join(
            f"{k}={v}" for k, v in stage.items() if k not in ("seconds", "peak_mb", "rss_mb")
        )
        lines.append(
            f"| {name} | {_fmt(stage.get('seconds'))} | {_fmt(stage.get('peak_mb'), 1)} | {notes} |"
        )
    comparison = result["comparisons"].get("projection_vs_bare_spgemm")
    if comparison:
        lines += [
            "",
            f"Projection {comparison['projection_seconds']:.3f} s vs bare scipy `B @ B.T` "
            f"{comparison['bare_seconds']:.3f} s: **{comparison['speedup']}×** "
            f"({comparison['note']}).",
        ]
    measures = result["comparisons"].get("implicit_vs_materialised")
    if measures:
        lines += [
            "",
            "| measure | implicit s | materialised s | speedup |",
            "| --- | ---: | ---: | ---: |",
        ]
        for name, row in measures.items():
            lines.append(
                f"| {name} | {_fmt(row['implicit_seconds'], 4)} | "
                f"{_fmt(row.get('materialised_seconds'), 4)} | {_fmt(row.get('speedup'), 1)} |"
            )
    if result.get("baseline"):
        baseline = result["baseline"]
        lines += [
            "",
            f"networkx baseline (cap {baseline['timeout_seconds']} s, "
            f"{'stopped' if baseline['timed_out'] else 'finished'}; reached: "
            f"{baseline['reached']}): "
            + ", ".join(f"{k} {v['seconds']} s" for k, v in baseline["steps"].items()),
        ]
    return "\n".join(lines)


def _ratio_text(entry):
    if entry is None:
        return "—"
    if entry.get("ratio") is not None:
        return f"{entry['ratio']}×"
    if entry.get("ratio_at_least") is not None:
        return f"≥{entry['ratio_at_least']}× (networkx stopped)"
    return "not reached"


#: The targets and notes the report reads (see :func:`load_config`).
CONFIG = paths.REPO_ROOT / "benchmarks" / "bench.toml"


def load_config(path=None):
    """The ``[targets]`` and ``[notes]`` of ``benchmarks/bench.toml`` (or of ``path``).

    Examples
    --------
    >>> config = load_config()
    >>> config["targets"]["projection_speedup"] >= 1, "machine" in config["notes"]
    (True, True)
    """
    path = CONFIG if path is None else Path(path)
    try:
        config = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise InputError(str(path), f"cannot read the benchmark targets: {exc}") from exc
    missing = {"targets", "notes"} - set(config)
    if missing:
        raise InputError(str(path), f"missing tables {sorted(missing)}")
    return config


def write_benchmarks_md(results, out, *, builds=None, config=None):
    """Write ``BENCHMARKS.md`` from :func:`netlib.dev.bench.run` results, one per named size.

    Parameters
    ----------
    results : dict
        ``{"S": result, "M": result, ...}``.
    out : str or Path
    builds : list of dict, optional
        :func:`netlib.dev.bench.run_build` results, for the build section.
    config : str or Path, optional
        The targets and notes (default ``benchmarks/bench.toml``, :func:`load_config`).

    Returns
    -------
    Path
    """
    config = load_config(config)
    targets, notes_of = config["targets"], config["notes"]
    big = targets["absolute_size"]
    sizes = list(results)
    any_result = results[sizes[0]]
    machine_info = any_result["machine"]
    header = "| stage | " + " | ".join(f"{s} seconds | {s} peak MB" for s in sizes) + " |"
    rule = "| --- | " + " | ".join("---: | ---:" for _ in sizes) + " |"
    rows = []
    for name in _STAGE_ORDER:
        cells = []
        for size in sizes:
            stage = results[size]["stages"].get(name, {})
            if "skipped" in stage:
                cells += ["skipped", "—"]
            else:
                cells += [_fmt(stage.get("seconds")), _fmt(stage.get("peak_mb"), 1)]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    text = [
        "# Benchmarks",
        "",
        "Generated by `make bench` from the JSON results in `benchmarks/` "
        "(`netlib synth --size S|M|L`, then `netlib bench --json`); do not edit by hand.",
        "",
        "## Reproduce",
        "",
        "```bash",
        "make bench            # synthetic corpora under $(BENCH_DIR) (default /tmp/netlib-bench),",
        "                      # benchmarks/{S,M,L}.json, then this file",
        "make bench-build      # benchmarks/build.json: `netlib build` on raw corpora; then",
        "python -m netlib.dev.bench report BENCHMARKS.md benchmarks/{S,M,L,build}.json",
        "```",
        "",
        "The networkx baseline runs on S (cap 600 s) and M (cap 300 s). `benchmarks/notes.md` "
        "(written by hand) is appended when present.",
        "",
        "## Machine",
        "",
        f"- CPU: {machine_info['cpu']} — {machine_info['cores']} cores available "
        f"(kernels use {machine_info['kernel_threads']} threads); memory "
        f"{machine_info['memory_gb']} GB; {machine_info['platform']}",
        f"- Python {machine_info['python']}; "
        + ", ".join(f"{k} {v}" for k, v in machine_info["libraries"].items()),
        f"- {notes_of['machine']}",
        "",
        "## Corpora",
        "",
        "| size | organisations | campaigns | signatures | projection pairs | "
        "pair incidences Σk(k−1)/2 | largest letter | clustering pairs |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size in sizes:
        r = results[size]
        lp = r["comparisons"]["letter_pairs"]
        text.append(
            f"| {size} | {r['organisations']} | {r['campaigns']} | {r['signatures']} | "
            f"{r['pairs']} | {lp['pair_incidences']} | {lp['largest_letter']} | "
            f"{r['stages']['cluster_projection'].get('pairs')} |"
        )
    text += [
        "",
        "## Stages (one process per size, in this order)",
        "",
        header,
        rule,
        *rows,
        "",
        "Time to the nearest millisecond; *peak MB* is the growth of the process's resident set "
        "(RSS, sampled every 5 ms from `/proc/self/statm` and completed by `ru_maxrss`) over its "
        "value when the stage started — RSS rather than tracemalloc, because numba's native "
        "allocations are invisible to tracemalloc. numba compilation (or loading its on-disk "
        "cache) is done before the first stage and left out: "
        + ", ".join(f"{s} {results[s]['compile_seconds']} s" for s in sizes)
        + ".",
        "",
        "- **projection**: `project(bi, weighting='count')`, the compiled two-pass kernel "
        f"(upper triangle only, {machine_info['kernel_threads']} threads). Above "
        f"{MATERIALISED_MAX_PAIRS:,} pairs (L) it is freed before the clustering stages, as "
        "nothing after them needs it (the materialised comparisons are skipped there).",
        "- **pagerank**: `pagerank_implicit(bi)`, through the biadjacency, never forming the "
        "projection.",
        "- **cluster_projection / clusters**: Louvain (scikit-network's, "
        "`method='louvain-sknetwork'`, modularity, seed 0; it replaced igraph's Leiden, whose "
        "graph built from Python lists took most of L's time and memory) on "
        "`project(bi, weighting='newman', max_letter_size=1000, min_shared=2)` — the big-letter "
        "policy: letters of more than 1,000 signatories are left out and pairs must share two "
        "campaigns, which keeps the clustered graph to the ties that say something about "
        "communities.",
        f"- **backbone** (SDSM) and **exports** (GraphML, GEXF, cosigning.csv) run only up to "
        f"{BACKBONE_MAX_PAIRS:,} pairs / {EXPORTS_MAX_SIGNATURES:,} signatures; above, they "
        "are skipped (their cost is tables of strings, one row per pair).",
        "",
        "## Targets",
        "",
        "| target | " + " | ".join(sizes) + " | met? |",
        "| --- | " + " | ".join("---" for _ in sizes) + " | --- |",
    ]

    def row(label, values, met):
        text.append(f"| {label} | " + " | ".join(values) + f" | {met} |")

    speedups = [results[s]["comparisons"]["projection_vs_bare_spgemm"]["speedup"] for s in sizes]
    minimum = targets["projection_speedup"]
    row(
        f"projection ≥{minimum:g}× faster than bare `B @ B.T` "
        f"(same run; best of {REPEATS} runs, of {QUICK_REPEATS} under {QUICK_SECONDS * 1000:g} ms)",
        [
            f"{results[s]['comparisons']['projection_vs_bare_spgemm']['projection_seconds']:.3f}"
            f" s vs {results[s]['comparisons']['projection_vs_bare_spgemm']['bare_seconds']:.3f}"
            f" s = {v}×"
            for s, v in zip(sizes, speedups, strict=True)
        ],
        _met([v >= minimum for v in speedups]),
    )
    for measure in ("pagerank", "eigenvector", "strength"):
        values, oks = [], []
        for s in sizes:
            entry = results[s]["comparisons"]["implicit_vs_materialised"][measure]
            if entry.get("speedup") is None:
                values.append(f"implicit {entry['implicit_seconds']} s (materialised skipped)")
            else:
                values.append(
                    f"{entry['implicit_seconds']} s vs {entry['materialised_seconds']} s = "
                    f"{entry['speedup']}×"
                )
                oks.append(entry["speedup"] >= targets["implicit_speedup"])
        row(
            f"implicit {measure} ≥{targets['implicit_speedup']:g}× faster than materialised",
            values,
            _met(oks),
        )

    def within(name, seconds, peak_mb):
        return seconds < targets[f"{name}_seconds"] and peak_mb < targets[f"{name}_gb"] * 1024

    def limits(name):
        return f"< {targets[f'{name}_seconds']:g} s and < {targets[f'{name}_gb']:g} GB"

    values = [
        f"{results[s]['end_to_end_seconds']:.1f} s, {results[s]['pipeline_peak_mb'] / 1024:.2f} GB"
        for s in sizes
    ]
    oks = [
        within("end_to_end", results[s]["end_to_end_seconds"], results[s]["pipeline_peak_mb"])
        for s in sizes
        if s == big
    ]
    row(
        f"end to end (projection + PageRank + clusters) {limits('end_to_end')} peak RSS on {big}",
        values,
        _met(oks) if oks else f"{big} not run",
    )
    clusters = {s: results[s]["stages"]["clusters"] for s in sizes}
    values = [
        f"{c['seconds']:.1f} s, {c['peak_mb'] / 1024:.2f} GB, "
        f"modularity {c.get('modularity')} ({c.get('method')})"
        for c in clusters.values()
    ]
    oks = [within("clusters", c["seconds"], c["peak_mb"]) for s, c in clusters.items() if s == big]
    row(f"clusters {limits('clusters')} on {big}", values, _met(oks) if oks else f"{big} not run")
    for step in ("projection", "pagerank"):
        values, oks = [], []
        for s in sizes:
            baseline = results[s].get("baseline")
            if not baseline:
                values.append("—")
                continue
            entry = baseline["speedup"][step]
            values.append(_ratio_text(entry))
            number = entry.get("ratio") or entry.get("ratio_at_least")
            if number is not None:
                oks.append(number >= targets["networkx_speedup"])
        row(
            f"≥{targets['networkx_speedup']:g}× ahead of networkx on {step}",
            values,
            _met(oks) if oks else "not run",
        )
    text += ["", "## networkx baseline", ""]
    for s in sizes:
        baseline = results[s].get("baseline")
        if not baseline:
            text.append(f"- {s}: not run.")
            continue
        steps = ", ".join(f"{k} {v['seconds']} s" for k, v in baseline["steps"].items())
        state = (
            f"stopped at the {baseline['timeout_seconds']:.0f} s cap while running "
            f"`{baseline['running_when_stopped']}`"
            if baseline["timed_out"]
            else "finished"
        )
        text.append(f"- {s}: {state}; finished steps: {steps or 'none'}.")
    text += [
        "",
        "A ratio marked ≥ is a lower bound: networkx was stopped during that step, so its time "
        "is at least the time it had spent on it.",
        "",
    ]
    text += [
        "## Big letters",
        "",
        "A letter with `k` signatories makes `k(k-1)/2` pairs: one letter of 20,000 alone "
        "would make 2×10⁸. `netlib.network.projection.letter_pairs(bi)` lists each letter's share "
        "of the pairs (the *pair incidences* column above is their sum; the ten biggest letters' "
        "share is in the per-size details). The policy:",
        "",
        "- Newman weighting (`project(bi, weighting='newman')`) discounts a letter of `k` "
        "to `1/(k-1)` per pair, so big letters weigh little, but their pairs still exist.",
        "- `project(..., max_letter_size=K)` leaves letters of more than `K` members out "
        "altogether (`params['letters_dropped']` counts them); the clustering stage uses "
        "`K = 1000` and `min_shared=2`, filtered inside the kernel so dropped pairs never "
        "take memory.",
        "- Measures the projection determines (strength, PageRank, eigenvector centrality) "
        "never need it: `centrality.strength_implicit`, `pagerank_implicit` and "
        "`eigenvector_implicit` multiply by `B D Bᵀ` minus its diagonal (`D = I` for count "
        "weighting, `diag(1/(k_c-1))` for Newman's), two sparse products with the "
        "biadjacency per iteration; equal to the materialised values to 1e-9 (tested).",
        "- Nothing dense, and no networkx graph of a projection: `to_networkx` refuses more "
        "than 200,000 edges.",
        "- `netlib build` applies the cap to `cosigning.csv`: `--max-letter-size N` (default "
        f"{DEFAULT_MAX_LETTER_SIZE:,}, recorded in `build.json`); a bigger campaign adds no "
        "pair and a notice names it, its organisations and signatures stay in every table "
        "and in the bipartite GraphML/GEXF (the 50,000-signatory build is timed below).",
        "",
    ]
    if builds:
        text += [*_build_section(builds), ""]
    notes = Path(out).parent / "benchmarks" / "notes.md"
    if notes.is_file():
        text += [notes.read_text(encoding="utf-8").rstrip(), ""]
    text += ["## Per-size details", ""]
    for s in sizes:
        text += [f"### {s}", "", format_markdown(results[s]), ""]
    out = Path(out)
    out.write_text("\n".join(text).rstrip() + "\n", encoding="utf-8")
    return out


def _met(flags):
    if not flags:
        return "—"
    return "yes" if all(flags) else "**no**"


def _build_section(builds):
    lines = [
        "## `netlib build` on raw corpora of small letters",
        "",
        "`python -m netlib.dev.bench build 2000 20000 100000 > benchmarks/build.json` "
        "(`make bench-build`): letters of 5–40 organisations written by "
        "`netlib.dev.synth.write_raw_corpus`, built with `build_corpus` (parse, resolve, tables, "
        "GraphML/GEXF/cosigning exports, data package), the sizes in one process, one after "
        "the other. Two quadratic costs were removed for this: the campaign of every "
        "signature line was looked up by scanning all curated links (now indexed by document "
        "once, in `build.py`), and the parser re-indexed every known organisation name for "
        "every document (the registry now keeps one `parse.KnownNames` index and adds each "
        "name it learns). The export graph's edge attributes were built from one pandas group "
        "per pair (28 s of the 20,000-letter build; now 2 s). About half of the remaining time "
        "is networkx writing GraphML and GEXF, and most of the peak memory is the networkx "
        "graph those writers need.",
        "",
        "| documents | signatures | seconds | documents / second | peak MB (RSS growth) |",
        "| ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in builds:
        lines.append(
            f"| {row['documents']} | {row['signatures']} | {row['seconds']:.1f} | "
            f"{row['docs_per_second']} | {row['peak_mb']} |"
        )
    return lines
