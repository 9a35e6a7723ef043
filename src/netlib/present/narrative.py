"""Sentences for the notebooks' narrative, written from computed numbers (Markdown).

Every function takes the tables a notebook computed and returns Markdown in which each number
comes from those tables and each name is escaped with :func:`netlib.present.plots.escape_markdown`.
Degenerate results (an empty backbone, one cluster, nobody on two campaigns) get a sentence
saying so instead of an error.
"""

from __future__ import annotations

import numpy as np

from netlib.analysis.overlap import at_top
from netlib.analysis.summaries import coalition_campaigns, naming_gaps
from netlib.present.plots import escape_markdown as md
from netlib.present.plots import shorten
from netlib.wording import plural

__all__ = [
    "backbone_sentences",
    "bridge_lines",
    "campaign_coverage_lines",
    "cluster_sentence",
    "network_sentence",
    "overlap_sentence",
    "participation_sentence",
    "plural",
    "similarity_sentence",
    "stability_sentence",
    "title_backbone",
    "title_bridges",
    "title_clusters",
    "title_heatmap",
    "title_named_vs_reported",
    "title_similarity",
    "title_timeline",
    "title_top",
    "title_turnover",
    "title_upset",
    "top_sentence",
    "turnover_lines",
    "turnover_sentence",
]

MEASURE_NAMES = {
    "degree": "degree (number of co-signers)",
    "strength": "strength (sum of co-signing weights)",
    "betweenness": "betweenness",
    "pagerank": "PageRank",
    "eigenvector": "eigenvector centrality",
    "bipartite_degree": "bipartite degree (share of campaigns signed)",
}


_QUALIFIER_WORDS = {"exact": "exactly", "at_least": "at least", "about": "about"}


def campaign_coverage_lines(coverage):
    """One Markdown bullet per campaign: organisations named against the count reported.

    Parameters
    ----------
    coverage : pandas.DataFrame
        :func:`netlib.analysis.summaries.campaign_coverage`: ``title``, ``date``,
        ``signatory_type``,
        ``named_organisations``, ``reported_signatories``, ``reported_qualifier``.

    Examples
    --------
    >>> import pandas as pd
    >>> coverage = pd.DataFrame({
    ...     "title": ["Ban it", "Employees' letter"], "date": ["2020-06", "2021-03"],
    ...     "signatory_type": ["organisations", "individuals"], "named_organisations": [1, 0],
    ...     "reported_signatories": [40, None], "reported_qualifier": ["about", ""]})
    >>> print(campaign_coverage_lines(coverage))
    - **Ban it** (2020-06): 1 organisation named; about 40 reported.
    - **Employees' letter** (2021-03): signed by individuals (names withheld); no count reported.
    """
    lines = []
    for row in coverage.itertuples():
        if row.reported_qualifier == "":
            reported = "no count reported"
        else:
            qualifier = _QUALIFIER_WORDS[row.reported_qualifier]
            reported = f"{qualifier} {int(row.reported_signatories)} reported"
        if row.signatory_type == "organisations":
            named = f"{plural(row.named_organisations, 'organisation')} named"
        else:
            named = "signed by individuals (names withheld)"
        lines.append(f"- **{md(row.title)}** ({row.date}): {named}; {reported}.")
    return "\n".join(lines)


def title_timeline(timeline):
    """Title of the campaign timeline: how many campaigns, from the first month to the last.

    Parameters
    ----------
    timeline : pandas.DataFrame
        :func:`netlib.analysis.summaries.campaign_timeline` (a ``timestamp`` column, NaT if
        undated).

    Examples
    --------
    >>> import pandas as pd
    >>> title_timeline(pd.DataFrame({"timestamp": pd.to_datetime(["2019-01-15", "2020-07-01"])}))
    '2 campaigns from January 2019 to July 2020'
    >>> title_timeline(pd.DataFrame({"timestamp": pd.to_datetime([None])}))
    '1 campaign, none of them dated'
    """
    dated = timeline["timestamp"].dropna()
    if dated.empty:
        return f"{plural(len(timeline), 'campaign')}, none of them dated"
    return f"{plural(len(timeline), 'campaign')} from {dated.min():%B %Y} to {dated.max():%B %Y}"


