"""A transcript in plain text: a header block over speaker turns.

A transcript (a webinar's, an interview's, a meeting's, as captioning tools and editors save
them) opens each turn with a timestamp and the speaker's label: "[00:03:45] AR: It is 80%.".
The timestamp and the label are the layout's markup, like an FAQ's "Q:": the speaker's words
are quoted from after them. Each turn is a paragraph of its own.

What stands above the first turn is the transcript's header: its title, when and where it was
held, the list of participants ("Ana Ruiz (AR) - Head of Training"). It is metadata, each
line of it a line of its own (a participants list is never one run-on sentence, and a
participant is not the heading of what follows), and the turns are no part of its sections:
the heading over the participants heads them only.

A line is read as a turn only in a transcript: three turns or more, one speaker at least
speaking twice, so a timetable ("09:00 Registration: main hall") stays text.
"""

from __future__ import annotations

import re
from collections import Counter

# "[00:03:45] AR: ", "(01:02) Interviewer: ", "00:03:45.120 Speaker 2: "
TURN = re.compile(r"^[ \t]*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?[\])]?[ \t]+"
                  r"(?P<speaker>[A-Z][\w.'’-]*(?: [\w.'’-]+){0,2}):[ \t]+(?=\S)")
MIN_TURNS = 3


def turns(lines: list[str]) -> dict[int, int]:
    """The speaker turns among `lines` when they are a transcript (see the module): for each,
    by line number, the length of its mark (timestamp, speaker's label, the spaces after);
    empty when they are not."""
    marks = {n: m for n, m in ((n, TURN.match(line)) for n, line in enumerate(lines)) if m}
    speakers = Counter(m.group("speaker") for m in marks.values())
    if len(marks) < MIN_TURNS or max(speakers.values()) < 2:
        return {}
    return {n: m.end() for n, m in marks.items()}
