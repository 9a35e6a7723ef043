"""The co-signing projection split by blocks of letters: ``P = Σ_k B_k B_kᵀ``.

    python benchmarks/projection_blocks.py /tmp/netlib-bench/L 4 16 > /tmp/blocks.json

For each number of blocks K, the campaigns (columns of the biadjacency ``B``, in id order,
i.e. in the order the documents came) are cut into K contiguous blocks of about equal size;
each block's projection ``P_k`` (``netlib.network.projection.project``, count weighting, upper
triangle)
is computed on its own and dropped. Prints, per K: the pairs of each block, their sum (what K
machines would send to the reduction) against the pairs of ``P`` (what it leaves), and the
largest block's pairs, seconds and megabytes (12 bytes a pair). Checks that the blocks'
counts add up to ``P``'s (the pair incidences Σ k(k−1)/2). Nothing is distributed: this
measures what one would send and hold.
"""

import json
import sys

import numpy as np

from netlib import kernels
from netlib.dev.bench import _stage
from netlib.io.tables import load_tables
from netlib.network.graph import Biadjacency, biadjacency
from netlib.network.projection import project

BYTES_PER_PAIR = 12


def _block_projection(bi, columns):
    block = Biadjacency(
        matrix=bi.matrix[:, columns].tocsr(),
        org_ids=bi.org_ids,
        campaign_ids=bi.campaign_ids[columns],
    )
    block.matrix.sort_indices()
    return project(block)


def main(argv):
    kernels.warm_up()
    bi = biadjacency(load_tables(argv[1]))
    stages = {}
    with _stage(stages, "whole"):
        whole = project(bi)
    total_pairs, total_count = whole.matrix.nnz, float(whole.matrix.data.sum())
    del whole
    report = {
        "data": argv[1],
        "organisations": bi.shape[0],
        "campaigns": bi.shape[1],
        "signatures": int(bi.matrix.nnz),
        "pairs": total_pairs,
        "pair_incidences": total_count,
        "whole": stages["whole"],
        "splits": [],
    }
    for k in map(int, argv[2:]):
        blocks = []
        for columns in np.array_split(np.arange(bi.shape[1]), k):
            stages = {}
            with _stage(stages, "block"):
                part = _block_projection(bi, columns)
            blocks.append(
                {
                    "pairs": part.matrix.nnz,
                    "count": float(part.matrix.data.sum()),
                    "seconds": stages["block"]["seconds"],
                }
            )
            del part
        if sum(b["count"] for b in blocks) != total_count:
            sys.exit(f"K={k}: the blocks' counts do not add up to P's")
        largest = max(blocks, key=lambda b: b["pairs"])
        report["splits"].append(
            {
                "blocks": k,
                "sum_of_block_pairs": sum(b["pairs"] for b in blocks),
                "largest_block_pairs": largest["pairs"],
                "largest_block_seconds": largest["seconds"],
                # int32 column index and float64 count a pair, as the kernel writes them
                "largest_block_mb": round(largest["pairs"] * BYTES_PER_PAIR / 2**20, 1),
                "sent_mb": round(sum(b["pairs"] for b in blocks) * BYTES_PER_PAIR / 2**20, 1),
                "seconds_all_blocks": round(sum(b["seconds"] for b in blocks), 2),
            }
        )
    json.dump(report, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv)
