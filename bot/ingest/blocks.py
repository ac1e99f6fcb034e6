"""Units from a reader's typed blocks (markdown, HTML, PDF, docx).

Headings make the heading path, paragraphs are split into sentences (one ending in ":"
introduces the list after it, and only that list), list items and table rows are items labelled
by their parent item or that introducing sentence, and code is never a unit. A heading at the
very top that is the title, or the document's only top-level heading, is its title line, not a
section. A heading of no words ends the sections at its level and below without opening one: a
box's title (a panel's, a text box's) titles only the box, and what follows the box is under
the heading above it again.
"""

from __future__ import annotations

from bot.ingest.readers import Block, file_title, tidy_title
from bot.ingest.units import LONG_ITEM_WORDS, Parsed, UnitMaker, split_sentences


def parse_blocks(source: str, text: str, title: str, blocks: tuple[Block, ...]) -> Parsed:
    """The title and units of a document read as `blocks` (see module docs)."""
    title = tidy_title(title) or file_title(source)
    emit = UnitMaker(source, text)
    path: list[tuple[int, str]] = []
    label = ""
    parents: list[tuple[int, str]] = []  # (depth, text) of the enclosing list items
    heads = [b for b in blocks if b.kind == "heading" and b.end > b.start]
    for i, block in enumerate(blocks):
        body = text[block.start:block.end]
        if block.kind == "heading" and not body:  # the end of a box (see `TextBuilder.close`)
            path = [(lv, name) for lv, name in path if lv < block.level]
            label, parents = "", []
            continue
        if block.kind == "heading":
            if block.level == 0 or (i == 0 and (tidy_title(body) == title or not any(
                    h.level <= block.level for h in heads if h is not block))):
                continue  # the title line (or the page's one top heading) is not a section
            path = [(lv, name) for lv, name in path if lv < block.level] + [(block.level, body)]
            label, parents = "", []
            continue
        section = tuple(name for _, name in path)
        if block.kind == "code":
            label, parents = "", []
        elif block.kind in ("item", "row"):
            if _new_group(text, blocks, i):
                label = ""  # the sentence that introduced the last list ends with it
            parents = [(d, t) for d, t in parents if d < block.depth]
            # labelled by the item it is nested in, the sentence introducing it, or (a table's
            # rows) the title the reader gives it
            group = parents[-1][1].rstrip(":") if parents else label or block.label
            if len(body.split()) > LONG_ITEM_WORDS:
                for offset, sentence in split_sentences(body):
                    emit("item", block.start + offset, sentence, section, group,
                         block.page_at(block.start + offset))
            else:
                emit("item", block.start, body, section, group, block.page)
            parents.append((block.depth, body))
        else:
            label, parents = "", []
            for offset, sentence in split_sentences(body):
                kind = "intro" if sentence.endswith(":") else "sentence"
                emit(kind, block.start + offset, sentence, section, "",
                     block.page_at(block.start + offset))
                label = sentence.rstrip(":").strip() if kind == "intro" else ""
    return Parsed(title=title, units=emit.units)


def _new_group(text: str, blocks: tuple[Block, ...], i: int) -> bool:
    """Whether item or row `i` begins another list, table or box than the item before it: the
    reader sets a new group apart by a blank line (see `TextBuilder.new_group`)."""
    before = blocks[i - 1] if i else None
    return before is not None and before.kind in ("item", "row") \
        and "\n\n" in text[before.end:blocks[i].start]
