"""The organisation–campaign network: its biadjacency matrix and its bipartite graph.

Conventions
-----------
- Rows of the biadjacency matrix are organisations, columns are campaigns, both in sorted id
  order; a cell is 1 when the organisation is on the campaign, whatever the number of rows of
  ``signatures`` (documents, lines) that say so. Those rows are kept as provenance on the edges
  of :func:`bipartite_graph`.
- Organisations and campaigns without any edge are left out of the matrix (they would be empty
  rows or columns); :func:`bipartite_graph` keeps them as isolated nodes.
- The one-mode projections of the matrix are :mod:`netlib.network.projection`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from netlib.errors import InputError

__all__ = [
    "Biadjacency",
    "biadjacency",
    "bipartite_graph",
    "chapter_roots",
]


@dataclass(frozen=True)
class Biadjacency:
    """A binary organisations × campaigns matrix with its row and column ids.

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix
        float64, 1.0 where the organisation is on the campaign; sorted indices, no duplicates.
    org_ids, campaign_ids : numpy.ndarray
        Sorted string ids of the rows and columns (object dtype).
    """

    matrix: sp.csr_matrix
    org_ids: np.ndarray
    campaign_ids: np.ndarray

    @property
    def shape(self):
        """``(n_organisations, n_campaigns)``."""
        return self.matrix.shape

    def org_degrees(self):
        """Number of campaigns of each organisation (row sums, int64)."""
        return np.asarray(self.matrix.sum(axis=1)).ravel().astype(np.int64)

    def campaign_degrees(self):
        """Number of organisations on each campaign (column sums, int64)."""
        return np.asarray(self.matrix.sum(axis=0)).ravel().astype(np.int64)

    def edges(self):
        """The (org_id, campaign_id) pairs as a sorted DataFrame."""
        coo = self.matrix.tocoo()
        frame = pd.DataFrame(
            {"org_id": self.org_ids[coo.row], "campaign_id": self.campaign_ids[coo.col]}
        )
        return frame.sort_values(["org_id", "campaign_id"], kind="mergesort").reset_index(drop=True)


# --- biadjacency -----------------------------------------------------------------------------


def chapter_roots(organisations):
    """Map every organisation to its top-level body by following ``parent_org_id`` chains.

    Parameters
    ----------
    organisations : pandas.DataFrame
        The ``organisations`` table (``org_id``, ``parent_org_id``; empty parent = top level).

    Returns
    -------
    dict
        ``org_id -> root org_id`` (a top-level organisation maps to itself).

    Raises
    ------
    InputError
        When a parent is not itself an organisation, or parents form a cycle.

    Examples
    --------
    >>> orgs = pd.DataFrame({"org_id": ["a", "a-ny", "a-ny-bk", "b"],
    ...                      "parent_org_id": ["", "a", "a-ny", ""]})
    >>> chapter_roots(orgs)
    {'a': 'a', 'a-ny': 'a', 'a-ny-bk': 'a', 'b': 'b'}
    """
    parents = {}
    for org_id, parent in zip(
        organisations["org_id"], _column(organisations, "parent_org_id"), strict=True
    ):
        parents[str(org_id)] = "" if _is_missing(parent) else str(parent)
    roots = {}
    for start in sorted(parents):
        chain, node = [], start
        while node not in roots and parents[node]:
            chain.append(node)
            node = parents[node]
            if node not in parents:
                raise InputError(
                    "organisations", f"parent_org_id {node!r} of {chain[-1]!r} is not an org_id"
                )
            if node in chain:
                raise InputError("organisations", f"parent_org_id cycle through {node!r}")
        root = roots.get(node, node)
        for member in [*chain, node]:
            roots[member] = root
    return roots


def biadjacency(tables, *, collapse_chapters=False, roles=None):
    """Build the binary organisations × campaigns matrix from the ``signatures`` table.

    Parameters
    ----------
    tables : dict of pandas.DataFrame
        Needs ``signatures``; ``organisations`` too when ``collapse_chapters`` is true.
    collapse_chapters : bool
        Map every organisation to its top-level parent (following ``parent_org_id`` chains)
        before building, so that a chapter's campaigns count for its national body. False
        analyses chapters as organisations of their own.
    roles : iterable of str, optional
        Keep only signature rows with one of these roles (``signatory``, ``organiser``,
        ``partner``); default all.

    Returns
    -------
    Biadjacency
        Rows are the organisations with at least one edge, columns the campaigns with at least
        one organisation, both sorted; duplicate provenance rows give a single 1.

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["b", "a", "a", "b"],
    ...                      "campaign_id": ["c1", "c1", "c2", "c1"],
    ...                      "role": ["signatory"] * 4})
    >>> bi = biadjacency({"signatures": sigs})
    >>> bi.org_ids.tolist(), bi.campaign_ids.tolist()
    (['a', 'b'], ['c1', 'c2'])
    >>> bi.matrix.toarray()
    array([[1., 1.],
           [1., 0.]])
    """
    pairs = _edge_rows(tables, collapse_chapters=collapse_chapters, roles=roles)
    rows, org_ids = _sorted_codes(pairs["org_id"])
    cols, campaign_ids = _sorted_codes(pairs["campaign_id"])
    # one cell per distinct (organisation, campaign): unique integer keys, row-major sorted
    keys = np.unique(rows * max(len(campaign_ids), 1) + cols)
    rows, cols = np.divmod(keys, max(len(campaign_ids), 1))
    matrix = sp.csr_matrix(
        (np.ones(len(keys), dtype=np.float64), (rows, cols)),
        shape=(len(org_ids), len(campaign_ids)),
    )
    matrix.sum_duplicates()
    matrix.sort_indices()
    return Biadjacency(matrix, org_ids, campaign_ids)


def _sorted_codes(values):
    """Integer codes of string values in sorted-id order, and the sorted ids (hash-based)."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object))
    uniques = np.asarray(uniques, dtype=object)
    order = np.array(sorted(range(len(uniques)), key=uniques.__getitem__), dtype=np.int64)
    rank = np.empty(len(uniques), dtype=np.int64)
    rank[order] = np.arange(len(uniques))
    return rank[codes].astype(np.int64), uniques[order]


