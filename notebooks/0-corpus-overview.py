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
# # What is in the corpus: documents, campaigns and who is named
#
# **Question.** Which documents does the corpus hold, which campaigns do they report on and when,
# and how many of each campaign's signatories are actually named, against the number reported?
#
# **Reads** `DATA_DIR/documents.csv`, `campaigns.csv`, `signatures.csv`, `organisations.csv`,
# `rejected.csv` (written by `netlib build`).
# **Writes** `FIGURES_DIR/fig0_campaign_timeline.{svg,csv}` and
# `FIGURES_DIR/fig0_named_vs_reported.{svg,csv}`.

# %% tags=["parameters"]
# Parameters (papermill overrides this cell; paths are relative to the repository root)
data_dir = "data/processed"
output_dir = "figures"
fig_format = "svg"

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

from netlib import figures, narrative, plots, summaries

tables, out, *_ = plots.setup_notebook(data_dir, output_dir)

# %% [markdown]
# ## Headline numbers

# %%
counts = summaries.corpus_counts(tables)
counts

# %% [markdown]
# ## Documents

# %%
tables["documents"][["doc_id", "kind", "outlet", "published", "date_precision", "title"]]

# %% [markdown]
# ## Campaigns over time

# %%
coverage = summaries.campaign_coverage(tables)
timeline = summaries.campaign_timeline(tables)
fig = figures.campaign_timeline(timeline, narrative.title_timeline(timeline))
plots.save_figure(
    fig, timeline.drop(columns=["timestamp"]), "fig0_campaign_timeline", out, fig_format
)
plt.show()

# %% [markdown]
# ## Named versus reported signatories

# %%
coalition = summaries.coalition_campaigns(coverage)
fig = figures.named_vs_reported(coalition, narrative.title_named_vs_reported(coverage))
plots.save_figure(fig, coalition, "fig0_named_vs_reported", out, fig_format)
plt.show()

# %%
display(Markdown(narrative.campaign_coverage_lines(coverage)))

# %% [markdown]
# ## What was not taken, and why

# %%
summaries.rejection_reasons(tables["rejected"])
