"""A line of text on a PDF page as the PDF reader (pdf.py) gathers it from pypdf's runs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class Line:
    """A text line (or, while lines are gathered, one run of it): where it starts and ends,
    its baseline, size and weight, and the pieces a table's cells make of it."""

    text: str
    x: float
    y: float
    size: float
    bold: bool
    # (x, text) of the pieces a gap wider than a few spaces sets apart (a table's cells)
    pieces: list[tuple[float, str]] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)  # a table row's cells
    header: bool = False  # a drawn table's header row
    font: str = ""  # a run's font (its PostScript name)
    end: float = 0.0  # where the text ends, left to right
    note: bool = False  # a footnote marker started the line
    piece_end: float = 0.0  # where the last piece ends
    # the typeface the whole line is set in: its font's name ("" when its runs mix fonts), with
    # "+caps" when it is set in capitals or small capitals (see pdf.py, `_face`)
    face: str = ""
    mark: float | None = None  # where a bullet drawn as a shape before the line starts
    # how far above its baseline `y` a run is set (a text rise: a superscript's, a subscript's
    # below); the run stays on its line
    rise: float = 0.0
    # the shaded box (x0, y0, x1, y1) the line is printed on, setting it apart from the text,
    # or the borders of the ruled table row it is (pdf_ruled.py)
    box: tuple[float, float, float, float] | None = None
    columned: bool = False  # read as one of the columns the page is set in (pdf_order.py)


def join_wrapped(parts: list[str]) -> str:
    """The lines of a wrapped paragraph or table cell as one: a word hyphenated at a line's end
    ("recru-" over "itment") is mended, other lines are joined by a space."""
    text = ""
    for part in parts:
        if not part:
            continue
        if re.search(r"[a-z]-$", text) and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text


class Placement:
    """Where pypdf's runs really stand: pypdf reports each run at the text position the last
    move (`Tm`, `Td`, a new line) set, not advanced past the text shown since, and on the
    baseline, without the text rise (`Ts`) a superscript is set with. A run reported at the
    very position of the run before it, in the same text object, was shown right after that
    run (a change of font or size between them, as reportlab sets a `<super>` figure); and a
    run shown with a rise stands that far above its baseline. Call it as pypdf's
    `visitor_operand_before`; ask `place` where each reported run starts and tell `ends`
    where it ends."""

    def __init__(self) -> None:
        self._rise, self._saved = 0.0, []  # the rise is graphics state: saved by q, restored by Q
        self._shown: float | None = None  # the rise of the first text shown since a report
        self._object = 0  # the text object (BT ... ET) being drawn
        self._at: tuple = ()  # the text object and matrices of the last report
        self._end: float | None = None  # where the last report's text ends, on its line
        self._blank = False  # the last report was blanks

    def __call__(self, op: bytes, args, cm, tm) -> None:
        if op == b"Ts" and args:
            try:
                self._rise = float(args[0])
            except (TypeError, ValueError):
                pass
        elif op in (b"Tj", b"TJ", b"'", b'"') and self._shown is None:
            self._shown = self._rise
        elif op == b"q":
            self._saved.append(self._rise)
        elif op == b"Q" and self._saved:
            self._rise = self._saved.pop()
        elif op == b"BT":
            self._object += 1

    def place(self, cm, tm, text: str) -> tuple[float, float, float]:
        """(x, baseline, rise) on the page of `text`, reported at matrices `cm` and `tm`. Blanks
        (pypdf puts a space between runs it finds apart) are no text shown: the next run is not
        after them."""
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        self._blank = not text.strip()
        if self._blank:
            return x, y, 0.0
        rise, self._shown = self._shown or 0.0, None
        at = (self._object, tuple(cm), tuple(tm))
        if at == self._at and self._end is not None:
            x = self._end
        self._at, self._end = at, None
        return x, y, rise * tm[3] * cm[3]

    def ends(self, end: float | None) -> None:
        """Where the text just placed ends; None when it ended its line."""
        if not self._blank:
            self._end = end
