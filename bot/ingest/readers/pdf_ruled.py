"""Tables drawn with ruling (used by the PDF reader, pdf.py): a table whose cells are bordered
by lines or rectangles, as word processors, spreadsheets and slide tools draw a bordered table,
is read by its rules, not by where its text happens to stand. Between two horizontal rules lies
a row, between two vertical rules a cell: every line printed inside a cell is that cell's text,
however often the cell wraps and wherever in it the text is set (a one-line cell is often set in
the middle of a row whose other cells wrap, at a height of its own), and a line below the
table's bottom border is no part of it. Boxes framed one over the other (a poster's, a title
between them) are rows of one cell: no table, and their lines are read as printed. The rules
are collected while pypdf reads the page's content stream: the straight edges of stroked
paths, and filled rectangles as thin as a line.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from bot.ingest.readers.pdf_lines import join_wrapped
from bot.ingest.readers.pdf_tables import name_columns

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

_STROKE = {b"S", b"s", b"B", b"B*", b"b", b"b*"}
_FILL = {b"f", b"F", b"f*"}
_NEAR = 1.0  # points: rules this close are one (the border two cells share, drawn twice)
_THIN = 2.0  # points: a filled rectangle no thicker than this is a rule drawn as a fill

_Rule = tuple[float, float, float]  # where it stands across its length, where it starts, ends


class Rules:
    """The horizontal and vertical rules a page draws; call it as pypdf's
    `visitor_operand_before`, then `grid()` once the page is read."""

    def __init__(self) -> None:
        self.across: list[_Rule] = []  # horizontal: (y, x0, x1)
        self.down: list[_Rule] = []  # vertical: (x, y0, y1)
        self._edges: list[tuple[tuple[float, float], tuple[float, float]]] = []
        self._start: tuple[float, float] | None = None
        self._at: tuple[float, float] | None = None

    def __call__(self, op: bytes, args, cm, tm) -> None:
        try:
            values = [float(a) for a in args]
        except (TypeError, ValueError):
            return
        if op == b"m" and len(values) == 2:
            self._start = self._at = _point(values, cm)
        elif op == b"l" and len(values) == 2:
            self._edge(_point(values, cm))
        elif op in (b"c", b"v", b"y") and len(values) >= 2:
            self._at = _point(values[-2:], cm)  # a curve draws no rule
        elif op == b"h" and self._start is not None:
            self._edge(self._start)
        elif op == b"re" and len(values) == 4:
            x, y, w, h = values
            corners = [_point(p, cm) for p in ([x, y], [x + w, y], [x + w, y + h], [x, y + h])]
            self._start = self._at = corners[0]
            for corner in corners[1:] + corners[:1]:
                self._edge(corner)
        elif op in _STROKE:
            for a, b in self._edges:
                self._add(a, b)
            self._clear()
        elif op in _FILL:
            self._filled()
            self._clear()
        elif op == b"n":
            self._clear()

    def grid(self) -> tuple[list[_Rule], list[_Rule]]:
        """The horizontal and the vertical rules, each sorted by where it stands, a border
        drawn in pieces (cell by cell) or twice (by two cells) joined into one rule."""
        return _merge(self.across), _merge(self.down)

    def _edge(self, to: tuple[float, float]) -> None:
        if self._at is not None:
            self._edges.append((self._at, to))
        self._at = to

    def _add(self, a: tuple[float, float], b: tuple[float, float]) -> None:
        (x0, y0), (x1, y1) = a, b
        if abs(y0 - y1) <= _NEAR / 2 and abs(x0 - x1) > _NEAR:
            self.across.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x0 - x1) <= _NEAR / 2 and abs(y0 - y1) > _NEAR:
            self.down.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    def _filled(self) -> None:
        """A filled shape as thin as a line, and longer than thick, is a rule."""
        points = [p for edge in self._edges for p in edge]
        if not points:
            return
        xs, ys = [x for x, _ in points], [y for _, y in points]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        if y1 - y0 <= _THIN < (x1 - x0) / 3:
            self.across.append(((y0 + y1) / 2, x0, x1))
        elif x1 - x0 <= _THIN < (y1 - y0) / 3:
            self.down.append(((x0 + x1) / 2, y0, y1))

    def _clear(self) -> None:
        self._edges, self._start, self._at = [], None, None


def _point(values: list[float], cm) -> tuple[float, float]:
    a, b, c, d, e, f = cm
    x, y = values
    return a * x + c * y + e, b * x + d * y + f


def _merge(rules: list[_Rule]) -> list[_Rule]:
    """Rules standing within `_NEAR` of each other whose lengths touch or overlap, as one."""
    out: list[_Rule] = []
    group: list[_Rule] = []
    for rule in sorted(rules) + [(float("inf"), 0.0, 0.0)]:
        if group and rule[0] - group[0][0] > _NEAR:
            at = sum(r[0] for r in group) / len(group)
            spans = sorted((a, b) for _, a, b in group)
            start, end = spans[0]
            for a, b in spans[1:]:
                if a > end + _NEAR:
                    out.append((at, start, end))
                    start = a
                end = max(end, b)
            out.append((at, start, end))
            group = []
        group.append(rule)
    return sorted(out)


def parted(down: list[_Rule], x0: float, x1: float, y: float) -> bool:
    """A vertical rule stands between x0 and x1 at height y: what is either side of it is in
    two cells, however narrow the gap."""
    lo, hi = bisect_left(down, (x0,)), bisect_right(down, (x1, float("inf")))
    return any(a - _NEAR <= y <= b + _NEAR for _, a, b in down[lo:hi])


def ruled(lines: list[_Line], across: list[_Rule], down: list[_Rule]) -> None:
    """Read the page's ruled tables (see the module docs): the lines of each row become one
    line holding the row's cells, boxed by the row's borders, and the table's rows stand,
    top to bottom, where its first line stood. A table has two rows or more, one of them
    parted into two cells or more; lines in one cell alone (a framed box) are left as they
    are."""
    if len(across) < 3 or len(down) < 2:
        return
    bands: dict[tuple[int, int], list[_Line]] = {}
    for ln in lines:
        found = {_band(across, down, x + _NEAR, ln.y + 0.3 * ln.size) for x, _ in ln.pieces}
        if len(found) == 1 and None not in found:
            bands.setdefault(found.pop(), []).append(ln)
    rows_of: dict[int, list[_Line]] = {}  # a table's rows, by the id of its first line
    taken: set[int] = set()
    place = {id(ln): i for i, ln in enumerate(lines)}
    for table in _tables(across, bands):
        # rows of one cell only are framed boxes, not a table: their lines are left as they are
        # (and untouched: a row is made of them only once the table is one)
        if all(not _inner(across, down, key) for key in table):
            continue
        rows = [_row(bands[key], across, down, key) for key in table]
        name_columns(rows)
        members = [ln for key in table for ln in bands[key]]
        first = min(members, key=lambda ln: place[id(ln)])
        rows_of[id(first)] = rows
        taken |= {id(ln) for ln in members}
    if not taken:
        return
    out: list[_Line] = []
    for ln in lines:
        if id(ln) in rows_of:
            out += rows_of[id(ln)]
        elif id(ln) not in taken:
            out.append(ln)
    lines[:] = out


def _band(across: list[_Rule], down: list[_Rule], x: float,
          y: float) -> tuple[int, int] | None:
    """The rules (their indexes in `across`) just above and below the point, of those running
    past it, when vertical rules stand either side of it too: the row it is printed in."""
    k = bisect_left(across, (y,))
    above = next((i for i in range(k, len(across)) if across[i][1] <= x <= across[i][2]), None)
    below = next((i for i in range(k - 1, -1, -1) if across[i][1] <= x <= across[i][2]), None)
    if above is None or below is None:
        return None
    j = bisect_left(down, (x,))
    left = any(a - _NEAR <= y <= b + _NEAR for _, a, b in down[:j])
    right = any(a - _NEAR <= y <= b + _NEAR for _, a, b in down[j:])
    return (above, below) if left and right else None


def _tables(across: list[_Rule], bands: dict[tuple[int, int], list[_Line]]) -> list[list]:
    """The bands holding text, top to bottom, in runs of rows one under the other: each row's
    top rule is the row above's bottom rule, as long as the table (the top rule) is."""
    out: list[list[tuple[int, int]]] = []
    for key in sorted(bands, key=lambda k: -across[k[0]][0]):
        if out and out[-1][-1][1] == key[0] and _same_span(across[out[-1][-1][0]],
                                                             across[key[0]]):
            out[-1].append(key)
        else:
            out.append([key])
    return [table for table in out if len(table) >= 2]


