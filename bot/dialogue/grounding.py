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

from bot.answer.compose import Candidate, Composer
from bot.markup import escape_markdown
from bot.prompts import Prompts
from bot.answer.query import Query
from bot.records import Answer
from bot.index.storage import IndexData
from bot.answer.roles import (ASPECT_QUERY, ASPECTS, find_roles, mentions_qualifier, starts_with_role,
                       unit_roles, without_roles)

_FIGURE = re.compile(r"[$%]|\d")
# When a role's own quotes say nothing on the aspect asked about, the answer keeps this many of
# them and adds this many quotes on the aspect that hold for ML careers in general.
ROLE_QUOTES, GENERAL_QUOTES = 2, 3
GENERAL_ASPECTS = ("skills", "education", "career path", "demand")
# Roles whose documents stand in for each other: the "Machine Learning Specialist" page gives
# ML engineer salaries and skills under headings that name no role.
_RELATED = {"ML engineer": ("ML specialist",), "ML specialist": ("ML engineer",)}

# Aspects whose headings ("Market Demand") span quotes on other things (salaries, duties): a
# quote that itself speaks of demand comes first.
_SAID = ("demand",)

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
    on the aspect; quotes that mention the role; anything about the role; then general quotes
    on the aspect (not for pay: another role's salary is no answer). A related role's quotes
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
    if aspect in _SAID:  # "Market Demand › Data Scientist › Average salary": not a word on demand
        tiers = [[c for c in tier if _on_aspect(c, aspect, own=True)] for tier in tiers] + tiers
    if aspect != "salary":  # what the documents say about the role (`answer_about` adds the
        tiers += [named, titled, weak]  # general quotes on the aspect to it)
    if aspect not in (None, "work", "salary"):
        tiers.append([c for c in general if c in on])
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


def _on_aspect(candidate: Candidate, aspect: str | None, own: bool = False) -> bool:
    """Whether the quote (with its label and headings; `own`: its own words) is on `aspect`."""
    if aspect in (None, "work"):
        return True  # "do/does" says nothing about which quotes fit
    text = candidate.unit.text if own else _context(candidate)
    return bool(ASPECTS[aspect].search(without_roles(text)))


def answer_about(step: Step, question: str, resolved: str, roles: tuple[str, ...],
                 qualifiers: tuple[str, ...], aspect: str | None,
                 note: bool = True) -> Answer | None:
    """An extractive answer to `resolved` from quotes about `roles`, or None; `note` puts how
    a follow-up was understood above the quotes."""
    query, candidates = step.search(resolved)
    queries = [query]
    if aspect in ASPECT_QUERY and len(roles) == 1:  # also search "NLP scientist education"
        canonical = ASPECT_QUERY[aspect].format(role=" ".join([*qualifiers, roles[0]]))
        found = step.search(canonical)
        candidates = _merged(candidates, found[1])
        # "what do they actually do tho" is understood as "what does a data scientist do";
        # unless it holds a word the documents never use ("in London?")
        queries += [found[0]] if not query.unknown else []
    grounded = about(candidates, roles, qualifiers, aspect)
    query = next((q for q in queries if grounded and step.composer.answerable(q, grounded)), None)
    if query is None:
        return None
    chosen = step.composer.select(query, grounded)
    lines = [step.prompts.replies.followup_note.format(query=escape_markdown(resolved))] \
        if note else []
    general = _in_general(step, roles, aspect) if not _any_on(grounded, aspect) else []
    if general:  # the role's own quotes say nothing on the aspect: add what holds in general
        chosen = chosen[:ROLE_QUOTES] + general
        lines.append(step.prompts.replies.general_note.format(role=" and ".join(roles)))
    answer = step.composer.render(question, query, chosen)
    text = "\n\n".join([*lines, answer.text])
    return answer.model_copy(update={"text": text, "roles": roles})


def _any_on(grounded: list[Candidate], aspect: str | None) -> bool:
    return aspect not in GENERAL_ASPECTS or any(_on_aspect(c, aspect) for c in grounded)


def _in_general(step: Step, roles: tuple[str, ...], aspect: str | None) -> list[Candidate]:
    """Quotes on `aspect` that name no role ("For most machine learning careers, ... a
    Master's or Ph.D. ... is typically required"), from the documents that name the role."""
    query, candidates = step.search(ASPECT_QUERY[aspect].format(role="machine learning"))
    sources = sources_naming(step.composer.data, roles)
    general = [c for c in candidates
               if c.unit.source in sources and not _roles_of(c) and _on_aspect(c, aspect)]
    if not general or not step.composer.answerable(query, general):
        return []
    return step.composer.select(query, general)[:GENERAL_QUOTES]


_naming: dict[tuple[str, tuple[str, ...]], frozenset[str]] = {}  # per index generation


def sources_naming(data: IndexData, roles: tuple[str, ...]) -> frozenset[str]:
    """The documents whose headings or text name one of `roles`."""
    key = (data.manifest.generation, roles)
    if key not in _naming:
        _naming[key] = frozenset(
            chunk.source for chunk in data.chunks
            if set(roles) & set(find_roles(" ".join((chunk.title, *chunk.section, chunk.text)))))
    return _naming[key]


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
