"""An e-mail saved as plain text: its header block is not the message, its Subject is a title.

A message saved from a mail program or a list archive (and a memo typed the same way) opens
with its header (RFC 5322 §2.2): lines of a field name (printable characters, no space), a colon
and a value, a long value folded onto lines that open with white space, up to the first empty
line. The header addresses and routes the message, so it is not text to quote; its Subject is
the title the sender gave the message, unfolded, without the marks mail programs put before it
("Re:", "Fwd:") and the tag a mailing list adds ("[placements]").

A message forwarded inside another, or quoted by a reply, is the text people saved it for:
the forwarding line ("-----Original Message-----", "---------- Forwarded message ---------",
"Begin forwarded message:") and the header block under it go as the outer header does
(`forwarded`), and the quotation marks mail programs put before each line of an earlier message
("> ", ">> ") are not its words (`unquoted`): a change of depth is a paragraph's end, as it is
where the reply's own words meet the quoted ones.

Any text may open with "Label: value" lines (a job advert's "Location:", "Salary:"), so lines
of that shape are a header only when the whole block is, and at least two of its fields are
ones e-mail defines (`MAIL_FIELDS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.header import decode_header, make_header

# the fields RFC 5322 defines (origination, destination, identification, informational, trace),
# with the MIME (RFC 2045) and mailing-list (RFC 2369, 2919) ones and the two every mail program
# adds; the format's own vocabulary, lower-case
MAIL_FIELDS = frozenset({
    "from", "sender", "reply-to", "to", "cc", "bcc", "date", "subject", "message-id",
    "in-reply-to", "references", "comments", "keywords", "return-path", "received",
    "mime-version", "content-type", "content-transfer-encoding", "list-id", "list-unsubscribe",
    "list-subscribe", "list-post", "list-help", "list-archive", "precedence", "user-agent",
    "x-mailer",
})
MIN_MAIL_FIELDS = 2  # one field name e-mail shares with an advert ("Date:") is not a header
_FIELD = re.compile(r"^([!-9;-~]+):")  # RFC 5322 field-name: printable US-ASCII but ":"
_FOLDED = re.compile(r"^[ \t]+\S")  # a value folded onto the next line
# what mail programs put before a subject (a reply's "Re:", a forward's "Fwd:", "AW:" in German,
# "SV:" in Scandinavian languages) and a mailing list's tag ("[placements]")
_SUBJECT_MARKS = re.compile(r"^(?:\s*(?:(?:re|fwd?|aw|sv|wg)(?:\[\d+\])?:|\[[^\]]*\]))+\s*",
                            re.IGNORECASE)


# the line a mail program writes above a forwarded (or fully quoted) message
FORWARD = re.compile(r"^\s*(?:-{2,}\s*(?:original message|forwarded message)\s*-{2,}"
                     r"|begin forwarded message:)\s*$", re.IGNORECASE)
QUOTE = re.compile(r"^[ \t]*((?:>[ \t]?)+)")  # the marks before a quoted line: "> ", ">> "


@dataclass(frozen=True)
class Mail:
    """A message read from text: its Subject (a title, "" when it has none) and its body."""

    subject: str
    body: list[str]


def as_mail(lines: list[str]) -> Mail | None:
    """`lines` read as an e-mail when they open with a header block (see the module), else None."""
    fields: dict[str, str] = {}
    name = ""
    for i, line in enumerate(lines):
        if not line.strip():
            break
        field = _FIELD.match(line)
        if field:
            name = field.group(1).lower()
            fields[name] = line[field.end():].strip()
        elif name and _FOLDED.match(line):
            fields[name] += " " + line.strip()  # unfolded, as RFC 5322 §2.2.3 unfolds it
        else:
            return None
    else:
        return None  # a header ends at an empty line, before the body
    if len(MAIL_FIELDS.intersection(fields)) < MIN_MAIL_FIELDS:
        return None
    return Mail(subject=_title(fields.get("subject", "")), body=lines[i + 1:])


def _title(subject: str) -> str:
    """The Subject as a title: encoded words decoded (RFC 2047), marks and list tags dropped."""
    try:
        subject = str(make_header(decode_header(subject)))
    except (ValueError, LookupError):
        pass  # a malformed encoded word is read as it is written
    return _SUBJECT_MARKS.sub("", " ".join(subject.split()))


def forwarded(lines: list[str]) -> list[str]:
    """`lines` without each forwarding line and the header block under it (see the module)."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if FORWARD.match(lines[i]):
            start = i + 1
            while start < len(lines) and not lines[start].strip():
                start += 1
            mail = as_mail(lines[start:])
            if mail is not None:
                i = len(lines) - len(mail.body)
                continue
        out.append(lines[i])
        i += 1
    return out


def unquoted(lines: list[str]) -> list[str]:
    """`lines` without the quotation marks before them (see the module), an empty line where
    the depth of quotation changes. Unchanged when no line is quoted."""
    depths = [depth(line) for line in lines]
    if not any(depths):
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and depths[i] != depths[i - 1] and out and out[-1].strip() and line.strip():
            out.append("")
        out.append(QUOTE.sub("", line) if depths[i] else line)
    return out


def depth(line: str) -> int:
    """How deep in quotations of earlier messages a line is (">> ": 2)."""
    match = QUOTE.match(line)
    return match.group(1).count(">") if match else 0
