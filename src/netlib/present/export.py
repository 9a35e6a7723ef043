"""Graph exports (GraphML, GEXF, the co-signing CSV) and the Frictionless data package.

Every output is byte-identical across runs on the same tables: nodes and edges are written in
sorted order, floats with Python's shortest round-trip repr, no timestamps (networkx's GEXF
writer stamps the date: it is removed). Names are untrusted text: characters XML 1.0 cannot
carry (NUL and the other C0 controls but tab, newline and carriage return; lone surrogates;
U+FFFE and U+FFFF) are removed from every string written to GraphML or GEXF, everything else
(``<&>"'``, emoji, any script) is kept and escaped by the XML writer.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pandas as pd

from netlib.errors import InputError
from netlib.io.schemas import (
    COSIGNING_COLUMNS,
    FOREIGN_KEYS,
    INTEGER_COLUMNS,
    NUMBER_COLUMNS,
    PRIMARY_KEYS,
)
from netlib.io.tables import write_table
from netlib.network.graph import biadjacency, bipartite_graph
from netlib.network.projection import project

__all__ = [
    "COSIGNING_COLUMNS",
    "clean_xml_text",
    "cosigning_table",
    "table_schema",
    "write_datapackage",
    "write_graph_exports",
]


# One character class, no quantifier nesting: linear time on any input.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_GEXF_DATE = re.compile(rb' lastmodifieddate="[0-9-]*"')
_RESOURCE_NAME = re.compile(r"[^a-z0-9._-]")
_PACKAGE_NAME = re.compile(r"[a-z0-9._-]+")


def clean_xml_text(value):
    """Remove the characters XML 1.0 cannot represent; keep everything else.

    Examples
    --------
    >>> clean_xml_text("A\\x00B\\x1f <&> \\"'\\U0001F600")
    'AB <&> "\\'\\U0001f600'
    """
    return _XML_INVALID.sub("", value)


# --- graph exports ----------------------------------------------------------------------------


def cosigning_table(tables, *, collapse_chapters=False, max_letter_size=None):
    """The co-signing projection as a table: one row per pair of organisations sharing a campaign.

    Parameters
    ----------
    tables : dict of pandas.DataFrame
    collapse_chapters : bool
        As in :func:`netlib.network.graph.biadjacency`.
    max_letter_size : int, optional
        Big-letter policy: a campaign of more organisations than this adds no pair (and no
        campaign to the Jaccard denominators), as in :func:`netlib.network.projection.project`.
        Default: every campaign counts.

    Returns
    -------
    pandas.DataFrame
        :data:`COSIGNING_COLUMNS`: ids (``source < target``), names from ``organisations``,
        ``shared`` campaigns, Newman's collaboration weight and the Jaccard index; sorted.

    Examples
    --------
    >>> import pandas as pd
    >>> sigs = pd.DataFrame({"org_id": ["a", "b", "b"], "campaign_id": ["c1", "c1", "c2"]})
    >>> orgs = pd.DataFrame({"org_id": ["a", "b"], "name": ["A", "B"], "parent_org_id": ""})
    >>> cosigning_table({"signatures": sigs, "organisations": orgs})
      source target source_name target_name  shared  newman  jaccard
    0      a      b           A           B       1     1.0      0.5
    """
    bi = biadjacency(tables, collapse_chapters=collapse_chapters)
    counts = project(bi, weighting="count", max_letter_size=max_letter_size)
    frame = counts.edges_frame()
    # the same pairs in the same order: newman's weights come from a second product
    newman = project(bi, weighting="newman", max_letter_size=max_letter_size)
    frame["newman"] = newman.edges_frame()["weight"].to_numpy()
    degree = pd.Series(counts.degrees, index=bi.org_ids)  # campaigns kept by the policy
    union = (
        degree.reindex(frame["source"]).to_numpy()
        + degree.reindex(frame["target"]).to_numpy()
        - frame["shared"].to_numpy()
    )
    frame["jaccard"] = frame["shared"].to_numpy() / union
    names = _org_names(tables)
    frame["source_name"] = names.reindex(frame["source"]).fillna("").to_numpy()
    frame["target_name"] = names.reindex(frame["target"]).fillna("").to_numpy()
    return frame[COSIGNING_COLUMNS].reset_index(drop=True)


def _org_names(tables):
    """``org_id -> name`` as a string Series (empty when there is no organisations table)."""
    organisations = tables.get("organisations")
    if organisations is None or "name" not in organisations.columns:
        return pd.Series([], dtype=object)
    names = organisations["name"].astype(object).where(organisations["name"].notna(), "")
    return pd.Series(names.astype(str).to_numpy(), index=organisations["org_id"].astype(str))


def write_graph_exports(tables, out_dir, *, collapse_chapters=False, max_letter_size=None):
    """Write ``network.graphml``, ``network.gexf`` and ``cosigning.csv`` into ``out_dir``.

    Parameters
    ----------
    tables : dict of pandas.DataFrame
        The processed tables.
    out_dir : str or Path
        Created if missing.
    collapse_chapters : bool
        Build the graph and projection with chapters merged into their parents.
    max_letter_size : int, optional
        Letters of more organisations than this add no pair to ``cosigning.csv`` (see
        :func:`cosigning_table`); the bipartite GraphML and GEXF keep every signature.

    Returns
    -------
    list of Path
        The three files, in that order.

    Notes
    -----
    The GraphML and GEXF files hold the bipartite graph of
    :func:`netlib.network.graph.bipartite_graph`
    (``bipartite`` 0/1, ``kind``, names and titles as ``label``, edge ``weight``, ``roles``,
    ``provenance``, ``n_sources``); Gephi opens both. ``cosigning.csv`` is written with
    :func:`netlib.io.tables.write_table` (cells a spreadsheet would run as formulas are prefixed
    with an apostrophe).

    Examples
    --------
    >>> import tempfile
    >>> import pandas as pd
    >>> sigs = pd.DataFrame({"org_id": ["a", "b"], "campaign_id": ["c1", "c1"],
    ...                      "role": "signatory", "doc_id": "004", "line": [3, 4]})
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     [p.name for p in write_graph_exports({"signatures": sigs}, folder)]
    ['network.graphml', 'network.gexf', 'cosigning.csv']
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    graph = _xml_safe(bipartite_graph(tables, collapse_chapters=collapse_chapters))
    graphml = out_dir / "network.graphml"
    buffer = io.BytesIO()
    nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
    graphml.write_bytes(buffer.getvalue())
    gexf = out_dir / "network.gexf"
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
    gexf.write_bytes(_GEXF_DATE.sub(b"", buffer.getvalue()))
    cosigning = write_table(
        cosigning_table(
            tables, collapse_chapters=collapse_chapters, max_letter_size=max_letter_size
        ),
        out_dir / "cosigning.csv",
        columns=COSIGNING_COLUMNS,
        sort_by=["source", "target"],
    )
    return [graphml, gexf, Path(cosigning)]


def _xml_safe(graph):
    """A copy of the graph whose string ids and attribute values XML can carry."""
    safe = nx.Graph()
    for node, data in graph.nodes(data=True):
        if clean_xml_text(str(node)) != str(node):
            raise InputError("graph export", f"node id {node!r} has characters XML cannot carry")
        safe.add_node(node, **{key: _clean_value(value) for key, value in data.items()})
    for u, v, data in graph.edges(data=True):
        safe.add_edge(u, v, **{key: _clean_value(value) for key, value in data.items()})
    return safe


def _clean_value(value):
    return clean_xml_text(value) if isinstance(value, str) else value


# --- data package -----------------------------------------------------------------------------


_DESCRIPTIONS = {
    "documents": "One row per raw document (letter or article), with its checksum.",
    "campaigns": "One row per letter, petition or campaign.",
    "organisations": "One row per resolved organisation; parent_org_id links a chapter to its "
    "parent body.",
    "signatures": "One row per mention of an organisation on a campaign, with the document and "
    "line it comes from (the edges of the bipartite graph; a pair can have several rows).",
    "rejected": "Input lines or mentions not taken as signatories, with the reason.",
    "cosigning": "Pairs of organisations sharing at least one campaign: shared count, Newman "
    "collaboration weight, Jaccard index.",
}


def table_schema(resource, columns):
    """The Table Schema of one CSV, from its resource name and header.

    Strings stay strings (the CSV writer may prefix formula-like cells with an apostrophe);
    known count columns are integers, weights numbers. Primary and foreign keys are declared
    for the known tables when their columns are present. ``signatures`` and ``rejected`` have
    no primary key: a curated signature may have no line.

    Examples
    --------
    >>> schema = table_schema("organisations", ["org_id", "name", "parent_org_id", "aliases"])
    >>> schema["primaryKey"], schema["foreignKeys"][0]["reference"]
    (['org_id'], {'fields': ['org_id'], 'resource': ''})
    """
    fields = []
    for column in columns:
        kind = "string"
        if column in INTEGER_COLUMNS or (resource == "cosigning" and column == "shared"):
            kind = "integer"
        elif column in NUMBER_COLUMNS:
            kind = "number"
        fields.append({"name": column, "type": kind})
    schema = {"fields": fields, "missingValues": [""]}
    key = PRIMARY_KEYS.get(resource)
    if key and set(key) <= set(columns):
        schema["primaryKey"] = list(key)
        for field in fields:
            if field["name"] in key:
                field["constraints"] = {"required": True}
    foreign = [
        {"fields": [own], "reference": {"fields": [theirs], "resource": target}}
        for own, target, theirs in FOREIGN_KEYS.get(resource, [])
        if own in columns
    ]
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


def write_datapackage(tables_dir, *, name, title, version):
    """Write ``datapackage.json`` (Frictionless Data Package v1) describing every CSV of a folder.

    Parameters
    ----------
    tables_dir : str or Path
        A folder of CSV tables (e.g. ``data/processed``).
    name : str
        Package name: lower-case letters, digits, ``-``, ``_``, ``.``.
    title : str
    version : str

    Returns
    -------
    Path
        The descriptor; keys sorted, two-space indent, no timestamp.

    Notes
    -----
    One resource per ``*.csv`` in name order, named after the file. Foreign keys:
    ``signatures`` → ``organisations``, ``campaigns``, ``documents``; ``organisations``
    ``parent_org_id`` → ``organisations``; ``rejected`` → ``documents``; ``cosigning``
    ``source``/``target`` → ``organisations`` — declared only when the referenced table is in
    the folder. ``frictionless validate datapackage.json`` checks them.

    Examples
    --------
    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     _ = Path(folder, "documents.csv").write_text("doc_id,title\\n004,Letter\\n")
    ...     path = write_datapackage(folder, name="demo", title="Demo", version="1")
    ...     json.loads(path.read_text())["resources"][0]["schema"]["primaryKey"]
    ['doc_id']
    """
    tables_dir = Path(tables_dir)
    if not tables_dir.is_dir():
        raise InputError(tables_dir, "no such folder")
    if not _PACKAGE_NAME.fullmatch(name):
        raise InputError("datapackage", f"name {name!r}: use lower-case letters, digits, -_.")
    paths = sorted(tables_dir.glob("*.csv"))
    present = {path.stem for path in paths}
    resources = []
    for path in paths:
        schema = table_schema(path.stem, _header(path))
        if "foreignKeys" in schema:
            schema["foreignKeys"] = [
                key
                for key in schema["foreignKeys"]
                if key["reference"]["resource"] in present | {""}
            ] or None
            if schema["foreignKeys"] is None:
                del schema["foreignKeys"]
        resource = {
            "name": _RESOURCE_NAME.sub("-", path.stem.lower()),
            "path": path.name,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }
        if path.stem in _DESCRIPTIONS:
            resource["description"] = _DESCRIPTIONS[path.stem]
        resources.append(resource)
    descriptor = {
        "profile": "tabular-data-package",
        "name": name,
        "title": title,
        "version": str(version),
        "resources": resources,
    }
    target = tables_dir / "datapackage.json"
    text = json.dumps(descriptor, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    target.write_text(text, encoding="utf-8")
    return target


def _header(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle), [])
