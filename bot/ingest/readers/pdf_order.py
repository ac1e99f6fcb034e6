"""The reading order of a PDF page's lines (used by the PDF reader, pdf.py): top to bottom, and
column by column where the page is set in columns, whatever order the PDF draws them in (a
layout program may draw a sidebar first, or a heading after its paragraph).

The page is cut into slabs, the lines at one height (the lines beside each other). A run of
slabs with text on both sides of a gutter in two or more of them, and no line across that
gutter, is set in columns when its text runs down them (a line goes on on the line under it, or
the columns are lists): it is read column by column, each column in the same way. Other slabs
are read top to bottom, the lines of a slab left to right, and so are rows of short things side
by side (a timeline's dates beside its events, a table drawn without rules).

A column may start higher than the one beside it (the left one opens with a title set with
space above it, the right one goes on with the paragraph the left one ends): the lines above
the columns that stand in one column, where its lines start, a line's spacing or so above its
first line, are that column's first lines, not a line of their own across the page; and a
heading under the columns, short as it may be, heads what is set across the page under it.
A line printed on a shaded box stands where its box does. A paragraph cut at a column's foot
goes on at the top of the next (`turns`).
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

_GUTTER_EM = 1.0  # the narrowest gap between columns, in ems: wider than any word space
# how far a line's letters reach above and below its baseline, in ems
_ASCENT, _DESCENT = 0.75, 0.25
# a wrapped line fills this much of the distance from its column's left edge to the next's
_FILLED = 0.75
# a paragraph's number or letter set apart from its text, and how far before it (in ems)
_HANGING = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(?[a-z]\)|\(?[ivx]{1,5}\)|[A-Z]\.")
_HANG_EM = 4.0
_CAP_SIZE = 2.5  # a drop cap is set this many times the size of the lines it stands beside
# a footnote's number drawn apart: set this much smaller than the note, raised this much of it
_SMALLER, _RAISED = 0.85, 0.6
_LEAD_IN = 2.5  # how far above a column's first line (in the line's ems) a line may start it


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
    cuts = [_cut(group, em) for group in groups]
    for k in range(1, len(groups)):
        if cuts[k] is not None and cuts[k - 1] is None:
            cuts[k] = _lead_in(groups[k - 1], groups[k], cuts[k], em)
        elif cuts[k - 1] is not None and cuts[k] is None:
            _lead_out(groups[k - 1], groups[k], cuts[k - 1])
    out: list[_Line] = []
    for group, cut in zip(groups, cuts):
        if cut is not None:
            flat = [ln for slab in group for ln in slab]
            for ln in flat:
                ln.columned = True
            out += reading_order([ln for ln in flat if _span(ln)[1] <= cut])
            out += reading_order([ln for ln in flat if _span(ln)[1] > cut])
        else:
            out += [ln for slab in group for ln in slab]
    return out


def _cut(group: list[list[_Line]], em: float) -> float | None:
    """Where a run of slabs set in columns parts into its first column and the rest; None when
    it is not set in columns: one row of things side by side is no columns, and nor are rows
    of things side by side none of which wraps onto the next line (a timeline's dates beside
    its events, a table drawn without rules: read row by row, each row left to right). Text
    set in columns wraps: a line of a column goes on, in lower case, on the line under it."""
    gutter = _gutters(group, em)
    beside = sum(1 for slab in group if _gutters([slab], em))
    return gutter[0] if gutter and beside >= 2 and _running(group, em) else None


def _running(group: list[list[_Line]], em: float) -> bool:
    """Whether the slabs hold text that runs down a column: a line going on on the line under
    it (starting in lower case there, at its left edge or a hanging indent's), or a list (a
    column of lists side by side is read list by list)."""
    lines = sorted((ln for slab in group for ln in slab), key=lambda ln: -ln.y)
    if sum(1 for ln in lines if _BULLETED.match(ln.text)) * 2 >= len(lines):
        return True
    for i, line in enumerate(lines):
        under = next((ln for ln in lines[i + 1:] if -em / 2 <= ln.x - line.x <= 2 * em
                      and 0 < line.y - ln.y <= 2 * line.size), None)
        if under is not None and under.text.lstrip()[:1].islower():
            return True
    return False


_BULLETED = re.compile(r"\s*[•◦▪▫●○■□‣⁃∙·–—*-]\s")


def _lead_in(above: list[list[_Line]], group: list[list[_Line]], cut: float,
             em: float) -> float:
    """Move the last slabs of `above` that start a column of `group` into it (see the module
    docs): each of their lines in one column, starting where that column's lines start, at
    most `_LEAD_IN` of its ems above the column's first line, and the gutter kept. Returns
    where the columns part then."""
    edge: dict[bool, float] = {}  # by side of the cut (right or not): x and top of its lines
    top: dict[bool, float] = {}
    for ln in (ln for slab in group for ln in slab):
        side = ln.x >= cut
        edge[side] = min(ln.x, edge.get(side, ln.x))
        top[side] = max(ln.y, top.get(side, ln.y))

    def starts(ln: _Line) -> bool:
        side = ln.x >= cut
        return (side or _span(ln)[1] <= cut) and side in edge and abs(ln.x - edge[side]) <= em / 2 \
            and 0 < ln.y - top[side] <= _LEAD_IN * ln.size

    while above and all(starts(ln) for ln in above[-1]):
        gutter = _gutters([above[-1]] + group, em)
        if not gutter:
            break
        slab = above.pop()
        group.insert(0, slab)
        cut = gutter[0]
        for ln in slab:
            top[ln.x >= cut] = ln.y
    return cut


def _lead_out(group: list[list[_Line]], below: list[list[_Line]], cut: float) -> None:
    """Move the last slabs of `group`, set in columns, that head what is set across the page
    under it into `below`: lines under every line of the other columns, none set in the type
    of the columns' text (a heading: no column ends with one)."""
    sizes = Counter()
    for ln in (ln for slab in group for ln in slab):
        sizes[round(ln.size, 1), ln.bold] += len(ln.text)
    text = sizes.most_common(1)[0][0]
    bottom: dict[bool, float] = {}  # by side of the cut (right or not): the lowest baseline
    for ln in (ln for slab in group for ln in slab):
        side = _span(ln)[1] > cut
        bottom[side] = min(ln.y, bottom.get(side, ln.y))

    def heads(ln: _Line) -> bool:
        side = _span(ln)[1] > cut
        return (round(ln.size, 1), ln.bold) != text and ln.y < bottom.get(not side, ln.y)

    while len(group) > 1 and all(heads(ln) for ln in group[-1]):
        below.insert(0, group.pop())


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
    spans = sorted(_span(ln) for slab in slabs for ln in slab)
    out: list[float] = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start - reach >= _GUTTER_EM * em:
            out.append((reach + start) / 2)
        reach = max(reach, end)
    return out


