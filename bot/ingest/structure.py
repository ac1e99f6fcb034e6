"""Recovering the structure of a document: title, headings, list items, sentences.

:func:`parse_document` is the entry point. Formats with markup (markdown, HTML, PDF, docx)
arrive with typed blocks from their reader and `blocks.parse_blocks` turns those into units.
Plain text has no markup, and the rest of this module infers its structure.

Plain-text seeds are often text scraped from web pages. Headings are plain lines, bullets come as `- `,
`•` or `1.`, nested lists are sometimes flattened, the last bullet of a list sometimes runs into
the paragraph after it, and page furniture ("logoAiPathly", "first image", "Read also: ...") is
mixed in. A heading titles body text: short lines that end a passage alone (a forum post's
"Cheers" over a name, before the rule that closes the post) are text, not headings.
:func:`parse` turns such a text into :class:`Unit` records: sentences and list items with exact
character offsets, the heading path they sit under and, for list items, the label of their
group. Noise lines never become units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.ingest.blocks import parse_blocks
from bot.ingest.readers import Block, file_title
from bot.ingest.readers.base import FIELD_LINE
from bot.ingest.readers.text import underlines
from bot.ingest.readers.text_faq import end_matter, faq_labels
from bot.ingest.readers.text_tables import LEADER
from bot.ingest.readers.text_transcript import turns
from bot.ingest.units import LONG_ITEM_WORDS, SENTENCE_END, Parsed, UnitMaker, split_sentences
from bot.records import Unit

__all__ = ["Parsed", "parse", "parse_document", "split_sentences"]

# a bullet, a number, or a plain-text document's "o" (an RFC's bullet) or letter ("a.") set
# apart by two spaces
_BULLET = re.compile(r"^(?:(?:[-•*▪◦●–]|\d{1,2}[.)])(?=\s)|(?:o|[a-z][.)])(?= {2}|\t))"
                     r"\s*")
_LONE_MARKER = re.compile(r"^(?:[-•*▪◦●–]|\d{1,2}[.)])$")
_NOISE = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^logo\w*$",
        r"^(?:first|second|third|fourth|fifth|\w+)\s+image$",
        r"^read(?:\s+also|\s+more)?\s*:.*$",
        r"^tags\s*:.*$",
        r"^popular posts\s*:?.*$",
        r"^(?:leave a reply|leave a comment|share this.*|subscribe.*|related posts?:?.*)$",
        r"^your email address will not be published.*$",
        r"^(?:last updated|published|posted)(?: on)?\b.*\d{4}$",
        r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),\s+\w+\s+\d{1,2},\s+\d{4}$",
        # a notice is short: a long line that opens with one goes on to say something
        r"^(?:copyright|©)\W*(?:\w+(?:\W+|$)){0,20}$",
        r"^all rights reserved\.?$",
        # a row of controls as a text dump of a page shows them: "[ Reply ]  [ Quote ]"
        r"^(?:\[[^\[\]]*\]\s*){2,}$",
        # the pager and the software's credit at the foot of a saved page ("Page 1 of 3  << Back
        # to the forum", "Powered by phpBB"): the site's, not the document's
        r"^page \d+ of \d+\b.*$",
        r"^powered by\W+(?:\w+(?:\W+|$)){0,8}$",
    )
]
# "operator: LNER | region: East Coast": a table row written out with its header, as the readers
# write rows (a table pasted into plain text is written so by the text reader)
_ROW = re.compile(r"^[^|:\n]{1,60}: [^|\n]*\S(?: \| [^|:\n]{1,60}: [^|\n]*\S)+$")
# a row of a table with no header, as the readers write one ("30 Nov 2026 | Ballot opens",
# "Junior designer | TVM 32,000"): cells that hold a figure, as a title's parts ("Careers |
# Acme") do not
_BARE_ROW = re.compile(r"^(?=[^\n]*\d)[^|\n]{1,60} \| [^|\n]*\S(?: \| [^|\n]*\S)*$")
_PAGE = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,6})$", re.IGNORECASE)
# section numbering that opens a line: "2.", "2.1", "2.1.3" (a heading's depth is its parts')
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s")
MAX_SUBTITLE_LINES = 2  # more lines set close under a title are a passage of their own
MAX_KICKER_WORDS = 3  # "WEBINAR TRANSCRIPT", "PRESS RELEASE": a label over the title
_TITLE_FIELD = re.compile(r"^Title:\s*(\S.*)$", re.IGNORECASE)  # a header block's title field
_FIELD_LINE = re.compile(r"^[A-Z][\w-]*(?: [\w-]+){0,2}:[ \t]+\S")  # "Last-modified: 2027/01/18"
_GENERIC_TITLES = {"overview", "introduction", "summary", "contents", "table of contents"}
_INLINE_MARK = re.compile(r"(?:(?<=[.:!?)+])|(?<=\w))\s+(### |- (?=[A-Z])|\d\. (?=[A-Z]))")
_SMALL_WORDS = {"and", "or", "of", "in", "for", "the", "to", "a", "an", "with", "on", "&"}
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
_WORD = re.compile(r"[A-Za-z][\w'’&.-]*")


@dataclass
class _Line:
    start: int
    end: int
    text: str
    indent: int
    bullet: bool = False
    lone: bool = False  # a bullet marker alone on its line: the next line is a group label
    heading: bool = False
    subtitle: bool = False  # set directly under the title: text, not a heading
    row: bool = False  # a table row written out with its header (or a name, a leader, a value)
    question: bool = False  # an FAQ's question over its answer (see `text_faq`): a heading
    closes: bool = False  # opens text out of the sections above (FAQ end matter, the turns)
    spoken: bool = False  # a speaker's turn, or a line of a transcript's list: never a heading
    number: int = 0  # how many parts the section number opening the line has ("2.1": 2)
    ordinal: int = 0  # the number opening the line ("4. PAY": 4)
    level: int = 0
    group_size: int = 0


def parse_document(source: str, text: str, title: str = "",
                   blocks: tuple[Block, ...] | None = None) -> Parsed:
    """Units of a document: from its reader's blocks when it has them, else inferred."""
    if blocks is None:
        parsed = parse(source, text)
        return Parsed(title or parsed.title, parsed.units)
    return parse_blocks(source, text, title, blocks)


