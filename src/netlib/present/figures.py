"""The figures of notebooks 1–3: rankings, heatmaps and an UpSet plot, in plain matplotlib.

Each function draws one figure from a tidy DataFrame and returns the ``Figure``; saving (with
the CSV of the data drawn) is :func:`netlib.present.plots.save_figure`'s job. Colours come from the
Okabe–Ito palette (:data:`netlib.present.plots.PALETTE`) for categories and from ``cividis``
(readable
with every common colour-vision deficiency) for magnitudes. Every label that is drawn has a row
of its own, and the figure grows with the number of rows, so labels never overlap.
"""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch

from netlib.present.plots import PALETTE, shorten

__all__ = [
    "bar_ranking",
    "campaign_timeline",
    "count_bars",
    "heatmap",
    "named_vs_reported",
    "plain",
    "turnover_bars",
    "upset",
]

#: Sequential colour map for magnitudes (perceptually uniform, colour-blind safe).
SEQUENTIAL = "cividis"


def plain(text, width=None):
    """Text that matplotlib draws as typed: shortened, with ``$`` not starting mathtext.

    Examples
    --------
    >>> plain("Costs $5 and $6")
    'Costs \\\\$5 and \\\\$6'
    """
    text = str(text) if width is None else shorten(text, width)
    return text.replace("$", r"\$")


def _empty(ax, message):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def _row_axes(rows, row_height, margin, title, empty_message=None):
    """A 9-inch-wide figure for one bar a row; an empty one says why, under its title."""
    fig, ax = plt.subplots(figsize=(9, row_height * max(rows, 1) + margin))
    if empty_message:
        _empty(ax, empty_message)
        ax.set_title(plain(title))
    return fig, ax


def bar_ranking(frame, value, label, title, *, group=None, group_labels=None, xlabel=None):
    """Horizontal bars of ``value`` per row of ``frame``, first row on top.

    Parameters
    ----------
    frame : pandas.DataFrame
        One row per bar, in display order.
    value, label : str
        Columns with the bar length and the (already readable) label.
    title : str
    group : str, optional
        A column whose values pick the bar colour (a legend is drawn).
    group_labels : dict, optional
        ``group value -> legend text``.
    xlabel : str, optional

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"name": ["A", "B"], "score": [2.0, 1.0]})
    >>> fig = bar_ranking(frame, "score", "name", "A leads")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['A', 'B']
    >>> plt.close(fig)
    """
    fig, ax = _row_axes(len(frame), 0.32, 1.6, title, None if len(frame) else "nothing to rank")
    if frame.empty:
        return fig
    ys = np.arange(len(frame))
    colours = [PALETTE[0]] * len(frame)
    handles = []
    if group is not None:
        levels = sorted(frame[group].unique().tolist())
        colour_of = {level: PALETTE[k % len(PALETTE)] for k, level in enumerate(levels)}
        colours = [colour_of[v] for v in frame[group]]
        handles = [
            Patch(color=colour_of[level], label=plain((group_labels or {}).get(level, str(level))))
            for level in levels
        ]
    ax.barh(ys, frame[value].to_numpy(dtype=float), color=colours, height=0.7)
    ax.set_yticks(ys, [plain(v, 45) for v in frame[label]])
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlabel(plain(xlabel or value))
    ax.set_title(plain(title))
    if handles:
        ax.legend(handles=handles, frameon=False, loc="lower right")
    return fig


def count_bars(labels, values, title, *, ylabel="count", colours=None):
    """Vertical bars, one per label, with the value written above each bar.

    Examples
    --------
    >>> fig = count_bars(["a", "b"], [3, 0], "a has 3")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['3', '0']
    >>> plt.close(fig)
    """
    labels = [str(v) for v in labels]
    values = np.asarray(values, dtype=float)
    fig, ax = plt.subplots(figsize=(max(4.0, 1.7 * len(labels) + 1.5), 4.2))
    xs = np.arange(len(labels))
    ax.bar(xs, values, color=colours or [PALETTE[k % len(PALETTE)] for k in range(len(labels))])
    for x, v in zip(xs, values, strict=True):
        ax.annotate(
            f"{v:g}", (x, v), xytext=(0, 3), textcoords="offset points", ha="center", va="bottom"
        )
    ax.set_xticks(xs, [textwrap.fill(plain(v, 60), 22) for v in labels])
    ax.set_ylabel(ylabel)
    ax.set_ylim(0, max(values.max(initial=0) * 1.15, 1))
    ax.set_title(plain(title))
    return fig


