"""Markdown (.md, .markdown, .mdx) with markdown-it-py (CommonMark plus tables).

What is quoted is what a reader sees: link and image text, never their markup (a paragraph of
images alone, a row of badges or a chart, has no words but a figure's caption; an image in a
heading, a badge beside an awesome list's title, is decoration, no word of it, unless it is all
the heading has);
inline HTML tags are dropped; the words of an HTML block are read as the page shows them, a
Notion callout (<aside>) as text of its section (see `markdown_html`); code blocks are kept in
the text (the viewer shows them) but are never answered from; what a notebook's code cell
printed (an indented block under a fenced one, as nbconvert exports it) is text, a printed data
frame a table. A table row is written out with its header ("Level: Senior | Salary: $150,000")
so a quoted row reads on its own. A hard line
break (two trailing spaces, a backslash, `<br>`) ends a line of a paragraph, as on the rendered
page; a soft one is a space, except between two "Label: value" lines (a Notion page's
properties), each a line of its own.
A footnote's mark ("[^1]") is markup; its note, which the parser gathers at the end, is read
right after the block that carries its mark (as the docx reader and a word processor's web
page are read): a note belongs to what it annotates.
Static-site generators add their own markup, read as their pages show it: an admonition or a
fenced box ("!!! tip \"Title\"", ":::note Title") and an HTML <details> box are their content,
labelled by their title or <summary> as a definition is by its term, and so is an MDX
component's content (<Admonition title=...>, <TabItem label=...>, or a Nextra <Tabs.Tab> by the
next name its parent's `items={[...]}` lists: a capitalised tag; MDX's import/export lines are
code, a JSX element with JavaScript in its attributes is an element, not text) and an MkDocs
content tab's ('=== "Label"', see `markdown_sites`); an HTML block holding a table (a notebook's
pandas DataFrame) is read by the HTML reader, rows with their headers; template tags (Hugo
shortcodes, Liquid) and attribute lists ("## Pay {#pay}") are not text; an "On this page" list
of links to the page's own anchors is navigation, left out. GitHub alerts and Obsidian callouts
("> [!NOTE]", "> [!info] Title") are boxes like admonitions; task boxes ("- [x] "), emoji
shortcodes and Obsidian's wikilink, highlight, comment, tag and block-id markup are read as the
app shows them (see `markdown_markup`). Pandoc's markup is read as Pandoc shows it: a
definition list entry is its definition after its term ("Class 1 medical: Every pilot ..."),
one quote as long as the definition; a grid table is a table like a pipe table; a line block
("| " before each line) is a paragraph of lines; a title block ("% Title", "% Author", "% Date")
is the title heading then its author and date lines; a YAML metadata block inside the document
is metadata, not text, but for its abstract, which Pandoc prints under the title (front
matter's too); an image alone in its paragraph whose alt text is a numbered figure's caption
("Figure 1. ...") is that caption, shown under it; a table's caption (": Pay, 2026
{#tbl:pay}") labels its rows; a fenced div ("::: {.warning}") is a box whose class is its
marker (see `markdown_pandoc`).
A line asking for a table of contents ("[[toc]]", "[TOC]") is no text. An outliner's page
(Logseq) is read without its properties, task drawers and macros (see
`markdown_outliner`).
The title comes from YAML front matter (or Hugo's TOML, between "+++" lines), an outliner's
title property or a metadata block, else the first heading if it is a top-level one (a title
block's title is one) or no heading at its level follows (a note that opens with "## The
degree" then "## Pay" has no title line: its file name titles it, see `readers.file_title`).
A file with no markdown structure at all (no heading, list or table) is plain text under
another name: its structure is inferred as for `.txt`.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import (FIELD_LINE, Extracted, TextBuilder, Unreadable, clean,
                                     table_row)
from bot.ingest.readers.markdown_html import HtmlBlocks, component_title, without_icon
from bot.ingest.readers.markdown_markup import drop_markup
from bot.ingest.readers.markdown_outliner import outline_metadata
from bot.ingest.readers import markdown_myst as myst
from bot.ingest.readers.markdown_pandoc import caption_words, captions, grid_plugin, yaml_fields
from bot.ingest.readers.markdown_sites import sites_plugin
from bot.ingest.readers.text import decode
from bot.ingest.readers.text_tables import find_tables

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_TOML_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(?:\r?\n|\Z)",
                                re.S)
# a line that asks the site generator for a table of contents ("[[toc]]" in VitePress and
# markdown-it, "[TOC]" in Python-Markdown and Typora, "[[_TOC_]]" in GitLab, kramdown's "{:toc}"
# under its placeholder item): the built page shows links there, no words
_TOC_MARKER = re.compile(r"^[ \t]*(?:[-*][ \t]+TOC[ \t]*\n[ \t]*)?(?:\[\[_?toc_?\]\]|\[toc\]"
                         r"|\{:toc\}|\$\{toc\})[ \t]*$", re.IGNORECASE | re.MULTILINE)
# HackMD's tags line ("###### tags: `interviews` `2027`"): the note's metadata, set as a heading
_TAGS_LINE = re.compile(r"^#{1,6}[ \t]+tags:[ \t]*(?:`[^`\n]*`[ \t]*)+$",
                        re.IGNORECASE | re.MULTILINE)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)
# a figure's caption names it and its number ("Figure 1.", "Fig. 2:", "Chart 3 -")
_FIGURE_LABEL = re.compile(r"^(?:figure|fig\.|chart|graph|diagram|map|exhibit|plate)\s*\d", re.I)
_TABLE_TAG = re.compile(r"<table\b", re.I)
# MDX's JavaScript module lines: "import Tabs from '@theme/Tabs';", "export const x = 1;"
_ESM_LINE = re.compile(r"^\s*(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['\"][^'\"]+['\"]"
                       r"|export\s+(?:const|let|var|function|default|\{)).*$")
# a fenced box's info: ":::tip[Title]" (Docusaurus), ":::{note} Title" (MyST), ":::note Title",
# "::: {#id .warning title="Title"} :::" (Pandoc's fenced div: its attributes, colons after them)
_BOX_INFO = re.compile(r"^\s*(?:\{([^}]*)\}|[\w-]+)?\s*(?:\[([^\]]*)\])?\s*"
                       r"(.*?)(?:\s+:{3,})?\s*$")
_EMPHASIS = ("strong_open", "em_open")  # bold and italics around a whole inline
_CAPTION_WORDS = 5  # "On this page", "Table of contents": a caption, not a sentence


def read(data: bytes) -> Extracted:
    source_text, encoding = decode(data)
    title, body, meta = _front_matter(source_text)
    body = myst.to_markdown(body, meta)
    outline_title, body = outline_metadata(body)
    body = _TAGS_LINE.sub("", _TOC_MARKER.sub("", body))
    title = title or outline_title
    out = _Renderer().render(body)
    if not out.blocks:
        raise Unreadable("empty (no text)")
    headings = [b for b in out.blocks if b.kind == "heading" and b.end > b.start]
    title = title or out.metadata_title or _heading_title(out, headings)
    if not any(b.kind in ("item", "row") for b in out.blocks) and not headings:
        # prose only: keep the line layout for the plain-text structure heuristics
        text = "\n\n".join(out.parts_text(b) for b in out.blocks if b.kind != "code") + "\n"
        return Extracted(text=text, title=title, blocks=None, encoding=encoding)
    extracted = out.build(title)
    return Extracted(text=extracted.text, title=extracted.title, blocks=extracted.blocks,
                     encoding=encoding)


def _index_named(lines: list[str]) -> list[str]:
    """A printed data frame's lines with the name of its index, which pandas prints on a line
    of its own under the columns' names ("role" under "      n  p25  median"), written into the
    header line's blank first cell, so the table's first column is named like the others."""
    out, merged = list(lines), set()
    for k in range(1, len(out) - 1):
        name, head, first = out[k].rstrip(), out[k - 1], out[k + 1]
        if name.strip() and " " not in name.strip() and not name.startswith(" ") \
                and head.startswith(" " * (len(name) + 2)) and head.strip() \
                and not first.startswith(" "):
            out[k - 1] = name + head[len(name):]
            merged.add(k)
    return [line for k, line in enumerate(out) if k not in merged]


def _after_code(tokens, i: int) -> bool:
    """An indented block right after a fenced code block: what the code printed, as a notebook
    exported to markdown (nbconvert) sets a cell's output under the cell."""
    return i > 0 and tokens[i - 1].type == "fence"