def title_named_vs_reported(coverage):
    """Title of the named-versus-reported figure: how many coalition campaigns fall short.

    Parameters
    ----------
    coverage : pandas.DataFrame
        :func:`netlib.analysis.summaries.campaign_coverage` (gaps as in
        :func:`netlib.analysis.summaries.naming_gaps`).

    Examples
    --------
    >>> import pandas as pd
    >>> coverage = pd.DataFrame({
    ...     "signatory_type": ["organisations", "organisations", "individuals"],
    ...     "named_organisations": [6, 4, 0],
    ...     "reported_signatories": pd.array([18, 4, 250], dtype="Int64")})
    >>> title_named_vs_reported(coverage)
    '1 of 2 coalition campaigns name fewer signers than they report'
    """
    total = len(coalition_campaigns(coverage))
    verb = (
        "names fewer signers than it reports"
        if total == 1
        else "name fewer signers than they report"
    )
    return f"{len(naming_gaps(coverage))} of {plural(total, 'coalition campaign')} {verb}"


def _fmt(value):
    return f"{float(value):.3g}"


def network_sentence(bi, projection):
    """What the analysed network is: organisations, campaigns, pairs, multi-campaign signers.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib.network.graph import biadjacency
    >>> from netlib.network.projection import project
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a"], "campaign_id": ["x", "x", "y"]})
    >>> bi = biadjacency({"signatures": sigs})
    >>> network_sentence(bi, project(bi))
    'The network has 2 organisations on 2 campaigns; 1 pair of organisations co-signs (weighting: count, at least 1 shared campaign). 1 organisation signs two or more campaigns.'
    """  # noqa: E501
    multi = int((bi.org_degrees() >= 2).sum())
    return (
        f"The network has {plural(bi.shape[0], 'organisation')} on "
        f"{plural(bi.shape[1], 'campaign')}; "
        f"{plural(projection.n_edges, 'pair of organisations co-signs', 'pairs of organisations co-sign')} "  # noqa: E501
        f"(weighting: {projection.weighting}, at least "
        f"{plural(projection.params.get('min_shared', 1), 'shared campaign')}). "
        f"{plural(multi, 'organisation signs', 'organisations sign')} two or more campaigns."
    )


def top_sentence(centrality, names, measure):
    """Who ranks first by one measure, or how many tie for first place.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"org_id": ["a", "b", "c"], "degree": [2, 2, 1]})
    >>> top_sentence(frame, {"a": "A*"}, "degree")
    '2 organisations tie for first place by degree (number of co-signers) (2): this measure does not single anyone out.'
    >>> top_sentence(frame.iloc[1:], {"b": "B"}, "degree")
    'By degree (number of co-signers), **B** ranks first (2).'
    """  # noqa: E501
    if centrality.empty:
        return f"No organisation to rank by {MEASURE_NAMES.get(measure, measure)}."
    if centrality[measure].isna().all():
        return (
            f"{MEASURE_NAMES.get(measure, measure).capitalize()} is not computed on a network "
            f"of {len(centrality):,} organisations: too slow for the exact algorithm, and too "
            "many ties to sample; its column is left empty."
        )
    id_column = centrality.columns[0]
    best = centrality[measure].to_numpy(dtype=float).max()
    tied = at_top(centrality, measure)
    label = MEASURE_NAMES.get(measure, measure)
    if tied.sum() > 1:
        return (
            f"{int(tied.sum())} organisations tie for first place by {label} ({_fmt(best)}): "
            "this measure does not single anyone out."
        )
    first = centrality[id_column].to_numpy()[np.flatnonzero(tied)[0]]
    return f"By {label}, **{md(names.get(first, first))}** ranks first ({_fmt(best)})."


def bridge_lines(campaign_bridges, names, titles):
    """A Markdown list: each organisation on two or more campaigns, with those campaigns.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"org_id": ["a"], "n_campaigns": [2], "campaigns": ["x;y"]})
    >>> print(bridge_lines(frame, {"a": "A"}, {"x": "X [1]", "y": "Y"}))
    - **A** links 2 campaigns: X \\[1\\]; Y.
    """
    if campaign_bridges.empty:
        return "No organisation signs two campaigns: nothing in the corpus links the campaigns."
    lines = []
    for row in campaign_bridges.itertuples(index=False):
        linked = "; ".join(md(titles.get(c, c)) for c in row.campaigns.split(";"))
        lines.append(
            f"- **{md(names.get(row.org_id, row.org_id))}** links "
            f"{plural(row.n_campaigns, 'campaign')}: {linked}."
        )
    return "\n".join(lines)


