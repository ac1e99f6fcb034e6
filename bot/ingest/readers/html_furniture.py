"""Page furniture: what a web page shows around its article, found and removed before reading.

The main content is `<main>`, else `[role=main]`, else the page's one `<article>`, else the
`<body>` (several `<article>`s are tabs, questions or cards of one page: all are read).
Declarative shadow roots are opened in place first. Scripts, styles, labels, navigation
(with the box that titles it, "Table of Contents"), footers, skip links, links drawn as
buttons ("Apply now"), a question offered to the reader with buttons to answer ("Was this page
helpful?"), toolbars around a byline, links beside a heading ("[edit]") or drawn as a symbol
(a permalink's "¶"), footnote marks with a wiki's list of the sources they cite (and the marks
and labels of the notes of `html_noterefs`, whose words stay), tag lists ("Categories: ...") and
notes that point to other pages (a wiki's "For ..., see ...") are removed, and so is what
the page hides for good (screen-reader text, `aria-hidden`, `display:none`, not printed, not to
be quoted), and so are the controls of `html_controls` (forms that ask for input, a vote's
score, rows of buttons) and what `html_notices` finds the site says about the page. A panel
that a control opens (an accordion's section, `hidden="until-found"`) is content, its button
its title, and so is what a button alone beside it hides, naming nothing (a post's text behind a
content warning's "Show more"); a button inside a heading is the heading's text; other buttons
go.
An aside inside the content block is a box of facts; one beside it goes unless it states an
amount of money (an event's ticket prices), and one mostly links goes.

A page built of `<div>`s, with no `<main>`, is cleaned as Mozilla's Readability cleans one: an
element whose class or id names page furniture ("cookie-banner", "site-menu", "sidebar",
"related-jobs", "social-share") and nothing that may be content ("main-content") is removed,
unless it holds the page's `<h1>` or the name covers most of the page's text (a discussion
page's comments), and so is a list or paragraph that is mostly link text and
follows no heading (a menu; "Open roles" over links to each posting stays). Its content block
is the smallest element around its title (the `<h1>`, else its top heading) that holds half
the page's text; beside it, a `<header>` or an element named a header or footer is the site's
banner or footer, and a block of headings that link to other pages ("You might also be
interested in") is a recommendation list, and both go; so do such blocks beside the article's
body (an intranet page's column of "Quick links" and "News" web parts) and, after it, a row of
bare controls and counters ("Like", "Save for later", "182 views"). A header inside the content
block (a posting's title, location and salary) is kept. The page's last line, when it opens
with a copyright notice, is its footer; so, inside a main element, is an element named a
footer that ends it and is mostly links.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import clean, letters
from bot.ingest.readers.html_controls import button_rows, control_forms, counters
from bot.ingest.readers.html_noterefs import marks
from bot.ingest.readers.html_panels import mark_sources, mark_titles
from bot.ingest.readers.html_notices import author_boxes, notices, records
from bot.ingest.readers.html_styles import hidden_selectors, page_sheet

# "aside" and "button" are not here: an aside inside the content is a box of its facts, and a
# button may be a heading's text or the title of a panel it opens (see _drop_asides,
# _drop_buttons); nor is "form": a form may hold a post's text (see `html_controls`)
# (a formula's MathML may carry its source as an annotation, TeX for LaTeXML: not shown)
_FURNITURE = ("footer", "script", "style", "noscript", "template", "label", "select",
              "textarea", "iframe", "svg", "canvas", "dialog", "annotation", "annotation-xml",
              "[role=contentinfo]", "[role=search]", "[role=banner]")
# the class names CSS frameworks give text shown only to screen readers (Bootstrap, WordPress,
# HTML5 Boilerplate, GOV.UK's "govuk-visually-hidden"): not what the page shows, so not
# something to quote
_HIDDEN = re.compile(r"(?:^|[\s_-])(?:sr-only|screen-reader-text|visually-?hidden)(?:[\s_-]|$)",
                     re.I)
# the class names that leave an element out of the printed page (MediaWiki, Bootstrap, the
# common "no-print"): toolbars, taglines, edit links, what is chrome on a screen
_NO_PRINT = re.compile(r"(?:^|\s)(?:no-?print|d-print-none|hidden-print|print-hidden)(?:\s|$)",
                       re.I)
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)", re.I)
# the class names that draw a link as a button ("btn btn-primary", "wp-block-button__link"):
# a call to action ("Apply now", "Save job"), not a sentence
_BUTTON = re.compile(r"(?:^|[\s_-])(?:btn|button)(?:$|[\s_-])", re.I)
# ... also as the last word of a name written in camel case ("iCIMS_PrimaryButton", "shareBtn")
_CAMEL_BUTTON = re.compile(r"(?<=[a-z])(?:Btn|Button)(?=$|[\s_A-Z-])")
# an e-mail has no style sheet: it draws a button as a link with its own background and padding
_BUTTON_STYLE = re.compile(r"(?=.*background(?:-color)?\s*:)(?=.*padding)", re.I | re.S)
# Readability's unlikely names, with a consent banner's, a newsletter box's and a paywall's or
# sign-in wall's laid over the page ("HardsellOverlay", "paywall-prompt"), and a manual's legal
# notice on its title page (DocBook's "legalnotice")
_UNLIKELY = re.compile(r"-ad-|ad-break|agegate|banner|breadcrumb|combx|comment|community|consent|"
                       r"cookie|cover-wrap|disqus|extra|gdpr|legalnotice|legends|menu|"
                       r"newsletter|pagination|pager|paywall|popup|regwall|hardsell|"
                       r"(?:sign-?in|log-?in)-?(?:wall|prompt|modal|gate)|"
                       r"related|remark|replies|rss|share|"
                       r"subscri|"
                       r"shoutbox|sidebar|skyscraper|social|sponsor|supplemental|yom-remote",
                       re.IGNORECASE)
# the class or id of a table of contents, and of the links to the previous and next pages above
# and below a manual's pages (DocBook's "toc", "navheader", "navfooter")
_TOC = re.compile(r"(?:^|[\s_-])(?:toc|navheader|navfooter)(?:$|[\s_-])", re.IGNORECASE)
# a byline's class, and the credits on a DocBook title page (its authors, editors, contributors)
_BYLINE = re.compile(r"(?:^|[\s_-])(?:author|byline|editor|othercredit|corpauthor|collab)"
                     r"(?:$|[\s_-])", re.IGNORECASE)
_MAYBE = re.compile(r"and|article|body|column|content|main|shadow", re.IGNORECASE)
# Readability's unlikely names for the top and bottom of a page: a "site-header" is the page's
# banner, but a "posting-header" or "accordion-header" inside the content is the content's own,
# so these names are judged by where the element is (see _drop_beside_content)
_PLACED = re.compile(r"header|footer|masthead", re.IGNORECASE)
_SKIP_WORDS = re.compile(r"\b(?:skip|top|back|jump)\b", re.I)  # "Skip to content", "Back to top"
# the label over an advertisement ("Sponsored", "Sponsored by Acme", "Advertisement")
_AD_LABEL = re.compile(r"(?:sponsored(?: by .{1,60})?|advertisement|promoted(?: by .{1,60})?|"
                       r"paid (?:content|partnership)|ad)", re.I)
_AD_WORDS = 80  # an advertisement's box: its label and a few lines
_ARTICLE_SHARE = 0.5  # inside <main>, an article holding this share of its text is the content
_PANEL_REACH = 4  # levels above a disclosure control that naming no panel its panel may sit
_LINK_DENSITY = 0.5  # a list or paragraph whose text is more than this share links is a menu
_SIGNPOST_WORDS = 40  # a hatnote is a line or two: "This article is about ... For ..., see ..."
_BOX_TITLE_WORDS = 4  # "Table of Contents", "On this page": the title of a navigation box
_TOOLBAR_FRAGMENTS = 5  # a byline's name, date, reading time, "Follow", "Share"...
_FRAGMENT_WORDS = 3  # ...each a few words: "Published in", "7 min read", "Mar 3, 2024"
_BAR_FRAGMENTS = 3  # an action bar after the article: "Like", "Comment", "Save", "182 views"
_QUESTION_WORDS = 12  # a poll's question is a line: "Did you find what you were looking for?"
_CONTROL = "button, [role=button]"
# a copyright notice opens with the sign or the word the law gives it ("© 2004-2025 Acme Ltd",
# "Copyright 2024 Acme"): the site's legal line, whatever follows it on that line
COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)", re.IGNORECASE)
COPYRIGHT_WORDS = 40  # a notice with its company number and links is a line, not a paragraph

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
HEADING = "h1, h2, h3, h4, h5, h6, [role=heading]"
TITLE = 'h1, [role=heading][aria-level="1"]'  # the page's own title
# an amount of money: "£28,000", "HVM 8.00", "45k", "EUR 5"
_MONEY = re.compile(r"[$€£¥]\s?\d|\b[A-Z]{3}\s?\d|\d\s?(?:k|K)\b")
_SECTIONING = {"article", "aside", "main", "nav", "section"}
_NO_ROLE = {"presentation", "none"}  # the ARIA roles that strip an element of its own role


def content(tree):
    """The element holding the page's article, its furniture removed; None for an empty page."""
    _open_shadow_roots(tree.root)
    root, whole_page = _content_root(tree)
    if root is None:
        return None
    panels = _disclosed_panels(root)
    styled = hidden_selectors(page_sheet(tree))
    _drop_navigation(root)
    remove([node for selector in _FURNITURE for node in root.css(selector)]
           + control_forms(root) + counters(root) + button_rows(root))
    _drop_hidden(root, panels, styled)
    _drop_controls(root)
    _drop_toolbars(root)
    _drop_citations(root)
    remove(marks(root))
    _drop_furniture(root, whole_page)
    remove(records(root) + author_boxes(root) + ([] if whole_page else notices(root)))
    _drop_asides(root, whole_page)
    if whole_page:
        _drop_beside_content(root)
    else:
        _drop_closing_footer(root)
    _drop_polls(root)
    _drop_ads(root)
    _drop_buttons(root)
    mark_titles(root)
    mark_sources(root)
    _drop_copyright(root)
    return root