def heatmap(
    pairs, order, labels, title, *, value="weight", annotate="shared", colorbar=None, width=32
):
    """A square heatmap of a pairwise value, cells annotated with another (e.g. shared count).

    Parameters
    ----------
    pairs : pandas.DataFrame
        ``source, target`` and the columns ``value`` and ``annotate``; missing pairs are blank
        (so is the diagonal, unless given).
    order : sequence of str
        Row and column ids, in display order.
    labels : mapping
        ``id -> readable label``.
    title : str
    value, annotate : str
    colorbar : str, optional
        Colour bar label (default ``value``).
    width : int
        Labels longer than this are shortened.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> pairs = pd.DataFrame({"source": ["a", "b"], "target": ["b", "a"],
    ...                       "weight": [0.5, 0.5], "shared": [1, 1]})
    >>> fig = heatmap(pairs, ["a", "b"], {"a": "A", "b": "B"}, "A and B share one")
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['1', '1']
    >>> plt.close(fig)
    """
    order = [str(v) for v in order]
    n = len(order)
    size = max(4.0, 0.42 * n + 3.0)
    fig, ax = plt.subplots(figsize=(size + 1.5, size))
    if n == 0:
        _empty(ax, "nothing to draw")
        ax.set_title(plain(title))
        return fig
    index = {node: k for k, node in enumerate(order)}
    grid = np.full((n, n), np.nan)
    notes = np.full((n, n), np.nan)
    known = pairs[pairs["source"].isin(index) & pairs["target"].isin(index)]
    rows = known["source"].map(index).to_numpy(dtype=int)
    cols = known["target"].map(index).to_numpy(dtype=int)
    grid[rows, cols] = known[value].to_numpy(dtype=float)
    notes[rows, cols] = known[annotate].to_numpy(dtype=float)
    finite = grid[np.isfinite(grid)]
    vmax = float(finite.max()) if finite.size and finite.max() > 0 else 1.0
    image = ax.imshow(np.ma.masked_invalid(grid), cmap=SEQUENTIAL, vmin=0, vmax=vmax)
    for (r, c), note in np.ndenumerate(notes):
        if np.isfinite(note) and note > 0:
            dark = grid[r, c] / vmax > 0.55
            ax.text(
                c,
                r,
                f"{note:g}",
                ha="center",
                va="center",
                fontsize=7,
                color="black" if dark else "white",
            )
    ticks = [plain(labels.get(node, node), width) for node in order]
    ax.set_xticks(range(n), ticks, rotation=60, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(n), ticks)
    ax.tick_params(length=0)
    ax.spines[:].set_visible(False)
    fig.colorbar(image, ax=ax, shrink=0.7, label=plain(colorbar or value))
    ax.set_title(plain(title))
    return fig


