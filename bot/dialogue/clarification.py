"""Clarification: a first message too vague to answer well ("salary?", "what should I study?")
gets the most general relevant quotes and a question asking which role, listing the roles the
documents know."""

from __future__ import annotations

from collections import Counter

from bot.dialogue.grounding import Step
from bot.records import Answer
from bot.answer.roles import ASPECT_QUERY, find_roles
from bot.index.storage import IndexData

GENERAL_QUOTES = 3
MIN_MENTIONS = 2  # a role named in fewer chunks than this is not one the documents cover


def clarify(step: Step, question: str, aspect: str | None) -> Answer:
    replies = step.prompts.replies
    roles = known_roles(step.composer.data)
    ask = replies.clarify.format(roles=", ".join(roles))
    query, candidates = step.search(_general_query(question, aspect))
    if not step.composer.answerable(query, candidates):
        return Answer(question=question, text=ask, answered=False, kind="clarify",
                      query=query.text, suggestions=roles)
    chosen = step.composer.select(query, candidates)[:GENERAL_QUOTES]
    general = step.composer.render(question, query, chosen)
    return general.model_copy(update={
        "text": f"{ask} {replies.clarify_general}\n\n{general.text}", "answered": False,
        "kind": "clarify", "suggestions": roles})


_known: dict[str, tuple[str, ...]] = {}  # per index generation, filled on first use


def known_roles(data: IndexData) -> tuple[str, ...]:
    """The roles the documents talk about, most talked about first."""
    generation = data.manifest.generation
    if generation not in _known:
        counts: Counter[str] = Counter()
        for chunk in data.chunks:
            counts.update(set(find_roles(" ".join((chunk.title, *chunk.section, chunk.text)))))
        _known[generation] = tuple(r for r, n in counts.most_common() if n >= MIN_MENTIONS)
    return _known[generation]


def _general_query(question: str, aspect: str | None) -> str:
    """"how much?" is searched as "salary"; "skills?" as itself."""
    term = ASPECT_QUERY.get(aspect or "", "").replace("{role}", "").strip()
    return question if not term or term.split()[-1] in question.lower() else f"{term} {question}"
