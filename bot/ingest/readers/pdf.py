"""PDF with pypdf: text page by page, with headings and list items recovered from the layout.

pypdf reports each run of text with its font, size and position (and, from the font's glyph
widths, where it ends); a page's lines are read by their place on it, top to bottom and column
by column (pdf_order.py), not in the order they are drawn. Lines printed larger than the body
text, or short lines at its size set apart from it (wholly bold, or standing alone in another
face: small capitals, another font), are headings (pdf_headings.py), and one heading a block
set across the page after text set in columns is no part of the last column's section; a
line starting with a bullet (or a glyph its font maps to no letter) or a number, or after a
bullet drawn as a shape (pdf_marks.py), starts a list item, and a vertical gap wider than the
usual line spacing, a first line indented under a finished sentence, or a line whose first word
would have fitted on the line above (a line break typed by hand), ends a paragraph. A line
joining a label to its value by a dot leader is an entry "label:
value"; the short lines of a shaded box (a sidebar's facts) are set apart from the text and
listed as items. A footnote marker (a figure set small and raised, by its place or by a text
rise: pdf_lines.Placement) is no text; after a unit it is the unit's power ("m²"). Tables
(pdf_tables.py) are "a | b | c" lines or cells drawn in columns (the cells of a row printed on
a shaded ground, each drawn on its own, are one row: pdf_marks.boxed_rows), and a table drawn
with cell borders is read by its rules (pdf_ruled.py); each row is quoted with its header, a
cell wrapped onto more lines whole, and a table that runs to a page's foot goes on atop the
next. Every block carries the page it starts on and where it runs on to the next. Page furniture
(pdf_furniture.py: running heads and footers, page numbers, line numbers in a margin, contents
entries, a form's blank fields) is left out whatever it holds; a paragraph's number drawn apart
from its text joins the line it numbers (pdf_order.hanging); and footnotes are read after the
paragraph the page ends in, so a paragraph cut by a page break is joined again (so is one cut at
a column's foot): one that the page ends without a sentence's end goes on in the next page's
first body line when that starts in lower case, or when the cut line ends in a mark or a word no
sentence ends on ("the"), unless that line is a caption ("Table 2: ..."), a float set atop the
page. Of a web page a browser printed, the site's banner, menu and breadcrumb above the page's
title and its copyright line after the text are left out too (pdf_webpage.py). The
title is the metadata title unless that names a file ("Microsoft Word - Guide_v7.docx"), is a
tool's default or shares no word with the text ("PowerPoint Presentation"), else the largest
heading. A PDF locked only against editing (an owner password) is read; one that needs a
password to open, one without a text layer (a scan) and a damaged or truncated file are refused
with a reason instead of being indexed half-read.
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import replace

from bot.ingest.readers import meta_title
from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.base import table_row
from bot.ingest.readers.pdf_furniture import (blanks, contents, footnotes, line_numbers, running,
                                              spilled)
from bot.ingest.readers.pdf_headings import headings, spanning
from bot.ingest.readers.pdf_lines import Line as _Line
from bot.ingest.readers.pdf_lines import Placement, join_wrapped
from bot.ingest.readers.pdf_marks import Shapes, box, boxed_rows, mark
from bot.ingest.readers.pdf_order import drop_caps, hanging, reading_order, turns
from bot.ingest.readers.pdf_ruled import Rules, parted, ruled
from bot.ingest.readers.pdf_tables import centred_rows, BULLET, tables
from bot.ingest.readers.pdf_webpage import printed, site_chrome, title_parts

_SENTENCE_END = re.compile(r"[.!?:;)\]\"”’]$")
# words no sentence ends on: a paragraph whose last line at the page's foot ends on one ("...
# because of container haulage from the port. The") goes on atop the next page, capital or not
# a table's or a figure's caption ("Table 2: Median pay by region"): a float set atop a page,
# which no paragraph goes on in
_CAPTION = re.compile(r"[A-Z][a-z]+\.? \d{1,3}(?:\.\d{1,3})*[a-z]?[.:]\s")
_GOES_ON = frozenset({"a", "an", "the", "of", "to", "in", "into", "for", "and", "or", "but",
                      "with", "from", "by", "on", "at", "as", "than", "that", "which", "whose",
                      "per", "via"})
# lines that read as sentences, not as a title: ending in a full stop or an exclamation (a
# question is a title often enough), or opening with a quotation mark
_QUOTED = re.compile(r"^[“\"‘']|[.!][”\"’']?$")
# a font cut in small capitals: "MinionPro-RegularSC", "Garamond-SC", "Caslon-SmallCaps", TeX's
# caps-and-small-caps "CMCSC10"
_SMALL_CAPS = re.compile(r"(?i:small-?caps)|SC\d*$|[-_]SC\b|CSC\d")
_NOTE_MARK = re.compile(r"\d{1,3}|[*†‡§¶]{1,2}")
# a footnote mark typed as a superscript figure ("(DMZAA)¹,") after a word or a bracket, not a
# unit's power ("m²", "km²": after a letter or two)
_SUPERSCRIPT_MARK = re.compile(
    r"(?:(?<=[^\W\d_]{3})|(?<=[)\]\"”’'.,;:]))[¹²³⁰⁴-⁹]{1,3}(?=[\s.,;:)\]]|$)")
# a raised figure after a word of a letter or two is a unit's power ("40 m²", "3 km²"), not a
# footnote mark; it is read as a superscript figure
_UNIT = re.compile(r"(?<![^\W\d_])[^\W\d_]{1,2}$")
_SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_CELL_GAP = 0.7  # ems: a gap wider than this between runs sets cells apart (see _add_piece)
_GLYPH_EM = 0.6  # a generous average glyph width, in ems, to tell a cell gap from a word space


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
        meta_title, creator = _metadata(reader)
    except Unreadable:
        raise
    except Exception as exc:  # pypdf raises many kinds of error on a damaged file
        raise Unreadable(f"damaged PDF ({type(exc).__name__}: {str(exc)[:80]})") from None
    finally:
        quiet.level = level
    if not any(line.text.strip() for lines in pages for line in lines):
        raise Unreadable("no text layer (a scanned or image-only PDF); run OCR on it first")
    return _layout(pages, meta_title, creator)


def _metadata(reader) -> tuple[str, str]:
    """The title and the creator (the program that made the file) the metadata give."""
    try:
        meta = reader.metadata
        if meta is None:
            return "", ""
        return clean(str(meta.title or "")), clean(str(meta.creator or ""))
    except Exception:
        return "", ""


def _lines(page) -> list[_Line]:
    """The page's text lines, top to bottom, each with its position, size, weight and pieces.
    A footnote marker (a figure set smaller and raised above the line it follows or starts) is
    no text: it is left out, and a line it starts is marked as a note's first line."""
    runs: list[_Line] = []
    widths = _Widths()
    placement = Placement()

    def visit(text, cm, tm, font, size):
        if not text:
            return
        scale = abs(tm[3] * cm[3]) or 1.0
        x, y, rise = placement.place(cm, tm, text)
        name = str(font.get("/BaseFont", "")) if font else ""
        end = None
        for i, piece in enumerate(text.split("\n")):
            if i:
                runs.append(_Line("\n", x, y, 0, False))
                end = None
            piece = _SUPERSCRIPT_MARK.sub("", piece)  # a mark is no part of the word
            if piece:
                size_ = size * scale
                end = x + widths(font, piece, size_)
                runs.append(_Line(piece, x, y, size_, _bold(name), font=name.split("+")[-1],
                                  end=end, rise=rise))
        placement.ends(end)

    shapes, rules = Shapes(), Rules()

    def drawn(*operation):
        shapes(*operation)
        rules(*operation)
        placement(*operation)

    page.extract_text(visitor_text=visit, visitor_operand_before=drawn)
    across, down = rules.grid()
    runs = _markers(runs)
    lines: list[_Line] = []
    current: _Line | None = None
    # a drop cap (a paragraph's first letter set three lines high on the first line's baseline)
    # leaves its line body text: the line is the size of the rest of its letters. (Capitals of
    # two sizes, Word's small capitals, keep the larger: a heading style's.)
    letters: dict[int, list[tuple[float, int]]] = {}
    for run in runs:
        if run.text == "\n" or (current is not None and abs(run.y - current.y) > 1 and run.size):
            current = None
            if run.text == "\n":
                continue
        if current is None:
            current = replace(run, pieces=[], face=run.font)
            lines.append(current)
        else:
            # the line's type is its text's: blanks (a space pypdf puts between runs, in the
            # size last set) say nothing of it
            blank = not current.text.strip()
            current.text += run.text
            current.end = max(current.end, run.end)
            if blank and run.text.strip():
                current.size, current.bold, current.face = run.size, run.bold, run.font
            elif run.text.strip():
                current.bold = current.bold and run.bold
                current.size = max(current.size, run.size)
                if run.font != current.face:
                    current.face = ""
        if run.text.strip():
            letters.setdefault(id(current), []).append((run.size, len(run.text.strip())))
        _add_piece(current, run, down)
    lines = [ln for ln in lines if ln.text.strip()]
    for ln in lines:
        sized = letters.get(id(ln), [])
        if len(sized) > 1 and sized[0][1] == 1 and all(
                size < _DROP_CAP * sized[0][0] for size, _ in sized[1:]):
            ln.size = max(size for size, _ in sized[1:])
    lines = drop_caps(hanging(line_numbers(_glyph_bullets(lines))))
    box(lines, shapes.found)  # before their order: a box set across the page is no column's
    lines = reading_order(boxed_rows(lines))
    for line in lines:
        line.face = _face(line)
    mark(lines, shapes.found)
    ruled(lines, across, down)
    return lines


