"""An interactive network view that works offline: inline SVG plus a small vanilla script.

:func:`network_view` returns one self-contained HTML fragment — no CDN, no external file, no
font — that JupyterLab shows (``IPython.display.HTML``) and that nbconvert keeps in the HTML
reports, whose Content-Security-Policy allows inline scripts and styles only. Hovering or
focusing a node highlights it with its links and neighbours, clicking pins the highlight, a
node can be dragged, and a text box dims every node whose name does not match. Given the
processed tables, hovering an organisation lists its campaigns and the lines it signed them on
(document, line, text as written, :mod:`netlib.present.evidence`), and hovering a link lists the
campaigns both ends share with each end's lines.

Safety: names and cited lines are untrusted. They reach the page only HTML-escaped (SVG
``<title>`` elements) or inside a JSON data block whose ``<``, ``>``, ``&``, U+2028 and U+2029
are written as ``\\u003c``, ``\\u003e``, ``\\u0026``, ``\\u2028`` and ``\\u2029``, so that a
name like ``</script>`` or ``<!--`` cannot end or change the block; the script writes them
with ``textContent`` only. Element ids are built from the view id (sanitised to
``[a-z0-9-]``) and node indices, never from names.

Determinism: the layout is :func:`networkx.spring_layout` with a seed on a copy of the graph
whose nodes and edges are inserted in sorted order; coordinates are rounded to 0.1 px, so the
same graph gives the same bytes.
"""

from __future__ import annotations

import functools
import html
import json
import math
import re
from importlib import resources

import networkx as nx

from netlib.errors import InputError
from netlib.present.plots import PALETTE, shorten

__all__ = ["MAX_EDGES", "json_for_script", "layout", "network_view", "view_id"]

#: A view with more edges than this is refused: the page would be slow; filter first.
MAX_EDGES = 20_000

_UNSAFE_ID = re.compile(r"[^a-z0-9-]+")


def view_id(name):
    """A safe element id prefix: lower case, ``[a-z0-9-]`` only, starting with a letter.

    Examples
    --------
    >>> view_id('Net "view" <1>')
    'nv-net-view-1'
    >>> view_id("")
    'nv-view'
    """
    cleaned = _UNSAFE_ID.sub("-", str(name).lower()).strip("-")[:40].strip("-")
    return f"nv-{cleaned or 'view'}"


