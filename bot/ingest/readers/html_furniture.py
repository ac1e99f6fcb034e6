"""Page furniture: what a web page shows around its article, found and removed before reading.

The main content is `<main>`, else `[role=main]`, else the page's one `<article>`, else the
`<body>` (several `<article>`s are tabs, questions or cards of one page: all are read). Scripts,
styles, forms, navigation (with the box that titles it, "Table of Contents"), footers, asides,
buttons, hidden text, skip links and links drawn as buttons ("Apply now") are removed.

A page built of `<div>`s, with no `<main>`, is cleaned as Mozilla's Readability cleans one: an
element whose class or id names page furniture ("cookie-banner", "site-menu", "sidebar",
"related-jobs", "social-share") and nothing that may be content ("main-content") is removed,
unless it holds the page's `<h1>`, and so is a list or paragraph that is mostly link text and
follows no heading (a menu; "Open roles" over links to each posting stays). Its content block
is the smallest element around the `<h1>` that holds half the page's text; beside it, a
`<header>` is the site's banner and a block of headings that link to other pages ("You might
also be interested in") is a recommendation list, and both go. A `<header>` inside the content
block (a posting's title, location and salary) is kept.
Inside `<main>` or `<article>` only the furniture names are looked at, and a header is kept.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import clean

_FURNITURE = ("footer", "aside", "script", "style", "noscript", "template",
              "form", "button", "select", "textarea", "iframe", "svg", "canvas", "dialog",
              "[role=contentinfo]", "[role=complementary]", "[role=search]", "[role=banner]",
              "[role=button]", "[aria-hidden=true]", "[hidden]")
# the class names CSS frameworks give text shown only to screen readers (Bootstrap, WordPress,
# HTML5 Boilerplate): not what the page shows, so not something to quote
_HIDDEN = re.compile(r"(?:^|\s)(?:sr-only|screen-reader-text|visually-?hidden)(?:\s|$)", re.I)
# the class names that draw a link as a button ("btn btn-primary", "wp-block-button__link"):
# a call to action ("Apply now", "Save job"), not a sentence
_BUTTON = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.I)
# Readability's "unlikely candidates" and "maybe candidates", matched in an element's class and id
_UNLIKELY = re.compile(r"-ad-|ad-break|agegate|banner|breadcrumb|combx|comment|community|consent|"
                       r"cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
                       r"newsletter|pagination|pager|popup|related|remark|replies|rss|share|"
                       r"shoutbox|sidebar|skyscraper|social|sponsor|supplemental|yom-remote",
                       re.IGNORECASE)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
_LINK_DENSITY = 0.5  # a list or paragraph whose text is more than this share links is a menu
_BOX_TITLE_WORDS = 4  # "Table of Contents", "On this page": the title of a navigation box

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SECTIONING = {"article", "aside", "main", "nav", "section"}


def content(tree):
    """The element holding the page's article, its furniture removed; None for an empty page."""
    root, whole_page = _content_root(tree)
    if root is None:
        return None
    _drop_navigation(root)
    for selector in _FURNITURE:
        for node in root.css(selector):
            node.decompose()
    _drop_controls(root)
    _drop_furniture(root, whole_page)
    if whole_page:
        _drop_beside_content(root)
    return root


def _content_root(tree):
    """(element to read, whether it is the whole page). `<main>` names the content; so does a
    page's one `<article>`, but several are parts of one page (tabs, questions, cards)."""
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and node.text(deep=True).strip():
            return node, False
    articles = [a for a in tree.css("article") if a.text(deep=True).strip()
                and not _has_ancestor(a, {"article", "aside", "nav", "footer"})]
    if len(articles) == 1:
        return articles[0], False
    body = tree.body or tree.root
    return body, body is not None


