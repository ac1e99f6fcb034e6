"""Multi-turn answers: the engine hands over every turn that is a follow-up, a comparison or a
clarification (see `conversation.resolve`); single questions keep the engine's own path."""

from __future__ import annotations

from collections.abc import Callable

from bot.dialogue.clarification import clarify
from bot.dialogue.comparison import compare
from bot.dialogue.conversation import Turn
from bot.dialogue.grounding import Step, answer_about
from bot.records import Answer


def needs_dialogue(turn: Turn) -> bool:
    """Follow-ups, comparisons and clarifications; and, within a conversation, a new question
    about a role, so it is answered about that role and not the one before."""
    return turn.followup or turn.mode != "answer" or (turn.in_dialogue and bool(turn.roles))


def respond(step: Step, question: str, turn: Turn,
            decline: Callable[[str], Answer]) -> Answer:
    """The answer to `turn`; `decline(query)` when the documents say nothing about its role."""
    if turn.mode == "clarify":
        return clarify(step, question, turn.aspect)
    if turn.mode == "compare":
        answer = compare(step, question, turn.roles, turn.aspect, turn.qualifiers)
    else:
        answer = answer_about(step, question, turn.resolved, turn.roles, turn.qualifiers,
                              turn.aspect, note=turn.followup)
    return answer if answer is not None else decline(turn.resolved)
