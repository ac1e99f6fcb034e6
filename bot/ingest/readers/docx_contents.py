"""A Word document's table of contents, which is navigation, never read.

Word makes one three ways, all told apart by markup, never by the word "Contents": its TOC
field (see `docx_xml.contents_paragraphs`) or a contents content control, paragraphs in its
"TOC 1".."TOC 9" styles, and lines typed by hand the way Word sets its own: an entry, a tab
to a right-aligned tab stop drawn with a leader (dots, dashes, a rule) and a page number
("1 Introduction ........ 2"). Typed lines are a contents list only two or more in a row, their
page numbers never going down (front matter in roman numerals first): figures that fall
("Booked ..... 40", "Attended ..... 35") or a leader to nothing (a line to sign on) stay text.
"""

from __future__ import annotations

import re

from bot.ingest.readers.docx_xml import W as _W

_TOC_STYLE = re.compile(r"^toc\s*(?:\d|heading)$", re.I)  # Word's "toc 1".."toc 9", "TOC Heading"
_PAGE = re.compile(r"^(?:(\d{1,4})|[ivxlc]{1,7})$", re.I)  # "12", "xiv"
_RIGHT = ("right", "end")  # a right-aligned stop ("end" in the strict schema)
_NO_LEADER = (None, "none")


def in_styled_contents(element, style_name: str, fields: set) -> bool:
    """A line of Word's table of contents: inside its field (`fields`, see
    `docx_xml.contents_paragraphs`), or in a "TOC 1".."TOC 9" style (by name, or by the id
    Word gives those styles when the style itself is missing)."""
    ppr = element.pPr
    style_id = ppr.pStyle.val if ppr is not None and ppr.pStyle is not None else ""
    return element in fields or bool(_TOC_STYLE.match(style_name) or _TOC_STYLE.match(style_id))


def typed_entries(paras, chain) -> set:
    """The paragraph elements of contents lists typed by hand (see module docs). `paras`:
    (paragraph element, its text, its style) in order; `chain(style)`: the style and those it
    is based on."""
    found: set = set()
    run: list = []  # the entries in a row so far, as (element, page order)
    for element, text, style in [*paras, (None, "", None)]:
        page = _page(text) if element is not None else None
        if page is not None and not _leader_stop(element, style, chain):
            page = None
        if page is not None and run and page >= run[-1][1]:
            run.append((element, page))
            continue
        if len(run) >= 2:
            found.update(e for e, _ in run)
        run = [(element, page)] if page is not None else []
    return found


def _page(text: str) -> int | None:
    """The page number a line ends in after its last tab (a roman one as 0: front matter)."""
    entry, tab, number = text.rpartition("\t")
    match = _PAGE.match(number.strip())
    if not tab or not match or not any(c.isalpha() for c in entry):
        return None
    return int(match.group(1)) if match.group(1) else 0


def _leader_stop(element, style, chain) -> bool:
    """The paragraph has a right-aligned tab stop drawn with a leader, of its own or its
    style's (a stop the paragraph clears is gone)."""
    stops: dict[str, tuple] = {}
    sources = [s.element.find(f"{_W}pPr") for s in chain(style)][::-1] + [element.pPr]
    for ppr in sources:  # the farthest style first, the paragraph's own last
        for tab in ppr.iterfind(f"{_W}tabs/{_W}tab") if ppr is not None else ():
            stops[tab.get(f"{_W}pos")] = (tab.get(f"{_W}val"), tab.get(f"{_W}leader"))
    return any(kind in _RIGHT and leader not in _NO_LEADER for kind, leader in stops.values())
