"""Word documents (.docx) with python-docx, reading the XML where python-docx stops.

What is read is what Word shows: tracked insertions are text and tracked deletions are not;
content controls (a template's fields and boxes, block or inline) are read where they stand,
except Word's generated table of contents (and paragraphs in its "TOC" styles), which is page
furniture; a text box is read once, after the paragraph it is anchored in (Word also stores a
VML copy of it for old readers, which is skipped).

Paragraphs styled "Heading 1".."Heading 9" make the heading path (a "Title" paragraph is the
title line, level 0), and so do paragraphs of a style based on one or with an outline level
(Word's own mark of a heading, whatever the style is called in the writer's language). People
also make headings by hand: a short paragraph set wholly in bold or clearly larger than the
body text, with no closing punctuation, standing alone before body text, is a heading below the
last styled one; larger such headings rank above smaller ones. List paragraphs (a "List ..."
style or Word numbering) are items with their level, and so are paragraphs that start with a
typed bullet or number ("• ", "1. "), quoted without it. Each table row is written out with the
table's header row, as for markdown and HTML. The title is the document's core property, else
its "Title" paragraph, else its first heading; a core title left over from a template (sharing
no word with the document's own title line) loses to that line.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from bot.ingest.readers.base import Extracted, TextBuilder, Unreadable, clean
from bot.ingest.readers.markdown import table_row

_HEADING = re.compile(r"^heading\s*(\d)$", re.I)
_TOC_STYLE = re.compile(r"^toc\s*(?:\d|heading)$", re.I)  # Word's "toc 1".."toc 9", "TOC Heading"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_MANUAL_HEADING_WORDS = 12  # a bold paragraph longer than this is emphasis, not a heading
_LIST_LEVEL = re.compile(r"^list\b.*?(\d)?$", re.I)
# a bullet or number typed at the start of a paragraph instead of Word's list numbering
_TYPED_BULLET = re.compile(r"^[•◦▪●‣*\-–]\s+(?=\S)")
_TYPED_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
_LARGER = 1.15  # text this much larger than the body text is set as a heading (16pt vs 11pt)
_SAME_TIER = 1.2  # heading sizes closer than this are one level (14pt and 16pt, not 20pt)
# elements that wrap a paragraph's displayed runs: tracked insertions and moves, links, fields,
# inline content controls; w:del and w:moveFrom (deleted text) are deliberately absent
_INLINE = {"ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt",
           "sdtContent", "dir", "bdo"}
# words too common to tell two titles apart ("Guide for nurses", "Notes for the team")
_COMMON = {"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "your", "how"}


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


def read(data: bytes) -> Extracted:
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        core_title = clean(document.core_properties.title or "")
        styles = _Styles(document)
        blocks = [_describe(el, document, styles) for el in _reading_order(document.element.body)]
        _mark_manual_headings([b for b in blocks if isinstance(b, _Para) and b.text.strip()])
        out = _Builder()
        title_para = ""
        for block in blocks:
            if isinstance(block, _Para):
                title_para = _paragraph(out, block) or title_para
            else:
                _table(out, block)
    except Unreadable:
        raise
    except Exception as exc:  # a damaged zip, a missing part, malformed XML
        raise Unreadable(f"damaged Word document ({type(exc).__name__}: {str(exc)[:80]})") from None
    return out.build(_title(out, core_title, title_para))


class _Builder(TextBuilder):
    styled = 0  # the level of the last heading given by its style


def _reading_order(container):
    """The paragraphs and tables of a body, table cell or content control as Word shows them:
    block content controls opened (not the table of contents), text boxes after their anchor."""
    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield child
            for box in _text_boxes(child):
                yield from _reading_order(box)
        elif tag == "tbl":
            yield child
        elif tag == "sdt" and not _table_of_contents(child):
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                yield from _reading_order(content)
        elif tag == "customXml":
            yield from _reading_order(child)


def _table_of_contents(sdt) -> bool:
    gallery = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{_W}val") or "").lower()


def _text_boxes(p) -> list:
    """The text boxes anchored in paragraph `p`, each once: the copy under mc:Fallback is the
    VML version of the box Word keeps for readers that do not know the modern one."""
    boxes = []
    for box in p.iter(f"{_W}txbxContent"):
        ancestors = list(box.iterancestors())
        owner = next(a for a in ancestors if a.tag == f"{_W}p")
        if owner is p and not any(a.tag == _FALLBACK for a in ancestors):
            boxes.append(box)
    return boxes


def _runs(element):
    """The runs Word displays in a paragraph, in order (see `_INLINE`); an inline content
    control still showing its placeholder prompt has no content yet."""
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "r":
            yield child
        elif tag in _INLINE and not (tag == "sdt" and child.find(
                f"{_W}sdtPr/{_W}showingPlcHdr") is not None):
            yield from _runs(child)


class _Styles:
    """The document's styles by id, and what they inherit, looked up once: python-docx
    searches every style on each lookup (8 s for a 3,000-paragraph document)."""

    def __init__(self, document) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        styles = document.styles
        self.by_id = {style.style_id: style for style in styles}
        self.paragraph_default = styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.run_default = styles.default(WD_STYLE_TYPE.CHARACTER)
        found = styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
        value = found.get(f"{_W}val") if found is not None else None
        self.size = int(value) / 2 if value and value.isdigit() else 10.0  # Word's own: 10pt
        self.memo: dict[tuple[str, str], object] = {}

    def of_paragraph(self, p):
        return self.by_id.get(p.style, self.paragraph_default) if p.style else \
            self.paragraph_default

    def of_run(self, r):
        name = r.rPr.style if r.rPr is not None else None
        return self.by_id.get(name, self.run_default) if name else self.run_default

    def chain(self, style):
        """`style` and the styles it is based on, nearest first."""
        seen = 0
        while style is not None and seen < 10:
            yield style
            based = style.element.basedOn_val
            style, seen = self.by_id.get(based) if based else None, seen + 1

    def inherited(self, style, attr: str):
        """A font property ("size", "bold") set on `style` or a style it is based on."""
        if style is None:
            return None
        key = (style.style_id, attr)
        if key not in self.memo:
            self.memo[key] = next((v for v in (getattr(s.font, attr) for s in self.chain(style))
                                   if v is not None), None)
        return self.memo[key]


def _describe(element, document, styles: _Styles):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    if element.tag == f"{_W}tbl":
        return Table(element, document)
    para = Paragraph(element, document)
    style = styles.of_paragraph(element)
    runs = [(r, r.text) for r in _runs(element)]
    text = "".join(said for _, said in runs)
    shown = [r for r, said in runs if said.strip()]
    sizes = [_size(r, style, styles) for r in shown]
    return _Para(para, text, style, (style.name if style is not None else "") or "",
                 styled=_styled_level(element, style, styles), size=min(sizes) if sizes else None,
                 bold=bool(shown) and all(_bold(r, style, styles) for r in shown))


def _size(r, style, styles: _Styles) -> float:
    size = (r.rPr.sz_val if r.rPr is not None else None) \
        or styles.inherited(styles.of_run(r), "size") or styles.inherited(style, "size")
    return size.pt if size is not None else styles.size


def _bold(r, style, styles: _Styles) -> bool:
    from docx.text.font import Font

    for value in (Font(r).bold,
                  styles.inherited(styles.of_run(r), "bold"), styles.inherited(style, "bold")):
        if value is not None:
            return bool(value)
    return False


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
        and p.name.lower() != "title" and not p.styled \
        and _list_level(p.para, p.name) is None


def _paragraph(out: _Builder, p: _Para) -> str:
    """Add one paragraph; returns its text when it is styled as the document's title."""
    para, style, text = p.para, p.name, p.text
    if _TOC_STYLE.match(style):
        return ""  # a line of a table of contents
    if style.lower() == "title":
        out.add("heading", text, level=0)  # the title line: shown, never a section
        return clean(text)
    heading = p.styled
    if heading:
        if out.add("heading", text, level=heading):
            out.styled = heading
        return ""
    level = _list_level(para, style)
    typed = _TYPED_BULLET.match(text.lstrip()) or _TYPED_NUMBER.match(text.lstrip())
    if level is not None:
        out.add("item", text, depth=level)
    elif p.manual:
        out.add("heading", text, level=min(out.styled + p.manual, 9))
    elif typed:
        out.add("item", text.lstrip()[typed.end():], depth=0)
    else:  # a manual line break (Shift+Enter) ends a line, as <br> does on a web page
        for line in text.split("\n"):
            out.add("paragraph", line)
    return ""


