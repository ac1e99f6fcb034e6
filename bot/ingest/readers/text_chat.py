"""A chat exported as text: one message per line, opened by its date, time and sender.

Chat apps export a conversation as lines like these:

    05/01/2026, 09:03 - Tom Achebe: For the record the seats from 2 March are:   (WhatsApp, Android)
    [05/01/2026, 09:03:12] Tom Achebe: For the record ...                        (WhatsApp, iOS)
    [2026-03-02 08:57] Dana Mirov: Lanternhold have put ...                      (Slack, Discord)

A message goes on over the lines after it until the next one opens (a list typed into one
message, a second paragraph). The app's own lines are no one's words: a line with no sender
("Ama joined using this group's invite link", "Messages and calls are end-to-end encrypted"),
and a message that stands for something the export left out ("<Media omitted>", "This message
was deleted").

Such a chat is a transcript (see `text_transcript`): each message is written out as a speaker's
turn, "[09:03] Tom Achebe: ...", its lines joined into one paragraph, so that no short message
("sad", "🙏") is taken for a heading and no message for an item of the list before it. What
stands above the first message (an export's header) is kept as it is.
"""

from __future__ import annotations

import re
from collections import Counter

MIN_MESSAGES = 3  # and one sender writing twice: a few dated lines are not a chat
_DATE = r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_MESSAGE = re.compile(rf"^[ \t]*\u200e?(?:\[{_DATE},?\s+(?P<time>{_TIME})\]\s*"
                      rf"|{_DATE},?\s+(?P<time2>{_TIME})\s+[-–]\s+)(?P<rest>.*)$")
# the sender: a name or a number, up to the first ": " (not a time's colon)
_SENDER = re.compile(r"^\u200e?(?P<name>[^:\n]{1,48}?):\s+(?P<words>\S.*)$")
# what the app writes in place of a message the export left out
_PLACEHOLDER = re.compile(
    r"^\u200e?(?:<media omitted>|<attached: [^>]*>|this message was deleted|you deleted this "
    r"message|(?:image|video|audio|sticker|gif|document) omitted|null|missed (?:voice|video) "
    r"call)\.?$", re.IGNORECASE)
# reactions under a message (":eyes: 7   :+1: 4"): counts of pictures, no words
REACTIONS = re.compile(r"(?::[\w+-]+:\s*\d*\s*)+")
_EDITED = re.compile(r"\s*<this message was edited>$", re.IGNORECASE)
_BULLET = re.compile(r"^[-•*–]\s+\S")
# a message typed as a list: short lines, none ending a sentence
_LIST_LINE_WORDS = 6


def chat(lines: list[str]) -> list[str] | None:
    """`lines` as the export's header and the messages as speaker turns when they are a chat
    export (see the module), else None."""
    starts = [n for n, line in enumerate(lines) if _MESSAGE.match(line)]
    if len(starts) < MIN_MESSAGES:
        return None
    senders = Counter(m.group("name") for m in (
        _SENDER.match(_MESSAGE.match(lines[n]).group("rest")) for n in starts) if m)
    if not senders or max(senders.values()) < 2:
        return None
    out = lines[:starts[0]] + [""]
    for n, end in zip(starts, [*starts[1:], len(lines)]):
        opening = _MESSAGE.match(lines[n])
        sender = _SENDER.match(opening.group("rest"))
        if sender is None:  # the app's own line: someone joined, left, changed the name
            continue
        said = [sender.group("words").strip(), *(line.strip() for line in lines[n + 1:end])]
        said = [_EDITED.sub("", line) for line in said if line and not REACTIONS.fullmatch(line)]
        if not said or _PLACEHOLDER.match(said[0]) and len(said) == 1:
            continue
        time = re.match(r"\d{1,2}:\d{2}", opening.group("time") or opening.group("time2")).group()
        # a list typed with bullets stays a list under the line that opens it
        bullets = [line for line in said[1:] if _BULLET.match(line)]
        if len(bullets) >= 2 and len(bullets) == len(said) - 1:
            out += [f"[{time}] {sender.group('name').strip()}: {said[0]}", *bullets, ""]
            continue
        out += [f"[{time}] {sender.group('name').strip()}: {_joined(said)}", ""]
    return out


def _joined(said: list[str]) -> str:
    """A message's lines as one paragraph: a list typed one short line each is joined with
    semicolons ("Corporate (4); Banking (3)"), other lines with a space, as the app wraps them."""
    rest = said[1:]
    listed = len(rest) >= 2 and sum(
        1 for line in rest if len(line.split()) <= _LIST_LINE_WORDS
        and not re.search(r"[.!?]$", line)) >= len(rest) - 1
    if not listed:
        return " ".join(said)
    head = said[0] if re.search(r"[:;,]$", said[0]) else said[0] + ":"
    items = [line.rstrip(";,") for line in rest]
    return f"{head} {'; '.join(items)}"
