"""Tables pasted into plain text: a CSV export, a spreadsheet's tab-separated copy, a pipe table.

Consecutive lines that split on the same delimiter (comma, tab, semicolon or pipe) into the same
number of cells are a table, its first line the header. The lines are parsed as CSV (a quoted
"£39,000" is one cell) and each row is written out with its header ("operator: LNER | region:
East Coast main line"), as the markdown, HTML and Word readers write their rows, so a quoted row
reads on its own; the header line itself is in every row and is not kept. `structure` reads
such a line as a table row.

Prose has commas too, so a run is a table only when its cells look like cells (short, with no
sentence ending inside one), and commas or semicolons separate cells only as a spreadsheet or a
database writes them: never followed by a space, as prose's are, and never inside a number
("£39,000" is quoted in a CSV file; unquoted it is one number in a sentence).

A table typed with spaces (a circular, a report printed to text) has no delimiter: its columns
are the character positions that are blank on every line of the run, at least two wide, as a
reader's eye finds them (see `_aligned_table`). Prose with a double space after a full stop has
such a gap on one line, never at the same place on several lines in a row.
"""

from __future__ import annotations

import csv
import re

from bot.ingest.readers.base import table_row

_DELIMITERS = (",", "\t", ";", "|")
_PROSE_DELIMITERS = (",", ";")
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")  # "|---|:--:|"
_QUOTED = re.compile(r'"[^"]*"')
_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")
# a list item's marker at a line's start ("- ", "2. ", "b) "), shared with the text reader
ITEM_START = re.compile(r"^\s*(?:[-*+•▪◦●–]|\d{1,2}[.)]|[a-z][.)])\s|^\s*o(?: {2}|\t)")
# "Pay ........ 12", "Median salary ..... EUR 24,500": a name, a dot leader and its page or value,
# a line of its own (shared with `structure`, which reads it as a row)
LEADER = re.compile(r"^(\S.*?)\s*(?:\.\s?){4,}\s*(\S.*)$")
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
_GAP = re.compile(r"\S {2,}\S")  # two or more spaces between words: a column gap, maybe
_DIGIT = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")
_GRID_RULE = re.compile(r"^\+(?:[-=]+\+){2,}$")  # "+------+------+": a grid table's rule
_RULE_LINE = re.compile(r"^\s*[-=]{3,}(?:\s+[-=]{3,})*\s*$")  # "----  -------" under a header
MIN_ALIGNED_ROWS = 2  # one line with a wide gap is prose; the gaps must line up on several
MAX_CELL_WORDS = 12  # a cell holds a value or a short phrase; a longer one is prose


def find_tables(lines: list[str]) -> list[tuple[int, int, list[str]]]:
    """(first, end, rows) for each table in `lines`: lines[first:end] are the table (header
    included) and `rows` its body rows written out with the header."""
    tables = []
    i = 0
    while i < len(lines):
        found = _table_at(lines, i)
        if found is None:
            i += 1
            continue
        end, rows = found
        tables.append((i, end, rows))
        i = end
    return tables


def _table_at(lines: list[str], i: int) -> tuple[int, list[str]] | None:
    """The end of the table whose header is lines[i], and its rows; None when none starts."""
    grid = _grid_table(lines, i)
    if grid is not None:
        end, table = grid
        header, body = table[0], table[1:]
        return end, [table_row(header, row) for row in body]
    best = None
    for delimiter in _DELIMITERS:
        run = _run(lines, i, delimiter)
        if run is not None and (best is None or len(run[1]) > len(best[1])):
            best = run
    if best is None:
        best = _aligned_table(lines, i)
    if best is None:
        return None
    end, table = best
    header, body = table[0], table[1:]
    return end, [table_row(header, row) for row in body]


def _run(lines: list[str], i: int, delimiter: str) -> tuple[int, list[list[str]]] | None:
    """The lines from `i` that split on `delimiter` into as many cells as line `i` does."""
    header = _cells(lines[i], delimiter)
    if header is None or len(header) < 2 or sum(bool(c) for c in header) < 2:
        return None
    table, end = [header], i + 1
    while end < len(lines):
        if delimiter == "|" and _RULE.match(lines[end]):
            end += 1  # a markdown table's rule under its header
            continue
        cells = _cells(lines[end], delimiter)
        if cells is None or len(cells) != len(header):
            break
        table.append(cells)
        end += 1
    rows = len(table) - 1
    if rows < 1:
        return None
    if any(not _cell_like(cell) for row in table for cell in row):
        return None
    return end, table


