"""Plain text (.txt): decoded as UTF-8, or with the encoding charset-normalizer detects.

A text printed from pages (form feeds between them, as `pdftotext -layout` writes) is read as
its pages show it first: running header and footer left out, columns read one after the other,
words broken by a hyphen at a line's end joined up (see `text_layout`).
An e-mail's header block is left out and its Subject kept as the title (see `text_email`).
reStructuredText markup, a letter's sign-off and a signature are left out next (see
`text_markup`). A banner boxed in rules of "=" at the top is the title (its first line) and a
subtitle, each a line of its own. A text with one line per paragraph (text copied from a web
page) is then kept as it is. A text broken into lines of a fixed width (e-mails, saved job
postings, books) is unwrapped, as `fmt` and e-mail readers do: a line joins the next when the
next one's first word would not have fitted on it, so a sentence cut by the width is one
sentence again, and Setext underlines (`====`, `----`) are dropped after the heading they mark.
A writer wrapping by eye breaks a little short of the width: a line nearly as long that stops
mid-sentence joins the next when that one goes on in lowercase or with a figure. A list item
wrapped by hand, wherever the writer broke it, is one line too: a line indented under the item's
text, or going on with a sentence the item left unfinished, is the item's (in any text, wrapped
at a width or not). The width is that of the lines inside paragraphs, so a few longer lines
standing alone do not hide it. Lines quoting another message ("> ", as e-mail and forum replies
do) are joined only with each other, a paragraph apart from the writer's own words. A table
pasted in (CSV, tab-separated, pipes, columns aligned with spaces) is written out row by row
with its header (see `text_tables`), and its rows are never joined, nor is a dot-leader line
("Median salary ...... 24,500"): a leader fills its line up to the value, it is never wrapped.
An FAQ's question and answer ("Q:", "A:", see `text_faq`) each open a paragraph of their own.
Captions and a chat export are read as a transcript's turns (see `text_captions`, `text_chat`).
Structure is inferred later by `structure.parse`.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import Extracted, Unreadable
from bot.ingest.readers.text_captions import captions
from bot.ingest.readers.text_chat import chat
from bot.ingest.readers.text_email import QUOTE, as_mail, forwarded, unquoted
from bot.ingest.readers.text_email import depth as quote_depth
from bot.ingest.readers.text_faq import ANSWER, QUESTION
from bot.ingest.readers.text_layout import compounds, joined, laid_out
from bot.ingest.readers.text_markup import without_markup
from bot.ingest.readers.text_tables import ITEM_START, LEADER, find_tables
from bot.ingest.readers.text_transcript import TURN, turns

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_UNDERLINE = re.compile(r"^\s*(?:>[ \t]?)*(?:={3,}|-{3,})\s*$")  # in a quotation too
_TITLE_RULE = re.compile(r"^\s*={3,}\s*$")  # "=" marks a title, as a Setext underline does
MAX_BANNER_LINES = 3  # a title and a subtitle or two; more lines between rules are a box of text
_NUMBER_START = re.compile(r"^\s*\d{1,2}[.)]\s")
# an e-mail or forum reply's quotation of another message: "> ", ">> " (one mark per level)
_MID_SENTENCE = re.compile(r"[^\W\d_][,)]?\s*$")  # a line that stops on a word, or a comma
_CODED_FIGURE = re.compile(r"[A-Z]{2,4} \S*\d")  # a code before its figure: "EUR 12.40", "USD 5"
MAX_WRAP_WIDTH = 100  # lines wrapped wider than this are paragraphs, not a wrapped text
LOOSE_WRAP = 0.9  # a line broken by eye short of the width still runs to 90% of it


_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def decode(data: bytes) -> tuple[str, str]:
    """The text of `data` and the encoding used: UTF-8 when it is valid, else the best guess."""
    for bom, encoding in _UTF16_BOMS:  # Windows Notepad's "Unicode": UTF-16 with its mark
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding
            except UnicodeDecodeError:
                raise Unreadable(f"starts with a {encoding} byte-order mark but is not "
                                 f"{encoding} text") from None
    if b"\x00" in data:
        raise Unreadable("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        bad = exc.start
    best = _guess(data)
    if best is None:
        raise Unreadable(f"not valid UTF-8 (bad byte at offset {bad}) and no other text "
                         "encoding fits; save it as UTF-8")
    return str(best), best.encoding


def _guess(data: bytes):
    """charset-normalizer's best match; Windows-1252 when it fits as well as the best.

    On a short text many single-byte code pages fit equally well ("Café" is as coherent in
    cp1006 as in cp1252); a file that is not UTF-8 but reads as cleanly as Windows-1252 (the
    superset of Latin-1) was almost certainly saved by Windows or an old editor in it.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or (western.chaos <= best.chaos
                                                  and western.coherence >= best.coherence)):
        return western
    return best if best is not None and best.encoding else None


