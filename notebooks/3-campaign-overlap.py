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
# # How do campaigns overlap? Shared signatories between campaigns
#
# **Question.** Which campaigns draw on the same organisations, how many organisations sign more
# than one campaign, and how similar is each pair of campaigns?
#
# **Reads** `DATA_DIR/signatures.csv`, `organisations.csv`, `campaigns.csv` (written by
# `netlib build`).
# **Writes** `FIGURES_DIR/fig3_upset.{svg,csv}` (organisations on exactly each combination of
# campaigns, the `top_n` largest combinations) and `FIGURES_DIR/fig3_campaign_similarity.{svg,csv}` (every pair of campaigns).

# %% tags=["parameters"]
# Parameters (papermill overrides this cell; paths are relative to the repository root)
data_dir = "data/processed"
output_dir = "figures"
fig_format = "svg"
collapse_chapters = False
weighting = "jaccard"
top_n = 15

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

from netlib import figures, narrative, overlap, plots

tables, out, names, titles, bi, _ = plots.setup_notebook(
    data_dir, output_dir, collapse_chapters=collapse_chapters
)

# %% [markdown]
# ## Who signs which combination of campaigns
#
# An UpSet plot: each bar counts the organisations on exactly the campaigns marked by the dots below it (at most `top_n` bars); the bars on the left are the campaigns' sizes.

# %%
combos = overlap.intersections(bi)
sizes = overlap.campaign_sizes(bi)
drawn = combos.head(top_n)
fig = figures.upset(drawn, sizes, titles, narrative.title_upset(combos, titles), max_bars=top_n)
plots.save_figure(fig, drawn, "fig3_upset", out, fig_format)
plt.show()
display(Markdown(narrative.overlap_sentence(combos, bi, len(tables["campaigns"]), titles)))

# %% [markdown]
# ## How similar are the campaigns
#
# Campaign-by-campaign similarity from the projection on campaigns: colour is the chosen weighting (Jaccard: shared organisations over all organisations of the two), the number in a cell the organisations they share.

# %%
similarity = overlap.campaign_similarity(bi, weighting=weighting)
fig = figures.heatmap(
    overlap.both_directions(similarity),
    sizes.index,
    titles,
    narrative.title_similarity(similarity, weighting),
    value="weight",
    annotate="shared",
    colorbar=weighting,
    width=50,
)
plots.save_figure(fig, similarity, "fig3_campaign_similarity", out, fig_format)
plt.show()
display(Markdown(narrative.similarity_sentence(similarity, titles, weighting)))
