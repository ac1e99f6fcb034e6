"""Web pages (.html, .htm) with selectolax: the article, not the page around it.

The main content is `<main>`, else `[role=main]`, else the page's one `<article>`, else the
`<body>` (several `<article>`s are tabs, questions or cards of one page: all are read). Scripts,
styles, forms, navigation (with the box that titles it, "Table of Contents"), footers, asides,
buttons, hidden text, skip links and links drawn as buttons ("Apply now") are removed before
reading. Headings, paragraphs, list items (with their nesting depth; a `<dd>` under its `<dt>`)
and table rows (with their column headers, as in markdown) become blocks; `<br>` ends a line
of a paragraph; `<pre>` is code; a short paragraph that is all bold ("<p><strong>Benefits
</strong></p>") and is followed by content is a heading, as most careers pages make their
section titles. A table used for layout (cells holding headings or nested tables, a single row
or column) is read as the blocks in its cells, a cell of bold words titling the cells after
it (a job card in an e-mail). The title is the page's `<h1>` when `<title>`
is that heading plus site names, else `<title>` without the site name pages append to it (a
last part after a bar or dash that the article never mentions), else the first `<h1>`.

A page built of `<div>`s, with no `<main>`, is cleaned as Mozilla's Readability cleans one: an
element whose class or id names page furniture ("cookie-banner", "site-menu", "sidebar",
"related-jobs", "social-share") and nothing that may be content ("main-content") is removed,
unless it holds the page's `<h1>`, and so is a list or paragraph that is mostly link text and
follows no heading (a menu; "Open roles" over links to each posting stays). Its content block
is the smallest element around the `<h1>` that holds half the page's text; beside it, a
`<header>` is the site's banner and a block of headings that link to other pages ("You might
also be interested in") is a recommendation list, and both go. A `<header>` inside the content
block (a posting's title, location and salary) is kept.
Inside `<main>` or `<article>` only the furniture names are looked at, and a header is kept.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.markdown import table_row
from bot.ingest.readers.text import decode

_FURNITURE = ("footer", "aside", "script", "style", "noscript", "template",
              "form", "button", "select", "textarea", "iframe", "svg", "canvas", "dialog",
              "[role=contentinfo]", "[role=complementary]", "[role=search]", "[role=banner]",
              "[role=button]", "[aria-hidden=true]", "[hidden]")
# the class names CSS frameworks give text shown only to screen readers (Bootstrap, WordPress,
# HTML5 Boilerplate): not what the page shows, so not something to quote
_HIDDEN = re.compile(r"(?:^|\s)(?:sr-only|screen-reader-text|visually-?hidden)(?:\s|$)", re.I)
# the class names that draw a link as a button ("btn btn-primary", "wp-block-button__link"):
# a call to action ("Apply now", "Save job"), not a sentence
_BUTTON = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.I)
# Readability's "unlikely candidates" and "maybe candidates", matched in an element's class and id
_UNLIKELY = re.compile(r"-ad-|ad-break|agegate|banner|breadcrumb|combx|comment|community|consent|"
                       r"cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
                       r"newsletter|pagination|pager|popup|related|remark|replies|rss|share|"
                       r"shoutbox|sidebar|skyscraper|social|sponsor|supplemental|yom-remote",
                       re.IGNORECASE)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
_LINK_DENSITY = 0.5  # a list or paragraph whose text is more than this share links is a menu
_BOX_TITLE_WORDS = 4  # "Table of Contents", "On this page": the title of a navigation box
_BOLD_HEADING_WORDS = 10  # a bold line longer than this is emphasis, not a heading
_MAX_COLUMNS = 60  # spans are cut here: no table of data is wider, and a broken one stays small
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_LISTS = {"ul", "ol", "dl"}
_BLOCKS = {"p", "div", "section", "blockquote", "figure", "figcaption", "pre", "table", "li",
           "dt", "dd", "address", "details", "summary", "main", "article", "hr", "center",
           "header", "caption", *_HEADINGS, *_LISTS}
_SKIP = {"-comment", "head", "title", "meta", "link", "img", "br", "hr", "picture", "video",
         "audio", "object", "embed", "map"}
_SECTIONING = {"article", "aside", "main", "nav", "section"}
# an image's credit at the end of its caption ("... 2021. Photo: Priya Shah", "Photo by ...",
# "© Reuters"): captions credit images with these few words; the credit names no fact
_CREDIT = re.compile(r"(?:^|(?<=[.!?]))\s*(?:(?:photo(?:graph)?|image|picture|illustration)s?"
                     r"(?:\s+by\s|\s*:)|credits?\s*:|©).*$", re.IGNORECASE)
_GLUE = "\x00"  # where one element ends and the next begins with nothing between them


def read(data: bytes) -> Extracted:
    from selectolax.lexbor import LexborHTMLParser

    markup, encoding = decode(data)
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    root, whole_page = _content_root(tree)
    if root is None:
        raise Unreadable("empty (no text)")
    _drop_navigation(root)
    for selector in _FURNITURE:
        for node in root.css(selector):
            node.decompose()
    _drop_controls(root)
    _drop_furniture(root, whole_page)
    if whole_page:
        _drop_beside_content(root)
    out = _Walker()
    out.block(root, depth=-1)
    out.flush()
    if not out.blocks:
        raise Unreadable("no readable text (only scripts, styles or page furniture)")
    out.settle_bold_headings()
    article = "".join(out.parts)
    h1 = next((b for b in out.blocks if b.kind == "heading" and b.level == 1), None) or \
        next((b for b in out.blocks if b.kind == "heading"), None)
    heading = article[h1.start:h1.end] if h1 else ""
    title = _page_title(title_node.text(), article, heading) if title_node is not None else ""
    extracted = out.build(title or heading)
    return Extracted(text=extracted.text, title=extracted.title, blocks=extracted.blocks,
                     encoding=encoding)


def _content_root(tree):
    """(element to read, whether it is the whole page). `<main>` names the content; so does a
    page's one `<article>`, but several are parts of one page (tabs, questions, cards)."""
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and node.text(deep=True).strip():
            return node, False
    articles = [a for a in tree.css("article") if a.text(deep=True).strip()
                and not _has_ancestor(a, {"article", "aside", "nav", "footer"})]
    if len(articles) == 1:
        return articles[0], False
    body = tree.body or tree.root
    return body, body is not None