def read(data: bytes) -> Extracted:
    text, encoding = decode(data)
    if not text.strip():
        raise Unreadable("empty (no text)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _CONTROL_OK)
    if controls > max(8, len(text) // 100):
        raise Unreadable("looks binary (too many control characters)")
    text, kept = _pages_read(text)
    lines = _lines(text)
    mail = as_mail(lines)
    if mail is not None:
        lines = mail.body  # the header addresses the message; its Subject is a title
    lines = captions(lines) or chat(lines) or lines  # subtitles, a chat export: their turns
    # (a signature ends where a forwarded message begins: their lines go after it)
    banner, lines = _banner(forwarded(without_markup(lines, mail=mail is not None)))
    text, rows = _tables_as_rows("\n".join(lines))
    leaders = {i for i, line in enumerate(_lines(text)) if LEADER.match(line.strip())}
    header = set(range(min(turns(_lines(text)), default=0)))  # a transcript's, line by line
    text, underlined = unwrap(text, rows | leaders | header | set(range(len(banner))),
                              kept=kept)
    # each quotation unwrapped at its own width (its marks count in it), then without them
    text = "\n".join(unquoted(_lines(text)))
    title = (banner[0] if banner else underlined) or (mail.subject if mail else "")
    return Extracted(text=text, title=title, encoding=encoding)


def _pages_read(text: str) -> tuple[str, frozenset[str] | None]:
    """`text` read as its pages lay it out when it has pages (see `text_layout`): furniture
    left out, each column unwrapped at its own measure, and the hyphenated words it writes
    (a word broken at a line's end is joined up again); `text` and None when it has no pages."""
    blocks = laid_out(text)
    if blocks is None:
        return text, None
    kept = compounds(text)
    parts = [unwrap("\n".join(block.lines), width=block.measure, kept=kept)[0]
             if block.measure else "\n".join(block.lines) for block in blocks]
    return "\n".join(parts), kept


def _banner(lines: list[str]) -> tuple[list[str], list[str]]:
    """The banner a text opens with, and `lines` with it flush left at their top and its rules
    gone; no banner and `lines` when the text opens otherwise. A banner is a newsletter's
    masthead: a rule of "=", a title and a subtitle or two, the same rule again. Its first line
    is the title; the rule under the last line closes the box, it does not underline a title."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    if first == len(lines) or not _TITLE_RULE.match(lines[first]):
        return [], lines
    rule = lines[first].strip()
    for end in range(first + 2, min(first + 2 + MAX_BANNER_LINES, len(lines))):
        if lines[end].strip() == rule:
            banner = [line.strip() for line in lines[first + 1:end]]
            if all(banner) and not any(_UNDERLINE.match(line) for line in banner):
                return banner, banner + [""] + lines[end + 1:]
            break
    return [], lines


def _tables_as_rows(text: str) -> tuple[str, frozenset[int]]:
    """`text` with each pasted table's lines replaced by its rows written out with their header,
    and the numbers of the lines that now hold rows; `text` itself when it holds no table."""
    lines = _lines(text)
    # a table quoted in an e-mail is found without the quotation's marks, and its rows keep them
    tables = find_tables([QUOTE.sub("", line) for line in lines])
    if not tables:
        return text, frozenset()
    out: list[str] = []
    rows: set[int] = set()
    at = 0
    for first, end, written in tables:
        out += lines[at:first]
        rows.update(range(len(out), len(out) + len(written)))
        marks = QUOTE.match(lines[first])
        out += [marks.group(0) + row for row in written] if marks else written
        at = end
    out += lines[at:]
    return "\n".join(out), frozenset(rows)


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _wrap_width(lines: list[str], apart: frozenset[int]) -> int:
    """The width a text was wrapped at, or 0 when it was not: too wide, or too few lines broken
    where the next word would not fit. The width is read from the lines inside paragraphs (a
    line followed by more text, no rule or underline beside it), its longest but for a few
    outliers, so a few longer lines standing alone (a forum post's header, a title) do not
    hide it."""
    if sum(1 for line in lines if line.strip()) < 8:
        return 0
    pairs = [(a, b) for i, (a, b) in enumerate(zip(lines, lines[1:]))
             if i not in apart and i + 1 not in apart]  # nor a table's rows, leaders, a banner
    inner = sorted(len(a.rstrip()) for a, b in pairs if _joinable(a, b))
    if len(inner) < 4:
        return 0
    width = inner[int(0.95 * (len(inner) - 1))]
    if not 30 <= width <= MAX_WRAP_WIDTH:
        return 0
    broken = sum(1 for a, b in pairs if _continues(a, b, width))
    return width if broken >= max(3, len(inner) // 3) else 0


def _joinable(line: str, nxt: str) -> bool:
    """Whether `line` is inside a paragraph: text follows it that underlines nothing and opens
    no list item, nor an FAQ's question or answer (a list's short lines, a question over its
    answer, say nothing of the width)."""
    bare = QUOTE.sub("", nxt)
    return bool(line.strip() and nxt.strip()) and not _UNDERLINE.match(nxt) \
        and not _UNDERLINE.match(line) and not ITEM_START.match(bare) \
        and not QUESTION.match(bare) and not ANSWER.match(bare) and not TURN.match(bare)


def _continues(line: str, nxt: str, width: int) -> bool:
    """Whether `nxt` carries on the paragraph of `line`: both hold text, `nxt` opens no list
    item and underlines nothing, and its first word would have pushed `line` past the width,
    or `line`, nearly as long, stops mid-sentence and `nxt` goes on in lowercase or with a
    figure that marks no item: a number, a code holding one (a writer wrapping by eye breaks a
    little short of the width: "... in an archive before you" / "start.", "... cancellations
    in a rolling" / "12 weeks ...", an address "..., 4 Quarry Lane, Tarnside" / "TN1 4QL.", a
    currency's or a unit's code before its figure "... earn at least" / "EUR 12.40 an hour");
    a line opening with a capitalised word may be a line of its own (a field, a heading)."""
    if not line.strip() or not nxt.strip() or _UNDERLINE.match(nxt) or _UNDERLINE.match(line):
        return False
    bare = QUOTE.sub("", nxt)  # a quotation's lines are read without their marks
    if ITEM_START.match(bare) or QUESTION.match(bare) or ANSWER.match(bare) or TURN.match(bare) \
            or quote_depth(line) != quote_depth(nxt):
        return False  # an item, an FAQ's question or answer, a speaker's turn: a paragraph
    first = QUOTE.sub("", nxt).split()[0] if QUOTE.sub("", nxt).strip() else ""
    if not first:
        return False
    # `width` is the longest a line inside a paragraph runs (but for a few), never more than
    # the width the text was wrapped at: a word that fits within it was put on the next line
    # on purpose (a subtitle's second line, a date under a name)
    length = len(line.rstrip())
    return length + 1 + len(first) > width or (
        length >= LOOSE_WRAP * width and _MID_SENTENCE.search(line) is not None
        and (first[0].islower() or any(ch.isdigit() for ch in first)
             or _CODED_FIGURE.match(QUOTE.sub("", nxt).strip()) is not None))


def _carries_item_on(item: str, line: str, nxt: str) -> bool:
    """Whether `nxt` is the next line of the list item `item` (the paragraph so far, its marker
    first), whose last line is `line`, however short `line` was cut: a writer who wraps a list
    by hand breaks where they like. It is when `nxt` holds text, opens no item, and either sits
    indented under the item's text (the hanging indent editors and `fmt` give a wrapped item)
    or takes up a sentence `line` left unfinished (no stop at its end; `nxt` goes on with a
    lowercase word or a number)."""
    marker = ITEM_START.match(item)
    if not marker or not nxt.strip() or ITEM_START.match(nxt) or _UNDERLINE.match(nxt) \
            or quote_depth(nxt) or quote_depth(item):
        return False
    if _indent(nxt) > _indent(item):
        return True
    first, end = nxt.lstrip()[0], line.rstrip()[-1:]
    return end.isalnum() and (first.islower() or first.isdigit())


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _number_runs_on(paragraph: str, line: str, nxt: str, width: int) -> bool:
    """Whether `nxt`, opening with a number like a numbered item ("5. An experienced ..."), is
    the sentence of `line` cut by the width ("... start on Band" / "5. An experienced"): `line`
    ends mid-sentence, the number would not have fitted on it, and the paragraph is prose, not
    an item of a numbered list (whose next item this would be)."""
    if not _NUMBER_START.match(nxt) or _NUMBER_START.match(paragraph) or quote_depth(nxt):
        return False
    text = line.rstrip()
    return bool(text) and text[-1].isalnum() and len(text) + 1 + len(nxt.split()[0]) > width


def underlines(line: str, rule: str) -> bool:
    """Whether `rule` underlines `line` as a Setext heading's does: a rule of "=" or "-" about
    as long as its text."""
    rule, line = QUOTE.sub("", rule), QUOTE.sub("", line)
    return bool(_UNDERLINE.match(rule)) \
        and abs(len(rule.strip()) - len(line.strip())) <= max(3, len(line.strip()) // 5)


def unwrap(text: str, apart: frozenset[int] = frozenset(), width: int = 0,
           kept: frozenset[str] | None = None) -> tuple[str, str]:
    """`text` with the lines of each wrapped paragraph (or list item) joined by one space and
    Setext underlines dropped, and the title the first `====` underlines (or ""); the text is
    unchanged when it is not wrapped at a fixed width. The lines numbered in `apart` (a table's
    rows, dot-leader lines, a banner's lines) each stay a line of their own. `width`: the
    width the text was set in when it is known (a column's), else it is found; `kept`: the
    text is typeset (see `text_layout.joined`), these words written with their hyphen."""
    lines = _lines(text)
    width = width or _wrap_width(lines, apart)
    if not width:
        return _items_joined(text, lines, apart), ""
    out: list[str] = []
    title = ""
    joining = False
    for i, line in enumerate(lines):
        if _UNDERLINE.match(line) and i and lines[i - 1].strip():
            if not title and line.strip().startswith("="):
                title = lines[i - 1].strip()
            # the line above is a heading: an underline as long as it stays, to tell it from a
            # numbered list's item ("1. Licence categories"); a rule across the page goes
            out.append(line.rstrip() if underlines(lines[i - 1], line) else "")
            joining = False
            continue
        if joining:
            nxt = QUOTE.sub("", line)
            out[-1] = joined(out[-1], nxt, kept) if kept is not None \
                else out[-1].rstrip() + " " + nxt.strip()
        else:
            if out and out[-1].strip() and line.strip() \
                    and quote_depth(out[-1]) != quote_depth(line):
                out.append("")  # a quotation is a paragraph apart from the writer's own words
            out.append(line.rstrip())
        joining = i + 1 < len(lines) and i not in apart and i + 1 not in apart \
            and (_continues(line, lines[i + 1], width)
                 or _number_runs_on(out[-1], line, lines[i + 1], width)
                 or _carries_item_on(out[-1], line, lines[i + 1]))
    return "\n".join(out), title


def _items_joined(text: str, lines: list[str], apart: frozenset[int]) -> str:
    """A text not wrapped at a width (a paragraph a line) with each list item that still runs
    over more lines (see `_carries_item_on`) made one line; `text` itself when none does."""
    out: list[str] = []
    joining = False
    for i, line in enumerate(lines):
        if joining:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
        joining = i + 1 < len(lines) and i not in apart and i + 1 not in apart \
            and _carries_item_on(out[-1], line, lines[i + 1])
    joined = "\n".join(out)
    return text if joined == "\n".join(lines) else joined
