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
# # How does the coalition change over time? New and returning signers, campaign by campaign
#
# **Question.** Campaign after campaign, does the coalition draw on the same organisations, or on
# new ones? Which organisations come back after an earlier campaign has ended?
#
# **Reads** `DATA_DIR/signatures.csv`, `organisations.csv`, `campaigns.csv` (written by
# `netlib build`).
# **Writes** `FIGURES_DIR/fig4_turnover.{svg,csv}` (every dated campaign in time order: organisations
# named, new to the corpus, returning from an earlier campaign, cumulative) and
# `FIGURES_DIR/fig4_returning.csv` (each returning organisation, where it first signed and where
# again).
#
# Dates have a precision: a campaign dated to the month covers the whole month, and counts as
# earlier than another only when it ended before the other started.

# %% tags=["parameters"]
# Parameters (papermill overrides this cell; paths are relative to the repository root)
data_dir = "data/processed"
output_dir = "figures"
fig_format = "svg"
collapse_chapters = False
top_n = 15

# %%
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

from netlib import figures, narrative, plots, turnover
from netlib.io.tables import write_table

tables, out, names, titles, bi, _ = plots.setup_notebook(
    data_dir, output_dir, collapse_chapters=collapse_chapters
)

# %% [markdown]
# ## New and returning signers, campaign by campaign
#
# Each bar is a dated campaign, oldest at the top: organisations named on it that had signed a
# campaign which ended before it started (returning), and the others (new to the corpus). A
# campaign signed by individuals, or whose sources name no organisation, keeps its row.

# %%
changes = turnover.turnover(bi, tables["campaigns"])
fig = figures.turnover_bars(changes, titles, narrative.title_turnover(changes))
plots.save_figure(fig, changes, "fig4_turnover", out, fig_format)
plt.show()
display(Markdown(narrative.turnover_sentence(changes, titles)))

# %% [markdown]
# ## Who comes back
#
# The organisations that sign again after an earlier campaign has ended (at most `top_n`, those on
# most campaigns first): the threads that tie the coalition's campaigns together over time.

# %%
returning = turnover.returning_organisations(bi, tables["campaigns"])
write_table(returning, out / "fig4_returning.csv")
display(Markdown(narrative.turnover_lines(returning.head(top_n), names, titles)))
