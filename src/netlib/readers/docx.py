"""Word documents (python-docx): paragraphs by style (headings, list items) and tables,
in body order; ``line`` is the paragraph's number in that order."""

from __future__ import annotations

import io

from netlib.errors import InputError
from netlib.readers.columns import pick_columns, record_unit
from netlib.readers.model import DocumentModel, Unit

__all__ = ["read_docx"]


def _paragraph_kind(paragraph):
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    folded = style.casefold()
    if folded.startswith("heading") or folded == "title":
        digits = "".join(c for c in style if c.isdigit())
        return "heading", int(digits) if digits else 1
    properties = paragraph._p.pPr
    if "list" in folded or (properties is not None and properties.numPr is not None):
        return "item", 0
    return "line", 0


def read_docx(path, data, sha256, column=None):
    """Units of a .docx: one per paragraph line and one record per table row."""
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:  # python-docx raises many types on damaged files
        raise InputError(path, f"not a readable .docx ({type(exc).__name__})") from None
    units, number = [], 0
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            kind, level = _paragraph_kind(paragraph)
            # a line break inside a paragraph separates names as a new paragraph would
            for piece in paragraph.text.split("\n"):
                number += 1
                if piece.strip():
                    units.append(Unit(raw=piece, text=piece, line=number, kind=kind, level=level))
        elif tag == "tbl":
            table = Table(child, document)
            grid = []
            for row in table.rows:
                number += 1
                cells = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if not cells or text != cells[-1]:  # merged cells repeat their text
                        cells.append(text)
                grid.append((number, cells))
            grid = [g for g in grid if any(g[1])]
            if not grid:
                continue
            header_line, header = grid[0]
            try:
                roles = pick_columns(header, [c for _, c in grid[1:]], column=column, where=path)
                rows = grid[1:]
            except InputError:
                roles = None
            if roles is None:
                for line, cells in grid:
                    for cell in cells:
                        if cell:
                            units.append(Unit(raw=cell, text=cell, line=line))
                continue
            units.append(
                Unit(
                    raw=" | ".join(header), text=" | ".join(header), line=header_line, kind="header"
                )
            )
            for row_no, (line, cells) in enumerate(rows, 1):
                if roles.name >= len(cells) or not cells[roles.name]:
                    continue
                units.append(
                    record_unit(header, roles, cells, line=line, row=row_no, raw=" | ".join(cells))
                )
    if not units:
        raise InputError(path, "a .docx with no text")
    title = document.core_properties.title or None
    return DocumentModel(
        path=path, format="docx", sha256=sha256, units=units, encoding="docx", title=title
    )