def participation_sentence(bridges, names):
    """Which organisations link clusters other than their own (participation coefficient).

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"org_id": ["a", "b"], "cluster": [0, 0],
    ...                       "participation": [0.0, 0.0], "other_clusters_linked": [0, 0]})
    >>> participation_sentence(frame, {})
    'There is only 1 cluster, so no organisation bridges clusters.'
    """
    n_clusters = int(bridges["cluster"].nunique()) if len(bridges) else 0
    if n_clusters <= 1:
        return (
            f"There is only {plural(n_clusters, 'cluster')}, so no organisation bridges clusters."
        )
    linking = bridges[bridges["other_clusters_linked"] > 0]
    if linking.empty:
        return (
            f"None of the {plural(n_clusters, 'cluster')} is linked to another: no organisation "
            "bridges clusters."
        )
    first = linking.iloc[0]
    id_column = bridges.columns[0]
    return (
        f"{plural(len(linking), 'organisation links', 'organisations link')} a cluster other "
        f"than {'its' if len(linking) == 1 else 'their'} own (of {plural(n_clusters, 'cluster')}); "
        "the highest participation "
        f"coefficient is {_fmt(first['participation'])}, "
        f"**{md(names.get(first[id_column], first[id_column]))}**."
    )


def cluster_sentence(cluster_frame, largest_campaign=None):
    """Number and sizes of clusters, the share of the largest, and its modularity.

    Parameters
    ----------
    cluster_frame : pandas.DataFrame
        Output of :func:`netlib.analysis.communities.clusters` (with ``attrs``).
    largest_campaign : tuple, optional
        ``(title, organisations)`` of the campaign with most organisations, to set the largest
        cluster beside it.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"org_id": list("abcd"), "cluster": [0, 0, 0, 1]})
    >>> frame.attrs.update({"method": "leiden", "seed": 0, "modularity": 0.0})
    >>> cluster_sentence(frame, ("Letter", 3))
    'leiden (seed 0) finds 2 clusters of sizes 3, 1 (modularity 0). The largest holds 75% of the 4 organisations; the largest campaign, Letter, names 3 organisations. 1 cluster is a single organisation.'
    """  # noqa: E501
    if cluster_frame.empty:
        return "There is no organisation to cluster."
    sizes = cluster_frame["cluster"].value_counts().sort_index().to_numpy()
    attrs = cluster_frame.attrs
    text = (
        f"{attrs.get('method', 'clustering')} (seed {attrs.get('seed', '?')}) finds "
        f"{plural(len(sizes), 'cluster')} of sizes {', '.join(str(int(s)) for s in sizes)} "
        f"(modularity {_fmt(attrs.get('modularity', float('nan')))}). The largest holds "
        f"{100 * sizes[0] / sizes.sum():.0f}% of the {plural(sizes.sum(), 'organisation')}"
    )
    if largest_campaign is not None:
        title, size = largest_campaign
        text += f"; the largest campaign, {md(title)}, names {plural(size, 'organisation')}"
    text += "."
    singletons = int((sizes == 1).sum())
    if singletons and singletons == len(sizes):
        text += " Every cluster is a single organisation: no group co-signs at this threshold."
    elif singletons:
        text += f" {plural(singletons, 'cluster is', 'clusters are')} a single organisation."
    return text


def stability_sentence(result):
    """Whether clusters depend on the seed (mean adjusted Rand index across runs).

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> r = SimpleNamespace(params={"seeds": [0, 1], "method": "leiden", "mean_ari": 1.0,
    ...                             "mean_nmi": 1.0, "n_clusters": 3})
    >>> stability_sentence(r)
    'Across 2 leiden runs with different seeds the partitions agree (mean adjusted Rand index 1, mean NMI 1): the clusters do not depend on the seed. The consensus has 3 clusters.'
    """  # noqa: E501
    p = result.params
    same = p["mean_ari"] >= 0.999
    verdict = (
        "agree (mean adjusted Rand index {ari}, mean NMI {nmi}): the clusters do not depend on "
        "the seed"
        if same
        else "differ (mean adjusted Rand index {ari}, mean NMI {nmi}): read single-run clusters "
        "with care"
    ).format(ari=_fmt(p["mean_ari"]), nmi=_fmt(p["mean_nmi"]))
    return (
        f"Across {len(p['seeds'])} {p['method']} runs with different seeds the partitions "
        f"{verdict}. The consensus has {plural(p['n_clusters'], 'cluster')}."
    )


