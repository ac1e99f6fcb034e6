"""Which of a PDF's lines are headings (used by the PDF reader, pdf.py), from how they are
set: their size against the body text's, their weight and face, and where they stand."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from bot.ingest.readers.pdf_tables import BULLET

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

_ENDS = re.compile(r"[.!?][\"”’)]?$")  # a line that ends a sentence
_WIDER = 1.1  # a block this much wider than the widest line of a column spans the columns


_LEAD_WORDS = 12  # larger text of more words than this, ending as a sentence, is prose (_lead)


def headings(pages: list[list[_Line]], body: float, larger: list[float],
             spacing: float) -> dict[int, int]:
    """The heading lines, by id, with their levels: lines printed larger than the body text
    (a level a size, largest first), and below those, body-size lines set apart by their
    style (`_styled`), a level a style, in the order the styles first appear (a document's
    sections come before their sub-sections). Table rows are not headings, nor the lines of
    a paper's title block (`_title_block`) and a subtitle (`_subtitle`)."""
    out: dict[int, int] = {}
    styled: dict[int, tuple[float, str]] = {}  # id: (size, face) of a styled heading
    flat = [(ln, lines) for lines in pages for ln in lines]
    face = _body_face([ln for ln, _ in flat], body)
    lead = _lead(pages, larger)
    for i, (ln, page) in enumerate(flat):
        size = round(ln.size, 1)
        prev = flat[i - 1][0] if i else None
        nxt = flat[i + 1][0] if i + 1 < len(flat) else None
        if ln.cells or id(ln) in lead:
            continue
        if size in larger:
            out[id(ln)] = larger.index(size) + 1
        elif _styled(ln, prev, nxt, page, body, face, spacing):
            styled[id(ln)] = (size, ln.face if ln.face != face else "")
    styles = list(dict.fromkeys(styled.values()))  # as they first appear
    styles.sort(key=lambda style: -style[0])  # larger first; a stable sort keeps the order
    for key, style in styled.items():
        out[key] = min(6, len(larger) + 1 + styles.index(style))
    if pages:
        for key in _title_block(pages[0], body, larger, set(out)) | _subtitle(pages[0], out):
            out.pop(key, None)
    return out


def _lead(pages: list[list[_Line]], larger: list[float]) -> set[int]:
    """The lines of larger text that are prose, not headings: a magazine's standfirst, a pull
    quote, an introduction set large. Consecutive lines of one larger size whose text ends as a
    sentence ends (a full stop or "!", before any closing quote), in more words than a heading
    has. A heading may ask a question ("Is it for you?"); it does not end with a full stop."""
    found: set[int] = set()
    for lines in pages:
        i = 0
        while i < len(lines):
            size = round(lines[i].size, 1)
            j = i + 1
            while j < len(lines) and round(lines[j].size, 1) == size and \
                    0 < lines[j - 1].y - lines[j].y <= 1.6 * lines[j].size:
                j += 1
            if size in larger:
                text = " ".join(ln.text.strip() for ln in lines[i:j])
                if text.rstrip("\"'”’»)] ").endswith((".", "!")) and len(text.split()) > _LEAD_WORDS:
                    found.update(id(ln) for ln in lines[i:j])
            i = j
    return found


def _subtitle(lines: list[_Line], out: dict[int, int]) -> set[int]:
    """The subtitle under a title page's title ("A guide for prospective trainees"): the heading
    lines right after the title's and before another heading (no body text under them), set
    in a style no other heading of the document is set in. A section's heading there has
    others of its style, or text under it; nothing hangs under a subtitle."""
    levels = Counter(out.values())
    run: list[_Line] = []
    for ln in lines:
        if id(ln) not in out:
            if run:
                break
            continue  # a line above the title (a breadcrumb, a date)
        run.append(ln)
    titled = [ln for ln in run if out[id(ln)] == 1]
    if not titled or titled != run[:len(titled)] or levels[1] != len(titled):
        return set()  # no title of its own size atop the first page
    found: set[int] = set()
    for ln in run[len(titled):-1]:  # the last, right above body text, heads a section
        level = out[id(ln)]
        if levels[level] != sum(out[id(other)] == level for other in run):
            break  # a section's style
        found.add(id(ln))
    return found


