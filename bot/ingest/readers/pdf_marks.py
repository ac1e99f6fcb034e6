"""Bullets and boxes drawn as shapes (used by the PDF reader, pdf.py): Word and InDesign often draw
a list's bullets as small filled circles or squares, vector paths with no glyph in the text
layer, so only the indented text of each item is left to read; and a sidebar or a fact box is
set apart from the text by a shaded rectangle drawn under it. The shapes are collected while
pypdf reads the page's content stream; each bullet is given to the line it stands before, and
each box to the lines it holds."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

_POINTS = {b"m": 1, b"l": 1, b"c": 3, b"v": 2, b"y": 2}  # operator: points it adds to the path
_FILL = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"}
_DROP = {b"S", b"s", b"n"}  # a stroked outline (a rule, a cell's border) or a clipping path


class Shapes:
    """The small filled shapes a page draws, as (x0, y0, x1, y1) on the page; call it as
    pypdf's `visitor_operand_before`."""

    def __init__(self) -> None:
        self.found: list[tuple[float, float, float, float]] = []
        self._xs: list[float] = []
        self._ys: list[float] = []

    def __call__(self, op: bytes, args, cm, tm) -> None:
        if op in _POINTS:
            try:
                values = [float(a) for a in args[-2 * _POINTS[op]:]]
            except (TypeError, ValueError):
                return
            self._add(values, cm)
        elif op == b"re" and len(args) == 4:
            try:
                x, y, w, h = (float(a) for a in args)
            except (TypeError, ValueError):
                return
            self._add([x, y, x + w, y + h], cm)
        elif op in _FILL:
            if self._xs:
                self.found.append((min(self._xs), min(self._ys), max(self._xs), max(self._ys)))
            self._xs, self._ys = [], []
        elif op in _DROP:
            self._xs, self._ys = [], []

    def _add(self, values: list[float], cm) -> None:
        a, b, c, d, e, f = cm
        for x, y in zip(values[::2], values[1::2]):
            self._xs.append(a * x + c * y + e)
            self._ys.append(b * x + d * y + f)


def mark(lines: list[_Line], shapes: list[tuple[float, float, float, float]]) -> None:
    """Give each line the drawn bullet standing before it: a filled shape about as wide as it
    is tall and smaller than the line's letters, beside the line's x-height, ending at most
    two and a half ems before the line's text starts."""
    dots = sorted(((y0 + y1) / 2, x0, x1, y1 - y0) for x0, y0, x1, y1 in shapes
                  if 0 < x1 - x0 <= 2 * (y1 - y0) <= 4 * (x1 - x0))
    if not dots:
        return
    middles = [d[0] for d in dots]
    for line in lines:
        size = line.size
        lo, hi = bisect_left(middles, line.y), bisect_right(middles, line.y + 0.7 * size)
        for _, x0, x1, height in dots[lo:hi]:
            if height <= 0.8 * size and 0 <= line.x - x1 <= 2.5 * size:
                line.mark = x0
                break


def box(lines: list[_Line], shapes: list[tuple[float, float, float, float]]) -> None:
    """Give each line the filled shape it is printed on, the smallest if several: a box set
    apart from the page's other text. A shape under every line of the page (a background)
    sets nothing apart."""
    def area(s: tuple[float, float, float, float]) -> float:
        return (s[2] - s[0]) * (s[3] - s[1])

    for shape in sorted(set(shapes), key=area, reverse=True):  # a box inside another last
        x0, y0, x1, y1 = shape
        inside = [ln for ln in lines if x0 - 1 <= ln.x and ln.end <= x1 + 1 and y0 <= ln.y <= y1]
        if len(inside) < len(lines):
            for ln in inside:
                ln.box = shape


def boxed_rows(lines: list[_Line]) -> list[_Line]:
    """The lines with the cells of each row printed in a box joined into one line, its cells
    the line's pieces: a table on a shaded ground (a web page's table printed by a browser, a
    form's grid) draws each cell's text on its own, and a row read cell by cell loses the
    header that says what each figure is. Lines on one baseline in one box, side by side, are
    one row ("Trainee salary, year 1 | HVM 52,000 | HVM 44,500")."""
    rows: dict[tuple, list[_Line]] = {}
    for ln in lines:
        if ln.box is not None:
            rows.setdefault((ln.box, round(ln.y)), []).append(ln)
    gone: set[int] = set()
    for row in rows.values():
        if len(row) < 2:
            continue
        row.sort(key=lambda ln: ln.x)
        if any(a.end > b.x for a, b in zip(row, row[1:])):
            continue  # overlapping: not cells side by side
        first = row[0]
        first.pieces = [piece for ln in row for piece in (ln.pieces or [(ln.x, ln.text)])]
        first.text = "   ".join(ln.text.strip() for ln in row)
        first.end = max(ln.end for ln in row)
        first.size = max(ln.size for ln in row)
        first.bold = all(ln.bold for ln in row)
        gone.update(id(ln) for ln in row[1:])
    return [ln for ln in lines if id(ln) not in gone] if gone else lines
