"""Lists inside documents: the group names of flattened lists ("- Soft Skills" followed by its
items), which items are siblings, near-duplicate figures, and the reading order of chosen quotes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.records import Unit

if TYPE_CHECKING:
    from bot.answer.candidate import Candidate

_HAS_NUMBER = re.compile(r"[$%]|\d")


def group_names(units: list[Unit]) -> list[int]:
    """For each item of a flattened list, the row of the group name it follows, or -1. A group
    name is a short title-cased item after a non-title item (or opening the list)."""
    out, current = [], -1
    for row, unit in enumerate(units):
        prev = units[row - 1] if row else None
        same_list = prev is not None and prev.kind == "item" and prev.section == unit.section
        if unit.kind != "item" or not same_list:
            current = -1
        if unit.kind == "item" and _group_name(unit.text) and not (same_list and _group_name(prev.text)):
            out.append(-1)
            current = row
            continue
        out.append(current)
    return out


def _group_name(text: str) -> bool:
    """A short title-cased item without a number: "Soft Skills", "Certifications (Recommended)"."""
    words = re.findall(r"[A-Za-z][\w'-]*", text)
    return 1 <= len(words) <= 5 and not _HAS_NUMBER.search(text) and text[-1] not in ".:;" \
        and sum(w[0].isupper() for w in words if len(w) > 3) >= max(1, len([w for w in words if len(w) > 3]))


def figures(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d[\d,.]*", text))


def siblings(a: Unit, b: Unit) -> bool:
    return a.kind == "item" and a.source == b.source and a.section == b.section and a.label == b.label


def reading_order(chosen: list[Candidate]) -> list[Candidate]:
    """Keep the best unit's group first, but list items of one group in document order."""
    groups: dict[tuple, list[Candidate]] = {}
    for cand in chosen:
        key = (cand.unit.source, cand.unit.section, cand.unit.label) if cand.unit.kind == "item" \
            else (cand.unit.source, cand.unit.start)
        groups.setdefault(key, []).append(cand)
    return [c for group in groups.values() for c in sorted(group, key=lambda c: c.unit.start)]
