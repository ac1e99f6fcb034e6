"""Text that keeps a printed page's layout: a PDF converted by `pdftotext -layout` and the like.

Such a text separates its pages with form feeds ("\\f") and keeps what the page set apart, which
a reader of the page never reads as the text's flow:

- the running header and footer: the same line first (or last) on the pages, its page number
  aside, is furniture on every page, the last one included;
- columns set side by side: a passage whose lines share a gutter (a stretch of three or more
  spaces at the same character positions on every line) holds two columns, which a reader
  reads one after the other, the left one first. Columns are prose: each side runs a sentence
  on from one line to the next, which a table aligned with spaces never does. Each column is
  a block with its own measure (the width its lines were set in), so that its lines are
  unwrapped at that width, not at the page's;
- words hyphenated by the typesetter at a line's end ("employ-" over "ment"): one word (see
  `joined`).

Every pass looks at each line a fixed number of times, so reading stays linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

PAGE_BREAK = "\f"
MIN_GUTTER = 3  # spaces between two columns; prose has one (two after a full stop)
MIN_COLUMN_LINES = 3  # lines with both columns side by side: fewer is a line with a wide gap
_GAP = re.compile(r"(?<=\S) {%d,}(?=\S)" % MIN_GUTTER)
_NUMBER = re.compile(r"\d+")
_RUNS_ON = re.compile(r"[^\W\d_][,-]?$")  # a line that stops on a word (or a comma, a hyphen)
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # a word broken at the line's end: "employ-"
_COMPOUND = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")  # "drinking-water", "one-day"


@dataclass(frozen=True)
class Block:
    """Lines of a laid-out text in reading order; `measure`: the width a column's lines were
    set in (0: the page's own flow, whose width the text reader finds)."""

    lines: list[str]
    measure: int = 0


def laid_out(text: str) -> list[Block] | None:
    """The text's pages read as a reader reads them (see the module): blocks in reading order,
    furniture left out; None when the text has no pages (no form feed)."""
    if PAGE_BREAK not in text:
        return None
    pages = [page.split("\n") for page in text.split(PAGE_BREAK)]
    pages = _without_running_lines(pages)
    blocks: list[Block] = []
    for page in pages:
        blocks += _columns_read(page)
    return blocks


def compounds(text: str) -> frozenset[str]:
    """The hyphenated words written inside a line of `text`, lowercased: the words that keep
    their hyphen when a line's end breaks them."""
    return frozenset(m.group().lower() for m in _COMPOUND.finditer(text))


def joined(line: str, nxt: str, kept: frozenset[str]) -> str:
    """`line` and the line after it, `nxt`, as one: a word the layout broke at the line's end
    ("employ-" over "ment") is one word again, without the hyphen unless the text writes that
    word with one elsewhere (`kept`, "one-" over "day" where "one-day" is written); else the
    two are joined by a space."""
    head, tail = line.rstrip(), nxt.strip()
    if _HYPHENATED.search(head) and tail[:1].islower():
        before = re.search(r"[^\W\d_]+-$", head).group()
        after = re.match(r"[^\W\d_]+", tail).group()
        word = (before + after).lower()
        return head + tail if word in kept else head[:-1] + tail
    return head + " " + tail


def _without_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """`pages` without their running header and footer: a first (or last) line of a page whose
    text, numbers aside, is first (or last) on at least half the pages, and two or more."""
    full = [page for page in pages if any(line.strip() for line in page)]
    if len(full) < 2:
        return pages

    def key(line: str) -> str:
        return _NUMBER.sub("#", " ".join(line.split()))

    def edge(page: list[str], last: bool) -> int:
        ends = [i for i, line in enumerate(page) if line.strip()]
        return ends[-1 if last else 0]

    dropped: list[set[int]] = [set() for _ in pages]
    for last in (False, True):
        seen = Counter(key(page[edge(page, last)]) for page in full)
        for n, page in enumerate(pages):
            if any(line.strip() for line in page) \
                    and seen[key(page[edge(page, last)])] >= max(2, len(full) / 2):
                dropped[n].add(edge(page, last))
    return [[line for i, line in enumerate(page) if i not in dropped[n]]
            for n, page in enumerate(pages)]


def _columns_read(page: list[str]) -> list[Block]:
    """The page's lines as blocks: each passage set in two columns (see the module) read as
    its left column, then its right one; the lines around them as they are."""
    blocks: list[Block] = []
    flow: list[str] = []
    i = 0
    while i < len(page):
        run = _gapped_run(page, i)
        if run == i:
            flow.append(page[i])
            i += 1
            continue
        gutter = _gutter(page[i:run]) if run - i >= MIN_COLUMN_LINES else None
        end = run
        while gutter and end < len(page) and page[end].strip() and _clear(page[end], gutter):
            end += 1  # a column's last lines, the other column already ended
        start = i
        while gutter and flow and flow[-1].strip() and _clear(flow[-1], gutter):
            start -= 1  # a column's first lines, the other column not yet begun
            flow.pop()
        columns = _split(page[start:end], gutter) if gutter else None
        if columns is None:
            flow += page[i:run]  # a table aligned with spaces, or a line or two with a gap
            i = run
            continue
        left, right = columns
        blocks += [Block(flow + [""]), _column(left), Block([""]), _column(right), Block([""])]
        flow, i = [], end
    return blocks + [Block(flow)] if flow else blocks


def _column(lines: list[str]) -> Block:
    return Block(lines, max(len(line) for line in lines))


def _split(lines: list[str], gutter: tuple[int, int]) -> tuple[list[str], list[str]] | None:
    """The left and the right column of a passage whose lines share `gutter`; None when the
    two sides are not both prose (a table's columns are not)."""
    indent = min(len(line) - len(line.lstrip()) for line in lines)
    left = [line[:gutter[0]].rstrip() for line in lines]
    right = [(" " * indent + line[gutter[1]:]).rstrip() if line[gutter[1]:].strip() else ""
             for line in lines]
    return (left, right) if _prose(left) and _prose(right) else None


def _gapped_run(page: list[str], i: int) -> int:
    """The end of the run of lines from `i` that each hold a gap of three or more spaces."""
    end = i
    while end < len(page) and _GAP.search(page[end].strip()):
        end += 1
    return end


def _gutter(lines: list[str]) -> tuple[int, int] | None:
    """The one stretch of positions, MIN_GUTTER or more wide, blank on every one of `lines`
    with text on both sides of it on each line, as (first, end); None when there is no such
    stretch, or more than one (the columns of a table)."""
    if not lines or any(not line.strip() for line in lines):
        return None
    first = min(len(line) - len(line.lstrip()) for line in lines)
    width = max(len(line) for line in lines)
    blank = [all(p >= len(line) or line[p] == " " for line in lines) for p in range(width)]
    stretches, start = [], None
    for p in range(first, width + 1):
        if p < width and blank[p]:
            start = p if start is None else start
            continue
        if start is not None and p - start >= MIN_GUTTER and p < width:
            stretches.append((start, p))
        start = None
    if len(stretches) != 1:
        return None
    a, b = stretches[0]
    if any(not line[:a].strip() or not line[b:].strip() for line in lines):
        return None
    return a, b


def _clear(line: str, gutter: tuple[int, int]) -> bool:
    """Whether `line` leaves the gutter's positions blank (set on one side of it, or both)."""
    return not line[gutter[0]:gutter[1]].strip()


def _prose(lines: list[str]) -> bool:
    """Whether a column's lines are prose: one of them runs its sentence on to the next."""
    return any(line.strip() and _RUNS_ON.search(line) and nxt.strip()[:1].islower()
               for line, nxt in zip(lines, lines[1:]))
