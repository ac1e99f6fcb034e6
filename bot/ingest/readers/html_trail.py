"""A page's breadcrumb trail: the places it sits in ("Careers Team", "Sector Pathways"), read
before the trail goes with the page's navigation.

Sites put the place in the page's `<title>` too: a Confluence export's "Space : Page", a
site's "Section | Page". A part of the title that is a place of the trail names where the
page is, not what it is about (see `html_title`).
"""

from __future__ import annotations

from bot.ingest.readers.base import clean

# how markup names a breadcrumb trail: by its class, id or label, or schema.org's type
_TRAIL = ('[class*="breadcrumb" i], [id*="breadcrumb" i], [aria-label*="breadcrumb" i], '
          '[itemtype$="BreadcrumbList"]')


def places(tree) -> list[str]:
    """The entries of the page's first breadcrumb trail: its list items, else its links."""
    trail = tree.css_first(_TRAIL)
    if trail is None:
        return []
    entries = trail.css("li") or trail.css("a")
    return [text for text in (clean(e.text(deep=True)) for e in entries) if text]