def upset(combos, set_sizes, labels, title, *, max_bars=20):
    """An UpSet plot (Lex et al. 2014) of exclusive intersections, drawn with matplotlib.

    Top: one bar per combination of campaigns (organisations on exactly those); bottom: a dot
    matrix saying which campaigns make each combination; left: each campaign's size.

    Parameters
    ----------
    combos : pandas.DataFrame
        Output of :func:`netlib.analysis.overlap.intersections` (``combination``,
        ``organisations``), in display order; the first ``max_bars`` are drawn.
    set_sizes : pandas.Series
        Organisations per campaign, indexed by campaign id, in display order (top to bottom).
    labels : mapping
        ``campaign id -> readable label``.
    title : str
    max_bars : int

    Returns
    -------
    matplotlib.figure.Figure

    References
    ----------
    A. Lex, N. Gehlenborg, H. Strobelt, R. Vuillemot, H. Pfister, "UpSet: Visualization of
    Intersecting Sets", IEEE TVCG 20(12), 1983–1992 (2014).

    Examples
    --------
    >>> import pandas as pd
    >>> combos = pd.DataFrame({"combination": ["x", "x;y"], "organisations": [2, 1]})
    >>> sizes = pd.Series({"x": 3, "y": 1})
    >>> fig = upset(combos, sizes, {"x": "X", "y": "Y"}, "X dominates")
    >>> len(fig.axes)
    3
    >>> plt.close(fig)
    """
    combos = combos.head(int(max_bars)).reset_index(drop=True)
    sets = [str(s) for s in set_sizes.index]
    n_bars, n_sets = len(combos), len(sets)
    width = max(6.0, 0.55 * n_bars + 5.0)
    height = 3.2 + 0.38 * max(n_sets, 1)
    fig = plt.figure(figsize=(width, height))
    grid = fig.add_gridspec(
        2, 2, width_ratios=[1.2, max(n_bars, 1) * 0.55], height_ratios=[3.2, 0.38 * max(n_sets, 1)]
    )
    ax_bars = fig.add_subplot(grid[0, 1])
    ax_matrix = fig.add_subplot(grid[1, 1], sharex=ax_bars)
    ax_sizes = fig.add_subplot(grid[1, 0], sharey=ax_matrix)
    xs = np.arange(n_bars)
    counts = combos["organisations"].to_numpy(dtype=float) if n_bars else np.zeros(0)
    ax_bars.bar(xs, counts, color=PALETTE[0], width=0.6)
    for x, v in zip(xs, counts, strict=True):
        ax_bars.annotate(
            f"{v:g}", (x, v), xytext=(0, 3), textcoords="offset points", ha="center", fontsize=8
        )
    ax_bars.set_ylabel("organisations on exactly\nthese campaigns")
    ax_bars.set_ylim(0, max(counts.max(initial=0) * 1.15, 1))
    ax_bars.tick_params(axis="x", bottom=False, labelbottom=False)
    ax_bars.set_title(plain(title))
    # dot matrix: grey dots everywhere, dark dots and a line where a campaign is in the combo
    for x, combination in enumerate(combos["combination"]):
        members = sorted(sets.index(s) for s in combination.split(";") if s in sets)
        ax_matrix.scatter([x] * n_sets, range(n_sets), s=40, color="#d0d0d0", zorder=1)
        ax_matrix.scatter([x] * len(members), members, s=55, color=PALETTE[7], zorder=3)
        if len(members) > 1:
            ax_matrix.plot([x, x], [members[0], members[-1]], color=PALETTE[7], lw=2, zorder=2)
    ax_matrix.set_yticks(range(n_sets), [plain(labels.get(s, s), 42) for s in sets])
    ax_matrix.set_ylim(n_sets - 0.5, -0.5)
    ax_matrix.set_xlim(-0.6, max(n_bars, 1) - 0.4)
    ax_matrix.tick_params(axis="x", bottom=False, labelbottom=False)
    ax_matrix.tick_params(axis="y", length=0, labelleft=False, labelright=True)
    ax_matrix.spines[:].set_visible(False)
    sizes = set_sizes.to_numpy(dtype=float)
    ax_sizes.barh(range(n_sets), sizes, color=PALETTE[1], height=0.6)
    ax_sizes.invert_xaxis()
    ax_sizes.set_xlabel("organisations\nper campaign")
    ax_sizes.tick_params(axis="y", left=False, labelleft=False)
    ax_sizes.spines["left"].set_visible(False)
    ax_sizes.spines["right"].set_visible(True)
    fig.subplots_adjust(wspace=0.02, hspace=0.05)
    return fig


def _wrapped(text, width=45, lines=2):
    """A label over at most ``lines`` lines, cut at a word and marked when shortened."""
    return plain("\n".join(textwrap.wrap(str(text), width, max_lines=lines, placeholder=" …")))


def campaign_timeline(frame, title):
    """Campaigns on a time axis, one row each: colour = who signs, shape = date precision.

    Parameters
    ----------
    frame : pandas.DataFrame
        ``title``, ``timestamp`` (month dates on the 1st), ``date_precision`` and
        ``signatory_type`` (``organisations`` / ``individuals``), one row per campaign, in
        the order to draw them top to bottom.
    title : str

    Returns
    -------
    matplotlib.figure.Figure
    """
    colours = {"organisations": PALETTE[0], "individuals": PALETTE[1]}
    fig, ax = plt.subplots(figsize=(9, 0.55 * max(len(frame), 1) + 1.8))
    if frame.empty:
        _empty(ax, "no campaign in the data")
        return fig
    for y, row in enumerate(frame.itertuples()):
        ax.scatter(
            row.timestamp,
            y,
            s=60,
            zorder=3,
            color=colours.get(row.signatory_type, PALETTE[7]),
            marker="o" if row.date_precision == "day" else "s",
        )
    ax.set_yticks(range(len(frame)), [_wrapped(t) for t in frame["title"]])
    ax.set_ylim(len(frame) - 0.5, -0.5)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(plain(title))
    handles = [
        plt.Line2D([], [], marker="o", ls="", color=c, label=f"signed by {kind}")
        for kind, c in colours.items()
    ]
    handles += [
        plt.Line2D([], [], marker="o", ls="", color="grey", label="date known to the day"),
        plt.Line2D([], [], marker="s", ls="", color="grey", label="known to the month only"),
    ]
    # below the axis: never on top of a campaign
    ax.legend(
        handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False
    )
    fig.autofmt_xdate(rotation=0, ha="center")
    return fig


