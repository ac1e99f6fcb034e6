"""Word tables: which hold data and how their rows read, and which only lay out a page.

A Word table is one of three things, told apart by what it holds and how it is formatted,
as the HTML reader tells a web page's tables apart (`html._is_layout`):

- a layout table: a CV in a grid, a sidebar beside a main column, a boxed note. Its cells hold
  a page's blocks (nested tables, lists, headings, several paragraphs with no header above
  them, unless together they are a short label set on two lines, "Step 2" over "Shortlisting":
  under a formatted header row, a block in a cell or two is that cell's detail, read after
  the table), or it has one column (a stack of boxes) or one row (columns of a page).
  It is read as its cells' blocks in order (see `docx._items`), never as rows;
- a data table under a header row: a row Word repeats at the top of each page (`w:tblHeader`),
  a first row the table's style sets apart, or a first row of short bold labels over rows that
  are not bold (a first column bold all the way down is a column of labels, not a header);
  with no formatting to say so, a first row of short labels is a header when the table has
  three or more columns, and in a two-column table when the column below it holds
  figures its top cell does not ("Level | Typical salary" over "Junior | £24,000");
- a key/value table: two columns, short labels in the first ("Salary | £29,970 a year"), read
  as "Salary: £29,970 a year"; with no header, any other table's row is its cells.

In any of the last two, a row that is one cell merged across every column (a band) holds no
column's value: it titles the rows under it, or is a note under the table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.readers.base import KEY_WORDS, combine_header, key_labels, table_row

_LABEL_WORDS = 8  # a column's name is a few words ("Typical UK salary (2024)")
_FIGURE = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Cell:
    text: str  # its paragraphs' words on one line
    paragraphs: int = 0  # how many paragraphs with words it holds
    bold: bool = False  # all its words are bold
    blocks: bool = False  # it holds a table, a list or a heading: the content of a page


@dataclass
class Grid:
    """A table's rows of cells (a cell merged over rows or columns is in each it covers)."""

    rows: list[list[Cell]]
    marked: int = 0  # leading rows marked as header rows (Word repeats them on each page)
    styled_head: bool = False  # its table style sets the first row apart, and it is switched on
    notes: list = field(default_factory=list)  # the notes its cells refer to


