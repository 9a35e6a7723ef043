"""HTML saved from a web page (lxml): headings, list items, paragraphs, table rows and the
``alt`` text of logo walls, each unit with the source line its element starts on."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import islice

from lxml import etree
from lxml import html as lxml_html

from netlib.errors import InputError
from netlib.readers.columns import pick_columns, record_unit
from netlib.readers.model import DocumentModel, Unit
from netlib.vocabulary import entries

__all__ = ["read_html"]

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_ITEMS = {"li", "dt", "dd", "option"}
_BLOCKS = (
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "blockquote",
        "figure",
        "figcaption",
        "address",
        "pre",
        "ul",
        "ol",
        "dl",
        "table",
        "tr",
        "td",
        "th",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "center",
        "body",
        "hr",
        "form",
        "fieldset",
        "legend",
        "details",
        "summary",
    }
    | set(_HEADINGS)
    | _ITEMS
)
# Page chrome: menus, footers, forms and buttons never hold a signatory list.
_CHROME = {"nav", "footer", "aside", "button", "select", "form", "noscript", "template"}
_DROP = {"script", "style", "head", "svg", "iframe", "object", "canvas", "video", "audio"}


class _Lines:
    """Text runs gathered into units at block boundaries."""

    def __init__(self):
        self.units = []
        self.parts = []
        self.line = None
        self.kind = "para"
        self.level = 0

    def text(self, value, line):
        if value and value.strip():
            if not self.parts:
                self.line = line
            self.parts.append(value)

    def flush(self):
        text = " ".join(" ".join(self.parts).split())
        if text:
            self.units.append(
                Unit(raw=text, text=text, line=self.line or 1, kind=self.kind, level=self.level)
            )
        self.parts, self.line = [], None

    def start(self, kind, level=0):
        self.flush()
        self.kind, self.level = kind, level


_CLASS_PARTS = re.compile(r"[-_]")


def _chrome_class(element):
    """The element's class or id marks it as the page's chrome ("nav-section", "sidebar",
    "left-column": ``vocab/web_chrome_classes.txt``)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".casefold().split()
    if not names:
        return False
    whole, parts = _chrome_classes()
    return any(n in whole or any(p in parts for p in _CLASS_PARTS.split(n)) for n in names[:20])


@cache
def _chrome_classes():
    """``(whole class names, words that mark a class as one of its parts)``."""
    listed = entries("web_chrome_classes")
    return (
        frozenset(e.lstrip("*") for e in listed),
        frozenset(e[1:] for e in listed if e.startswith("*")),
    )


# the page itself and its main text, whatever their classes say ("navbar-is-fixed-top")
_NEVER_CHROME = frozenset(("html", "body", "main", "article"))


def _tag(element):
    return element.tag.casefold() if isinstance(element.tag, str) else ""


def _cell_text(cell):
    parts = [cell.text_content()]
    parts += [img.get("alt", "") for img in cell.iter("img")]
    return " ".join(" ".join(parts).split())


# a data table's cells hold words; a page laid out as a table holds paragraphs and lists
_LAYOUT_IN_CELL = ("p", "ul", "ol", "h1", "h2", "h3", "h4", "blockquote", "article", "section")
#: A cell with this many paragraphs or lists that hold text, or this many characters, is a
#: page's layout (a stray "<p><br/>" in a cell exported from a word processor is not).
_LAYOUT_BLOCKS, _LAYOUT_CHARS = 2, 600


def _laid_out(table):
    """The table lays out a page: one of its cells holds paragraphs or lists, or a text far
    longer than any signatory's name."""
    for cell in table.iter("td", "th"):
        blocks = sum(1 for b in cell.iterdescendants(*_LAYOUT_IN_CELL) if b.text_content().strip())
        if blocks >= _LAYOUT_BLOCKS or len(cell.text_content()) > _LAYOUT_CHARS:
            return True
    return False