def _has_ancestor(node, tags: set[str]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _contains(outer, inner) -> bool:
    while inner is not None:
        if inner.mem_id == outer.mem_id:
            return True
        inner = inner.parent
    return False


def _drop_navigation(root) -> None:
    """Remove navigation with the box around it that only titles it: a table of contents goes
    with its "Table of Contents" or "On this page". A list whose links all lead elsewhere on
    the same page is navigation too, whatever element holds it."""
    navs = root.css("nav, [role=navigation]") + [
        lst for lst in root.css("ul, ol")
        if lst.css_first("a") is not None and _link_density(lst) > _LINK_DENSITY
        and all((a.attributes.get("href") or "").startswith("#") for a in lst.css("a"))]
    _remove([_box(nav, root) for nav in navs])


def _box(node, root):
    """The outermost element around `node` whose other text is at most a short title."""
    words = len(clean(node.text(deep=True)).split())
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id and parent.tag not in (
            "body", "html") and parent.css_first("h1") is None:
        if len(clean(parent.text(deep=True)).split()) - words > _BOX_TITLE_WORDS:
            break
        node, parent = parent, parent.parent
    return node


def _drop_controls(root) -> None:
    """Remove text shown only to screen readers, links drawn as buttons, skip links and the
    name under a pull quote."""
    total = len(clean(root.text(deep=True)))
    places = {node.attributes.get("id"): node for node in root.css("[id]")}
    _remove([node for node in root.css("[class]")
             if _HIDDEN.search(node.attributes.get("class") or "")
             or (node.tag == "a" and _BUTTON.search(node.attributes.get("class") or ""))]
            + [a for a in root.css('a[href^="#"]') if _skip_link(a, places, total)]
            # a quotation's source on a line of its own: a name, not a statement
            + [c for c in root.css("blockquote cite") if _standalone(c)])


def _skip_link(link, places: dict, total: int) -> bool:
    """A link standing on its own ("Skip to content", "Back to top") that leads to the page's
    content as a whole or to nothing on it. One inside a sentence (a footnote mark) or leading
    to one part of the page (a table of open roles, each linked to its section) is content."""
    if not _standalone(link):
        return False
    target = places.get((link.attributes.get("href") or "#")[1:])
    if target is None:
        return True
    text = len(clean(target.text(deep=True)))
    return target.css_first("h1") is not None or 2 * text >= total


def _standalone(node) -> bool:
    """No text right before or after `node`: it is not part of a sentence."""
    return not any(side is not None and side.tag == "-text" and side.text(deep=False).strip()
                   for side in (node.prev, node.next))


def _drop_furniture(root, whole_page: bool) -> None:
    """Remove the elements named as page furniture and, on a page with no main element, the
    lists and paragraphs that are mostly links."""
    named = []
    for node in root.css("[class], [id]"):
        if node.tag in ("body", "html", "a", "main", "article"):
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _UNLIKELY.search(names) and not _MAYBE.search(names) \
                and (whole_page or not re.search("header", names, re.IGNORECASE)) \
                and node.css_first("h1") is None:  # a "job-header" holding the page's title
            named.append(node)
    _remove(named)
    if whole_page:
        _remove([node for node in root.css("ul, ol, p, dl")
                 if _link_density(node) > _LINK_DENSITY and not _under_heading(node)])


def _drop_beside_content(root) -> None:
    """On a page with no main element: remove the site's banner (a `<header>` outside the
    content block and outside any article or section, as ARIA defines a banner) and, beside
    the content block, the blocks that link to other pages ("Similar jobs" cards)."""
    content = _content_block(root)
    banners = [h for h in root.css("header")
               if not (content is not None and (_contains(content, h) or _contains(h, content)))
               and not _has_ancestor(h, _SECTIONING)]
    beside = []
    node = content
    while node is not None and node.mem_id != root.mem_id and node.parent is not None:
        beside += [s for s in node.parent.iter() if s.mem_id != node.mem_id and _links_away(s)]
        node = node.parent
    _remove(banners + beside)


def _content_block(root):
    """The smallest element around the page's `<h1>` that holds half the page's text (the
    posting, not its header alone; the e-mail's table of job cards, not its greeting)."""
    h1 = next((h for h in root.css("h1") if not _all_link(h)), None)  # not a linked logo
    if h1 is None:
        return None
    total = len(clean(root.text(deep=True)))
    node = h1
    while node.mem_id != root.mem_id and node.parent is not None \
            and 2 * len(clean(node.text(deep=True))) < total:
        node = node.parent
    return node


def _links_away(node) -> bool:
    """A block of links to other pages: mostly link text, or most of its headings are links
    (cards of other postings or posts, each titled by a link to it)."""
    if node.tag in ("-text", "-comment"):
        return False
    headings = node.css(", ".join(HEADINGS))
    linked = [h for h in headings if _all_link(h)]
    return _link_density(node) > _LINK_DENSITY or (len(linked) >= 2
                                                   and 2 * len(linked) >= len(headings))


def _all_link(node) -> bool:
    text = clean(node.text(deep=True))
    return bool(text) and clean(" ".join(a.text(deep=True) for a in node.css("a"))) == text


def _under_heading(node) -> bool:
    """A list that a heading introduces ("Open roles" over links to each posting) is the
    page's content, however much of it is links; a menu has no heading of its own."""
    before = node.prev
    while before is not None and before.tag == "-text" and not before.text(deep=False).strip():
        before = before.prev
    return before is not None and before.tag in HEADINGS


def _link_density(node) -> float:
    text = len(clean(node.text(deep=True)))
    return sum(len(clean(a.text(deep=True))) for a in node.css("a")) / text if text else 0.0


def _remove(nodes) -> None:
    """Remove each node not inside another one removed (that goes with it)."""
    ids = {n.mem_id for n in nodes}
    for node in nodes:
        parent, inside = node.parent, False
        while parent is not None and not inside:
            inside, parent = parent.mem_id in ids, parent.parent
        if not inside:
            node.decompose()