def is_layout(grid: Grid) -> bool:
    rows = [row for row in grid.rows if any(c.text for c in row)]
    cells = [c for row in grid.rows for c in row]
    holding = {id(c) for c in cells if c.blocks}
    if holding and not (_formatted_head(grid) and len(holding) <= max(1, len(rows) // 4)):
        return True  # a data table under its header may hold a table or list in a cell or two
    if not rows:
        return False
    if max(len({c.text for c in row if c.text}) for row in rows) <= 1:
        return True  # one column: a stack of boxes
    if len(rows) == 1 and not grid.marked:
        return True  # one row: the columns of a page
    # a cell of several paragraphs holds a page's text, unless together they are one short
    # label set on two lines ("Step 2" over "Shortlisting" beside what that step is)
    return not _formatted_head(grid) and any(c.paragraphs > 1 and not _label(c.text, KEY_WORDS)
                                             for c in cells)


def rows_text(grid: Grid) -> list[tuple[str, str, str]]:
    """The table as it is read, in order, as (kind, text, label): each row below the header as
    it is quoted (with its columns' names, as a label and its value, or as its cells), labelled
    by the band it stands under; a band, one cell merged across every column, is no value of
    the first column but a paragraph: the title of the rows under it ("Apprentices",
    "Qualified staff"), or a note on the table when none follow."""
    rows = [row for row in grid.rows if any(c.text for c in row)]
    width = max((len(row) for row in rows), default=0)

    def band(row: list[Cell]) -> bool:
        return width > 1 and len(row) == width and all(c is row[0] for c in row)

    values = [row for row in rows if not band(row)]
    marked = sum(1 for row in grid.rows[:grid.marked] if any(row is v for v in values))
    heads = header_rows(Grid(values, marked, grid.styled_head))
    header: list[str] = []
    for row in values[:heads]:  # "Salary" over "National" and "London": "Salary (National)"
        header = combine_header(header, [c.text for c in row])
    keyed = not header and _key_value(values[heads:])
    out, title = [], ""
    for row in rows:
        if band(row):  # a title is a name, a note is a sentence
            title = row[0].text if _label(row[0].text, _LABEL_WORDS) else ""
            out.append(("paragraph", row[0].text, ""))
        elif not any(row is h for h in values[:heads]):
            if keyed:
                text = f"{row[0].text.rstrip(':')}: {row[1].text}" if row[1].text else row[0].text
            else:
                text = table_row(header, _once(row))
            out.append(("row", text, title))
    return out


def header_rows(grid: Grid) -> int:
    """How many rows at the top of the table name its columns (see module docs)."""
    heads = _first_header_rows(grid)
    while heads and heads < len(grid.rows) - 1 and _header_goes_on(grid, heads):
        heads += 1
    return heads


def _header_goes_on(grid: Grid, heads: int) -> bool:
    """The row below the header rows found so far is a header row too: a header cell is merged
    down into it ("Grade" over two rows beside "Salary" over "National | London"), or it is
    set apart as they are (bold over body rows that are not)."""
    above, row = grid.rows[heads - 1], grid.rows[heads]
    named = [c.text for c in row if c.text]
    if not named or not all(_label(text, _LABEL_WORDS) and not _FIGURE.search(text)
                            for text in named):
        return False
    if any(a is c and a.text for a, c in zip(above, row)):
        return True
    return _bold_row(above) and _bold_row(row) and \
        not all(_bold_row(r) for r in grid.rows[heads + 1:])


def _first_header_rows(grid: Grid) -> int:
    rows = grid.rows
    if grid.marked:
        return min(grid.marked, len(rows) - 1)
    if len(rows) < 2:
        return 0
    first = rows[0]
    named = [c.text for c in first if c.text]
    if not named or not all(_label(text, _LABEL_WORDS) for text in named):
        return 0
    if _formatted_head(grid):
        return 1
    width = len(first)
    if width == 2 and _bold_labels(rows) and _key_value(rows):
        return 0
    if width >= 3:
        return 1
    for col, top in enumerate(first):
        below = [row[col].text for row in rows[1:] if col < len(row) and row[col].text]
        if top.text and not _FIGURE.search(top.text) and below \
                and all(_FIGURE.search(text) for text in below):
            return 1
    return 0


def _formatted_head(grid: Grid) -> bool:
    """The first row is set apart as a header by its formatting."""
    if grid.marked or grid.styled_head:
        return True
    rows = grid.rows
    if len(rows) < 2:
        return False
    return _bold_row(rows[0]) and not all(_bold_row(row) for row in rows[1:]) \
        and not _bold_labels(rows)


def _bold_labels(rows: list[list[Cell]]) -> bool:
    """The first column is bold all the way down beside cells that are not: a column of labels
    ("Job title | Analyst", "Grade | Band 5"), bold as a column, whose first row is one more
    label and value, not a header, however it is formatted or what its column holds."""
    return all(row[0].bold for row in rows if row and row[0].text) \
        and not all(_bold_row(row) for row in rows[1:])


def _bold_row(row: list[Cell]) -> bool:
    filled = [c for c in row if c.text]
    return bool(filled) and all(c.bold for c in filled)


def _key_value(rows: list[list[Cell]]) -> bool:
    """Two columns, a short label on the left of each row (`base.key_labels`)."""
    return bool(rows) and all(len(row) == 2 for row in rows) \
        and key_labels([row[0].text for row in rows])


def _label(text: str, words: int) -> bool:
    """A name for a column or a value: a few words, ending no sentence, not a figure."""
    return bool(text) and len(text.split()) <= words and text[-1] not in ".!?;" \
        and bool(_LETTER.search(text))


def _once(row: list[Cell]) -> list[str]:
    """The texts of a row's cells, a cell merged across columns read once. Only a merged cell
    (one `Cell` in each column it spans) repeats a value: two cells that say the same are two
    values ("Signed off | Signed off" under two columns)."""
    return [c.text if i == 0 or c is not row[i - 1] else "" for i, c in enumerate(row)]
