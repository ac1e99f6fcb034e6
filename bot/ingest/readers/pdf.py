"""PDF with pypdf: text page by page, with headings and list items recovered from the layout.

pypdf reports each run of text with its font size and position; lines printed larger than the
body text (or wholly in a bold face and short) are headings, a line starting with a bullet or a
number starts a list item, and a vertical gap wider than the usual line spacing ends a
paragraph. A table is either printed as "a | b | c" lines (a bold one is the header) or drawn as
cells, found as consecutive lines whose pieces start in the same columns; each row is quoted
with its header. Every block carries the page it starts on and where it runs on to the next.
Lines a printer repeats on most pages, at their top or bottom (a running title, the date and
address a browser prints, "Page 3 of 9"), are page furniture and are left out whatever they
hold, as are the entries of a table of contents (dot leaders and a page number); a paragraph cut
by a page break is joined again. The title is the metadata title unless that names a file
("Microsoft Word - Guide_v7.docx"), else the largest heading. A PDF locked only against editing
(an owner password) is read; one that needs a password to open, one without a text layer (a
scan) and a damaged or truncated file are refused with a reason instead of being indexed
half-read.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.markdown import table_row

_BULLET = re.compile(r"^(?:[-•*▪◦●–·]|\d{1,2}[.)])\s+")
_EDGE_LINES = 3  # lines at the top and at the bottom of a page where running furniture sits
_SENTENCE_END = re.compile(r"[.!?:;)\]\"”’]$")
# a table of contents entry: a leader of dots (or dots and spaces) up to a page number
_CONTENTS = re.compile(r"\w.*?(?:[.·…_]\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})$", re.IGNORECASE)
# the formats authoring tools stamp into a PDF's title when the author set none: a title that
# ends in one names the file ("Microsoft Word - Guide_v7_FINAL.docx"), not the document
_FILE_TITLE = re.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|od[tps]|rtf|txt|html?|indd|pub|pages)$",
                         re.IGNORECASE)
# what stands apart before a list item's text, not a cell: a glyph ("•", "o", a private-use
# symbol) or a number with a dot or bracket ("2.1", "3.", "a)")
_MARKER = re.compile(r"\W*|[^\d\W]|\(?(?:\d{1,3}|[a-z])(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+")
_GLYPH_EM = 0.6  # a generous average glyph width, in ems, to tell a cell gap from a word space


@dataclass
class _Line:
    text: str
    x: float
    y: float
    size: float
    bold: bool
    # (x, text) of the pieces a gap wider than a few spaces sets apart (a table's cells)
    pieces: list[tuple[float, str]] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # a table row's cells
    header: bool = False  # a drawn table's header row


def read(data: bytes) -> Extracted:
    from pypdf import PdfReader

    if b"%%EOF" not in data[-2048:]:
        raise Unreadable("truncated or damaged PDF (no end-of-file marker)")
    quiet = logging.getLogger("pypdf")
    level, quiet.level = quiet.level, logging.ERROR  # pypdf logs every repair it makes
    try:
        reader = PdfReader(io.BytesIO(data))
        # a PDF locked only against editing or printing (an owner password) opens with an
        # empty user password, as in any viewer; one that asks for a password to open does not
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("encrypted PDF (password protected); save a copy without a password")
        pages = [_lines(page) for page in reader.pages]
        meta_title = _metadata_title(reader)
    except Unreadable:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on a damaged file
        raise Unreadable(f"damaged PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    finally:
        quiet.level = level
    if not any(line.text.strip() for lines in pages for line in lines):
        raise Unreadable("no text layer (a scanned or image-only PDF); run OCR on it first")
    return _layout(pages, meta_title)


def _metadata_title(reader) -> str:
    try:
        meta = reader.metadata
        return clean(str(meta.title)) if meta is not None and meta.title else ""
    except Exception:
        return ""


def _lines(page) -> list[_Line]:
    """The page's text lines, top to bottom, each with its position, size, weight and pieces."""
    runs: list[_Line] = []

    def visit(text, cm, tm, font, size):
        if not text:
            return
        scale = abs(tm[3] * cm[3]) or 1.0
        y = tm[5] * cm[3] + cm[5]
        x = tm[4] * cm[0] + cm[4]
        name = str(font.get("/BaseFont", "")) if font else ""
        for i, piece in enumerate(text.split("\n")):
            if i:
                runs.append(_Line("\n", x, y, 0, False))
            if piece:
                runs.append(_Line(piece, x, y, size * scale, "bold" in name.lower()))

    page.extract_text(visitor_text=visit)
    lines: list[_Line] = []
    current: _Line | None = None
    for run in runs:
        if run.text == "\n" or (current is not None and abs(run.y - current.y) > 1 and run.size):
            current = None
            if run.text == "\n":
                continue
        if current is None:
            current = _Line(run.text, run.x, run.y, run.size, run.bold)
            lines.append(current)
        else:
            current.text += run.text
            current.bold = current.bold and run.bold
            current.size = max(current.size, run.size)
        _add_piece(current, run)
    return [ln for ln in lines if ln.text.strip()]


