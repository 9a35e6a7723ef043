"""Figures: a colour-blind-safe style, deterministic files, the data of every figure beside it.

Every figure is saved by :func:`save_figure`, which writes ``NAME.svg`` (or ``.png``) and
``NAME.csv`` with the data drawn, so each published chart can be traced to its numbers. SVG
files get a fixed hash salt and no date; PNG files no software/date stamp: the same data give
the same bytes.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import NamedTuple

import matplotlib as mpl
import pandas as pd

from netlib.io.tables import write_table

__all__ = [
    "PALETTE",
    "NotebookStart",
    "apply_style",
    "escape_markdown",
    "figure_name",
    "save_figure",
    "setup_notebook",
    "shorten",
]

#: Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = [
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
]

_SAFE_NAME = re.compile(r"[^a-z0-9_-]+")
# ":" too: the renderer makes ``scheme://…`` in plain text a link, which a name must not become
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|>~:])")


def apply_style():
    """Set the rcParams every figure uses (fonts embedded as paths, fixed SVG salt)."""
    mpl.rcParams.update(
        {
            "svg.hashsalt": "netlib",
            "svg.fonttype": "path",
            "figure.dpi": 100,
            "savefig.dpi": 150,
            "figure.figsize": (9, 5.5),
            "axes.prop_cycle": mpl.cycler(color=PALETTE),
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "font.size": 10,
            "path.simplify": True,
        }
    )


def figure_name(name):
    """A safe, bounded file stem for a figure.

    Examples
    --------
    >>> figure_name("fig1_Top organisations/../x")
    'fig1_top-organisations-x'
    """
    stem = _SAFE_NAME.sub("-", name.lower()).strip("-")[:80]
    return stem or "figure"


def shorten(label, width=40):
    """Shorten a long label for an axis, keeping its start.

    Examples
    --------
    >>> shorten("Mental Health Legal Advisors Committee of Massachusetts", 30)
    'Mental Health Legal Advisors …'
    """
    label = str(label)
    return label if len(label) <= width else label[: width - 2].rstrip() + " …"


def escape_markdown(text):
    """Escape untrusted text (a name, a title) for a Markdown narrative cell, once.

    The text lands in the body of a Markdown cell that nbconvert renders as HTML, passing raw
    HTML through. So ``&``, ``<`` and ``>`` become entities (quotes stay as they are: the text
    is never inside an attribute, and an entity for ``'`` would show as ``&#x27;`` once its
    ``#`` is escaped), then Markdown's special characters get a backslash, ``:`` included so
    that no ``https://…`` in a name becomes a link. No entity holds one of them, so nothing
    is escaped twice.

    Examples
    --------
    >>> escape_markdown("<script>alert(1)</script> *A*")
    '&lt;script&gt;alert\\\\(1\\\\)&lt;/script&gt; \\\\*A\\\\*'
    >>> escape_markdown("employees' petition & AT&T #1")
    "employees' petition &amp; AT&amp;T \\\\#1"
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=False))


def save_figure(fig, data, name, figures_dir, fmt="svg"):
    """Save a figure and the CSV of its data, deterministically.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    data : pandas.DataFrame
        The numbers drawn (written as ``NAME.csv``).
    name : str
        File stem, sanitised with :func:`figure_name`.
    figures_dir : str or Path
    fmt : {"svg", "png"}

    Returns
    -------
    Path
        The figure file.
    """
    if fmt not in ("svg", "png"):
        raise ValueError(f"figure format must be svg or png, not {fmt!r}")
    figures_dir = Path(figures_dir)
    figures_dir.mkdir(parents=True, exist_ok=True)
    stem = figure_name(name)
    path = figures_dir / f"{stem}.{fmt}"
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    with mpl.rc_context({"svg.hashsalt": "netlib"}):
        fig.savefig(path, format=fmt, metadata=metadata, bbox_inches="tight")
    write_table(pd.DataFrame(data), figures_dir / f"{stem}.csv")
    return path


class NotebookStart(NamedTuple):
    """What every notebook starts from (see :func:`setup_notebook`)."""

    tables: dict
    out: Path
    names: dict
    titles: dict
    bi: object
    projection: object


def setup_notebook(data_dir, output_dir, *, collapse_chapters=False, weighting=None, min_shared=1):
    """The first cell of every notebook: style, tables, figures folder, names and the network.

    Parameters
    ----------
    data_dir, output_dir : str or Path
        The notebook's parameters; relative paths are relative to the repository
        (:func:`netlib.paths.resolve`). ``output_dir`` is created.
    collapse_chapters : bool
        Fold chapters and affiliates into their top-level organisation.
    weighting : str, optional
        When given, also project on organisations with this weighting (see
        :func:`netlib.analysis.overlap.network`); otherwise ``projection`` is None.
    min_shared : int
        Keep pairs sharing at least this many campaigns (with ``weighting``).

    Returns
    -------
    NotebookStart
        ``(tables, out, names, titles, bi, projection)``: the processed tables, the figures
        folder, ``org_id -> name``, ``campaign_id -> title``, the
        :class:`netlib.network.graph.Biadjacency` and the organisation projection (or None).
    """
    from netlib import paths
    from netlib.analysis import overlap
    from netlib.io.tables import load_tables
    from netlib.network.graph import biadjacency

    apply_style()
    tables = load_tables(paths.resolve(data_dir))
    out = paths.resolve(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    if weighting is None:
        bi, projection = biadjacency(tables, collapse_chapters=collapse_chapters), None
    else:
        bi, projection = overlap.network(
            tables, collapse_chapters=collapse_chapters, weighting=weighting, min_shared=min_shared
        )
    return NotebookStart(
        tables, out, overlap.org_names(tables), overlap.campaign_titles(tables), bi, projection
    )