def parse(source: str, text: str) -> Parsed:
    """Units of `text` (the whole file) in reading order, and the document's title."""
    lines = _content_lines(text)
    title, body = _split_title(lines, source, text)
    _mark_headings(body, text)
    units = _Walker(source, text, title).walk(body)
    return Parsed(title=title, units=units)


def _content_lines(text: str) -> list[_Line]:
    """Non-blank, non-noise lines with the offsets of their content (marker and indent excluded)."""
    lines: list[_Line] = []
    matches = list(re.finditer(r"^[^\n]*$", text, re.MULTILINE))  # each line once
    contents = _contents_entries([m.group().strip() for m in matches])
    raw_lines = [m.group() for m in matches]
    questions, answers = faq_labels(raw_lines)
    spoken = turns(raw_lines)  # a transcript's turns (see `text_transcript`)
    closing = {end_matter(raw_lines, questions, answers), min(spoken, default=-1)}
    for n, match in enumerate(matches):
        raw = match.group()
        # "Q: ", "A: ", "[00:01:15] AR: ": markup, not text
        label = questions.get(n) or answers.get(n) or spoken.get(n) or 0
        stripped = raw[label:].strip()
        if not stripped or any(p.match(stripped) for p in _NOISE) or n in contents:
            if stripped and lines:
                lines.append(_Line(0, 0, "", 0))  # noise separates passages
            continue
        indent = len(raw) - len(raw.lstrip())
        start = match.start() + (label or indent)
        if _LONE_MARKER.match(stripped):
            lines.append(_Line(start, start, "", indent, bullet=True, lone=True))
            continue
        # a row is one line as written, never flattened markdown to split
        pieces = [(0, stripped, False)] if _ROW.match(stripped) else _inline_pieces(stripped)
        for offset, piece, inline_heading in pieces:
            marker = _BULLET.match(piece)
            skip = marker.end() if marker else 0
            content = piece[skip:].rstrip()
            at = start + offset + skip
            line = _Line(at, at + len(content), content, indent + (2 if offset else 0),
                         bullet=bool(marker), number=_numbering(piece),
                         ordinal=_ordinal(piece),
                         row=not marker and bool(_ROW.match(content) or LEADER.match(content)
                                                  or _BARE_ROW.match(content)))
            if inline_heading:
                line.heading, line.level = True, 3
            line.question = n in questions and not offset
            line.closes = n in closing and not offset
            line.spoken = n in spoken or _listed(raw_lines, n, spoken)
            lines.append(line)
    lines = _merge_lone_markers(lines)
    _underlined(lines, text)
    _numbered_headings(lines)
    _count_groups(lines)
    return lines


