"""The evidence behind every signature: the line it stands on, safe to show, and its appendix.

Each row of ``signatures.csv`` names its document and line; its ``text`` column is that line as
written, made safe to publish by :func:`safe_excerpt`. The interactive view
(:mod:`netlib.present.interactive`) shows these lines on hover, and ``netlib report`` writes them
into ``evidence.html``, one anchor per organisation and per document, to which every table cell
holding an organisation's or a document's id links (:func:`link_table_cells`).

Personal names stay out. A letter's line is its ``raw`` text, which the parser has already
cleared (a person's line is a rejected row, never a signature). An article's line is prose that
quotes people ("... said Jane Roe"), and no detector finds every name in prose, so only what
cannot be a name is kept: the organisations' names found on the line, words written wholly in
lower case, capitalised articles and prepositions ("The", "On"), numbers and punctuation. Every
other run of words (a name, a company, a place, any word in a script without case) becomes
``[…]``.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from netlib.extract.words import _BLOCKERS

__all__ = [
    "LEFT_OUT",
    "appendix_html",
    "line_texts",
    "link_table_cells",
    "node_evidence",
    "safe_excerpt",
]

#: What stands for a run of words left out of an article's line.
LEFT_OUT = "[…]"
#: Characters of context kept on each side of the organisation's name in a long line.
CONTEXT_CHARS = 120

_TOKEN = re.compile(r"\S+")
# Curly quotes as straight ones, character for character: the parser straightens a name's
# apostrophe ("Women's"), the line may write it curly.
_QUOTES = str.maketrans("‘’“”", "''\"\"")
_TABLE_CELL = re.compile(r"<td>([^<>]{1,300})</td>")


def _name_spans(text, names):
    """Sorted, merged ``(start, end)`` spans of every occurrence of the names, as written."""
    spans, folded = [], text.translate(_QUOTES)
    for name in {n.translate(_QUOTES) for n in names if n}:
        start = folded.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = folded.find(name, start + len(name))
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _shown(token):
    """A word outside any organisation's name that cannot be (part of) a personal name."""
    if all(not ch.isalpha() or ch.islower() for ch in token):
        return True
    word = token.strip(".,;:!?\"'“”‘’()")
    return (
        word[:1].isupper() and (word[1:] == "" or word[1:].islower()) and word.lower() in _BLOCKERS
    )


def _window(text, spans, own):
    """``(start, end)`` of the part of a long line around ``own`` (a span), cut at spaces."""
    start, end = own
    start, end = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    for s, e in spans:  # never cut an organisation's name in two
        if s < start < e:
            start = s
        if s < end < e:
            end = e
    if start > 0 and not text[start - 1].isspace():
        start = next((i + 1 for i in range(start, own[0]) if text[i].isspace()), own[0])
    if end < len(text) and not text[end].isspace():
        end = next((i for i in range(end, len(text)) if text[i].isspace()), len(text))
    return start, end


def safe_excerpt(text, name, names=()):
    """An article's line as written around one organisation's name, with no personal name.

    Parameters
    ----------
    text : str
        The line as written.
    name : str
        The organisation's name as the line writes it (the signature's ``raw``).
    names : iterable of str
        Every organisation's name the line mentions (kept too).

    Returns
    -------
    str
        At most :data:`CONTEXT_CHARS` characters each side of ``name`` (``…`` marks a cut),
        every run of words that might be a name replaced by :data:`LEFT_OUT`.

    Examples
    --------
    >>> safe_excerpt("Signers include Oakland Privacy, the Reverend Al Sharpton–founded "
    ...              "National Action Network, and others.", "Oakland Privacy",
    ...              ["Oakland Privacy", "National Action Network"])
    '[…] include Oakland Privacy, the […] National Action Network, and others.'
    >>> safe_excerpt("“It is over,” Drew-Davi said. On Monday, the A.C.L.U. demanded it.",
    ...              "A.C.L.U.")
    '“It is over,” […] said. On […] the A.C.L.U. demanded it.'
    """
    names = [name, *names]
    spans = _name_spans(text, names)
    own = next(
        (s for s in spans if name.translate(_QUOTES) in text[s[0] : s[1]].translate(_QUOTES)),
        None,
    )
    start, end = _window(text, spans, own) if own else (0, min(len(text), 2 * CONTEXT_CHARS))
    pieces, previous, left_out = [], start, False
    for token_start, token_end, shown in _tokens(text, spans, start, end):
        gap = text[previous:token_start]
        previous = token_end
        if shown:
            pieces.append(gap + text[token_start:token_end])
            left_out = False
        elif not left_out:  # a run of words left out is one mark
            pieces.append(gap + LEFT_OUT)
            left_out = True
    excerpt = "".join(pieces).strip()
    return ("… " if start > 0 else "") + excerpt + (" …" if end < len(text) else "")


