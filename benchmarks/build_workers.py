"""Documents a second of ``netlib build``: 1 and 2 local processes, and a local Dask cluster.

    python benchmarks/build_workers.py DOCUMENTS > benchmarks/build_workers.json

Writes one raw corpus of DOCUMENTS small letters (``netlib.dev.synth.write_raw_corpus``, seed 0;
not timed) into a temporary folder, builds it three times with ``build_corpus`` — ``jobs=1``
(parsed in this process), ``jobs=2`` (two worker processes), and on the executor of a
``distributed.LocalCluster`` of two single-threaded worker processes (its start is timed
apart: a cluster is normally running already) — checks that the three outputs are the same
files byte for byte, and prints one JSON record per run: seconds, documents a second, the
seconds until the last document was parsed and resolved (the rest is tables and exports, in
this process), CPU seconds of this process (not of the workers), its peak RSS growth,
and the one-minute load average before and after (the machine is shared).
"""

import hashlib
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from netlib.build import build_corpus
from netlib.dev.bench import _stage
from netlib.dev.synth import write_raw_corpus


def _digest(folder):
    files = sorted(p for p in Path(folder).iterdir() if p.is_file())
    return hashlib.sha256(b"".join(p.name.encode() + p.read_bytes() for p in files)).hexdigest()


def _cpu():
    # the workers' CPU is not counted: forkserver and Dask workers are not this process's
    # children to wait for
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _timed_build(label, info, out, **options):
    marks = {}

    def progress(parsed, total):
        yield from parsed
        marks["parsed"] = time.perf_counter()

    load_before = os.getloadavg()[0]
    cpu_before = _cpu()
    stages = {}
    with _stage(stages, "build"):
        start = time.perf_counter()
        build_corpus(info["raw"], out, info["curation"], progress=progress, **options)
    cpu = _cpu() - cpu_before
    seconds = stages["build"]["seconds"]
    documents = info["documents"]
    return {
        "run": label,
        "documents": documents,
        "seconds": round(seconds, 1),
        "docs_per_second": round(documents / seconds, 1),
        "parse_and_resolve_seconds": round(marks["parsed"] - start, 1),
        "cpu_seconds_this_process": round(cpu, 1),
        "peak_mb_this_process": stages["build"]["peak_mb"],
        "load_average_before": round(load_before, 2),
        "load_average_after": round(os.getloadavg()[0], 2),
        "output_sha256": _digest(out),
    }


def main(argv):
    documents = int(argv[1])
    folder = Path(tempfile.mkdtemp(prefix="netlib-build-workers-"))
    try:
        info = write_raw_corpus(folder, documents, seed=0) | {"documents": documents}
        runs = [
            _timed_build("1 local process", info, folder / "out1", jobs=1),
            _timed_build("2 local processes", info, folder / "out2", jobs=2),
        ]
        from distributed import Client, LocalCluster

        start = time.perf_counter()
        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            started = round(time.perf_counter() - start, 1)
            run = _timed_build(
                "local Dask cluster, 2 worker processes",
                info,
                folder / "out-dask",
                executor=client.get_executor(),
            )
        runs.append(run | {"cluster_start_seconds": started})
        if len({r["output_sha256"] for r in runs}) != 1:
            sys.exit("the outputs differ between runs")
        json.dump(runs, sys.stdout, indent=2)
        sys.stdout.write("\n")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv)