def _listed(lines: list[str], n: int, spoken: dict[int, int]) -> bool:
    """Whether lines[n] is a line of a list in a transcript's header (see `text_transcript`):
    set directly under another line of the header, as participants are under their heading."""
    return bool(spoken) and 0 < n < min(spoken) and bool(lines[n - 1].strip())


def _contents_entries(lines: list[str]) -> set[int]:
    """The numbers of the lines that are a table of contents' ("Pay ........ 12"): furniture,
    pointing at the text. A contents list is a run of dot-leader lines that all end in a page
    number; a run of leaders ending in other values ("Median salary ..... 24,500") is a list of
    facts, the one among them that ends in a bare number ("Jobs posted ..... 47") included."""
    entries: set[int] = set()
    run: dict[int, str] = {}  # line number: the value after the leader
    for n, line in enumerate([*lines, ""]):
        match = LEADER.match(line)
        if match:
            run[n] = match.group(2)
            continue
        if all(_PAGE.match(value) for value in run.values()):
            entries.update(run)
        run = {}
    return entries


def _numbering(piece: str) -> int:
    match = _SECTION_NUMBER.match(piece)
    return match.group(1).count(".") + 1 if match else 0


def _ordinal(piece: str) -> int:
    match = _SECTION_NUMBER.match(piece)
    return int(match.group(1).split(".")[0]) if match else 0


def _numbered_headings(lines: list[_Line]) -> None:
    """"3. PAY" over text is a numbered section's heading, not an item of a numbered list: its
    title is in capitals, as the document's headings are (or the document numbers sections in
    depth, "2.1." under "2."), and what follows it is not the next item of its list ("4."
    after "3."; a list that counts from 1 again under it is the section's own)."""
    content = [ln for ln in lines if ln.text]
    # a document numbering sections in depth ("2.1." under "2.") numbers its headings so
    deep = any(ln.number >= 2 for ln in content)
    for line, nxt in zip(content, content[1:]):
        if not (line.bullet and line.number and (_capitals(line.text) or deep)
                and _heading_like(line.text)):
            continue
        if not (nxt.bullet and nxt.number and nxt.indent == line.indent
                and nxt.ordinal == line.ordinal + 1):
            line.bullet = False


def _underlined(lines: list[_Line], text: str) -> None:
    """A numbered line underlined by a rule on the very next line ("1. Licence categories" over
    "-----", a Setext heading) is a section's heading, not an item of a numbered list."""
    for line, nxt in zip(lines, lines[1:]):
        if line.bullet and line.number and line.text \
                and text.count("\n", line.end, nxt.start) == 1 \
                and underlines(text[text.rfind("\n", 0, line.start) + 1:line.end], nxt.text):
            line.bullet = False


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _inline_pieces(line: str) -> list[tuple[int, str, bool]]:
    """Split a long line that holds flattened markdown ("... include: ### Skills - Python ...")
    into (offset, piece, is_heading) parts."""
    marks = _inline_marks(line) if len(line) >= 200 else []
    if not marks:
        return [(0, line, False)]
    pieces: list[tuple[int, str, bool]] = []
    cuts = [0] + marks + [len(line)]
    for a, b in zip(cuts, cuts[1:]):
        piece = line[a:b].rstrip()
        if piece.startswith("### "):
            name, rest = _inline_heading(piece[4:])
            pieces.append((a + 4, name, True))
            if rest:
                pieces.append((a + 4 + piece[4:].index(rest, len(name)), rest, False))
        elif piece:
            pieces.append((a, piece, False))
    return pieces