def _tokens(text, spans, start, end):
    """``(start, end, shown)`` of each organisation's name and each other word of
    ``text[start:end]``, in order."""
    found, position = [], start
    inside = [span for span in spans if start <= span[0] and span[1] <= end]
    for name_start, name_end in [*inside, (end, end)]:
        for token in _TOKEN.finditer(text, position, name_start):
            found.append((token.start(), token.end(), _shown(token.group())))
        if name_end > name_start:
            found.append((name_start, name_end, True))
        position = name_end
    return found


def line_texts(units, lines):
    """``{line: text}`` of the given file lines, from a document's units (texts of one line
    joined by a space)."""
    wanted, found = set(lines), {}
    for unit in units:
        if unit.line in wanted:
            found.setdefault(unit.line, []).append(unit.text)
    return {line: " ".join(texts) for line, texts in found.items()}


def _text_column(signatures):
    if "text" in signatures.columns:
        return signatures["text"].where(signatures["text"] != "", signatures["raw"])
    return signatures["raw"] if "raw" in signatures.columns else ""


def node_evidence(tables, nodes, *, members=None):
    """What a network's nodes stand on, for :func:`netlib.present.interactive.network_view`.

    Parameters
    ----------
    tables : dict of pandas.DataFrame
        ``signatures`` (``text`` is used when present, else ``raw``), ``campaigns`` and
        ``documents`` for titles.
    nodes : iterable
        Node ids: organisations' and campaigns' ids.
    members : dict, optional
        ``node -> organisation ids`` it stands for (chapters collapsed into their parent).

    Returns
    -------
    dict
        ``{"nodes": {node: {campaign_id: [[doc_id, line, text], ...]}}, "campaigns":
        {campaign_id: title}, "documents": {doc_id: title}}``. A campaign's node has its own
        id with no line (its lines are its organisations'); a node with no signature is left
        out.

    Examples
    --------
    >>> import pandas as pd
    >>> sigs = pd.DataFrame({"org_id": ["a"], "campaign_id": ["c1"], "doc_id": ["004"],
    ...                      "line": [12], "raw": ["A"]})
    >>> node_evidence({"signatures": sigs}, ["a", "c1", "z"])["nodes"]
    {'a': {'c1': [['004', 12, 'A']]}, 'c1': {'c1': []}}
    """
    signatures = tables["signatures"]
    rows = signatures.assign(text=_text_column(signatures))
    rows = rows.sort_values(["campaign_id", "doc_id", "line"], kind="mergesort")
    rows = rows.drop_duplicates(["org_id", "campaign_id", "doc_id", "line"])
    by_org = {}
    for row in rows.itertuples(index=False):
        lines = by_org.setdefault(str(row.org_id), {}).setdefault(str(row.campaign_id), [])
        lines.append([str(row.doc_id), int(row.line), str(row.text)])
    campaign_ids = set(rows["campaign_id"].astype(str))
    evidence = {}
    for node in nodes:
        key = str(node)
        if key in campaign_ids:
            evidence[node] = {key: []}
            continue
        merged = {}
        for org in (members or {}).get(node) or [key]:
            for campaign, lines in by_org.get(str(org), {}).items():
                merged.setdefault(campaign, []).extend(lines)
        if merged:
            evidence[node] = merged
    return {
        "nodes": evidence,
        "campaigns": _titles(tables.get("campaigns"), "campaign_id"),
        "documents": _titles(tables.get("documents"), "doc_id"),
    }


