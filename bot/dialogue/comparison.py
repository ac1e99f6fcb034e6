"""Comparisons: "BI developer vs data scientist: what's the difference?" is answered with quotes
for each side, under a heading naming the role, each cited. Each side is searched on its own
("BI developer responsibilities") and keeps only quotes about its role (see `grounding`).
"""

from __future__ import annotations

import re

from bot.dialogue.grounding import Step, about
from bot.records import Answer, Citation
from bot.answer.roles import ASPECT_QUERY

PER_SIDE = 3  # quotes per role: enough for a fact, short enough to read side by side
_MARKER = re.compile(r" \[(\d+)\]$", re.MULTILINE)


def side_query(role: str, aspect: str | None, qualifiers: tuple[str, ...]) -> str:
    """What is searched for one side: "senior ML engineer salary"."""
    template = ASPECT_QUERY.get(aspect or "work", ASPECT_QUERY["work"])
    return template.format(role=" ".join([*qualifiers, role]))


def compare(step: Step, question: str, roles: tuple[str, ...], aspect: str | None,
            qualifiers: tuple[str, ...] = ()) -> Answer | None:
    """Quotes for each role under its heading, or None when no side has any."""
    replies = step.prompts.replies
    blocks: list[str] = []
    citations: list[Citation] = []
    queries: list[str] = []
    confidence = 0.0
    for role in roles:
        side = _side(step, question, role, aspect, qualifiers)
        queries.append(side.query if side else side_query(role, aspect, qualifiers))
        heading = replies.comparison_heading.format(role=role)
        if side is None or not side.citations:
            blocks.append(f"{heading}\n\n{replies.comparison_missing.format(role=role)}")
            continue
        offset = len(citations)
        blocks.append(f"{heading}\n\n{_renumber(side.text, offset)}")
        citations += [c.model_copy(update={"n": c.n + offset, "role": role}) for c in side.citations]
        confidence = max(confidence, side.confidence)
    if not citations:
        return None
    return Answer(question=question, text="\n\n".join(blocks), citations=tuple(citations),
                  answered=True, kind="answer", query=" | ".join(queries),
                  confidence=confidence, roles=roles)


def _side(step: Step, question: str, role: str, aspect: str | None,
          qualifiers: tuple[str, ...]) -> Answer | None:
    query, candidates = step.search(side_query(role, aspect, qualifiers))
    grounded = about(candidates, (role,), qualifiers, aspect)
    if not grounded or not step.composer.answerable(query, grounded):
        return None
    chosen = step.composer.select(query, grounded)[:PER_SIDE]
    return step.composer.render(question, query, chosen)


def _renumber(text: str, offset: int) -> str:
    return _MARKER.sub(lambda m: f" [{int(m.group(1)) + offset}]", text)
