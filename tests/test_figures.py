"""Tests of the figures: what is drawn matches the data, labels are literal, bytes are stable."""

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from netlib import figures
from netlib.analysis.overlap import campaign_sizes, intersections
from netlib.network.graph import biadjacency
from netlib.present.figures import bar_ranking, count_bars, heatmap, plain, upset
from netlib.present.plots import apply_style, save_figure


@pytest.fixture(autouse=True)
def _close():
    apply_style()
    yield
    plt.close("all")


def test_upset_draws_one_bar_per_combination_and_its_dots(tables):
    bi = biadjacency(tables)
    combos = intersections(bi)
    fig = upset(combos, campaign_sizes(bi), {}, "six combinations")
    ax_bars, ax_matrix, ax_sizes = fig.axes
    assert [p.get_height() for p in ax_bars.patches] == [1] * 6
    # one dark dot per (combination, campaign) membership: 3 + 2 + 2 + 1 + 1 + 1
    dark = sum(len(c.get_offsets()) for c in ax_matrix.collections[1::2])
    assert dark == 10
    assert [p.get_width() for p in ax_sizes.patches] == [4, 3, 3]


def test_upset_limits_the_bars(tables):
    bi = biadjacency(tables)
    fig = upset(intersections(bi), campaign_sizes(bi), {}, "t", max_bars=2)
    assert len(fig.axes[0].patches) == 2


def test_heatmap_annotates_only_pairs_that_share_something():
    pairs = pd.DataFrame(
        {
            "source": ["a", "b", "a", "c"],
            "target": ["b", "a", "c", "a"],
            "weight": [0.5, 0.5, 0.0, 0.0],
            "shared": [2, 2, 0, 0],
        }
    )
    fig = heatmap(pairs, ["a", "b", "c"], {"a": "$A$"}, "t")
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.texts] == ["2", "2"]
    assert ax.get_yticklabels()[0].get_text() == "\\$A\\$"


def test_bar_ranking_keeps_order_and_colours_groups():
    frame = pd.DataFrame({"name": ["A", "B", "C"], "v": [3.0, 2.0, 1.0], "g": [2, 1, 1]})
    fig = bar_ranking(frame, "v", "name", "A first", group="g", group_labels={1: "one"})
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B", "C"]
    colours = [p.get_facecolor() for p in ax.patches]
    assert colours[1] == colours[2] != colours[0]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["one", "2"]


def test_empty_inputs_draw_a_message_instead_of_failing():
    fig = bar_ranking(pd.DataFrame({"name": [], "v": []}), "v", "name", "nothing")
    assert fig.axes[0].texts[0].get_text() == "nothing to rank"
    empty = pd.DataFrame(columns=["source", "target", "weight", "shared"])
    assert heatmap(empty, [], {}, "t").axes[0].texts[0].get_text() == "nothing to draw"


def test_plain_escapes_mathtext():
    assert plain("$5") == "\\$5"
    assert plain("x" * 50, 10).endswith("…")


def test_saved_figures_are_byte_identical(tmp_path):
    data = pd.DataFrame({"label": ["a", "b"], "value": [1, 2]})
    paths = []
    for run in range(2):
        fig = count_bars(data["label"], data["value"], "b is larger")
        paths.append(save_figure(fig, data, "fig_test", tmp_path / str(run)))
    assert paths[0].read_bytes() == paths[1].read_bytes()
    assert (tmp_path / "0" / "fig_test.csv").read_text() == "label,value\na,1\nb,2\n"


def test_named_vs_reported_says_when_no_count_was_reported():
    frame = pd.DataFrame(
        {
            "title": ["NYPD letter", "Face letter", "Small demand"],
            "named_organisations": [6, 89, 1],
            "reported_signatories": pd.array([18, None, 40], dtype="Int64"),
            "reported_qualifier": ["exact", "", "at_least"],
        }
    )
    fig = figures.named_vs_reported(frame, "1 of 3 name fewer")
    texts = [t.get_text() for t in fig.axes[0].texts]
    assert texts == [
        "6 named",
        "18 reported",
        "89 named",
        "no count reported",
        "1 named",
        "at least 40 reported",
    ]
    # three named bars and two reported ones
    assert len(fig.axes[0].patches) == 5
    plt.close(fig)


def test_campaign_timeline_keeps_the_legend_off_the_data():
    frame = pd.DataFrame(
        {
            "title": ["A very long campaign title that needs more than one line to be read"],
            "timestamp": pd.to_datetime(["2020-06-01"]),
            "date_precision": ["month"],
            "signatory_type": ["individuals"],
        }
    )
    fig = figures.campaign_timeline(frame, "1 campaign")
    ax = fig.axes[0]
    label = ax.get_yticklabels()[0].get_text()
    assert "\n" in label and label.replace("\n", " ").startswith("A very long campaign")
    anchor = ax.get_legend().get_bbox_to_anchor().transformed(ax.transAxes.inverted())
    assert anchor.y0 < 0  # below the axes
    plt.close(fig)


def test_setup_notebook_gives_each_notebook_its_start(tables, tmp_path):
    from matplotlib import rcParams

    from netlib.io.tables import write_table
    from netlib.present.plots import setup_notebook
    from tests.conftest import BAN

    (tmp_path / "processed").mkdir()
    for name, frame in tables.items():
        write_table(frame, tmp_path / "processed" / f"{name}.csv")
    rcParams["svg.hashsalt"] = None
    start = setup_notebook(tmp_path / "processed", tmp_path / "figs", weighting="newman")
    assert rcParams["svg.hashsalt"] == "netlib"  # the style is applied
    assert start.out == tmp_path / "figs" and start.out.is_dir()
    assert start.names["fftf"] == "Fight for the Future" and start.titles[BAN] == "Ban it"
    # 6 organisations sign 3 campaigns (tech-workers signs none, E names nobody); 10 pairs
    assert start.bi.shape == (6, 3) and start.projection.n_edges == 10
    # chapters folded: aclu-ma into aclu; no weighting, no projection
    folded = setup_notebook(tmp_path / "processed", tmp_path / "figs", collapse_chapters=True)
    assert folded.bi.shape == (5, 3) and folded.projection is None
    tables_, out, *_ = folded
    assert sorted(tables_) == sorted(tables) and out == start.out