def _grid_table(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """The grid table drawn with "+---+" rules and "|" walls (an RFC's, Emacs' table mode,
    Pandoc's) whose top rule is lines[i], and its end; None when none starts there. The rule's
    "+" signs mark the columns; the lines above the second rule are the header (a header cell
    wrapped over lines is one), and below it each row is the lines up to the next rule, or,
    in a table ruled only under its header, a line with a first cell and the lines after it
    whose first cell is empty (the rest of its cells, wrapped)."""
    top = lines[i].strip() if i < len(lines) else ""
    if not _GRID_RULE.match(top):
        return None
    indent = len(lines[i]) - len(lines[i].lstrip())
    cuts = [indent + k for k, ch in enumerate(top) if ch == "+"]
    if len(cuts) < 3:
        return None
    blocks: list[list[list[str]]] = []  # the lines between two rules, each as its cells
    current: list[list[str]] = []
    end = i + 1
    while end < len(lines):
        line = lines[end].rstrip()
        text = line.strip()
        if _GRID_RULE.match(text):
            blocks.append(current)
            current = []
            end += 1
            continue
        if not text.startswith("|") or not text.endswith("|"):
            break
        current.append([line[a + 1:b].strip() for a, b in zip(cuts, cuts[1:])])
        end += 1
    if current or len(blocks) < 2:
        return None  # a grid ends at a rule
    header = [" ".join(filter(None, column)) for column in zip(*blocks[0])] if blocks[0] else []
    rows: list[list[str]] = []
    for block in blocks[1:]:
        if len(blocks) > 2:  # ruled between rows: each block is one row
            rows.append([" ".join(filter(None, column)) for column in zip(*block)])
            continue
        for cells in block:
            if rows and not cells[0]:
                rows[-1] = [" ".join(filter(None, (a, b))) for a, b in zip(rows[-1], cells)]
            else:
                rows.append(cells)
    if not header or not rows:
        return None
    return end, [header] + rows


def _aligned_table(lines: list[str], i: int) -> tuple[int, list[list[str]]] | None:
    """The table typed with spaces whose header is lines[i], and its end; None when none starts.

    The run is the lines from `i` on (the line above holds no gap) that each hold a gap of two
    or more spaces (a rule of dashes under the header may stand between). Its columns start
    where a stretch of positions blank on every line of the run, two or more wide, ends: left-
    and right-aligned columns alike. A line whose first cell is empty, or that fills one cell
    only, carries on the row above (a cell wrapped onto the next line)."""
    if i and _GAP.search(lines[i - 1].strip()):
        return None  # the header opens the run: a line in the middle of one is a row
    end, text_lines, indent = i, [], _indent(lines[i])
    while end < len(lines):
        line = lines[end]
        if end == i + 1 and _RULE_LINE.match(line):
            end += 1
            continue
        wrapped = bool(line.strip()) and _indent(line) > indent  # a cell's next line, maybe
        if not (_GAP.search(line.strip()) or wrapped) or ITEM_START.match(line):
            break
        text_lines.append(line.rstrip())
        end += 1
    while text_lines and not _GAP.search(text_lines[-1].strip()):
        text_lines.pop()  # an indented line after the table is not a row's
        end -= 1
    if len(text_lines) < MIN_ALIGNED_ROWS + 1:
        return None
    starts = _column_starts(text_lines)
    if not starts:
        return None
    table: list[list[str]] = []
    for line in text_lines:
        cuts = [0] + starts + [len(line)]
        cells = [line[a:b].strip() for a, b in zip(cuts, cuts[1:])]
        if table and (not cells[0] or not _GAP.search(line.strip())):
            table[-1] = [f"{old} {new}".strip() for old, new in zip(table[-1], cells)]
        else:
            table.append(cells)
    if all(set(row[0]) <= {">"} for row in table):
        table = [row[1:] for row in table]  # the marks of a quotation (an e-mail's "> ")
    header = table[0]
    if sum(bool(c) for c in header) < 2 or header[0].endswith(":") or len(table) < 2:
        return None  # "Date:   9 July" over "To:   All staff" is a memo's fields, not a table
    if any(not _cell_like(cell) or "  " in cell for row in table for cell in row):
        return None  # a wide gap inside a cell: columns that do not line up on every line
    if any(_DIGIT.search(cell) and _shape(cell) in {_shape(row[j]) for row in table[1:]
                                                   if j < len(row)}
           for j, cell in enumerate(header)):
        # its first line is a row like the others, a figure of the same form in a column
        # ("30 Nov 2026" over "18 Dec 2026"; a header says "Step 1" over "22,800"): a table
        # with no header, each row its cells
        return end, [[""] * len(header)] + table
    return end, table


def _shape(cell: str) -> str:
    """A cell's form: its figures and words as placeholders ("TVM 32,000": "a 9,9")."""
    return _WORD.sub("a", _DIGIT.sub("9", cell))


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _column_starts(lines: list[str]) -> list[int]:
    """Where each column after the first starts: the end of each stretch of two or more
    positions that are blank on every line, between the run's first and last characters."""
    first = min(_indent(line) for line in lines)
    last = max(len(line) for line in lines)
    blank = [all(p >= len(line) or line[p] == " " for line in lines) for p in range(last)]
    starts, run = [], 0
    for p in range(first, last):
        if blank[p]:
            run += 1
            continue
        if run >= 2:
            starts.append(p)
        run = 0
    return starts


def _cells(line: str, delimiter: str) -> list[str] | None:
    """The cells of `line` split on `delimiter` (CSV quoting understood), None when it holds no
    delimiter or is a list item."""
    if delimiter not in line or not line.strip() or ITEM_START.match(line):
        return None
    if delimiter in _PROSE_DELIMITERS and not _written_as_csv(line, delimiter):
        return None
    text = line.strip()
    if delimiter == "|" and text.startswith("|") and text.endswith("|") and len(text) > 1:
        text = text[1:-1]  # "| a | b |": the outer bars enclose the cells
    cells = next(csv.reader([text], delimiter=delimiter, skipinitialspace=True))
    return [cell.strip() for cell in cells]


def _written_as_csv(line: str, delimiter: str) -> bool:
    """Whether the commas (or semicolons) of `line` outside quotes separate cells as a program
    writes them: none followed by a space, none inside a number."""
    bare = _QUOTED.sub('""', line.strip())
    return f"{delimiter} " not in bare and not (delimiter == "," and _THOUSANDS.search(bare))


def _cell_like(cell: str) -> bool:
    return len(cell.split()) <= MAX_CELL_WORDS and not _SENTENCE_INSIDE.search(cell)
