"""What every reader returns: the text careerbot extracted from a file, its title, and typed
blocks with exact offsets into that text.

A reader turns a file's bytes into an :class:`Extracted` record. Its `text` is plain, normalised
text (no markup), built block by block with :class:`TextBuilder`, so every block's
`text[start:end]` is the block's own words and every quote taken from it is exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "item", "row", "code"]
_SPACE = re.compile(r"\s+")
# "Location: Lisbon": a short label, a colon and a value; two or more lines in a row are a
# record's fields (a job's details, a Notion page's properties), each a line of its own
FIELD_LINE = re.compile(r"^[A-Z][\w /&()'’-]{0,40}::? \S")  # "::": an Obsidian (Dataview) field
# typographic ligatures, which PDFs set from print fonts: "ﬁnancial" is "financial" to a reader,
# to the search and to a question
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})


class Unreadable(Exception):
    """The file cannot serve as a document; `reason` is meant for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Block:
    """One piece of a document's layout: `text[start:end]` of the extracted text."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # headings: 1 (top) to 6
    depth: int = 0  # list items: 0 for a top-level item, 1 for an item nested in it, ...
    page: int | None = None  # PDF: the 1-based page the block is printed on
    label: str = ""  # table rows: the title of the rows (a Word table's band above them)
    turns: tuple[int, ...] = ()  # PDF: offsets in the text where the block goes on a new page

    def page_at(self, offset: int) -> int | None:
        """The page the character at `offset` (inside the block) is printed on: a paragraph
        that runs over a page break is on two pages."""
        return None if self.page is None else self.page + sum(t <= offset for t in self.turns)


@dataclass(frozen=True)
class Extracted:
    """A file as careerbot reads it. `blocks` is None for plain text (structure is inferred)."""

    text: str
    title: str = ""
    blocks: tuple[Block, ...] | None = None
    encoding: str = "utf-8"
    pages: tuple[tuple[int, int], ...] = ()  # PDF: (start, end) of each page in `text`


# the Unicode categories an emoji is drawn from besides its symbol ("So"): joiners and
# variation selectors, skin tones, combining and enclosing marks ("⚠️", "🧑‍🔧", "1️⃣")
EMOJI_PARTS = frozenset({"Sk", "Mn", "Me", "Cf"})


def letters(text: str) -> str:
    """`text` without its spaces and marks: what two renderings of the same words share."""
    return re.sub(r"\W", "", text)


def clean(text: str) -> str:
    """One line of words: runs of white space (newlines included) become one space, soft
    hyphens go and ligatures are spelled out."""
    return _SPACE.sub(" ", text.replace("\u00ad", "").translate(_LIGATURES)).strip()


@dataclass
class TextBuilder:
    """Appends blocks to the extracted text, recording where each one lands."""

    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    length: int = 0
    fresh: bool = False  # the next item or row starts a new list or table

    def new_group(self) -> None:
        """The next item or row begins a new list or table (a blank line before it)."""
        self.fresh = True

    def add(self, kind: BlockKind, text: str, *, level: int = 0, depth: int = 0,
            page: int | None = None, label: str = "", raw: bool = False,
            turns: tuple[int, ...] = ()) -> Block | None:
        """Add one block (cleaned to one line unless `raw`); empty text adds nothing. `turns`:
        where in the (already clean) text later pages begin."""
        body = text.strip("\n") if raw else clean(text)
        if not body.strip():
            return None
        if self.parts:
            # list items and table rows sit on consecutive lines; other blocks are paragraphs
            tight = (kind in ("item", "row") and self.blocks and self.blocks[-1].kind == kind
                     and not self.fresh)
            sep = "\n" if tight else "\n\n"
            self.parts.append(sep)
            self.length += len(sep)
        block = Block(kind, self.length, self.length + len(body), level=level, depth=depth,
                      page=page, label=label, turns=tuple(self.length + t for t in turns))
        self.parts.append(body)
        self.length += len(body)
        self.blocks.append(block)
        self.fresh = False
        return block

    def close(self, level: int) -> None:
        """End the sections at `level` and below here: the box that a heading at `level`
        titled has ended, and what follows is under the heading above it again. Recorded as a
        heading of no words, which adds nothing to the text (see `blocks.parse_blocks`)."""
        self.blocks.append(Block("heading", self.length, self.length, level=level))

    def build(self, title: str = "", pages: tuple[tuple[int, int], ...] = ()) -> Extracted:
        text = "".join(self.parts)
        if not any(b.kind != "code" for b in self.blocks):
            raise Unreadable("no readable text")
        return Extracted(text=text + "\n", title=clean(title), blocks=tuple(self.blocks),
                         pages=pages)


KEY_WORDS = 6  # a key/value table's label is a few words ("Reports to", "Salary after validation")
_LETTER = re.compile(r"[^\W\d_]")


def key_labels(labels: list[str]) -> bool:
    """Whether a two-column table's first cells are the labels of a key/value table ("Salary |
    £29,970 a year"), whatever the format: each a few words, ending no sentence, not a figure,
    and each once. Its rows are read "Salary: £29,970 a year"."""
    return bool(labels) and len(set(labels)) == len(labels) and all(
        label and len(label.split()) <= KEY_WORDS and label[-1] not in ".!?;"
        and _LETTER.search(label) for label in labels)


def table_row(header: list[str], cells: list[str]) -> str:
    """"Level: Senior | Salary: $150,000": each cell with its column's header."""
    pairs = []
    for i, cell in enumerate(cells):
        if not cell:
            continue
        name = header[i] if i < len(header) else ""
        pairs.append(f"{name}: {cell}" if name and name != cell else cell)
    return " | ".join(pairs)


def combine_header(header: list[str], names: list[str]) -> list[str]:
    """Column names over two header rows of a table (a web page's, a Word document's):
    "Change, 2023-33" over "Percent" and "Numeric" is "Change, 2023-33 (Percent)" and
    "Change, 2023-33 (Numeric)"; a name spanning both rows is itself once."""
    combined = []
    for i in range(max(len(header), len(names))):
        top = header[i] if i < len(header) else ""
        name = names[i] if i < len(names) else ""
        if not top or name == top or top.endswith(f"({name})"):
            combined.append(name or top)
        else:
            combined.append(f"{top} ({name})" if name else top)
    return combined
