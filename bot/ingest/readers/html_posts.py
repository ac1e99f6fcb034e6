"""Posts: what a forum or blog engine lays around the words of each post on a page.

Forum engines (Discourse, phpBB, vBulletin, XenForo, Stack Exchange) dress every post alike:
a byline over it, a signature under it, earlier posts quoted inside it, and around the thread
its tags and its statistics. None of these is a statement of the post:

- A byline (the author's name, full name, title and the post's date, each a field of its own,
  marked as a heading by Discourse) is the author's card and the post's time stamp: no title of
  a section, and no statement either ("Literary translator (PL/EN)" is who posted, not a fact
  about translators).
- A signature, the box every engine names so (by its class; one holding a heading is a section
  about signatures), is the author's card too, the same under each post; and so is the box
  beside each post with the author's rank, post count and join date (phpBB's "postprofile",
  vBulletin's "userinfo", XenForo's "message-userDetails"), and the line over each post with
  its author, age and links (Hacker News's "comhead").
- A quotation whose words the page already holds elsewhere (a reply quoting the post above it)
  is a copy: it goes with its attribution ("tomasz.l:", "Originally Posted by ...", or phpBB's
  `<cite>` inside the quotation, "jane wrote: ↑ Tue Feb 03, 2026 9:41 pm"). A quotation
  of text that is not on the page is read.
- A row of links into one index of the site with nothing between them, beside the page's
  title (a topic's tags), goes with the short label or badge in its box; a list of counters
  after the posts ("4 replies", "612 views", "created Feb 3") counts the page's traffic.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.ingest.readers.base import clean
from bot.ingest.readers.html_furniture import HEADING, TITLE, article_body, remove, titled_box

# every forum engine gives the box of the author's card this class: Discourse "user-signature",
# phpBB "signature", vBulletin "signaturecontainer", XenForo "message-signature"
_SIGNATURE = re.compile(r"(?:^|[\s_-])signature", re.IGNORECASE)
# the author's card beside each post: phpBB "postprofile", vBulletin "userinfo" / "postbit-user",
# XenForo "message-userDetails", Invision "cAuthorPane", and "author-card" / "poster-info"; and
# the line over each post with its author, age and links (Hacker News's "comhead", its story's
# "subline": "412 points by whoishiring 3 days ago | hide | past")
_AUTHOR_CARD = re.compile(r"(?:^|\s)(?:postprofile|userinfo|postbit[_-]user\w*|message-user\w*"
                          r"|cAuthorPane|author[_-]?(?:card|info|box)|poster[_-]?info"
                          r"|comhead|subline)(?:\s|$)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FIELD_WORDS = 6  # a byline's field is a name, a title or a date, not a sentence
_SHINGLE = 4  # a quotation is matched by its runs of this many words
_ATTRIBUTION_WORDS = 6  # "tomasz.l:", "Originally Posted by jane_d": the quotation's source
_TAG_WORDS = 3  # a tag is a word or two ("early-career")
_TITLE_BOX_WORDS = 12  # beside the page's title in its box: a category, tags, a date
_COUNTERS = 3  # a topic's statistics: replies, views, users, likes...
_COUNTER_WORDS = 3  # ...each a figure and a word or two: "612" over "views"


def drop_post_furniture(root) -> None:
    """Remove the posts' bylines and signatures, the quotations of what the page already
    says, the rows of tags beside its title and the counters after its body."""
    remove([node for node in root.css(HEADING) if _byline(node)])
    remove([node for node in root.css("[class]") if (_SIGNATURE.search(
        node.attributes.get("class") or "") or _AUTHOR_CARD.search(
        node.attributes.get("class") or "")) and node.css_first(HEADING) is None])
    remove([_with_attribution(quote, root) for quote in _copies(root)])
    remove([titled_box(row, root) for box in _title_boxes(root)
            for row in box.css("div, span, p") if _tag_row(row)])
    remove(_counters_after(article_body(root), root))


def _byline(node) -> bool:
    """Whether a heading is a post's byline: it holds the post's date stamp (an element dated
    with a year in its tooltip, "Feb 3" titled "Feb 3, 2025 11:02 am", or a `<time>`), and
    each of its two or more fields is an element of its own, a name or a phrase, none a
    sentence. A heading's own words stand in the heading itself ("Open day <time>...")."""
    if not any(n.tag == "time" or _YEAR.search(n.attributes.get("title") or "")
               for n in node.css("time, [title]")):
        return False
    fields = [t for t in node.traverse(include_text=True)
              if t.tag == "-text" and t.text(deep=False).strip()]
    return len(fields) > 1 and all(
        t.parent is not None and t.parent.mem_id != node.mem_id
        and len(said.split()) <= _FIELD_WORDS and said[-1] not in ".!?"
        for t in fields if (said := clean(t.text(deep=False))))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _shingles(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)]


