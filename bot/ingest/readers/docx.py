"""Word documents (.docx) with python-docx.

Paragraphs styled "Heading 1".."Heading 9" make the heading path (a "Title" paragraph is the
title line, level 0), and so do paragraphs of a style based on one or with an outline level
(Word's own mark of a heading, whatever the style is called in the writer's language); a short
paragraph set wholly in bold, with no closing punctuation, is a heading below the last styled
one, as people often format headings by hand. List paragraphs (a "List ..." style or Word
numbering) are items with their level, and each table row is written out with the table's
header row, as for markdown and HTML. The title is the document's core property, else its
"Title" paragraph, else its first heading.
"""

from __future__ import annotations

import io
import re

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.markdown import table_row

_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MANUAL_HEADING_WORDS = 12  # a bold paragraph longer than this is emphasis, not a heading
_LIST_LEVEL = re.compile(r"^list\b.*?(\d)?$", re.I)


def read(data: bytes) -> Extracted:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        core_title = clean(document.core_properties.title or "")
        out = _Builder()
        title_para = ""
        for child in document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                title_para = _paragraph(out, Paragraph(child, document)) or title_para
            elif tag == "tbl":
                _table(out, Table(child, document))
    except Unreadable:
        raise
    except Exception as exc:  # a damaged zip, a missing part, malformed XML
        raise Unreadable(f"damaged Word document ({type(exc).__name__}: {str(exc)[:80]})") from None
    headings = [b for b in out.blocks if b.kind == "heading"]
    first = "".join(out.parts)[headings[0].start:headings[0].end] if headings else ""
    return out.build(core_title or title_para or first)


class _Builder(TextBuilder):
    styled = 0  # the level of the last heading given by its style


def _paragraph(out: _Builder, para) -> str:
    """Add one paragraph; returns its text when it is styled as the document's title."""
    style = (para.style.name if para.style is not None else "") or ""
    text = para.text
    if style.lower() == "title":
        out.add("heading", text, level=0)  # the title line: shown, never a section
        return clean(text)
    heading = _styled_level(para)
    if heading:
        if out.add("heading", text, level=heading):
            out.styled = heading
        return ""
    level = _list_level(para, style)
    if level is not None:
        out.add("item", text, depth=level)
    elif _bold_line(para):
        out.add("heading", text, level=min(out.styled + 1, 9))
    else:  # a manual line break (Shift+Enter) ends a line, as <br> does on a web page
        for line in text.split("\n"):
            out.add("paragraph", line)
    return ""


def _styled_level(para) -> int:
    """1-9 for a heading by its style, its style's ancestry or an outline level; else 0."""
    own = _outline(para._p.pPr)
    if own is not None:
        return own
    style, seen = para.style, 0
    while style is not None and seen < 10:
        named = _HEADING.match(style.name or "")
        if named:
            return int(named.group(1))
        level = _outline(style.element.pPr)
        if level is not None:
            return level
        style, seen = style.base_style, seen + 1
    return 0


def _outline(ppr) -> int | None:
    found = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    value = found.get(f"{_W}val") if found is not None else None
    # 0-8 are the outline's levels; 9 is Word's "body text"
    return int(value) + 1 if value is not None and value.isdigit() and int(value) < 9 else None


def _bold_line(para) -> bool:
    """A short line, wholly bold (by its runs or its style), that does not end a sentence."""
    text = clean(para.text)
    if not text or len(text.split()) > _MANUAL_HEADING_WORDS or text[-1] in ".,;:!?":
        return False
    style_bold = bool(para.style is not None and para.style.font.bold)
    runs = [r for r in para.runs if r.text.strip()]
    return bool(runs) and all(r.bold or (r.bold is None and style_bold) for r in runs)


def _list_level(para, style: str) -> int | None:
    """The nesting level of a list paragraph (0 = top), None for any other paragraph."""
    ppr = para._p.pPr
    numbering = ppr.numPr if ppr is not None else None
    if numbering is not None and numbering.numId is not None:
        ilvl = numbering.ilvl
        return int(ilvl.val) if ilvl is not None else 0
    match = _LIST_LEVEL.match(style)
    if match and style.lower() != "list paragraph":
        return int(match.group(1)) - 1 if match.group(1) else 0
    return 0 if style.lower() == "list paragraph" else None


def _table(out: TextBuilder, table) -> None:
    rows = [[clean(cell.text) for cell in row.cells] for row in table.rows]
    if not rows:
        return
    out.new_group()
    header = rows[0] if len(rows) > 1 else []
    for cells in rows[1:] if header else rows:
        out.add("row", table_row(header, _dedupe(cells)))


def _dedupe(cells: list[str]) -> list[str]:
    """python-docx repeats a merged cell's text in each grid column it spans."""
    return [c if i == 0 or c != cells[i - 1] else "" for i, c in enumerate(cells)]
