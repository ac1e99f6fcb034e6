"""HTML blocks in markdown, read as a page shows them (mixed into `markdown._Renderer`).

CommonMark passes raw HTML through; a reader sees what the browser makes of it. <details> is
a box labelled by its <summary>, an MDX component (<Admonition title=...>) a box labelled by
its title, a heading a heading; the words of any other element (<aside>, <div>, <p>) are
paragraphs of the section they stand in, markdown in them read as markdown, as Notion writes
its callouts: `<aside>`, the callout's icon (an emoji), then its text. Only tags are markup,
never words; but words that are all link text outside a box (a row of badges, a "back to top"
link) are navigation, and scripts and styles are never shown. An HTML block holding a table (a
notebook's pandas DataFrame) is read by the HTML reader, rows with their column headers.
"""

from __future__ import annotations

import re
import unicodedata
from html import unescape

from bot.ingest.readers.base import EMOJI_PARTS, Unreadable

_HTML_TAG = re.compile(r"<(/?[A-Za-z][\w.-]*)([^>]*)>")
# a component's title, as MDX sites give it: <Admonition title="...">, <TabItem label="...">
_TITLE_ATTRIBUTE = re.compile(r"""\b(?:title|label)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# the tabs a component names in a list of strings: <Tabs items={['Sea freight', 'Air freight']}>
_ITEMS = re.compile(r"""\bitems\s*=\s*\{\s*\[(.*?)\]\s*\}""", re.S)
_STRING = re.compile(r""""([^"]*)"|'([^']*)'""")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_LETTER = re.compile(r"[^\W\d_]")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# tags inside a line of words (a paragraph's, a heading's): markup, no break in the words
_INLINE = {"abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "font", "i",
           "img", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
           "sup", "time", "u", "var", "wbr"}
# an emoji: a symbol, its variation selector or skin tone, the joiner between its parts
_ICON = frozenset({"So", *EMOJI_PARTS})  # an emoji: a symbol and what joins or varies it
# elements a page never shows as words
_UNSHOWN = {"script", "style", "template", "svg", "noscript"}