def _glyph_bullets(lines: list[_Line]) -> list[_Line]:
    """The lines without the bullets drawn as text objects of their own ("•" set apart, as
    slide and layout tools draw a list): each marks the line it stands before on its baseline,
    as a bullet drawn as a shape does (`mark`)."""
    out = []
    for ln in lines:
        if ln.text.strip() in _GLYPHS:
            item = next((other for other in lines if other is not ln
                         and abs(other.y - ln.y) <= 1 and other.text.strip() not in _GLYPHS
                         and ln.x < other.x <= ln.x + 3 * ln.size), None)
            if item is not None and item.mark is None:
                item.mark = ln.x
                continue
        out.append(ln)
    return out


_GLYPHS = {"•", "▪", "◦", "●", "–", "·", "*", "-", "■", "►", "▸", "o"}
_DROP_CAP = 0.5  # a first letter over twice the size of the rest of its line is a drop cap


def _face(line: _Line) -> str:
    """The line's typeface: its font's name, "" when its runs mix fonts, and "+caps" when it is
    set in small capitals (a font cut for them, or capitals of two sizes, as Word draws them)
    or in capitals: a heading style may be set so in the body's font and size."""
    letters = [c for c in line.text if c.isalpha()]
    if line.face and len(letters) >= 4 and (
            _SMALL_CAPS.search(line.face) or all(c.isupper() for c in letters)):
        return line.face + "+caps"
    return line.face