def _heading_title(out: _Renderer, headings: list) -> str:
    """The title a document's headings give: its first heading when it is a top-level one
    ("# Title"), or when no heading at its level or above follows it (a note whose only
    top heading is "## Pay"). A first "## The degree" with sibling headings after it opens
    the first section: the document has no title line ("" then: its file names it)."""
    if not headings:
        return ""
    first = headings[0]
    if first.level > 1 and any(h.level <= first.level for h in headings[1:]):
        return ""
    return out.parts_text(first)


def _front_matter(text: str) -> tuple[str, str, dict | None]:
    """The title front matter gives, the text after it, and its fields (None without it)."""
    match = _FRONT_MATTER.match(text)
    meta = yaml_fields(match.group(1)) if match else None
    if match is None:
        match = _TOML_FRONT_MATTER.match(text)  # Hugo's and Zola's: "+++" lines around TOML
        meta = _toml_fields(match.group(1)) if match else None
    if meta is None:
        return "", text, None  # not front matter after all: leave it to the markdown parser
    title = meta.get("title", "")
    abstract = _abstract(meta)
    body = text[match.end():]
    body = abstract + "\n\n" + body if abstract else body
    return (clean(str(title)) if title else ""), body, meta


def _toml_fields(text: str) -> dict | None:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


