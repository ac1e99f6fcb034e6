"""Pandoc's block markup that CommonMark lacks, as markdown-it block rules, so the reader sees
what Pandoc's output shows (definition lists come from `mdit_py_plugins.deflist`).

- A grid table: cells drawn with "+---+" borders and "|" between them, a cell's words wrapped
  over several lines, "+===+" under the header row(s). It becomes the same table tokens as a
  pipe table, so each row is read with its header; a cell spanning columns is one cell (no
  "|" at a column border on its lines), and a border is never a word.
- A line block: lines each starting with "| " (an address, a verse, a rota), a line going on
  with a leading space. It is a paragraph whose lines are broken where the author broke them.
- A title block: the document's first lines, "% Title", "% Author; Author", "% Date" (a field
  may be left empty, a field's line may go on with a leading space). It is what Pandoc's page
  header shows: the title as the page's heading, then each author and the date, a line each;
  never one sentence of "%" marks.
- A YAML metadata block anywhere in the document ("---", YAML fields, "---" or "..."; a blank
  line before it, none after its "---"): the document's metadata, no words of its text, as
  front matter is. Its "title" titles the document. It must hold YAML fields, as Pandoc
  requires; "---" before anything else is a horizontal rule.
- A table caption: a paragraph opening with "Table:" or ":" right before or after a table.
  Pandoc shows it as the table's caption: it is the table's label, which its rows are quoted
  with (see `captions`).
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^\+(?:[-=:]+\+)+[ \t]*$")  # "+-----+-----+", "+=====+", "+:===+"
_SEPARATOR = re.compile(r"\+[-=:]+\+")  # a border under all cells of a row, or some of them
_LINE_BLOCK = re.compile(r"^\|(?: |$)")
_METADATA_OPEN = re.compile(r"^---[ \t]*$")
_METADATA_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_TITLE_FIELDS = 3  # a title block's: title, authors, date
_CAPTION = re.compile(r"^(?:[Tt]able)?:[ \t]+(?=\S)")


def grid_plugin(md) -> None:
    md.block.ruler.after("table", "grid_table", _grid_table)
    md.block.ruler.after("grid_table", "line_block", _line_block)
    md.block.ruler.before("table", "title_block", _title_block)
    md.block.ruler.before("hr", "metadata_block", _metadata_block)


def _line(state, n: int) -> str:
    return state.src[state.bMarks[n] + state.tShift[n]:state.eMarks[n]]


def _grid_table(state, start: int, end: int, silent: bool) -> bool:
    if state.is_code_block(start) or not _BORDER.match(_line(state, start)):
        return False
    lines, n = [], start
    while n < end and _line(state, n)[:1] in ("+", "|") and not state.is_code_block(n):
        lines.append(_line(state, n).rstrip())
        n += 1
    if len(lines) < 3 or not _BORDER.match(lines[-1]):
        return False  # no closing border: not a table after all
    if silent:
        return True
    rows, head_rows = _rows(lines)
    state.push("table_open", "table", 1).map = [start, n]
    header = [" ".join(filter(None, names)) for names in zip(*rows[:head_rows])]
    if header:  # a header of two rows names each column by both
        _push_rows(state, "thead", "th", [header])
    _push_rows(state, "tbody", "td", rows[head_rows:])
    state.push("table_close", "table", -1)
    state.line = n
    return True


def _rows(lines: list[str]) -> tuple[list[list[str]], int]:
    """The cells of each row of a grid table, and how many rows are its header (those above
    its first "+===+" line). A cell spanning rows (a border line drawn only under some cells)
    is read in every row it spans, as a reader takes it for each of them."""
    columns = sorted({m.start() for line in lines if _SEPARATOR.search(line)
                      for m in re.finditer(r"\+(?=[-=:])|(?<=[-=:])\+", line)})
    rows: list[list[list[str]]] = []  # each cell a list of its words, shared by spanned rows
    spanning: dict[tuple[int, int], list[str]] = {}  # the cells a partial border leaves open
    head_rows, current = 0, []
    for i, line in enumerate(lines[1:], 1):
        if not _SEPARATOR.search(line):
            current.append(line)
            continue
        if current:
            rows.append(_cells(current, columns, spanning))
        current, spanning = [], {}
        for (left, right), words in (rows[-1] if rows else {}).items():
            if not re.fullmatch(r"\+[-=:+]+\+", line[left:right + 1]):
                spanning[(left, right)] = words  # no border under it: it goes on below
                words.append(line[left + 1:right].strip())
        if "=" in line and not head_rows and i < len(lines) - 1:
            head_rows = len(rows)
    head = [_slots(row, columns, repeat=True) for row in rows[:head_rows]]
    return head + [_slots(row, columns, repeat=False) for row in rows[head_rows:]], head_rows


def _slots(row: dict[tuple[int, int], list[str]], columns: list[int], repeat: bool) -> list[str]:
    """A row's words column by column: a header cell spanning columns names each of them (so
    the rows below line up with their names), a body cell is read once, in its first column."""
    slots = []
    for (left, right), words in row.items():
        spanned = sum(left <= c < right for c in columns)
        text = " ".join(w for w in words if w)
        slots += [text] + [text if repeat else ""] * (spanned - 1)
    return slots


def _cells(lines: list[str], columns: list[int],
           spanning: dict[tuple[int, int], list[str]]) -> dict[tuple[int, int], list[str]]:
    """The words of each cell of one table row, by its left and right border: a cell's lines
    joined, its borders gone. A column border with no "|" on the row's lines lies inside a
    cell spanning both columns; a cell spanning rows from above goes on with these words."""
    edges = [c for c in columns if all(c >= len(line) or line[c] in "|+" for line in lines)]
    cells = {}
    for left, right in zip(edges, edges[1:]):
        words = spanning.get((left, right), [])
        words.extend(line[left + 1:right].strip() for line in lines)
        cells[(left, right)] = words
    return cells


def _push_rows(state, group: str, tag: str, rows: list[list[str]]) -> None:
    state.push(f"{group}_open", group, 1)
    for cells in rows:
        state.push("tr_open", "tr", 1)
        for words in cells:
            state.push(f"{tag}_open", tag, 1)
            _push_inline(state, words, None)
            state.push(f"{tag}_close", tag, -1)
        state.push("tr_close", "tr", -1)
    state.push(f"{group}_close", group, -1)


def _line_block(state, start: int, end: int, silent: bool) -> bool:
    if state.is_code_block(start) or not _LINE_BLOCK.match(_line(state, start)):
        return False
    lines, n = [], start
    while n < end and not state.is_code_block(n):
        text = _line(state, n)
        if _LINE_BLOCK.match(text):
            lines.append(text[2:].strip())
        elif text and state.sCount[n] > state.blkIndent and lines:
            lines[-1] += " " + text.strip()  # a long line going on
        else:
            break
        n += 1
    if silent:
        return True
    state.push("paragraph_open", "p", 1).map = [start, n]
    # each line ends with a hard break (a backslash before the newline), as Pandoc shows it
    _push_inline(state, "\\\n".join(lines), [start, n])
    state.push("paragraph_close", "p", -1)
    state.line = n
    return True


def _title_block(state, start: int, end: int, silent: bool) -> bool:
    if start != 0 or state.level > 0 or not _line(state, 0).startswith("%") \
            or state.sCount[0] > 0:
        return False
    fields: list[list[str]] = []  # the lines of each field: title, authors, date
    n = 0
    while n < end and not state.isEmpty(n):
        text = _line(state, n)
        if state.sCount[n] == 0 and text.startswith("%") and len(fields) < _TITLE_FIELDS:
            fields.append([text[1:].strip()])
        elif state.sCount[n] > 0 and fields:
            fields[-1].append(text.strip())  # the field goes on
        else:
            break
        n += 1
    if silent:
        return True
    title, people, date = (fields + [[]] * _TITLE_FIELDS)[:_TITLE_FIELDS]
    if any(title):
        state.push("heading_open", "h1", 1).map = [0, n]
        _push_inline(state, " ".join(filter(None, title)), [0, n])
        state.push("heading_close", "h1", -1)
    # authors are separated by ";" or written a line each; the date is one line
    lines = [p.strip() for line in people for p in line.split(";")] + [" ".join(date)]
    for line in filter(None, lines):
        state.push("paragraph_open", "p", 1).map = [0, n]
        _push_inline(state, line, [0, n])
        state.push("paragraph_close", "p", -1)
    state.line = n
    return True


def _push_inline(state, content: str, lines: list[int] | None) -> None:
    """Words a block rule found, to be parsed as markdown's inline text is."""
    inline = state.push("inline", "", 0)
    inline.content, inline.map, inline.children = content, lines, []


