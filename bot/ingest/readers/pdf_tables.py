"""Tables on a PDF's pages (used by the PDF reader, pdf.py): lines printed as "a | b | c", and
rows drawn as cells, found as consecutive lines whose pieces start in the same columns."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.ingest.readers.base import key_labels
from bot.ingest.readers.pdf_lines import join_wrapped

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

# a list item's marker: a bullet or a number before a space; or a glyph its font maps to no
# letter (a control character, as pypdf reads Helvetica's bullet, or a private-use code point,
# as a symbol font's), which marks the line it starts however close the text stands
BULLET = re.compile(
    r"^(?:(?:[-•*▪◦●–·]|\d{1,2}[.)])\s+|[\x00-\x08\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]\s*(?=\S))")
# what stands apart before a list item's text, not a cell: a glyph ("•", "o", a private-use
# symbol) or a number with a dot or bracket ("2.1", "3.", "a)")
_MARKER = re.compile(r"\W*|[^\d\W]|\(?(?:\d{1,3}|[a-z])(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+")
_GLYPH_EM = 0.6  # a generous average glyph width, in ems
# a borderless table's rows (`centred_rows`): lines closer than this many line spacings are one
# row's, a row has at most this many lines, a table at least this many rows, a cell's piece at
# most this many words
_ROW_GAP, _BAND_LINES, _TABLE_BANDS, _CELL_WORDS = 1.6, 8, 3, 12
_PROSE = re.compile(r"[a-z]{2}[.!?] [A-Z]")  # a sentence ending inside a piece: prose, not a cell
# "Trainee at college ........ £18,000": a label, a leader of dots (or dots and spaces) and its
# value; a contents entry (a page number after the leader) is left out before (pdf_furniture)
_LEADER = re.compile(r"(?P<label>.*?[^\W\d_].*?)\s*(?:[.·…]\s?){4,}\s*(?P<value>[^.·…\s].*)")


def tables(lines: list[_Line], above: list[float] | None = None) -> list[float] | None:
    """Mark the page's table rows with their cells: "a | b" lines, and runs of closely spaced
    lines with the same number of pieces whose pieces start in the same columns (cells drawn
    by a word processor or spreadsheet). A drawn table's first row is its header when it is
    bold, or holds only words above rows that hold figures. A cell wrapped onto more lines
    goes on in lines under its row (`_wrapped`): their text is added to their cells, and they
    are taken off the page. `above`: where the columns of a table that ran to the foot of the
    page before start (it goes on atop this page in the same columns); returned for this
    page's last table, if it runs to the page's foot. The rows of a table drawn with borders
    hold their cells already (pdf_ruled.py)."""
    for ln in lines:
        leader = _LEADER.fullmatch(ln.text.strip())
        if ln.cells:
            continue
        if " | " in ln.text:
            ln.cells = [c.strip() for c in ln.text.strip().split(" | ")]
            ln.header = ln.bold
        elif leader:  # an entry of its own, its label and value joined as a form's field
            ln.cells = [f"{leader['label'].rstrip(':')}: {leader['value']}"]
    _header_bands(lines)
    taken: set[int] = set()
    foot = None
    i = 0
    while i < len(lines):
        rows = _aligned_rows(lines, i, above if i == 0 else None)
        if len(rows) < 2:
            i += 1
            continue
        for row, wrapped in rows:
            row.cells = [text.strip() for _, text in row.pieces]
            for line in wrapped:
                for x, text in line.pieces:
                    k = _column(row, x)
                    row.cells[k] = join_wrapped([row.cells[k], text.strip()])
                taken.add(id(line))
        first = rows[0][0]
        name_columns([row for row, _ in rows])
        i += sum(1 + len(wrapped) for _, wrapped in rows)
        foot = [x for x, _ in first.pieces] if i == len(lines) else None
    if taken:
        lines[:] = [ln for ln in lines if id(ln) not in taken]
    return foot


def centred_rows(lines: list[_Line], spacing: float) -> None:
    """Make one row of each band of lines a borderless table's cells print apart: a web page's
    table printed or converted to PDF (a browser, LibreOffice) sets each cell's lines in the
    middle of its row, a wrapped cell's lines above and below its neighbours' one line, each
    cell drawn on its own, so no line holds a row. A band is a run of lines with less than
    `_ROW_GAP` line spacings between them; a table is three bands or more in a row, each
    holding pieces in two columns or more that start where the widest band's columns start (a
    header's cells, centred over their columns, are placed by their middles), none longer than
    a cell is. Each band becomes one row line whose cells join their lines top to bottom."""
    if spacing <= 0:
        return
    order = sorted(lines, key=lambda ln: -ln.y)
    bands: list[list[_Line]] = []
    for ln in order:
        if ln.cells or " | " in ln.text:
            bands.append([])
            continue
        if bands and bands[-1] and bands[-1][-1].y - ln.y <= _ROW_GAP * spacing \
                and abs(ln.size - bands[-1][-1].size) <= 0.15 * ln.size:
            bands[-1].append(ln)
        else:
            bands.append([ln])
    taken: set[int] = set()  # the lines each row takes in
    k = 0
    while k < len(bands):
        run = []
        while k + len(run) < len(bands) and _could_be_row(bands[k + len(run)]):
            run.append(bands[k + len(run)])
        if len(run) < _TABLE_BANDS:
            k += max(len(run), 1)
            continue
        # the columns start where the body's widest row starts its cells (a header's cells may
        # be centred)
        widest = max(run[1:], key=lambda band: len({round(x) for ln in band for x, _ in ln.pieces}))
        starts = sorted({x for ln in widest for x, _ in ln.pieces})
        rows = [_band_cells(band, starts) for band in run]
        # a cell whose lines hold a sentence's end and the next's start is prose set beside
        # the figures (a chart's note), not a table's cell
        if all(rows[1:]) and not any(_PROSE.search(c) for r in rows if r for c in r):
            at = {id(ln): i for i, ln in enumerate(lines)}
            for band, cells in zip(run, rows):
                if cells is None:
                    continue
                # the row stands where the first of its lines is read, at its top
                head = min(band, key=lambda ln: at[id(ln)])
                head.y = max(ln.y for ln in band)
                head.cells = list(cells)
                head.pieces = [(x, c) for x, c in zip(starts, cells)]
                head.text = " ".join(c for c in cells if c)
                head.header = band is run[0] and all(ln.bold for ln in band)
                head.x, head.end = min(ln.x for ln in band), max(ln.end for ln in band)
                taken.update(id(ln) for ln in band if ln is not head)
        k += len(run)
    if taken:
        lines[:] = [ln for ln in lines if id(ln) not in taken]


def _could_be_row(band: list[_Line]) -> bool:
    """Whether a band could be a table's row: a few lines, their pieces in two columns or more,
    each short and no run of prose."""
    if not band or len(band) > _BAND_LINES:
        return False
    pieces = [text.strip() for ln in band for _, text in ln.pieces if text.strip()]
    xs = sorted({round(x) for ln in band for x, text in ln.pieces if text.strip()})
    return len(xs) >= 2 and xs[-1] - xs[0] >= 2 * max(ln.size for ln in band) and all(
        len(t.split()) <= _CELL_WORDS and not _PROSE.search(t) for t in pieces)


def _band_cells(band: list[_Line], starts: list[float]) -> list[str] | None:
    """A band's cells, one per column start (`starts`), each cell's lines top to bottom; None
    when a piece stands in no column or fewer than two columns hold any."""
    if not band or len(band) > _BAND_LINES:
        return None
    pieces = [(x, ln.y, text.strip(), ln) for ln in band for x, text in ln.pieces if text.strip()]
    cells: list[list[tuple[float, str]]] = [[] for _ in starts]
    for x, y, text, ln in pieces:
        # a line of one piece may be a cell centred in its column: placed by its middle
        middle = (x + ln.end) / 2 if len(ln.pieces) == 1 else x
        k = _column_of(starts, x, middle, ln.size)
        if k is None:
            return None
        cells[k].append((-y, text))
    if sum(bool(c) for c in cells) < 2:
        return None
    return [join_wrapped([t for _, t in sorted(c)]) for c in cells]


def _column_of(starts: list[float], x: float, middle: float, em: float) -> int | None:
    """The column a piece is in: the one whose start it is at (within an em), else the one its
    middle falls in (a header's cell centred over its column)."""
    for k, start in enumerate(starts):
        if abs(x - start) <= em:
            return k
    inside = [k for k, start in enumerate(starts) if start <= middle]
    return inside[-1] if inside else None


def _aligned_rows(lines: list[_Line], i: int,
                  above: list[float] | None) -> list[tuple[_Line, list[_Line]]]:
    """The rows of a drawn table starting at line `i` (fewer than two: none starts there),
    each with the lines its wrapped cells go on in.

    Rows are consecutive lines of two or more pieces, no farther apart than four and a half
    times the text size (a form's boxes leave room for a second line), each with as many
    pieces, every piece of a column starting before every piece of the next column and within
    two ems of the column's other rows (the header row may sit elsewhere in its column:
    numbers are set flush right under a name set flush left). Lines of
    two text columns are not a table: in most rows a cell ends well short of the next column,
    unless the rows go on a table the page before ends in (`above`), in its columns."""
    candidate = _row_like
    if not candidate(lines[i]):
        return []
    width = len(lines[i].pieces)
    rows: list[tuple[_Line, list[_Line]]] = [(lines[i], [])]
    for ln in lines[i + 1:]:
        row, wrapped = rows[-1]
        last = (wrapped or [row])[-1]
        if candidate(ln) and len(ln.pieces) == width and 0 < last.y - ln.y <= 4.5 * ln.size:
            rows.append((ln, []))
        elif _wrapped(ln, row, last, max(r.end for r, _ in rows)):
            wrapped.append(ln)
        else:
            break
    if len(rows) < 2:
        return []
    columns = list(zip(*[[x for x, _ in row.pieces] for row, _ in rows]))
    data = [c[1:] if len(rows) > 2 else c for c in columns]  # the header row aside
    if any(max(a) >= min(b) for a, b in zip(columns, columns[1:])):
        return []
    if any(max(c) - min(c) > 2 * rows[-1][0].size for c in data):
        return []
    em = rows[0][0].size
    if above and len(above) == width and all(
            abs(x - start) <= 2 * em for (x, _), start in zip(lines[i].pieces, above)):
        return rows
    short = [any(len(text.strip()) * _GLYPH_EM * row.size < 0.6 * (nxt - x)
                 for (x, text), (nxt, _) in zip(row.pieces, row.pieces[1:])) for row, _ in rows]
    return rows if sum(short) * 2 >= len(rows) else []


def name_columns(rows: list[_Line]) -> None:
    """Say what names the cells of a drawn table's rows: its first row is its header when it
    is bold, or holds only words above rows that hold figures; else, in two columns of labels
    and values, each row is a form's or a fact sheet's field ("Trainee pay: £18,000")."""
    first, rest = rows[0], rows[1:]
    first.header = first.header or first.bold or (
        not any(c.isdigit() for c in first.text)
        and all(any(c.isdigit() for c in r.text) for r in rest))
    if not first.header and _key_value(rows):
        for row in rows:
            row.cells = [f"{row.cells[0].rstrip(':')}: {row.cells[1]}"]


def _key_value(rows: list[_Line]) -> bool:
    """Two columns, a label on the left of each row (`base.key_labels`)."""
    return all(len(row.cells) == 2 for row in rows) and key_labels([row.cells[0] for row in rows])


def _row_like(ln: _Line) -> bool:
    """Two or more cells, not a list item's marker and text (a header row joined from its
    wrapped cells may start with an empty one)."""
    return len(ln.pieces) > 1 and " | " not in ln.text and not ln.cells and (
        ln.header or not _MARKER.fullmatch(ln.pieces[0][1].strip())
        and not BULLET.match(ln.text.strip()))


def _header_bands(lines: list[_Line]) -> None:
    """Join into one header row the lines a table's header is printed in when its cells wrap
    (`header_band`): a cell's lines and, set in the middle of their cells, the one-line cells beside
    them each sit at a height of their own, printed cell by cell. The joined row holds a cell
    for each column of the row below it, each cell's lines in one, and stands where the band's
    first line stood; the band's other lines are taken off the page."""
    r = 1
    while r < len(lines):
        band = header_band(lines, r)
        if not band:
            r += 1
            continue
        row = lines[r]
        starts = [x for x, _ in row.pieces]
        cells: list[list[tuple[float, float, str]]] = [[] for _ in starts]
        for ln in band:
            for x, text in ln.pieces:
                cells[_column(row, x)].append((-ln.y, x, text.strip()))
        head = band[0]
        head.pieces = [(min((x for _, x, _ in cell), default=start),
                        join_wrapped([text for *_, text in sorted(cell)]))
                       for cell, start in zip(cells, starts)]
        head.text = " ".join(text for _, text in head.pieces if text)
        head.x, head.end = min(ln.x for ln in band), max(ln.end for ln in band)
        head.y, head.size = min(ln.y for ln in band), max(ln.size for ln in band)
        head.bold, head.header = all(ln.bold for ln in band), True
        taken = {id(ln) for ln in band[1:]}
        lines[:] = [ln for ln in lines if id(ln) not in taken]
        r = lines.index(row) + 1


def header_band(lines: list[_Line], r: int) -> list[_Line]:
    """The lines just before row `r` that print its table's header row, a cell's lines at
    heights of their own: two or more lines with fewer cells than the row, set as it is, above
    it, each of their pieces in one of its columns and not running into the next; close together
    (each within one and a half lines of the next, three lines in all at most) and the lowest
    within three lines of the row, as rows are. Not when a row of the table stands right above
    them (they are a row's lines, not the header's), and none when there is no such band."""
    row = lines[r]
    if not _row_like(row) or row.header:
        return []
    em, starts = row.size, [x for x, _ in row.pieces]
    band: list[_Line] = []
    j = r - 1
    while j >= 0:
        ln = lines[j]
        if not (ln.pieces and len(ln.pieces) < len(starts) and " | " not in ln.text
                and not ln.cells and abs(ln.size - em) <= 0.15 * em
                and 0 < ln.y - row.y <= 6 * em and _in_columns(ln, starts, em)):
            break
        band.insert(0, ln)
        j -= 1
    while len(band) >= 2:
        ys = sorted(ln.y for ln in band)
        close = all(b - a <= 1.5 * em for a, b in zip(ys, ys[1:]))
        if close and ys[0] - row.y <= 3 * em and ys[-1] - ys[0] <= 3 * em:
            break
        band.pop(0)  # a line above the header (a caption, a note) is no part of it
    columns = {_column(row, x) for ln in band for x, _ in ln.pieces}
    if len(band) < 2 or len(columns) < 2:
        return []
    above = lines[r - len(band) - 1] if r - len(band) >= 1 else None
    if above is not None and len(above.pieces) == len(starts) and (
            0 < above.y - max(ln.y for ln in band) <= 3 * em):
        return []  # a row of the table above it: the lines are a row's, not the header's
    return band


def _in_columns(ln: _Line, starts: list[float], em: float) -> bool:
    """Each of the line's pieces starts in a column of its own (at or after its start, an em's
    leeway), in order, and the line ends before the column after its last piece starts."""
    ks = []
    for x, _ in ln.pieces:
        inside = [k for k, s in enumerate(starts) if s - em <= x]
        if not inside:
            return False
        ks.append(inside[-1])
    if any(a >= b for a, b in zip(ks, ks[1:])):
        return False
    return ks[-1] + 1 >= len(starts) or ln.end <= starts[ks[-1] + 1] + em / 2


def _wrapped(ln: _Line, row: _Line, above: _Line, right: float) -> bool:
    """The line goes on cells of the row above it: set as the row is, as close under the line
    above as a paragraph's wrapped lines, with fewer pieces than the row, each starting where
    one of the row's cells starts, and not running on past the cell it ends in (the table's
    right edge for the last)."""
    em = ln.size
    if not (ln.pieces and len(ln.pieces) < len(row.pieces) and abs(ln.size - row.size) <= 0.1 * em
            and 0 < above.y - ln.y <= 1.5 * em):
        return False
    starts = [x for x, _ in row.pieces]
    if any(min(abs(x - s) for s in starts) > em for x, _ in ln.pieces):
        return False
    last = _column(row, ln.pieces[-1][0])
    return ln.end <= (starts[last + 1] if last + 1 < len(starts) else right + em)


def _column(row: _Line, x: float) -> int:
    """The row's cell whose start is nearest to x."""
    return min(range(len(row.pieces)), key=lambda k: abs(row.pieces[k][0] - x))