def _abstract(meta: dict) -> str:
    """The abstract a metadata block gives, which Pandoc prints under the title: text of
    the document (the other fields, its keywords and settings, are not)."""
    abstract = meta.get("abstract")
    return " ".join(abstract.split()) if isinstance(abstract, str) else ""


class _Renderer(HtmlBlocks, TextBuilder):
    lists = 0  # how deep in lists the next block is
    labels = 0  # how many labelled boxes (admonition, details, definition) it is inside
    term = ""  # the term of the definition list entry being read
    terms: list[tuple[str, int]] = []  # per open definition: its term, the level of its text
    icon = False  # an <aside> just opened: its first paragraph may open with its icon
    metadata_title = ""  # the title a YAML metadata block inside the document gives

    def parts_text(self, block) -> str:
        return "".join(self.parts)[block.start:block.end]

    def render(self, text: str) -> _Renderer:
        self.md = _parser()
        self.tabs: list[tuple[int, list[str]]] = []  # see HtmlBlocks
        tokens = _notes_after_marks(self.md.parse(text))
        skip = _navigation(tokens)
        captioned = captions(tokens)
        for at in captioned.values():
            skip.update((at - 1, at, at + 1))  # read with its table
        caption = False  # whether the open table's caption labels its rows
        header: list[str] = []
        row: list[str] = []
        in_head = False
        opener = None
        boxes: list[bool] = []  # per open box: whether it has a label
        quotes: list[bool] = []  # per open blockquote: whether it is a box (a callout)
        for i, tok in enumerate(tokens):
            kind = tok.type
            if i in skip:
                continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                if not self.lists:
                    self.new_group()
                self.lists += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists -= 1
            elif kind == "table_open":  # a table may have no header row (a grid table)
                self.new_group()
                header = []
                if i in captioned:  # its caption labels its rows, as a box's title does
                    caption = self._open_box(caption_words(inline_text(tokens[captioned[i]])))
            elif kind == "table_close":
                self.labels, caption = self.labels - caption, False
            elif kind == "metadata":  # a YAML block inside the document: its title, abstract
                title = clean(str(tok.meta.get("title") or ""))
                self.metadata_title = self.metadata_title or title
                if _abstract(tok.meta):
                    self.add("paragraph", _abstract(tok.meta))
            elif kind == "dl_open":
                self.new_group()
            elif kind == "dd_open":  # a definition: its paragraphs are read after its term
                self.terms = self.terms + [(self.term, tok.level + 1)]
                self.labels += 1  # a list in it is nested under it
            elif kind == "dd_close" and self.terms:
                self.terms, self.labels = self.terms[:-1], self.labels - 1
            elif kind == "thead_open":
                in_head, header = True, []
            elif kind == "thead_close":
                in_head = False
            elif kind == "tr_open":
                row = []
            elif kind == "tr_close" and not in_head:
                self.add("row", table_row(header, row), depth=self._depth())
            elif kind == "inline":
                self._inline(tok, opener, in_head, header, row)
            elif kind == "code_block" and _after_code(tokens, i):
                self._output(tok.content)
            elif kind in ("fence", "code_block"):
                self.add("code", tok.content, raw=True)
            elif kind in ("admonition_open", "container_box_open", "tab_open"):
                boxes.append(self._open_box(_box_title(tok)))
            elif kind in ("admonition_close", "container_box_close", "tab_close") and boxes:
                self.labels -= boxes.pop()
            elif kind == "blockquote_open":
                callout = (tok.meta or {}).get("callout")
                quotes.append(callout is not None)
                if callout is not None:
                    boxes.append(self._open_box(callout))
            elif kind == "blockquote_close" and quotes:
                if quotes.pop() and boxes:
                    self.labels -= boxes.pop()
            elif kind == "html_block" and _TABLE_TAG.search(tok.content):
                self._html_table(tok.content)
            elif kind == "html_block":
                self.icon = self._html_block(tok.content, boxes)
            elif kind == "footnote_block_open":
                # the notes, which the parser gathers at the end, are an aside of the whole
                # document: the last section has ended
                self.close(1)
            if kind not in ("html_block", "paragraph_open"):
                self.icon = False  # an <aside>'s icon opens its first paragraph, or none
            opener = tok
        return self

    def _output(self, text: str) -> None:
        """A code cell's printed output is the page's text, shown under the cell: a table
        printed with spaces (a data frame) is read as rows with their header, any other line
        as a line of its own."""
        lines = _index_named(text.rstrip("\n").split("\n"))
        self.new_group()
        at = 0
        for first, end, rows in find_tables(lines) + [(len(lines), len(lines), [])]:
            for line in lines[at:first]:
                if line.strip():
                    self.add("paragraph", line.strip())
            for row in rows:
                self.add("row", row, depth=self._depth())
            at = end

    def _depth(self) -> int:
        """The depth of an item here: its list's, below the labels of the boxes it is in."""
        return self.labels + max(self.lists - 1, 0)

    def _open_box(self, label: str) -> bool:
        """An admonition or <details> box begins; its title or <summary> labels what it holds,
        as a term labels its definition. Returns whether it has a label."""
        self.new_group()
        if not self.add("item", label, depth=self._depth()):
            return False
        self.labels += 1
        return True

    def _inline(self, tok, opener, in_head, header, row) -> None:
        words = inline_text(tok)
        parent = opener.type if opener is not None else ""
        if parent == "paragraph_open" and (
                (_pictures_only(tok) and not _figure(tok)) or _module_lines(tok.content)):
            return  # badges, a chart: pictures, not words; MDX's imports: code
        if parent in ("th_open", "td_open"):
            (header if in_head else row).append(clean(words))
        elif parent == "admonition_title_open":
            pass  # read by _box_title when the box opened
        elif parent == "dt_open":
            self.term = clean(words)  # read with each paragraph of its definition
        elif parent == "paragraph_open" and self.terms and opener.level == self.terms[-1][1]:
            # "Class 1 medical: Every pilot ...": the definition, all of it, after its term
            self.add("item", f"{self.terms[-1][0]}: {words}", depth=self._depth() - 1)
        elif parent == "heading_open":  # a badge beside a title is no word of it; a logo
            # alone in a heading is all it says, and names it
            self.add("heading", clean(inline_text(tok, pictures=False)) or words,
                     level=int(opener.tag[1]))
        elif self.lists or self.labels:
            self.add("item", words, depth=self._depth())
        else:  # a hard line break ends a line of the paragraph, as <br> does on a web page
            words = without_icon(words) if self.icon else words
            for line in words.split("\n"):
                self.add("paragraph", line)

    def _markdown(self, lines: list[list[str]]) -> list[str]:
        """Each line of words, markdown in it read as markdown ("**6 April**", "[link](x)")."""
        out = []
        for line in lines:
            text = "".join(line)
            out.append(inline_text(self.md.parseInline(text)[0]) if text.strip() else "")
        return out


