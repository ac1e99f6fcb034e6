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
from bot.roles import (ASPECT_QUERY, ASPECTS, find_roles, mentions_qualifier, starts_with_role,
                       unit_roles, without_roles)

_FIGURE = re.compile(r"[$%]|\d")
# Roles whose documents stand in for each other: the "Machine Learning Specialist" page gives
# ML engineer salaries and skills under headings that name no role.
_RELATED = {"ML engineer": ("ML specialist",), "ML specialist": ("ML engineer",)}

_LEVELS = ("junior", "senior", "mid-level", "lead", "nyc", "sf")

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
    another role's salary is no answer); then anything about the role. A related role's quotes
    count only when there are none for the role itself."""
    found = _about(candidates, set(roles), qualifiers, aspect)
    related = set().union(*(_RELATED.get(r, ()) for r in roles)) - set(roles)
    return found or (_about(candidates, related, qualifiers, aspect) if related else [])


def _about(candidates: list[Candidate], wanted: set[str], qualifiers: tuple[str, ...],
           aspect: str | None) -> list[Candidate]:
    named, titled, weak, general = [], [], [], []
    for cand in candidates:
        roles_here = _roles_of(cand)
        if not roles_here:
            general.append(cand)
        elif wanted & roles_here:
            central = _central_roles(cand)
            (named if wanted & central[0] else titled if wanted & central[1] else weak).append(cand)
    if aspect == "salary":
        named, titled, weak = _with_figures(named), _with_figures(titled), _with_figures(weak)
    on = [c for c in candidates if _on_aspect(c, aspect)]
    if aspect != "salary":  # the title's role counts as much as a named one, except for pay
        named, titled = named + titled, []
    tiers = [[c for c in tier if c in on] for tier in (named, titled, weak)]
    if aspect not in (None, "work", "salary"):
        tiers.append([c for c in general if c in on])
    if aspect != "salary":
        tiers += [named, titled, weak]
    for tier in tiers:
        kept = _qualified(tier, qualifiers, strict=aspect == "salary")
        if aspect == "salary" and not qualifiers:
            kept = _unqualified(kept) or kept
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
    return bool(ASPECTS[aspect].search(without_roles(_context(candidate))))


def answer_about(step: Step, question: str, resolved: str, roles: tuple[str, ...],
                 qualifiers: tuple[str, ...], aspect: str | None,
                 note: bool = True) -> Answer | None:
    """An extractive answer to `resolved` from quotes about `roles`, or None; `note` puts how
    a follow-up was understood above the quotes."""
    query, candidates = step.search(resolved)
    if aspect in ASPECT_QUERY and len(roles) == 1:  # also search "NLP scientist education"
        canonical = ASPECT_QUERY[aspect].format(role=" ".join([*qualifiers, roles[0]]))
        candidates = _merged(candidates, step.search(canonical)[1])
    grounded = about(candidates, roles, qualifiers, aspect)
    if not grounded or not step.composer.answerable(query, grounded):
        return None
    chosen = step.composer.select(query, grounded)
    answer = step.composer.render(question, query, chosen)
    if not note:
        return answer.model_copy(update={"roles": roles})
    understood = step.prompts.replies.followup_note.format(query=escape_markdown(resolved))
    return answer.model_copy(update={"text": f"{understood}\n\n{answer.text}", "roles": roles})


def _merged(first: list[Candidate], second: list[Candidate]) -> list[Candidate]:
    best: dict[int, Candidate] = {}
    for cand in first + second:
        if cand.row not in best or cand.score > best[cand.row].score:
            best[cand.row] = cand
    return sorted(best.values(), key=lambda c: -c.score)


def _roles_of(candidate: Candidate) -> frozenset[str]:
    unit = candidate.unit
    return unit_roles(candidate.title, unit.section, unit.label, unit.text)


def _central_roles(candidate: Candidate) -> tuple[frozenset[str], frozenset[str]]:
    """Roles a quote is centred on: named in its label, its headings or its first words
    ("Data scientists analyze..."); failing that, its document's title. Not a passing mention."""
    unit = candidate.unit
    named = find_roles(" | ".join((unit.label, *unit.section))) + starts_with_role(unit.text)
    return frozenset(named), frozenset() if named else frozenset(find_roles(candidate.title))


def _unqualified(tier: list[Candidate]) -> list[Candidate]:
    """Without "senior" or "NYC" in the question, the general figures, not the senior ones."""
    return [c for c in tier if not any(mentions_qualifier(_context(c), q) for q in _LEVELS)]


def _context(candidate: Candidate) -> str:
    unit = candidate.unit
    return " ".join((unit.text, unit.label, *unit.section))
