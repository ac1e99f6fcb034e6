"""Controls drawn around a page's text: forms that ask for input, a vote widget's score, a
row of buttons. They work the page; they are not its words.

A form is a control when it asks the reader for something (a search box, a sign-up, a login):
it has a field to fill in, or no paragraph of its own. A form that holds paragraphs and asks
for nothing is content: an old forum wraps each post's body in a form (the box its author
edits it in, Reddit's `<form class="usertext">`), and its text is the post.

A counter between the controls that change it (a score between the up and down arrows of a
vote, whatever draws the buttons: `<button>`, a web component named as one, a link styled as
one) counts clicks; a list named as a row of buttons ("flat-list buttons": "4 comments",
"share", "report") is a toolbar.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import clean

_CONTROL = "button, [role=button]"
# the inputs that draw no field for the reader to fill in (they send or carry data)
_NO_FIELD = {"hidden", "submit", "button", "reset", "image"}
_COUNT = re.compile(r"[\d.,]+\s*[kKmM]?")  # "187", "1.2k"
# a list named as a row of buttons: "buttons", "btn-list", "action-buttons"
_BUTTONS = re.compile(r"(?:^|[\s_-])(?:btns?|buttons?)(?:$|[\s_-])", re.I)


def control_forms(root) -> list:
    """The forms of `root` that are controls (see module docs)."""
    return [form for form in root.css("form") if _asks(form)]


def _asks(form) -> bool:
    if form.css_first("textarea, select") is not None or any(
            (i.attributes.get("type") or "text").lower() not in _NO_FIELD
            for i in form.css("input")):
        return True
    return not any(clean(p.text(deep=True)) for p in form.css("p"))


def _controls(root) -> list:
    """The buttons of `root`: `<button>`, what says it is one (`role="button"`), custom
    elements named as one (a web component's tag names what it is: Reddit's `<award-button>`,
    Material's `<md-filled-button>`, Shoelace's `<sl-button>`), and links styled as one
    (`<a class="button">87 Comments</a>`)."""
    found = root.css(_CONTROL)
    seen = {c.mem_id for c in found}
    return found + [n for n in root.traverse() if n.mem_id not in seen and (
        n.tag.endswith("-button")
        or (n.tag == "a" and _BUTTONS.search(n.attributes.get("class") or "")))]


def counters(root) -> list:
    """The boxes that hold controls and, besides them, only a number (a vote's score)."""
    boxes = {}
    for control in _controls(root):
        box = control.parent
        if box is not None and box.mem_id not in boxes and _count_beside(box):
            boxes[box.mem_id] = box
    return list(boxes.values())


def _count_beside(box) -> bool:
    controls = {c.mem_id for c in _controls(box)}
    words = []
    for text in box.traverse(include_text=True):
        if text.tag != "-text" or not text.text(deep=False).strip():
            continue
        parent = text.parent
        while parent is not None and parent.mem_id != box.mem_id \
                and parent.mem_id not in controls:
            parent = parent.parent
        if parent is None or parent.mem_id == box.mem_id:
            words.append(text.text(deep=False))
    return bool(_COUNT.fullmatch(clean(" ".join(words))))


def button_rows(root) -> list:
    """The lists named as a row of buttons."""
    return [lst for lst in root.css("ul[class], ol[class]")
            if _BUTTONS.search(lst.attributes.get("class") or "")]