def _bold(name: str) -> bool:
    """A bold face by its name: "Arial-BoldMT", "MyriadPro-Semibold", TeX's "CMBX12"."""
    return bool(re.search(r"bold|black|heavy|semibold|demi|\bCMBX|CMBX\d", name, re.IGNORECASE))


class _Widths:
    """How wide a run of text is set, from its font's glyph widths (pypdf 6+ reads them, by
    character code: a ToUnicode map says which code a character is), else from a generous
    average glyph width."""

    def __init__(self) -> None:
        self.fonts: dict[int, tuple[dict[str, float], float] | None] = {}

    def __call__(self, font, text: str, size: float) -> float:
        if id(font) not in self.fonts:
            self.fonts[id(font)] = self._load(font)
        known = self.fonts[id(font)]
        if known is None:
            return len(text) * _GLYPH_EM * size
        widths, default = known
        return sum(widths.get(c, default) for c in text) * size / 1000

    @staticmethod
    def _load(font) -> tuple[dict[str, float], float] | None:
        try:
            from pypdf.generic._font import Font

            f = Font.from_font_resource(font)
        except Exception:
            return None
        codes = f.character_widths
        widths = {str(u): codes[c] for c, u in f.character_map.items()
                  if isinstance(u, str) and len(u) == 1 and c in codes}
        for c, w in codes.items():
            widths.setdefault(c, w)
        default = codes.get("default") or (sum(widths.values()) / len(widths) if widths else 0)
        return (widths, default) if default else None


