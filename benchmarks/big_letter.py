"""Write a raw corpus with one very big letter, for timing ``netlib build`` on it.

Usage::

    .venv/bin/python benchmarks/big_letter.py OUT [--size 50000] [--small 200]
    /usr/bin/time -v .venv/bin/python -m netlib build --raw OUT/raw --curation OUT/curation \\
        --out OUT/processed

The corpus is :func:`netlib.dev.synth.write_raw_corpus`: ``--small`` letters of 5–40 signatories,
then one letter signed by ``--size`` distinct organisations (the first names of the pool, so
it shares organisations with the small letters). BENCHMARKS.md ("Big letters") has the result.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv=None):
    from netlib.dev.synth import write_raw_corpus

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write raw/ and curation/ into")
    parser.add_argument("--size", type=int, default=50_000, help="signatories of the big letter")
    parser.add_argument("--small", type=int, default=200, help="small letters beside it")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    info = write_raw_corpus(args.out, args.small, big_letters=[args.size], seed=args.seed)
    print(f"wrote {info['raw']} and {info['curation']}: {info['signatures']} signatures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
