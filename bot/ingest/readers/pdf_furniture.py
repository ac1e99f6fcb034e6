"""What a printed page holds besides its text: running heads and footers, page numbers, line
numbers in a margin, footnotes, the entries of a table of contents, a form's blank fields and a
line of small print alone on a page (used by the PDF reader, pdf.py).

Running lines are left out whatever they hold; footnotes are taken out of the page's flow so
that a paragraph the page break cuts joins up again, and are given back to be read after it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from bot.ingest.readers.pdf_tables import header_band

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

_EDGE_LINES = 3  # lines at the top and at the bottom of a page where running furniture sits
# a table of contents entry: a leader of dots (or dots and spaces) up to a page number
_CONTENTS = re.compile(r"\w.*?(?:[.·…_]\s?){4,}\s*(?:\d{1,4}|[ivxlc]{1,6})$", re.IGNORECASE)
# a footnote's own marker, when it is set on the note's baseline rather than raised
_NOTE_START = re.compile(r"(?:\d{1,3}|[*†‡§¶]{1,2})\s+(?=\S)"
                         r"|[¹²³⁰⁴-⁹]{1,3}\s*(?=\S)")  # or a superscript figure: "¹ The"
_NUMBER = re.compile(r"\d{1,4}")
_WORD = re.compile(r"[^\W\d_]{2,}")
_LINE_NUMBERS = 5  # a margin's bare numbers counting up, at least this many: its numbered lines
_BLANK = re.compile(r"_{3,}(?:[\s/.]*_{2,})*")  # a blank to write in: "____", "__ / __ / ____"


def running(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without their running heads and footers: a line among the first or last
    few of a page whose text, numbers aside, is at the top or bottom of enough pages
    (`_enough`), set there in the same small type, or one set in pieces apart whose left or
    right end is (a report's title beside the chapter the page is in), and a first or last line
    that starts or ends with the page's number (see `_numbered`). A table's rows stay (its header
    row repeated atop each page it runs over, rows alike but for their numbers): rows of the
    same table sit close above or below them, where a running line stands apart; so do the
    lines of a header row whose cells wrap (`header_band`)."""
    if len(pages) < 2:
        return [[ln for i, ln in enumerate(lines) if not _lone_number(lines, i, 1)]
                for lines in pages]

    def norm(text: str) -> str:  # numbers aside
        return re.sub(r"\d+", "#", " ".join(text.lower().split()))

    def key(line: _Line) -> str:
        return norm(line.text)

    def edges(lines: list[_Line]) -> list[_Line]:
        return lines[:_EDGE_LINES] + lines[max(_EDGE_LINES, len(lines) - _EDGE_LINES):]

    # a running line is set alike on every page, small: the same words set larger (a report
    # whose running head repeats its title, printed large on the first page) are the title
    smallest: dict[str, float] = {}
    for ln in (ln for lines in pages for ln in edges(lines)):
        smallest[key(ln)] = min(ln.size, smallest.get(key(ln), ln.size))

    def alike(line: _Line) -> bool:
        return line.size <= 1.15 * smallest[key(line)]

    seen = Counter(k for lines in pages for k in {key(ln) for ln in edges(lines) if alike(ln)})
    recurring = {k for k, n in seen.items() if n >= _enough(len(pages))}

    def parts(line: _Line) -> set[str]:
        """The ends of a line set in pieces apart: a running head's report title on the left,
        the chapter it is in on the right ("BRHA Pay Survey 2025      2 Headline findings")."""
        if len(line.pieces) != 2:
            return set()
        return {norm(text) for _, text in line.pieces if len(_WORD.findall(text)) >= 2}

    # a running line whose one end repeats while the other names the page's chapter
    seen_parts = Counter(k for lines in pages
                         for k in {k for ln in edges(lines) if alike(ln) for k in parts(ln)})
    recurring_parts = {k for k, n in seen_parts.items() if n >= _enough(len(pages))}
    numbered = _numbered(pages)
    out = []
    for number, lines in enumerate(pages, 1):
        edge = {id(ln) for ln in edges(lines)}
        # a header row whose cells wrap, repeated atop each page, is printed in several lines
        header = {id(ln) for r in range(1, len(lines))
                  for ln in header_band(lines, r)}
        gone = [ln for i, ln in enumerate(lines) if
                id(ln) in numbered or _lone_number(lines, i, number)
                or id(ln) in edge and alike(ln)
                and (key(ln) in recurring or parts(ln) & recurring_parts)
                and not (_in_table(lines, i) or id(ln) in header)]
        # and the page's number set apart on the running head's line ("... TRANSPORT    3")
        out.append([ln for ln in lines if not any(ln is g or _lone_number([ln], 0, number)
                                                  and abs(ln.y - g.y) <= g.size for g in gone)])
    return out


