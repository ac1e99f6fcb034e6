"""From scored units to an answer: the best units within a length budget, cited.

Units are taken in order of the ranker's probability while they stay within `relative` of the
best one, skipping near-duplicates of what is already chosen (maximal marginal relevance with
a hard cut), until the character budget is spent. An intro line ("Here are the essential soft
skills:") chosen without any of what it introduces brings it along (its list items, or the first
unit of each subsection that follows) ahead of lower-ranked units, or is dropped: a line ending
in a colon says nothing by itself. A sentence that leans on the one before it ("It can be spent
on courses, books...", "There are five:") is quoted with that one, and a quoted sentence with
the one after it that leans on it, an intro with what it introduces, while the budget lasts (a
sentence window). A list two of whose items are quoted is quoted whole, the items nearest
those first, while the budget lasts. What is brought counts against the budget, not against the
number of units chosen. Units are then read in document order within each section, list items
and an intro's subsections under the heading and label that introduce them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

import numpy as np

from bot.answer.ranker import Ranker
from bot.index.storage import IndexData
from bot.markup import escape_markdown
from bot.prompts import Prompts
from bot.records import Answer, Citation, Unit

DUPLICATE_OVERLAP = 0.7  # share of shared words above which two quotes say the same thing
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?")  # a figure as written: "120,571", "3.5", "7"
LIST_ITEMS = 2  # a list this many of whose items are quoted is asked for whole


def choose(units: Sequence[Unit], terms: Sequence[frozenset[str]], p: np.ndarray, ranker: Ranker,
           budget: int | None = None, relative: float | None = None) -> list[int]:
    """Positions (into `units`, `terms`, `p`) of the units to quote, best first."""
    if not len(p):
        return []
    budget = ranker.budget if budget is None else budget
    relative = ranker.relative if relative is None else relative
    order = np.argsort(-p, kind="stable")
    limit = max(ranker.floor, relative * float(p[order[0]]))
    chosen: list[int] = []
    chars = 0
    for i in order.tolist():
        if chosen and (p[i] < limit or len(chosen) >= ranker.max_units):
            break
        text = units[i].text
        if any(_duplicate(units[i], terms[i], units[j], terms[j]) for j in chosen):
            continue
        if chosen and chars + len(text) > budget:
            continue
        chosen.append(i)
        chars += len(text)
    return chosen


def introduced(units: Sequence[Unit], row: int) -> list[int]:
    """Rows of what the intro at `row` ("Here are the essential soft skills:") introduces: the
    list items it labels, or, when subsections follow it, the first unit of each."""
    intro = units[row]
    label, depth = intro.text.rstrip(":").strip(), len(intro.section)
    out: list[int] = []
    for r in range(row + 1, len(units)):
        u = units[r]
        if u.source != intro.source:
            break
        if u.kind == "item" and u.label == label and u.section == intro.section:
            out.append(r)
        elif len(u.section) > depth and u.section[:depth] == intro.section:
            if u.section != units[r - 1].section:
                out.append(r)
        else:
            break
    return out


def complete(units: Sequence[Unit], best: list[int], budget: int) -> dict[int, list[int]]:
    """The rows of `best` (chosen rows, best first) to keep, each with the rows it brings: an
    intro none of whose items or subsections was chosen brings them, in document order, before
    any unit ranked below it takes the budget; one that can bring none is dropped (a line ending
    in a colon says nothing by itself). Other rows bring nothing."""
    chosen, kept, chars = set(best), {}, 0
    for row in best:
        size = len(units[row].text)
        if chars and chars + size > budget:
            continue
        follow = introduced(units, row) if units[row].kind == "intro" else []
        if not follow or chosen & set(follow):
            kept[row], chars = [], chars + size
            continue
        brought = []
        for f in follow:
            if chars + size + len(units[f].text) > budget:
                break
            brought.append(f)
            size += len(units[f].text)
        if brought:
            kept[row], chars = brought, chars + size
    return kept


def neighbours(units: Sequence[Unit], unit_chunk: np.ndarray, kept: dict[int, list[int]],
               budget: int, leaning: Collection[str]) -> dict[int, tuple[list[int], list[int]]]:
    """Each row of `kept` (best first, with what it brings, see `complete`) with the rows quoted
    before and after it: after it, what it brings, or else the unit after it when that one
    leans on it (an intro with what it introduces: "...the KWSS basic modules. There are five:"
    and its items); before it, the sentence it leans on (see `_leans`). Each unit is quoted
    once, within `budget` characters in all, the best rows' neighbours first."""
    taken = set(kept) | {r for brought in kept.values() for r in brought}
    chars = sum(len(units[r].text) for r in taken)
    out: dict[int, tuple[list[int], list[int]]] = {}
    for row, brought in kept.items():
        before, after = [], list(brought)
        for a, b, side in ((row, row + 1, after), (row - 1, row, before)):
            add = b if side is after else a
            if (side is before or not brought) and _leans(units, unit_chunk, a, b, leaning) \
                    and add not in taken and chars + len(units[add].text) <= budget:
                extra = []
                if side is after and units[add].kind == "intro":
                    size = chars + len(units[add].text)
                    for f in introduced(units, add):
                        if f in taken or size + len(units[f].text) > budget:
                            break
                        extra.append(f)
                        size += len(units[f].text)
                    if not extra:
                        continue
                side.append(add)
                side.extend(extra)
                taken.update([add, *extra])
                chars += len(units[add].text) + sum(len(units[f].text) for f in extra)
        out[row] = (before, after)
    return out


