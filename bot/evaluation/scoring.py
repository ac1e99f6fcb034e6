"""How an answer is scored against a case: the text a reader sees, and the share of fact groups in it."""

from __future__ import annotations

from bot.markup import unescape_markdown
from bot.records import Answer


def answer_text(answer: Answer) -> str:
    """What a reader sees: the answer as plain text plus its quotes."""
    return unescape_markdown(answer.text) + "\n" + "\n".join(c.quote for c in answer.citations)


def fact_recall(answer: Answer, facts: list[list[str]]) -> float:
    if not facts:
        return 1.0
    text = normalise(answer_text(answer))
    return sum(any(normalise(alt) in text for alt in group) for group in facts) / len(facts)


def normalise(text: str) -> str:
    """Lower case with runs of white space as one space: a fact matches across a line break."""
    return " ".join(text.lower().split())