def _numbered(pages: list[list[_Line]]) -> set[int]:
    """The running lines that change from page to page ("2 ENTRY ROUTES 2" and "3 SKILLS AND
    TOOLS 3", a section's title beside the page number): the first or last line of a page
    that starts or ends with a number going up by one a page (the page's number, or that less
    the unnumbered front pages), on enough pages (`_enough`), at the
    same height on each (within the line's size: typesetters place them exactly). The number
    alone counts too: a book prints it without the running head on a chapter's first page."""
    found: dict[tuple[int, int], list[_Line]] = {}
    for number, lines in enumerate(pages, 1):
        for end, line in ((0, lines[0]), (1, lines[-1])) if lines else ():
            words = line.text.split()
            for word in {words[0], words[-1]} if words else ():
                if _NUMBER.fullmatch(word):
                    found.setdefault((end, int(word) - number), []).append(line)
    out: set[int] = set()
    for lines in found.values():
        if len(lines) < _enough(len(pages)):
            continue
        ys = sorted(ln.y for ln in lines)
        middle = ys[len(ys) // 2]
        out |= {id(ln) for ln in lines if abs(ln.y - middle) <= ln.size}
    return out


def _enough(pages: int) -> float:
    """On how many pages a line must recur to be running: two at least, and half of the pages
    after the first (a title page carries no running head, and a book or paper printed two-sided
    alternates two heads, the authors on the left-hand pages and the title on the right)."""
    return max(2, (pages - 1) / 2)


def _lone_number(lines: list[_Line], i: int, number: int) -> bool:
    """The page's first or last line is its number alone ("3", "- 3 -", "Page 3"), or a front
    page's roman number ("ii"), which counts from the first page (so is no greater)."""
    if i not in (0, len(lines) - 1):
        return False
    text = re.sub(r"^page\s+|[-–—\s]", "", lines[i].text.strip().lower())
    return text == str(number) or 0 < _roman(text) <= number


_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(text: str) -> int:
    """The value of a small lower-case roman number ("xiv" -> 14), 0 if it is none."""
    if not re.fullmatch(r"x{0,3}(?:ix|iv|v?i{0,3})|xl|l", text) or not text:
        return 0
    values = [_ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def _in_table(lines: list[_Line], i: int) -> bool:
    """The line is a row of cells with a row of as many cells just above or below it, no
    farther than table rows are apart: a table's (header) row, not a page's running line. A
    row of a table drawn with borders (pdf_ruled.py) already holds its cells."""
    line, width = lines[i], _width(lines[i])
    return bool(line.cells) or width > 1 and any(
        _width(other) == width and 0 < abs(line.y - other.y) <= 3 * max(line.size, other.size)
        for other in lines[max(i - 1, 0):i] + lines[i + 1:i + 2])


def _width(line: _Line) -> int:
    """How many cells the line has: "a | b" parts, else the pieces set apart by wide gaps."""
    return line.text.count(" | ") + 1 if " | " in line.text else len(line.pieces)


def contents(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without the entries of a table of contents ("Salaries ....... 5"): the
    document's own headings say the same where the text is."""
    return [[ln for ln in lines if not _CONTENTS.fullmatch(ln.text.strip())] for lines in pages]


def blanks(pages: list[list[_Line]]) -> list[list[_Line]]:
    """The pages without a form's fields left blank to fill in ("Completed by: ______  Date:
    __ / __ / ____"): a line of a few words of label or less before each blank, nothing else.
    Only what a reader writes there would be text."""
    def field(line: _Line) -> bool:
        parts = _BLANK.split(line.text)
        return len(parts) > 1 and all(len(part.split()) <= 5 for part in parts)

    return [[ln for ln in lines if not field(ln)] for lines in pages]


def footnotes(pages: list[list[_Line]], body: float) -> tuple[list[list[_Line]],
                                                                list[list[list[str]]]]:
    """The pages without their footnotes, and each page's notes (each as its lines).

    Footnotes are the lines at the foot of a page set in smaller type than the body (below
    nine tenths of it: notes are set at about four fifths, and a body line's size wavers less
    than that even in a scan's text layer), standing apart from the text above by more than
    one and a half body lines (the rule and space a typesetter puts there), the first of them
    starting with a note's marker (raised, or a figure or symbol before the note's text). A
    new note starts at each line that starts with a marker. A page may hold nothing but notes
    (a note that did not fit on the page its mark is on, the notes gathered on a last page)."""
    kept, notes = [], []
    for lines in pages:
        j = len(lines)
        # the notes are set in one small size: a table set smaller than the body above them
        # (its rows at 9 points over notes at 7.5) is no part of them
        while j > 0 and lines[j - 1].size < 0.9 * body and (
                lines[j - 1].size <= 1.05 * lines[-1].size):
            j -= 1
        first = lines[j] if j < len(lines) else None
        if first is None or not _starts_note(first) or (
                j > 0 and lines[j - 1].y - first.y <= 1.5 * body):
            kept.append(lines)
            notes.append([])
            continue
        page_notes: list[list[str]] = []
        for line in lines[j:]:
            text = line.text.strip()
            if _starts_note(line):
                page_notes.append([])
                if not line.note:  # the marker opens the line
                    text = text[_NOTE_START.match(text).end():]
            if page_notes:
                page_notes[-1].append(text)
        kept.append(lines[:j])
        notes.append(page_notes)
    return kept, notes


def spilled(pages: list[list[_Line]], body: float) -> list[list[_Line]]:
    """The pages without a line standing alone on a page in type smaller than the body's: a
    footer or an imprint ("Produced by ..., June 2025") that spilled onto a page of its own,
    or a back page's. A page of the document's text holds more than one line of small print."""
    return [[] if len(lines) == 1 and lines[0].size < 0.9 * body else lines for lines in pages]


def _starts_note(line: _Line) -> bool:
    return line.note or bool(_NOTE_START.match(line.text.strip()))


def line_numbers(lines: list[_Line]) -> list[_Line]:
    """The page's lines without its line numbers: a column of bare whole numbers in a margin,
    left of every other line's start or right of every other line's end, counting up down the
    page (a court's or a draft's numbered lines, `_LINE_NUMBERS` of them at least). A table's
    column of row numbers stands inside the text's margins, and stays."""
    numbered = [ln for ln in lines if _NUMBER.fullmatch(ln.text.strip())]
    if len(numbered) < _LINE_NUMBERS:
        return lines
    rest = [ln for ln in lines if not _NUMBER.fullmatch(ln.text.strip())]
    if not rest:
        return lines
    left, right = min(ln.x for ln in rest), max(ln.end for ln in rest)
    found: set[int] = set()
    for margin in ([ln for ln in numbered if ln.end <= left],
                   [ln for ln in numbered if ln.x >= right]):
        down = sorted(margin, key=lambda ln: -ln.y)
        values = [int(ln.text) for ln in down]
        if len(down) >= _LINE_NUMBERS and all(a < b for a, b in zip(values, values[1:])):
            found.update(id(ln) for ln in down)
    return [ln for ln in lines if id(ln) not in found] if found else lines
