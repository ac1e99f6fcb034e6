"""Web pages (.html, .htm) with selectolax: the article, not the page around it.

The main content is `<main>`, else `<article>`, else `[role=main]`, else `<body>`; navigation,
asides, footers, scripts, styles, forms and other furniture are removed before reading, and so
is the page header when the main content is the whole body (inside `<main>` or `<article>` a
`<header>` holds the article's own heading). Headings, paragraphs, list items (with their
nesting depth; a `<dd>` under its `<dt>`) and table rows (with their header, as in markdown)
become blocks; `<br>` ends a line of a paragraph; `<pre>` is code. The title is the page's
`<title>`, else its first `<h1>`, without the site name pages append to it (a last part after a
bar or dash that the article never mentions).

A page built of `<div>`s, with no `<main>` or `<article>`, is cleaned as Mozilla's Readability
cleans one: an element whose class or id names page furniture ("cookie-banner", "site-menu",
"sidebar", "related-jobs", "social-share") and nothing that may be content ("main-content") is
removed, unless it holds the page's `<h1>`, and so is a list or paragraph that is mostly link
text and follows no heading (a menu; "Open roles" over links to each posting stays).
Inside `<main>` or `<article>` only the furniture names are looked at, and a header is kept.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.markdown import table_row
from bot.ingest.readers.text import decode

_FURNITURE = ("nav", "footer", "aside", "script", "style", "noscript", "template",
              "form", "button", "select", "textarea", "iframe", "svg", "canvas", "dialog",
              "[role=navigation]", "[role=contentinfo]", "[aria-hidden=true]",
              "[hidden]")
_MAIN = ("main", "article", "[role=main]", "body")
# Readability's "unlikely candidates" and "maybe candidates", matched in an element's class and id
_UNLIKELY = re.compile(r"-ad-|ad-break|agegate|banner|breadcrumb|combx|comment|community|consent|"
                       r"cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
                       r"newsletter|pagination|pager|popup|related|remark|replies|rss|share|"
                       r"shoutbox|sidebar|skyscraper|social|sponsor|supplemental|yom-remote",
                       re.IGNORECASE)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
_LINK_DENSITY = 0.5  # a list or paragraph whose text is more than this share links is a menu
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = {"ul", "ol", "dl"}
_BLOCKS = {"p", "div", "section", "blockquote", "figure", "figcaption", "pre", "table", "li",
           "dt", "dd", "address", "details", "summary", "main", "article", "hr", "center",
           *_HEADINGS, *_LISTS}
_SKIP = {"-comment", "head", "title", "meta", "link", "img", "br", "hr", "picture", "video",
         "audio", "object", "embed", "map"}


def read(data: bytes) -> Extracted:
    from selectolax.lexbor import LexborHTMLParser

    markup, encoding = decode(data)
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    found = [n for n in (tree.css_first(s) for s in _MAIN) if n is not None]
    root = next((n for n in found if n.text(deep=True).strip()), tree.root)
    if root is None:
        raise Unreadable("empty (no text)")
    whole_page = root.tag in ("body", "html")
    furniture = _FURNITURE + (("header", "[role=banner]") if whole_page else ())
    for selector in furniture:
        for node in root.css(selector):
            node.decompose()
    _drop_furniture(root, whole_page)
    out = _Walker()
    out.block(root, depth=-1)
    out.flush()
    if not out.blocks:
        raise Unreadable("no readable text (only scripts, styles or page furniture)")
    article = "".join(out.parts)
    title = _page_title(title_node.text(), article) if title_node is not None else ""
    if not title:
        h1 = next((b for b in out.blocks if b.kind == "heading"), None)
        title = article[h1.start:h1.end] if h1 else ""
    extracted = out.build(title)
    return Extracted(text=extracted.text, title=extracted.title, blocks=extracted.blocks,
                     encoding=encoding)


def _drop_furniture(root, whole_page: bool) -> None:
    """Remove the elements named as page furniture and, on a page with no main element, the
    lists and paragraphs that are mostly links."""
    named = []
    for node in root.css("[class], [id]"):
        if node.tag in ("body", "html", "a", "main", "article"):
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _UNLIKELY.search(names) and not _MAYBE.search(names) \
                and (whole_page or not re.search("header", names, re.IGNORECASE)) \
                and node.css_first("h1") is None:  # a "job-header" holding the page's title
            named.append(node)
    _remove(named)
    if whole_page:
        _remove([node for node in root.css("ul, ol, p, dl")
                 if _link_density(node) > _LINK_DENSITY and not _under_heading(node)])


def _under_heading(node) -> bool:
    """A list that a heading introduces ("Open roles" over links to each posting) is the
    page's content, however much of it is links; a menu has no heading of its own."""
    before = node.prev
    while before is not None and before.tag == "-text" and not before.text(deep=False).strip():
        before = before.prev
    return before is not None and before.tag in _HEADINGS


