"""A web page printed to PDF by a browser (used by the PDF reader, pdf.py).

A browser marks the file as its own (Chrome writes its user agent as the PDF's creator) and
prints the page's address at the foot of every page ("https://... 1/3"). It prints the whole
page: the site's banner (its name, a tagline), its menu and the breadcrumb trail above the
page's own title, and the site's footer (its copyright notice and links) after the text. Those
are the site's, not the page's, as a web page's reader finds them (html_furniture.py); the
running lines the browser adds go with other pages' furniture (pdf_furniture.py).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.ingest.readers.html_furniture import COPYRIGHT, COPYRIGHT_WORDS

if TYPE_CHECKING:
    from bot.ingest.readers.pdf_lines import Line as _Line

# the creators browsers write: a user agent ("Mozilla/5.0 ... Chrome/131.0"), or a name
_BROWSER = re.compile(r"\bMozilla/\d|\b(?:Chrome|Chromium|Firefox|Safari)\b")
# the foot a browser prints on every page: the page's address, and the page's number of all
_ADDRESS = re.compile(r"https?://\S+(?:\s+(?:page\s+)?\d+\s*(?:/|of)\s*\d+)?", re.IGNORECASE)
_EDGE_LINES = 3  # lines at the top and at the bottom of a page where the browser prints
_PARTS = re.compile(r"\s+[|–—·»]\s+")  # between a page title's parts: "Page – Site"


def printed(pages: list[list[_Line]], creator: str) -> bool:
    """The PDF is a web page a browser printed: its creator is a browser, or at least half of
    its pages open or end with the address line a browser prints."""
    if _BROWSER.search(creator):
        return True
    footed = sum(any(_ADDRESS.fullmatch(" ".join(ln.text.split()))
                     for ln in lines[:_EDGE_LINES] + lines[-_EDGE_LINES:]) for lines in pages)
    return bool(footed) and footed >= len(pages) / 2


def title_parts(title: str) -> list[str]:
    """The parts of a web page's title ("Physiotherapist – Careers | Acme"): the page's
    name, the site's, a section's."""
    return _PARTS.split(title)


def site_chrome(pages: list[list[_Line]], title: str) -> list[list[_Line]]:
    """The pages without the site's banner, menu and trail printed on the first page above the
    page's own title (the largest line of the first page named by a part of the metadata title,
    else its first largest line), and without the copyright notice ending the last page (with
    its links, a line or two)."""
    pages = [list(lines) for lines in pages]
    first = next((lines for lines in pages if lines), None)
    if first is None:
        return pages
    names = {part.casefold() for part in title_parts(title) if part}
    named = [ln for ln in first if " ".join(ln.text.split()).casefold() in names]
    top = max(named or first, key=lambda ln: ln.size)
    del first[:first.index(top)]
    last = next(lines for lines in reversed(pages) if lines)
    words, cut = 0, None
    for i in range(len(last) - 1, -1, -1):
        words += len(last[i].text.split())
        if words > COPYRIGHT_WORDS:
            break
        if COPYRIGHT.match(last[i].text.strip()):
            cut = i
    if cut is not None:
        del last[cut:]
    return pages