def _notes_after_marks(tokens: list) -> list:
    """`tokens` with each footnote's body moved from the end, where the parser gathers the
    notes, to right after the top-level block (paragraph, list, table) holding its first mark.
    A note whose mark the walk does not meet stays at the end, in its footnote block."""
    start = next((i for i, t in enumerate(tokens) if t.type == "footnote_block_open"), None)
    if start is None:
        return tokens
    end = next(i for i in range(start, len(tokens)) if tokens[i].type == "footnote_block_close")
    notes: dict[int, list] = {}
    opened = None
    for i in range(start + 1, end):
        if tokens[i].type == "footnote_open":
            opened = i
        elif tokens[i].type == "footnote_close" and opened is not None:
            notes[tokens[opened].meta["id"]] = tokens[opened + 1:i]
    out: list = []
    pending: list[int] = []
    for tok in tokens[:start]:
        out.append(tok)
        if tok.type == "inline":
            pending += [c.meta["id"] for c in tok.children or ()
                        if c.type == "footnote_ref" and c.meta["id"] in notes
                        and c.meta["id"] not in pending]
        elif pending and tok.level == 0 and tok.nesting == -1:  # a top-level block ends
            for note in pending:
                out += notes.pop(note)
            pending = []
    rest = [tok for note in notes.values() for tok in note]
    return out + ([tokens[start], *rest, tokens[end]] if rest else []) + tokens[end + 1:]