def _edge_rows(tables, *, collapse_chapters, roles):
    """The ``signatures`` rows as strings, filtered by role, orgs mapped to their roots."""
    if "signatures" not in tables:
        raise InputError("tables", "no 'signatures' table")
    signatures = tables["signatures"]
    for column in ("org_id", "campaign_id"):
        if column not in signatures.columns:
            raise InputError("signatures", f"no {column!r} column")
    frame = signatures.copy()
    frame["org_id"] = frame["org_id"].astype(str)
    frame["campaign_id"] = frame["campaign_id"].astype(str)
    if ((frame["org_id"] == "") | (frame["campaign_id"] == "")).any():
        raise InputError("signatures", "a row has an empty org_id or campaign_id")
    if roles is not None:
        roles = {roles} if isinstance(roles, str) else set(roles)
        frame = frame[_column(frame, "role").astype(str).isin(roles)]
    _check_known(frame, tables)
    frame["member_org_id"] = frame["org_id"]
    if collapse_chapters:
        if "organisations" not in tables:
            raise InputError("tables", "collapse_chapters needs the 'organisations' table")
        roots = chapter_roots(tables["organisations"])
        frame["org_id"] = frame["org_id"].map(lambda org: roots.get(org, org))
    return frame.reset_index(drop=True)


def _check_known(frame, tables):
    """Refuse signatures that point at organisations or campaigns the tables do not have."""
    for table, column in (("organisations", "org_id"), ("campaigns", "campaign_id")):
        if table in tables and column in tables[table].columns:
            known = pd.Index(tables[table][column].astype(str).unique())
            missing = ~frame[column].isin(known)
            if missing.any():
                unknown = sorted(frame.loc[missing, column].unique())
                raise InputError("signatures", f"{column} {unknown[0]!r} not in {table}")


def _column(frame, name):
    """A column, or a column of empty strings when the table does not have it."""
    if name in frame.columns:
        return frame[name]
    return pd.Series([""] * len(frame), index=frame.index, dtype=object)


def _is_missing(value):
    return (
        value is None
        or value is pd.NA
        or (isinstance(value, float) and np.isnan(value))
        or (isinstance(value, str) and value == "")
    )


# --- bipartite graph --------------------------------------------------------------------------

_ORG_ATTRIBUTES = ("name", "parent_org_id", "aliases")
_CAMPAIGN_ATTRIBUTES = {
    "title": "title",
    "kind": "campaign_kind",
    "date": "date",
    "date_precision": "date_precision",
    "organiser": "organiser",
    "targets": "targets",
    "reported_signatories": "reported_signatories",
    "reported_qualifier": "reported_qualifier",
    "signatory_type": "signatory_type",
    "named_organisations": "named_organisations",
    "individuals_counted": "individuals_counted",
}