def backbone_sentences(sdsm_result, disparity_result=None):
    """The SDSM backbone in words, and the disparity filter labelled as a comparison.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib.network.backbone import BackboneResult
    >>> empty = BackboneResult(pd.DataFrame(), {"method": "sdsm", "alpha": 0.05,
    ...     "correction": "holm", "n_tested": 12, "n_kept": 0})
    >>> backbone_sentences(empty)
    'The SDSM backbone is **empty**: none of the 12 co-signing pairs is significant at alpha = 0.05 (holm correction) — no pair of organisations signs together more often than their numbers of campaigns predict.'
    """  # noqa: E501
    p = sdsm_result.params
    how = f"at alpha = {p['alpha']:g} ({p['correction']} correction)"
    if p["n_kept"] == 0:
        text = (
            "The SDSM backbone is **empty**: none of the "
            f"{plural(p['n_tested'], 'co-signing pair')} is significant {how} — "
            "no pair of organisations signs together more often than "
            "their numbers of campaigns predict."
        )
    else:
        text = (
            f"The SDSM backbone keeps {p['n_kept']} of the "
            f"{plural(p['n_tested'], 'co-signing pair')} {how}."
        )
    if disparity_result is not None:
        d = disparity_result.params
        text += (
            f" For comparison only — the disparity filter ignores that the network is a "
            f"projection of organisations on campaigns — it keeps {d['n_kept']} of "
            f"{plural(d['n_tested'], 'pair')} at alpha = {d['alpha']:g} (no correction)."
        )
    return text


def overlap_sentence(combos, bi, n_campaigns_total, titles):
    """How campaigns overlap: combinations, organisations on several, the largest group.

    Examples
    --------
    >>> import pandas as pd
    >>> from netlib.network.graph import biadjacency
    >>> from netlib.analysis.overlap import intersections
    >>> sigs = pd.DataFrame({"org_id": ["a", "a", "b"], "campaign_id": ["x", "y", "x"]})
    >>> bi = biadjacency({"signatures": sigs})
    >>> overlap_sentence(intersections(bi), bi, 3, {"x": "X"})
    '2 of the 3 campaigns name organisations (the others are signed by individuals or name no signer). The 2 organisations fall into 2 combinations of campaigns; 1 organisation is on more than one campaign. The largest group, 1 organisation, is on X and y only.'
    """  # noqa: E501
    n_named = bi.shape[1]
    text = f"{n_named} of the {plural(n_campaigns_total, 'campaign')} name organisations" + (
        " (the others are signed by individuals or name no signer). "
        if n_named < n_campaigns_total
        else ". "
    )
    if combos.empty:
        return text + "No organisation is on any campaign."
    multi = int(combos.loc[combos["n_campaigns"] > 1, "organisations"].sum())
    first = combos.iloc[0]
    where = " and ".join(md(titles.get(c, c)) for c in first["combination"].split(";"))
    return text + (
        f"The {plural(bi.shape[0], 'organisation')} fall into "
        f"{plural(len(combos), 'combination')} of campaigns; "
        f"{plural(multi, 'organisation is', 'organisations are')} on more than one campaign. "
        f"The largest group, {plural(first['organisations'], 'organisation')}, is on {where} only."
    )


def similarity_sentence(similarity, titles, weighting):
    """The most similar pair of campaigns, or that no two share an organisation.

    Examples
    --------
    >>> import pandas as pd
    >>> sim = pd.DataFrame({"source": ["x"], "target": ["y"], "shared": [0], "weight": [0.0]})
    >>> similarity_sentence(sim, {}, "jaccard")
    'No two campaigns share an organisation.'
    """
    linked = similarity[similarity["shared"] > 0]
    if linked.empty:
        return "No two campaigns share an organisation."
    linked = linked.sort_values(["source", "target"], kind="mergesort")
    best = linked.sort_values("weight", ascending=False, kind="mergesort").iloc[0]
    return (
        f"{len(linked)} of the {plural(len(similarity), 'pair')} of campaigns share at least "
        f"one organisation. The most similar by {weighting} is "
        f"**{md(titles.get(best['source'], best['source']))}** with "
        f"**{md(titles.get(best['target'], best['target']))}** ({weighting} "
        f"{_fmt(best['weight'])}, {plural(best['shared'], 'organisation')} in common)."
    )


# --- figure titles (plain text: they state the finding) ----------------------------------------

