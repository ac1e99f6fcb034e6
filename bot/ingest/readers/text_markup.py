"""Lines of a plain text that are markup or letter furniture, not the document's words.

A text may be written in reStructuredText (a Sphinx page, a README saved as .txt). Its markup
says how to render the text and is not text itself: a directive line (".. contents::",
".. note::") and the option lines indented under it (":local:") go, and an admonition's
indented body stays; a field list's marker (":Author: X") reads as the field it is ("Author:
X"); a paragraph ending "::" introduces a literal block and reads with one colon, as rendered;
a title's overline (a rule of "=" or "-" over the title as long as its underline) goes, so the
title is underlined like any Setext heading.

A letter ends with furniture too: its sign-off (a short closing line ending in a comma,
"Yours sincerely,", then only short lines with no sentence in them: the name and the post) and
a signature (a "-- " line and the lines after it, RFC 3676 §4.3). In an e-mail the signature
runs to the end of the message it signs, taking with it what a mailing list appends there (why
you receive the message, how to unsubscribe): to the end of the text, or to where an earlier
message begins under it, quoted by a reply ("On 8 Apr, Annika wrote:" and "> " lines) or
forwarded ("---------- Forwarded message ---------"); a quoted message's own signature runs
to the end of its quotation. In other text it runs to the next blank line, as a forum post's
does before the next post.
"""

from __future__ import annotations

import re

from bot.ingest.readers.text_email import FORWARD, QUOTE, depth

_DIRECTIVE = re.compile(r"^\s*\.\. [A-Za-z][\w-]*::")  # ".. note::", ".. contents:: On this page"
_TARGET = re.compile(r"^\s*\.\. _[^:]+:")  # ".. _ARA: https://...": a link's address
_OPTION = re.compile(r"^\s+:[\w-]+:")  # ":local:", ":depth: 2" under a directive
_FIELD_MARKER = re.compile(r"^:([^:\s][^:]*):(?=\s)")  # ":Author: X"
_RULE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_SIGNATURE = "--"  # the line "-- " opens a signature (RFC 3676), which is not the message
_SENTENCE_PUNCTUATION = re.compile(r"[.!?;:]$")
_ITEM_START = re.compile(r"^\s*(?:[-*+•▪◦●–]|\d{1,2}[.)])\s")
MAX_SIGN_OFF_WORDS = 6  # "Yours in unity," or "With best wishes from us all,"; more is a sentence
MAX_NAME_WORDS = 8  # a name, a post, an organisation under a sign-off


def without_markup(lines: list[str], mail: bool = False) -> list[str]:
    """`lines` without reStructuredText markup and letter furniture (see the module); `mail`:
    the lines are an e-mail's body."""
    lines = _without_directives(lines)
    lines = [_FIELD_MARKER.sub(r"\1:", line) for line in lines]
    lines = [_literal_colon(line) for line in lines]
    lines = _without_overlines(lines)
    lines = _without_signatures(lines, to_end=mail)
    return _without_sign_off(lines)


def _without_directives(lines: list[str]) -> list[str]:
    """`lines` without directive and link-target lines, nor a directive's option lines."""
    out: list[str] = []
    options = False  # the lines right under a directive that set its options
    for line in lines:
        if _DIRECTIVE.match(line) or _TARGET.match(line):
            options = True
            continue
        if options and _OPTION.match(line):
            continue
        options = False
        out.append(line)
    return out


def _literal_colon(line: str) -> str:
    """"... in job adverts::" reads "... in job adverts:"; a "::" alone on its line is dropped."""
    text = line.rstrip()
    if text.strip() == "::":
        return ""
    return text[:-1] if text.endswith("::") and not text.endswith(":::") else line


def _without_overlines(lines: list[str]) -> list[str]:
    """`lines` without the overline of each over-and-under lined title: a rule over a line of
    text with the same rule under it."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if _RULE.match(line) and i + 2 < len(lines) and lines[i + 2].strip() == line.strip() \
                and _about_as_long(line, lines[i + 1]):
            continue
        out.append(line)
    return out


def _about_as_long(rule: str, title: str) -> bool:
    """Whether `rule` spans `title` as a title's over- and underline do: at least as long, and
    not much longer (rules far longer or shorter than the line between them box a forum post's
    header, they are not a title's lines)."""
    title, length = title.strip(), len(rule.strip())
    return bool(title) and not _RULE.match(title) \
        and len(title) <= length <= len(title) + max(4, len(title) // 4)


def _without_signatures(lines: list[str], to_end: bool) -> list[str]:
    """`lines` without signatures: a "-- " line and the lines after it up to a blank line, or
    `to_end` (an e-mail), up to the end of the message it signs (see the module)."""
    if to_end:
        return _without_mail_signatures(lines)
    out: list[str] = []
    signature = False
    for line in lines:
        if line.rstrip() == _SIGNATURE:
            signature = True
        elif signature and not line.strip():
            signature = False
        if not signature:
            out.append(line)
    return out


def _without_mail_signatures(lines: list[str]) -> list[str]:
    """`lines` of an e-mail without the signature of each message in it: a "-- " line at any
    depth of quotation and the lines after it, up to the first line of another depth or a
    forwarding line (an earlier message begins), else to the end."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if QUOTE.sub("", lines[i]).rstrip() != _SIGNATURE:
            out.append(lines[i])
            i += 1
            continue
        level = depth(lines[i])
        i += 1
        while i < len(lines) and depth(lines[i]) == level \
                and not FORWARD.match(QUOTE.sub("", lines[i])):
            i += 1
    return out


def _without_sign_off(lines: list[str]) -> list[str]:
    """`lines` without a letter's sign-off at its end: a short line ending in a comma, opening
    a paragraph, and after it only short lines that hold no sentence (a name, a post)."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    at = end
    while at and (not lines[at - 1].strip() or _name_like(lines[at - 1])):
        at -= 1
    if not at or at == end:
        return lines
    closing = lines[at - 1].strip()
    opens_paragraph = at == 1 or not lines[at - 2].strip()
    if closing.endswith(",") and len(closing.split()) <= MAX_SIGN_OFF_WORDS and opens_paragraph:
        return lines[:at - 1] + lines[end:]
    return lines


def _name_like(line: str) -> bool:
    text = line.strip()
    return len(text.split()) <= MAX_NAME_WORDS and not _SENTENCE_PUNCTUATION.search(text) \
        and not text.endswith(",") and not _ITEM_START.match(line)
