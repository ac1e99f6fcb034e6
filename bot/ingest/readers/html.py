"""Web pages (.html, .htm) with selectolax: the article, not the page around it.

The page's furniture (menus, banners, footers, sidebars, controls, hidden text) is removed by
`html_furniture`, and what a forum lays around each post (bylines, signatures, quoted copies of
earlier posts, tags, counters) by `html_posts`. Headings, paragraphs, list items (with their
nesting depth; a `<dd>` under its `<dt>`) and table rows (with their column headers, as in
markdown; a first row all in bold over rows that are not is the header, as a word processor's
web page writes it) become blocks; `<br>` ends a line of a paragraph; `<pre>` is code; a short
paragraph that is all bold ("<p><strong>Benefits</strong></p>") and is followed by content is a
heading, as most careers pages make their section titles; on a page that marks no headings, so
is a short line set in a larger type than the body text (`html_sizes`: a website builder's or an
e-mail's titles), even one naming figures. Bold is `<b>`, `<strong>`, a bold `font-weight` in
the element's style or in a class rule of the page's own style sheet (Google Docs'
`.c4{font-weight:700}`). A box of a label over its value is one fact (`html_cards`); what an
editor's embedded cards draw besides their text (a link preview, a callout's icon) is not
(`html_embeds`). An e-mail's chrome goes (`html_email`). The footnotes of a word processor or
of markdown-it (Ghost's posts) and a word processor's comments are read by `html_notes`. Three
or more blocks side by side that are each a phrase of a few words (a posting's "Boston, MA",
"Full-time", "On-site" under its title) are one line of facts. A table's header is its `<th>`
rows, else a first row set in bold (a word processor's export writes no `<th>`); a table of two
columns and no header whose first cells are short labels, each once, is read "label: value", as
a Word or PDF key/value table is (`base.key_labels`). A table's caption or title row is read,
unless it repeats the page's `<h1>` (a wiki's infobox). A table used for layout (cells holding
headings or nested tables, a single row or column) is read as the blocks in its cells, a cell
of bold words titling the cells after it (a job card in an e-mail), and a header row of short
labels over them titling each column's cells (a person specification's "Essential" and
"Desirable" over a list each). A table drawn with elements is one too: ARIA's roles make it
(`_aria_tables`), or class names that call an element a grid or table, its rows rows and its
first row a header (`_class_tables`). Inline code is read as typed, its highlighted pieces one
string. The title is the page's `<title>` without the site's names, or the `<h1>` it holds
(see `html_title`), else the first `<h1>`. The page's one `<h1>` is its title line, not a
section holding the others, even under a label set above it. A document Word saved as a web
page marks its title line and list items with Word's own styles (see `html_word`):
its Title paragraph is its title, as in the docx reader.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.ingest.readers import html_cards, html_email, html_embeds, html_furniture, html_notes
from bot.ingest.readers import html_panels, html_posts, html_styles, html_title, html_trail
from bot.ingest.readers import html_word, meta_title
from bot.ingest.readers.html_sizes import TypeSizes
from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.base import combine_header, key_labels, table_row
from bot.ingest.readers.text import decode

_BOLD_HEADING_WORDS = 10  # a bold line longer than this is emphasis, not a heading
_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*([^;]+)")
# the class names of a title's subtitle (Substack's "subtitle", a newspaper's "standfirst" or
# "dek", a blog theme's "tagline")
_SUBTITLE = re.compile(r"(?:^|[\s_-])(?:subtitle|sub-title|subhead|standfirst|strapline|dek|"
                       r"tagline)(?:$|[\s_-])", re.I)
# the class names a site gives a label and the value it labels
_LABEL_CLASS = re.compile(r"(?:^|[\s_-])(?:label|key|term|name)(?:$|[\s_-])", re.I)
_VALUE_CLASS = re.compile(r"(?:^|[\s_-])(?:value|amount|figure|item|data)(?:$|[\s_-])", re.I)
# a posting's facts under its title ("Boston, MA", "Full-time", "On-site"): three or more
# blocks side by side, each a phrase of a few words, are one line of facts, not words apart
_FACTS = 3
_FACT_WORDS = 4
_FACT_SEPARATOR = " · "
_MAX_COLUMNS = 60  # spans are cut here: no table of data is wider, and a broken one stays small
_HEADINGS = html_furniture.HEADINGS
_LISTS = {"ul", "ol", "dl"}
_BLOCKS = {"p", "div", "section", "blockquote", "figure", "figcaption", "pre", "table", "li",
           "dt", "dd", "address", "details", "summary", "main", "article", "hr", "center",
           "header", "caption", "aside", *_HEADINGS, *_LISTS}
# the ARIA roles that make a `<div>` a list or a list item (what screen readers read it as)
_ROLES = {"list": "ul", "listitem": "li"}
_SKIP = {"-comment", "head", "title", "meta", "link", "img", "br", "hr", "picture", "video",
         "audio", "object", "embed", "map"}
# an image's credit at the end of its caption ("... 2021. Photo: Priya Shah", "Photo by ...",
# "© Reuters"): captions credit images with these few words; the credit names no fact
_CREDIT = re.compile(r"(?:^|(?<=[.!?]))\s*(?:(?:photo(?:graph)?|image|picture|illustration)s?"
                     r"(?:\s+by\s|\s*:)|credits?\s*:|©).*$", re.IGNORECASE)
# a bullet typed at the start of a line ("• hospital wards<br>"), not made with <li>
_TYPED_BULLET = re.compile(r"^[•◦▪●‣]\s*(?=\S)")
_GLUE = "\x00"  # where one element ends and the next begins with nothing between them
_CODE = frozenset({"code", "kbd", "samp", "tt"})  # inline code: typed text, set as typed


def read(data: bytes) -> Extracted:
    from selectolax.lexbor import LexborHTMLParser

    markup, encoding = decode(data)
    tree = LexborHTMLParser(markup)
    title_node = tree.css_first("title")
    places = html_trail.places(tree)  # read before the trail goes with the navigation
    names = html_title.site_names(tree)  # and the site's names, with its banner and footer
    sheet = html_styles.page_sheet(tree)  # before styles go
    bold = html_styles.bold_selectors(sheet)
    html_notes.place_notes(tree)  # before marks go with the furniture
    html_notes.inline_notes(tree)
    _class_tables(tree)
    _aria_tables(tree)  # before buttons go: a grid's cells may be buttons (a file's name)
    root = html_furniture.content(tree)
    if root is None:
        raise Unreadable("empty (no text)")
    _embolden(root, bold)
    html_posts.drop_post_furniture(root)
    html_embeds.drop_card_furniture(root)
    html_word.prepare(root)
    html_email.drop_chrome(root)
    out = _Walker(TypeSizes(root, sheet))
    out.block(root, depth=-1)
    out.flush()
    if not out.blocks:
        raise Unreadable("no readable text (only scripts, styles or page furniture)")
    out.settle_bold_headings()
    article = "".join(out.parts)
    h1 = next((b for b in out.blocks if b.kind == "heading" and b.level == 1), None) or \
        next((b for b in out.blocks if b.kind == "heading"), None)
    heading = article[h1.start:h1.end] if h1 else ""
    title = html_title.page_title(title_node.text(), article, heading, names) \
        if title_node is not None else ""
    if out.title_line:  # a Word document's Title paragraph, over its Title property
        stored = clean(title_node.text()) if title_node is not None else ""
        title = meta_title.with_title_line(stored, out.title_line)
    out.title_heading()
    extracted = out.build(html_title.without_places(title or heading, places, heading))
    return Extracted(text=extracted.text, title=extracted.title, blocks=extracted.blocks,
                     encoding=encoding)


def _bold_line(node) -> bool:
    """A short paragraph whose every word is bold and that ends without a full stop or colon:
    a section title made with formatting ("<p><strong>Benefits</strong></p>"). A title names
    a topic; a bold line with figures in it ("£30,000 per year") states a fact and stays text."""
    if _holds_blocks(node):
        return False  # checked first: a container's text is not read over and over
    return _title_words(clean(node.text(deep=True))) and _all_bold(node)


def _holds_blocks(node) -> bool:
    return any(inner.tag in _BLOCKS or inner.tag == "br" for inner in node.traverse()
               if inner.mem_id != node.mem_id)


def _all_bold(node) -> bool:
    """Every word inside `node` is set in bold (an element with no words is not)."""
    words = [t for t in node.traverse(include_text=True)
             if t.tag == "-text" and t.text(deep=False).strip()]
    return bool(words) and all(_bold(t, node) for t in words)


def _embolden(root, selectors: list[str]) -> None:
    """Text that the page's style sheet sets in bold by class (an editor's export writes
    `.c4{font-weight:700}`, never `<b>`) is bold as `<b>` is: the weight is written on each
    element the rules select, where `_emphasis` reads it. A weight in the element's own
    style stays: it overrides the sheet."""
    for node in root.css(", ".join(selectors)) if selectors else ():
        style = node.attributes.get("style") or ""
        if "font-weight" not in style.lower():
            node.attrs["style"] = f"{style};font-weight:700" if style else "font-weight:700"


def _title_words(text: str, figures: bool = False) -> bool:
    """Words that can title a section: a few, ending no statement, with no figures. A question
    ("Who can apply?") titles the answer below it, as a FAQ's bold questions do; a bold line
    ending in a full stop is a sentence stressed, and one with figures states a fact, unless
    it is set in a larger type than the text (`figures`: "New rates from 1 April 2026")."""
    if not text or len(text.split()) > _BOLD_HEADING_WORDS:
        return False
    return text[-1] == "?" or (text[-1] not in ".!:;,"
                               and (figures or not any(c.isdigit() for c in text)))


def _emphasis(node, strong: bool, font: int | None) -> tuple[bool, int | None]:
    """Whether text inside `node` is set apart (bold, or a `<font>` larger than the `<font>`
    around it), and the font size inside it (1-7, "+1" over the default 3)."""
    style = (node.attributes.get("style") or "").replace(" ", "").lower()
    if node.tag in ("b", "strong") or re.search(r"font-weight:(bold|[6-9]00)", style):
        strong = True
    size = (node.attributes.get("size") or "").strip() if node.tag == "font" else ""
    if re.fullmatch(r"[+-]?\d", size):
        new = 3 + int(size) if size[0] in "+-" else int(size)
        strong, font = strong or (font is not None and new > font), new
    return strong, font


def _definitions(dl) -> list[tuple[str, str]]:
    """A definition list made of labels each with one value (a facts box: "Starting salary" /
    "£22,000 to £25,000") as (term, value) pairs: each pair is one fact, read as "term: value",
    as a table row is read with its header. [] for any other list (a term with several values,
    a value holding paragraphs, lists or sentences, a term that asks a question), read item by
    item."""
    children = []
    for child in dl.iter():
        # HTML lets each pair be wrapped in a <div>
        children += [c for c in child.iter()] if child.tag == "div" else [child]
    children = [c for c in children if c.tag != "br"]  # a line break between pairs lays them out
    tags = [c.tag for c in children]
    if not tags or len(tags) % 2 or tags != ["dt", "dd"] * (len(tags) // 2):
        return []
    if any(_is_block(inner) for c in children for inner in c.traverse()
           if inner.mem_id != c.mem_id):
        return []
    texts = [_flat_text(c) for c in children]
    pairs = list(zip(texts[::2], texts[1::2]))
    # a fact is a label and a phrase; a question over its answer (a FAQ) is read as its parts
    if not all(term and value and len(term.split()) <= _BOLD_HEADING_WORDS
               and term[-1] not in ".!?" and not re.search(r"[.!?]\s", value)
               for term, value in pairs):
        return []
    return pairs


def _facts(node) -> list[str]:
    """The phrases of a run of short sibling blocks with nothing else between them (a
    posting's location, team, hours and workplace under its title), each without the
    separator a page may type after it ("Infusion Services /"); [] for any other element.
    Each block is a phrase: no heading, bold title, sentence or block inside it."""
    children = [c for c in node.iter(include_text=True) if c.tag != "-comment"
                and not (c.tag == "-text" and not c.text(deep=False).strip())]
    if len(children) < _FACTS or any(c.tag not in ("div", "p") or c.attributes.get("role")
                                     for c in children):
        return []
    phrases = []
    for child in children:
        text = clean(child.text(deep=True)).rstrip(" /|·•,;")
        words = [w for w in text.split() if re.search(r"\w", w)]
        if not 0 < len(words) <= _FACT_WORDS or text[-1] in ".!?:" or _bold_line(child) \
                or any(inner.tag in _BLOCKS for inner in child.traverse()
                       if inner.mem_id != child.mem_id):
            return []
        phrases.append(text)
    return phrases


def _bold(text_node, top) -> bool:
    node = text_node.parent
    while node is not None:
        if _emphasis(node, False, None)[0]:
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
    text = _lettered("".join(run))
    text = re.sub(r"(?<=[^\s(\[{$£€¥\"'“‘/-])\x00+(?=[^\s.,;:!?)\]}%\"'”’/-])", " ", text)
    return text.replace(_GLUE, "")


def _lettered(text: str) -> str:
    """`text` with the words a site sets a letter to an element (to animate them, as Framer
    and Webflow do: "<span>O</span><span>n</span>") spelled whole again: a glue between two
    pieces of one character each joins them."""
    if _GLUE not in text:
        return text
    pieces = text.split(_GLUE)
    out = pieces[0]
    for before, piece in zip(pieces, pieces[1:]):
        single = len(before) == 1 or (len(before) >= 2 and before[-2].isspace())
        if single and piece[:1].strip() and (len(piece) == 1 or piece[1:2].isspace()
                                             or piece[1:2] in ".,;:!?"):
            out += piece
        else:
            out += _GLUE + piece
    return out


class _Walker(TextBuilder):
    def __init__(self, sizes: TypeSizes | None = None) -> None:
        super().__init__()
        self.sizes = sizes  # the page's type sizes: a line set larger titles what follows
        self.card = None  # the last card read (see `html_cards`): the cards of a grid are a list
        self.run: list[str] = []  # loose inline text waiting for the end of its block
        self.run_kind = "paragraph"
        self.run_depth = 0
        self.level = 1  # the level of the last real heading
        self.bold_headings: list[int] = []  # indexes of headings made of a bold line
        self.caption = False  # reading a <figcaption>
        self.title = ""  # the page's <h1>, once read
        self.title_line = ""  # a Word document's Title paragraph, once read
        self.strong = False  # reading text set in bold or a larger font (see `_emphasis`)
        self.font: int | None = None  # the `<font size>` around the text being read
        self.plain = False  # the run has words that are not set apart
        self.code = False  # reading inline code (see `_inline`)
        self.boxes: dict[int, int] = {}  # a titled box's element -> the level its title ends

    def _text(self, node) -> None:
        said = node.text(deep=False)
        self.run.append(said)
        self.plain = self.plain or (bool(said.strip()) and not self.strong)

    def _words(self) -> bool:
        """The run has words of the page's own (not only an image's alt text)."""
        return any(type(part) is str and part.replace(_GLUE, "").strip() for part in self.run)

    def flush(self) -> None:
        if self._words():
            text, kind = _glued(self.run).strip(), self.run_kind
            typed = _TYPED_BULLET.match(text) if kind == "paragraph" else None
            if typed:  # "• community teams": a list item typed with its bullet
                text, kind = text[typed.end():], "item"
            self.add(kind, _CREDIT.sub("", text) if self.caption else text,
                     depth=self.run_depth)
        self.run, self.plain = [], False

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

    def title_heading(self) -> None:
        """The page's one `<h1>`, with no heading above it, is its title line, not a section
        holding the others: so it is when it opens the page, and so it stays when a label, an
        excerpt or a notice stands above it (a post's category over its title)."""
        tops = [i for i, b in enumerate(self.blocks) if b.kind == "heading" and b.level == 1]
        if len(tops) == 1 and not any(b.kind == "heading" and b.end > b.start
                                      for b in self.blocks[:tops[0]]):
            self.blocks[tops[0]] = replace(self.blocks[tops[0]], level=0)

    def block(self, node, depth: int, kind: str = "paragraph") -> None:
        """Read the children of a block element; inline runs become `kind` blocks."""
        self.flush()
        self.run_kind, self.run_depth = kind, max(depth, 0)
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self._text(child)
            elif tag == "br":
                self._line_break()
            elif tag == "img":
                self._image(child)
            elif tag in _SKIP:
                continue
            elif not _is_block(child):
                self._inline(child)
            else:
                self._element(child, depth, kind)
                self.run_kind, self.run_depth = kind, max(depth, 0)
        self.flush()
        self._end_box(node)

    def _end_box(self, node) -> None:
        """If `node` is a titled box, it ends here, and so does its title's section."""
        if node.mem_id in self.boxes:
            self.close(self.boxes.pop(node.mem_id))

    def _box_title(self, node, level: int) -> None:
        """`node` is the title of a box (a panel's header, a bold line, a `<summary>`): the
        section it opens ends with the box (see `html_panels.box`)."""
        box = html_panels.box(node)
        if box is not None:
            self.boxes[box.mem_id] = min(level, self.boxes.get(box.mem_id, level))

    def _line_break(self) -> None:
        """`<br>` ends a line of a paragraph ("Location: Berlin<br>Salary: ..." is two lines,
        as a text file would have them); inside a list item it is a space. A line wholly set
        apart ("<b>Training</b><br>You must ...") titles the lines after it, as a bold paragraph
        does (see `_bold_line`)."""
        if self.run_kind == "paragraph":
            text = clean(_glued(self.run))
            if self._words() and not self.plain and _title_words(text) and self.add(
                    "heading", text, level=min(self.level + 1, 6)):
                self.bold_headings.append(len(self.blocks) - 1)
                self.run = []
            self.flush()
        else:
            self.run.append(" ")

    def _inline(self, node) -> None:
        # (inside code, elements are a highlighter's pieces of what was typed, its spaces
        # written out: "<code><span>3.</span><em>Y</em></code>" is "3.Y")
        if node.prev is not None and node.prev.tag not in ("-text", "-comment") \
                and not self.code:
            self.run.append(_GLUE)
        around = self.strong, self.font, self.code
        self.strong, self.font = _emphasis(node, *around[:2])
        self.code = self.code or node.tag in _CODE
        for child in node.iter(include_text=True):
            if child.tag == "-text":
                self._text(child)
            elif child.tag == "img":
                self._image(child)
            elif child.tag == "br":
                self._line_break()
            elif _is_block(child):
                self.flush()
                self._element(child, 0)
            elif child.tag not in _SKIP:
                self._inline(child)
        self.strong, self.font, self.code = around

    def _element(self, node, depth: int, kind: str = "paragraph") -> None:
        tag = _ROLES.get(node.attributes.get("role") or "", node.tag)
        self.flush()
        level = html_furniture.heading_level(node, default=0)
        if tag == "summary" and level is None:
            level = 0  # the title of what its <details> box opens to
        if level is not None:
            self._heading(node, level)
        elif tag == "pre":
            self.add("code", node.text(deep=True), raw=True)
        elif tag == "table":
            self._table(node, depth)
        elif tag in _LISTS:
            if depth < 0:
                self.new_group()
            if pairs := (_definitions(node) if tag == "dl" else []):
                for term, value in pairs:  # "Starting salary: £22,000 to £25,000"
                    self.add("item", f"{term.rstrip(' :')}: {value}", depth=max(depth + 1, 0))
            else:
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
        elif (item := html_word.list_item(node)) is not None:
            if item.first:
                self.new_group()
            self.block(node, item.depth, kind="item")
        elif html_word.title_line(node):
            text = _flat_text(node)
            self.title_line = self.title_line or text
            self.add("heading", text, level=0)  # the title line, not a section
        elif kind == "paragraph" and tag in ("div", "td") and (
                card := html_cards.pair(node, self._apart)):
            self._card(*card, depth)
        elif kind == "paragraph" and tag in ("div", "p", "section") and (facts := _facts(node)):
            self.add("paragraph", _FACT_SEPARATOR.join(facts))
        elif kind == "paragraph" and tag in ("p", "div", "td", "th") and (
                level := self._title_level(node)):
            if block := self.add("heading", node.text(deep=True), level=level):
                self.bold_headings.append(len(self.blocks) - 1)
                self._box_title(node, block.level)
        else:
            self.block(node, depth, kind=kind)  # a <p> inside an <li> is still the item

    def _title_level(self, node) -> int:
        """The level of a line that titles what follows it, or 0. On a page that marks no
        headings, a line set larger than the body text (bold, or much larger) titles even
        when it names figures ("New hourly rates from 1 April 2026"), at the level its size
        ranks (`html_sizes`); a page that marks its headings sets other lines large as a
        title, a subtitle or a pull quote. A bold line (`_bold_line`) is below the last real
        heading: in an h2's section it titles a part of it."""
        if _holds_blocks(node):
            return 0  # checked first: a container's text is not read over and over
        size = self.sizes.larger(node) if self.sizes else 0
        level = self.sizes.level(size) if size else 0
        if level and _title_words(clean(node.text(deep=True)), figures=True) \
                and (self.sizes.striking(size) or _all_bold(node)):
            return level
        return min(self.level + 1, 6) if _bold_line(node) else 0

    def _apart(self, label, value) -> bool:
        """A card's label is set apart from its value: in a larger type, or all in bold over
        a value that is not, or by the class names the page gives the two ("pay-label" and
        "pay-value", Drupal's "field__label" and "field__item")."""
        if self.sizes and self.sizes.larger(label) > self.sizes.larger(value):
            return True
        if _LABEL_CLASS.search(label.attributes.get("class") or "") \
                and _VALUE_CLASS.search(value.attributes.get("class") or ""):
            return True
        return _all_bold(label) and not _all_bold(value)

    def _card(self, label, value, depth: int) -> None:
        """A card is one fact, "label: value" (see `html_cards`); the cards side by side are
        the items of one list."""
        if not self.blocks or self.blocks[-1] is not self.card:
            self.new_group()
        text = f"{_flat_text(label).rstrip(' :')}: {_flat_text(value)}"
        self.card = self.add("item", text, depth=max(depth, 0)) or self.card

    def _heading(self, node, level: int) -> None:
        """A heading's text as the page shows it (a title and its summary inside an accordion's
        button are two phrases). A heading with no level of its own (a panel's title: a FAQ's
        question, a `<summary>`) is below the last real heading, as a bold line is."""
        if _SUBTITLE.search(node.attributes.get("class") or ""):
            # a heading element styled as the title's subtitle ("What the job is, what it pays")
            # is the title's second line, not a section over the article
            self.block(node, 0, kind="paragraph")
            return
        if level:
            self.level = level
        text = _flat_text(node)
        if level == 1 and not self.title:
            self.title = text
        if (block := self.add("heading", text, level=level or min(self.level + 1, 6))) \
                and not level:
            self._box_title(node, block.level)

    def _table(self, table, depth: int) -> None:
        rows = list(_rows(table))
        if not rows:
            return
        if _is_layout(rows) or html_email.presentation_layout(
                table, [cell for row in rows for cell in _cells(row)]):
            titles = _column_titles(rows)
            for row in rows[1:] if titles else rows:  # a page laid out in cells: read what
                for i, cell in enumerate(_cells(row)):  # each cell holds
                    if titles and clean(cell.text(deep=True)):
                        # under a header row, each cell's list is its column's ("Essential"
                        # over one list, "Desirable" over the other)
                        self.add("heading", titles[i], level=min(self.level + 1, 6))
                    if not _menu_cell(cell):
                        self._element(cell, depth)  # a cell of bold words titles the next ones
                self._end_box(row)
            for group in {row.parent.mem_id: row.parent for row in rows}.values():
                self._end_box(group)  # a title in a cell heads the rest of its table only
            self._end_box(table)
            return
        for caption in (c for c in table.iter() if c.tag == "caption"):
            self._table_title(_flat_text(caption))
        grid = _grid(rows)
        width = max(len(line) for line in grid)
        heads = 0
        while heads < len(rows) - 1 and (rows[heads].parent.tag == "thead" or all(
                c.tag == "th" for c in _cells(rows[heads]))):
            heads += 1
        if not heads and (_bold_head(rows) or _shaded_head(rows)):
            heads = 1  # a header row made with formatting: an office export never writes <th>
        header: list[str] = []
        for row, line in zip(rows[:heads], grid[:heads]):
            if len(_cells(row)) == 1 and width > 1:  # one cell across the table: its title
                self._table_title(line[0][0])
            else:
                header = combine_header(header, [text for text, _ in line])
        # labels and their values, however the labels are marked ("Base salary | BVL 46,500" is
        # "Base salary: BVL 46,500", as a Word or PDF key/value table is read)
        keyed = not header and width == 2 and key_labels(
            [line[0][0] for row, line in zip(rows[heads:], grid[heads:]) if len(_cells(row)) > 1])
        self.new_group()
        for row, line in zip(rows[heads:], grid[heads:]):
            texts = [text for text, _ in line]
            if len(_cells(row)) == 1 and width > 1:
                # one cell across the table inside it: a caption under an infobox's image is
                # read once; a header cell alone ("Occupation") titles rows and holds no fact
                if not line[0][1]:
                    self.add("paragraph", texts[0])
                    self.new_group()
            elif not header and len(line) == 2 and (keyed or line[0][1] and not line[1][1]):
                self.add("row", f"{texts[0]}: {texts[1]}" if texts[1] else texts[0])
            else:  # ("Median pay: $61,590") a row's own header before its value
                self.add("row", table_row(header, texts))

    def _table_title(self, text: str) -> None:
        """A table's caption or title row, unless it repeats the page's title (a wiki's
        infobox is titled by the article's name): read once, as the page's title."""
        if text.casefold() != self.title.casefold():
            self.add("paragraph", text)


def _class_tables(tree) -> None:
    """Give ARIA's roles to a table built of `<div>`s that only its class names say is one (a
    CSS grid, as React sites draw salary tables: Levels.fyi's "levels-table_grid" of
    "levels-table_row"s of "levels-table_cell"s): an element named a grid or table holding two
    or more rows, each of two or more cells (named cells, or, when none is, the row's elements),
    as many in each row, the first named a header (the header a reader sees over the columns;
    rows of labels and values without one are a fact sheet's fields, read as such).
    `_aria_tables` then reads it as a table."""
    for grid in tree.css("div[class], section[class], ul[class]"):
        if not _CLASS_WORDS["grid"].intersection(_class_words(grid)) \
                or grid.attributes.get("role"):
            continue
        rows = [row for row in _children(grid) if "row" in _class_words(row)]
        cells = [[c for c in _children(row) if _CLASS_WORDS["cell"].intersection(_class_words(c))]
                 for row in rows]
        if not any(cells):  # cells named by nothing: each element in a row is one
            cells = [_children(row) for row in rows]
        if len(rows) < 2 or len({len(c) for c in cells}) != 1 or len(cells[0]) < 2 \
                or not _CLASS_WORDS["header"].intersection(_class_words(rows[0])):
            continue
        grid.attrs["role"] = "table"
        for k, (row, row_cells) in enumerate(zip(rows, cells)):
            row.attrs["role"] = "row"
            for cell in row_cells:
                cell.attrs["role"] = "columnheader" if k == 0 else "cell"


_CLASS_WORDS = {"grid": frozenset({"grid", "table"}), "cell": frozenset({"cell", "col", "td"}),
                "header": frozenset({"header", "head", "thead"})}


def _class_words(node) -> set[str]:
    """The words of an element's class names ("levels-table_row__Hq3xT": levels, table, row)."""
    return {w.lower() for w in re.split(r"[\s_-]+", node.attributes.get("class") or "") if w}


def _children(node) -> list:
    return [c for c in node.iter() if c.tag not in ("-text", "-comment")]


def _shown(cell) -> str:
    """A cell's text as shown: without what only shows on hover or not at all (a tooltip,
    a hidden element) inside it."""
    hidden = cell.css('[role="tooltip"], [hidden], [aria-hidden="true"]')
    if not hidden:
        return clean(cell.text(deep=True, separator=" "))
    ids = {n.mem_id for n in hidden}
    parts = []
    for node in cell.traverse(include_text=True):
        if node.tag != "-text":
            continue
        up, shown = node.parent, True
        while up is not None and up.mem_id != cell.mem_id:
            if up.mem_id in ids:
                shown = False
                break
            up = up.parent
        if shown:
            parts.append(node.text(deep=False))
    return clean(" ".join(parts))


def _aria_tables(tree) -> None:
    """Replace each table built of elements with ARIA roles (a web app's list: role="grid" or
    "table", its role="row"s of "columnheader", "rowheader", "cell" and "gridcell" elements, as
    SharePoint's document library and React data grids draw one) with the `<table>` it stands
    for, each cell its text, so that its rows are read with their header as any table's are."""
    from html import escape

    from selectolax.lexbor import LexborHTMLParser

    for grid in tree.css('[role="grid"], [role="table"], [role="treegrid"]'):
        if grid.tag == "table":
            continue
        rows = []
        for row in grid.css('[role="row"]'):
            cells = [(cell.attributes.get("role") in ("columnheader", "rowheader"),
                      _shown(cell))
                     for cell in row.css('[role="columnheader"], [role="rowheader"], '
                                         '[role="cell"], [role="gridcell"]')]
            if cells:
                rows.append("<tr>" + "".join(f"<th>{escape(text)}</th>" if head
                                             else f"<td>{escape(text)}</td>"
                                             for head, text in cells) + "</tr>")
        if len(rows) < 2:
            continue
        table = LexborHTMLParser(f"<table>{''.join(rows)}</table>").css_first("table")
        grid.insert_before(table)  # a copy
        grid.decompose()


def _rows(table):
    """The table's own rows (not those of a table nested in a cell)."""
    for child in table.iter():
        if child.tag == "tr":
            yield child
        elif child.tag in ("thead", "tbody", "tfoot"):
            yield from (row for row in child.iter() if row.tag == "tr")


def _cells(row) -> list:
    return [c for c in row.iter() if c.tag in ("th", "td")]


def _bold_head(rows) -> bool:
    """Whether the first row of a table without header cells is its header all the same: a
    word processor's export (Word's "Save as Web Page") marks the header row only by setting
    its cells in bold. Every cell with words is bold (an empty corner cell may stand over the
    rows' labels); a table bold in every row is bold throughout, not headed."""
    def bold(row) -> bool:
        cells = _cells(row)
        marks = [_bold_cell(cell) for cell in cells]
        return False not in marks and (len(cells) == 1 or marks.count(True) > 1)

    return len(rows) > 1 and bold(rows[0]) and not all(bold(row) for row in rows[1:])


def _shaded_head(rows) -> bool:
    """Whether the first row of a table without header cells is set apart by its cells' own
    style as a header: every cell shaded with a background, or set in a heavier weight, that no
    cell of the other rows has (Notion's and other editors' "header row" toggle)."""
    def marks(cell) -> tuple[str, str]:
        style = (cell.attributes.get("style") or "").lower()
        background = _BACKGROUND.search(style)
        weight = html_styles.WEIGHT.search(style)
        return (background.group(1).strip() if background else "",
                weight.group(1) if weight and weight.group(1) not in ("400", "normal") else "")

    if len(rows) < 2:
        return False
    first = {marks(cell) for cell in _cells(rows[0])}
    rest = {marks(cell) for row in rows[1:] for cell in _cells(row)}
    return len(first) == 1 and first != {("", "")} and not first & rest


def _column_titles(rows) -> list[str]:
    """The titles a header row gives the columns of a table that lays out blocks (a person
    specification's "Essential" and "Desirable" over a list each): a first row of short labels,
    set apart as a header (header cells, bold or shaded), over rows with as many cells. [] if
    the first row is no such header."""
    if len(rows) < 2 or len({len(_cells(row)) for row in rows}) > 1 or len(_cells(rows[0])) < 2:
        return []
    first = _cells(rows[0])
    if not (all(c.tag == "th" for c in first) or _bold_head(rows) or _shaded_head(rows)):
        return []
    titles = [clean(c.text(deep=True)) for c in first]
    return titles if key_labels(titles) else []


def _bold_cell(cell) -> bool | None:
    """Whether the words of a cell are all bold (`<b>`, `<strong>`, a bold `font-weight`);
    None for a cell without words."""
    texts = [t for t in cell.traverse(include_text=True)
             if t.tag == "-text" and t.text(deep=False).strip()]
    return all(_bold(t, cell) for t in texts) if texts else None


def _menu_cell(cell) -> bool:
    """A cell of a layout table made only of several links ("Home", "Courses", "Contact us"):
    the page's navigation column, as a `<nav>` would be. One link alone may title a card."""
    links = cell.css("a[href]")
    words = re.sub(r"\W", "", cell.text(deep=True))
    return len(links) >= 2 and words == "".join(re.sub(r"\W", "", a.text()) for a in links)


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
            text, head, down = _flat_text(cell), cell.tag == "th", _span(cell, "rowspan")
            for _ in range(min(_span(cell, "colspan"), _MAX_COLUMNS - len(line))):
                if down > 1:
                    above[len(line)] = (down - 1, text, head)
                line.append((text, head))
        grid.append(line)
    return grid


def _is_block(node) -> bool:
    return node.tag in _BLOCKS or (node.attributes.get("role") or "") in _ROLES \
        or html_furniture.heading_level(node) is not None


def _flat_text(cell) -> str:
    """A cell's or heading's words on one line: its paragraphs and `<br>` lines apart by a
    space, its inline elements as the page lays them out."""
    walker = _Walker()
    walker.block(cell, 0)
    return clean(" ".join(walker.parts))