def _metadata_block(state, start: int, end: int, silent: bool) -> bool:
    if state.level > 0 or state.sCount[start] > 0 \
            or not _METADATA_OPEN.match(_line(state, start)) \
            or (start > 0 and not state.isEmpty(start - 1)) \
            or start + 1 >= end or state.isEmpty(start + 1):
        return False
    n = start + 1
    while n < end and not (state.sCount[n] == 0 and _METADATA_CLOSE.match(_line(state, n))):
        n += 1
    if n == end:
        return False
    fields = yaml_fields(state.getLines(start + 1, n, 0, False))
    if fields is None:
        return False  # no YAML fields: a rule, then text
    if silent:
        return True
    token = state.push("metadata", "", 0)
    token.map, token.meta = [start, n + 1], fields
    state.line = n + 1
    return True


def yaml_fields(text: str) -> dict | None:
    """The fields of a YAML metadata block or front matter, None when `text` is not YAML
    fields (a scalar or a list is not metadata)."""
    import yaml

    try:
        fields = yaml.safe_load(text)
    except yaml.YAMLError:
        return None
    return fields if isinstance(fields, dict) else None


def captions(tokens) -> dict[int, int]:
    """The caption of each table that has one: the index of its paragraph's inline token, by
    the index of the table's "table_open" token. A caption right before a table is that
    table's; one right after a table is its caption when it has none before, as Pandoc reads
    them in order."""
    found: dict[int, int] = {}
    used: set[int] = set()
    for i, tok in enumerate(tokens):
        if tok.type != "table_open":
            continue
        close = next(j for j in range(i, len(tokens)) if tokens[j].type == "table_close")
        for at in (i - 2, close + 2):
            if at in used or not 0 < at < len(tokens) - 1 or tokens[at].type != "inline" \
                    or tokens[at - 1].type != "paragraph_open" \
                    or tokens[at - 1].level != tok.level:
                continue
            if _CAPTION.match(tokens[at].content):
                found[i] = at
                used.add(at)
                break
    return found


def caption_words(words: str) -> str:
    """A caption's words without the "Table:" or ":" that marks it."""
    return _CAPTION.sub("", words.lstrip(), count=1)
