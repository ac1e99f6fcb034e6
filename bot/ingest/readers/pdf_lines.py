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
