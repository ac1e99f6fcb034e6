"""Cards: a small box holding only a label and its value ("Year 3" over "KSM 15.60 an hour",
"Starting salary" over "£24,000"), as website builders lay out a grid of figures. The label
is set apart from the value (bold, or a larger type), and both are phrases, not sentences:
the box is one fact, read as "Year 3: KSM 15.60 an hour", as a definition list's pair or a
table row with its header is read. A box whose first line is a heading element, or whose
second is a sentence or more, is a section of its own and is read as one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.ingest.readers.base import clean

_LABEL_WORDS = 5  # "Year 3", "Starting salary", "Hours a week"
_VALUE_WORDS = 10  # "KSM 15.60 an hour", "£24,000 to £27,000 a year"
_LINES = {"p", "div", "span"}  # the elements builders set each line of a box in
_INSIDE = "p, div, ul, ol, dl, table, section, h1, h2, h3, h4, h5, h6, [role=heading], br"


def pair(box, apart: Callable) -> tuple | None:
    """The (label, value) elements of a card, or None for any other element. `apart(label,
    value)` says whether the label is set apart from the value."""
    lines = []
    for child in box.iter(include_text=True):
        if child.tag == "-comment" or (child.tag == "-text" and not child.text(deep=False)
                                       .strip()):
            continue
        if child.tag not in _LINES or child.attributes.get("role") or len(lines) == 2 \
                or any(inner.mem_id != child.mem_id for inner in child.css(_INSIDE)):
            return None
        lines.append(child)
    if len(lines) != 2:
        return None
    label, value = (clean(line.text(deep=True)) for line in lines)
    if not label or not value or len(label.split()) > _LABEL_WORDS \
            or len(value.split()) > _VALUE_WORDS or label[-1] in ".!?;," \
            or not re.search(r"[^\W\d]", label) or re.search(r"[.!?]\s", value) \
            or value[-1] in ".!?:":
        return None
    return (lines[0], lines[1]) if apart(*lines) else None