def _link_density(node) -> float:
    text = len(clean(node.text(deep=True)))
    return sum(len(clean(a.text(deep=True))) for a in node.css("a")) / text if text else 0.0


def _remove(nodes) -> None:
    """Remove each node not inside another one removed (that goes with it)."""
    ids = {n.mem_id for n in nodes}
    for node in nodes:
        parent, inside = node.parent, False
        while parent is not None and not inside:
            inside, parent = parent.mem_id in ids, parent.parent
        if not inside:
            node.decompose()


def _page_title(title: str, article: str) -> str:
    """"Data Engineer: Career Guide | CareerPaths" -> "Data Engineer: Career Guide": a short last
    part after a bar or dash that the article itself never mentions is the site's name; one it
    does mention ("Data Engineer | Senior") tells pages of one site apart and stays."""
    title = clean(title)
    parts = re.split(r"\s+[|–—·»]\s+", title)
    last = parts[-1]
    if len(parts) > 1 and len(last.split()) <= 3 and last.lower() not in article.lower():
        return title[:title.rindex(last)].rstrip(" |–—·»")
    return title


class _Walker(TextBuilder):
    def __init__(self) -> None:
        super().__init__()
        self.run: list[str] = []  # loose inline text waiting for the end of its block
        self.run_kind = "paragraph"
        self.run_depth = 0

    def flush(self) -> None:
        if self.run:
            self.add(self.run_kind, "".join(self.run), depth=self.run_depth)
        self.run = []

    def block(self, node, depth: int, kind: str = "paragraph") -> None:
        """Read the children of a block element; inline runs become `kind` blocks."""
        self.flush()
        self.run_kind, self.run_depth = kind, max(depth, 0)
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.run.append(child.text(deep=False))
            elif tag == "br":
                self._line_break()
            elif tag == "img":
                self.run.append(child.attributes.get("alt") or "")
            elif tag in _SKIP:
                continue
            elif tag not in _BLOCKS:
                self._inline(child)
            else:
                self._element(child, depth, kind)
                self.run_kind, self.run_depth = kind, max(depth, 0)
        self.flush()

    def _line_break(self) -> None:
        """`<br>` ends a line of a paragraph ("Location: Berlin<br>Salary: ..." is two lines,
        as a text file would have them); inside a list item it is a space."""
        if self.run_kind == "paragraph":
            self.flush()
        else:
            self.run.append(" ")

    def _inline(self, node) -> None:
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                self.run.append(child.text(deep=False))
            elif child.tag == "img":
                self.run.append(child.attributes.get("alt") or "")
            elif child.tag == "br":
                self._line_break()
            elif child.tag in _BLOCKS:
                self.flush()
                self._element(child, 0)
            elif child.tag not in _SKIP:
                self._inline(child)

    def _element(self, node, depth: int, kind: str = "paragraph") -> None:
        tag = node.tag
        self.flush()
        if tag in _HEADINGS:
            self.add("heading", node.text(deep=True), level=_HEADINGS[tag])
        elif tag == "pre":
            self.add("code", node.text(deep=True), raw=True)
        elif tag == "table":
            self._table(node)
        elif tag in _LISTS:
            if depth < 0:
                self.new_group()
            self.block(node, depth + 1)
        elif tag in ("li", "dt", "dd"):
            # a definition is an item under its term ("Hours" › "40 per week"), as a nested
            # list item is under its parent
            depth += tag == "dd" and depth >= 0
            self.block(node, depth, kind="item" if depth >= 0 else "paragraph")
        else:
            self.block(node, depth, kind=kind)  # a <p> inside an <li> is still the item

    def _table(self, table) -> None:
        rows = [r for r in table.css("tr")]
        header: list[str] = []
        self.new_group()
        for row in rows:
            cells = [c for c in row.iter() if c.tag in ("th", "td")]
            texts = [clean(c.text(deep=True)) for c in cells]
            if not header and cells and all(c.tag == "th" for c in cells):
                header = texts
                continue
            self.add("row", table_row(header, texts))