def _inline_marks(line: str) -> list[int]:
    """Where the flattened markup in `line` starts. A flattened numbered list counts its items
    from 1, so a number out of that order is the sentence's own ("start on Band 5. An ...")."""
    marks, last = [], 0
    for match in _INLINE_MARK.finditer(line):
        marker = match.group(1)
        if marker[0].isdigit():
            if int(marker[0]) != last + 1:
                continue
            last += 1
        marks.append(match.start(1))
    return marks


def _inline_heading(text: str) -> tuple[str, str]:
    """("Role in MLOps", "AI Pipeline Engineers are ...") from "Role in MLOps AI Pipeline ..."."""
    words = text.split(" ")
    taken = []
    for i, word in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if taken and (not word[:1].isupper() and word not in _SMALL_WORDS):
            taken.pop()  # the capitalised word before a lowercase one starts the sentence
            break
        if not nxt:
            taken.append(word)
            break
        taken.append(word)
    name = " ".join(taken).strip() or text
    return name, text[len(name):].strip()


def _count_groups(lines: list[_Line]) -> None:
    """For each bullet, how many bullets at its indent follow it before anything else."""
    run = 0
    for i in range(len(lines) - 1, -1, -1):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        same = nxt is not None and nxt.bullet and nxt.indent == line.indent
        run = run + 1 if (line.bullet and same) else 0
        line.group_size = run + 1 if line.bullet else 0


def _merge_lone_markers(lines: list[_Line]) -> list[_Line]:
    merged: list[_Line] = []
    pending = False
    for line in lines:
        if line.lone:
            pending = True
            continue
        if pending and line.text:
            line.bullet, line.lone = True, True
        pending = False
        if merged and line.text and merged[-1].text == line.text and not line.bullet:
            continue  # pages often repeat a heading line
        merged.append(line)
    return merged


def _heading_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 14 or len(text) > 100:
        return False
    if text[-1] in ".,;:!" or not (text[0].isupper() or text[0].isdigit()):
        return False
    # a section's number ("2.1.  Membership grades") ends no sentence
    return SENTENCE_END.search(_SECTION_NUMBER.sub("", text, count=1)) is None


def _titleish(text: str, max_words: int = 8) -> bool:
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    if not words or len(text.split()) > max_words or text[-1] in ".;!":
        return False
    return sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _split_title(lines: list[_Line], source: str, text: str) -> tuple[str, list[_Line]]:
    """The title from the heading-like lines before the first paragraph, or one derived; the
    title's subtitle is marked (see `_mark_subtitle`)."""
    lead = []
    for line in lines:
        if not line.text:
            continue
        if line.bullet or line.row or line.number or line.question \
                or not _heading_like(line.text):
            break  # a numbered line or a question opens a section: the title is above it
        lead.append(line)
    field = next((ln for ln in lead if _TITLE_FIELD.match(ln.text)), None)
    if field is not None:  # "Title: ..." among "Label: value" lines names the document
        return _TITLE_FIELD.match(field.text).group(1), lines[lines.index(field) + 1:]
    # other "Label: value" lines, two or more together (a FAQ's "Last-modified: 2027/01/18"
    # over "Version: 4.2"), are fields, not a title: they stay text
    fields = {id(ln) for a, b in zip(lead, lead[1:]) if _FIELD_LINE.match(a.text)
              and _FIELD_LINE.match(b.text) for ln in (a, b)}
    candidates = [ln for ln in lead if ln.text.lower() not in _GENERIC_TITLES
                  and id(ln) not in fields]
    if candidates:
        # the longest line (a site's name or a date may stand above the title), title-cased
        # if any is ("Beekeeper" over the section heading "What a beekeeper does" below it)
        cased = [ln for ln in candidates if _titleish(ln.text)] or candidates
        best = _masthead(lead, text) or max(cased, key=lambda ln: len(ln.text.split()))
        at = lines.index(best)
        rest = [ln for ln in lines[:at] if id(ln) in fields] + lines[at + 1:]
        # a page often repeats its title as the first heading
        while rest and rest[0].text == best.text:
            rest = rest[1:]
        _mark_subtitle(best, rest, text)
        return best.text, rest
    return _derive_title(lines, source), lines


