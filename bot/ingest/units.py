"""Making units: sentence splitting, exact offsets and ids that survive unrelated edits.

Both ways of finding a document's structure (inferred from plain text in `structure`, read from
a reader's blocks in `blocks`) cut the text into sentences here and emit their units through
:class:`UnitMaker`, so a unit's `text` is always `extracted_text[start:end]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.hashing import short_hash
from bot.ingest.readers.text_chat import REACTIONS
from bot.records import Unit

LONG_ITEM_WORDS = 70  # a list item longer than this is quoted sentence by sentence
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|Dr|Mr|Mrs|Ms|Prof|Inc|Ltd|Jr|Sr|St|No|approx|Fig|al)\.|"
    r"\b(?:[A-Z]\.){1,3}[A-Z]?\.?|\bPh\.D\.?|\b[A-Z][a-z]?\.(?=\s[A-Z][a-z]))$"
)
# abbreviations that introduce a number ("ext. 4471", "p. 12", "Tel. 0161", "incl. 8%"), and
# a law's parts as legal writing cites them ("s. 41(2)", "Sch. 2", "r. 6", "reg. 12", "art. 8",
# "cl. 9"): one followed by a figure is inside its sentence
_BEFORE_NUMBER = re.compile(r"\b(?:ext|tel|no|nos|p|pp|vol|ch|sec|para|paras|fig|incl|excl|ca"
                            r"|s|ss|sch|r|rr|reg|regs|art|arts|cl|pt)\.$", re.I)
# a caption's or a step's label ("Table 1.", "Figure 2.3.", "Step 4."): a word and the number
# of what it names, standing first, is no sentence of its own
_NUMBERED_LABEL = re.compile(r"[A-Z][a-z]+ \d{1,3}(?:\.\d{1,3})*[a-z]?\.")
# a section's number standing first ("2.1.  Membership grades"): the heading's, no sentence
_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.")
# a number written before what it numbers, standing first ("1. Class C first?", "Q1. Why do
# you want...", "☐ 2. I hold a licence"): a list typed by hand or a form's question, no sentence
_ENUMERATOR = re.compile(r"(?:[☐☑☒□■]\s*)?[A-Z]?\d{1,3}\.")
SENTENCE_END = re.compile(r"[.!?][\"')\]”’]*\s+(?=[\"'“‘(\[]?[A-Z0-9$])")
# a capitalised word of a few letters and its full stop, alone, is a short form ("Cat. B1",
# "Dept. of Health", "Vol. II"), not a sentence
_SHORT_FORM = re.compile(r"[A-Z][a-z]{1,3}\.")
# a machine's identifier standing alone (a web part's GUID a page builder leaves in its markup):
# it says nothing to a reader; nor do a chat export's reactions under a message (REACTIONS)
_IDENTIFIER = re.compile(r"\{?[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}\}?")


@dataclass
class Parsed:
    title: str
    units: list[Unit] = field(default_factory=list)


class UnitMaker:
    """Makes units with exact offsets and ids that stay stable for repeated text."""

    def __init__(self, source: str, text: str) -> None:
        self.source, self.text = source, text
        self.units: list[Unit] = []
        self.seen: dict[str, int] = {}

    def __call__(self, kind: str, start: int, text: str, section: tuple[str, ...],
                 label: str, page: int | None = None) -> None:
        stripped = text.strip()
        if not stripped or not re.search(r"\w", stripped) or _IDENTIFIER.fullmatch(stripped) \
                or REACTIONS.fullmatch(stripped):
            return
        start = self.text.index(stripped, start)
        self.seen[stripped] = self.seen.get(stripped, 0) + 1
        self.units.append(Unit(
            id=short_hash(self.source, stripped, str(self.seen[stripped])), source=self.source,
            kind=kind, start=start, end=start + len(stripped), text=stripped, section=section,
            label=label if kind == "item" else "", page=page,
        ))


def split_sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs; abbreviations such as "e.g.", "Ph.D." and "U.S." do not end one,
    nor does a label such as "Table 1." before a caption, nor a short form or a number standing
    first ("1. Class C first?")."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for match in SENTENCE_END.finditer(text):
        candidate = text[start:match.start() + 1]
        if _ABBREVIATIONS.search(candidate) or _NUMBERED_LABEL.fullmatch(candidate) \
                or _SECTION_NUMBER.fullmatch(candidate) or _ENUMERATOR.fullmatch(candidate) \
                or _SHORT_FORM.fullmatch(candidate) or (
                _BEFORE_NUMBER.search(candidate) and text[match.end():][:1].isdigit()):
            continue
        end = match.end()
        pieces.append((start, text[start:end].rstrip()))
        start = end
    if start < len(text):
        pieces.append((start, text[start:].rstrip()))
    return [(o, s) for o, s in pieces if s]