def _add_piece(line: _Line, run: _Line) -> None:
    """A run starting well after where the line's last piece can end is a new piece (a cell);
    one that goes on where it ends (a word set in bold) is part of it."""
    if line.pieces and not run.text.strip():
        line.pieces[-1] = (line.pieces[-1][0], line.pieces[-1][1] + run.text)
        return
    if line.pieces:
        x, text = line.pieces[-1]
        end = x + len(text) * _GLYPH_EM * max(run.size, 1.0)
        if x <= run.x <= end + run.size:
            line.pieces[-1] = (x, text + run.text)
            return
    line.pieces.append((run.x, run.text))


def _running(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without their running headers and footers: a line among the first or last
    few of a page whose text, numbers aside, is at the top or bottom of at least half the pages
    (and of two or more). A table's rows stay (its header row repeated atop each page it runs
    over, rows alike but for their numbers): rows of the same table sit close above or below
    them, where a running line stands apart."""
    if len(pages) < 2:
        return pages

    def key(line: _Line) -> str:
        return re.sub(r"\d+", "#", " ".join(line.text.lower().split()))

    def edges(lines: list[_Line]) -> list[_Line]:
        return lines[:_EDGE_LINES] + lines[max(_EDGE_LINES, len(lines) - _EDGE_LINES):]

    seen = Counter(k for lines in pages for k in {key(ln) for ln in edges(lines)})
    running = {k for k, n in seen.items() if n >= max(2, len(pages) / 2)}
    if not running:
        return pages
    out = []
    for lines in pages:
        edge = {id(ln) for ln in edges(lines)}
        out.append([ln for i, ln in enumerate(lines) if not (
            id(ln) in edge and key(ln) in running and not _in_table(lines, i))])
    return out


def _in_table(lines: list[_Line], i: int) -> bool:
    """The line is a row of cells with a row of as many cells just above or below it, no
    farther than table rows are apart: a table's (header) row, not a page's running line."""
    line, width = lines[i], _width(lines[i])
    return width > 1 and any(
        _width(other) == width and 0 < abs(line.y - other.y) <= 3 * max(line.size, other.size)
        for other in lines[max(i - 1, 0):i] + lines[i + 1:i + 2])


def _width(line: _Line) -> int:
    """How many cells the line has: "a | b" parts, else the pieces set apart by wide gaps."""
    return line.text.count(" | ") + 1 if " | " in line.text else len(line.pieces)


def _contents(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without the entries of a table of contents ("Salaries ....... 5"): the
    document's own headings say the same where the text is."""
    return [[ln for ln in lines if not _CONTENTS.fullmatch(ln.text.strip())] for lines in pages]


def _tables(lines: list[_Line]) -> None:
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
            ln.pieces[0][1].strip()) and not _BULLET.match(ln.text.strip())

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


