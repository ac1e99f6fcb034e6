"""Follow-up questions without an LLM: carry the role, aspect and qualifiers of earlier turns
into a message that lacks them, leave a message that names its own topic alone, and notice
comparisons and questions too vague to answer.

    "What does a junior ML engineer earn?"  →  "and a senior one?"
        searched as "What does a senior ML engineer earn?"
    "Which skills does a data scientist need?"  →  "what about a BI developer?"
        searched as "Which skills does a BI developer need?"
    "What does an NLP scientist work on?"  →  "what would I need to study for that?"
        searched as "what would I need to study for NLP scientist?"
    "BI developer vs data scientist?"  →  a comparison, one side per role
    "salary?" as a first message  →  a clarification: which role?
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from bot.errors import QuestionError
from bot.answer.roles import (ASPECT_QUERY, ASPECTS, COMPARISON, COMPARISON_TO, QUALIFIERS, ROLES,
                       find_aspect, find_qualifiers, find_roles)

Mode = Literal["answer", "compare", "clarify"]

_FOLLOWUP_START = re.compile(r"^\s*(and|but|also|so|what about|how about|and what about|same for|"
                             r"what of|ok(ay)?,? (and|what about))\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(they|them|their|theirs|it|its|that role|this role|that job|this job|"
                      r"that position|those|these roles|he|she|one|ones|that)\b", re.IGNORECASE)
# Pronouns that stand for the role, replaced by its name in the searched text.
_ROLE_PRONOUN = re.compile(r"\b(that role|this role|that job|this job|that position|they|them|"
                           r"their|it|that|those)\b", re.IGNORECASE)
# Words a message can consist of and still not say what it is about ("how much?", "skills?").
_VAGUE_WORDS = frozenset("""
a an the what whats what's how much many which who do does did is are am be can could should would
i i'm im me my to for of in on about need needs get typically usually average avg typical
study learn know have want become good best any some tell
""".split())
# Chat filler that says nothing about the topic, dropped from a follow-up before it is searched.
_FILLER = re.compile(r"\b(tho|though|actually|really|exactly|lol|pls|plz|please|btw|like,|"
                     r"anyway|just|then)\b", re.IGNORECASE)
_ROLE_ASPECTS = ("salary", "skills", "education", "work", "career path")


@dataclass(frozen=True)
class Turn:
    """A user message and what it was understood to ask."""

    message: str
    resolved: str
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    followup: bool = False
    mode: Mode = "answer"
    qualifiers: tuple[str, ...] = ()
    in_dialogue: bool = False  # there were earlier user turns


@dataclass
class Context:
    turns: list[Turn] = field(default_factory=list)

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None


def user_messages(history: Sequence[object] | None) -> list[str]:
    """The user turns of a Gradio messages-format history, leniently read: items may be dicts
    or objects, and content that is not text (files, components) is skipped."""
    if history is None:
        return []
    if not isinstance(history, (list, tuple)):
        raise QuestionError("history must be a list of {'role': ..., 'content': ...} messages")
    messages = []
    for item in history:
        role = item.get("role") if isinstance(item, dict) else getattr(item, "role", None)
        content = item.get("content") if isinstance(item, dict) else getattr(item, "content", None)
        if role == "user" and isinstance(content, str) and content.strip():
            messages.append(content)
    return messages


def resolve(message: str, history: Sequence[object] | None) -> Turn:
    """What `message` asks, given the user turns before it."""
    context = Context()
    for earlier in user_messages(history):
        context.turns.append(_resolve_one(earlier, context))
    return replace(_resolve_one(message, context), in_dialogue=bool(context.turns))


def _resolve_one(message: str, context: Context) -> Turn:
    roles = tuple(find_roles(message))
    here = Turn(message, message, roles, find_aspect(message),
                qualifiers=tuple(find_qualifiers(message)))
    prev = _last_with_roles(context)
    compared = _comparison(here, prev)
    if compared is not None:
        return compared
    last = context.last
    if last is not None and last.mode == "clarify" and roles and here.aspect is None:
        return _answer_clarified(here, last)
    if prev is None:
        return replace(here, mode="clarify", aspect=_vague_aspect(message)) \
            if _vague(message, roles) else here
    return _followup(here, prev)


def _comparison(here: Turn, prev: Turn | None) -> Turn | None:
    """Two roles and a comparing word; one new role "different from" the last; or a question
    without a role right after a comparison ("which one pays better?")."""
    if len(here.roles) >= 2 and COMPARISON.search(here.message):
        return replace(here, mode="compare")
    if prev is None:
        return None
    if len(here.roles) == 1 and COMPARISON_TO.search(here.message) \
            and here.roles[0] not in prev.roles:
        roles = (*prev.roles[:1], here.roles[0])
        return replace(here, roles=roles, aspect=here.aspect or prev.aspect, mode="compare",
                       followup=True)
    if not here.roles and prev.mode == "compare":
        return replace(here, roles=prev.roles, aspect=here.aspect or prev.aspect, mode="compare",
                       qualifiers=here.qualifiers or prev.qualifiers, followup=True)
    return None


def _followup(here: Turn, prev: Turn) -> Turn:
    message, roles, aspect = here.message, here.roles, here.aspect
    marker = bool(_FOLLOWUP_START.search(message))
    short = len(message.split()) <= 7
    if roles:
        if (marker or short) and aspect is None and len(roles) == 1 and len(prev.roles) == 1:
            # "what about a BI developer?": the previous question, about the new role
            resolved = _swap_role(prev.resolved, prev.roles[0], roles[0])
            return replace(here, resolved=resolved, aspect=prev.aspect, followup=True,
                           qualifiers=here.qualifiers or prev.qualifiers)
        return here
    if here.qualifiers and short and (aspect is None or aspect == prev.aspect):
        # "and a senior one?": the previous question with the new qualifier
        resolved = _swap_qualifier(prev.resolved, here.qualifiers[0])
        return replace(here, resolved=resolved, roles=prev.roles, aspect=prev.aspect,
                       followup=True)
    if marker or short or _PRONOUN.search(message):
        return replace(here, resolved=_about(message, prev.roles), roles=prev.roles,
                       aspect=aspect or prev.aspect, followup=True,
                       qualifiers=here.qualifiers or _kept_qualifiers(prev, aspect))
    return here


def _answer_clarified(here: Turn, asked: Turn) -> Turn:
    """"for an ML engineer" after "salary?" was answered with a question."""
    role = " ".join([*here.qualifiers, here.roles[0]])
    resolved = ASPECT_QUERY[asked.aspect].format(role=role) if asked.aspect in ASPECT_QUERY \
        else f"{role}: {asked.message}"
    return replace(here, resolved=resolved, roles=here.roles[:1], aspect=asked.aspect,
                   followup=True)


def _vague(message: str, roles: tuple[str, ...]) -> bool:
    """A short message that names no role and nothing but a role-dependent aspect."""
    if roles or len(message.split()) > 6 or _vague_aspect(message) not in _ROLE_ASPECTS:
        return False
    rest = ASPECTS[_vague_aspect(message)].sub(" ", message.lower())  # "career path?" too
    words = re.findall(r"[a-z']+", rest)
    return all(w in _VAGUE_WORDS or find_aspect(w) for w in words)


def _vague_aspect(message: str) -> str | None:
    if re.search(r"\bhow much\b", message, re.IGNORECASE):
        return "salary"
    return find_aspect(message)


def _last_with_roles(context: Context) -> Turn | None:
    for turn in reversed(context.turns[-3:]):
        if turn.roles:
            return turn
    return None


def _kept_qualifiers(prev: Turn, aspect: str | None) -> tuple[str, ...]:
    """A qualifier ("senior") still holds while the aspect stays the same."""
    return prev.qualifiers if aspect is None or aspect == prev.aspect else ()


def _about(message: str, roles: tuple[str, ...]) -> str:
    """The message with its pronoun (or, failing that, its start) naming the roles, and
    without chat filler ("what do they actually do tho")."""
    name = " and ".join(roles)
    stripped = _FOLLOWUP_START.sub("", message).strip(" ,") or message
    stripped = " ".join(_FILLER.sub(" ", stripped).split()) or stripped
    substituted, count = _ROLE_PRONOUN.subn(name, stripped, count=1)
    return substituted if count else f"{name}: {stripped}"


def _swap_role(question: str, old: str, new: str) -> str:
    pattern = next(r.pattern for r in ROLES if r.name == old)
    swapped, count = pattern.subn(new, question, count=1)
    return swapped if count else f"{new}: {question}"


def _swap_qualifier(question: str, qualifier: str) -> str:
    swapped, count = QUALIFIERS.subn(qualifier, question, count=1)
    if count:
        return swapped
    roles = find_roles(question)
    if roles:
        pattern = next(r.pattern for r in ROLES if r.name == roles[0])
        return pattern.sub(lambda m: f"{qualifier} {m.group()}", question, count=1)
    return f"{qualifier} {question}"
