"""Word documents (.docx) with python-docx.

Paragraphs styled "Heading 1".."Heading 9" make the heading path (a "Title" paragraph is the
title line, level 0), list paragraphs (a "List ..." style or Word numbering) are items with their level, and
each table row is written out with the table's header row, as for markdown and HTML. The title
is the document's core property, else its "Title" paragraph, else its first heading.
"""

from __future__ import annotations

import io
import re

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.markdown import table_row

_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_LIST_LEVEL = re.compile(r"^list\b.*?(\d)?$", re.I)


def read(data: bytes) -> Extracted:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
        core_title = clean(document.core_properties.title or "")
        out = TextBuilder()
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


def _paragraph(out: TextBuilder, para) -> str:
    """Add one paragraph; returns its text when it is styled as the document's title."""
    style = (para.style.name if para.style is not None else "") or ""
    text = para.text
    heading = _HEADING.match(style)
    if style.lower() == "title":
        out.add("heading", text, level=0)  # the title line: shown, never a section
        return clean(text)
    if heading:
        out.add("heading", text, level=int(heading.group(1)))
        return ""
    level = _list_level(para, style)
    if level is not None:
        out.add("item", text, depth=level)
    else:
        out.add("paragraph", text)
    return ""


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