SHORT_MEASURES = {"bipartite_degree": "bipartite degree", "pagerank": "PageRank"}


def title_top(ranking, measure, names):
    """Title of a ranking: who is first, or how many tie, and how many sign several campaigns.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"org_id": ["a", "b"], "pagerank": [0.6, 0.4],
    ...                       "n_campaigns": [2, 1]})
    >>> title_top(frame, "pagerank", {"a": "A"})
    'A ranks first by PageRank; 1 of 2 organisations signs two or more campaigns'
    """
    if ranking.empty:
        return "No organisation to rank"
    label = SHORT_MEASURES.get(measure, measure)
    tied = at_top(ranking, measure)
    if tied.sum() > 1:
        head = f"{int(tied.sum())} organisations tie for first place by {label}"
    else:
        first = ranking.iloc[int(np.flatnonzero(tied)[0]), 0]
        head = f"{names.get(first, first)} ranks first by {label}"
    multi = int((ranking["n_campaigns"] >= 2).sum())
    verb = "signs" if multi == 1 else "sign"
    return f"{head}; {multi} of {plural(len(ranking), 'organisation')} {verb} two or more campaigns"


def title_bridges(bridges, names):
    """Title of the bridging figure.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"org_id": ["a", "b", "c"], "cluster": [0, 0, 1],
    ...                       "participation": [0.5, 0.0, 0.5],
    ...                       "other_clusters_linked": [1, 0, 1]})
    >>> title_bridges(frame, {"a": "A"})
    '2 organisations link a cluster other than their own; A ranks first'
    """
    n_clusters = int(bridges["cluster"].nunique()) if len(bridges) else 0
    if n_clusters <= 1:
        return "One cluster only: no organisation bridges clusters"
    linking = bridges[bridges["other_clusters_linked"] > 0]
    if linking.empty:
        return f"No organisation links two of the {plural(n_clusters, 'cluster')}"
    first = linking.iloc[0, 0]
    return (
        f"{plural(len(linking), 'organisation links', 'organisations link')} a cluster other "
        f"than their own; {names.get(first, first)} ranks first"
    )


def title_clusters(table):
    """Title of the cluster-size figure.

    Examples
    --------
    >>> import pandas as pd
    >>> title_clusters(pd.DataFrame({"cluster": [0, 1], "organisations": [3, 1]}))
    '2 clusters; the largest holds 75% of the organisations'
    """
    if table.empty:
        return "No organisation to cluster"
    total = table["organisations"].sum()
    share = 100 * table["organisations"].max() / total
    return f"{plural(len(table), 'cluster')}; the largest holds {share:.0f}% of the organisations"


def title_heatmap(chosen):
    """Title of the co-signing heatmap of the top organisations.

    Examples
    --------
    >>> import pandas as pd
    >>> title_heatmap(pd.DataFrame({"org_id": ["a", "b"], "cluster": [0, 0]}))
    'The top 2 co-signers by strength fall in 1 cluster (numbers: shared campaigns)'
    """
    k = int(chosen["cluster"].nunique())
    return (
        f"The top {len(chosen)} co-signers by strength fall in {plural(k, 'cluster')} "
        "(numbers: shared campaigns)"
    )


def title_backbone(sdsm_result):
    """Title of the backbone figure.

    Examples
    --------
    >>> from types import SimpleNamespace
    >>> title_backbone(SimpleNamespace(params={"n_kept": 0, "n_tested": 5, "alpha": 0.05}))
    'The SDSM backbone keeps none of 5 co-signing pairs at alpha = 0.05'
    """
    p = sdsm_result.params
    kept = "none" if p["n_kept"] == 0 else str(p["n_kept"])
    return (
        f"The SDSM backbone keeps {kept} of {plural(p['n_tested'], 'co-signing pair')} "
        f"at alpha = {p['alpha']:g}"
    )


def title_upset(combos, titles):
    """Title of the UpSet plot: the largest exclusive group, and how many are on several.

    Examples
    --------
    >>> import pandas as pd
    >>> combos = pd.DataFrame({"combination": ["x", "x;y"], "n_campaigns": [1, 2],
    ...                        "organisations": [4, 1]})
    >>> title_upset(combos, {"x": "X"})
    '4 organisations sign only X; 1 signs more than one campaign'
    """
    if combos.empty:
        return "No organisation signs any campaign"
    first = combos.iloc[0]
    where = " and ".join(titles.get(c, c) for c in first["combination"].split(";"))
    multi = int(combos.loc[combos["n_campaigns"] > 1, "organisations"].sum())
    return (
        f"{plural(first['organisations'], 'organisation signs', 'organisations sign')} only "
        f"{shorten(where, 50)}; {multi} {'signs' if multi == 1 else 'sign'} more than one campaign"
    )