def _layout(pages: list[list[_Line]], meta_title: str) -> Extracted:
    pages = _contents(_running(pages))
    for lines in pages:
        _tables(lines)
    every = [ln for lines in pages for ln in lines]
    weights: dict[float, int] = {}
    for ln in every:
        weights[round(ln.size, 1)] = weights.get(round(ln.size, 1), 0) + len(ln.text)
    body = max(weights, key=weights.get)
    larger = sorted({s for s in weights if s > body * 1.15}, reverse=True)[:3]
    left = min(ln.x for ln in every)
    gaps = [a.y - b.y for lines in pages for a, b in zip(lines, lines[1:])
            if round(a.size, 1) == body == round(b.size, 1) and 0 < a.y - b.y]
    # the usual line spacing: paragraph gaps are the minority, so take a low quantile
    spacing = sorted(gaps)[len(gaps) // 4] if gaps else body * 1.2
    out = TextBuilder()
    headings: list[tuple[int, str, int]] = []  # (level, text, block index) in reading order
    para = _Pending(out)  # a table's header row stays valid across a page break
    for number, lines in enumerate(pages, 1):
        prev: _Line | None = None
        for ln in lines:
            text = ln.text.strip()
            size = round(ln.size, 1)
            cells = ln.cells
            heading = not cells and (size in larger or (
                ln.bold and size >= body and len(text.split()) <= 12 and text[-1] not in ".,;:"))
            bullet = _BULLET.match(text)
            gap = prev is not None and (prev.y - ln.y > spacing * 1.25 or prev.y < ln.y)
            # a paragraph or item cut by the page break goes on in a body line of the next page
            carried = prev is None and para.lines and para.kind != "row" and not (
                heading or bullet or cells) and size == body and not _SENTENCE_END.search(
                para.lines[-1]) and (text[:1].islower() or not para.lines[-1][-1:].isalnum())
            wrapped = prev is not None and 0 < prev.y - ln.y <= spacing * 1.1
            if cells:  # a table row; a header row names the columns of the rows below it
                para.flush()
                if ln.header:
                    out.new_group()
                    para.header = cells
                else:
                    para.kind, para.lines, para.page = "row", list(cells), number
            elif para.kind == "row" and wrapped and not (heading or bullet):
                para.lines[-1] += " " + text  # a cell wrapped onto the next line
            else:
                outdented = para.kind == "item" and ln.x < para.x - 2  # back at the margin
                if (heading or bullet or gap or prev is None or _heading(prev, larger, body)
                        or para.kind == "row" or outdented) and not carried:
                    para.flush()
                if para.kind == "row" or heading:
                    para.header = []
                if heading:
                    level = larger.index(size) + 1 if size in larger else len(larger) + 1
                    if out.add("heading", text, level=level, page=number):
                        headings.append((level, out.parts[-1], len(out.blocks) - 1))
                elif bullet:
                    para.kind, para.depth, para.x = "item", 1 if ln.x > left + 12 else 0, ln.x
                    para.start(number, text[bullet.end():])
                else:
                    para.start(number, text)
            prev = ln
        if not para.lines or para.kind == "row" or _SENTENCE_END.search(para.lines[-1]):
            para.flush()  # else it may go on over the page break
    para.flush()
    title = _title(meta_title, _title_heading(out, headings))
    return out.build(title, pages=_page_spans(out, len(pages)))


def _title_heading(out: TextBuilder, headings: list[tuple[int, str, int]]) -> str:
    """The first of the largest headings. The only one that size, on the first page (a title
    page's title), is the document's title line, not a section holding all the others: it
    becomes level 0."""
    if not headings:
        return ""
    top = min(level for level, _, _ in headings)
    first = [(text, i) for level, text, i in headings if level == top]
    block = out.blocks[first[0][1]]
    if len(first) == 1 and block.page == 1:
        out.blocks[first[0][1]] = replace(block, level=0)
    return first[0][0]


def _title(meta: str, heading: str) -> str:
    """The metadata title, unless it names a file (then the largest heading); of one like
    "Transport planner job profile | Careers Hub", as a browser prints a page, the part the
    heading is in."""
    if not meta or _FILE_TITLE.search(meta) or (" " not in meta and "_" in meta):
        return heading
    parts = re.split(r"\s+[|–—·»]\s+", meta)
    if len(parts) > 1 and heading:
        for part in parts:
            if heading.lower() in part.lower():
                return part
    return meta


def _page_spans(out: TextBuilder, count: int) -> tuple[tuple[int, int], ...]:
    """(start, end) in the text of what each page holds; an empty page is an empty span where
    the next one starts."""
    spans: list[tuple[int, int] | None] = [None] * count
    for b in out.blocks:
        if b.page is None:
            continue
        bounds = [b.start, *b.turns, b.end]
        for page, (start, end) in enumerate(zip(bounds, bounds[1:]), b.page):
            old = spans[page - 1]
            spans[page - 1] = (start, end) if old is None else (old[0], end)
    end = out.length
    for i in range(count - 1, -1, -1):
        spans[i] = spans[i] or (end, end)
        end = spans[i][0]
    return tuple(spans)


class _Pending:
    """The paragraph, list item or table row being gathered from consecutive lines."""

    def __init__(self, out: TextBuilder) -> None:
        self.out, self.page = out, 1  # the page the paragraph starts on
        self.kind, self.depth = "paragraph", 0
        self.x = 0.0  # where a list item's bullet line starts
        self.lines: list[str] = []
        self.pages: list[int] = []  # the page of each line
        self.header: list[str] = []

    def start(self, page: int, line: str) -> None:
        """Add a line; the first one sets the page the paragraph is cited by."""
        if not self.lines:
            self.page, self.pages = page, []
        self.lines.append(clean(line))
        self.pages.append(page)

    def flush(self) -> None:
        if self.kind == "row":
            self.out.add("row", table_row(self.header, self.lines), page=self.page)
        elif self.lines:
            text, starts = _join(self.lines)
            turns = tuple(at for at, page, before in zip(starts, self.pages[1:], self.pages)
                          if page != before)
            self.out.add(self.kind, text, depth=self.depth, page=self.page, turns=turns)
        self.kind, self.depth, self.lines = "paragraph", 0, []


def _heading(line: _Line, larger: list[float], body: float) -> bool:
    size = round(line.size, 1)
    return size in larger or (line.bold and size >= body and len(line.text.split()) <= 12)


def _join(lines: list[str]) -> tuple[str, list[int]]:
    """A paragraph's lines as one, mending words hyphenated across a line break, and where
    each line after the first begins in it."""
    text, starts = lines[0], []
    for line in lines[1:]:
        if re.search(r"[a-z]-$", text) and line[:1].islower():
            text = text[:-1]
        elif line:
            text += " "
        starts.append(len(text))
        text += line
    return text, starts