def _masthead(lead: list[_Line], text: str) -> _Line | None:
    """The first of the lines a text opens with when it is set in capitals over lines that are
    not, all in one passage with it: plain text's way to set a title apart, as a masthead is
    (the lines under it, however long, are its subtitle: who publishes it, an edition). A
    heading-like line after a blank line is a title of its own (the page under a site's name in
    capitals). A word or two in capitals over a title-cased line twice as long are a label (a
    kicker: the kind of document, "WEBINAR TRANSCRIPT"), and that line is the title."""
    if len(lead) < 2 or not _capitals(lead[0].text) or _capitals(lead[1].text) \
            or lead[0].text.lower() in _GENERIC_TITLES:
        return None
    label, under = len(lead[0].text.split()), len(lead[1].text.split())
    if label <= MAX_KICKER_WORDS and under >= 2 * label and _titleish(lead[1].text, 14) \
            and text.count("\n", lead[0].end, lead[1].start) == 1:
        return lead[1]
    if any(text.count("\n", a.end, b.start) != 1 for a, b in zip(lead, lead[1:])):
        return None
    return lead[0]


def _mark_subtitle(title: _Line, rest: list[_Line], text: str) -> None:
    """Mark the title's subtitle: a line or two set directly under the title line, in its own
    passage (no blank line between them, a blank line after), as a newsletter's masthead sets
    its strapline under its name. A subtitle is text, not the heading of what follows. Text
    copied from a web page, a paragraph a line with no blank line between, has no such
    passage."""
    above, under = title, []
    for line in rest[:MAX_SUBTITLE_LINES + 1]:
        if not line.text or text.count("\n", above.end, line.start) != 1 \
                or not _heading_like(line.text):
            break
        above = line
        under.append(line)
    after = rest[len(under)] if len(under) < len(rest) else None
    if not 0 < len(under) <= MAX_SUBTITLE_LINES or (
            after is not None and after.text and text.count("\n", above.end, after.start) < 2):
        return
    for line in under:
        line.subtitle = True


def _derive_title(lines: list[_Line], source: str) -> str:
    """Name a document that has no title line after the role its first sentence is about."""
    first = next((ln.text for ln in lines if ln.text and not _heading_like(ln.text)), "")
    sentence = re.sub(r"\([^)]*\)", " ", first.split(". ")[0])
    words = sentence.split()
    while words and words[0].lower() in {"a", "an", "the"}:
        words = words[1:]
    subject = []
    for word in words:
        if not (word[0].isupper() or word.isupper()):
            break
        subject.append(word)
    if 1 <= len(subject) <= 6:
        title = " ".join(subject)
        return re.sub(r"(ist|er|or|ian|ant|ent)s$", r"\1", title)
    readable = file_title(source)
    return readable if re.search(r"[A-Za-z]", readable) else " ".join(first.split()[:8]) + "…"