def whole_lists(units: Sequence[Unit], rows: Sequence[int], budget: int,
                least: int = LIST_ITEMS) -> list[int]:
    """The other items of each list of which `rows` quote at least `least` items: a question
    answered by two items of one list ("what are the main duties of a DBA?") asks for the list.
    Items nearest the quoted ones first, lists in the order of their first quoted item, within
    `budget` characters in all (counting `rows`). A list is a run of items of one document,
    section and label."""
    taken = set(rows)
    chars = sum(len(units[r].text) for r in taken)
    lists: dict[tuple, list[int]] = {}
    for r in rows:
        if units[r].kind == "item":
            lists.setdefault(list_of(units[r]), []).append(r)
    out: list[int] = []
    for key, quoted in lists.items():
        if len(quoted) < least:
            continue
        lo, hi = min(quoted), max(quoted)
        while lo > 0 and units[lo - 1].kind == "item" and list_of(units[lo - 1]) == key:
            lo -= 1
        while hi + 1 < len(units) and units[hi + 1].kind == "item" \
                and list_of(units[hi + 1]) == key:
            hi += 1
        rest = [r for r in range(lo, hi + 1) if r not in taken and list_of(units[r]) == key]
        for r in sorted(rest, key=lambda r: (min(abs(r - q) for q in quoted), r)):
            if chars + len(units[r].text) <= budget:
                out.append(r)
                taken.add(r)
                chars += len(units[r].text)
    return out


def list_of(u: Unit) -> tuple[str, tuple[str, ...], str]:
    """What tells one list from another: its document, section and label."""
    return u.source, u.section, u.label


_FIRST_WORD = re.compile(r"\W*([A-Za-z]+)")


def _leans(units: Sequence[Unit], unit_chunk: np.ndarray, a: int, b: int,
           leaning: Collection[str]) -> bool:
    """Whether unit `b` leans on unit `a`, right after it in one paragraph (one chunk, section
    and label, at most a space between them): a sentence opening with a word of `leaning`
    after a sentence ("It can be spent on..."), or an intro after a sentence, whose topic it
    goes on to list ("There are five:", "Key ones include:")."""
    if a < 0 or b >= len(units) or unit_chunk[a] != unit_chunk[b]:
        return False
    x, y = units[a], units[b]
    first = _FIRST_WORD.match(y.text)
    intro = x.kind == "sentence" and y.kind == "intro"
    return (x.source == y.source and x.section == y.section and x.label == y.label
            and (x.kind == y.kind or intro) and y.start - x.end <= 1 and first is not None
            and (first.group(1).lower() in leaning or intro))