def _markers(runs: list[_Line]) -> list[_Line]:
    """The runs without footnote markers: a figure or two (or "*", "†") set at most 85% of the
    size of the text it touches and raised within that text's height (a superscript), placed
    right after a run on its baseline or right before one. The text they split goes on as one
    line; a run a marker stood before at a line's start is marked as a note's first line."""
    out: list[_Line] = []
    note = False
    for i, run in enumerate(runs):
        if run.text == "\n" or not _NOTE_MARK.fullmatch(run.text.strip()):
            if run.text != "\n" and note:
                run.note, note = True, False
            out.append(run)
            continue
        before = next((r for r in reversed(out) if r.text != "\n"), None)
        after = next((r for r in runs[i + 1:] if r.text != "\n"), None)

        def raised(other: _Line | None, touching: bool) -> bool:
            return (other is not None and touching and run.size <= 0.85 * other.size
                    and 0 < run.y + run.rise - other.y - other.rise <= 0.6 * other.size)

        em = run.size / 0.85
        if raised(before, -em / 2 <= run.x - before.end <= em if before else False):
            # the text it split goes on on the same baseline: not a new line
            while out and out[-1].text == "\n":
                out.pop()
            if after is not None and abs(after.y - before.y) <= 1:
                j = i + 1
                while runs[j].text == "\n":
                    runs[j] = replace(runs[j], text="")
                    j += 1
            if _UNIT.search(before.text) and run.text.strip().isdigit():
                # a unit's power ("m²"), part of the text
                out.append(replace(run, text=run.text.strip().translate(_SUPERSCRIPTS)))
            continue
        if raised(after, 0 <= after.x - run.end <= em if after else False):
            note = True
            continue
        out.append(run)
    return [r for r in out if r.text]


def _add_piece(line: _Line, run: _Line, down: list[tuple[float, float, float]]) -> None:
    """A run starting well after where the line's last piece ends is a new piece (a cell); one
    that goes on where it ends (the next word, a word set in bold) is part of it. "Well after":
    wider than the widest word space of justified text (about two thirds of an em), narrower
    than the padding either side of a cell's border. A cell's border drawn between them (a
    vertical rule in `down`) parts them however close they stand."""
    if line.pieces and not run.text.strip():
        line.pieces[-1] = (line.pieces[-1][0], line.pieces[-1][1] + run.text)
        return
    if line.pieces:
        x, text = line.pieces[-1]
        if x <= run.x <= line.piece_end + _CELL_GAP * max(run.size, 1.0) and not parted(
                down, line.piece_end - 1, run.x, run.y):
            line.pieces[-1] = (x, text + run.text)
            line.piece_end = max(line.piece_end, run.end)
            return
    line.pieces.append((run.x, run.text))
    line.piece_end = run.end