def _titles(frame, key):
    if frame is None or "title" not in frame.columns:
        return {}
    return {str(k): str(t) for k, t in zip(frame[key], frame["title"], strict=True)}


def anchor(kind, value):
    """The fragment of an organisation's (``org``) or a document's (``doc``) entry."""
    return f"{kind}-{value}"


def _href(kind, value):
    return "evidence.html#" + quote(anchor(kind, value), safe="")


def appendix_html(tables):
    """The body of ``evidence.html``: each organisation's lines, then each document.

    Every text is HTML-escaped once; ids are the organisations' and documents' ids (escaped).
    """
    esc = html.escape
    signatures = tables["signatures"]
    rows = signatures.assign(text=_text_column(signatures)).sort_values(
        ["org_id", "campaign_id", "doc_id", "line"], kind="mergesort"
    )
    names = _titles(tables["organisations"].rename(columns={"name": "title"}), "org_id")
    campaigns = _titles(tables.get("campaigns"), "campaign_id")
    documents = tables["documents"]
    parts = [
        "<h1>Evidence: the line behind every signature</h1>",
        "<p>Each organisation's signatures, with the document and line each stands on and the "
        "line as written. An article's line keeps only the organisations' names and the words "
        f"that cannot be a person's name; the rest is shown as {esc(LEFT_OUT)}. Personal names "
        "never appear.</p>",
        "<h2>Organisations</h2>",
    ]
    for org_id, group in rows.groupby("org_id", sort=True):
        org_id = str(org_id)
        items = "".join(
            f"<li>{esc(campaigns.get(str(r.campaign_id), str(r.campaign_id)))} "
            f'({esc(str(r.role))}): <a href="#{esc(quote(anchor("doc", str(r.doc_id))))}">'
            f"{esc(str(r.doc_id))}</a>, line {int(r.line)}: <q>{esc(str(r.text))}</q></li>"
            for r in group.itertuples(index=False)
        )
        parts.append(
            f'<section id="{esc(anchor("org", org_id))}"><h3>{esc(names.get(org_id, org_id))} '
            f"<code>{esc(org_id)}</code></h3><ul>{items}</ul></section>"
        )
    parts.append("<h2>Documents</h2>")
    for doc in documents.sort_values("doc_id").itertuples(index=False):
        parts.append(
            f'<section id="{esc(anchor("doc", str(doc.doc_id)))}"><h3><code>{esc(str(doc.doc_id))}'
            f"</code> {esc(str(doc.title))}</h3><p>{esc(str(doc.kind))}, "
            f"{esc(str(doc.outlet))}, {esc(str(doc.published))}: <code>{esc(str(doc.path))}"
            "</code></p></section>"
        )
    return "\n".join(parts)


def link_table_cells(page, tables):
    """A rendered report with each table cell that holds an organisation's or a document's id
    linked to its entry in ``evidence.html``.

    A cell pandas cut short ("american-muslim-empowerment-network-muslim-ass...") links when
    one id alone starts with what is shown.

    Examples
    --------
    >>> import pandas as pd
    >>> tables = {"signatures": pd.DataFrame({"org_id": ["a&b", "longer-name"]})}
    >>> link_table_cells("<td>a&amp;b</td><td>x</td><td>long...</td>", tables)  # doctest: +ELLIPSIS
    '<td><a href="evidence.html#org-a%26b">a&amp;b</a></td><td>x</td><td><a href="...-name">...'
    """
    kinds = {str(o): "org" for o in tables["signatures"]["org_id"]}
    documents = tables.get("documents")
    if documents is not None:
        kinds |= {str(d): "doc" for d in documents["doc_id"]}

    def target(value):
        if value in kinds or not value.endswith("..."):
            return value
        starting = [key for key in kinds if key.startswith(value[:-3])]
        return starting[0] if len(starting) == 1 else None

    def link(match):
        value = target(html.unescape(match.group(1)))
        if value not in kinds:
            return match.group(0)
        href = html.escape(_href(kinds[value], value))
        return f'<td><a href="{href}">{match.group(1)}</a></td>'

    return _TABLE_CELL.sub(link, page)
