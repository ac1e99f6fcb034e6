"""Boxes with a title of their own: a panel, an expand block, a `<details>`, an accordion's
section. Its title heads the box's content, and only that: what follows the box is under the
heading above it again.

An expand block that a script opens is a control and a panel side by side, each named for the
disclosure (Confluence's `expand-control` over its `expand-content`, a theme's `toggle-title`
over its `toggle-content`, an accordion's `accordion-header` over its `accordion-body`), and
the control's words ("Portfolio checklist") are the title of the panel, as a `<summary>` is
of its `<details>`, not a sentence of the page.

Documentation generators title their boxes by a class: docutils (Sphinx) and Python-Markdown
(MkDocs) write an admonition's title ("Note", "Warning") as a paragraph of the box, and a
rubric (an informal heading, kept out of the table of contents) as a paragraph over what it
titles. Each is the heading of what follows it, not a sentence.

A quotation's source, a `<cite>` alone on the last (or first) line of its `<blockquote>`
(a pull quote's "Sam Reyes, senior welder"), says who said it: it titles the quotation, read
before its words, so that they are quoted as that person's, not the page's.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import clean

# the words a disclosure widget's parts are named with (its control and the panel it opens)
_DISCLOSURE = re.compile(r"(?:^|[\s_-])(?:expand\w*|collaps\w*|toggle|accordion)(?:[\s_-]|$)",
                         re.IGNORECASE)
_TITLE_WORDS = 12  # a control's label is a phrase or a question, not a paragraph
_INSIDE = "div, p, ul, ol, dl, table, section, h1, h2, h3, h4, h5, h6, [role=heading]"
# the classes docutils and Python-Markdown give the titles of a box (an admonition's, a
# topic's, a sidebar's) and a rubric (see module docs)
_TITLES = "p.admonition-title, p.topic-title, p.sidebar-title, p.rubric"


def mark_titles(root) -> None:
    """Make each disclosure control (not a `<button>`, which has rules of its own) and each
    title a generator gives a box by its class a heading with no level of its own, so that it
    titles the panel or the box after it."""
    for node in root.css("[class]"):
        if (node.tag != "button" and _control(node)) or (node.css_matches(_TITLES)
                                                         and _title(node)):
            _heading(node)


def mark_sources(root) -> None:
    """Make the source of each quotation (see module docs) its title, before its words."""
    for quote in root.css("blockquote"):
        lines = [c for c in quote.iter(include_text=True) if _has_words(c)]
        source = next((cite for line in lines[-1:] + lines[:1] if (cite := _source(line))
                       is not None), None) if len(lines) > 1 else None
        if source is not None:
            _heading(source)
            if quote.child.mem_id != source.mem_id:
                quote.child.insert_before(source)  # inserts a copy: the source moves
                source.decompose()


def _source(line):
    """The `<cite>` that is the whole of a quotation's line (but dashes and brackets around
    it: "— <cite>Sam Reyes</cite>"), when it is a name or a phrase."""
    cites = [line] if line.tag == "cite" else line.css("cite") if line.tag != "-text" else []
    if len(cites) != 1 or re.sub(r"\W", "", line.text(deep=True)) != re.sub(
            r"\W", "", cites[0].text(deep=True)):
        return None
    words = len(clean(cites[0].text(deep=True)).split())
    return cites[0] if 0 < words <= _TITLE_WORDS else None


def _heading(node) -> None:
    node.attrs["role"] = "heading"
    if "aria-level" in node.attributes:  # no level of its own: under the last heading
        del node.attrs["aria-level"]


def _title(node) -> bool:
    """Words that can title a box: a phrase or a question, with no block inside."""
    if any(inner.mem_id != node.mem_id for inner in node.css(_INSIDE)):
        return False
    text = clean(node.text(deep=True))
    return bool(text) and len(text.split()) <= _TITLE_WORDS and text[-1] not in ".!:;," \
        and not re.search(r"[.!]\s", text)


def _control(node) -> bool:
    """An element named for a disclosure, whose words are a short title, followed by its
    panel (the next element, named for the disclosure too, with words of its own)."""
    if not _DISCLOSURE.search(node.attributes.get("class") or "") or not _title(node):
        return False
    panel = node.next
    while panel is not None and panel.tag in ("-text", "-comment"):
        panel = panel.next
    return panel is not None and bool(_DISCLOSURE.search(panel.attributes.get("class") or "")) \
        and _has_words(panel)


def box(title):
    """The box a title heads: the nearest element around it that holds more than the title
    (a panel's header is a `<div>` of its own, inside the panel)."""
    node, parent = title, title.parent
    while parent is not None and not any(_has_words(s) for s in parent.iter(include_text=True)
                                         if s.mem_id != node.mem_id):
        node, parent = parent, parent.parent
    return parent


def _has_words(node) -> bool:
    """Whether any text of `node` is not blank (stops at the first word)."""
    if node.tag == "-text":
        return bool(node.text(deep=False).strip())
    return any(t.tag == "-text" and t.text(deep=False).strip()
               for t in node.traverse(include_text=True))