def _table(element, out, where, column):
    """A table of signatories as records; ``False`` when it is not one (a layout table)."""
    if any(True for _ in element.iterdescendants("table")):
        return False  # nested tables: a page layout, not a list
    if _laid_out(element):
        return False  # paragraphs or lists inside a cell: a page laid out in a table
    rows = [tr for tr in element.iter("tr")]
    grid = []
    for tr in rows:
        cells = [c for c in tr if _tag(c) in ("td", "th")]
        grid.append((tr, cells, [_cell_text(c) for c in cells]))
    # cells left outside any row (a "<tr>" forgotten): rows of their own, in order
    for parent in element.iter("tbody", "table"):
        stray = [c for c in parent if _tag(c) == "td"]
        if stray:
            grid.append((stray[0], stray, [_cell_text(c) for c in stray]))
    grid.sort(key=lambda g: g[0].sourceline or 0)
    # a header of <th> cells straight under <thead>, without a row (browsers accept it)
    loose = [c for c in element.iter("th") if _tag(c.getparent()) != "tr"]
    if loose:
        grid.insert(0, (loose[0], loose, [_cell_text(c) for c in loose]))
    grid = [g for g in grid if any(g[2])]
    widths = [len(g[1]) for g in grid if _tag(g[0]) == "tr" or g[0] in loose]
    if len(grid) < 2 or max(widths, default=0) > 12:
        return False
    first_tr, first_cells, header = grid[0]
    has_header = all(_tag(c) == "th" for c in first_cells) or (
        first_tr.getparent() is not None and _tag(first_tr.getparent()) == "thead"
    )
    body = grid[1:] if has_header else grid
    if has_header and len(header) >= 2:
        # a row whose "<tr>" was left out: the browser (and libxml2) add its cells to the row
        # before, so a row of twice the header's width is two rows
        width, mended = len(header), []
        for tr, cells, texts in body:
            if len(texts) > width and len(texts) % width == 0:
                for start in range(0, len(texts), width):
                    mended.append((tr, cells[start : start + width], texts[start : start + width]))
            else:
                mended.append((tr, cells, texts))
        body = mended
    if not has_header:
        header = [f"column {i + 1}" for i in range(max(len(g[2]) for g in grid))]
    try:
        roles = pick_columns(header, [g[2] for g in body], column=column, where=where)
    except InputError:
        return False
    out.flush()
    if has_header:
        out.units.append(
            Unit(
                raw=" | ".join(header),
                text=" | ".join(header),
                line=first_tr.sourceline or 1,
                kind="header",
            )
        )
    for row_number, (tr, elements, cells) in enumerate(body, 1):
        if roles.name >= len(cells) or not cells[roles.name]:
            continue
        if roles.name < len(elements) and _internal_link_only(elements[roles.name]):
            # a menu laid out as a table: each row one link to another page of the site
            out.units.append(
                Unit(
                    raw=cells[roles.name],
                    text=cells[roles.name],
                    line=tr.sourceline or 1,
                    kind="skip",
                )
            )
            continue
        out.units.append(
            record_unit(
                header,
                roles,
                cells,
                line=tr.sourceline or 1,
                row=row_number,
                raw=" | ".join(cells),
                text=cells[roles.name],
            )
        )
    return True


_EXTERNAL = re.compile(r"(?:https?:)?//|mailto:|#", re.IGNORECASE)


def _internal_link_only(element):
    """The element's whole text is one link to a page of the same site ("About the
    Tribunal", "Participants"): navigation. A list entry linking to an organisation's own
    site points elsewhere (``https://...``) and is kept."""
    links = element.findall(".//a")
    if len(links) != 1:
        return False
    href = (links[0].get("href") or "").strip()
    if not href or _EXTERNAL.match(href):
        return False
    text = " ".join(element.text_content().split())
    return bool(text) and text == " ".join(links[0].text_content().split())


def _signature(element):
    return (_tag(element), " ".join(sorted((element.get("class") or "").split())))


def _card_parts(card, where, column):
    """The texts of one card (a logo, a name, a place, a date), each a unit's text."""
    inner = _Lines()
    _walk_children(card, inner, where, column)
    inner.flush()
    return [u for u in inner.units if u.kind != "skip"]


_CARD_MAX = 40  # elements in one card, at most
_DATE_LIKE = re.compile(r"[\d/.\-\s]{6,12}")


def _card_name(parts):
    """The part of a card that names its organisation: the longest short text that is no
    date, no sentence and no link label ("Visit website")."""
    best = None
    for unit in parts:
        text = unit.text
        words = text.split()
        if not words or len(words) > 25 or _DATE_LIKE.fullmatch(text):
            continue
        if text.endswith((".", "!", "?")) and len(words) > 6:
            continue  # a description
        if text.casefold() in ("visit website", "website", "read more", "learn more", "more"):
            continue
        if best is None or len(text) > len(best.text):
            best = unit
    return best


def _cards(element, where, column):
    """A grid of cards (three or more sibling elements of one tag and class, each holding
    two to six short texts: a logo, an acronym, a name, a place): one unit per card, its
    name part, or ``None`` when the element is no such grid."""
    children = [c for c in element if isinstance(c.tag, str)]
    if len(children) < 3:
        return None
    if any(sum(1 for _ in islice(c.iter(), _CARD_MAX + 1)) > _CARD_MAX for c in children[:50]):
        return None  # a card is a few elements: bounding it keeps the reader linear
    shapes = Counter(_signature(c) for c in children)
    shape, count = shapes.most_common(1)[0]
    if count < 3 or count < 0.8 * len(children) or not shape[1]:
        return None
    units = []
    for child in children:
        parts = _card_parts(child, where, column)
        if _signature(child) != shape:
            units.extend(parts)  # another element among the cards: read as it is
            continue
        if len(parts) == 1:
            units.extend(parts)  # a logo alone
            continue
        if not 2 <= len(parts) <= 6 or sum(len(p.text.split()) for p in parts) > 60:
            return None
        if sum(1 for p in parts if p.kind == "item") > 1:
            return None  # several logos or items: a row of cards, not one card
        name = _card_name(parts)
        if name is not None:
            units.append(Unit(raw=name.text, text=name.text, line=name.line, kind="item"))
    return units


