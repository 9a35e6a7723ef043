# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who signs together? Co-signing clusters, their stability and the backbone
#
# **Question.** Do organisations fall into groups that sign the same letters? Are those groups a
# property of the data or of one random seed, and which co-signing ties are stronger than the
# organisations' numbers of campaigns alone would produce?
#
# **Reads** `DATA_DIR/signatures.csv`, `organisations.csv`, `campaigns.csv` (written by
# `netlib build`).
# **Writes** `FIGURES_DIR/fig2_clusters.{svg,csv}`, `FIGURES_DIR/fig2_cluster_membership.csv`,
# `FIGURES_DIR/fig2_cosigning_heatmap.{svg,csv}`, `FIGURES_DIR/fig2_backbone.{svg,csv}` and
# `FIGURES_DIR/fig2_backbone_edges.csv`.

# %% tags=["parameters"]
# Parameters (papermill overrides this cell; paths are relative to the repository root)
data_dir = "data/processed"
output_dir = "figures"
fig_format = "svg"
collapse_chapters = False
weighting = "newman"
min_shared = 1
seed = 0
stability_runs = 20
top_n = 15
backbone_alpha = 0.05

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

from netlib import backbone, centrality, communities, figures, narrative, overlap, plots
from netlib.io.tables import write_table

tables, out, names, titles, bi, projection = plots.setup_notebook(
    data_dir,
    output_dir,
    collapse_chapters=collapse_chapters,
    weighting=weighting,
    min_shared=min_shared,
)
display(Markdown(narrative.network_sentence(bi, projection)))

# %% [markdown]
# ## Clusters and their stability
#
# Leiden (modularity, seeded) on the weighted co-signing projection, then the same run under other seeds: the adjusted Rand index of two runs is 1 when they give the same partition.

# %%
cluster_frame = communities.clusters(projection, seed=seed, method="leiden")
stability = communities.cluster_stability(
    projection, seeds=range(seed, seed + stability_runs), method="leiden"
)
sizes = overlap.cluster_table(cluster_frame, stability.consensus)
fig = figures.count_bars(
    [f"cluster {c}" for c in sizes["cluster"]],
    sizes["organisations"],
    narrative.title_clusters(sizes),
    ylabel="organisations",
)
plots.save_figure(fig, sizes, "fig2_clusters", out, fig_format)
write_table(
    overlap.cluster_membership(cluster_frame, stability.consensus, names),
    out / "fig2_cluster_membership.csv",
)
plt.show()
display(
    Markdown(
        narrative.cluster_sentence(cluster_frame, overlap.largest_campaign(bi, titles))
        + "\n\n"
        + narrative.stability_sentence(stability)
    )
)

# %% [markdown]
# ## Who co-signs with whom: the strongest co-signers
#
# The organisations with the largest co-signing strength, grouped by cluster; colour is the co-signing weight, the number in a cell the campaigns the two share.

# %%
strength = centrality.centrality(projection, measures=("degree", "strength"), sort_by="strength")
chosen = overlap.order_by_cluster(strength, cluster_frame, by="strength", n=top_n)
pairs = overlap.cosigning_pairs(projection, chosen["org_id"])
fig = figures.heatmap(
    pairs,
    chosen["org_id"],
    names,
    narrative.title_heatmap(chosen),
    value="weight",
    annotate="shared",
    colorbar=f"co-signing weight ({weighting})",
)
plots.save_figure(fig, pairs, "fig2_cosigning_heatmap", out, fig_format)
plt.show()

# %% [markdown]
# ## The backbone: ties stronger than chance
#
# The stochastic degree sequence model (SDSM) keeps a pair of organisations when they share more campaigns than expected given how many campaigns each signs and how many organisations each campaign has (Holm-corrected). The disparity filter is shown only as a labelled comparison: it ignores that the network is a projection.

# %%
sdsm = backbone.sdsm(bi, alpha=backbone_alpha)
disparity = backbone.disparity_filter(projection, alpha=backbone_alpha)
counts = overlap.backbone_counts(projection, sdsm, disparity)
fig = figures.count_bars(
    counts["set"], counts["pairs"], narrative.title_backbone(sdsm), ylabel="organisation pairs"
)
plots.save_figure(fig, counts, "fig2_backbone", out, fig_format)
write_table(overlap.backbone_edges(sdsm, disparity, names), out / "fig2_backbone_edges.csv")
plt.show()
display(Markdown(narrative.backbone_sentences(sdsm, disparity)))