def heading_level(node, default: int = 2) -> int | None:
    """The level of a heading element, or of an element ARIA makes one (`role="heading"`,
    `aria-level`; `default` when none is given: 2 for ARIA); None for any other element, and
    for a heading whose role ARIA takes away (`role="presentation"`, `"none"`: a counter's
    label drawn with an `<h4>`, "612 <h4>views</h4>", titles nothing after it)."""
    role = node.attributes.get("role") or ""
    if role in _NO_ROLE:
        return None
    if node.tag in HEADINGS:
        # a heading element that its page names an author's or other credit's ("<h3
        # class="author">" on DocBook's title page) is a byline, not a title of what follows
        return None if _BYLINE.search(node.attributes.get("class") or "") else HEADINGS[node.tag]
    if role != "heading":
        return None
    level = node.attributes.get("aria-level") or ""
    return min(max(int(level), 1), 6) if level.isdigit() else default


def _open_shadow_roots(node) -> None:
    """Put the content of each declarative shadow root (`<template shadowrootmode="open">`)
    where the browser renders it, in place of the template: a web component's table is the
    page's. Other templates are markup for scripts to copy, and go with the furniture."""
    for template in node.css("template[shadowrootmode]"):
        fragments = getattr(template, "template_fragments", None)  # selectolax >= 1.0
        if fragments is None:
            return
        for fragment in fragments()[:1]:
            _open_shadow_roots(fragment)
            for child in list(fragment.iter(include_text=True)):
                template.insert_before(child)
        template.decompose()