def _layout(pages: list[list[_Line]], meta_title: str, creator: str) -> Extracted:
    web = printed(pages, creator)
    pages = running(pages)
    if web:
        pages = site_chrome(pages, meta_title)
    weights: dict[float, int] = {}
    for ln in (ln for lines in pages for ln in lines):
        weights[round(ln.size, 1)] = weights.get(round(ln.size, 1), 0) + len(ln.text)
    body = max(weights, key=weights.get)
    pages, notes = footnotes(pages, body)
    pages = spilled(blanks(contents(pages)), body)
    gaps = [a.y - b.y for lines in pages for a, b in zip(lines, lines[1:])
            if round(a.size, 1) == body == round(b.size, 1) and 0 < a.y - b.y]
    # the usual line spacing: paragraph gaps are the minority, so take a low quantile (before
    # the lines a table's wrapped cells go on in are taken into their rows)
    spacing = sorted(gaps)[len(gaps) // 4] if gaps else body * 1.2
    columns = None  # of a table running on over the page break
    for lines in pages:
        centred_rows(lines, spacing)
        columns = tables(lines, columns)
    every = [ln for lines in pages for ln in lines]
    larger = sorted({s for s in weights if s > body * 1.15}, reverse=True)[:3]
    left = min(ln.x for ln in every)
    heads = headings(pages, body, larger, spacing)
    spans = spanning(pages, heads)
    out = TextBuilder()
    para = _Pending(out)  # a table's header row stays valid across a page break
    for number, lines in enumerate(pages, 1):
        prev: _Line | None = None
        entries = _entries(lines, spans)
        turned = turns(lines)
        for i, ln in enumerate(lines):
            text = ln.text.strip()
            size = round(ln.size, 1)
            cells = ln.cells
            entry = entries.get(id(ln))  # a line of a box's list: an item, at this depth
            heading = id(ln) in heads and entry is None
            bullet = BULLET.match(text) or ln.mark is not None
            # a box's text is set apart from the text around it
            boxed = prev is not None and prev.box != ln.box
            # a paragraph's lines are set in one size: one clearly larger or smaller (by more
            # than the wavering of a scan's text layer, a tenth or so) starts a new block; the
            # spacing of a paragraph's lines grows with its type (a pull quote set large)
            gap = prev is not None and (
                prev.y - ln.y > spacing * 1.25 * max(1.0, ln.size / body) or prev.y < ln.y
                or abs(prev.size - ln.size) > 0.15 * body)
            # a heading wrapped onto a second line: as large, as close as wrapped lines, in
            # the same column
            title_goes_on = heading and para.kind == "heading" and prev is not None and (
                round(prev.size, 1) == size and 0 < prev.y - ln.y <= 1.5 * ln.size
                and abs(prev.x - ln.x) <= ln.size)
            # a paragraph or item cut by the page break goes on in a body line of the next page,
            # one cut at a column's foot in the next column's first line
            carried = para.lines and para.kind not in ("row", "heading") and not (
                heading or bullet or cells or entry is not None) and not (
                _SENTENCE_END.search(para.lines[-1])) and (id(ln) in turned or prev is None and (
                    abs(size - body) <= 0.15 * body) and (
                    text[:1].islower() or not para.lines[-1][-1:].isalnum()
                    or _last_word(para.lines[-1]) in _GOES_ON)) and not _CAPTION.match(text)
            wrapped = prev is not None and 0 < prev.y - ln.y <= spacing * 1.1
            indented = (prev is not None and para.kind == "paragraph"
                        and _indented(prev, ln, lines[i + 1] if i + 1 < len(lines) else None))
            broken = prev is not None and para.kind == "paragraph" and _broken(prev, ln)
            if cells:  # a table row; a header row names the columns of the rows below it
                para.flush()
                if ln.header:
                    out.new_group()
                    para.header = cells
                else:
                    para.kind, para.lines, para.page = "row", list(cells), number
            elif (para.kind == "row" and wrapped and abs(prev.size - ln.size) <= 0.1 * ln.size
                  and not (heading or bullet or boxed or entry is not None)):
                # a cell wrapped on, in its row's type (a note under the table is set smaller)
                para.lines[-1] = join_wrapped([para.lines[-1], text])
            else:
                outdented = para.kind == "item" and ln.x < para.x - 2  # back at the margin
                if (heading or bullet or entry is not None or boxed or gap or prev is None
                        or id(prev) in heads or para.kind == "row" or outdented or indented
                        or broken) and not (carried or title_goes_on):
                    para.flush()
                if para.kind == "row" or heading:
                    para.header = []
                if heading:
                    para.kind = "heading"
                    para.depth = heads[id(ln)]
                    para.start(number, text)
                elif bullet or entry is not None:
                    # a glyph or a number before the text, or a shape drawn there; or a line of
                    # a box's list
                    at = ln.x if ln.mark is None else ln.mark
                    depth = entry if entry is not None else 1 if at > left + 12 else 0
                    para.kind, para.depth, para.x = "item", depth, ln.x
                    para.start(number, text[bullet.end():] if bullet and ln.mark is None
                               else text)
                else:
                    para.start(number, text)
            prev = ln
        if not para.lines or para.kind in ("row", "heading") or _SENTENCE_END.search(
                para.lines[-1]):
            para.flush()  # else it may go on over the page break
        # the page's footnotes are read after the paragraph the page ends in, wherever it ends
        para.notes += [(number, note) for note in notes[number - 1]]
        if not para.lines:
            para.flush()
    para.flush(last=True)
    title = _title(meta_title, _title_heading(out, para.headings), "".join(out.parts))
    return out.build(title, pages=_page_spans(out, len(pages)))


def _entries(lines: list[_Line], titles: set[int]) -> dict[int, int]:
    """The lines of a box that lists entries, by id, with their depths: two or more lines
    printed on one box (a sidebar, a fact box: "Minimum age: 18", "Medical: Class 3"), none of
    them wrapped (the next line's first word would have fitted on each, in the box's width)
    and none a table's row. A first line set apart from the others (bold, or in another size)
    is their title: the others hang under it; a first line among `titles` (a block's heading)
    is no entry but the heading they are listed under."""
    out: dict[int, int] = {}
    i = 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[i].box is not None and lines[j].box == lines[i].box:
            j += 1
        run = lines[i:j]
        if len(run) >= 2 and not any(ln.cells for ln in run) and all(
                _fits(a, b, run) for a, b in zip(run, run[1:])):
            titled = len(run) > 2 and len({(ln.bold, round(ln.size, 1)) for ln in run[1:]}) == 1 \
                and (run[0].bold, round(run[0].size, 1)) != (run[1].bold, round(run[1].size, 1))
            if id(run[0]) in titles:  # a block's heading: its lines are listed under it
                out.update({id(ln): 0 for ln in run[1:]})
            else:
                out.update({id(ln): int(titled and k > 0) for k, ln in enumerate(run)})
        i = j
    return out


def _fits(line: _Line, after: _Line, run: list[_Line]) -> bool:
    """The first word of `after` would have fitted at the end of `line` in the box they are
    printed on (its right margin as wide as its left): `line` was ended by hand."""
    x0, _, x1, _ = line.box
    right = x1 - (min(ln.x for ln in run) - x0)
    text = after.text.strip()
    word = (after.end - after.x) * len(text.split()[0]) / max(len(text), 1)
    return not line.text.rstrip().endswith("-") and line.end + after.size / 4 + word <= right


def _indented(prev: _Line, line: _Line, after: _Line | None) -> bool:
    """A paragraph marked only by its first line's indent (LaTeX, most books): after a line
    that ends a sentence, a line in the same type starting half an em to four ems right of it,
    from where the line under it (if it runs on) goes back. A hanging indent (a reference's
    lines after its first) stays indented under it."""
    em = line.size
    if not (abs(prev.size - line.size) <= 0.1 * em and prev.x + em / 2 <= line.x <= prev.x + 4 * em
            and re.search(r"[.!?][\"”’)]?$", prev.text.strip())):
        return False
    runs_on = after is not None and 0 < line.y - after.y <= 1.5 * em and not after.cells
    return not runs_on or after.x < line.x - em / 2


def _broken(prev: _Line, line: _Line) -> bool:
    """The line under `prev` starts after a line break the author typed, not after a wrap: its
    first word would have fitted on `prev`, in the width `line` itself fills (a slide's
    subtitle over the speaker's name, an address's lines). A line wraps only where the next
    word does not fit; the leeway (an em and a sixth of the width) is for the estimates of
    where a line ends, which miss the extra word spacing of justified lines."""
    em, text = line.size, line.text.strip()
    if abs(prev.size - line.size) > 0.1 * em or not 0.8 * em <= prev.y - line.y or not text:
        return False
    width = line.end - line.x
    word = width * len(text.split()[0]) / len(text)
    return (prev.end - prev.x) + em / 4 + word + em < width * 5 / 6


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


def _title(meta: str, heading: str, text: str) -> str:
    """The metadata title, unless it names a file or a tool wrote it, or it shares no word with
    the text (a tool's default, "PowerPoint Presentation", or a template's title left in): then
    the largest heading. Of one like "Transport planner job profile | Careers Hub", as a browser
    prints a page, the part the heading is in."""
    if not meta or meta_title.by_a_tool(meta) or (heading and meta_title.foreign(meta, text)):
        return heading
    parts = title_parts(meta)
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
        self.notes: list[tuple[int, list[str]]] = []  # footnotes to read after this paragraph
        self.in_table = False  # the last block read was a table's row
        self.headings: list[tuple[int, str, int]] = []  # (level, text, block) in reading order

    def start(self, page: int, line: str) -> None:
        """Add a line; the first one sets the page the paragraph is cited by."""
        if not self.lines:
            self.page, self.pages = page, []
        self.lines.append(clean(line))
        self.pages.append(page)

    def flush(self, last: bool = False) -> None:
        """Add the pending paragraph, then the notes waiting for it; `last`: the document ends
        here, and notes waiting for a table's end are read too."""
        if self.kind == "row" or self.lines:
            self.in_table = self.kind == "row"
        if self.kind == "row":
            self.out.add("row", table_row(self.header, self.lines), page=self.page)
        elif self.kind == "heading":  # its level in `depth`
            text = " ".join(self.lines)
            if len(self.lines) > 1 and _QUOTED.search(text):  # a pull quote set large
                self.out.add("paragraph", text, page=self.page)
            elif self.out.add("heading", text, level=self.depth, page=self.page):
                self.headings.append((self.depth, self.out.parts[-1], len(self.out.blocks) - 1))
        elif self.lines:
            text, starts = _join(self.lines)
            turns = tuple(at for at, page, before in zip(starts, self.pages[1:], self.pages)
                          if page != before)
            self.out.add(self.kind, text, depth=self.depth, page=self.page, turns=turns)
        self.kind, self.depth, self.lines = "paragraph", 0, []
        if self.in_table and not last:
            return  # a table's notes are read after the table, not between two of its rows
        for page, note in self.notes:
            self.out.add("paragraph", _join([clean(line) for line in note])[0], page=page)
        self.notes = []


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


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].lower() if words else ""