def _duplicate(a: Unit, ta: frozenset[str], b: Unit, tb: frozenset[str]) -> bool:
    """Whether quote `a` says nothing that `b` does not: it is held in `b`, or shares most of
    its words and states no figure `b` lacks ("Entry-level: $90,000 to $120,000" is not
    "Entry-level: $96,000 to $120,571", under another heading)."""
    x, y = a.text.lower(), b.text.lower()
    if x in y or y in x:
        return True
    if not ta or not tb or set(_FIGURE.findall(x)) - set(_FIGURE.findall(y)):
        return False
    return len(ta & tb) / min(len(ta), len(tb)) > DUPLICATE_OVERLAP


def reading_order(units: Sequence[Unit], chosen: list[int]) -> list[int]:
    """Sections in the order of their best unit; inside a section, document order."""
    first: dict[tuple[str, tuple[str, ...]], int] = {}
    for rank, i in enumerate(chosen):
        first.setdefault((units[i].source, units[i].section), rank)
    return sorted(chosen, key=lambda i: (first[(units[i].source, units[i].section)],
                                         units[i].start))


class Composer:
    def __init__(self, data: IndexData, prompts: Prompts) -> None:
        self.data, self.prompts = data, prompts

    def title(self, row: int) -> str:
        return self.data.chunks[int(self.data.unit_chunk[row])].title

    def citations(self, rows: list[int], scores: list[float], start: int = 1,
                  role: str = "") -> list[Citation]:
        out = []
        for n, (row, score) in enumerate(zip(rows, scores), start):
            u = self.data.units[row]
            out.append(Citation(n=n, source=u.source, title=self.title(row), section=u.section,
                                quote=u.text, start=u.start, end=u.end, score=round(score, 4),
                                label=u.label, role=role, page=u.page))
        return out

    def lines(self, citations: list[Citation]) -> list[str]:
        """Markdown lines quoting `citations`: list items under their context, sentences as
        paragraphs, each with its [n] marker."""
        out: list[str] = []
        context = None
        intro: tuple[str, ...] | None = None  # the section of the last quote ending in ":"
        said = ""  # the text of that quote: items it labels do not repeat it as their heading
        parent = ""  # the last item quoted: items it labels are nested under it
        for c in citations:
            # under an intro, a quote from one of its subsections is shown as an item under its
            # heading ("Here are the essential soft skills:" then "**Communication**")
            under = intro is not None and len(c.section) > len(intro) \
                and c.section[:len(intro)] == intro
            opens = c.quote.rstrip().endswith(":")
            if opens:
                intro = c.section
            elif not under:
                intro = None
            if c.label and c.label == parent:  # under the item quoted just above: nested
                out.append(f"  - {escape_markdown(c.quote)} [{c.n}]")
                continue
            if c.label or under:
                here = self._context(c, label=c.label != said)
                if here is not None and here != context:
                    out.append(("\n" if out else "") + here)
                context = here
                out.append(f"- {escape_markdown(c.quote)} [{c.n}]")
                parent = c.quote.rstrip().rstrip(":").strip()
            else:
                context, parent = None, ""
                out.append(("\n" if out else "") + f"{escape_markdown(c.quote)} [{c.n}]")
            if not (c.label or under):  # a sentence: the label its items would carry, if any
                said = c.quote.rstrip().rstrip(":").strip() if opens else ""
        return out

    def answer(self, question: str, query: str, citations: list[Citation], confidence: float,
               roles: tuple[str, ...] = (), preface: list[str] | None = None) -> Answer:
        lines = [*(preface or []), *self.lines(citations)]
        return Answer(question=question, text="\n".join(lines).strip(),
                      citations=tuple(citations), answered=True, kind="answer", query=query,
                      confidence=round(confidence, 4), roles=roles)

    def _context(self, c: Citation, label: bool = True) -> str | None:
        """The heading line above a list item: its section's heading (else the title) and its
        label; without the label (the intro sentence quoted just above it), the heading alone,
        or nothing for an item above every heading."""
        fmt = self.prompts.format
        if not label and not c.section:
            return None
        parts = [*c.section[-1:], c.label if label else ""] if c.section else [c.title, c.label]
        text = fmt.context_separator.join(escape_markdown(p) for p in parts if p)
        return fmt.item_context.format(context=text)
