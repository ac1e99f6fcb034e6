"""Follow-up questions without an LLM: carry the role, aspect and qualifiers of earlier turns
into a message that lacks them, and leave a message that names its own topic alone.

    "What does a junior ML engineer earn?"  →  "and a senior one?"
        searched as "What does a senior ML engineer earn?"
    "Which skills does a data scientist need?"  →  "what about a BI developer?"
        searched as "Which skills does a BI developer need?"
    "What does an NLP scientist work on?"  →  "and the pay?"
        searched as "NLP scientist: and the pay?"
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.errors import QuestionError
from bot.roles import QUALIFIERS, ROLES, find_aspect, find_roles

_FOLLOWUP_START = re.compile(r"^\s*(and|but|also|so|what about|how about|and what about|same for|"
                             r"what of|ok(ay)?,? (and|what about))\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(they|them|their|theirs|it|its|that role|this role|that job|this job|"
                      r"that position|those|these roles|he|she|one|ones|that)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Turn:
    """A user message and what it was understood to ask."""

    message: str
    resolved: str
    roles: tuple[str, ...] = ()
    aspect: str | None = None
    followup: bool = False


@dataclass
class Context:
    turns: list[Turn] = field(default_factory=list)

    @property
    def last(self) -> Turn | None:
        return self.turns[-1] if self.turns else None


def user_messages(history: Sequence[object] | None) -> list[str]:
    """The user turns of a Gradio messages-format history, leniently read."""
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
    return _resolve_one(message, context)


def _resolve_one(message: str, context: Context) -> Turn:
    roles = tuple(find_roles(message))
    aspect = find_aspect(message)
    prev = _last_with_roles(context)
    marker = bool(_FOLLOWUP_START.search(message))
    short = len(message.split()) <= 7
    if prev is None:
        return Turn(message, message, roles, aspect)
    if roles:
        if (marker or (short and aspect is None)) and len(roles) == 1 and len(prev.roles) == 1:
            # "what about a BI developer?": the previous question, about the new role
            resolved = _swap_role(prev.resolved, prev.roles[0], roles[0])
            return Turn(message, resolved, roles, prev.aspect, followup=True)
        return Turn(message, message, roles, aspect)
    qualifier = QUALIFIERS.search(message)
    if qualifier and short and (marker or aspect is None):
        resolved = _swap_qualifier(prev.resolved, qualifier.group())
        return Turn(message, resolved, prev.roles, prev.aspect, followup=True)
    if marker or short or _PRONOUN.search(message):
        resolved = f"{' and '.join(prev.roles)}: {message}"
        return Turn(message, resolved, prev.roles, aspect or prev.aspect, followup=True)
    return Turn(message, message, roles, aspect)


def _last_with_roles(context: Context) -> Turn | None:
    for turn in reversed(context.turns[-3:]):
        if turn.roles:
            return turn
    return None


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