def _module_lines(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_ESM_LINE.match(line) for line in lines)


def _parser():
    from markdown_it import MarkdownIt
    from mdit_py_plugins.admon import admon_plugin
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    # footnotes as GitHub, Pandoc and mdBook write them: the marker ("[^1]") is markup and
    # leaves the quote; the note's own text is read where the parser puts it, at the end.
    # Admonitions as MkDocs writes them ("!!! tip \"Title\"", "??? note") and fenced boxes as
    # Docusaurus and MyST do (":::note Title" ... ":::", any name): their markers leave the text
    # Pandoc's definition lists ("Term" then ":   definition"), grid tables and line blocks;
    # MkDocs content tabs and MDX's JSX elements (see `markdown_sites`)
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]) \
        .use(footnote_plugin).use(admon_plugin).use(deflist_plugin).use(grid_plugin) \
        .use(sites_plugin).use(container_plugin, name="box", validate=lambda params, *_: True)
    md.options["tasklists"] = True  # a task's box ("- [x] ") is not its words
    md.core.ruler.before("inline", "site_markup", drop_markup)
    return md


def _box_title(tok) -> str:
    """The title an admonition or fenced box was given, "" when it has only its kind (then
    its kind, "note", or its class, "{.warning}", is its marker, not a title); a content tab's
    label."""
    if tok.type == "tab_open":
        return tok.info
    if tok.type == "admonition_open":
        return tok.content if len(tok.info.split(None, 1)) > 1 else ""
    match = _BOX_INFO.match(tok.info)
    if not match:
        return ""
    return (match.group(2) or component_title(match.group(1) or "") or match.group(3)).strip()