def named_vs_reported(frame, title):
    """Per campaign, organisations named in the corpus beside the count the sources report.

    Parameters
    ----------
    frame : pandas.DataFrame
        ``title``, ``named_organisations``, ``reported_signatories`` (missing when no count was
        reported) and ``reported_qualifier`` (``exact`` / ``at_least`` / ``about`` / ``""``).
    title : str

    Returns
    -------
    matplotlib.figure.Figure
        Each bar carries its number; a campaign without a reported count says so instead of
        drawing a zero-length bar.
    """
    fig, ax = plt.subplots(figsize=(9, 0.75 * max(len(frame), 1) + 1.6))
    if frame.empty:
        _empty(ax, "no campaign signed by organisations")
        return fig
    words = {"exact": "", "at_least": "at least ", "about": "about "}
    largest = max(
        [1, *frame["named_organisations"].fillna(0), *frame["reported_signatories"].fillna(0)]
    )
    for y, row in enumerate(frame.itertuples()):
        named = int(row.named_organisations or 0)
        ax.barh(y - 0.2, named, height=0.38, color=PALETTE[0])
        ax.text(named + largest * 0.01, y - 0.2, f"{named} named", va="center", fontsize=8)
        if pd.isna(row.reported_signatories):
            ax.text(
                largest * 0.01,
                y + 0.2,
                "no count reported",
                va="center",
                fontsize=8,
                color="#555555",
                style="italic",
            )
            continue
        reported = int(row.reported_signatories)
        ax.barh(y + 0.2, reported, height=0.38, color=PALETTE[1])
        label = f"{words.get(row.reported_qualifier, '')}{reported} reported"
        ax.text(reported + largest * 0.01, y + 0.2, label, va="center", fontsize=8)
    ax.set_yticks(range(len(frame)), [_wrapped(t) for t in frame["title"]])
    ax.set_ylim(len(frame) - 0.5, -0.5)
    ax.set_xlim(0, largest * 1.25)
    ax.set_xlabel("organisations")
    ax.set_title(plain(title))
    handles = [
        Patch(color=PALETTE[0], label="named in the corpus"),
        Patch(color=PALETTE[1], label="reported by the sources"),
    ]
    ax.legend(
        handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, frameon=False
    )
    return fig


def turnover_bars(frame, titles, title):
    """Per campaign in time order (top to bottom): new and returning organisations, stacked.

    ``frame`` is :func:`netlib.analysis.turnover.turnover`'s table; campaigns that name no
    organisation keep their row, marked "none named", so the timeline has no silent gap.

    Examples
    --------
    >>> frame = pd.DataFrame({"campaign_id": ["x", "y"], "date": ["2019-01-15", "2020-06"],
    ...                       "named": [2, 0], "returning": [0, 0], "new": [2, 0]})
    >>> fig = turnover_bars(frame, {"x": "X"}, "2 new")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['2019-01-15: X', '2020-06: y']
    >>> [t.get_text() for t in fig.axes[0].texts]
    ['2 new', 'none named']
    >>> plt.close(fig)
    """
    fig, ax = _row_axes(len(frame), 0.55, 1.8, title, None if len(frame) else "no dated campaign")
    if frame.empty:
        return fig
    ys = np.arange(len(frame))
    new = frame["new"].to_numpy(dtype=float)
    returning = frame["returning"].to_numpy(dtype=float)
    ax.barh(ys, returning, color=PALETTE[1], height=0.7, label="signed an earlier campaign")
    ax.barh(ys, new, left=returning, color=PALETTE[0], height=0.7, label="new to the corpus")
    for y, row in zip(ys, frame.itertuples(index=False), strict=True):
        if row.named == 0:
            text = "none named"
        elif row.returning:
            text = f"{row.new:g} new, {row.returning:g} returning"
        else:
            text = f"{row.new:g} new"
        ax.annotate(
            text,
            (row.named, y),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=9,
            color="#555555" if row.named == 0 else "black",
        )
    labels = [
        _wrapped(f"{row.date}: {titles.get(row.campaign_id, row.campaign_id)}")
        for row in frame.itertuples(index=False)
    ]
    ax.set_yticks(ys, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, max(float(frame["named"].max()) * 1.35, 1))  # room for the annotations
    ax.grid(axis="x", alpha=0.3)
    ax.set_xlabel("organisations named on the campaign")
    ax.set_title(plain(title))
    ax.legend(frameon=False, loc="lower right")
    return fig
