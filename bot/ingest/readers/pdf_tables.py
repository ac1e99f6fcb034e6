"""Tables on a PDF's pages (used by the PDF reader, pdf.py): lines printed as "a | b | c", and
rows drawn as cells, found as consecutive lines whose pieces start in the same columns."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

BULLET = re.compile(r"^(?:[-•*▪◦●–·]|\d{1,2}[.)])\s+")
# what stands apart before a list item's text, not a cell: a glyph ("•", "o", a private-use
# symbol) or a number with a dot or bracket ("2.1", "3.", "a)")
_MARKER = re.compile(r"\W*|[^\d\W]|\(?(?:\d{1,3}|[a-z])(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+")
_GLYPH_EM = 0.6  # a generous average glyph width, in ems


def tables(lines: list[_Line]) -> None:
    """Mark the page's table rows with their cells: "a | b" lines, and runs of closely spaced
    lines with the same number of pieces whose pieces start in the same columns (cells drawn
    by a word processor or spreadsheet). A drawn table's first row is its header when it is
    bold, or holds only words above rows that hold figures."""
    for ln in lines:
        if " | " in ln.text:
            ln.cells = [c.strip() for c in ln.text.strip().split(" | ")]
            ln.header = ln.bold
    i = 0
    while i < len(lines):
        rows = _aligned_rows(lines, i)
        if len(rows) < 2:
            i += 1
            continue
        for row in rows:
            row.cells = [text.strip() for _, text in row.pieces]
        first, rest = rows[0], rows[1:]
        first.header = first.bold or (not any(c.isdigit() for c in first.text)
                                      and all(any(c.isdigit() for c in r.text) for r in rest))
        i += len(rows)


def _aligned_rows(lines: list[_Line], i: int) -> list[_Line]:
    """The rows of a drawn table starting at line `i` (fewer than two: none starts there).

    Rows are consecutive lines of two or more pieces, no farther apart than three times the
    text size, each with as many pieces, every piece of a column starting before every piece
    of the next column and within two ems of the column's other rows (the header row may sit
    elsewhere in its column: numbers are set flush right under a name set flush left). Lines of
    two text columns are not a table: in most rows a cell ends well short of the next column."""
    def candidate(ln: _Line) -> bool:
        return len(ln.pieces) > 1 and " | " not in ln.text and not _MARKER.fullmatch(
            ln.pieces[0][1].strip()) and not BULLET.match(ln.text.strip())

    if not candidate(lines[i]):
        return []
    width = len(lines[i].pieces)
    rows = [lines[i]]
    for ln in lines[i + 1:]:
        prev = rows[-1]
        if not (candidate(ln) and len(ln.pieces) == width and 0 < prev.y - ln.y <= 3 * ln.size):
            break
        rows.append(ln)
    if len(rows) < 2:
        return []
    columns = list(zip(*[[x for x, _ in row.pieces] for row in rows]))
    data = [c[1:] if len(rows) > 2 else c for c in columns]  # the header row aside
    if any(max(a) >= min(b) for a, b in zip(columns, columns[1:])):
        return []
    if any(max(c) - min(c) > 2 * rows[-1].size for c in data):
        return []
    short = [any(len(text.strip()) * _GLYPH_EM * row.size < 0.6 * (nxt - x)
                 for (x, text), (nxt, _) in zip(row.pieces, row.pieces[1:])) for row in rows]
    return rows if sum(short) * 2 >= len(rows) else []


