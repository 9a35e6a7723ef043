"""The organisation–campaign network: biadjacency matrix, bipartite graph and projections.

Conventions
-----------
- Rows of the biadjacency matrix are organisations, columns are campaigns, both in sorted id
  order; a cell is 1 when the organisation is on the campaign, whatever the number of rows of
  ``signatures`` (documents, lines) that say so. Those rows are kept as provenance on the edges
  of :func:`bipartite_graph`.
- Organisations and campaigns without any edge are left out of the matrix (they would be empty
  rows or columns); :func:`bipartite_graph` keeps them as isolated nodes.
- Projections are computed in sparse form, never with networkx loops: by the compiled
  upper-triangle kernel of :mod:`netlib.network.kernels`, or by scipy's ``B @ B.T`` (the reference
  the kernel is tested against). networkx is only a test oracle and :func:`to_networkx` is for
  small results.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd
import scipy.sparse as sp

from netlib.errors import InputError

__all__ = [
    "WEIGHTINGS",
    "Biadjacency",
    "Projection",
    "biadjacency",
    "bipartite_graph",
    "chapter_roots",
    "letter_pairs",
    "project",
    "projection_incidence",
    "to_networkx",
]

#: Projection weightings accepted by :func:`project`.
WEIGHTINGS = ("count", "newman", "jaccard", "overlap")

#: :func:`to_networkx` refuses projections with more edges than this unless told otherwise.
MAX_NETWORKX_EDGES = 200_000


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


@dataclass(frozen=True)
class Projection:
    """A one-mode projection of a :class:`Biadjacency`.

    Attributes
    ----------
    matrix : scipy.sparse.csr_matrix
        Strict upper triangle (``i < j``, no diagonal) of the weight matrix, float64; use
        :meth:`symmetric` for the full matrix.
    shared : scipy.sparse.csr_matrix
        Same sparsity pattern: the number of shared campaigns (or organisations) of each pair.
    ids : numpy.ndarray
        Sorted node ids; every row of the biadjacency matrix is a node, isolated or not.
    on : str
        ``"organisations"`` or ``"campaigns"``.
    weighting : str
        One of :data:`WEIGHTINGS`.
    degrees : numpy.ndarray
        Degree of each node in the bipartite graph (campaigns per organisation, or the reverse).
    """

    matrix: sp.csr_matrix
    shared: sp.csr_matrix
    ids: np.ndarray
    on: str
    weighting: str
    degrees: np.ndarray
    params: dict = field(default_factory=dict)

    @property
    def n_nodes(self):
        """Number of nodes (isolated ones included)."""
        return len(self.ids)

    @property
    def n_edges(self):
        """Number of node pairs with an edge."""
        return int(self.matrix.nnz)

    @property
    def id_column(self):
        """``"org_id"``, ``"campaign_id"`` (or ``"id"`` for other node sets): the id column."""
        return {"organisations": "org_id", "campaigns": "campaign_id"}.get(self.on, "id")

    def symmetric(self, which="weight"):
        """The full symmetric matrix (CSR) of the weights or of the ``"shared"`` counts."""
        upper = self.matrix if which == "weight" else self.shared
        full = (upper + upper.T).tocsr()
        full.sort_indices()
        return full

    def edges_frame(self):
        """Edges as a DataFrame ``source, target, weight, shared`` sorted by source, target.

        ``source < target`` in id order, since ids are sorted and the matrix is upper triangular.
        """
        rows, cols, weights = _coo_arrays(self.matrix)
        shared = _values_at(self.shared, rows, cols)
        # ids are sorted, so sorting the integer positions sorts the ids (no string sort)
        order = np.lexsort((cols, rows))
        rows, cols = rows[order], cols[order]
        return pd.DataFrame(
            {
                "source": self.ids[rows],
                "target": self.ids[cols],
                "weight": weights[order].astype(np.float64),
                "shared": np.rint(shared[order]).astype(np.int64),
            }
        )


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


# --- projections -----------------------------------------------------------------------------


def project(
    bi,
    *,
    on="organisations",
    weighting="count",
    min_shared=1,
    max_letter_size=None,
    engine="auto",
):
    """Project the bipartite graph onto organisations (co-signing) or campaigns.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
    weighting : {"count", "newman", "jaccard", "overlap"}
        ``count``: the number of shared campaigns. ``newman``: Newman's collaboration weight,
        each shared campaign with ``k`` members adds ``1/(k-1)``. ``jaccard``: shared over the
        union of the two nodes' campaigns. ``overlap``: shared over the smaller degree.
    min_shared : int
        Keep only pairs sharing at least this many campaigns (``>= 1``).
    max_letter_size : int, optional
        Big-letter cap: leave out every campaign (or, projecting on campaigns, every
        organisation) with more than this many members before projecting. Degrees, and so the
        Jaccard and overlap denominators, are then those of the capped graph. Default: no cap.
    engine : {"auto", "numba", "scipy"}
        ``numba``: the compiled two-pass kernel of :mod:`netlib.network.kernels` (upper triangle
        only, parallel). ``scipy``: the sparse product ``B @ B.T`` then its upper triangle — the
        reference the kernel is tested against. ``auto``: numba when it imports, else scipy.
        Both give identical weights for every weighting.

    Returns
    -------
    Projection
        Upper-triangular weights and shared counts; every row of ``bi`` is a node. With the
        numba engine, ``matrix`` and ``shared`` share their index arrays (and, for ``count``
        weighting, their data): copy a matrix before modifying it in place.
        ``params`` has ``weighting``, ``min_shared``, ``on``, ``max_letter_size``,
        ``letters_dropped`` and ``engine``.

    Notes
    -----
    The cost is that of the number of co-signing pairs: a letter with ``k`` signatories alone
    makes ``k(k-1)/2`` pairs (:func:`letter_pairs` lists them per letter). Big letters policy:
    under ``newman`` weighting a letter of ``k`` members adds only ``1/(k-1)`` to each of its
    pairs, so a 10,000-signatory letter weighs 10⁻⁴ per pair while a letter of three weighs 0.5;
    the pairs still exist, and cost memory. ``max_letter_size`` removes such letters from the
    projection altogether (they tie everyone to everyone and say nothing about communities);
    ``params["letters_dropped"]`` counts them.

    References
    ----------
    M. E. J. Newman, "Scientific collaboration networks. II.", Phys. Rev. E 64, 016132 (2001).

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "a", "b", "c"],
    ...                      "campaign_id": ["c1", "c1", "c2", "c2", "c2"]})
    >>> bi = biadjacency({"signatures": sigs})
    >>> project(bi).edges_frame()
      source target  weight  shared
    0      a      b     2.0       2
    1      a      c     1.0       1
    2      b      c     1.0       1
    >>> project(bi, weighting="newman").edges_frame()["weight"].tolist()
    [1.5, 0.5, 0.5]
    >>> project(bi, weighting="jaccard", min_shared=2).edges_frame()
      source target  weight  shared
    0      a      b     1.0       2
    >>> project(bi, max_letter_size=2).edges_frame()
      source target  weight  shared
    0      a      b     1.0       1
    """
    if on not in ("organisations", "campaigns"):
        raise InputError("project", f"on={on!r}: expected 'organisations' or 'campaigns'")
    if weighting not in WEIGHTINGS:
        raise InputError("project", f"weighting={weighting!r}: expected one of {WEIGHTINGS}")
    if int(min_shared) < 1:
        raise InputError("project", f"min_shared={min_shared!r}: must be at least 1")
    if engine not in ("auto", "numba", "scipy"):
        raise InputError("project", f"engine={engine!r}: expected 'auto', 'numba' or 'scipy'")
    incidence, dropped = projection_incidence(bi, on=on, max_letter_size=max_letter_size)
    ids = bi.org_ids if on == "organisations" else bi.campaign_ids
    degrees = np.asarray(incidence.sum(axis=1)).ravel()
    other_degrees = np.asarray(incidence.sum(axis=0)).ravel()
    if engine == "auto":
        engine = "numba" if _numba_available() else "scipy"
    n = incidence.shape[0]
    if engine == "numba":
        matrix, shared_matrix = _project_numba(
            incidence, weighting, int(min_shared), degrees, other_degrees
        )
    else:
        shared = _upper(incidence @ incidence.T)
        rows, cols, counts = _coo_arrays(shared)
        keep = counts >= int(min_shared)
        rows, cols, counts = rows[keep], cols[keep], counts[keep]
        weights = _weights(incidence, weighting, rows, cols, counts, degrees, other_degrees)
        matrix = _csr(rows, cols, weights, n)
        shared_matrix = _csr(rows, cols, np.rint(counts), n)
    return Projection(
        matrix=matrix,
        shared=shared_matrix,
        ids=ids,
        on=on,
        weighting=weighting,
        degrees=degrees.astype(np.int64),
        params={
            "weighting": weighting,
            "min_shared": int(min_shared),
            "on": on,
            "max_letter_size": None if max_letter_size is None else int(max_letter_size),
            "letters_dropped": int(dropped),
            "engine": engine,
        },
    )


def projection_incidence(bi, *, on="organisations", max_letter_size=None):
    """The binary incidence a projection multiplies: ``B`` or ``Bᵀ``, big letters capped.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
    max_letter_size : int, optional
        Zero the columns with more than this many members (see :func:`project`).

    Returns
    -------
    tuple
        ``(incidence, n_dropped)``: canonical float64 CSR (rows are the projected nodes) and
        the number of columns left out.

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c", "a"], "campaign_id": ["x", "x", "x", "y"]})
    >>> incidence, dropped = projection_incidence(biadjacency({"signatures": sigs}),
    ...                                           max_letter_size=2)
    >>> incidence.toarray().tolist(), dropped
    ([[0.0, 1.0], [0.0, 0.0], [0.0, 0.0]], 1)
    """
    incidence = bi.matrix if on == "organisations" else bi.matrix.T.tocsr()
    incidence = incidence.astype(np.float64)
    dropped = 0
    if max_letter_size is not None:
        if int(max_letter_size) < 1:
            raise InputError("project", f"max_letter_size={max_letter_size!r}: must be >= 1")
        sizes = np.asarray(incidence.sum(axis=0)).ravel()
        big = sizes > int(max_letter_size)
        dropped = int(big.sum())
        if dropped:
            incidence = (incidence @ sp.diags((~big).astype(np.float64))).tocsr()
            incidence.eliminate_zeros()
    incidence.sum_duplicates()
    incidence.sort_indices()
    return incidence, dropped


def letter_pairs(bi, *, on="organisations"):
    """How many pairs each letter (campaign) adds to the projection: ``k(k-1)/2``.

    Parameters
    ----------
    bi : Biadjacency
    on : {"organisations", "campaigns"}
        Projecting on campaigns, the "letters" are the organisations.

    Returns
    -------
    pandas.DataFrame
        ``campaign_id`` (or ``org_id``), ``size`` (members ``k``), ``pairs`` (``k(k-1)/2``),
        ``share`` (of all pair incidences) and ``cumulative_share``; biggest first, ties by
        id. The sum of ``pairs`` bounds the projection's number of edges from above.

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c", "a", "b"],
    ...                      "campaign_id": ["x", "x", "x", "y", "y"]})
    >>> letter_pairs(biadjacency({"signatures": sigs}))
      campaign_id  size  pairs  share  cumulative_share
    0           x     3      3   0.75              0.75
    1           y     2      1   0.25              1.00
    """
    if on not in ("organisations", "campaigns"):
        raise InputError("letter_pairs", f"on={on!r}: expected 'organisations' or 'campaigns'")
    if on == "organisations":
        column, ids, sizes = "campaign_id", bi.campaign_ids, bi.campaign_degrees()
    else:
        column, ids, sizes = "org_id", bi.org_ids, bi.org_degrees()
    pairs = sizes * (sizes - 1) // 2
    total = float(pairs.sum())
    order = np.lexsort((np.arange(len(sizes)), -sizes))
    frame = pd.DataFrame({column: ids[order], "size": sizes[order], "pairs": pairs[order]})
    share = frame["pairs"].to_numpy() / total if total else np.zeros(len(frame))
    frame["share"] = share
    frame["cumulative_share"] = np.cumsum(share)
    return frame


def _numba_available():
    try:
        import netlib.network.kernels  # noqa: F401
    except ImportError:  # pragma: no cover - numba is a dependency
        return False
    return True


def _project_numba(incidence, weighting, min_shared, degrees, other_degrees):
    """Weights and shared counts (upper-triangular CSR) from the compiled kernel."""
    from netlib.network.kernels import project_upper

    n = incidence.shape[0]
    transposed = incidence.T.tocsr()
    transposed.sort_indices()
    scale = None
    if weighting == "newman":
        scale = np.zeros_like(other_degrees)
        several = other_degrees > 1
        scale[several] = 1.0 / (other_degrees[several] - 1.0)
    indptr, indices, counts, newman = project_upper(
        incidence.indptr,
        incidence.indices,
        transposed.indptr,
        transposed.indices,
        n,
        scale,
        min_shared=min_shared,
    )
    if weighting in ("jaccard", "overlap"):
        rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(indptr))
    if weighting == "count":
        weights = counts  # the same array: matrix and shared are one CSR, twice (no copy)
    elif weighting == "newman":
        weights = newman
    elif weighting == "jaccard":
        weights = counts / (degrees[rows] + degrees[indices] - counts)
    else:
        weights = counts / np.minimum(degrees[rows], degrees[indices])
    if indptr[-1] < 2**31 - 1:
        indptr = indptr.astype(np.int32)
    else:  # pragma: no cover - more than 2 billion pairs
        indices = indices.astype(np.int64)
    matrix = sp.csr_matrix((weights, indices, indptr), shape=(n, n), copy=False)
    shared = sp.csr_matrix((counts, indices, indptr), shape=(n, n), copy=False)
    matrix.has_sorted_indices = True
    shared.has_sorted_indices = True
    return matrix, shared


def _upper(matrix):
    upper = sp.triu(matrix, k=1, format="csr")
    upper.sum_duplicates()
    upper.eliminate_zeros()
    upper.sort_indices()
    return upper


def _coo_arrays(matrix):
    """Row, column and data arrays of a canonical CSR matrix, in row-major order."""
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    return rows, matrix.indices.copy(), matrix.data.copy()


def _csr(rows, cols, data, n):
    matrix = sp.csr_matrix((data.astype(np.float64), (rows, cols)), shape=(n, n))
    matrix.sort_indices()
    return matrix


def _weights(incidence, weighting, rows, cols, counts, degrees, other_degrees):
    if weighting == "count":
        return counts.astype(np.float64)
    if weighting == "jaccard":
        return counts / (degrees[rows] + degrees[cols] - counts)
    if weighting == "overlap":
        return counts / np.minimum(degrees[rows], degrees[cols])
    # newman: campaigns with one member add nothing (and would divide by zero)
    scale = np.zeros_like(other_degrees)
    several = other_degrees > 1
    scale[several] = 1.0 / (other_degrees[several] - 1.0)
    # the same matrix as incidence @ diag(scale), with sorted indices: the product then adds
    # each pair's terms in increasing campaign order (as the compiled kernel does)
    scaled = incidence.copy()
    scaled.data = scale[incidence.indices] * incidence.data
    newman = _upper(scaled @ incidence.T)
    return _values_at(newman, rows, cols)


def _values_at(matrix, rows, cols):
    """``matrix[rows, cols]`` for a canonical CSR matrix, vectorised by binary search."""
    out = np.zeros(len(rows), dtype=np.float64)
    starts = matrix.indptr[rows]
    ends = matrix.indptr[rows + 1]
    # the position of (row, col) among the sorted global keys row * n + col
    keys = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))
    keys = keys * matrix.shape[1] + matrix.indices
    wanted = rows.astype(np.int64) * matrix.shape[1] + cols
    positions = np.searchsorted(keys, wanted)
    found = (positions < ends) & (positions >= starts)
    found[found] &= keys[positions[found]] == wanted[found]
    out[found] = matrix.data[positions[found]]
    return out


def to_networkx(projection, names=None, *, max_edges=MAX_NETWORKX_EDGES):
    """A networkx graph of a SMALL projection (nodes and edges added in sorted order).

    Parameters
    ----------
    projection : Projection
    names : mapping, optional
        ``id -> name``; stored as the ``name`` node attribute.
    max_edges : int
        Refuse larger projections: converting millions of edges to networkx takes tens of
        seconds and gigabytes; filter first (``min_shared``, a backbone).

    Returns
    -------
    networkx.Graph
        Edge attributes ``weight`` and ``shared``; isolated nodes included.

    Examples
    --------
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "c"], "campaign_id": ["c1", "c1", "c2"]})
    >>> g = to_networkx(project(biadjacency({"signatures": sigs})), names={"a": "A"})
    >>> sorted(g.nodes), list(g.edges(data=True))
    (['a', 'b', 'c'], [('a', 'b', {'weight': 1.0, 'shared': 1})])
    >>> g.nodes["a"]
    {'name': 'A'}
    """
    if projection.n_edges > max_edges:
        raise InputError(
            "to_networkx", f"{projection.n_edges} edges > max_edges={max_edges}: filter first"
        )
    graph = nx.Graph()
    for node in projection.ids:
        if names is not None and node in names:
            graph.add_node(node, name=str(names[node]))
        else:
            graph.add_node(node)
    for row in projection.edges_frame().itertuples(index=False):
        graph.add_edge(row.source, row.target, weight=float(row.weight), shared=int(row.shared))
    return graph
