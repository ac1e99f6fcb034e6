"""Keeping a multi-turn answer about the role it was asked about.

A follow-up ("and the pay?") or one side of a comparison is searched with the role in the query,
but retrieval happily returns the best-paid role instead. Here a candidate quote only counts when
it is about the role (it, its list label or its headings name the role, or its document is
about the role), mentions the qualifier when one was asked for ("senior", "NYC"), and gives a
figure when the question is about pay. Nothing left means the documents do not say.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.answering import Candidate, Composer
from bot.markup import escape_markdown
from bot.prompts import Prompts
from bot.query import Query
from bot.records import Answer
from bot.roles import ASPECTS, find_roles, mentions_qualifier, unit_roles

_FIGURE = re.compile(r"[$%]|\d")
# Roles whose documents stand in for each other: the "Machine Learning Specialist" page gives
# ML engineer salaries and skills under headings that name no role.
_RELATED = {"ML engineer": ("ML specialist",), "ML specialist": ("ML engineer",)}

Search = Callable[[str], tuple[Query, list[Candidate]]]


@dataclass(frozen=True)
class Step:
    """What a multi-turn answer needs from the engine: search, composition and wording."""

    search: Search
    composer: Composer
    prompts: Prompts


def about(candidates: list[Candidate], roles: tuple[str, ...], qualifiers: tuple[str, ...] = (),
          aspect: str | None = None) -> list[Candidate]:
    """The candidates that answer for `roles`, best tier first: quotes centred on the role and
    on the aspect; quotes that mention the role; general quotes on the aspect (not for pay:
    another role's salary is no answer); then anything about the role."""
    wanted = set(roles).union(*(_RELATED.get(r, ()) for r in roles))
    strong, weak, general = [], [], []
    for cand in candidates:
        named = _roles_of(cand)
        if not named:
            general.append(cand)
        elif wanted & named:
            (strong if wanted & _central_roles(cand) else weak).append(cand)
    if aspect == "salary":
        strong, weak = _with_figures(strong), _with_figures(weak)
    on = [c for c in candidates if _on_aspect(c, aspect)]
    tiers = [[c for c in strong if c in on], [c for c in weak if c in on]]
    if aspect not in (None, "work", "salary"):
        tiers.append([c for c in general if c in on])
    if aspect != "salary":
        tiers += [strong, weak]
    for tier in tiers:
        kept = _qualified(tier, qualifiers, strict=aspect == "salary")
        if kept:
            return kept
    return []


def _qualified(tier: list[Candidate], qualifiers: tuple[str, ...], strict: bool) -> list[Candidate]:
    for qualifier in qualifiers:
        qualified = [c for c in tier if mentions_qualifier(_context(c), qualifier)]
        if qualified or strict:
            tier = qualified  # a senior salary is not answered by an average one
    return tier


def _with_figures(tier: list[Candidate]) -> list[Candidate]:
    return [c for c in tier if _FIGURE.search(c.unit.text)]


def _on_aspect(candidate: Candidate, aspect: str | None) -> bool:
    if aspect in (None, "work"):
        return True  # "do/does" says nothing about which quotes fit
    return bool(ASPECTS[aspect].search(_context(candidate)))


def answer_about(step: Step, question: str, resolved: str, roles: tuple[str, ...],
                 qualifiers: tuple[str, ...], aspect: str | None,
                 note: bool = True) -> Answer | None:
    """An extractive answer to `resolved` from quotes about `roles`, or None; `note` puts how
    a follow-up was understood above the quotes."""
    query, candidates = step.search(resolved)
    grounded = about(candidates, roles, qualifiers, aspect)
    if not grounded or not step.composer.answerable(query, grounded):
        return None
    chosen = step.composer.select(query, grounded)
    answer = step.composer.render(question, query, chosen)
    if not note:
        return answer.model_copy(update={"roles": roles})
    understood = step.prompts.replies.followup_note.format(query=escape_markdown(resolved))
    return answer.model_copy(update={"text": f"{understood}\n\n{answer.text}", "roles": roles})


def _roles_of(candidate: Candidate) -> frozenset[str]:
    unit = candidate.unit
    return unit_roles(candidate.title, unit.section, unit.label, unit.text)


def _central_roles(candidate: Candidate) -> frozenset[str]:
    """Roles a quote is centred on: in its label or headings, its document's title, or the
    first words of the quote ("Data scientists analyze..."), not a passing mention."""
    unit = candidate.unit
    named = find_roles(" | ".join((unit.label, *unit.section, unit.text[:40])))
    return frozenset(named or find_roles(candidate.title))


def _context(candidate: Candidate) -> str:
    unit = candidate.unit
    return " ".join((unit.text, unit.label, *unit.section))