_LOGO_WALL = 3  # logos of other sites that make a footer a list of supporters


def _logo_wall(element):
    """``element`` holds three or more images with a text alternative, each a link to
    another site: a wall of supporters' logos, not the page's own chrome."""
    logos = 0
    for image in element.iter("img"):
        link = next((a for a in image.iterancestors("a")), None)
        href = (link.get("href") or "") if link is not None else ""
        if (image.get("alt") or "").strip() and href.startswith(("http://", "https://")):
            logos += 1
            if logos >= _LOGO_WALL:
                return True
    return False


def _walk_children(element, out, where, column, chrome=False):
    out.text(element.text, element.sourceline)
    for child in element:
        _walk(child, out, where, column, chrome)


def _walk(element, out, where, column, chrome=False):
    tag = _tag(element)
    if tag in _DROP or not tag:
        out.text(element.tail, getattr(element, "sourceline", None))
        return
    opens_chrome = tag in _CHROME or element.get("role") == "navigation"
    if (
        not opens_chrome
        and not chrome
        and tag not in _NEVER_CHROME
        and _chrome_class(element)
        and not _logo_wall(element)
    ):
        opens_chrome = True  # "<div class='nav-section'>", "<td class='left-column'>"
    if opens_chrome and tag in ("footer", "aside") and _logo_wall(element):
        opens_chrome = False  # the supporters' logos at the foot of a campaign page
    chrome = chrome or opens_chrome
    if not chrome and tag in ("li", "td", "p", "div", "span") and _internal_link_only(element):
        chrome = True  # a menu entry: the block is one link to another page of the site
    if tag == "a" and (element.get("href") or "").startswith("#") and not chrome:
        # "Skip to main content", "Back to top": links within the page are its chrome
        out.start("skip")
        out.text(element.text_content(), element.sourceline)
        out.start("para")
        out.text(element.tail, element.sourceline)
        return
    block = tag in _BLOCKS or opens_chrome
    if tag == "table" and not chrome and _table(element, out, where, column):
        out.start("para")
        out.text(element.tail, element.sourceline)
        return
    if block:
        if chrome:
            out.start("skip")
        elif tag in _HEADINGS:
            out.start("heading", _HEADINGS[tag])
        elif tag in _ITEMS:
            out.start("item")
        else:
            out.start("para")
    if tag == "br":
        kind, level = out.kind, out.level
        out.start(kind, level)
    elif tag == "img":
        alt = (element.get("alt") or "").strip()
        if alt and not chrome:
            # a logo wall: each image is one entry, whatever inline markup wraps it
            kind, level = out.kind, out.level
            out.start("item")
            out.text(alt, element.sourceline)
            out.start(kind, level)
    cards = None if chrome or tag in ("ul", "ol", "table") else _cards(element, where, column)
    if cards is not None:
        out.start("item")
        out.units.extend(cards)
    else:
        _walk_children(element, out, where, column, chrome)
    if block:
        kind = "skip" if chrome and out.kind == "skip" else out.kind
        out.start(kind if chrome else "para")
    out.text(element.tail, element.sourceline)


def read_html(path, lines, sha256, column=None):
    """Units of an HTML page, in document order.

    Examples
    --------
    >>> page = ["<html><head><title>Sign on</title></head><body>",
    ...         "<h2>Participating Organizations</h2>",
    ...         "<ul><li>ACLU</li>", "<li><img src='x.png' alt='Media Alliance logo'></li></ul>",
    ...         "<nav><a href='/'>Home</a></nav></body></html>"]
    >>> model = read_html("x.html", page, "0")
    >>> model.title
    'Sign on'
    >>> for unit in model.units:
    ...     print(unit.line, unit.kind, unit.text)
    2 heading Participating Organizations
    3 item ACLU
    4 item Media Alliance logo
    5 skip Home
    """
    source = "\n".join(lines)
    try:
        root = lxml_html.document_fromstring(source)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, f"not readable as HTML ({exc})") from None
    title_el = root.find(".//title")
    title = " ".join(title_el.text_content().split()) if title_el is not None else None
    body = root.find("body")
    out = _Lines()
    _walk(body if body is not None else root, out, path, column)
    out.flush()
    return DocumentModel(
        path=path, format="html", sha256=sha256, units=out.units, title=title or None
    )
