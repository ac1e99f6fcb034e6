"""PDF with pypdf: text page by page, with headings and list items recovered from the layout.

pypdf reports each run of text with its font size and position; lines printed larger than the
body text (or wholly in a bold face and short) are headings, a line starting with a bullet or a
number starts a list item, lines of cells separated by " | " are table rows (a bold one is
the header), and a vertical gap wider than the usual line spacing ends a paragraph.
Every block carries its page number. Lines a printer repeats on most pages, at their top or
bottom (a running title, the date and address a browser prints, "Page 3 of 9"), are page
furniture and are left out, and a paragraph cut by a page break is joined again. A PDF locked
only against editing (an owner password) is read; one that needs a password to open, one without
a text layer (a scan) and a damaged or truncated file are refused with a reason instead of being
indexed half-read.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.markdown import table_row

_BULLET = re.compile(r"^(?:[-•*▪◦●–·]|\d{1,2}[.)])\s+")
_EDGE_LINES = 3  # lines at the top and at the bottom of a page where running furniture sits
_SENTENCE_END = re.compile(r"[.!?:;)\]\"”’]$")


@dataclass
class _Line:
    text: str
    x: float
    y: float
    size: float
    bold: bool


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
    """The page's text lines, top to bottom, each with its position, size and weight."""
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
    return [ln for ln in lines if ln.text.strip()]


def _running(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without their running headers and footers: a line among the first or last
    few of a page whose text, numbers aside, is at the top or bottom of at least half the pages
    (and of two or more)."""
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
        out.append([ln for ln in lines
                    if not (id(ln) in edge and key(ln) in running and " | " not in ln.text)])
    return out


def _layout(pages: list[list[_Line]], meta_title: str) -> Extracted:
    pages = _running(pages)
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
    spans = []
    first_heading = ""
    para = _Pending(out)  # a table's header row stays valid across a page break
    for number, lines in enumerate(pages, 1):
        prev: _Line | None = None
        for ln in lines:
            text = ln.text.strip()
            size = round(ln.size, 1)
            cells = [c.strip() for c in text.split(" | ")] if " | " in text else []
            heading = not cells and (size in larger or (
                ln.bold and size >= body and len(text.split()) <= 12 and text[-1] not in ".,;:"))
            bullet = _BULLET.match(text)
            gap = prev is not None and (prev.y - ln.y > spacing * 1.25 or prev.y < ln.y)
            # a paragraph or item cut by the page break goes on in a body line of the next page
            carried = prev is None and para.lines and para.kind != "row" and not (
                heading or bullet or cells) and size == body and not _SENTENCE_END.search(
                para.lines[-1]) and (text[:1].islower() or not para.lines[-1][-1:].isalnum())
            wrapped = prev is not None and 0 < prev.y - ln.y <= spacing * 1.1
            if cells:  # a table printed as "a | b | c" lines, the header row in bold
                para.flush()
                if ln.bold:
                    out.new_group()
                    para.header = cells
                else:
                    para.kind, para.lines, para.page = "row", cells, number
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
                    if out.add("heading", text, level=level, page=number) and not first_heading:
                        first_heading = out.parts[-1]
                elif bullet:
                    para.kind, para.depth, para.x = "item", 1 if ln.x > left + 12 else 0, ln.x
                    para.start(number, text[bullet.end():])
                else:
                    para.start(number, text)
            prev = ln
        if not para.lines or para.kind == "row" or _SENTENCE_END.search(para.lines[-1]):
            para.flush()  # else it may go on over the page break
    para.flush()
    return out.build(meta_title or first_heading, pages=_page_spans(out, len(pages)))


def _page_spans(out: TextBuilder, count: int) -> tuple[tuple[int, int], ...]:
    """(start, end) in the text of what each page holds; an empty page is an empty span where
    the next one starts."""
    spans: list[tuple[int, int] | None] = [None] * count
    for b in out.blocks:
        if b.page is not None:
            old = spans[b.page - 1]
            spans[b.page - 1] = (b.start, b.end) if old is None else (old[0], b.end)
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
        self.header: list[str] = []

    def start(self, page: int, line: str) -> None:
        """Add a line; the first one sets the page the paragraph is cited by."""
        if not self.lines:
            self.page = page
        self.lines.append(line)

    def flush(self) -> None:
        if self.kind == "row":
            self.out.add("row", table_row(self.header, self.lines), page=self.page)
        elif self.lines:
            self.out.add(self.kind, _join(self.lines), depth=self.depth, page=self.page)
        self.kind, self.depth, self.lines = "paragraph", 0, []


def _heading(line: _Line, larger: list[float], body: float) -> bool:
    size = round(line.size, 1)
    return size in larger or (line.bold and size >= body and len(line.text.split()) <= 12)


def _join(lines: list[str]) -> str:
    """A paragraph's lines as one, mending words hyphenated across a line break."""
    text = lines[0]
    for line in lines[1:]:
        if re.search(r"[a-z]-$", text) and line[:1].islower():
            text = text[:-1] + line
        else:
            text = text + " " + line
    return text
