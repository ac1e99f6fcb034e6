"""The metadata an outliner writes into its markdown pages (Logseq, and org-mode's conventions
that it shares), so that the reader sees what the page shows.

An outliner's page is a tree of bullets. Its properties are lines "key:: value": those that
open the page, before its first bullet, are the page's (its title, tags, dates: metadata, as
front matter is, its title the page's title), and a block's own follow its first line,
indented under it. Of a block's,
the outliner's own settings are hidden (`collapsed:: true`, `id:: 65a1f3c2-...`, `heading::`),
the writer's shown beside the block. A task's drawer (":LOGBOOK:" up to ":END:", the clock
lines in it) and its dates ("SCHEDULED: <2026-02-06 Fri>", "DEADLINE: <...>") are the
outliner's record of the task, not its text, and a block that only runs a macro
("{{query ...}}") shows its results, not its words.
"""

from __future__ import annotations

import re

# a property line: "key:: value", the key in lower case as the outliner writes it
_PROPERTY = re.compile(r"^[ \t]*(?P<key>[a-z][\w-]*)::(?:[ \t]+(?P<value>.*?))?[ \t]*$")
# the properties the outliner sets itself and never shows
_HIDDEN = frozenset({"collapsed", "id", "heading", "background-color", "icon", "public",
                     "filters", "exclude-from-graph-view", "template", "template-including-parent",
                     "hl-page", "hl-color", "hl-type", "hl-stamp", "ls-type", "card-last-interval",
                     "card-repeats", "card-ease-factor", "card-next-schedule", "card-last-reviewed",
                     "card-last-score"})
_DRAWER_START = re.compile(r"^[ \t]*(?:-[ \t]+)?:(?:LOGBOOK|PROPERTIES):[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$")
_TASK_DATE = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE):[ \t]*<[^>]*>[ \t]*$")
# a block that is only a macro the outliner runs ("{{query ...}}", "{{embed ...}}"): no text
_MACRO = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\{\{.*\}\}[ \t]*$")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+\S")
_MIN_BULLETS = 0.6  # an outliner's page: this share of its lines (or more) open a bullet


def outline_metadata(text: str) -> tuple[str, str]:
    """The page's title property ("" when none) and `text` without the outliner's metadata,
    when it is an outliner's page (its lines mostly bullets, or its properties open it); else
    "" and `text` as it is."""
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if not filled:
        return "", text
    top = 0
    while top < len(lines) and (_PROPERTY.match(lines[top]) or not lines[top].strip()):
        top += 1
    page_properties = [line for line in lines[:top] if line.strip()]
    body = [line for line in lines[top:] if line.strip()]
    bullets = sum(1 for line in body if _BULLET.match(line))
    if not body or bullets < _MIN_BULLETS * len(body):
        return "", text
    title = ""
    for line in page_properties:
        found = _PROPERTY.match(line)
        if found.group("key") == "title" and found.group("value"):
            title = found.group("value")
    out: list[str] = []
    drawer = False
    for line in lines[top:]:
        if drawer:
            drawer = not _DRAWER_END.match(line)
            continue
        if _DRAWER_START.match(line):
            drawer = True
            continue
        found = _PROPERTY.match(line)
        if found and found.group("key") in _HIDDEN or _TASK_DATE.match(line) \
                or _MACRO.match(line):
            continue
        out.append(line)
    return title, "\n".join(out)
