"""Section overviews: a list question whose answer in the documents is a whole section split
into sub-sections ("Essential Soft Skills" with one heading and paragraph per skill; "Core
Responsibilities" with one labelled group of items per duty) is answered with the first unit of
each sub-section, each shown under its heading and cited, rather than with the few units of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.index.lexical import tokenize
from bot.records import Unit

# What a list question asks for; a parent heading naming it ("Common Challenges") whose
# sub-headings do not ("Data Quality and Quantity") is a section that lists them.
_LISTED = re.compile(r"(skills?|responsibilit\w*|challenges?|duties|tasks|roles|steps|practices|"
                     r"trends|ladder|progression)", re.IGNORECASE)


@dataclass(frozen=True)
class Group:
    parent: tuple  # (source, section path) the sub-sections share
    heading: str  # the sub-section's heading or the group's label
    parent_heading: str


def group_of(unit: Unit) -> Group | None:
    """The sub-section a unit belongs to: its label inside its section, or its last heading."""
    if unit.label and unit.section:
        return Group((unit.source, unit.section), unit.label, unit.section[-1])
    if len(unit.section) >= 2:
        return Group((unit.source, unit.section[:-1]), unit.section[-1], unit.section[-2])
    return None


def listed_concepts(concepts: list[frozenset[str]]) -> list[frozenset[str]]:
    """The question's concepts naming what is listed ("skills", "challenges", "ladder")."""
    return [c for c in concepts if any(_LISTED.fullmatch(t) for t in c)]


def lists_it(group: Group, listed: list[frozenset[str]]) -> bool:
    """Whether the parent heading names every listed concept and the sub-heading none."""
    parent, own = set(tokenize(group.parent_heading)), set(tokenize(group.heading))
    return bool(listed) and all(c & parent for c in listed) and not any(c & own for c in listed)


def mostly_other(headings: list[str], listed: list[frozenset[str]]) -> bool:
    """Whether at most a third of the sub-headings name what is listed: then each sub-section is
    one of the things listed ("Data Quality"), not a list of them ("Technical Skills")."""
    naming = sum(any(c & set(tokenize(h)) for c in listed) for h in headings)
    return naming * 3 <= len(headings)


def section_rows(units: list[Unit], parent: tuple) -> list[int]:
    """Rows of the quotable units of every sub-section under `parent`, in document order."""
    return [row for row, unit in enumerate(units) if unit.kind != "intro"
            and (group := group_of(unit)) is not None and group.parent == parent]


def first_units(units: list[Unit], parent: tuple) -> tuple[list[int], list[str]]:
    """Rows of the first quotable unit of each sub-section under `parent`, in document order,
    and the sub-sections' headings."""
    rows, seen = [], []
    for row in section_rows(units, parent):
        heading = group_of(units[row]).heading
        if heading not in seen:
            seen.append(heading)
            rows.append(row)
    return rows, seen
