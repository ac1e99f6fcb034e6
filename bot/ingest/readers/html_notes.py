"""Notes that a word processor (or a markdown renderer) writes after a document's text when it
makes a web page of it: footnotes, and reviewers' comments.

A footnote's mark and its note link to each other: the mark in the sentence leads to the note at
the end of the page, and the note's label leads back to the mark (Google Docs: `<a
href="#ftnt1" id="ftnt_ref1">[1]</a>` and `<a href="#ftnt_ref1" id="ftnt1">[1]</a>`; Word:
`name="_ftnref1"` and `name="_ftn1"`; markdown-it, which Ghost and many static sites use:
`<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>` leading to the note's
`<li id="fn1">`, whose `<a href="#fnref1" class="footnote-backref">↩︎</a>` is a return arrow
for a label). The mark is not a word of the sentence, and the note belongs to the sentence
that carries the mark: it is read right after the paragraph (or the list or table) holding the
mark, without its label, as the docx reader reads footnotes. A wiki's references link back to
the superscript around a mark, not to the mark's own link: those are sources cited, which
`html_furniture` leaves out.

Reviewers' comments are linked to their marks in the same way, but they are notes about the
document, not the document: their marks (`[a]`) and the comments listed at the end (with their
replies and "Assigned to" lines) are left out.
"""

from __future__ import annotations

import re

from bot.ingest.readers.html_furniture import contains

# Google Docs' ids of a comment ("cmnt1", which its mark's link names) and of its mark
# ("cmnt_ref1"): the format's own words for a reviewer's comment
_COMMENT = re.compile(r"cmnt\d+")
# a note's mark and label: a number, a letter or two or a symbol, or a short name in brackets
# ("1", "b", "*", "[1]", "[aa]", "[A1]"); a word linked both ways ("top") is no label
_LABEL = re.compile(r"\d{1,4}|[a-z]{1,2}|[*†‡§¶]{1,3}|\[\w{1,4}\]|\(\w{1,4}\)", re.I)
# a note's way back to its mark drawn as a return arrow (markdown-it's and pandoc's "↩︎",
# Python-Markdown's "&#8617;"), the text-style variation selector after it or not
_BACK = re.compile(r"[↩↑⤴]\ufe0e?")
_PARAGRAPH = {"p", "li", "dt", "dd", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "div",
              "blockquote", "pre", "aside", "section"}
_AROUND = {"table", "ul", "ol", "dl"}  # a note goes after the list or table holding its mark


def place_notes(tree) -> None:
    """Move each footnote after the paragraph that carries its mark, without the mark or the
    note's label; leave reviewers' comments and their marks out."""
    pairs = _pairs(tree)
    labels = {note.mem_id for _, note in pairs}
    after: dict[int, object] = {}  # the place a mark sits in -> the last note moved after it
    for mark, label in pairs:
        note = _note(label, labels, mark)
        if note is None:  # a label standing in no paragraph of its own: only the marks go
            label.decompose()
        elif _COMMENT.fullmatch(_key(label)):
            note.decompose()
        else:
            label.decompose()
            place = _place(mark)
            last = after.get(place.mem_id, place)
            last.insert_after(note)  # a copy: the note itself goes
            after[place.mem_id] = last.next
            note.decompose()
        _drop_mark(mark)


def inline_notes(tree) -> None:
    """Move each note written inside its sentence, right after its mark, to after the paragraph
    (or the list or table) holding it, without its marks: LaTeXML's (arXiv's HTML papers)
    `<span class="ltx_note"><sup class="ltx_note_mark">1</sup><span class="ltx_note_outer">
    <span class="ltx_note_content"><sup class="ltx_note_mark">1</sup><span class="ltx_tag
    ltx_tag_note">1</span>The note.</span></span></span>`, which a reader sees as a mark in the
    sentence and the note beside the text or on hovering over the mark."""
    from selectolax.lexbor import LexborHTMLParser

    after: dict[int, object] = {}
    for note in tree.css(".ltx_note"):
        content = note.css_first(".ltx_note_content")
        place = _place(note)
        if content is not None and place is not note:
            for mark in content.css(".ltx_note_mark, .ltx_tag_note"):
                mark.decompose()
            moved = LexborHTMLParser(f"<p>{content.html}</p>").css_first("p")
            last = after.get(place.mem_id, place)
            last.insert_after(moved)
            after[place.mem_id] = last.next
        note.decompose()


def _key(anchor) -> str:
    return anchor.attributes.get("id") or anchor.attributes.get("name") or ""


def _pairs(tree) -> list:
    """(mark, note's label) for each two links on the page that lead to each other, each a
    label (the note's may be a return arrow), the mark first. A mark may lead to the note
    itself rather than to its label (markdown-it's `<li id="fn1">`): the label is then the
    link in the note that leads back to the mark."""
    named: dict[str, object] = {}
    for anchor in tree.css("a[name]"):
        named.setdefault(anchor.attributes.get("name") or "", anchor)
    for node in tree.css("[id]"):
        named.setdefault(node.attributes.get("id") or "", node)
    pairs, labels = [], set()
    for mark in tree.css("a[href^='#']"):
        target = named.get((mark.attributes.get("href") or "#")[1:])
        back = f"#{_key(mark)}"
        if target is not None and target.tag != "a" and _key(mark):
            target = next((a for a in target.css("a[href]") if a.attributes["href"] == back),
                          None)
        if mark.mem_id in labels or target is None or target.mem_id == mark.mem_id \
                or (target.attributes.get("href") or "") != back:
            continue
        face = target.text(deep=True).strip()
        if _LABEL.fullmatch(mark.text(deep=True).strip()) \
                and (_LABEL.fullmatch(face) or _BACK.fullmatch(face)):
            pairs.append((mark, target))
            labels.add(target.mem_id)
    return pairs


def _note(label, labels: set[int], mark):
    """The note a label opens: its paragraph, or the `<div>` around that paragraph when the
    `<div>` holds this note alone (a note of several paragraphs, a comment with its replies);
    None when the label stands in no paragraph apart from its mark's."""
    paragraph = label.parent
    while paragraph is not None and paragraph.tag not in _PARAGRAPH:
        paragraph = paragraph.parent
    if paragraph is None or contains(paragraph, mark):
        return None
    box = paragraph.parent
    if paragraph.tag != "p" or box is None or box.tag != "div" or contains(box, mark) \
            or box.css_first("h1, h2, h3, h4, h5, h6") is not None \
            or sum(a.mem_id in labels for a in box.css("a")) > 1:
        return paragraph
    return box


def _place(mark):
    """The block after which a mark's note is read: the paragraph holding the mark, or the
    outermost list or table around it."""
    place, node = None, mark.parent
    while node is not None and node.tag not in ("body", "html"):
        if node.tag in _AROUND or (place is None and node.tag in _PARAGRAPH):
            place = node
        node = node.parent
    return place or mark


def _drop_mark(mark) -> None:
    """Remove a mark, and the superscript around it when it held only the mark."""
    around = mark.parent
    mark.decompose()
    if around is not None and around.tag == "sup" and not around.text(deep=True).strip():
        around.decompose()