def title_similarity(similarity, weighting):
    """Title of the campaign similarity heatmap.

    Examples
    --------
    >>> import pandas as pd
    >>> sim = pd.DataFrame({"source": ["x", "x"], "target": ["y", "z"], "shared": [1, 0],
    ...                     "weight": [0.25, 0.0]})
    >>> title_similarity(sim, "jaccard")
    '1 of 2 pairs of campaigns share organisations; the highest jaccard is 0.25'
    """
    linked = similarity[similarity["shared"] > 0]
    if linked.empty:
        return "No two campaigns share an organisation"
    return (
        f"{len(linked)} of {plural(len(similarity), 'pair')} of campaigns share organisations; "
        f"the highest {weighting} is {_fmt(linked['weight'].max())}"
    )


def title_turnover(frame):
    """Title of the turnover figure: how many signatures come back from earlier campaigns.

    Examples
    --------
    >>> import pandas as pd
    >>> title_turnover(pd.DataFrame({"named": [2, 3], "returning": [0, 1]}))
    '1 of 5 named signatures come from an organisation that signed an earlier campaign'
    >>> title_turnover(pd.DataFrame({"named": [2], "returning": [0]}))
    'No named signer had signed an earlier campaign'
    """
    named, returning = int(frame["named"].sum()), int(frame["returning"].sum())
    if returning == 0:
        return "No named signer had signed an earlier campaign"
    return (
        f"{returning} of {named} named signatures come from an organisation that signed an "
        "earlier campaign"
    )


def turnover_sentence(frame, titles):
    """What the turnover table says, in sentences computed from it.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"campaign_id": ["x", "y", "z"], "named": [2, 2, 0],
    ...                       "returning": [0, 1, 0], "new": [2, 1, 0], "cumulative": [2, 3, 3]})
    >>> for sentence in turnover_sentence(frame, {"y": "Y"}).split(". "):
    ...     print(sentence)
    3 dated campaigns name 3 distinct organisations
    The campaign that draws most on earlier signers is Y (1 of its 2 named organisations)
    1 dated campaign names no organisation (its signers are individuals, or the sources name none).
    """
    if frame.empty:
        return "No campaign has a date: nothing to put in time order."
    sentences = [
        f"{plural(len(frame), 'dated campaign')} "
        f"{'names' if len(frame) == 1 else 'name'} "
        f"{plural(frame['cumulative'].iloc[-1], 'distinct organisation')}."
    ]
    with_returning = frame[frame["returning"] > 0]
    if with_returning.empty:
        sentences.append("No campaign names an organisation that signed an earlier one.")
    else:
        best = with_returning.sort_values(
            ["returning", "campaign_id"], ascending=[False, True], kind="mergesort"
        ).iloc[0]
        sentences.append(
            "The campaign that draws most on earlier signers is "
            f"{md(titles.get(best['campaign_id'], best['campaign_id']))} "
            f"({int(best['returning'])} of its {plural(best['named'], 'named organisation')})."
        )
    empty = int((frame["named"] == 0).sum())
    if empty:
        sentences.append(
            f"{plural(empty, 'dated campaign')} {'names' if empty == 1 else 'name'} no "
            "organisation (its signers are individuals, or the sources name none)."
        )
    return " ".join(sentences)


def turnover_lines(returning, names, titles):
    """A Markdown list: each returning organisation, where it first signed and where again.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"org_id": ["a"], "n_campaigns": [2], "first_campaign": ["x"],
    ...                       "returned_on": ["y"]})
    >>> print(turnover_lines(frame, {"a": "A"}, {"x": "X", "y": "Y"}))
    - **A** first signed X, then Y.
    """
    if returning.empty:
        return "No organisation signs again after an earlier campaign has ended."
    lines = []
    for row in returning.itertuples(index=False):
        first = "; ".join(md(titles.get(c, c)) for c in row.first_campaign.split(";"))
        again = "; ".join(md(titles.get(c, c)) for c in row.returned_on.split(";"))
        lines.append(
            f"- **{md(names.get(row.org_id, row.org_id))}** first signed {first}, then {again}."
        )
    return "\n".join(lines)