def _content_root(tree):
    """(element to read, whether it is the whole page). `<main>` names the content; so does a
    page's one `<article>`, but several are parts of one page (tabs, questions, cards)."""
    for selector in ("main", "[role=main]"):
        node = tree.css_first(selector)
        if node is not None and node.text(deep=True).strip():
            # a main element around the one article that holds most of its text (a code
            # host's repository page around its README, beside the file list and "About")
            inner = [a for a in node.css("article")
                     if not _has_ancestor(a, {"article", "aside", "nav", "footer"})]
            if len(inner) == 1 and len(clean(inner[0].text(deep=True))) >= \
                    _ARTICLE_SHARE * len(clean(node.text(deep=True))):
                return inner[0], False
            return node, False
    articles = [a for a in tree.css("article") if a.text(deep=True).strip()
                and not _has_ancestor(a, {"article", "aside", "nav", "footer"})]
    if len(articles) == 1:
        return articles[0], False
    body = tree.body or tree.root
    return body, body is not None


def _has_ancestor(node, tags: set[str]) -> bool:
    return _ancestor(node, lambda parent: parent.tag in tags)


def _ancestor(node, matches) -> bool:
    """Whether an element around `node` `matches`."""
    parent = node.parent
    while parent is not None:
        if matches(parent):
            return True
        parent = parent.parent
    return False


def contains(outer, inner) -> bool:
    while inner is not None:
        if inner.mem_id == outer.mem_id:
            return True
        inner = inner.parent
    return False


