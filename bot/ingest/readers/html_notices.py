"""What a site says about a page rather than what the page says: an announcement set above
the page's title, and the record of who wrote or edited the page.

A notice above the title (a wiki's site notice, "Edit-a-thon on 22 March. Details") is the
site's news, shown on every page: inside the page's main element, it comes before the page's
`<h1>`, is a sentence or two and sends the reader elsewhere. A category label above a title
("Engineering") is no sentence, and stays, unless the markup marks it as a tag (`rel="tag"`, a
class naming tags, an address in the site's tag index: Ghost's primary tag over a post's
title): that is the page's list of tags, an index of the site, as a list of tags under a post
is.

A page's record of authorship is a line naming its author or editor as such: an element the
markup marks as the author (`rel="author"`, `itemprop="author"`, a class or id named
"author", "editor" or "byline"), in a short block of its own ("Created by Priya Anand, last
modified by Owen Mwangi on 12 May 2025", a forum post's "submitted 5 hours ago by ..."). It
says who wrote the page, not what the page says. So is a byline whose author's name a theme sets
as a heading (Ghost's `<h4 class="author-name">` beside the post's `<time>`): the heading
titles no section. A byline that no markup marks is left to be read (see
`html_furniture._drop_toolbars`), unless it is a line of the post's metadata alone, fields
joined by separators, each a date, a reading time or the author's credit ("9 February 2026 ·
7 min read · by Dagny Strell"): a theme's byline, whatever element holds it. A theme's box
about the author, after the article ("About the author", the author's photo, name and bio), is
such a record at length: the same under every post by that author, it is about the writer, not
the page's subject.
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
# a heading below the page's title may hold an author's name (the title is the page's own)
_HEADINGS = {"h2", "h3", "h4", "h5", "h6"}
_BLOCK = "p, div, li, dd, dt, td, th, section, header, footer, address, h1, h2, h3, h4, h5, h6"
# what themes mark a tag with: the microformat `rel="tag"`, a class naming a tag or tags
# ("post-card-primary-tag", "article-tags"), an address in the site's index of tags ("/tag/x/")
_TAG_CLASS = re.compile(r"(?:^|[\s_-])tags?(?:$|[\s_-])", re.IGNORECASE)
_TAG_ADDRESS = re.compile(r"/tags?/[^/?#]+/?(?:[?#].*)?$", re.IGNORECASE)
_TAG_WORDS = 3  # a tag is a word or two
# the fields of a post's metadata line and what separates them: a reading time is written in
# blog themes' own words ("7 min read", "5 minute read"), an author's credit is "by" a name
_SEPARATORS = re.compile(r"\s*[·•|]\s*")
_READING_TIME = re.compile(r"\d+\s*(?:min|mins|minutes?)\.?\s+read", re.IGNORECASE)
_CREDIT = re.compile(r"by\s+[^.!?:;,]+", re.IGNORECASE)
_NAME_WORDS = 4
# the class names themes give the box about a post's author ("author-box", "author-bio",
# "about-author"); schema.org marks it `itemprop="author"` as a whole
# a date written out: "9 February 2026", "Feb 9, 2026", "2026-02-09"
_DATE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
                   r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}")
_AUTHOR_BOX = re.compile(r"(?:^|[\s_-])(?:author[_-]?(?:box|bio|info|card|profile)|"
                         r"about[_-](?:the[_-])?author)(?:$|[\s_-])", re.IGNORECASE)


def notices(root) -> list:
    """The notices set above the page's `<h1>` inside `root` (see module docs)."""
    found, node = [], root.css_first("h1")
    while node is not None and node.mem_id != root.mem_id:
        before = node.prev
        while before is not None:
            if before.tag not in ("-text", "-comment") and (_notice(before) or _tags(before)):
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


def _tags(node) -> bool:
    """A label made only of links the markup marks as tags (see module docs)."""
    links = node.css("a[href]")
    words = clean(node.text(deep=True))
    if not links or not words or words != clean(" ".join(a.text(deep=True) for a in links)) \
            or len(words.split()) > _TAG_WORDS * len(links):
        return False
    return all("tag" in (a.attributes.get("rel") or "").lower().split()
               or _TAG_ADDRESS.search(a.attributes["href"] or "") or _tag_class(a, node)
               for a in links)


def _tag_class(link, top) -> bool:
    """Whether a class names the link, or an element around it up to `top`, a tag."""
    node = link
    while node is not None:
        if _TAG_CLASS.search(node.attributes.get("class") or ""):
            return True
        if node.mem_id == top.mem_id:
            return False
        node = node.parent
    return False


def records(root) -> list:
    """The lines that name the page's author or editor as such (see module docs): the block
    around a name so marked (inline: a `<span>` or a link in the line), when it is a line."""
    lines = []
    for person in root.css("[rel], [itemprop], [class], [id]"):
        names = " ".join(person.attributes.get(a) or "" for a in ("class", "id", "rel",
                                                                   "itemprop"))
        if not _PERSON.search(names) or _inside_table(person):
            continue
        if person.tag in _HEADINGS:
            lines += _dated(person, root)
            continue
        if person.css_matches(_BLOCK) or person.css_first(_BLOCK) is not None:
            continue
        line = person.parent
        while line is not None and not line.css_matches(_BLOCK):
            line = line.parent
        if line is not None and line.mem_id != root.mem_id \
                and len(clean(line.text(deep=True)).split()) <= _RECORD_WORDS:
            lines.append(line)
    return lines + _metadata_lines(root)


def _dated(heading, root) -> list:
    """The byline around an author's name set as a heading: the smallest block around it
    that holds the post's `<time>` too, a line of a few words; [] if there is none."""
    line = heading.parent
    while line is not None and line.mem_id != root.mem_id and line.css_first("h1") is None \
            and len(clean(line.text(deep=True)).split()) <= _RECORD_WORDS:
        if line.css_first("time") is not None:
            return [line]
        line = line.parent
    return []


def _metadata_lines(root) -> list:
    """The lines of a post's metadata alone (see module docs): a block holding a date (a
    `<time>`) or a reading time, whose fields, joined by separators, are each one of those
    or the author's credit."""
    lines = {}
    for node in root.css("time") + [t.parent for t in root.traverse(include_text=True)
                                    if t.tag == "-text" and t.parent is not None
                                    and _READING_TIME.search(t.text(deep=False))]:
        line = node
        while line is not None and not line.css_matches(_BLOCK):
            line = line.parent
        if line is not None and line.mem_id != root.mem_id:
            lines[line.mem_id] = line
    return [line for line in lines.values() if _metadata(line)]


def _metadata(line) -> bool:
    """Whether a line is two or more fields of a post's metadata and nothing else."""
    text = clean(line.text(deep=True))
    fields = [f for f in _SEPARATORS.split(text) if f]
    if len(fields) < 2 or len(text.split()) > _RECORD_WORDS:
        return False
    dates = {clean(t.text(deep=True)) for t in line.css("time")}
    return all(f in dates or _DATE.fullmatch(f) or _READING_TIME.fullmatch(f)
               or (_CREDIT.fullmatch(f) and len(f.split()) <= _NAME_WORDS + 1)
               for f in fields)


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