def _same_span(a: _Rule, b: _Rule) -> bool:
    return abs(a[1] - b[1]) <= _NEAR and abs(a[2] - b[2]) <= _NEAR


def _inner(across: list[_Rule], down: list[_Rule], key: tuple[int, int]) -> list[float]:
    """Where the vertical rules that cross the row between its two ends stand: the borders
    between its cells."""
    (top, x0, x1), bottom = across[key[0]], across[key[1]][0]
    middle = (top + bottom) / 2
    lo, hi = bisect_left(down, (x0 + _NEAR,)), bisect_right(down, (x1 - _NEAR, float("inf")))
    return [x for x, a, b in down[lo:hi] if a - _NEAR <= middle <= b + _NEAR]


def _row(lines: list[_Line], across: list[_Rule], down: list[_Rule],
         key: tuple[int, int]) -> _Line:
    """The row's lines as one line (the top one), holding a cell for each column between the
    vertical rules that cross the row, each cell's lines joined top to bottom."""
    (top, x0, x1), bottom = across[key[0]], across[key[1]][0]
    inner = _inner(across, down, key)
    cells: list[list[tuple[float, float, str]]] = [[] for _ in range(len(inner) + 1)]
    for ln in lines:
        for x, text in ln.pieces:
            cells[bisect_right(inner, x + _NEAR)].append((-ln.y, x, text.strip()))
    head = max(lines, key=lambda ln: (ln.y, -ln.x))
    head.cells = [join_wrapped([text for *_, text in sorted(cell)]) for cell in cells]
    head.pieces = [(min((x for _, x, _ in cell), default=start), text)
                   for cell, start, text in zip(cells, [x0, *inner], head.cells)]
    head.text = " ".join(text for text in head.cells if text)
    head.x, head.end = min(ln.x for ln in lines), max(ln.end for ln in lines)
    head.size = max(ln.size for ln in lines)
    head.bold = all(ln.bold for ln in lines)
    head.box = (x0, bottom, x1, top)  # the row's borders set it apart from what is below
    return head
