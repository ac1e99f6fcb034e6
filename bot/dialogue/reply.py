"""The reply to a resolved turn: an answer, a comparison side by side, a question back when the
message is too vague, or a decline that says what the documents do cover.

Every choice of quotes and every decline comes from the fitted answer stage; the wording comes
from prompts/, with the roles and topics of the index filled in.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from bot.answer.answerer import Answerer, Scoring
from bot.dialogue.context import Turn
from bot.errors import RankerError
from bot.index.lexical import stem
from bot.prompts import Prompts
from bot.records import Answer

VAGUE_WORDS = 2  # a first message of at most this many topic words, naming no role...
VAGUE_ROLES = 2  # ...whose best quotes speak of at least this many roles, asks which role
VAGUE_TOP = 5


class Replier:
    def __init__(self, answerer: Answerer, prompts: Prompts, names: dict[str, str]) -> None:
        self.answerer, self.prompts, self.names = answerer, prompts, names

    def reply(self, question: str, turn: Turn, embed: Callable[[str], np.ndarray]) -> Answer:
        if self.answerer.ranker is None:
            raise RankerError("careerbot has no usable fitted ranker (bot/answer/ranker.json); "
                              "run `careerbot fit`")
        roles = tuple(self.name(r) for r in turn.roles)
        if turn.compare:
            return self._compare(question, turn, embed)
        q = self.answerer.analyze(turn.query)
        scoring = self.answerer.score(q, embed(q.text))
        if turn.first and self._vague(turn, scoring):
            return self._clarify(question, q.text)
        if not self.answerer.answerable(scoring):
            return self.decline(question, q.text, roles)
        return self.answerer.answer(question, scoring, roles)

    def name(self, key: str) -> str:
        return self.names.get(key, key)

    def _vague(self, turn: Turn, scoring: Scoring) -> bool:
        """A short first message naming no role, whose best quotes are about several roles.
        Its topic words must be words of the documents: a message without any ("capital of
        Mongolia", another script, binary noise) is out of scope, not vague."""
        if turn.roles or len(turn.aspect) > VAGUE_WORDS or not len(scoring.p):
            return False
        known = self.answerer.analyzer.df
        if not turn.aspect or any(stem(w) not in known for w in turn.aspect):
            return False
        top = scoring.rows[np.argsort(-scoring.p)[:VAGUE_TOP]]
        named = set()
        for row in top.tolist():
            named |= self.answerer.table.unit_roles[row]
        return len(named) >= VAGUE_ROLES

    def _clarify(self, question: str, query: str) -> Answer:
        roles = self.top_roles(8)
        text = self.prompts.replies.clarify.format(roles=", ".join(roles))
        return Answer(question=question, text=text, answered=False, kind="clarify", query=query,
                      suggestions=tuple(roles))

    def _compare(self, question: str, turn: Turn, embed: Callable[[str], np.ndarray]) -> Answer:
        replies = self.prompts.replies
        lines: list[str] = []
        citations = []
        confidence = 0.0
        budget = max(self.answerer.ranker.budget // 2, 1)
        for key in turn.compare:
            name = self.name(key)
            q = self.answerer.analyze(" ".join([*turn.levels, name, *turn.aspect]))
            scoring = self.answerer.score(q, embed(q.text))
            lines.append(("\n" if lines else "") + replies.comparison_heading.format(role=name))
            if not self.answerer.answerable(scoring):
                lines.append(replies.comparison_missing.format(role=name))
                continue
            side = self.answerer.citations(scoring, start=len(citations) + 1, role=name,
                                           budget=budget)
            citations += side
            lines += self.answerer.composer.lines(side)
            confidence = max(confidence, scoring.confidence)
        roles = tuple(self.name(k) for k in turn.compare)
        if not citations:
            return self.decline(question, turn.query, roles)
        return Answer(question=question, text="\n".join(lines).strip(), citations=tuple(citations),
                      answered=True, kind="answer", query=" vs ".join(roles) + (
                          " " + " ".join(turn.aspect) if turn.aspect else ""),
                      confidence=round(confidence, 4), roles=roles)

    def top_roles(self, n: int) -> list[str]:
        roles = sorted(self.answerer.knowledge.roles, key=lambda r: (-r.headed, -r.count))
        return [r.name for r in roles[:n]]

    def suggestions(self, n: int = 4) -> list[str]:
        """Questions the documents answer, from the templates in prompts/ and the index's roles."""
        templates = self.prompts.suggestions.templates
        roles = self.top_roles(n)
        return [templates[i % len(templates)].format(role=role) for i, role in enumerate(roles)] \
            if templates and roles else list(self.prompts.suggestions.questions[:n])

    def decline(self, question: str, query: str, roles: tuple[str, ...] = ()) -> Answer:
        replies = self.prompts.replies
        suggestions = self.suggestions()
        text = "\n".join([replies.no_answer, "", replies.no_answer_topics,
                          *(f"- {s}" for s in suggestions)])
        return Answer(question=question, text=text, answered=False, kind="no_answer",
                      query=query, suggestions=tuple(suggestions), roles=roles)
