"""Which of a PDF's lines are headings (used by the PDF reader, pdf.py), from how they are
set: their size against the body text's, their weight, and where they stand."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line


def headings(pages: list[list[_Line]], body: float, larger: list[float],
             spacing: float) -> set[int]:
    """The ids of the heading lines: lines printed larger than the body text, and short lines
    wholly in a bold face at the body size or larger; table rows are not, nor the lines of a
    paper's title block (`_title_block`)."""
    out: set[int] = set()
    for lines in pages:
        for ln in lines:
            text = ln.text.strip()
            size = round(ln.size, 1)
            if not ln.cells and (size in larger or (
                    ln.bold and size >= body and len(text.split()) <= 12
                    and text[-1] not in ".,;:")):
                out.add(id(ln))
    if pages:
        out -= _title_block(pages[0], body, larger, out)
    return out


def _title_block(lines: list[_Line], body: float, larger: list[float],
                 heads: set[int]) -> set[int]:
    """The lines under a paper's title that name its authors, their affiliation and the date:
    on the first page, set centred in the text column, in a larger size than the body but
    smaller than the first heading set flush left after them (the first section's). Nothing
    hangs under them: they are not headings."""
    column = [ln for ln in lines if abs(ln.size - body) <= 0.1 * body]
    if not column or len(larger) < 2:
        return set()
    left, right = min(ln.x for ln in column), max(ln.end for ln in column)

    def centred(ln: _Line) -> bool:
        # off the left margin by more than an em, its margins alike within an em
        return ln.x - left > body and abs((ln.x - left) - (right - ln.end)) <= body

    block: list[_Line] = []
    for ln in lines:
        if id(ln) not in heads or round(ln.size, 1) == larger[0]:
            continue
        if not centred(ln):
            return {id(c) for c in block if c.size < ln.size}
        block.append(ln)
    return set()
