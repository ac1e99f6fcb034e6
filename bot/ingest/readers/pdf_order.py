"""The reading order of a PDF page's lines (used by the PDF reader, pdf.py): top to bottom, and
column by column where the page is set in columns, whatever order the PDF draws them in (a
layout program may draw a sidebar first, or a heading after its paragraph).

The page is cut into slabs, the lines at one height (the lines beside each other). A run of
slabs with text on both sides of a gutter in two or more of them, and no line across that
gutter, is set in columns: it is read column by column, each column in the same way. Other
slabs are read top to bottom, the lines of a slab left to right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

_GUTTER_EM = 1.0  # the narrowest gap between columns, in ems: wider than any word space
# how far a line's letters reach above and below its baseline, in ems
_ASCENT, _DESCENT = 0.75, 0.25


def reading_order(lines: list[_Line]) -> list[_Line]:
    """The lines in reading order (see the module docs)."""
    if len(lines) < 2:
        return list(lines)
    em = sorted(ln.size for ln in lines)[len(lines) // 2]
    groups: list[list[list[_Line]]] = []  # runs of slabs, each run in columns or not
    for slab in _slabs(lines):
        group = groups[-1] if groups else None
        if group is not None and (
                _gutters(group, em) and _gutters(group + [slab], em)
                or not _gutters(group, em) and not _gutters([slab], em)):
            group.append(slab)
        else:
            groups.append([slab])
    out: list[_Line] = []
    for group in groups:
        gutter = _gutters(group, em)
        beside = sum(1 for slab in group if _gutters([slab], em))
        if gutter and beside >= 2:  # one row of things side by side is no columns
            cut = gutter[0]
            flat = [ln for slab in group for ln in slab]
            out += reading_order([ln for ln in flat if ln.end <= cut])
            out += reading_order([ln for ln in flat if ln.end > cut])
        else:
            out += [ln for slab in group for ln in slab]
    return out


def _slabs(lines: list[_Line]) -> list[list[_Line]]:
    """The lines top to bottom in slabs of lines whose letters share some height, each slab's
    lines left to right (one above the other at one place, as text drawn over text, top
    first)."""
    slabs: list[list[_Line]] = []
    bottom = 0.0
    for ln in sorted(lines, key=lambda ln: -ln.y):
        if slabs and ln.y + _ASCENT * ln.size > bottom:
            slabs[-1].append(ln)
        else:
            slabs.append([ln])
            bottom = ln.y
        bottom = min(bottom, ln.y - _DESCENT * ln.size)
    return [sorted(slab, key=lambda ln: (round(ln.x), -ln.y)) for slab in slabs]


def _gutters(slabs: list[list[_Line]], em: float) -> list[float]:
    """Where the slabs' columns part: the middle of each gap at least a gutter wide that no
    line runs across, with text on both sides; none for a single column."""
    spans = sorted((ln.x, ln.end) for slab in slabs for ln in slab)
    out: list[float] = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= _GUTTER_EM * em:
            out.append((reach + start) / 2)
        reach = max(reach, end)
    return out
