"""A web page's title: its `<title>` without the names of the site.

Sites append their own name to every page's `<title>` ("Apprenticeships | Tolvane Electrical",
"Apprenticeship FAQ – Kestrian Trades Qualification Board"). A part of the title after a bar
or a dash is the site's name when the page names its site so elsewhere: its `og:site_name`
or `application-name`, the words of the logo or link to the site's home in its banner, the
holder of its copyright notice ("© 2026 by Tolvane Electrical"). A short last part that the
article never mentions is one too ("Data Engineer: Career Guide | CareerPaths"); one it does
mention and nothing names the site ("Data Engineer | Senior") tells pages of one site apart and
stays. A first or last part that is a place of the page's breadcrumb trail (see `html_trail`)
says where the page is, not what it is. A `<title>` whose whole parts hold the page's own
heading ("Electricians : Occupational Outlook Handbook : U.S. Bureau of Labor Statistics") is
that heading; else the `<title>` left names the page, however its `<h1>` words a headline.
"""

from __future__ import annotations

import re

from bot.ingest.readers.base import clean

_TITLE_PARTS = re.compile(r"\s+[|:–—·»-]\s+|:\s*:\s*")
_SITE_PART_WORDS = 5  # a site's name is a few words; a longer part is the page's own
# where a page names its site: the metadata Open Graph and the web app manifest define
_SITE_META = 'meta[property="og:site_name"], meta[name="application-name"]'
# the link to the site's home (its logo) and the elements themes name for the site's brand
_HOME = re.compile(r"(?:https?://[^/]+)?/?(?:index\.html?)?$", re.IGNORECASE)
_BRAND = re.compile(r"(?:^|[\s_-])(?:logo|brand|site-?(?:title|name))(?:$|[\s_-])", re.IGNORECASE)
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_NOTIFICATIONS = re.compile(r"^\(\d{1,3}\+?\)\s+")  # a browser tab's unread count: "(3) "


def site_names(tree) -> list[str]:
    """The texts in which the page names its site (see module docs), read before the banner
    and footer go with the page's furniture."""
    names = [m.attributes.get("content") or "" for m in tree.css(_SITE_META)]
    for node in tree.css("a[href], [class], [id]"):
        brand = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if (node.tag == "a" and _HOME.fullmatch((node.attributes.get("href") or "").strip())) \
                or _BRAND.search(brand):
            names += [node.text(deep=True)] + [i.attributes.get("alt") or ""
                                               for i in node.css("img")]
    names += [t.parent.text(deep=True) for t in tree.root.traverse(include_text=True)
              if t.tag == "-text" and t.parent is not None
              and _COPYRIGHT.match(t.text(deep=False))]
    return [n for n in (clean(n).casefold() for n in names) if n]


def page_title(title: str, article: str, heading: str, names: list[str]) -> str:
    """The page's title from its `<title>`: without the site's names, or the heading it
    holds (see module docs)."""
    # a browser's count of the site's unread notifications before the title ("(3) So you
    # want to be a CISO | LinkedIn"): the tab's, not the page's
    title = _NOTIFICATIONS.sub("", clean(title))
    if heading and _title_part(title, clean(heading)):
        return heading
    parts = [p.strip(" :") for p in _TITLE_PARTS.split(title)]
    if len(parts) > 1 and _names_site(parts[0], names):
        title, parts = title[_TITLE_PARTS.search(title).end():], parts[1:]
    last = parts[-1]
    if len(parts) > 1 and (_names_site(last, names) or (
            len(last.split()) <= _SITE_PART_WORDS and last.lower() not in article.lower())):
        title = title[:title.rindex(last)].rstrip(" |–—·»:-")
    return title


def _names_site(part: str, names: list[str]) -> bool:
    """Whether a part of the title is the site's name, as the page gives it elsewhere."""
    part = part.casefold()
    return len(part.split()) <= _SITE_PART_WORDS and any(part in name for name in names)


def without_places(title: str, places: list[str], heading: str) -> str:
    """The title without a first or last part that is a place of the page's breadcrumb trail
    ("Careers Team : Content Design: Career Pathway" under the trail "Careers Team › Sector
    Pathways"): where the page sits, not what it is. A part that is the page's own heading
    (a trail that ends with the page itself) stays, and so does the last part left."""
    names = {p.casefold() for p in places} - {clean(heading).casefold()}
    while (cut := _TITLE_PARTS.search(title)) and clean(title[:cut.start()]).casefold() in names:
        title = title[cut.end():]
    while (cuts := list(_TITLE_PARTS.finditer(title))) \
            and clean(title[cuts[-1].end():]).casefold() in names:
        title = title[:cuts[-1].start()]
    return title


def _title_part(title: str, heading: str) -> bool:
    """Whether the heading is one or more whole parts of a longer title: "Becoming an
    Electrician – Apprenticeship FAQ" in "Becoming an Electrician – Apprenticeship FAQ |
    Northgate Training Centre" (a heading may hold a separator of its own)."""
    at = title.lower().find(heading.lower()) if heading else -1
    if at < 0 or len(heading) == len(title):
        return False
    before, after = title[:at], title[at + len(heading):]
    return (not before or re.search(f"(?:{_TITLE_PARTS.pattern})$", before) is not None) \
        and (not after or _TITLE_PARTS.match(after) is not None)