def _styled_level(element, style, styles: _Styles) -> int:
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


def _table(out: TextBuilder, table) -> None:
    rows = [[_cell_text(cell) for cell in row.cells] for row in table.rows]
    if not rows:
        return
    out.new_group()
    header = rows[0] if len(rows) > 1 else []
    for cells in rows[1:] if header else rows:
        out.add("row", table_row(header, _dedupe(cells)))


def _cell_text(cell) -> str:
    """A cell's paragraphs as Word shows them (insertions, content controls, text boxes)."""
    return clean(" ".join("".join(r.text for r in _runs(el)) for el in _reading_order(cell._tc)
                          if el.tag == f"{_W}p"))


def _dedupe(cells: list[str]) -> list[str]:
    """python-docx repeats a merged cell's text in each grid column it spans."""
    return [c if i == 0 or c != cells[i - 1] else "" for i, c in enumerate(cells)]


def _title(out: _Builder, core_title: str, title_para: str) -> str:
    """The core title, unless it shares no word with the document's own title line (a title
    left over from the template the document was started from), else that line."""
    text = "".join(out.parts)
    headings = [b for b in out.blocks if b.kind == "heading"]
    first = text[headings[0].start:headings[0].end] if headings else ""
    own = title_para
    opening = out.blocks[0] if out.blocks else None
    if not own and opening is not None and opening.kind == "heading" and not any(
            h.level <= opening.level for h in headings if h is not opening):
        own = text[opening.start:opening.end]  # the document's one top heading opens it
    if core_title and own and not _words(core_title) & _words(own):
        return own
    return core_title or title_para or first


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _COMMON}