def _span(line: _Line) -> tuple[float, float]:
    """Where a line stands across the page: its text, or the shaded box it is printed on (a
    box set across the page is not in a column, however short its lines)."""
    if line.box is None:
        return line.x, line.end
    return min(line.x, line.box[0]), max(line.end, line.box[2])


def turns(lines: list[_Line]) -> set[int]:
    """The lines, by id, at the top of a column that may go on with the paragraph the column
    before ends in: set in the same type as that column's last line, which fills its column (a
    wrapped line reaches the column's right edge, give or take the estimates of justified
    lines' ends; a paragraph's last line stops short). Whether that line ends a sentence is for
    the caller to say."""
    out: set[int] = set()
    for last, top in zip(lines, lines[1:]):
        pitch = top.x - last.x  # from a column's left edge to the next one's
        if top.y > last.y and top.x > last.end and abs(top.size - last.size) <= 0.1 * top.size \
                and last.end - last.x >= _FILLED * pitch:
            out.add(id(top))
    return out


def hanging(lines: list[_Line]) -> list[_Line]:
    """The lines with each paragraph's hanging number or letter ("1.", "4.2", "(a)", "iv)") set
    on the line it numbers: a layout program draws the numbers of a numbered paragraph apart
    from its text, often all of them before any text, so the number is a line of its own in
    a column of its own. It joins the line that starts on its baseline just after it (within
    `_HANG_EM` ems), "1. This Practice Direction ...", as a typed number would stand. A
    footnote's number drawn so, small and raised, marks its note instead (`_note_mark`)."""
    labels = [ln for ln in lines if _HANGING.fullmatch(ln.text.strip())]
    if not labels:
        return lines
    gone: set[int] = set()
    for label in labels:
        if _note_mark(label, lines, gone):
            continue
        after = [ln for ln in lines if ln is not label and id(ln) not in gone
                 and abs(ln.y - label.y) <= 1 and ln.x >= label.end
                 and ln.x - label.end <= _HANG_EM * max(label.size, 1.0)
                 and not _HANGING.fullmatch(ln.text.strip())]
        if not after:
            continue
        line = min(after, key=lambda ln: ln.x)
        label_text = label.text.strip()
        line.text = f"{label_text} {line.text.lstrip()}"
        if line.pieces:
            first = line.pieces[0][1]
            line.pieces[0] = (label.x, f"{label_text} {first.lstrip()}")
        line.x = label.x
        gone.add(id(label))
    return [ln for ln in lines if id(ln) not in gone] if gone else lines


def drop_caps(lines: list[_Line]) -> list[_Line]:
    """The lines with each drop cap set back on the line it begins: a book or magazine sets a
    chapter's first letter large, beside the first lines of the paragraph, so it is a line of
    its own ("T", 40 pt) and the paragraph's first line starts without it ("he most common
    question ..."). A lone capital at least `_CAP_SIZE` times the size of the lines beside it,
    left of them, joins the highest line whose baseline lies within its height, starting right
    after it."""
    caps = [ln for ln in lines if len(ln.text.strip()) == 1 and ln.text.strip().isupper()]
    gone: set[int] = set()
    for cap in caps:
        beside = [ln for ln in lines if ln is not cap and id(ln) not in gone
                  and cap.y - 0.5 <= ln.y <= cap.y + cap.size and cap.end - 1 <= ln.x
                  <= cap.end + cap.size and cap.size >= _CAP_SIZE * ln.size]
        if len(beside) < 2:
            continue
        first = max(beside, key=lambda ln: ln.y)
        letter = cap.text.strip()
        first.text = letter + first.text.lstrip()
        if first.pieces:
            first.pieces[0] = (cap.x, letter + first.pieces[0][1].lstrip())
        first.x = cap.x
        gone.add(id(cap))
    return [ln for ln in lines if id(ln) not in gone] if gone else lines


def _note_mark(label: _Line, lines: list[_Line], gone: set[int]) -> bool:
    """Whether `label` is a footnote's own number drawn apart before the note: a bare figure
    set smaller than the line just after it and raised above that line's baseline (by up to
    `_RAISED` of its size). The note's line is marked as a note's first line (`note`, as a
    raised mark inside a line marks it), and the figure is no text; True when so."""
    if not label.text.strip().isdigit():
        return False
    after = [ln for ln in lines if ln is not label and id(ln) not in gone
             and 0 < label.y - ln.y <= _RAISED * ln.size and label.size < _SMALLER * ln.size
             and ln.x >= label.end - 1 and ln.x - label.end <= _HANG_EM * max(ln.size, 1.0)]
    if not after:
        return False
    min(after, key=lambda ln: ln.x).note = True
    gone.add(id(label))
    return True
