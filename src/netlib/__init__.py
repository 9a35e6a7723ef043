"""netlib: coalition sign-on letters and news articles to an organisation–campaign network.

The flow runs one way (see README.md): ``data/raw`` → :mod:`netlib.parse` →
:mod:`netlib.resolve` → ``data/processed`` tables → :mod:`netlib.graph` /
:mod:`netlib.metrics` → notebooks → ``figures/`` and ``reports/``.
"""

__version__ = "0.1.0"