class HtmlBlocks:
    """What markdown's renderer does with an HTML block. It needs the renderer's `add`,
    `new_group`, `_open_box`, `_depth`, `_markdown` (a line of markdown's words), its
    `labels` and `lists` counts and its `tabs`: the open components that name their tabs
    (Nextra's <Tabs items={[...]}>), each with how many boxes were open around it and the
    names not yet given."""

    def _html_block(self, html: str, boxes: list[bool]) -> bool:
        """HTML as a page shows it: <details> (its <summary> labels the text it hides; with no
        blank line inside, the whole box is one HTML block), headings (a README's
        <h1 align="center"> title) and the words of any other element (an <aside>, a <div>)
        as paragraphs of its section, markdown in them read as markdown, as Notion writes its
        callouts: only the tags are markup, never the words. Outside a box, words that are all
        link text (a row of badges, a "back to top" link) are navigation, not a paragraph.
        Returns whether an <aside> opened and no words followed yet (its icon may come)."""
        summary: list[str] | None = None
        shown: list[list[str]] | None = None  # the lines of an open heading
        loose: list[list[str]] = [[]]  # the lines of words since the last block tag
        tag, linked, worded, hidden, icon = "", 0, False, 0, False
        for piece, name, attributes in _html_pieces(_COMMENT.sub("", html)):
            bare = name.lstrip("/")
            if bare in _UNSHOWN:
                hidden = max(hidden + (-1 if name.startswith("/") else 1), 0)
            elif hidden:
                continue
            elif not name:
                if summary is not None:
                    summary.append(piece)
                    continue
                (shown if shown is not None else loose)[-1].append(piece)
                worded = worded or (linked <= 0 and bool(_LETTER.search(piece)))
            elif name in ("a", "/a"):
                linked += 1 if name == "a" else -1
            elif name == "br":
                (shown if shown is not None else loose).append([])
            elif bare in _INLINE:
                continue
            else:  # a block's tag ends the words before it
                icon = self._loose(loose, worded or bool(boxes), icon)
                loose, worded = [[]], False
                if _component(name):
                    if not attributes.rstrip().endswith("/"):  # <Chart /> shows no words here
                        title = component_title(attributes) or self._tab_title(len(boxes))
                        tabs = _tab_items(attributes)
                        if tabs:
                            self.tabs.append((len(boxes), tabs))
                        boxes.append(self._open_box(title))
                elif name.startswith("/") and _component(name[1:]):
                    if boxes:
                        if self.tabs and self.tabs[-1][0] == len(boxes) - 1:
                            self.tabs.pop()
                        self.labels -= boxes.pop()
                elif name == "details":
                    boxes.append(False)
                elif name == "summary":
                    summary = []
                elif name == "/summary" and summary is not None and boxes:
                    boxes[-1] = self._open_box(unescape(" ".join(summary)))
                    summary = None
                elif name == "/details" and boxes:
                    self.labels -= boxes.pop()
                elif name == "aside":
                    icon = True
                elif name in _HEADINGS and not boxes:
                    shown, tag = [[]], name
                elif name == f"/{tag}" and shown is not None:
                    self.add("heading", " ".join(self._markdown(shown)), level=int(tag[1]))
                    shown = None
        return self._loose(loose, worded or bool(boxes), icon)

    def _tab_title(self, depth: int) -> str:
        """The next tab's name, for a component opening right inside one that names its tabs
        (each <Tabs.Tab> is labelled by its item, in order); "" otherwise."""
        if self.tabs and self.tabs[-1][0] == depth - 1 and self.tabs[-1][1]:
            return self.tabs[-1][1].pop(0)
        return ""

    def _loose(self, lines: list[list[str]], worded: bool, icon: bool) -> bool:
        """Add the words an HTML block holds outside a heading, each line (a <br> ends one) a
        paragraph, or an item in a box or list; nothing when they are not `worded`. Returns
        whether an <aside>'s icon may still come: `icon` and no words were here."""
        texts = [text for text in self._markdown(lines) if text.strip()]
        if not texts:
            return icon
        if not worded:
            return False
        if icon:  # a callout opens with its icon, an emoji: a picture, not a word
            texts[0] = without_icon(texts[0])
        for text in texts:
            if self.labels or self.lists:
                self.add("item", text, depth=self._depth())
            else:
                for line in text.split("\n"):
                    self.add("paragraph", line)
        return False

    def _html_table(self, html: str) -> None:
        """An HTML block holding a table (a notebook's pandas DataFrame) read as a web page is:
        by the HTML reader, its rows with their column headers."""
        from bot.ingest.readers import reader_for  # the package imports its readers lazily

        try:
            page = reader_for(".html")(html.encode("utf-8"))
        except Unreadable:
            return
        self.new_group()
        for block in page.blocks:
            nested = block.kind in ("item", "row")
            self.add(block.kind, page.text[block.start:block.end], level=block.level,
                     depth=self._depth() + block.depth if nested else 0)


def without_icon(text: str) -> str:
    """`text` without the emoji a callout opens with ("💡 ", "⚠️ "), Notion's icon of an
    <aside>: a picture, not a word; `text` itself when it opens otherwise."""
    body = text.lstrip()
    at = 0
    while at < len(body) and unicodedata.category(body[at]) in _ICON:
        at += 1
    return body[at:].lstrip() if at and body[at:at + 1].isspace() else text


def _html_pieces(html: str):
    """(text, "", "") for the text between tags, ("", name, attributes) for each tag
    ("details", "/summary"); names of HTML elements in lower case, of components as written."""
    at = 0
    for tag in _HTML_TAG.finditer(html):
        yield html[at:tag.start()], "", ""
        name = tag.group(1)
        yield "", (name if _component(name.lstrip("/")) else name.lower()), tag.group(2)
        at = tag.end()
    yield html[at:], "", ""


def _component(name: str) -> bool:
    """A JSX component (<Admonition>, <TabItem>): MDX names them in capitals, HTML elements in
    lower case. What it holds is shown, titled by its title or label."""
    return name[:1].isupper() and not name.isupper()


def _tab_items(attributes: str) -> list[str]:
    """The tabs' names a component lists in its attributes (Nextra's `items={['Sea', 'Air']}`),
    [] when it lists none."""
    match = _ITEMS.search(attributes)
    return [unescape(a or b) for a, b in _STRING.findall(match.group(1))] if match else []


def component_title(attributes: str) -> str:
    """The title or label an element's attributes give it, "" when none."""
    match = _TITLE_ATTRIBUTE.search(attributes)
    return unescape(match.group(1) or match.group(2) or "") if match else ""
