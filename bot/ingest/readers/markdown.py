"""Markdown (.md, .markdown) with markdown-it-py (CommonMark plus tables).

What is quoted is what a reader sees: link and image text, never their markup; inline HTML tags
are dropped, HTML blocks left out; code blocks are kept in the text (the viewer shows them) but
are never answered from. A table row is written out with its header ("Level: Senior | Salary:
$150,000") so a quoted row reads on its own. A hard line break (two trailing spaces, a
backslash, `<br>`) ends a line of a paragraph, as on the rendered page; a soft one is a space.
The title comes from YAML front matter, else the first heading. A file with no markdown
structure at all (no heading, list or table) is plain text under another name: its structure is
inferred as for `.txt`.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.text import decode

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_BREAK_TAG = re.compile(r"<br\s*/?>", re.I)


def read(data: bytes) -> Extracted:
    source_text, encoding = decode(data)
    title, body = _front_matter(source_text)
    out = _Renderer().render(body)
    if not out.blocks:
        raise Unreadable("empty (no text)")
    headings = [b for b in out.blocks if b.kind == "heading"]
    title = title or (out.parts_text(headings[0]) if headings else "")
    if not any(b.kind in ("heading", "item", "row") for b in out.blocks):
        # prose only: keep the line layout for the plain-text structure heuristics
        text = "\n\n".join(out.parts_text(b) for b in out.blocks if b.kind != "code") + "\n"
        return Extracted(text=text, title=title, blocks=None, encoding=encoding)
    extracted = out.build(title)
    return Extracted(text=extracted.text, title=extracted.title, blocks=extracted.blocks,
                     encoding=encoding)


def _front_matter(text: str) -> tuple[str, str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return "", text
    import yaml

    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return "", text  # not front matter after all: leave it to the markdown parser
    title = meta.get("title", "") if isinstance(meta, dict) else ""
    return (clean(str(title)) if title else ""), text[match.end():]


class _Renderer(TextBuilder):
    def parts_text(self, block) -> str:
        return "".join(self.parts)[block.start:block.end]

    def render(self, text: str) -> _Renderer:
        from markdown_it import MarkdownIt
        from mdit_py_plugins.footnote import footnote_plugin

        # footnotes as GitHub, Pandoc and mdBook write them: the marker ("[^1]") is markup and
        # leaves the quote; the note's own text is read where the parser puts it, at the end
        tokens = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"]) \
            .use(footnote_plugin).parse(text)
        lists = 0
        header: list[str] = []
        row: list[str] = []
        in_head = False
        opener = None
        for tok in tokens:
            kind = tok.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                if not lists:
                    self.new_group()
                lists += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                lists -= 1
            elif kind == "table_open":
                self.new_group()
            elif kind == "thead_open":
                in_head, header = True, []
            elif kind == "thead_close":
                in_head = False
            elif kind == "tr_open":
                row = []
            elif kind == "tr_close" and not in_head:
                self.add("row", table_row(header, row))
            elif kind == "inline":
                self._inline(tok, opener, lists, in_head, header, row)
            elif kind in ("fence", "code_block"):
                self.add("code", tok.content, raw=True)
            opener = tok
        return self

    def _inline(self, tok, opener, lists, in_head, header, row) -> None:
        words = inline_text(tok)
        parent = opener.type if opener is not None else ""
        if parent in ("th_open", "td_open"):
            (header if in_head else row).append(clean(words))
        elif parent == "heading_open":
            self.add("heading", words, level=int(opener.tag[1]))
        elif lists:
            self.add("item", words, depth=lists - 1)
        else:  # a hard line break ends a line of the paragraph, as <br> does on a web page
            for line in words.split("\n"):
                self.add("paragraph", line)


def inline_text(tok) -> str:
    """The words of an inline token as displayed: link text, image alt text, no tags."""
    parts = []
    for child in tok.children or ():
        kind = child.type
        if kind in ("text", "code_inline", "text_special"):
            parts.append(child.content)
        elif kind == "softbreak":  # shown as a space
            parts.append(" ")
        elif kind == "hardbreak" or (
                kind == "html_inline" and _BREAK_TAG.fullmatch(child.content.strip())):
            parts.append("\n")  # a line break: a space, except between a paragraph's lines
        elif kind == "image":
            parts.append(child.content)  # the alt text
    return "".join(parts)


def table_row(header: list[str], cells: list[str]) -> str:
    """"Level: Senior | Salary: $150,000": each cell with its column's header."""
    pairs = []
    for i, cell in enumerate(cells):
        if not cell:
            continue
        name = header[i] if i < len(header) else ""
        pairs.append(f"{name}: {cell}" if name and name != cell else cell)
    return " | ".join(pairs)
