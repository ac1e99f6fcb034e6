"""What Word shows of a document's XML: the paragraphs and tables of a body, cell or note in
reading order, the runs of text a paragraph displays, and the text of its footnotes and endnotes.
See `docx` for what is read and why."""

from __future__ import annotations

from bot.ingest.readers.base import clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# elements that wrap a paragraph's displayed runs: tracked insertions and moves, links, fields,
# inline content controls; w:del and w:moveFrom (deleted text) are deliberately absent
_INLINE = {"ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt",
           "sdtContent", "dir", "bdo"}
NOTE_REFERENCES = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}
# the notes Word puts between the text and the notes (a rule), not notes
_NOTE_FURNITURE = {"separator", "continuationSeparator", "continuationNotice"}


def reading_order(container):
    """The paragraphs and tables of a body, table cell or content control as Word shows them:
    block content controls opened (not the table of contents), text boxes after their anchor."""
    for child in container.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield child
            for box in _text_boxes(child):
                yield from reading_order(box)
        elif tag == "tbl":
            yield child
        elif tag == "sdt" and not _table_of_contents(child):
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from reading_order(content)
        elif tag == "customXml":
            yield from reading_order(child)


def children(element, tag: str):
    """The rows of a table or the cells of a row, through the content controls (a repeating
    section) and custom XML around them."""
    for child in element.iterchildren():
        name = child.tag.rsplit("}", 1)[-1]
        if name == tag:
            yield child
        elif name in ("sdt", "sdtContent", "customXml"):
            yield from children(child, tag)


def continued(tc) -> bool:
    """A cell that carries on the merged cell above it (its text is in that one)."""
    merge = tc.find(f"{W}tcPr/{W}vMerge")
    return merge is not None and merge.get(f"{W}val") != "restart"


def notes(document) -> dict[tuple[str, str], list[str]]:
    """The text of each footnote and endnote, by (kind, id): its paragraphs, without the
    reference mark Word numbers it with."""
    from docx.oxml import parse_xml

    found: dict[tuple[str, str], list[str]] = {}
    for rel in document.part.rels.values():
        part = rel.reltype.rsplit("/", 1)[-1]
        if rel.is_external or part not in ("footnotes", "endnotes"):
            continue
        kind = part[:-1]
        for note in parse_xml(rel.target_part.blob).iterchildren(f"{W}{kind}"):
            if note.get(f"{W}type") in _NOTE_FURNITURE:
                continue
            lines = [clean("".join(r.text for r in runs(p)))
                     for p in reading_order(note) if p.tag == f"{W}p"]
            found[(kind, note.get(f"{W}id"))] = [line for line in lines if line]
    return found


def contents_paragraphs(body) -> set:
    """The paragraphs that show a table of contents field's result (`TOC`, its entries then
    links with `PAGEREF` page numbers): Word keeps the field's code and its last result
    between a begin and an end mark that may span many paragraphs, or, for a short one, in a
    `w:fldSimple` inside one paragraph."""
    found, fields, paragraph = set(), [], None  # fields: the codes of the open fields
    for element in body.iter(f"{W}p", f"{W}fldChar", f"{W}instrText", f"{W}fldSimple"):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = element
            if any(_is_toc(code) for code in fields):
                found.add(paragraph)
        elif tag == "instrText" and fields:
            fields[-1] += element.text or ""
        elif tag == "fldSimple" and _is_toc(element.get(f"{W}instr") or ""):
            found.add(paragraph)
        elif tag == "fldChar":
            kind = element.get(f"{W}fldCharType")
            if kind == "begin":
                fields.append("")
            elif kind == "separate" and fields and _is_toc(fields[-1]):
                found.add(paragraph)
            elif kind == "end" and fields:
                fields.pop()
    found.discard(None)
    return found


def _is_toc(code: str) -> bool:
    return code.split()[:1] == ["TOC"]


def _table_of_contents(sdt) -> bool:
    gallery = sdt.find(f"{W}sdtPr/{W}docPartObj/{W}docPartGallery")
    return gallery is not None and "contents" in (gallery.get(f"{W}val") or "").lower()


def _text_boxes(p) -> list:
    """The text boxes anchored in paragraph `p`, each once: the copy under mc:Fallback is the
    VML version of the box Word keeps for readers that do not know the modern one."""
    boxes = []
    for box in p.iter(f"{W}txbxContent"):
        ancestors = list(box.iterancestors())
        owner = next(a for a in ancestors if a.tag == f"{W}p")
        if owner is p and not any(a.tag == _FALLBACK for a in ancestors):
            boxes.append(box)
    return boxes


def text_box_of(p):
    """The text box (`w:txbxContent`) paragraph `p` is in, None for one outside any."""
    for ancestor in p.iterancestors(f"{W}txbxContent", f"{W}body"):
        return ancestor if ancestor.tag == f"{W}txbxContent" else None
    return None


def runs(element):
    """The runs Word displays in a paragraph, in order (see `_INLINE`); an inline content
    control still showing its placeholder prompt has no content yet."""
    for child in element.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "r":
            yield child
        elif tag in _INLINE and not (tag == "sdt" and child.find(
                f"{W}sdtPr/{W}showingPlcHdr") is not None):
            yield from runs(child)