def json_for_script(value):
    """JSON that is safe inside an HTML ``<script>`` element (``<``, ``>``, ``&`` escaped).

    Examples
    --------
    >>> json_for_script({"name": "</script><b>&"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    # ensure_ascii also writes U+2028 and U+2029 as \\u2028 and \\u2029
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sorted_copy(graph):
    """The same simple graph with nodes and edges inserted in sorted (string) order."""
    copy = nx.Graph()
    copy.add_nodes_from(sorted(graph.nodes, key=str))
    edges = sorted((tuple(sorted((u, v), key=str)) for u, v in graph.edges), key=str)
    copy.add_edges_from(edge for edge in edges if edge[0] != edge[1])
    return copy


def layout(graph, *, seed=0, width=900, height=620, margin=40):
    """Deterministic node positions in pixels (spring layout on the sorted graph).

    Returns
    -------
    dict
        ``node -> (x, y)`` rounded to 0.1, inside ``[margin, width - margin]`` ×
        ``[margin, height - margin]``.

    Examples
    --------
    >>> positions = layout(nx.path_graph(3), seed=1)
    >>> positions == layout(nx.path_graph([2, 1, 0]), seed=1)
    True
    >>> all(40 <= x <= 860 and 40 <= y <= 580 for x, y in positions.values())
    True
    """
    ordered = _sorted_copy(graph)
    if ordered.number_of_nodes() == 0:
        return {}
    if ordered.number_of_nodes() == 1:
        return {next(iter(ordered.nodes)): (round(width / 2, 1), round(height / 2, 1))}
    raw = nx.spring_layout(ordered, seed=int(seed))
    xs = [float(p[0]) for p in raw.values()]
    ys = [float(p[1]) for p in raw.values()]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)

    def scale(value, low, high, size):
        span = high - low
        if span <= 0:
            return size / 2
        return margin + (value - low) / span * (size - 2 * margin)

    return {
        node: (
            round(scale(float(p[0]), x0, x1, width), 1),
            round(scale(float(p[1]), y0, y1, height), 1),
        )
        for node, p in raw.items()
    }


def network_view(
    graph,
    *,
    name="network",
    seed=0,
    width=900,
    height=620,
    label="label",
    kind="kind",
    drop_isolates=True,
    caption=None,
    max_edges=MAX_EDGES,
    tables=None,
):
    """A self-contained interactive HTML fragment of a (small) network.

    Parameters
    ----------
    graph : networkx.Graph
        Node attributes ``label`` (shown) and ``kind`` (colour and shape: ``campaign`` nodes are
        squares, every other kind a circle) are used when present.
    name : str
        Turned into the element id prefix by :func:`view_id` (give two views on one page two
        names).
    seed : int
        Layout seed.
    width, height : int
        Size of the drawing in pixels (the SVG scales down to its container).
    label, kind : str
        Node attribute names.
    drop_isolates : bool
        Leave out nodes without links.
    caption : str, optional
        A sentence shown above the drawing (escaped).
    max_edges : int
        Refuse larger graphs.
    tables : dict of pandas.DataFrame, optional
        The processed tables (``signatures``, ``campaigns``, ``documents``): when given, the
        view cites the lines each node and link stands on
        (:func:`netlib.present.evidence.node_evidence`;
        a node's ``chapters`` attribute, ";"-joined, adds its chapters' lines).

    Returns
    -------
    str
        HTML: a ``<div>`` holding a ``<style>``, a search box, an inline ``<svg>`` (one
        ``<line>`` per edge, one ``<circle>`` or ``<rect>`` per node; with ``tables``, one
        wider invisible ``<line>`` per edge to hover and an evidence panel), a JSON data block
        and an inline ``<script>``.

    Examples
    --------
    >>> g = nx.Graph([("a", "c1"), ("b", "c1")])
    >>> g.nodes["c1"]["kind"] = "campaign"
    >>> g.nodes["a"]["label"] = "</script><b>A"
    >>> page = network_view(g, name="demo")
    >>> page.count("<circle id="), page.count("<rect id="), page.count("<line id=")
    (2, 1, 2)
    >>> "</script><b>" in page, 'id="nv-demo-n0"' in page
    (False, True)
    """
    if graph.number_of_edges() > max_edges:
        raise InputError(
            "network_view", f"{graph.number_of_edges()} edges > max_edges={max_edges}: filter first"
        )
    prefix = view_id(name)
    shown = graph.copy()
    if drop_isolates:
        shown.remove_nodes_from([n for n in list(shown.nodes) if shown.degree(n) == 0])
    nodes = sorted(shown.nodes, key=str)
    if not nodes:
        return f'<div id="{prefix}"><p>No linked node to draw.</p></div>'
    index = {node: i for i, node in enumerate(nodes)}
    positions = layout(shown, seed=seed, width=width, height=height)
    edges = sorted(
        {tuple(sorted((index[u], index[v]))) for u, v in shown.edges if u != v},
    )
    labels = [str(shown.nodes[n].get(label) or n) for n in nodes]
    kinds = [str(shown.nodes[n].get(kind) or "node") for n in nodes]
    degrees = [shown.degree(n) for n in nodes]
    kind_names = sorted(set(kinds))
    colour = {k: PALETTE[(i * 3) % len(PALETTE)] for i, k in enumerate(kind_names)}
    if "campaign" in colour:
        colour["campaign"] = PALETTE[3]
    if "organisation" in colour:
        colour["organisation"] = PALETTE[0]

    parts = [f'<div id="{prefix}" class="nv-view">', _style(prefix)]
    if caption:
        parts.append(f'<p class="nv-caption">{html.escape(str(caption))}</p>')
    legend = " ".join(
        '<span class="nv-key"><svg width="12" height="12" aria-hidden="true">'
        + (
            f'<rect width="11" height="11" fill="{colour[k]}"/>'
            if k == "campaign"
            else f'<circle cx="6" cy="6" r="5" fill="{colour[k]}"/>'
        )
        + f"</svg> {html.escape(k)} ({kinds.count(k)})</span>"
        for k in kind_names
    )
    parts.append(
        '<p class="nv-help">Hover over, or tab to, a node to highlight its links; click to pin '
        f"it; drag to move it. {legend}</p>"
        f'<p><label>Find a name: <input type="search" class="nv-filter" id="{prefix}-filter">'
        '</label> <span class="nv-info" aria-live="polite"></span></p>'
    )
    parts.append(
        f'<svg class="nv-svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="group" aria-label="{html.escape(str(caption or "network"))}">'
    )
    parts.append('<g class="nv-edges">')
    for k, (i, j) in enumerate(edges):
        (x1, y1), (x2, y2) = positions[nodes[i]], positions[nodes[j]]
        parts.append(f'<line id="{prefix}-e{k}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"></line>')
    parts.append("</g>")
    if tables is not None:
        parts.append('<g class="nv-hits">')
        parts += [
            f'<line id="{prefix}-h{k}" x1="{positions[nodes[i]][0]}" y1="{positions[nodes[i]][1]}" '
            f'x2="{positions[nodes[j]][0]}" y2="{positions[nodes[j]][1]}"></line>'
            for k, (i, j) in enumerate(edges)
        ]
        parts.append("</g>")
    parts.append('<g class="nv-nodes">')
    for i, node in enumerate(nodes):
        x, y = positions[node]
        r = round(min(4.0 + 1.6 * math.sqrt(degrees[i]), 20.0), 1)
        title = f"<title>{html.escape(labels[i])}</title>"
        common = f'id="{prefix}-n{i}" class="nv-node" tabindex="0" fill="{colour[kinds[i]]}"'
        if kinds[i] == "campaign":
            parts.append(
                f'<rect {common} x="{round(x - r, 1)}" y="{round(y - r, 1)}" width="{2 * r}" '
                f'height="{2 * r}">{title}</rect>'
            )
        else:
            parts.append(f'<circle {common} cx="{x}" cy="{y}" r="{r}">{title}</circle>')
    parts.append('</g><g class="nv-labels">')
    for i, node in enumerate(nodes):
        if kinds[i] == "campaign":
            x, y = positions[node]
            parts.append(
                f'<text id="{prefix}-t{i}" x="{x}" y="{round(y - 24, 1)}" text-anchor="middle">'
                f"{html.escape(shorten(labels[i], 36))}</text>"
            )
    parts.append("</g></svg>")
    if tables is not None:
        parts.append('<div class="nv-evidence" aria-live="polite"></div>')
    data = {
        "labels": labels,
        "kinds": kinds,
        "degrees": degrees,
        "x": [positions[n][0] for n in nodes],
        "y": [positions[n][1] for n in nodes],
        "edges": [list(e) for e in edges],
    }
    if tables is not None:
        data |= _evidence_data(tables, shown, nodes)
    parts.append(
        f'<script type="application/json" id="{prefix}-data">{json_for_script(data)}</script>'
    )
    parts.append(f"<script>\n{_script().replace('__PREFIX__', prefix)}</script>")
    parts.append("</div>")
    return "\n".join(parts)


def _evidence_data(tables, graph, nodes):
    """The view's evidence: per node index ``{campaign_id: [[doc_id, line, text], ...]}``."""
    from netlib.present.evidence import node_evidence

    members = {
        n: [n, *filter(None, str(graph.nodes[n].get("chapters") or "").split(";"))] for n in nodes
    }
    found = node_evidence(tables, nodes, members=members)
    return {
        "evidence": [found["nodes"].get(n) for n in nodes],
        "campaigns": found["campaigns"],
        "documents": found["documents"],
    }