def _mark_headings(lines: list[_Line], text: str) -> None:
    """Flag heading lines and give each level 1 (top section) or 2 (subsection). An FAQ's
    question titles its answer, whatever its length (see `text_faq`)."""
    field = [bool(ln.text) and not ln.bullet and bool(FIELD_LINE.match(ln.text)) for ln in lines]
    follows = _body_follows(lines, field, text)
    for i, line in enumerate(lines):
        if line.question:
            line.heading = True
            continue
        if i and lines[i - 1].question:
            continue  # the answer under its question is its body
        if line.level == 3 or line.bullet or line.row or line.subtitle or line.spoken \
                or not line.text or not _heading_like(line.text):
            continue
        if field[i] and ((i and field[i - 1]) or (i + 1 < len(lines) and field[i + 1])):
            continue  # a run of "Label: value" lines is a record's fields, not headings
        line.heading = follows[i]
    heads = [i for i, ln in enumerate(lines) if ln.heading and ln.level != 3]
    for pos, i in enumerate(heads):
        nxt = heads[pos + 1] if pos + 1 < len(heads) else len(lines)
        body = [ln for ln in lines[i + 1:nxt] if ln.text]
        lines[i].level = 1 if _is_major(lines[i].text, body, lines[nxt] if nxt < len(lines) else None) else 2
        if any(lines[h].number for h in heads) and lines[i].number:
            lines[i].level = lines[i].number  # "2" > "2.1", and "2.2" is a sibling of "2.1"
    if any(lines[i].question for i in heads):
        _nest_questions(lines, heads)


def _nest_questions(lines: list[_Line], heads: list[int]) -> None:
    """Level the headings of an FAQ: a question is a subsection of a heading set directly over
    the questions (a topic), else a section of its own; a heading after a question is never
    its subsection (a question titles only its answer), it is the next topic."""
    topic = 0  # the level of the heading set directly over the questions that follow
    for pos, i in enumerate(heads):
        line = lines[i]
        if line.question:
            line.level = topic + 1
            continue
        if pos and lines[heads[pos - 1]].question:
            line.level = max(1, lines[heads[pos - 1]].level - 1)
        nxt = heads[pos + 1] if pos + 1 < len(heads) else len(lines)
        over = nxt < len(lines) and lines[nxt].question \
            and not any(ln.text for ln in lines[i + 1:nxt])
        topic = line.level if over else 0


def _body_follows(lines: list[_Line], field: list[bool], text: str) -> list[bool]:
    """Per line, whether body text (a sentence, an item, a row, a field) follows it before the
    text ends or a rule ("-----") closes the passage: a heading titles text, so short lines that
    end a passage alone (a sign-off, "Cheers" over a name, before the next post) are not
    headings.
    A rule on the very next line underlines the line (a Setext heading) and closes nothing."""
    follows = [False] * len(lines)
    ahead = False  # read from the end: body text comes before the next rule
    for j in range(len(lines) - 1, -1, -1):
        follows[j], line = ahead, lines[j]
        if not line.text:
            continue
        if not _LETTER_OR_DIGIT.search(line.text):
            ahead = False
        elif line.bullet or line.row or field[j] or not _heading_like(line.text):
            ahead = True
    for j in range(len(lines) - 1):
        rule = lines[j + 1]
        if rule.text and not _LETTER_OR_DIGIT.search(rule.text) \
                and text.count("\n", lines[j].end, rule.start) == 1:
            follows[j] = follows[j + 1]  # underlined
    return follows


def _is_major(text: str, body: list[_Line], next_heading: _Line | None) -> bool:
    if text.endswith("?"):
        return True
    if next_heading is None or any(ln.bullet for ln in body):
        return False
    if not body:
        return True  # a heading directly followed by another heading opens a section
    if body[-1].text.endswith(":"):
        return True  # "Here are the key areas:" announces subsections
    return _titleish(text) and not _titleish(next_heading.text)


