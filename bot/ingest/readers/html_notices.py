"""What a site says about a page rather than what the page says: an announcement set above
the page's title, and the record of who wrote or edited the page.

A notice above the title (a wiki's site notice, "Edit-a-thon on 22 March. Details") is the
site's news, shown on every page: inside the page's main element, it comes before the page's
`<h1>`, is a sentence or two and sends the reader elsewhere. A category label above a title
("Engineering") is no sentence, and stays.

A page's record of authorship is a line naming its author or editor as such: an element the
markup marks as the author (`rel="author"`, `itemprop="author"`, a class or id named
"author", "editor" or "byline"), in a short block of its own ("Created by Priya Anand, last
modified by Owen Mwangi on 12 May 2025", a forum post's "submitted 5 hours ago by ..."). It
says who wrote the page, not what the page says. A byline that no markup marks is left to
be read (see `html_furniture._drop_toolbars`). A theme's box about the author, after the
article ("About the author", the author's photo, name and bio), is such a record at length:
the same under every post by that author, it is about the writer, not the page's subject.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import clean

_NOTICE_WORDS = 40  # an announcement is a line or two
_SENTENCE = re.compile(r"[.!?](?:\s|$)")
# how markup marks the people who wrote a page: microformats and schema.org, and the class
# names content systems give the author's and editor's names
_PERSON = re.compile(r"(?:^|[\s_-])(?:author|editor|byline)(?:$|[\s_-])", re.IGNORECASE)
_RECORD_WORDS = 25  # the line that names them: a name or two, a verb, a date
_BLOCK = "p, div, li, dd, dt, td, th, section, header, footer, address, h1, h2, h3, h4, h5, h6"
# the class names themes give the box about a post's author ("author-box", "author-bio",
# "about-author"); schema.org marks it `itemprop="author"` as a whole
_AUTHOR_BOX = re.compile(r"(?:^|[\s_-])(?:author[_-]?(?:box|bio|info|card|profile)|"
                         r"about[_-](?:the[_-])?author)(?:$|[\s_-])", re.IGNORECASE)


def notices(root) -> list:
    """The notices set above the page's `<h1>` inside `root` (see module docs)."""
    found, node = [], root.css_first("h1")
    while node is not None and node.mem_id != root.mem_id:
        before = node.prev
        while before is not None:
            if before.tag not in ("-text", "-comment") and _notice(before):
                found.append(before)
            before = before.prev
        node = node.parent
    return found


def _notice(node) -> bool:
    text = clean(node.text(deep=True))
    away = [a for a in node.css("a[href]") if not a.attributes["href"].startswith("#")]
    return bool(away) and 0 < len(text.split()) <= _NOTICE_WORDS \
        and _SENTENCE.search(text) is not None \
        and node.css_first("h1, h2, h3, h4, h5, h6, [role=heading]") is None


def records(root) -> list:
    """The lines that name the page's author or editor as such (see module docs): the block
    around a name so marked (inline: a `<span>` or a link in the line), when it is a line."""
    lines = []
    for person in root.css("[rel], [itemprop], [class], [id]"):
        names = " ".join(person.attributes.get(a) or "" for a in ("class", "id", "rel",
                                                                   "itemprop"))
        if not _PERSON.search(names) or person.css_matches(_BLOCK) \
                or person.css_first(_BLOCK) is not None or _inside_table(person):
            continue
        line = person.parent
        while line is not None and not line.css_matches(_BLOCK):
            line = line.parent
        if line is not None and line.mem_id != root.mem_id \
                and len(clean(line.text(deep=True)).split()) <= _RECORD_WORDS:
            lines.append(line)
    return lines


def _inside_table(node) -> bool:
    """A name in a table's cell is data (a list of books and their authors)."""
    parent = node.parent
    while parent is not None and parent.tag != "table":
        parent = parent.parent
    return parent is not None


def author_boxes(root) -> list:
    """The boxes about the page's author (see module docs): blocks whose class or id names
    an author's box, or that schema.org marks as the author, holding neither the page's
    title nor most of its text (an author's own page, whose subject is the author)."""
    total = len(clean(root.text(deep=True)))
    return [box for box in root.css("[class], [id], [itemprop]")
            if box.css_matches(_BLOCK) and (
                _AUTHOR_BOX.search(f"{box.attributes.get('class') or ''} "
                                   f"{box.attributes.get('id') or ''}")
                or (box.attributes.get("itemprop") or "").lower() == "author")
            and not _inside_table(box) and box.css_first("h1") is None
            and 2 * len(clean(box.text(deep=True))) < total]
