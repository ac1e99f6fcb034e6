"""E-mail chrome: what an e-mail builder lays around a newsletter's text, found and removed
before reading. (The preheader, the summary line an inbox shows, is hidden text and goes with
what the page hides.)

- The line at the top that offers the message's web copy ("Having trouble reading this email?
  View it in your browser"): the block around that link, when the message begins with it.
- The legal footer at the end: the block around the links that take the reader off the list
  or to their settings ("Update your preferences | Unsubscribe"), with the lines that share
  it ("You are receiving this email because ...", the sender's postal address), when the
  message ends with it. The same link inside the message's text is the sender's words.
- Buttons: a link alone in a table of one cell painted with a colour (the "bulletproof
  button" e-mail builders draw, as mail clients ignore a link's own background) is a call to
  action, not a heading or a sentence.

E-mail builders mark every table `role="presentation"`, the data table too: such a table is
a layout (its cells read as blocks) when a cell holds sentences, and data when its cells are
values ("Stonemason", "KSM 22.90").
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import clean, letters

# the words of the links e-mail builders put in every message's chrome (the format's own
# vocabulary): the link to the message's web copy...
_WEB_COPY = re.compile(r"\b(?:view|read|open|see)\b.{0,30}\b(?:browser|online|web ?page)\b|"
                       r"\bweb version\b", re.I | re.S)
# ...and the links to leave the list or change what one receives (in the link or its address)
_LEAVE = re.compile(r"unsubscribe|opt[ -]?out|\bpreferences\b|email-preferences", re.I)
_TOP_WORDS = 25  # "Having trouble reading this email? View it in your browser."
_FOOTER_WORDS = 80  # the reason, the sender's address, the links: a few lines
_BACKGROUND = re.compile(r"background(?:-color)?\s*:", re.I)
_SENTENCES = re.compile(r"[.!?]\s+\S")  # a full stop inside a cell: it holds sentences


def drop_chrome(root) -> None:
    """Remove the e-mail chrome under `root` (see module docs)."""
    page = letters(root.text(deep=True))
    chrome = [_block(a, root, page, _TOP_WORDS, str.startswith) for a in root.css("a")
              if _WEB_COPY.search(a.text(deep=True))]
    chrome += [_block(a, root, page, _FOOTER_WORDS, str.endswith) for a in root.css("a")
               if _LEAVE.search(f"{a.text(deep=True)} {a.attributes.get('href') or ''}")]
    for node in [n for n in chrome if n is not None] + _buttons(root):
        if node.parent is not None:  # not gone with a block around it
            node.decompose()


def _block(link, root, page: str, most: int, at) -> object | None:
    """The largest block around `link` of at most `most` words that the message begins or
    ends with (`at`: `str.startswith` or `str.endswith`); None when there is none, or when
    it would hold half the message."""
    node, candidate = None, link
    while candidate is not None and candidate.mem_id != root.mem_id:
        text = candidate.text(deep=True)
        if len(clean(text).split()) > most:
            break
        if at(page, letters(text)):
            node = candidate
        candidate = candidate.parent
    if node is None or 2 * len(letters(node.text(deep=True))) > len(page):
        return None
    return node


def presentation_layout(table, cells) -> bool:
    """A table whose ARIA role says it lays out the page (`presentation`, `none`) and
    one of whose `cells` holds sentences, not a value."""
    return (table.attributes.get("role") or "") in ("presentation", "none") and any(
        _SENTENCES.search(clean(cell.text(deep=True))) for cell in cells)


def _buttons(root) -> list:
    """The one-cell tables painted with a colour that hold only a link (see module docs)."""
    buttons = []
    for table in root.css("table"):
        cells = table.css("td, th")
        link = table.css_first("a[href]")
        if len(cells) != 1 or link is None or table.css_first("img") is not None:
            continue
        painted = [node for node in (table, cells[0])
                   if "bgcolor" in node.attributes
                   or _BACKGROUND.search(node.attributes.get("style") or "")]
        if painted and clean(link.text(deep=True)) == clean(table.text(deep=True)) != "":
            buttons.append(table)
    return buttons