def _body_face(lines: list[_Line], body: float) -> str:
    """The face the body text is set in: of the lines at the body size, the face with most
    characters."""
    faces = Counter()
    for ln in lines:
        if ln.face and round(ln.size, 1) == body:
            faces[ln.face] += len(ln.text)
    return faces.most_common(1)[0][0] if faces else ""


def _styled(ln: _Line, prev: _Line | None, nxt: _Line | None, page: list[_Line], body: float,
            face: str, spacing: float) -> bool:
    """A heading at about the body size: a short line wholly in a bold face; or a short line
    standing alone (nothing printed beside it: a table's cells are), not a sentence or a list
    item, followed by body text, and set either in a face other than the body's (another font,
    small capitals) or, where faces say nothing (a scan's text layer is in one invisible font),
    after a gap and well short of the full line of text under it (a paragraph's last line is
    short too, but ends its sentence)."""
    text = ln.text.strip()
    if len(text.split()) > 12 or text[-1] in ".,;:":
        return False
    if ln.bold and round(ln.size, 1) >= body:
        return True
    if (text[-1] == "!" or not (text[0].isupper() or text[0].isdigit()) or ln.mark is not None
            or BULLET.match(text) or abs(ln.size - body) > 0.15 * body):
        return False
    if nxt is None or nxt.cells or abs(nxt.size - body) > 0.15 * body or nxt.face != face:
        return False
    if any(other is not ln and abs(other.y - ln.y) < ln.size for other in page):
        return False
    first = ln is page[0]
    # standing apart from the line above: a gap wider than the line spacing, or a new column
    # (on a new page: where the page before ends a sentence)
    ends = prev is None or bool(_ENDS.search(prev.text.strip()))
    gap = ends if first or prev is None else not 0 < prev.y - ln.y <= 1.25 * spacing
    if ln.face and ln.face != face:
        return gap or ends
    return gap and (ln.end - ln.x) < 0.6 * (nxt.end - nxt.x) and abs(nxt.x - ln.x) <= body


def _title_block(lines: list[_Line], body: float, larger: list[float],
                 heads: set[int]) -> set[int]:
    """The lines under a paper's title that name its authors, their affiliation and the date:
    on the first page, set centred in the text column, in a larger size than the body but
    smaller than the first heading set flush left after them (the first section's). Nothing
    hangs under them: they are not headings."""
    column = [ln for ln in lines if abs(ln.size - body) <= 0.1 * body]
    if not column or len(larger) < 2:
        return set()
    left, right = min(ln.x for ln in column), max(ln.end for ln in column)

    def centred(ln: _Line) -> bool:
        # off the left margin by more than an em, its margins alike within an em
        return ln.x - left > body and abs((ln.x - left) - (right - ln.end)) <= body

    block: list[_Line] = []
    for ln in lines:
        if id(ln) not in heads or round(ln.size, 1) == larger[0]:
            continue
        if not centred(ln):
            return {id(c) for c in block if c.size < ln.size}
        block.append(ln)
    return set()


def spanning(pages: list[list[_Line]], out: dict[int, int]) -> set[int]:
    """The headings of the blocks set across the page after text set in columns (a newsletter's
    box of dates, a table under its articles), by id, given their levels in `out`: a heading
    outside the columns whose block (the heading and the lines up to the next heading, or
    the box they are printed on) runs wider than a column is no part of the last column's
    section however it is sized. It is an item of its own, beside the columns' top headings
    (the articles' titles): their level is the highest it takes, and the levels of such
    headings below it follow in their order."""
    flat = [ln for lines in pages for ln in lines]
    columned = [ln for ln in flat if ln.columned]
    top = min((out[id(ln)] for ln in columned if id(ln) in out), default=None)
    if top is None:
        return set()
    width = max(ln.end - ln.x for ln in columned)
    first = flat.index(columned[0])
    found: list[_Line] = []
    heading: _Line | None = None  # the heading outside the columns whose block this is
    wide = False  # its block runs wider than a column
    for ln in flat[first:]:
        if id(ln) in out:
            if heading is not None and wide:
                found.append(heading)
            heading = None if ln.columned or out[id(ln)] < top else ln
            wide = False
        x0, x1 = (ln.box[0], ln.box[2]) if ln.box else (ln.x, ln.end)
        wide = wide or x1 - x0 > _WIDER * width
    if heading is not None and wide:
        found.append(heading)
    levels = sorted({out[id(ln)] for ln in found})
    for ln in found:
        out[id(ln)] = top + levels.index(out[id(ln)])
    return {id(ln) for ln in found}
