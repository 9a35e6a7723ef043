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
# # Who is central? Rankings of organisations, and the bridges between campaigns and clusters
#
# **Question.** Which organisations sit at the centre of the co-signing network — by degree,
# strength, betweenness, PageRank and bipartite degree — and which ones link campaigns, or clusters
# of co-signers, that would otherwise stand apart?
#
# **Reads** `DATA_DIR/signatures.csv`, `organisations.csv`, `campaigns.csv` (written by
# `netlib build`).
# **Writes** `FIGURES_DIR/fig1_top_organisations.{svg,csv}`, `FIGURES_DIR/fig1_bridges.{svg,csv}` and
# `FIGURES_DIR/fig1_centrality.csv` (every organisation, every measure); shows an interactive view
# of the organisation–campaign network (inline, no external file).

# %% tags=["parameters"]
# Parameters (papermill overrides this cell; paths are relative to the repository root)
data_dir = "data/processed"
output_dir = "figures"
fig_format = "svg"
collapse_chapters = False
weighting = "newman"
min_shared = 1
seed = 0
top_n = 15

# %%
import matplotlib.pyplot as plt
from IPython.display import HTML, Markdown, display

from netlib import bridging, communities, figures, graph, interactive, narrative, overlap, plots
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
# ## Rankings
#
# PageRank and strength use the co-signing weights; betweenness treats a strong tie as a short distance; bipartite degree is the share of all campaigns an organisation signs.

# %%
ranking = overlap.rank_organisations(projection, bi, names, seed=seed)
write_table(ranking, out / "fig1_centrality.csv")
top = ranking.head(top_n)
fig = figures.bar_ranking(
    top,
    "pagerank",
    "name",
    narrative.title_top(ranking, "pagerank", names),
    group="n_campaigns",
    group_labels={k: narrative.plural(k, "campaign") for k in top["n_campaigns"].unique()},
    xlabel=f"PageRank (co-signing weights: {weighting})",
)
plots.save_figure(fig, top, "fig1_top_organisations", out, fig_format)
plt.show()

# %%
display(
    Markdown(
        "\n\n".join(
            narrative.top_sentence(ranking, names, measure)
            for measure in ("degree", "strength", "betweenness", "pagerank", "bipartite_degree")
        )
    )
)
top

# %% [markdown]
# ## Bridges between campaigns
#
# An organisation on two campaigns is the only thing that links them in this network.

# %%
display(Markdown(narrative.bridge_lines(overlap.campaign_bridges(bi), names, titles)))

# %% [markdown]
# ## Bridges between clusters
#
# Clusters are Leiden communities of the co-signing projection (seeded). The participation coefficient is 0 for an organisation whose links all stay in its cluster, and grows as they spread over several.

# %%
cluster_frame = communities.clusters(projection, seed=seed)
bridge_table = bridging.bridges(projection, cluster_frame)
bridge_table.insert(1, "name", bridge_table["org_id"].map(names))
top_bridges = bridge_table.head(top_n)
fig = figures.bar_ranking(
    top_bridges,
    "participation",
    "name",
    narrative.title_bridges(bridge_table, names),
    group="cluster",
    group_labels={c: f"cluster {c}" for c in top_bridges["cluster"].unique()},
    xlabel="participation coefficient (0: every link inside its own cluster)",
)
plots.save_figure(fig, top_bridges, "fig1_bridges", out, fig_format)
plt.show()
display(Markdown(narrative.participation_sentence(bridge_table, names)))

# %% [markdown]
# ## The network, interactively
#
# Organisations are circles, campaigns squares; organisations and campaigns without any link are left out. The layout is computed once with a fixed seed, so it is the same on every run.

# %%
two_mode = graph.bipartite_graph(tables, collapse_chapters=collapse_chapters)
display(
    HTML(
        interactive.network_view(
            two_mode,
            name="fig1-network",
            seed=seed,
            caption="Organisations and the campaigns they sign",
            tables=tables,
        )
    )
)
