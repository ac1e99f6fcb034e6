"""Microsoft Word's own markup in a document it saved as a web page (.htm, "Save as Web Page").

Word writes a document's parts with its own styles, not with HTML's elements:

- its Title paragraph is `<p class=MsoTitle>`, the title line the docx reader also takes as
  the document's title (the `<title>` Word writes is the file's Title property, often one a
  template or an older copy left there; see `meta_title.with_title_line`);
- a list item is a paragraph (class `MsoListParagraph...`, `MsoListBullet...`) whose style
  names its list and level (`mso-list:l0 level2 lfo1`), its bullet or number drawn in a
  `<span style='mso-list:Ignore'>` that Word shows only to browsers without list support: the
  marker, as an `<li>`'s bullet is, not the item's words;
- a footnote or endnote reference is a link styled `mso-footnote-id:ftn1`
  (`mso-endnote-id:edn1`) to the note, a `<div style='mso-element:footnote' id=ftn1>` in the
  notes list at the end of the document, which opens with a link back to it. The mark is no
  word of the sentence (left in, it glues the sentence to the next one), and each note is read
  right after the paragraph (or table) that refers to it, as the docx reader reads the same
  document's notes; a note that nothing refers to stays at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a list paragraph's list and level ("mso-list:l0 level2 lfo1"); "mso-list:Ignore" marks the
# marker drawn in front of it, "mso-list:none" a paragraph taken out of its list
_LIST = re.compile(r"mso-list\s*:\s*(l\d+)\s+level(\d+)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^MsoList", re.IGNORECASE)  # MsoListParagraph(CxSp...), MsoListBullet2
_MARKER = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
_NOTE_REFERENCE = re.compile(r"mso-(?:foot|end)note-id\s*:\s*([\w-]+)", re.IGNORECASE)
_NOTE = re.compile(r"mso-element\s*:\s*(?:foot|end)note\s*(?:;|$)", re.IGNORECASE)
_NOTES_LIST = re.compile(r"mso-element\s*:\s*(?:foot|end)note-list", re.IGNORECASE)
_BLOCK = {"p", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "div", "blockquote"}


@dataclass(frozen=True)
class ListItem:
    depth: int  # 0 for a top-level item, 1 for an item nested in it, ...
    first: bool  # it begins a list: the paragraph before it is no item of the same list


def prepare(root) -> None:
    """Take list markers and note references out of the text, and move each note after the
    paragraph that refers to it (see module docs)."""
    for item in root.css("p"):
        if list_item(item) is not None:
            for marker in item.css("[style]"):
                if _MARKER.search(marker.attributes.get("style") or ""):
                    marker.decompose()
    _place_notes(root)


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


def _place_notes(root) -> None:
    notes = {}
    for note in root.css("div[style][id]"):
        if _NOTE.search(note.attributes.get("style") or ""):
            notes[note.attributes["id"]] = note
            for back in _references(note):  # the note's own number, a link back to the text
                back.decompose()
    after: dict[int, object] = {}  # a block -> the last note placed after it
    for ref in _references(root):
        name = _NOTE_REFERENCE.search(ref.attributes.get("style") or "").group(1)
        note, block = notes.pop(name, None), _holder(ref)
        ref.decompose()
        if note is None or block is None:
            continue
        anchor = after.get(block.mem_id, block)
        anchor.insert_after(note)  # a copy: the note read once, here
        after[block.mem_id] = anchor.next
        note.decompose()
    for notes_list in root.css("div[style]"):
        if _NOTES_LIST.search(notes_list.attributes.get("style") or "") \
                and not notes_list.text(deep=True).strip():
            notes_list.decompose()


def _references(node) -> list:
    return [a for a in node.css("a[style]")
            if _NOTE_REFERENCE.search(a.attributes.get("style") or "")]


def _holder(ref):
    """The block a note's text follows: the table the reference is in (a note is not a cell's
    words), else the paragraph, item or heading around it."""
    node, block = ref.parent, None
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "table":
            block = node
        elif block is None and node.tag in _BLOCK:
            block = node
        node = node.parent
    return block