def _drop_navigation(root) -> None:
    """Remove navigation with the box around it that only titles it: a table of contents goes
    with its "Table of Contents" or "On this page". A list whose links all lead elsewhere on
    the same page is navigation too, whatever element holds it, and so is an element its page
    names a table of contents or a manual's links to the pages before and after (`_TOC`, and
    DocBook's tables summarised as its "Navigation header" and "Navigation footer")."""
    navs = root.css('nav, [role=navigation], table[summary^="Navigation"]') + [
        lst for lst in root.css("ul, ol")
        if lst.css_first("a") is not None and _link_density(lst) > _LINK_DENSITY
        and all((a.attributes.get("href") or "").startswith("#") for a in lst.css("a"))] + [
        node for node in root.css("[class], [id]") if _TOC.search(
            f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}")]
    remove([titled_box(nav, root) for nav in navs])


def titled_box(node, root):
    """The outermost element around `node` whose other text is at most a short title."""
    # (words counted apart where elements meet: "Workforce snapshot" over "Employed: ..." is
    # not one word "snapshotEmployed:")
    words = len(clean(node.text(deep=True, separator=" ")).split())
    parent = node.parent
    while parent is not None and parent.mem_id != root.mem_id and parent.tag not in (
            "body", "html") and parent.css_first("h1") is None:
        if len(clean(parent.text(deep=True, separator=" ")).split()) - words > _BOX_TITLE_WORDS:
            break
        node, parent = parent, parent.parent
    return node


def _disclosed_panels(root) -> set[str]:
    """The ids of the panels that a control on the page opens and closes (an accordion's
    sections, a "Read more"): their content is the page's, hidden only until the user asks."""
    return {i for control in root.css("[aria-expanded]") for i in _panels(control) if i}


def _unnamed_panels(root) -> set[int]:
    """The panels of the disclosure controls that name none (a Notion toggle's children, a
    collapsible block's body, hidden beside its title until the reader opens it): the hidden
    elements of the smallest block around the control that holds any, within a few levels."""
    found: set[int] = set()
    buttons = _bare_buttons(root)
    bare = {b.mem_id for b in buttons}
    for control in [*root.css("[aria-expanded]"), *buttons]:
        if _panels(control):
            continue
        node = control.parent
        for _ in range(_PANEL_REACH):
            if node is None or node.tag in ("body", "html"):
                break
            shut = [n for n in node.css("[style], [hidden]") if "hidden" in n.attributes
                    or _DISPLAY_NONE.search(n.attributes.get("style") or "")]
            if shut:
                # a button alone beside what is hidden opens it; of several ("Yes", "No"),
                # each answers a question and the hidden text is the page's reply
                if control.mem_id not in bare or len(node.css("button")) == 1:
                    found.update(n.mem_id for n in shut)
                break
            node = node.parent
    return found


def _bare_buttons(root) -> list:
    """Buttons that say nothing of what they open, outside any form: a post's "Show more"
    behind a content warning, whose text the page hides until it is pressed."""
    return [b for b in root.css("button") if "aria-expanded" not in b.attributes
            and not _in_form(b)]


def _in_form(node) -> bool:
    while node is not None:
        if node.tag == "form":
            return True
        node = node.parent
    return False


def _drop_hidden(root, panels: set[str], styled: list[str]) -> None:
    """Remove what the page hides for good: text for screen readers only, decoration hidden
    from them (`aria-hidden`), elements styled or marked hidden (by their own style or by a
    rule of the page's style sheet: `styled`), what the page leaves out of print and what it
    asks search engines not to quote (`data-nosnippet`: a cookie banner, an
    accordion's "Show"). A panel a control opens is content, however it is hidden now, and so
    is `hidden="until-found"` (an accordion's closed section, found by the browser's search)."""
    unnamed = _unnamed_panels(root)

    def hidden(node) -> bool:
        attributes = node.attributes
        if attributes.get("id") in panels or node.mem_id in unnamed:
            return False
        names = attributes.get("class") or ""
        return ("hidden" in attributes and attributes.get("hidden") != "until-found"
                or attributes.get("aria-hidden") == "true" or "data-nosnippet" in attributes
                or bool(_DISPLAY_NONE.search(attributes.get("style") or ""))
                or bool(_HIDDEN.search(names) or _NO_PRINT.search(names))
                or node.mem_id in by_sheet)

    by_sheet = {node.mem_id for selector in styled for node in root.css(selector)}
    remove([node for node in root.css("[hidden], [aria-hidden], [data-nosnippet], [style], "
                                      "[class], [id]") if hidden(node)])


def _drop_controls(root) -> None:
    """Remove links drawn as buttons, skip links, the links beside a heading ("[edit]"), the
    links drawn as a symbol and lists of tags."""
    total = len(clean(root.text(deep=True)))
    places = {node.attributes.get("id"): node for node in root.css("[id]")}
    remove([a for a in root.css("a[class]") if _BUTTON.search(a.attributes.get("class") or "")
            or _CAMEL_BUTTON.search(a.attributes.get("class") or "")]
           + [a for a in root.css("a[style]") if _BUTTON_STYLE.match(a.attributes["style"] or "")]
           + [a for a in root.css('a[href^="#"]') if _skip_link(a, places, total)
              or _symbol_link(a)]
           + [link for heading in root.css(HEADING) for link in _heading_links(heading)]
           + [lst.parent for lst in root.css("ul, ol") if _tag_list(lst)]
           + [note for note in root.css("[role=note]") if _signpost(note)])


def _drop_ads(root) -> None:
    """Remove the advertisements a page labels as such: the largest box of a few lines whose
    first words are the label a site must show over one ("Sponsored by Tamsford College",
    "Advertisement", "Promoted"). What it says is the advertiser's, not the page's."""
    found = []
    for node in root.css("div, aside, section, li"):
        texts = (t.text(deep=False).strip() for t in node.traverse(include_text=True)
                 if t.tag == "-text" and t.text(deep=False).strip())
        first = next(texts, None)  # the label first: most boxes are read no further
        if first is None or not _AD_LABEL.fullmatch(first):
            continue
        words = len(clean(node.text(deep=True)).split())
        if next(texts, None) is not None and words <= _AD_WORDS:
            found.append(node)
    boxes = {node.mem_id for node in found}
    remove([node for node in found if not _ancestor(node, lambda p: p.mem_id in boxes)])


def _drop_copyright(root) -> None:
    """Remove the page's last line when it is a copyright notice ("© 2004-2025 Acme Ltd ·
    Company no. 0441 · Privacy · Last updated ..."): the site's footer, drawn without a
    `<footer>` on an old page. The line is the largest element that begins with the notice,
    with whatever follows it inside its parent; nothing of the page may come after it."""
    page = letters(root.text(deep=True))
    for text in root.traverse(include_text=True):
        if text.tag != "-text" or not COPYRIGHT.match(text.text(deep=False).strip()):
            continue
        start = text
        while start.parent is not None and start.parent.mem_id != root.mem_id \
                and letters(start.parent.text(deep=True)).startswith(letters(start.text())):
            start = start.parent
        line = [start]
        while line[-1].next is not None:
            line.append(line[-1].next)
        words = clean(" ".join(n.text(deep=True) for n in line))
        if len(words.split()) <= COPYRIGHT_WORDS and page.endswith(letters(words)):
            for node in line:
                node.decompose()
            return


def _signpost(note) -> bool:
    """A short note that sends the reader to another page ("For the role in the United
    States, see Veterinary technician.", "Main article: Nursing"): a wiki's hatnote, which
    ARIA marks as a note, parenthetic to the page and about where else to read, not a
    statement of the page. A note without such a link (a warning, a tip) is read."""
    away = [a for a in note.css("a[href]") if not a.attributes["href"].startswith("#")]
    return bool(away) and len(clean(note.text(deep=True)).split()) <= _SIGNPOST_WORDS


def _heading_links(heading) -> list:
    """The elements beside a heading's title that are a few words of links ("[edit]", "#",
    "Back to top"): controls for the section, not its text. They sit in the box that holds
    only the heading and them, or inside the heading, beside the element that holds its title
    (a wiki's `<span>` title and its "[edit]" span, with no words of the heading between).
    A heading made of blocks (a post's header: the poster's names, the date) is not a title
    with controls beside it."""
    inside = [n for n in heading.iter(include_text=True) if n.tag != "-comment"
              and not (n.tag == "-text" and not n.text(deep=False).strip())]
    links = _controls_beside(heading, inside[0]) if len(inside) > 1 and all(
        n.tag in ("span", "a") for n in inside) else []
    box = heading.parent
    if box is None or heading_level(box) is not None:
        return links
    return links + _controls_beside(box, heading)


def _controls_beside(box, title) -> list:
    """The elements of `box` other than `title`, when they are a few words of links."""
    others = [n for n in box.iter() if n.mem_id != title.mem_id]
    text = clean(" ".join(n.text(deep=True) for n in others))
    links = " ".join(a.text(deep=True) for n in others for a in _links(n))
    if not text or len(text.split()) > 3 or letters(text) != letters(links) \
            or len(clean(box.text(deep=True))) > len(clean(title.text(deep=True))) + 30:
        return []
    return others


def _links(node) -> list:
    return [node] if node.tag == "a" else node.css("a")



def _tag_list(lst) -> bool:
    """A list of links after a label ending in a colon in the same box ("Categories: ...",
    "Tags: ..."): the site's index of pages like this one, not the page's words; the box
    goes with it."""
    box = lst.parent
    if box is None or not lst.css("li") or not all(_all_link(li) for li in lst.css("li")):
        return False
    label = clean(box.text(deep=True))[:-len(clean(lst.text(deep=True))) or None].strip()
    return 0 < len(label.split()) <= 3 and label.endswith(":")


def _drop_toolbars(root) -> None:
    """Remove toolbars: a box of many short fragments laid out as blocks of their own, none
    a sentence, among which are links to other pages ("Jordan Reyes", "Follow", "Published
    in", "7 min read", "12", "Listen", "Share"): an article's controls and counters around its
    byline. A box of facts is a list, a table or sentences, and has no links between its
    labels; a byline on one line ("by Priya Shah Posted on March 4, 2024") dates the article
    and is read."""
    def toolbar(node) -> bool:
        if node.css_first("h1, h2, h3, h4, h5, h6, ul, ol, dl, table, [role=heading]") \
                or all(d.mem_id == node.mem_id for d in node.css("div, p, section")):
            return False
        if len(clean(node.text(deep=True)).split()) > _TOOLBAR_FRAGMENTS * _FRAGMENT_WORDS:
            return False
        fragments = [clean(t.text(deep=False)) for t in node.traverse(include_text=True)
                     if t.tag == "-text" and t.text(deep=False).strip()]
        links = [a for a in node.css("a[href]") if not a.attributes["href"].startswith("#")]
        return len(fragments) >= _TOOLBAR_FRAGMENTS and len(links) >= 2 and all(
            len(f.split()) <= _FRAGMENT_WORDS and f[-1] not in ".!?" for f in fragments)

    remove([node for node in root.css("div, p, span, section") if toolbar(node)])


def _drop_citations(root) -> None:
    """Remove footnote marks and the list of notes they lead to. A mark is a superscript that
    is only links to places on the same page ("[1]"); its notes list is a list most of whose
    items are those places (a wiki's references): sources cited, not the page's statements,
    and a mark left in a sentence would glue it to the next one."""
    marks = [sup for sup in root.css("sup") if _all_link(sup) and all(
        (a.attributes.get("href") or "").startswith("#") for a in sup.css("a"))]
    targets = {(a.attributes.get("href") or "#")[1:] for sup in marks for a in sup.css("a")}
    notes = [lst for lst in root.css("ol, ul")
             if 2 * sum(li.attributes.get("id") in targets for li in lst.css("li"))
             > len(lst.css("li")) > 0]
    remove(marks + notes)


def _skip_link(link, places: dict, total: int) -> bool:
    """A link standing on its own ("Skip to content", "Back to top") that leads to the page's
    content as a whole or to nothing on it. One inside a sentence (a footnote mark) or leading
    to one part of the page (a table of open roles, each linked to its section) is content."""
    if not _standalone(link):
        return False
    fragment = (link.attributes.get("href") or "#")[1:]
    if not fragment:
        # "#" alone is a placeholder a script follows (a saved web app's news title, a card's
        # link): what it says is the page's, unless it says where it goes ("Back to top")
        return bool(_SKIP_WORDS.search(clean(link.text(deep=True))))
    target = places.get(fragment)
    if target is None:
        return True
    text = len(clean(target.text(deep=True)))
    return target.css_first("h1") is not None or 2 * text >= total


def _symbol_link(link) -> bool:
    """A link to a place on the page whose face is a symbol, no word or picture: a heading's
    or a caption's permalink ("¶", "#", an icon font's glyph), a note's way back to its mark
    ("↩"). It is a control, and a word of no sentence."""
    return not re.search(r"\w", link.text(deep=True)) and link.css_first("img") is None


def _standalone(node) -> bool:
    """Not part of a sentence: no text right after `node`, and none right before it but a
    sentence that has ended ("© Careers Service. <a>Back to top</a>")."""
    before, after = (side.text(deep=False).strip() if side is not None and side.tag == "-text"
                     else "" for side in (node.prev, node.next))
    return not after and (not before or before[-1] in ".!?")


def _drop_furniture(root, whole_page: bool) -> None:
    """Remove the elements named as page furniture and, on a page with no main element, the
    lists and paragraphs that are mostly links. A name whose elements hold most of the page's
    text names its content, not its furniture: on a discussion page the comments are what
    the page is ("commentarea", each "comment" in it)."""
    named = {}
    for node in root.css("[class], [id]"):
        if node.tag in ("body", "html", "a", "main", "article", "aside"):
            continue
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if _UNLIKELY.search(names) and not _MAYBE.search(names) \
                and node.css_first("h1") is None:  # a "job-header" holding the page's title
            named[node.mem_id] = (node, {w.lower() for w in _UNLIKELY.findall(names)})
    content = _content_names(root, named)
    remove([node for node, words in named.values() if words - content])
    if whole_page:  # with the box that only titles them ("Table of contents")
        remove([titled_box(node, root) for node in root.css("ul, ol, p, dl")
                if _link_density(node) > _LINK_DENSITY and not _under_heading(node)])


def _content_names(root, named: dict) -> set[str]:
    """The furniture names whose elements (the outermost of each name) hold more than half
    of the text of `root`."""
    total = len(clean(root.text(deep=True)))
    held: dict[str, int] = {}
    for node, words in named.values():
        for word in words:
            parent = node.parent
            while parent is not None and not (parent.mem_id in named
                                              and word in named[parent.mem_id][1]):
                parent = parent.parent
            if parent is None:
                held[word] = held.get(word, 0) + len(clean(node.text(deep=True)))
    return {word for word, size in held.items() if 2 * size > total}


def _drop_asides(root, whole_page: bool) -> None:
    """An aside (`<aside>`, `role="complementary"`) inside the content is a box of its facts
    ("Workforce snapshot: employed 98,600 people"), read without its lists of links to other
    pages; one that is mostly links ("Related content") is furniture, and so is one outside the
    content block (beside the article, in the page's sidebar) unless it states an amount of
    money: an event's tickets and their prices, a posting's pay, set in a panel beside the
    text, are the page's own facts."""
    asides = root.css("aside, [role=complementary]")
    if not asides:
        return
    content = _content_block(root) or (None if whole_page else root)
    drop = [a for a in asides if _link_density(a) > _LINK_DENSITY
            or (content is None or not contains(content, a)) and not _MONEY.search(a.text())]
    remove(drop + [lst for a in asides for lst in a.css("ul, ol")
                   if _link_density(lst) > _LINK_DENSITY])


def _drop_beside_content(root) -> None:
    """On a page with no main element: remove the site's banner and footer (a `<header>`, or
    an element whose class or id names a header or footer, outside the content block and
    outside any article or section, as ARIA defines a banner) and, beside the content block,
    the blocks that link to other pages ("Similar jobs" cards). So too beside the article's
    body, the element holding most of its text: a column of links and feeds next to it (an
    intranet page's "Quick links" and "News" web parts), when the page's title sits apart in
    a header zone of its own and the content block is the whole canvas. A list that a heading
    introduces there is the article's own ("Open roles")."""
    content = _content_block(root)
    placed = [n for n in root.css("[class], [id]") if _PLACED.search(
        f"{n.attributes.get('class') or ''} {n.attributes.get('id') or ''}")]
    banners = [h for h in root.css("header") + placed
               if not (content is not None and (contains(content, h) or contains(h, content)))
               and not _has_ancestor(h, _SECTIONING)]
    body = article_body(root)
    beside = _links_beside(content, root) + [
        s for s in _links_beside(body, root)
        if not _under_heading(s) and s.css_first(TITLE) is None]
    remove(banners + beside + _action_bars_after(body, root))


def _drop_closing_footer(root) -> None:
    """Inside the page's main element: remove an element named a footer that ends it, is
    mostly links ("about", "blog", "advertising") and is in no article or section of its
    own: the site's footer, laid inside the main element. A posting's or a section's footer
    is inside its article or section."""
    page = letters(root.text(deep=True))
    for node in root.css("[class], [id]"):
        names = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if "footer" not in names.lower() or _link_density(node) <= _LINK_DENSITY:
            continue
        parent = node.parent
        while parent is not None and parent.mem_id != root.mem_id \
                and parent.tag not in ("article", "section"):
            parent = parent.parent
        if parent is not None and parent.mem_id == root.mem_id \
                and page.endswith(letters(node.text(deep=True))):
            node.decompose()
            return


def _links_beside(node, root) -> list:
    """The blocks of links to other pages beside `node` or beside any element around it."""
    beside = []
    while node is not None and node.mem_id != root.mem_id and node.parent is not None:
        beside += [s for s in node.parent.iter() if s.mem_id != node.mem_id and _links_away(s)]
        node = node.parent
    return beside


def _action_bars_after(node, root) -> list:
    """After the article's body, outside it: rows of a few bare words and counters, none a
    sentence or a label ("Like", "Comment", "Save for later", "182 views"): the controls and
    counters of a page's action bar, each fragment its own element."""
    bars = []
    while node is not None and node.mem_id != root.mem_id:
        after = node.next
        while after is not None:
            if _action_bar(after):
                bars.append(after)
            after = after.next
        node = node.parent
    return bars


def _action_bar(node) -> bool:
    if node.tag in ("-text", "-comment") or node.css_first(
            "h1, h2, h3, h4, h5, h6, [role=heading], ul, ol, dl, table, p"):
        return False
    texts = [t for t in node.traverse(include_text=True)
             if t.tag == "-text" and t.text(deep=False).strip()]
    fragments = [clean(t.text(deep=False)) for t in texts]
    return len(texts) >= _BAR_FRAGMENTS and all(t.parent.mem_id != node.mem_id for t in texts) \
        and all(len(f.split()) <= _FRAGMENT_WORDS and f[-1] not in ".!?:;," for f in fragments)


def article_body(root):
    """The deepest element holding half the page's text: the article's body, wherever the
    page's title is."""
    total = len(clean(root.text(deep=True)))
    node = root
    while (inner := next((c for c in node.iter() if c.tag not in ("-text", "-comment")
                          and 2 * len(clean(c.text(deep=True))) >= total), None)) is not None:
        node = inner
    return node


def _drop_polls(root) -> None:
    """Remove the boxes that ask the reader a question and offer buttons to answer it ("Was
    this page helpful?" over Yes and No): the site surveying its readers, not the page's text.
    Such a box is the nearest around two or more buttons (not a panel's disclosure controls)
    that holds text besides them, and that text is one short question."""
    boxes = {}
    for button in root.css(_CONTROL):
        box = button.parent
        while box is not None and box.mem_id != root.mem_id and not _beside_controls(box):
            box = box.parent
        if box is not None and box.mem_id != root.mem_id:
            boxes[box.mem_id] = box
    remove([box for box in boxes.values() if _asks(box)])


def _asks(box) -> bool:
    question = _beside_controls(box)
    answers = [b for b in box.css(_CONTROL) if b.attributes.get("aria-expanded") is None]
    return len(answers) >= 2 and question.endswith("?") \
        and len(question.split()) <= _QUESTION_WORDS and not re.search(r"[.!?]\s", question)


def _beside_controls(box) -> str:
    """The text of `box` outside its buttons."""
    words = []
    for node in box.traverse(include_text=True):
        if node.tag != "-text":
            continue
        parent = node.parent
        while parent is not None and parent.mem_id != box.mem_id and not parent.css_matches(
                _CONTROL):
            parent = parent.parent
        if parent is None or parent.mem_id == box.mem_id:
            words.append(node.text_content or "")
    return clean(" ".join(words))


def _drop_buttons(root) -> None:
    """Remove the page's buttons but two kinds: one inside a heading is the heading's text
    (an accordion's section title), and one that opens a panel still on the page is that
    panel's title (a FAQ's question over its answer), read as a heading."""
    places = {node.attributes.get("id"): node for node in root.css("[id]")}
    for button in root.css("button, [role=button]"):
        if _has_heading_ancestor(button):
            continue
        if button.attributes.get("aria-expanded") is not None \
                and clean(button.text(deep=True)) and any(
                    clean(places[i].text(deep=True)) for i in _panels(button) if i in places):
            button.attrs["role"] = "heading"
            if "aria-level" in button.attributes:  # no level of its own: under the last heading
                del button.attrs["aria-level"]
        else:
            button.decompose()


def _has_heading_ancestor(node) -> bool:
    parent = node.parent
    while parent is not None:
        if heading_level(parent) is not None:
            return True
        parent = parent.parent
    return False


def _panels(control) -> list[str]:
    """The ids of the panels a disclosure control opens: named by ARIA or by the script's
    target (Bootstrap's `data-bs-target`, a link's `#id`)."""
    attributes = control.attributes
    return (attributes.get("aria-controls") or "").split() + [
        target[1:] for target in (attributes.get(name) or "" for name in (
            "data-bs-target", "data-target", "href")) if target.startswith("#")]


def _content_block(root):
    """The smallest element around the page's title (its `<h1>`, else its first heading of
    the highest level) that holds half the page's text (the posting, not its header alone;
    the e-mail's table of job cards, not its greeting)."""
    headings = [(level, i, h) for i, h in enumerate(root.css(HEADING))
                if (level := heading_level(h)) is not None
                and not _all_link(h)]  # not a linked logo
    if not headings:
        return None
    node = min(headings, key=lambda t: t[:2])[2]
    total = len(clean(root.text(deep=True)))
    while node.mem_id != root.mem_id and node.parent is not None \
            and 2 * len(clean(node.text(deep=True))) < total:
        node = node.parent
    return node


def _links_away(node) -> bool:
    """A block of links to other pages: mostly link text, or most of its headings are links
    (cards of other postings or posts, each titled by a link to it, or each a link whose face
    holds its title)."""
    if node.tag in ("-text", "-comment"):
        return False
    headings = node.css(", ".join(HEADINGS))
    linked = [h for h in headings if _all_link(h) or _has_ancestor(h, {"a"})]
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
    return before is not None and heading_level(before) is not None


def _link_density(node) -> float:
    text = len(clean(node.text(deep=True)))
    return sum(len(clean(a.text(deep=True))) for a in node.css("a")) / text if text else 0.0


def remove(nodes) -> None:
    """Remove each node not inside another one removed (that goes with it)."""
    ids = {n.mem_id for n in nodes}
    for node in nodes:
        parent, inside = node.parent, False
        while parent is not None and not inside:
            inside, parent = parent.mem_id in ids, parent.parent
        if not inside:
            node.decompose()