def _copies(root) -> list:
    """The outermost quotations whose every run of words the page holds outside its
    quotations: each run is counted once on the whole page and once in the quotations, so
    the page is read in one pass however many posts quote. A quotation of fewer words than
    a run is too short to tell a copy from a coincidence, and is read."""
    quotes = [q for q in root.css("blockquote") if not any(
        a.tag == "blockquote" for a in _ancestors(q))]
    # a quotation's own attribution inside it (phpBB's "<cite>jane wrote: ... 9:41 pm</cite>")
    # is not among the words it copies
    said = [_shingles(_words(_without_cites(q))) for q in quotes]
    outside = Counter(_shingles(_words(root.text(deep=True, separator=" "))))
    outside.subtract(run for runs in said for run in runs)
    return [q for q, runs in zip(quotes, said) if runs and all(outside[r] > 0 for r in runs)]


def _without_cites(quote) -> str:
    """The quotation's words, less those of the `<cite>` elements in it."""
    text = quote.text(deep=True, separator=" ")
    for cite in quote.css("cite"):
        text = text.replace(cite.text(deep=True, separator=" "), " ", 1)
    return text


def _ancestors(node):
    node = node.parent
    while node is not None:
        yield node
        node = node.parent


def _with_attribution(quote, root):
    """The quotation with the box that only names its source before it ("tomasz.l:" over the
    `<blockquote>` in Discourse's `<aside class="quote">`, vBulletin's "Originally Posted by
    ..."): the outermost element around it that holds nothing after it, a few words before
    it, and no heading (the post's byline)."""
    node = quote
    while (parent := node.parent) is not None and parent.mem_id != root.mem_id \
            and parent.css_first(HEADING) is None:
        before, after, seen = [], [], False
        for child in parent.iter(include_text=True):
            if child.mem_id == node.mem_id:
                seen = True
            elif child.tag != "-comment":
                (after if seen else before).append(child.text(deep=True))
        if clean(" ".join(after)) or len(clean(" ".join(before)).split()) > _ATTRIBUTION_WORDS:
            break
        node = parent
    return node


def _title_boxes(root) -> list:
    """The boxes that hold the page's title and a few words beside it (a topic's category
    and tags): not a section of the page, whose words follow its heading at length."""
    boxes = []
    for title in root.css(TITLE):
        box = title.parent
        if box is not None and box.mem_id != root.mem_id and _word_count(box) \
                - _word_count(title) <= _TITLE_BOX_WORDS:
            boxes.append(box)
    return boxes


def _word_count(node) -> int:
    return len(clean(node.text(deep=True)).split())


def _tag_row(node) -> bool:
    """A box of two or more links side by side with nothing between them, each a word or
    two, all leading into one index of the site (each link's address but its last part is
    the same: "/tag/early-career", "/tag/fiction"): the topic's tags. Links in a sentence
    have its words between them; the facts of a posting's header lead to pages of several
    kinds (its location's, its team's)."""
    children = [c for c in node.iter(include_text=True) if c.tag != "-comment"
                and not (c.tag == "-text" and not c.text(deep=False).strip())]
    if len(children) < 2 or not all(
            c.tag == "a" and c.attributes.get("href") and c.css_first(HEADING) is None
            and 0 < len(clean(c.text(deep=True)).split()) <= _TAG_WORDS for c in children):
        return False
    return len({c.attributes["href"].rstrip("/").rsplit("/", 1)[0] for c in children}) == 1


def _counters_after(body, root) -> list:
    """After the page's body, outside it: the lists of counters (see `_counters`)."""
    found = []
    while body is not None and body.mem_id != root.mem_id:
        after = body.next
        while after is not None:
            if after.tag not in ("-text", "-comment"):
                found += [lst for lst in [after, *after.css("ul, ol")]
                          if lst.tag in ("ul", "ol") and _counters(lst)]
            after = after.next
        body = body.parent
    return found


def _counters(lst) -> bool:
    """A list of counters: three or more items, each a figure and its label in elements of
    their own ("<span>612</span><h4>views</h4>", "<h4>created</h4><span>Feb 3</span>"), a
    few words each, none a sentence or a label's colon: a topic's statistics."""
    items = [c for c in lst.iter() if c.tag == "li"]
    if len(items) < _COUNTERS:
        return False
    for item in items:
        texts = [t for t in item.traverse(include_text=True)
                 if t.tag == "-text" and t.text(deep=False).strip()]
        fields = [clean(t.text(deep=False)) for t in texts]
        if not 2 <= len(fields) <= 3 or any(t.parent.mem_id == item.mem_id for t in texts) \
                or any(len(f.split()) > _COUNTER_WORDS or f[-1] in ".!?:;," for f in fields) \
                or not any(re.search(r"\d", f) for f in fields) \
                or all(re.search(r"\d", f) for f in fields):
            return False
    return True
