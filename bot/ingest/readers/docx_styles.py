"""A Word document's styles and what a run's formatting comes to through them, and the list
numbering its styles and paragraphs refer to."""

from __future__ import annotations

from bot.ingest.readers.docx_numbering import Numbering
from bot.ingest.readers.docx_xml import W as _W


class Styles:
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
        self.numbering = Numbering(document)  # the numbers Word draws before paragraphs

    def number(self, p, style) -> str:
        """The number Word shows before paragraph element `p` of `style` ("2.1", "(a)"; ""
        for none), counted in the order paragraphs are asked about (document order)."""
        return self.numbering.number(p, list(self.chain(style)))

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

    def size_of(self, r, style) -> float:
        """The size in points run `r` of a paragraph in `style` is set in."""
        size = (r.rPr.sz_val if r.rPr is not None else None) \
            or self.inherited(self.of_run(r), "size") or self.inherited(style, "size")
        return size.pt if size is not None else self.size

    def bold(self, r, style) -> bool:
        """Run `r` of a paragraph in `style` is bold: by its own setting, its character
        style's or its paragraph style's."""
        from docx.text.font import Font

        for value in (Font(r).bold,
                      self.inherited(self.of_run(r), "bold"), self.inherited(style, "bold")):
            if value is not None:
                return bool(value)
        return False