@functools.cache
def _script():
    """The view's script: ``assets/interactive.js`` without its leading ``//`` comment lines."""
    asset = resources.files("netlib.present").joinpath("assets", "interactive.js")
    lines = asset.read_text(encoding="utf-8").splitlines(keepends=True)
    while lines and lines[0].startswith("//"):
        lines.pop(0)
    return "".join(lines)


def _style(prefix):
    p = f"#{prefix}"
    return (
        "<style>"
        f"{p} .nv-svg{{max-width:100%;height:auto;border:1px solid #ddd;background:#fff;"
        "touch-action:none}"
        f"{p} .nv-edges line{{stroke:#7a7a7a;stroke-opacity:.35;stroke-width:1}}"
        f"{p} .nv-node{{stroke:#fff;stroke-width:1;cursor:pointer}}"
        f"{p} .nv-node:focus{{outline:none;stroke:#000;stroke-width:2}}"
        f"{p} .nv-labels text{{font:11px sans-serif;pointer-events:none;fill:#1b1b1b}}"
        f"{p}.nv-active .nv-node{{opacity:.15}}"
        f"{p}.nv-active .nv-node.nv-on{{opacity:1;stroke:#000}}"
        f"{p}.nv-active .nv-edges line{{stroke-opacity:.06}}"
        f"{p}.nv-active .nv-edges line.nv-on{{stroke:#000;stroke-opacity:.9;stroke-width:1.5}}"
        f"{p}.nv-filtering .nv-node:not(.nv-match){{opacity:.12}}"
        f"{p} .nv-key{{margin-left:.6rem;white-space:nowrap}}"
        f"{p} .nv-info{{font-weight:bold}}"
        f"{p} .nv-hits line{{stroke:#000;stroke-opacity:0;stroke-width:7;pointer-events:stroke}}"
        f"{p} .nv-evidence{{font-size:.85rem;max-height:24rem;overflow:auto}}"
        f"{p} .nv-evidence h4{{margin:.5rem 0 .2rem;font-size:.9rem}}"
        "</style>"
    )
