"""Word documents (.docx) with python-docx, reading the XML where python-docx stops.

What is read is what Word shows: tracked insertions are text and tracked deletions are not;
content controls (a template's fields and boxes, block or inline) are read where they stand,
except a table of contents (a TOC field's entries, a contents content control, paragraphs in
Word's "TOC" styles, lines typed with a leader to a page number: see `docx_contents`), which is
navigation; a text box is read once, after the paragraph it is anchored in (Word also stores a
VML copy of it for old readers, which is skipped).

Paragraphs styled "Heading 1".."Heading 9" make the heading path (a "Title" paragraph is the
title line, level 0), and so do paragraphs of a style based on one or with an outline level
(Word's own mark of a heading, whatever the style is called in the writer's language). People
also make headings by hand: a short paragraph set wholly in bold or clearly larger than the body
text, with no closing punctuation, standing alone before body text, is a heading below the last
styled one; larger such headings rank above smaller ones. List paragraphs (a "List ..." style or
Word numbering) are items with their level, and so are paragraphs that start with a typed bullet
or number ("• ", "1. "), quoted without it. A paragraph Word numbers (by its own numbering or
its style's: a heading, a clause, a list's item) is read with the number Word draws before it
("2.1", "(a)"), which the text does not hold (see `docx_numbering`). Section numbers typed by
hand ("1. INTRODUCTION", "1.1 Scope", "2.1.1 Hospital rotations") make headings, their level the
number's depth and their number kept, where they stand alone before body text in a document that
numbers more than one section so; numbered lines that follow each other ("1." then "2."), set
alike, are a list's items, however short the last. A table is a data table read row by row
(with its header row when it has one, or as "Label: value" pairs) or a table laying out the
page, read as the blocks in its cells (see `docx_tables`). Footnotes and endnotes are read as paragraphs right after the paragraph (or table)
that refers to them, without their reference mark. A text box is an aside: its lines make no
heading, and a title set as a heading on its first line labels only the box's own lines (see
`_aside`). A Word file that is something else saved as Word is read as what it was: a plain-text
file (every line a paragraph of "Preformatted Text" or "Plain Text") by the plain-text reader, and a
PDF converted to Word (each printed line a paragraph) with its lines joined again (see
`_unwrapped`). A paragraph in a code style (pandoc's "Source Code") is code, not prose. The title is
the document's "Title" paragraph (its core property only where that writes the same title out in
full), else its core property, else its first heading; a core title a tool or a template left there
(a new file's default name, "Document1"; one sharing no word with the text or with the document's
one top heading) loses to the heading it opens with.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field, replace

from bot.ingest.readers import docx_contents
from bot.ingest.readers import docx_tables as tables
from bot.ingest.readers import meta_title
from bot.ingest.readers import text as text_reader
from bot.ingest.readers import docx_xml as word
from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.docx_styles import Styles
from bot.ingest.readers.docx_xml import W as _W
from bot.ingest.readers.pdf_lines import join_wrapped

_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_MANUAL_HEADING_WORDS = 12  # a bold paragraph longer than this is emphasis, not a heading
_PROSE_WORDS = 6  # a heading-styled paragraph of more words than this ending in "." is a sentence
_LIST_LEVEL = re.compile(r"^list\b.*?(\d)?$", re.I)
# a bullet or number typed at the start of a paragraph instead of Word's list numbering
_TYPED_BULLET = re.compile(r"^[•◦▪●‣*\-–]\s+(?=\S)")
_TYPED_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
# section numbering typed at the start of a heading: "1. ", "2) ", "1.1 ", "2.1.1. "
_SECTION_NUMBER = re.compile(r"^(?:(\d{1,2})[.)]|(\d{1,2}(?:\.\d{1,2}){1,3})\.?)\s+(?=\S)")
# the paragraph styles of code: pandoc's ("Source Code"), and HTML's preformatted text
_CODE_STYLES = frozenset({"source code", "code", "html code"})
# the styles a word processor sets a plain-text file's lines in (see `_typed_text`)
_TYPED_STYLES = frozenset({"preformatted text", "plain text", "html preformatted"})
_WRAPPED_LINES = 5  # lines broken mid-sentence that show a PDF converted to Word (`_unwrapped`)
_RUNNING_PAGES, _RUNNING_WORDS = 3, 10  # a running head: a short line on this many pages
# words that leave a phrase open at a line's end ("We pay for the" over "BSMI ...")
_JOINING_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for",
                            "with", "by", "from", "&", "our", "your", "their", "its", "is",
                            "are", "was", "be", "as", "than", "that", "which", "who"})
_LARGER = 1.15  # text this much larger than the body text is set as a heading (16pt vs 11pt)
_SAME_TIER = 1.2  # heading sizes closer than this are one level (14pt and 16pt, not 20pt)


@dataclass
class _Para:
    para: object  # docx.text.paragraph.Paragraph
    text: str
    style: object  # its paragraph style (docx.styles.style.ParagraphStyle)
    name: str  # the style's name
    styled: int = 0  # its heading level by its style or outline level (see _styled_level)
    size: float | None = None  # the smallest font size of its text, in points
    bold: bool = False  # every run of its text is bold
    manual: int = 0  # a heading by its formatting: its size tier, 1 (largest) and down
    numbered: int = 0  # a heading by its typed section number: the number's depth (1.1: 2)
    notes: list = field(default_factory=list)  # the footnotes and endnotes it refers to
    box: object = None  # the text box (w:txbxContent) it is in, None in the body or a cell
    titles_box: bool = False  # it is the title of its text box (see _mark_box_titles)


def read(data: bytes) -> Extracted:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        core_title = clean(document.core_properties.title or "")
        styles = Styles(document)
        notes = word.notes(document)
        blocks = list(_items(document.element.body, document, styles))
        typed = _typed_text(blocks)
        if typed is not None:  # a plain-text file in Word: read as the text it is
            read_text = text_reader.read(typed.encode("utf-8"))
            return replace(read_text, title=read_text.title or core_title)
        contents = _contents(blocks, styles, word.contents_paragraphs(document.element.body))
        blocks = [b for b in blocks if not (isinstance(b, _Para) and b.para._p in contents)]
        blocks = _unwrapped(blocks)
        paras = [b for b in blocks if isinstance(b, _Para) and b.text.strip()]
        _mark_numbered_headings(paras)
        _mark_manual_headings(paras)
        _mark_box_titles(paras)
        out = _Builder()
        title_para = ""
        for block in blocks:
            if out.box is not None and getattr(block, "box", None) is not out.box:
                out.new_group()  # what follows a titled box is none of its lines
                out.box = None
            if isinstance(block, _Para):
                title_para = _paragraph(out, block) or title_para
            else:
                out.new_group()
                for kind, text, label in tables.rows_text(block):
                    out.add(kind, text, label=label)
            for ref in block.notes:  # a note's text follows the text that refers to it
                for line in notes.get(ref, ()):
                    out.add("paragraph", line)
    except Unreadable:
        raise
    except Exception as exc:  # a damaged zip, a missing part, malformed XML
        raise Unreadable(f"damaged Word document ({type(exc).__name__}: {str(exc)[:80]})") from None
    return out.build(_title(out, core_title, title_para))


class _Builder(TextBuilder):
    styled = 0  # the level of the last heading given by its style
    box = None  # the text box whose title was read last, while its lines are read


def _unwrapped(blocks: list) -> list:
    """The document's paragraphs with a PDF's printed lines joined up again, when it is a PDF
    converted to Word (Acrobat's "Export PDF to Word" and the online converters set each line
    of the page as a paragraph, or as a line of one, a word hyphenated at the line's end left
    split: "... close on 16 No-" over "vember 2026."). It is one when at least
    `_WRAPPED_LINES` of its lines stop mid-sentence with the next line going on (in lower case,
    after a word hyphenated at the line's end, or indented by a tab); then a line that stops
    short of a sentence's end goes on in the next line of the same style and size (a bullet's
    lines, indented by a tab, in its item), and a hyphen between letters at the line's end
    joins the word. Other documents are as written."""
    lines = [b for b in blocks if isinstance(b, _Para) and b.text.strip() and not b.styled]
    broken = sum(1 for a, b in _line_pairs(lines) if _goes_on(a, b))
    if broken < _WRAPPED_LINES:
        return blocks
    # what the converter kept of each page's running head and foot: a short line printed on
    # three pages or more, and the page's number alone
    seen = Counter(clean(p.text) for p in lines)
    running = {text for text, n in seen.items()
               if n >= _RUNNING_PAGES and len(text.split()) <= _RUNNING_WORDS or text.isdigit()}
    out: list = []
    for block in blocks:
        if isinstance(block, _Para):
            if not block.styled and clean(block.text) in running:
                continue
            block.text = _joined(block.text.split("\n"))
            last = out[-1] if out else None
            if isinstance(last, _Para) and block.text.strip() and not block.styled \
                    and not last.styled and last.text.strip() and last.name == block.name \
                    and last.size == block.size and last.box is block.box \
                    and _goes_on(last.text, block.text, converted=True):
                last.text = _joined([last.text, block.text])
                last.notes += block.notes
                continue
        out.append(block)
    return out


def _line_pairs(lines: list[_Para]):
    """Each two lines that follow each other: inside a paragraph (its line breaks), and the
    last of a paragraph with the first of the next in the same style."""
    for p, nxt in zip(lines, [*lines[1:], None]):
        parts = p.text.split("\n")
        yield from zip(parts, parts[1:])
        if nxt is not None and nxt.name == p.name:
            yield parts[-1], nxt.text.split("\n")[0]


def _goes_on(line: str, nxt: str, converted: bool = False) -> bool:
    """The line stops short of a sentence's end and the next line carries on with it: in lower
    case, or after a word hyphenated at the line's end, or as a bullet's next line (a tab); in
    a document known to be converted, also with a figure ("close on" over "10 January"), or
    after a line ending mid-phrase (a joining word or "&"). Not a line of cells set apart by
    tabs (a timeline's dates and events)."""
    end, start = line.rstrip(), nxt.lstrip("\t ")
    if not end or not start or _TYPED_BULLET.match(start) or end[-1] in ".!?:;" \
            or "\t" in _TYPED_BULLET.sub("", end.lstrip("\t ")) or "\t" in start:
        return False
    if start[0].islower() or re.search(r"[a-z]-$", end) or nxt.startswith("\t"):
        return True
    return converted and (start[0].isdigit() or start[0] == "("
                          or end.split()[-1].lower() in _JOINING_WORDS)


def _joined(lines: list[str]) -> str:
    """Lines of one paragraph as one: a tab that indents a bullet's next line goes, and a word
    hyphenated at a line's end is mended (see `pdf_lines.join_wrapped`)."""
    out = lines[0]
    for nxt in lines[1:]:
        if _goes_on(out, nxt, converted=True):
            out = join_wrapped([out, nxt.strip()])
        else:
            out = f"{out}\n{nxt}"
    return out


def _typed_text(blocks: list) -> str | None:
    """The text of a plain-text file opened in a word processor and saved as Word (LibreOffice
    sets every line as a paragraph of "Preformatted Text", Word's own is "Plain Text"): the
    lines as typed, their wrapping, underlines and spacing the only structure it has, read by
    the plain-text reader. None for any other document (one with a table, or with a paragraph
    in another style)."""
    paras = [b for b in blocks if isinstance(b, _Para)]
    if not paras or len(paras) != len(blocks) or any(
            p.text.strip() and p.name.lower() not in _TYPED_STYLES for p in paras):
        return None
    return "\n".join(p.text for p in paras)


def _contents(blocks: list, styles: Styles, fields: set) -> set:
    """The paragraph elements of the document's table of contents (see `docx_contents`)."""
    lines = [(b.para._p, b.text, b.style) if isinstance(b, _Para) else (None, "", None)
             for b in blocks if not isinstance(b, _Para) or b.text.strip()]
    return docx_contents.typed_entries(lines, styles.chain) | {
        b.para._p for b in blocks if isinstance(b, _Para)
        and docx_contents.in_styled_contents(b.para._p, b.name, fields)}


def _items(container, document, styles: Styles):
    """The paragraphs (`_Para`) and data tables (`tables.Grid`) of a body or cell in reading
    order; a table that lays out the page is read as the blocks of its cells, in order."""
    for element in word.reading_order(container):
        if element.tag == f"{_W}p":
            yield _describe(element, document, styles)
            continue
        grid = _grid(element, document, styles)
        cells = [cell for row in word.children(element, "tr") for cell in word.children(row, "tc")
                 if not word.continued(cell)]
        if tables.is_layout(grid):
            for cell in cells:
                yield from _items(cell, document, styles)
        else:
            yield grid
            for cell in cells:  # a table inside a cell of a data table, after the table
                yield from (item for item in _items(cell, document, styles)
                            if not isinstance(item, _Para))


def _grid(tbl, document, styles: Styles) -> tables.Grid:
    """A table's cells as `docx_tables` judges them; a cell spanning columns is in each, and
    a cell merged down from the one above repeats its text."""
    rows, marked, notes, above = [], 0, [], {}
    for tr in word.children(tbl, "tr"):
        header = tr.find(f"{_W}trPr/{_W}tblHeader")
        if header is not None and header.get(f"{_W}val") not in ("0", "false", "off") \
                and marked == len(rows):
            marked += 1
        row: list[tables.Cell] = []
        for tc in word.children(tr, "tc"):
            span = tc.find(f"{_W}tcPr/{_W}gridSpan")
            width = int(span.get(f"{_W}val")) if span is not None and (
                span.get(f"{_W}val") or "").isdigit() else 1
            if word.continued(tc) and len(row) in above:
                cell = above[len(row)]
            else:
                cell = _cell(tc, document, styles, notes)
            for _ in range(max(1, min(width, 60))):
                above[len(row)] = cell
                row.append(cell)
        rows.append(row)
    return tables.Grid(rows, marked=marked, styled_head=_styled_head(tbl, styles), notes=notes)


def _cell(tc, document, styles: Styles, notes: list) -> tables.Cell:
    paras, nested = [], False
    for element in word.reading_order(tc):
        if element.tag == f"{_W}p":
            para = _describe(element, document, styles)
            notes.extend(para.notes)
            if para.text.strip():
                paras.append(para)
        else:
            nested = True
    return tables.Cell(
        clean(" ".join(p.text for p in paras)), paragraphs=len(paras),
        bold=bool(paras) and all(p.bold for p in paras),
        blocks=nested or any(p.styled or _list_level(p.para, p.name) is not None
                             for p in paras))


def _styled_head(tbl, styles: Styles) -> bool:
    """The table's style formats its first row apart (as a header) and the table keeps
    Word's "Header Row" option on."""
    look = tbl.find(f"{_W}tblPr/{_W}tblLook")
    if look is None:
        return False
    value = look.get(f"{_W}firstRow")
    on = value in ("1", "true", "on") if value is not None else \
        bool(int(look.get(f"{_W}val") or "0", 16) & 0x20)
    named = tbl.find(f"{_W}tblPr/{_W}tblStyle")
    style = styles.by_id.get(named.get(f"{_W}val")) if named is not None else None
    return on and any(s.element.find(f"{_W}tblStylePr[@{_W}type='firstRow']") is not None
                      for s in styles.chain(style))


def _describe(element, document, styles: Styles):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if element.tag == f"{_W}tbl":
        return Table(element, document)
    para = Paragraph(element, document)
    style = styles.of_paragraph(element)
    runs = [(r, r.text) for r in word.runs(element)]
    text = "".join(said for _, said in runs)
    number = styles.number(element, style)
    if number and text.strip():  # "2.1 Rotations": the number Word draws is what is read
        text = f"{number} {text.lstrip()}"
    shown = [r for r, said in runs if said.strip()]
    sizes = [styles.size_of(r, style) for r in shown]
    notes = [(word.NOTE_REFERENCES[child.tag], child.get(f"{_W}id"))
             for r, _ in runs for child in r if child.tag in word.NOTE_REFERENCES]
    return _Para(para, text, style, (style.name if style is not None else "") or "",
                 styled=0 if _prose(text) else _styled_level(element, style, styles),
                 size=min(sizes) if sizes else None,
                 bold=bool(shown) and all(styles.bold(r, style) for r in shown), notes=notes,
                 box=word.text_box_of(element))


def _prose(text: str) -> bool:
    """A sentence, not a title: a full stop ends it, after more words than a title has. A
    handbook's or contract's clauses are often set in a numbered heading style ("Heading 2",
    numbered 2.1, 2.2 ...) so that Word numbers them; they are still what the document says, not
    its outline. (A question is a heading often enough: "Do I need a degree?")"""
    text = clean(text)
    return text.endswith(".") and len(text.split()) > _PROSE_WORDS


def _body_size(paras: list[_Para]) -> float | None:
    """The size most of the text is set in."""
    weight: dict[float, int] = {}
    for p in paras:
        if p.size is not None:
            weight[p.size] = weight.get(p.size, 0) + len(p.text)
    return max(weight, key=weight.get) if weight else None


def _mark_manual_headings(paras: list[_Para]) -> None:
    """Set `manual` on the paragraphs that are headings by their formatting alone (see module
    docs). A heading stands alone before body text: the last paragraph, or one of a column of
    lines set alike (a bold address block), is not one."""
    body = _body_size(paras)
    large = [p.size if p.size and body and p.size >= body * _LARGER else None for p in paras]
    looks = [_heading_shape(p) and (p.bold or large[i] is not None) for i, p in enumerate(paras)]
    keys = [(large[i], p.bold) if looks[i] else None for i, p in enumerate(paras)]
    chosen = [i for i in range(len(paras) - 1) if keys[i] is not None
              and keys[i + 1] != keys[i] and (i == 0 or keys[i - 1] != keys[i])]
    tiers: list[float] = []  # the largest size of each tier, largest first
    for size in sorted({large[i] for i in chosen if large[i] is not None}, reverse=True):
        if not tiers or tiers[-1] / size >= _SAME_TIER:
            tiers.append(size)
    for i in chosen:
        size = large[i]
        paras[i].manual = (len(tiers) + 1 if size is None
                           else sum(1 for top in tiers if top >= size))


def _heading_shape(p: _Para) -> bool:
    """Short, not a list or a styled heading, ending no sentence, not opening with a bullet."""
    text = clean(p.text)
    return bool(text) and len(text.split()) <= _MANUAL_HEADING_WORDS \
        and text[-1] not in ".,;:!?" and not _TYPED_BULLET.match(text) \
        and p.name.lower() != "title" and not p.styled and not p.numbered \
        and _list_level(p.para, p.name) is None


def _section_number(p: _Para) -> tuple[int, ...] | None:
    """The section number a heading-shaped line is typed with ("2.1 Rotations": (2, 1))."""
    text = clean(p.text)
    match = _SECTION_NUMBER.match(text)
    if not match or not _heading_shape(p):
        return None
    rest = text[match.end():]
    if not rest[:1].isupper():  # "3.5 hours a week" is a figure, not a section
        return None
    return tuple(int(n) for n in (match.group(1) or match.group(2)).split("."))


def _typed_number(p: _Para) -> tuple[int, ...] | None:
    """The number a line is typed with ("2.1 Rotations": (2, 1); "3. A written test": (3,)),
    whatever its shape; None for a styled heading or a line Word numbers."""
    match = _SECTION_NUMBER.match(clean(p.text))
    if not match or p.styled or _list_level(p.para, p.name) is not None:
        return None
    return tuple(int(n) for n in (match.group(1) or match.group(2)).split("."))


def _set_alike(a: _Para, b: _Para) -> bool:
    """Whether two lines are set alike: the same indent and weight."""
    fa, fb = a.para.paragraph_format, b.para.paragraph_format
    return fa.left_indent == fb.left_indent and a.bold == b.bold


def _mark_numbered_headings(paras: list[_Para]) -> None:
    """Set `numbered` on the lines that are headings by their typed section number: lines
    numbered as sections ("1. INTRODUCTION", "1.1 Scope") that stand alone, in a document with
    more than one such line. Numbered lines that follow each other, "1." then "2.", are a
    list's items instead (see `_paragraph`)."""
    numbers = [_section_number(p) for p in paras]
    # every line typed with a number, heading-shaped or not: a list's last item may be short
    # enough to look like a heading ("3. A 60-minute professional discussion" after two longer
    # items); set alike (indent, weight), the next number is the list's next item
    typed = [_typed_number(p) for p in paras]
    listed: set[int] = set()
    for i, (a, b) in enumerate(zip(typed, typed[1:])):
        if a and b and len(a) == len(b) and a[:-1] == b[:-1] and b[-1] == a[-1] + 1 \
                and _set_alike(paras[i], paras[i + 1]):
            listed.update((i, i + 1))
    alone = [i for i, number in enumerate(numbers) if number and i not in listed]
    if len(alone) >= 2:  # the document numbers its sections
        for i in alone:
            paras[i].numbered = len(numbers[i])


def _mark_box_titles(paras: list[_Para]) -> None:
    """Set `titles_box` on a text box's first line when it is set as a heading (by its style,
    its number or by hand, as in the body) and more lines follow it in the box."""
    first: dict = {}
    more: set = set()
    for p in paras:
        if p.box is not None and first.setdefault(p.box, p) is not p:
            more.add(p.box)
    for box, p in first.items():
        p.titles_box = box in more and bool(p.styled or p.numbered or p.manual
                                            or p.name.lower() == "title")


def _aside(out: _Builder, p: _Para) -> None:
    """A line of a text box. A box is an aside floating beside the text, so it opens and
    closes no section: its title is an item and its other lines are items below it, as an
    admonition's are in markdown, so that the title labels the box's lines and nothing
    after the box. An untitled box's lines are paragraphs (list items stay items)."""
    level = _list_level(p.para, p.name)
    typed = _typed_marker(p.text) if level is None else None
    text = p.text.lstrip()[typed.end():] if typed else p.text
    if p.titles_box:
        out.new_group()
        out.box = p.box if out.add("item", text) else None
    elif out.box is not None and out.box is p.box:
        out.add("item", text, depth=1 + (level or 0))
    elif level is not None or typed:
        out.add("item", text, depth=level or 0)
    else:
        for line in text.split("\n"):
            out.add("paragraph", line)


def _typed_marker(text: str):
    """The bullet or number typed at the start of a paragraph ("• ", "1. "), if any."""
    return _TYPED_BULLET.match(text.lstrip()) or _TYPED_NUMBER.match(text.lstrip())


def _paragraph(out: _Builder, p: _Para) -> str:
    """Add one paragraph; returns its text when it is styled as the document's title."""
    para, style, text = p.para, p.name, p.text
    if p.box is not None:
        _aside(out, p)
        return ""
    if style.lower() == "title":
        out.add("heading", text, level=0)  # the title line: shown, never a section
        return clean(text)
    if style.lower() == "subtitle":  # the title's second line, set large: no section either
        out.add("paragraph", text)
        return ""
    if style.lower() in _CODE_STYLES:  # code, as in markdown: shown, not prose to quote
        out.add("code", text, raw=True)
        return ""
    heading = p.styled
    if heading:
        if out.add("heading", text, level=heading):
            out.styled = heading
        return ""
    if p.numbered:  # its number stays: "2.1 Rotations" is what the reader sees and refers to
        out.add("heading", text, level=min(out.styled + p.numbered, 9))
        return ""
    level = _list_level(para, style)
    typed = _typed_marker(text)
    if level is not None:  # a bullet typed in a list paragraph too is the marker, not words
        bullet = _TYPED_BULLET.match(text.lstrip())
        out.add("item", text.lstrip()[bullet.end():] if bullet else text, depth=level)
    elif p.manual:
        out.add("heading", text, level=min(out.styled + p.manual, 9))
    elif typed:
        out.add("item", text.lstrip()[typed.end():], depth=0)
    else:  # a manual line break (Shift+Enter) ends a line, as <br> does on a web page
        for line in text.split("\n"):
            out.add("paragraph", line)
    return ""


def _styled_level(element, style, styles: Styles) -> int:
    """1-9 for a heading by its style, its style's ancestry or an outline level; else 0."""
    own = _outline(element.pPr)
    if own is not None:
        return own
    for style in styles.chain(style):
        named = _HEADING.match(style.name or "")
        if named:
            return int(named.group(1))
        level = _outline(style.element.pPr)
        if level is not None:
            return level
    return 0


def _outline(ppr) -> int | None:
    found = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    value = found.get(f"{_W}val") if found is not None else None
    # 0-8 are the outline's levels; 9 is Word's "body text"
    return int(value) + 1 if value is not None and value.isdigit() and int(value) < 9 else None


def _list_level(para, style: str) -> int | None:
    """The nesting level of a list paragraph (0 = top), None for any other paragraph."""
    ppr = para._p.pPr
    numbering = ppr.numPr if ppr is not None else None
    if numbering is not None and numbering.numId is not None:
        ilvl = numbering.ilvl
        return int(ilvl.val) if ilvl is not None else 0
    match = _LIST_LEVEL.match(style)
    if match and style.lower() != "list paragraph":
        return int(match.group(1)) - 1 if match.group(1) else 0
    return 0 if style.lower() == "list paragraph" else None


def _title(out: _Builder, core_title: str, title_para: str) -> str:
    """The document's "Title" paragraph, the title its reader sees: a core title may be one a
    template or an older copy left there ("Handbook Template v3"), and stays only when it holds
    every word of that line, the same title written out in full ("Data Steward Handbook" over
    "Data Steward"). With no such line, the core title, unless a tool or a template left it
    (see `meta_title`: a new file's default name, "Document1"; a title sharing no word with the
    text, or with the one top heading the document opens with): then that heading."""
    if title_para:
        return meta_title.with_title_line(core_title, title_para)
    text = "".join(out.parts)
    headings = [b for b in out.blocks if b.kind == "heading"]
    first = text[headings[0].start:headings[0].end] if headings else ""
    opening = out.blocks[0] if out.blocks else None
    opens = text[opening.start:opening.end] if opening and opening.kind == "heading" else ""
    sole = opens and not any(h.level <= opening.level for h in headings if h is not opening)
    if core_title and (meta_title.by_a_tool(core_title)
                       or (opens and meta_title.foreign(core_title, text))
                       or (sole and not meta_title.words(core_title) & meta_title.words(opens))):
        return opens  # "" when there is none: the file's name is the last resort
    return core_title or first
