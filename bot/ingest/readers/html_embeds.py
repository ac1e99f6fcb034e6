"""Cards an editor embeds in a post (Ghost's, Notion's, WordPress's blocks): what each card
draws besides its text.

A bookmark card is a preview of another page: one link around blocks that repeat that page's
title, description and site name (Ghost's `<a class="kg-bookmark-container">`, an embed's link
preview). It is a way to another page, as a menu's link is, not the post's own words; a link
inside a sentence holds no blocks, and stays.

A callout card opens with its icon, an emoji or symbol in an element of its own before the
text ("💡" in Ghost's `kg-callout-emoji`): a picture drawn with a character, no word of the
callout. A row of symbols (a rating's "★★★★☆") is more than an icon, and stays.
"""

from __future__ import annotations

import re
import unicodedata

from bot.ingest.readers.base import EMOJI_PARTS, clean

_PREVIEW_BLOCKS = 2  # a preview's title over its description or its site's name
_PREVIEW_WORDS = 60  # a title, a line or two of description, a site's name
_BLOCK = "div, p, h1, h2, h3, h4, h5, h6, figure, figcaption, section, header, footer"
_ICON_SYMBOLS = 2  # one emoji, or two joined into one ("🧑‍🔧")


def drop_card_furniture(root) -> None:
    """Remove link previews and the icons that open callouts (see module docs)."""
    previews = [a for a in root.css("a[href]") if _preview(a)]
    icons = [t.parent for t in root.traverse(include_text=True) if t.tag == "-text"
             and _symbols(t.text(deep=False)) and t.parent is not None
             and t.parent.tag in ("div", "span", "p") and _icon(t.parent)]
    for node in previews + icons:
        node.decompose()


def _preview(link) -> bool:
    """A link to another page whose face is two or more blocks of a few words."""
    href = (link.attributes.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")) \
            or len(clean(link.text(deep=True)).split()) > _PREVIEW_WORDS:
        return False
    blocks = [b for b in link.css(_BLOCK) if clean(b.text(deep=True))
              and all(inner.mem_id == b.mem_id for inner in b.css(_BLOCK))]
    return len(blocks) >= _PREVIEW_BLOCKS


def _icon(node) -> bool:
    """An element of one or two symbols, first in its box, with the box's words after it."""
    text = clean(node.text(deep=True))
    if not text or not _symbols(text):
        return False
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment") \
            and not before.text(deep=False).strip():
        before = before.prev
    after = node.next
    while after is not None and not clean(after.text(deep=True)):
        after = after.next
    return before is None and after is not None \
        and re.search(r"\w", after.text(deep=True)) is not None


def _symbols(text: str) -> bool:
    """Whether `text` is an emoji or two: symbols and the marks that join or vary them."""
    kinds = [unicodedata.category(c) for c in text if not c.isspace()]
    return 0 < kinds.count("So") <= _ICON_SYMBOLS \
        and all(k == "So" or k in EMOJI_PARTS for k in kinds)
