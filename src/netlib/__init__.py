"""netlib: coalition sign-on letters and news articles to an organisation–campaign network.

The flow runs one way (see README.md), one sub-package per step:

- ``data/raw`` → :mod:`netlib.readers` (one reader per format) → :mod:`netlib.extract`
  (signatory blocks and article mentions, with :mod:`netlib.vocabulary`'s word lists;
  :mod:`netlib.parse` re-exports its public names);
- :mod:`netlib.resolve`: raw names → stable organisation ids, through ``data/curation``;
- :mod:`netlib.build`: the processed tables in ``data/processed``, written through
  :mod:`netlib.io` (documents, manifest, table schemas, the checked CSV reader);
- :mod:`netlib.network`: biadjacency, projection, backbones, clustering;
- :mod:`netlib.analysis`: centrality, communities, bridging, overlap, turnover, summaries;
- :mod:`netlib.present`: figures, narrative, the interactive view, exports, the reports;
- :mod:`netlib.cli` is the command line; :mod:`netlib.text` holds what every step shares about
  text; :mod:`netlib.dev` the synthetic corpora and benchmarks.

The analysis and presentation modules are importable by their short names, so notebooks read
simply: ``from netlib import figures, narrative, overlap`` (each imported on first use).
"""

import importlib

__version__ = "0.1.0"

#: Short name → module, for ``from netlib import <name>`` (imported lazily: ``import netlib``
#: stays cheap for the command line).
MODULES = {
    name: f"netlib.{package}.{name}"
    for package, names in {
        "io": ("documents", "manifest", "records", "schemas", "swap", "tables"),
        "text": ("chars", "dates", "known_names"),
        "resolve": ("campaigns", "curation", "places", "registry"),
        "network": ("backbone", "clustering", "graph", "kernels", "projection"),
        "analysis": ("bridging", "centrality", "communities", "overlap", "summaries", "turnover"),
        "present": ("evidence", "export", "figures", "interactive", "narrative", "plots", "report"),
        "dev": ("bench", "bench_report", "synth"),
    }.items()
    for name in names
}


def __getattr__(name):
    if name in MODULES:
        return importlib.import_module(MODULES[name])
    raise AttributeError(f"module 'netlib' has no attribute {name!r}")


def __dir__():
    return sorted([*globals(), *MODULES])