def bipartite_graph(tables, *, collapse_chapters=False):
    """The bipartite organisation–campaign graph with attributes, for export and inspection.

    Parameters
    ----------
    tables : dict of pandas.DataFrame
        ``signatures`` and, for node attributes, ``organisations`` and ``campaigns``.
    collapse_chapters : bool
        As in :func:`biadjacency`; chapters then are not nodes, and each organisation node
        lists the chapters merged into it in ``chapters``.

    Returns
    -------
    networkx.Graph
        Nodes added in sorted order: organisations (``bipartite=0``, ``kind="organisation"``,
        ``name``, ``label``, ``parent_org_id``, ``aliases``) then campaigns (``bipartite=1``,
        ``kind="campaign"``, ``label``, ``title``, ``campaign_kind``, ``date``, ...). Every
        organisation and campaign of the tables is a node, isolated or not. Missing numbers
        (e.g. no reported count) are left out of a node's attributes rather than invented.
        Edges carry ``weight=1``, ``roles`` (";"-joined), ``methods``, ``provenance``
        (``"doc_id:line"`` pairs joined by ";", sorted), ``n_sources`` (distinct documents),
        ``n_rows`` (signature rows) and ``members`` (the organisations named, which differ from
        the node when chapters are collapsed). All values are scalars, as GraphML needs.

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["a", "a"], "campaign_id": ["c1", "c1"],
    ...                      "role": ["signatory", "signatory"], "doc_id": ["004", "002"],
    ...                      "line": [12, 21], "method": ["list", "mention"]})
    >>> g = bipartite_graph({"signatures": sigs})
    >>> g.nodes["a"]["bipartite"], g.nodes["c1"]["bipartite"]
    (0, 1)
    >>> edge = g.edges["a", "c1"]
    >>> edge["provenance"], edge["n_sources"]
    ('002:21;004:12', 2)
    """
    rows = _edge_rows(tables, collapse_chapters=collapse_chapters, roles=None)
    graph = nx.Graph()
    roots = None
    if collapse_chapters:
        roots = chapter_roots(tables["organisations"])
    for org_id, attributes in _org_nodes(tables, rows, roots):
        graph.add_node(org_id, **attributes)
    for campaign_id, attributes in _campaign_nodes(tables, rows):
        graph.add_node(campaign_id, **attributes)
    if rows.empty:
        return graph
    for org_id, campaign_id, attributes in _edge_records(rows):
        graph.add_edge(org_id, campaign_id, **attributes)
    return graph


def _org_nodes(tables, rows, roots):
    """(org_id, attributes) in sorted order, from the organisations table and the edges."""
    organisations = tables.get("organisations")
    records = {}
    if organisations is not None:
        for record in organisations.to_dict("records"):
            records[str(record["org_id"])] = record
    org_ids = set(rows["org_id"]) | set(records)
    chapters = {}
    if roots is not None:
        org_ids = {roots.get(org, org) for org in org_ids}
        for member, root in roots.items():
            if member != root:
                chapters.setdefault(root, []).append(member)
    for org_id in sorted(org_ids):
        record = records.get(org_id, {})
        attributes = {"bipartite": 0, "kind": "organisation"}
        for name in _ORG_ATTRIBUTES:
            attributes[name] = _scalar_text(record.get(name, ""))
        attributes["label"] = attributes["name"] or org_id
        if roots is not None:
            attributes["chapters"] = ";".join(sorted(chapters.get(org_id, [])))
        yield org_id, attributes


def _campaign_nodes(tables, rows):
    campaigns = tables.get("campaigns")
    records = {}
    if campaigns is not None:
        for record in campaigns.to_dict("records"):
            records[str(record["campaign_id"])] = record
    for campaign_id in sorted(set(rows["campaign_id"]) | set(records)):
        record = records.get(campaign_id, {})
        attributes = {"bipartite": 1, "kind": "campaign"}
        for column, name in _CAMPAIGN_ATTRIBUTES.items():
            value = _scalar(record.get(column))
            if value is not None:
                attributes[name] = value
        attributes["label"] = attributes.get("title") or campaign_id
        yield campaign_id, attributes


def _edge_records(rows):
    """``(org_id, campaign_id, attributes)`` per pair, in sorted order.

    Works on plain lists of the rows sorted by pair: a pandas group per pair costs about
    100 µs, which made exporting a million signatures take many minutes.
    """
    rows = rows.sort_values(["org_id", "campaign_id"], kind="mergesort")
    orgs = rows["org_id"].astype(str).tolist()
    campaigns = rows["campaign_id"].astype(str).tolist()
    docs = _column(rows, "doc_id").astype(str).tolist()
    lines = [_scalar_text(line) for line in _column(rows, "line").tolist()]
    roles = _column(rows, "role").tolist()
    methods = _column(rows, "method").tolist()
    members = rows["member_org_id"].tolist()
    start = 0
    for end in range(1, len(orgs) + 1):
        if end < len(orgs) and (orgs[end], campaigns[end]) == (orgs[start], campaigns[start]):
            continue
        group_docs = docs[start:end]
        provenance = sorted({f"{d}:{n}" for d, n in zip(group_docs, lines[start:end], strict=True)})
        yield (
            orgs[start],
            campaigns[start],
            {
                "weight": 1,
                "roles": _joined(roles[start:end]),
                "methods": _joined(methods[start:end]),
                "provenance": ";".join(provenance),
                "n_sources": len({d for d in group_docs if d}),
                "n_rows": end - start,
                "members": _joined(members[start:end]),
            },
        )
        start = end


def _joined(values):
    return ";".join(sorted({str(v) for v in values if not _is_missing(v)}))


def _scalar(value):
    """A GraphML-friendly scalar (str, int or float), or None when missing."""
    if _is_missing(value):
        return None
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, (int, np.integer)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value)
    return str(value)


def _scalar_text(value):
    value = _scalar(value)
    return "" if value is None else str(value)