class _Walker:
    """Turns marked lines into units, tracking the heading path and list-group labels."""

    def __init__(self, source: str, text: str, title: str) -> None:
        self.source, self.text, self.title = source, text, title
        self.path: list[str] = []
        self.levels: list[int] = []
        self.label = ""
        self.label_indent = -1
        self.nested: bool | None = None
        self.asked = False  # the innermost section is a question's: its answer
        self.emit = UnitMaker(source, text)

    def walk(self, lines: list[_Line]) -> list[Unit]:
        for i, line in enumerate(lines):
            if line.closes:
                self.path, self.levels, self.asked = [], [], False
            if not line.text:
                self.label = ""
            elif line.heading:
                self._heading(line)
            elif line.bullet:
                self._bullet(line, lines[i + 1] if i + 1 < len(lines) else None)
            elif line.row:
                self._emit("item", line.start, line.text)  # labelled by the sentence above
            elif not _LETTER_OR_DIGIT.search(line.text):
                self.label = ""
                if self.asked:  # a rule ends the answer: what follows answers no question
                    self.path, self.levels, self.asked = self.path[:-1], self.levels[:-1], False
            else:
                self.label = ""
                nxt = lines[i + 1] if i + 1 < len(lines) else None
                prev = lines[i - 1] if i else None
                if line.text.endswith(":") and nxt is not None and nxt.heading \
                        and prev is not None and prev.bullet:
                    self.path, self.levels = [], []  # an unnamed section starts here
                self._sentences(line.start, line.text)
        return self.emit.units

    def _heading(self, line: _Line) -> None:
        self.levels = [lv for lv in self.levels if lv < line.level]
        self.path = self.path[:len(self.levels)] + [line.text]
        self.levels.append(line.level)
        self.label = ""
        self.asked = line.question

    def _bullet(self, line: _Line, nxt: _Line | None) -> None:
        if self.label and self.nested is None:
            self.nested = line.indent > self.label_indent
        if self.label and self.nested and line.indent <= self.label_indent:
            self.label = ""
        body, tail = _split_runon(line.text)
        is_label = line.lone or body.endswith(":") or (
            nxt is not None and nxt.bullet and _titleish(body) and tail is None
            and (nxt.indent > line.indent or (not _titleish(nxt.text) and nxt.group_size >= 2))
        )
        if is_label:
            self._emit("intro", line.start, body)
            self.label, self.label_indent, self.nested = body.rstrip(":").strip(), line.indent, None
            return
        if len(body.split()) > LONG_ITEM_WORDS:
            self._sentences(line.start, body, kind="item")
        else:
            self._emit("item", line.start, body)
        if tail is not None:
            self.label = ""
            offset = line.text.index(tail, len(body))
            self._sentences(line.start + offset, tail)

    def _sentences(self, start: int, text: str, kind: str = "sentence") -> None:
        for offset, sentence in split_sentences(text):
            if sentence.endswith(":") and kind == "sentence":
                self._emit("intro", start + offset, sentence)
                self.label, self.label_indent, self.nested = sentence.rstrip(":").strip(), -1, False
            else:
                self._emit(kind, start + offset, sentence)

    def _emit(self, kind: str, start: int, text: str) -> None:
        self.emit(kind, start, text, tuple(self.path), self.label, None)


def _split_runon(text: str) -> tuple[str, str | None]:
    """Split a bullet whose text runs into the next paragraph ("... stakeholders Essential skills
    for this role encompass:") into the item and the paragraph."""
    sentences = split_sentences(text)
    if len(sentences) > 1 and sentences[-1][1].endswith(":"):
        offset = sentences[-1][0]
        return text[:offset].rstrip(), text[offset:]
    for match in re.finditer(r"(?<=[a-z0-9)%])\s+(?=[A-Z][a-z]+[\s:])", text):
        tail = text[match.end():]
        head = text[:match.start()]
        words = tail.split()
        lower = sum(w[0].islower() for w in words)
        last = head.split()[-1] if head.split() else ""
        if last.lower() in _SMALL_WORDS:
            continue  # an item never ends on "of", "and", "the": "... 250 km of Tampere and ..."
        if tail.endswith(":") and len(words) <= 4 and _titleish(tail) and last[:1].islower():
            return head, tail
        if len(words) >= 6 and tail[-1] in ".:!?" and len(head.split()) >= 3 \
                and last[:1].islower() \
                and lower >= 0.5 * len(words) and not _inside_parens(head):
            return head, tail
    return text, None


def _inside_parens(text: str) -> bool:
    return text.count("(") > text.count(")")