def _navigation(tokens) -> set[int]:
    """Token indexes of the page's "On this page" lists: a list whose every entry is a lone link
    to a place on the same page (#anchor), with the short caption just above it."""
    skip: set[int] = set()
    i = 0
    while i < len(tokens):
        if tokens[i].type not in ("bullet_list_open", "ordered_list_open"):
            i += 1
            continue
        end = next(j for j in range(i, len(tokens)) if tokens[j].level == tokens[i].level
                   and tokens[j].type == tokens[i].type.replace("_open", "_close"))
        entries = [t for t in tokens[i:end] if t.type == "inline"]
        if entries and all(_anchor_link(t) for t in entries):
            skip.update(range(i, end + 1))
            caption = i - 2  # paragraph_open, inline, paragraph_close, then the list
            if caption > 0 and tokens[caption].type == "inline" \
                    and tokens[caption - 1].type == "paragraph_open" \
                    and len(tokens[caption].content.split()) <= _CAPTION_WORDS \
                    and not tokens[caption].content.rstrip().endswith((".", "!", "?")):
                skip.update(range(caption - 1, caption + 2))
        i = end + 1
    return skip


def _anchor_link(tok) -> bool:
    """The inline is one link to a place in the same document, set in bold or italics or not
    ("**[Installation](#installation)**")."""
    kids = [c for c in tok.children or () if not (c.type == "text" and not c.content.strip())]
    while len(kids) >= 2 and kids[0].type in _EMPHASIS and kids[-1].type == kids[0].type.replace(
            "_open", "_close"):
        kids = kids[1:-1]
    return len(kids) >= 3 and kids[0].type == "link_open" and kids[-1].type == "link_close" \
        and str(kids[0].attrGet("href") or "").startswith("#") \
        and not any(c.type == "link_open" for c in kids[1:])


def _pictures_only(tok) -> bool:
    """An inline made of images (linked or not) and nothing else: a row of badges."""
    kinds = {c.type for c in tok.children or ()
             if not (c.type in ("text", "softbreak") and not c.content.strip())}
    return "image" in kinds and kinds <= {"image", "link_open", "link_close", "softbreak"}


def _figure(tok) -> bool:
    """One image alone in its paragraph, its alt text a numbered figure's caption (Pandoc's and
    Quarto's figure: "![Figure 1. Where staff work: vendors 71%, ...](fig1.png)"): the caption
    is the page's text, shown under the figure. Other alt text (a badge's, a logo's, "A photo of
    the team") describes a picture to those who cannot see it: not the page's words."""
    images = [c for c in tok.children or () if c.type == "image"]
    return len(images) == 1 and _FIGURE_LABEL.match(images[0].content.strip()) is not None


def inline_text(tok, pictures: bool = True) -> str:
    """The words of an inline token as displayed: link text, image alt text (unless not
    `pictures`), no tags. A line break is a space, but a hard one ends a line of the paragraph,
    and so does a soft one between two "Label: value" lines (a page's properties, a record's
    fields: each its own)."""
    lines: list[list[str]] = [[]]
    breaks: list[str] = []
    for child in tok.children or ():
        kind = child.type
        if kind in ("text", "code_inline", "text_special"):
            lines[-1].append(child.content)
        elif kind == "softbreak":
            breaks.append(" ")
            lines.append([])
        elif kind == "hardbreak" or (
                kind == "html_inline" and _BREAK_TAG.fullmatch(child.content.strip())):
            breaks.append("\n")
            lines.append([])
        elif kind == "image" and pictures:
            lines[-1].append(" ".join(child.content.split()))  # the alt text, on one line
    texts = ["".join(line) for line in lines]
    out = [texts[0]]
    for before, brk, after in zip(texts, breaks, texts[1:]):
        fields = FIELD_LINE.match(before.strip()) and FIELD_LINE.match(after.strip())
        out += ["\n" if fields else brk, after]
    return "".join(out)
