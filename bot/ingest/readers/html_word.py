"""Microsoft Word's own markup in a document it saved as a web page (.htm, "Save as Web Page").

Word writes a document's parts with its own styles, not with HTML's elements:

- its Title paragraph is `<p class=MsoTitle>`, the title line the docx reader also takes as
  the document's title (the `<title>` Word writes is the file's Title property, often one a
  template or an older copy left there; see `meta_title.with_title_line`);
- a list item is a paragraph (class `MsoListParagraph...`, `MsoListBullet...`) whose style
  names its list and level (`mso-list:l0 level2 lfo1`), its bullet or number drawn in a
  `<span style='mso-list:Ignore'>` that Word shows only to browsers without list support (in
  a "filtered" web page, which drops Word's styles, the span that holds the marker and the
  7-point spacer after it): the marker, as an `<li>`'s bullet is, not the item's words;
- a footnote or endnote reference is a link to the note by Word's anchor names
  (`<a href="#_ftn1" name="_ftnref1">`), the note a `<div id=ftn1>` at the end that links back
  to it: `html_notes` pairs such links, as it pairs every word processor's, and reads each note
  right after the paragraph (or table) that refers to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a list paragraph's list and level ("mso-list:l0 level2 lfo1"); "mso-list:Ignore" marks the
# marker drawn in front of it, "mso-list:none" a paragraph taken out of its list
_LIST = re.compile(r"mso-list\s*:\s*(l\d+)\s+level(\d+)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^MsoList", re.IGNORECASE)  # MsoListParagraph(CxSp...), MsoListBullet2
_MARKER = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
# the blank 7-point run Word sets between a list marker and the item's text
_SPACER = re.compile(r"font\s*:\s*7\.0pt", re.IGNORECASE)
_MARKER_CHARACTERS = 5  # "·", "o", "§", "1.", "iv.", "(a)": a marker is a glyph or a number


@dataclass(frozen=True)
class ListItem:
    depth: int  # 0 for a top-level item, 1 for an item nested in it, ...
    first: bool  # it begins a list: the paragraph before it is no item of the same list


def prepare(root) -> None:
    """Take list markers out of the text (see module docs)."""
    for item in root.css("p"):
        if list_item(item) is not None:
            for marker in _markers(item):
                marker.decompose()


def _markers(item) -> list:
    """The elements that draw a list item's bullet or number."""
    styled = item.css("span[style]")
    marked = [s for s in styled if _MARKER.search(s.attributes.get("style") or "")]
    if marked:
        return marked
    for spacer in styled:  # a filtered page: the span holding the marker and the spacer
        if _SPACER.search(spacer.attributes.get("style") or "") and not spacer.text().strip():
            owner = spacer.parent
            if owner is not None and owner.mem_id != item.mem_id \
                    and len(owner.text().strip()) <= _MARKER_CHARACTERS:
                return [owner]
            return []
    return []


def list_item(node) -> ListItem | None:
    """`node` as an item of a Word list, None for any other element."""
    key = _list_key(node)
    if key is None:
        return None
    before = node.prev
    while before is not None and before.tag in ("-text", "-comment"):
        before = before.prev
    return ListItem(depth=key[1], first=before is None or _list_key(before) is None
                    or (key[0] != _list_key(before)[0] and key[1] == 0))


def _list_key(node) -> tuple[str, int] | None:
    """(the list's name, the item's depth) of a Word list paragraph; None for another node."""
    if node.tag != "p":
        return None
    found = _LIST.search(node.attributes.get("style") or "")
    if found:
        return found.group(1).lower(), int(found.group(2)) - 1
    if any(_LIST_STYLE.match(name) for name in (node.attributes.get("class") or "").split()):
        return "", 0
    return None


def title_line(node) -> bool:
    """Whether `node` is the paragraph in Word's Title style."""
    return node.tag == "p" and "msotitle" in (node.attributes.get("class") or "").lower().split()