def _has_ancestor(node, tags: set[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _contains(outer, inner) -> bool:
    while inner is not None:
        if inner.mem_id == outer.mem_id:
            return True
        inner = inner.parent
    return False


def _drop_navigation(root) -> None:
    """Remove navigation with the box around it that only titles it: a table of contents goes
    with its "Table of Contents" or "On this page". A list whose links all lead elsewhere on
    the same page is navigation too, whatever element holds it."""
    navs = root.css("nav, [role=navigation]") + [
        lst for lst in root.css("ul, ol")
        if lst.css_first("a") is not None and _link_density(lst) > _LINK_DENSITY
        and all((a.attributes.get("href") or "").startswith("#") for a in lst.css("a"))]
    _remove([_box(nav, root) for nav in navs])


def _box(node, root):
    """The outermost element around `node` whose other text is at most a short title."""
    words = len(clean(node.text(deep=True)).split())
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id and parent.tag not in (
            "body", "html") and parent.css_first("h1") is None:
        if len(clean(parent.text(deep=True)).split()) - words > _BOX_TITLE_WORDS:
            break
        node, parent = parent, parent.parent
    return node


def _drop_controls(root) -> None:
    """Remove text shown only to screen readers, links drawn as buttons, skip links and the
    name under a pull quote."""
    total = len(clean(root.text(deep=True)))
    places = {node.attributes.get("id"): node for node in root.css("[id]")}
    _remove([node for node in root.css("[class]")
             if _HIDDEN.search(node.attributes.get("class") or "")
             or (node.tag == "a" and _BUTTON.search(node.attributes.get("class") or ""))]
            + [a for a in root.css('a[href^="#"]') if _skip_link(a, places, total)]
            # a quotation's source on a line of its own: a name, not a statement
            + [c for c in root.css("blockquote cite") if _standalone(c)])


def _skip_link(link, places: dict, total: int) -> bool:
    """A link standing on its own ("Skip to content", "Back to top") that leads to the page's
    content as a whole or to nothing on it. One inside a sentence (a footnote mark) or leading
    to one part of the page (a table of open roles, each linked to its section) is content."""
    if not _standalone(link):
        return False
    target = places.get((link.attributes.get("href") or "#")[1:])
    if target is None:
        return True
    text = len(clean(target.text(deep=True)))
    return target.css_first("h1") is not None or 2 * text >= total


def _standalone(node) -> bool:
    """No text right before or after `node`: it is not part of a sentence."""
    return not any(side is not None and side.tag == "-text" and side.text(deep=False).strip()
                   for side in (node.prev, node.next))


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


def _drop_beside_content(root) -> None:
    """On a page with no main element: remove the site's banner (a `<header>` outside the
    content block and outside any article or section, as ARIA defines a banner) and, beside
    the content block, the blocks that link to other pages ("Similar jobs" cards)."""
    content = _content_block(root)
    banners = [h for h in root.css("header")
               if not (content is not None and (_contains(content, h) or _contains(h, content)))
               and not _has_ancestor(h, _SECTIONING)]
    beside = []
    node = content
    while node is not None and node.mem_id != root.mem_id and node.parent is not None:
        beside += [s for s in node.parent.iter() if s.mem_id != node.mem_id and _links_away(s)]
        node = node.parent
    _remove(banners + beside)


def _content_block(root):
    """The smallest element around the page's `<h1>` that holds half the page's text (the
    posting, not its header alone; the e-mail's table of job cards, not its greeting)."""
    h1 = next((h for h in root.css("h1") if not _all_link(h)), None)  # not a linked logo
    if h1 is None:
        return None
    total = len(clean(root.text(deep=True)))
    node = h1
    while node.mem_id != root.mem_id and node.parent is not None \
            and 2 * len(clean(node.text(deep=True))) < total:
        node = node.parent
    return node


def _links_away(node) -> bool:
    """A block of links to other pages: mostly link text, or most of its headings are links
    (cards of other postings or posts, each titled by a link to it)."""
    if node.tag in ("-text", "-comment"):
        return False
    headings = node.css(", ".join(_HEADINGS))
    linked = [h for h in headings if _all_link(h)]
    return _link_density(node) > _LINK_DENSITY or (len(linked) >= 2
                                                   and 2 * len(linked) >= len(headings))


def _all_link(node) -> bool:
    text = clean(node.text(deep=True))
    return bool(text) and clean(" ".join(a.text(deep=True) for a in node.css("a"))) == text


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


_TITLE_PARTS = re.compile(r"\s+[|:–—·»-]\s+|:\s*:\s*")


def _page_title(title: str, article: str, heading: str = "") -> str:
    """The page's title without its site names. A `<title>` one of whose parts is the page's
    own heading ("Electricians : Occupational Outlook Handbook : U.S. Bureau of Labor
    Statistics", "Civil Engineering Technician - Career Profile - Westshire Careers Service")
    is that heading. Else "Data Engineer: Career Guide | CareerPaths" -> "Data Engineer:
    Career Guide": a short last part after a bar or dash that the article itself never
    mentions is the site's name; one it does mention ("Data Engineer | Senior") tells pages of
    one site apart and stays."""
    title = clean(title)
    parts = [p.strip(" :") for p in _TITLE_PARTS.split(title)]
    if len(parts) > 1 and heading and clean(heading).lower() in (p.lower() for p in parts):
        return heading
    last = parts[-1]
    if len(parts) > 1 and len(last.split()) <= 5 and last.lower() not in article.lower():
        return title[:title.rindex(last)].rstrip(" |–—·»:-")
    return title


def _bold_line(node) -> bool:
    """A short paragraph whose every word is bold and that ends without a full stop or colon:
    a section title made with formatting ("<p><strong>Benefits</strong></p>"). A title names
    a topic; a bold line with figures in it ("£30,000 per year") states a fact and stays text."""
    if any(inner.tag in _BLOCKS or inner.tag == "br" for inner in node.traverse()
           if inner.mem_id != node.mem_id):
        return False  # checked first: a container's text is not read over and over
    text = clean(node.text(deep=True))
    if not text or len(text.split()) > _BOLD_HEADING_WORDS or text[-1] in ".!?:;," \
            or any(c.isdigit() for c in text):
        return False
    return all(_bold(t, node) for t in node.traverse(include_text=True)
               if t.tag == "-text" and t.text(deep=False).strip())


def _bold(text_node, top) -> bool:
    node = text_node.parent
    while node is not None:
        style = (node.attributes.get("style") or "").replace(" ", "").lower()
        if node.tag in ("b", "strong") or re.search(r"font-weight:(bold|[6-9]00)", style):
            return True
        if node.mem_id == top.mem_id:
            return False
        node = node.parent
    return False


class _Alt(str):
    """The alt text of an image, told apart from the page's own text."""


def _glued(run: list[str]) -> str:
    """Join a run of inline text; two elements with nothing between them are two words
    ("<span>Salary</span><span>£28,407</span>" is laid out apart), unless a mark binds them
    ("$" before a number, a full stop after a word)."""
    text = "".join(run)
    text = re.sub(r"(?<=[^\s(\[{$£€¥\"'“‘/-])\x00+(?=[^\s.,;:!?)\]}%\"'”’/-])", " ", text)
    return text.replace(_GLUE, "")


class _Walker(TextBuilder):
    def __init__(self) -> None:
        super().__init__()
        self.run: list[str] = []  # loose inline text waiting for the end of its block
        self.run_kind = "paragraph"
        self.run_depth = 0
        self.level = 1  # the level of the last real heading
        self.bold_headings: list[int] = []  # indexes of headings made of a bold line
        self.caption = False  # reading a <figcaption>

    def flush(self) -> None:
        if any(type(part) is str and part.replace(_GLUE, "").strip() for part in self.run):
            text = _glued(self.run)
            self.add(self.run_kind, _CREDIT.sub("", text) if self.caption else text,
                     depth=self.run_depth)
        self.run = []

    def _image(self, node) -> None:
        """An image's alt text is read with the words around it ("Click the [gear icon]
        to ..."); an image on its own (a photo, a logo) is not the document's words."""
        self.run.append(_Alt(node.attributes.get("alt") or ""))

    def settle_bold_headings(self) -> None:
        """A bold line followed by another heading or by nothing titles no content: it is
        text ("<p><strong>Thank you for applying</strong></p>" at the end)."""
        for i in self.bold_headings:
            if i + 1 == len(self.blocks) or self.blocks[i + 1].kind == "heading":
                self.blocks[i] = replace(self.blocks[i], kind="paragraph", level=0)

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
                self._image(child)
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
        if node.prev is not None and node.prev.tag not in ("-text", "-comment"):
            self.run.append(_GLUE)
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                self.run.append(child.text(deep=False))
            elif child.tag == "img":
                self._image(child)
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
            self.level = _HEADINGS[tag]
            self.add("heading", node.text(deep=True), level=self.level)
        elif tag == "pre":
            self.add("code", node.text(deep=True), raw=True)
        elif tag == "table":
            self._table(node, depth)
        elif tag in _LISTS:
            if depth < 0:
                self.new_group()
            self.block(node, depth + 1)
        elif tag == "figcaption":
            self.caption = True
            self.block(node, depth, kind=kind)
            self.caption = False
        elif tag in ("li", "dt", "dd"):
            # a definition is an item under its term ("Hours" › "40 per week"), as a nested
            # list item is under its parent
            depth += tag == "dd" and depth >= 0
            self.block(node, depth, kind="item" if depth >= 0 else "paragraph")
        elif kind == "paragraph" and tag in ("p", "div", "td", "th") and _bold_line(node):
            # below the last real heading: a bold line in an h2's section titles a part of it
            if self.add("heading", node.text(deep=True), level=min(self.level + 1, 6)):
                self.bold_headings.append(len(self.blocks) - 1)
        else:
            self.block(node, depth, kind=kind)  # a <p> inside an <li> is still the item

    def _table(self, table, depth: int) -> None:
        rows = list(_rows(table))
        if not rows:
            return
        if _is_layout(rows):
            for row in rows:  # a page laid out in cells: read what each cell holds
                for cell in _cells(row):
                    self._element(cell, depth)  # a cell of bold words titles the next ones
            return
        for caption in (c for c in table.iter() if c.tag == "caption"):
            self.add("paragraph", _cell_text(caption))
        grid = _grid(rows)
        width = max(len(line) for line in grid)
        heads = 0
        while heads < len(rows) - 1 and (rows[heads].parent.tag == "thead" or all(
                c.tag == "th" for c in _cells(rows[heads]))):
            heads += 1
        header: list[str] = []
        for row, line in zip(rows[:heads], grid[:heads]):
            if len(_cells(row)) == 1 and width > 1:  # one cell across the table: its title
                self.add("paragraph", line[0][0])
            else:
                header = _combine(header, [text for text, _ in line])
        self.new_group()
        for row, line in zip(rows[heads:], grid[heads:]):
            texts = [text for text, _ in line]
            if not header and len(line) == 2 and line[0][1] and not line[1][1]:
                self.add("row", f"{texts[0]}: {texts[1]}" if texts[1] else texts[0])
            else:  # ("Median pay: $61,590") a row's own header before its value
                self.add("row", table_row(header, texts))


def _combine(header: list[str], names: list[str]) -> list[str]:
    """Column names over two header rows: "Change, 2023-33" over "Percent" and "Numeric" is
    "Change, 2023-33 (Percent)" and "Change, 2023-33 (Numeric)"; a name spanning both rows is
    itself once."""
    combined = []
    for i in range(max(len(header), len(names))):
        top = header[i] if i < len(header) else ""
        name = names[i] if i < len(names) else ""
        if not top or name == top or top.endswith(f"({name})"):
            combined.append(name or top)
        else:
            combined.append(f"{top} ({name})" if name else top)
    return combined


def _rows(table):
    """The table's own rows (not those of a table nested in a cell)."""
    for child in table.iter():
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child.iter() if row.tag == "tr")


def _cells(row) -> list:
    return [c for c in row.iter() if c.tag in ("th", "td")]


def _is_layout(rows) -> bool:
    """A table that lays out a page rather than holding data: its cells hold headings or
    other tables, or it is one column (a stack of blocks) or one row without headers (columns
    of a page); a table with no header cell whose cells hold lists or paragraphs."""
    cells = [c for row in rows for c in _cells(row)]
    if any(c.css_first("table, h1, h2, h3, h4, h5, h6") is not None for c in cells):
        return True
    if max(len(_cells(row)) for row in rows) == 1:
        return True
    headed = any(c.tag == "th" for c in cells)
    if not headed and (len(rows) == 1 or any(c.css_first("ul, ol, dl, p + p") is not None
                                             for c in cells)):
        return True
    return False


def _span(cell, name: str) -> int:
    try:
        return min(max(int(cell.attributes.get(name) or 1), 1), 100)
    except ValueError:
        return 1


def _grid(rows) -> list[list[tuple[str, bool]]]:
    """Each row as (text, is a header cell) per column, a cell spanning columns or rows
    repeated in each column and row it covers."""
    grid, above = [], {}  # above: column -> (rows it still covers, text, header)
    for row in rows:
        line: list[tuple[str, bool]] = []
        cells = _cells(row)
        while (cells or len(line) in above) and len(line) < _MAX_COLUMNS:
            if len(line) in above:  # a cell from a row above reaches down into this one
                left, text, head = above.pop(len(line))
                if left > 1:
                    above[len(line)] = (left - 1, text, head)
                line.append((text, head))
                continue
            cell = cells.pop(0)
            text, head, down = _cell_text(cell), cell.tag == "th", _span(cell, "rowspan")
            for _ in range(min(_span(cell, "colspan"), _MAX_COLUMNS - len(line))):
                if down > 1:
                    above[len(line)] = (down - 1, text, head)
                line.append((text, head))
        grid.append(line)
    return grid


def _cell_text(cell) -> str:
    """A cell's words on one line: its paragraphs and `<br>` lines apart by a space."""
    walker = _Walker()
    walker.block(cell, 0)
    return clean(" ".join(walker.parts))
