"""Markdown (CommonMark with tables, through markdown-it-py): headings, list items,
paragraph lines and table rows, each unit on its own source line."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from netlib.errors import InputError
from netlib.readers.columns import pick_columns, record_unit
from netlib.readers.grid import grid_tables
from netlib.readers.markup import decode_entities, visible_text
from netlib.readers.model import DocumentModel, Unit
from netlib.vocabulary import entries

__all__ = ["read_markdown"]

# A paragraph line that is only emphasis ("**Organisations**", "__Supporters:__") is a heading.
# "**Organisations**", "**Co-Signers to the _Amicus_ Brief**": a line in bold, emphasis inside
_EMPHASIS_LINE = re.compile(r"\s*(\*\*|__)((?:[^*_]|\*(?!\*)|_(?!_)){1,200})\1\s*:?\s*")
# An HTML block that is only a comment: one "<!--", no "-->" inside, one "-->" at the end
_HTML_COMMENT = re.compile(r"\s*<!--(?:[^-]|-(?!->))*-->\s*")


# Inline Markdown as a reader sees it: a link by its label, emphasis without its marks.
# Bounded runs keep every pattern linear on hostile input.
_LINK = re.compile(r"(?<!!)\[([^\[\]]{0,500})\]\([^()\s]{0,2000}(?:\s+\"[^\"]{0,300}\")?\)")
_STRONG = re.compile(r"(\*\*|__)([^*_\n]{1,300})\1")
_EMPH = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]{1,300})(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]{1,300})(?<=\S)_(?!\w)"
)


def inline_text(text):
    """A line of Markdown with links read as their labels and emphasis marks dropped; a
    list marker at its start is kept.

    >>> inline_text("* [Free Software Foundation Europe](https://fsfe.org/) and _Digital Watch_")
    '* Free Software Foundation Europe and Digital Watch'
    """
    if "[" in text:
        text = _LINK.sub(lambda m: m.group(1), text)
    if "**" in text or "__" in text:
        text = _STRONG.sub(lambda m: m.group(2), text)
    if "*" in text or "_" in text:
        text = _EMPH.sub(lambda m: m.group(1) or m.group(2), text)
    return text


def _front_matter_text(lines, front):
    """The front matter's prose, with its lines: the ``title`` as the document's headline, and
    a summary or lead (``vocab/front_matter_text.txt``) as a paragraph."""
    import yaml

    units = []
    for number, line in enumerate(lines[1 : front - 1], 2):
        field, colon, rest = line.partition(":")
        field = field.strip().casefold()
        if not colon or line[:1] in " \t" or (field != "title" and field not in _TEXT_FIELDS):
            continue
        if field == "title" and any(unit.kind == "heading" for unit in units):
            continue
        try:
            value = yaml.safe_load(rest)
        except yaml.YAMLError:
            continue
        if not isinstance(value, str) or not value.strip():
            continue
        kind, level = ("heading", 1) if field == "title" else ("para", 0)
        units.append(Unit(raw=line, text=value.strip(), line=number, kind=kind, level=level))
    return units


_TEXT_FIELDS = frozenset(entries("front_matter_text"))


def _parser():
    return MarkdownIt("commonmark", {"html": True}).enable("table")


def _table_units(rows, lines, units_by_line, where, column):
    """Units for one table: the header row, then one record per body row."""
    header_line, header = rows[0]
    body = rows[1:]
    try:
        roles = pick_columns(header, [cells for _, cells in body], column=column, where=where)
    except InputError:
        roles = None  # no column of names: the rows are read as lines
    units_by_line[header_line] = Unit(
        raw=lines[header_line - 1], text=" | ".join(header), line=header_line, kind="header"
    )
    for row_number, (line, cells) in enumerate(body, 1):
        raw = lines[line - 1]
        if roles is None or roles.name >= len(cells):
            units_by_line[line] = Unit(raw=raw, text=" | ".join(cells), line=line, kind="line")
            continue
        units_by_line[line] = record_unit(
            header,
            roles,
            cells,
            line=line,
            row=row_number,
            raw=raw,
            text=visible_text(cells[roles.name]),
        )


def _front_matter(lines):
    """Lines of a YAML front-matter block at the top ("---" ... "---"), else 0."""
    if not lines or lines[0].strip() != "---":
        return 0
    for number, line in enumerate(lines[1:201], 2):
        if line.strip() in ("---", "..."):
            return number
    return 0


# Where a browser breaks a line inside HTML kept in Markdown (bounded: linear on any input)
_HTML_BREAK = re.compile(r"<br\s{0,5}/?>|</p\s{0,5}>|<p(?:\s[^<>]{0,300})?>", re.IGNORECASE)
# "content_block_es: >-", "body: |": a YAML key whose value is the indented text below it
_BLOCK_SCALAR = re.compile(r"[A-Za-z_][\w-]{0,100}:\s*[>|][-+]?\s*")


def read_markdown(path, lines, sha256, column=None):
    """Units of a Markdown file: every non-blank source line becomes one unit.

    Examples
    --------
    >>> model = read_markdown("x.md", ["## Signers", "", "- ACLU", "- EFF"], "0")
    >>> [(u.line, u.kind, u.text) for u in model.units]
    [(1, 'heading', 'Signers'), (3, 'item', '- ACLU'), (4, 'item', '- EFF')]
    """
    front = _front_matter(lines)
    kinds = {line: ("skip", 0, None) for line in range(1, front + 1)}  # 1-based line ->
    # (kind, level, text); the front matter is the page's metadata, not its text, except
    # its block scalars ("content: >-" and indented lines): a site's page body kept there
    units_by_line = {}
    item_first_lines = set()
    segments = [*_block_scalars(lines, front), (lines[front:], front)]
    for segment, offset in segments:
        for line in range(offset + 1, offset + len(segment) + 1):
            kinds.pop(line, None)
        _read_tokens(
            _parser().parse("\n".join(segment)),
            offset,
            (lines, kinds, units_by_line, item_first_lines, path, column),
        )
    if any(line.lstrip(" ")[:2] in ("+-", "+=", "+:") for line in lines):
        # Pandoc grid tables, which CommonMark reads as paragraphs
        grid_units, layout = grid_tables(lines, inline_text, str(path))
        units_by_line.update(grid_units)
        for line in layout:
            units_by_line.pop(line, None)
            kinds[line] = ("skip", 0, None)
    units = []
    if front:
        units.extend(_front_matter_text(lines, front))
    for number, raw in enumerate(lines, 1):
        if number in units_by_line:
            units.append(units_by_line[number])
            continue
        if not raw.strip():
            continue
        kind, level, text = kinds.get(number, ("para", 0, None))
        if kind == "skip":
            continue
        if kind == "para" and text is None and _HTML_BREAK.search(raw, 0, 200_000):
            # HTML kept in Markdown (a post's body on one source line, a paragraph with a
            # "<br>"): "<br>" and "</p><p>" end its lines as a browser shows them
            # ("Assinam:<br>Name (UF)<br>Name – ACR", "and remain<br />Yours sincerely,")
            for piece in _HTML_BREAK.split(raw):
                shown = inline_text(visible_text(piece))
                if shown.strip():
                    units.append(Unit(raw=piece, text=shown, line=number, kind="para"))
            continue
        text = text if text is not None else visible_text(raw) if "<" in raw or "![" in raw else raw
        text = inline_text(text)
        if "&" in text:
            text = decode_entities(text)  # "X &#8211; Y" is one name, not two at its ";"
        if kind == "para":
            emphasis = _EMPHASIS_LINE.fullmatch(raw)
            if emphasis:
                kind, level, text = "heading", 6, emphasis.group(2).strip()
            elif number in item_first_lines:
                kind = "item"
        elif number in item_first_lines and kind != "heading":
            kind = "item"
        units.append(Unit(raw=raw, text=text, line=number, kind=kind, level=level))
    return DocumentModel(path=path, format="markdown", sha256=sha256, units=units)


def _block_scalars(lines, front):
    """The block scalars of a front matter ("content_block_es: >-" then indented lines),
    each as ``(dedented lines, offset)`` with ``offset`` the 0-based index of its first line."""
    out = []
    number = 1
    while number < front - 1:
        if not _BLOCK_SCALAR.fullmatch(lines[number]):
            number += 1
            continue
        start = end = number + 1
        while end < front - 1 and (not lines[end].strip() or lines[end][:1] in " \t"):
            end += 1
        body = lines[start:end]
        indent = min((len(x) - len(x.lstrip()) for x in body if x.strip()), default=0)
        out.append(([x[indent:] for x in body], start))
        number = end
    return out


def _read_tokens(tokens, front, state):
    """Record what markdown-it found in one segment (lines from ``front`` on)."""
    lines, kinds, units_by_line, item_first_lines, path, column = state
    table_rows, table_map, cells = [], None, None
    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "heading_open" and token.map:
            text = tokens[index + 1].content if index + 1 < len(tokens) else ""
            for line in range(token.map[0] + 1 + front, token.map[1] + 1 + front):
                kinds[line] = ("heading", int(token.tag[1:]), visible_text(text))
        elif kind == "list_item_open" and token.map:
            item_first_lines.add(token.map[0] + 1 + front)
        elif kind == "html_block" and token.map and _HTML_COMMENT.fullmatch(token.content):
            # "<!-- Do not add your name to the bottom -->": a note to editors, never shown
            for line in range(token.map[0] + 1 + front, token.map[1] + 1 + front):
                kinds[line] = ("skip", 0, None)
        elif kind in ("paragraph_open", "html_block") and token.map:
            for line in range(token.map[0] + 1 + front, token.map[1] + 1 + front):
                kinds.setdefault(line, ("para", 0, None))
        elif kind in ("fence", "code_block", "hr") and token.map:
            for line in range(token.map[0] + 1 + front, token.map[1] + 1 + front):
                kinds[line] = ("skip", 0, None)
        elif kind == "table_open":
            table_rows, table_map = [], token.map
        elif kind == "tr_open" and token.map:
            cells = (token.map[0] + 1 + front, [])
        elif kind == "inline" and cells is not None:
            cells[1].append(token.content.strip())
        elif kind == "tr_close" and cells is not None:
            table_rows.append(cells)
            cells = None
        elif kind == "table_close":
            if table_rows:
                _table_units(table_rows, lines, units_by_line, path, column)
                for line in (
                    range(table_map[0] + 1 + front, table_map[1] + 1 + front) if table_map else ()
                ):
                    kinds.setdefault(line, ("skip", 0, None))
            table_rows = []
