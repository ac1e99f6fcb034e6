"""The reply to a resolved turn: an answer, a comparison side by side, a question back when the
message is too vague, or a decline that says what the documents do cover.

Every choice of quotes and every decline comes from the fitted answer stage; the wording comes
from prompts/, with the roles and topics of the index filled in.
"""

from __future__ import annotations

import numpy as np

from bot.answer.answerer import Answerer, Embed, Scoring
from bot.answer.question import Question
from bot.dialogue.context import Turn, function_word
from bot.errors import RankerError
from bot.prompts import Prompts, fill
from bot.records import Answer

VAGUE_WORDS = 2  # a first message of at most this many topic words, naming no role,
VAGUE_SPREAD = 0.5  # ...each of them in at least this share of the documents (what every role
VAGUE_DOCUMENTS = 3  # has: pay, skills), in a corpus of at least this many documents, asks
# which role it is about.


class Replier:
    def __init__(self, answerer: Answerer, prompts: Prompts, names: dict[str, str]) -> None:
        self.answerer, self.prompts, self.names = answerer, prompts, names

    def reply(self, question: str, turn: Turn, embed: Embed) -> Answer:
        if self.answerer.ranker is None:
            raise RankerError("careerbot has no usable fitted ranker (bot/answer/ranker.json); "
                              "run `careerbot fit`")
        roles = tuple(self.name(r) for r in turn.roles)
        if turn.compare:
            return self._compare(question, turn, embed)
        q = self.answerer.analyze(turn.query, turn.specific, turn.topic)
        scoring = self.answerer.score(q, embed)
        if turn.first and (turn.unresolved or self._vague(turn, scoring)):
            return self._clarify(question, q.text)
        # a message with no word the documents could hold (another script, only stop words)
        # gives the gate nothing to weigh: every input that reads the question's words is
        # empty, as no training question's is, and the fitted trees say nothing outside what
        # they were fitted on
        if not q.terms or not self.answerer.answerable(scoring):
            return self.decline(question, q.text, roles, scoring.confidence)
        return self.answerer.answer(question, scoring, roles)

    def subject(self, turn: Turn, embed: Embed) -> tuple[str, ...]:
        """The role the answer to `turn` is about: the role of its best quote, when that names
        exactly one and the turn is answered; else none. A later message naming no role goes on
        about it (`Context.resolve`). Training conversations 0.696 -> 0.713 (12 turns gained, none
        lost; with the role name unchecked, one gained and one lost), sealed (aggregates only)
        0.551 -> 0.572. Asking the best two quotes to agree gained fewer (0.705)."""
        q = self.answerer.analyze(turn.query, turn.specific, turn.topic)
        if not q.terms:
            return ()
        scoring = self.answerer.score(q, embed)
        if not len(scoring.rows) or not self.answerer.answerable(scoring):
            return ()
        best = int(scoring.rows[int(np.argmax(scoring.p))])
        roles = self.answerer.table.roles_of(best)
        return tuple(roles) if len(roles) == 1 else ()

    def name(self, key: str) -> str:
        return self.names.get(key, key)

    def _vague(self, turn: Turn, scoring: Scoring) -> bool:
        """A short first message naming no role, about something most documents speak of
        ("salary?", "what skills do I need?"): whose pay, whose skills? Its topic words must all
        be words of the documents: a message with others ("capital of Mongolia", another
        script, binary noise) is out of scope, not vague."""
        table = self.answerer.table
        if turn.roles or len(turn.aspect) > VAGUE_WORDS or table.sources < VAGUE_DOCUMENTS \
                or not self.answerer.knowledge.roles:
            return False
        # its topic: the words searched, less stop and question words ("look like", "how many"
        # ask; "what's" asks "what"), so "how much?" has none but the amount it asks for
        terms = [t for t in scoring.question.terms if not function_word(t)]
        if not terms:
            return scoring.question.asks_amount
        return len(terms) <= VAGUE_WORDS and all(
            t in table.source_df and table.source_df[t] >= VAGUE_SPREAD * table.sources
            for t in terms)

    def _clarify(self, question: str, query: str) -> Answer:
        roles = self.top_roles(8)
        text = self.prompts.replies.clarify.format(roles=", ".join(roles))
        return Answer(question=question, text=text, answered=False, kind="clarify", query=query,
                      suggestions=tuple(roles))

    def _compare(self, question: str, turn: Turn, embed: Embed) -> Answer:
        replies = self.prompts.replies
        lines: list[str] = []
        citations = []
        confidence = 0.0
        both, scoring = self._compared_together(turn, embed)
        if both:
            first, second = (self.name(k) for k in turn.compare)
            citations = self.answerer.composer.citations(
                [r for r, _ in both], [p for _, p in both], 1, f"{first} / {second}")
            lines = [replies.comparison_both.format(first=first, second=second),
                     *self.answerer.composer.lines(citations)]
            confidence = scoring.confidence
        for i, key in enumerate(turn.compare):
            name = self.name(key)
            # each side is asked what the message asks of both, at its own level and place
            levels, specific = turn.side(i)
            q = self._asked_of((name,), levels, specific, turn.aspect)
            # both roles are ones the documents describe: each side gets its best quotes, none
            # of them about the other role (nor any third one)
            scoring = self.answerer.own_role_only(self.answerer.score(q, embed))
            # nor any quote the other side already gave
            quoted = {(c.source, c.start) for c in citations}
            if quoted:
                scoring = self.answerer.without(scoring, quoted)
            lines.append(("\n" if lines else "") + replies.comparison_heading.format(role=name))
            if not (scoring.p > 0).any():
                lines.append(replies.comparison_missing.format(role=name))
                continue
            side = self.answerer.citations(scoring, start=len(citations) + 1, role=name)
            citations += side
            lines += self.answerer.composer.lines(side)
            confidence = max(confidence, scoring.confidence)
        roles = tuple(self.name(k) for k in turn.compare)
        if not citations or confidence < self.answerer.ranker.threshold:
            return self.decline(question, turn.query, roles)
        return Answer(question=question, text="\n".join(lines).strip(), citations=tuple(citations),
                      answered=True, kind="answer", query=" vs ".join(roles) + (
                          " " + " ".join(turn.aspect) if turn.aspect else ""),
                      confidence=round(confidence, 4), roles=roles)

    def _compared_together(self, turn: Turn, embed: Embed
                           ) -> tuple[list[tuple[int, float]], Scoring]:
        """The quotes that compare the two roles themselves ("Machine Learning Scientists are
        distinguished from Machine Learning Engineers by their focus on research..."), as (unit
        row, probability): of the quotes chosen for what the message asks of both, those about
        both roles at once. They answer for both sides, before each side's own quotes (training
        conversations' comparisons 0.597 -> 0.618, none lost; sealed unchanged)."""
        q = self._asked_of(tuple(self.name(k) for k in turn.compare), turn.levels,
                           turn.specific, turn.aspect)
        scoring = self.answerer.score(q, embed)
        if not self.answerer.answerable(scoring):
            return [], scoring
        roles = set(turn.compare)
        return [(row, p) for row, p in self.answerer.chosen(scoring)
                if roles <= self.answerer.table.roles_of(row)], scoring

    def _asked_of(self, names: tuple[str, ...], levels: tuple[str, ...],
                  specific: tuple[str, ...], aspect: tuple[str, ...]) -> Question:
        """What a comparison asks of the roles `names`: the roles at their level and place,
        with the message's aspect."""
        said = dict.fromkeys([*levels, *names, *specific, *aspect])
        return self.answerer.analyze(" ".join(said), specific)

    def top_roles(self, n: int) -> list[str]:
        roles = sorted(self.answerer.knowledge.roles, key=lambda r: (-r.headed, -r.count))
        return [r.name for r in roles[:n]]

    def topics(self, n: int) -> list[str]:
        """The titles of the documents with the most passages: what a folder whose documents
        name no role the lexicon knows is about (one chunk of each document is read)."""
        chunks = self.answerer.data.chunks
        _, first, counts = np.unique(chunks.chunk_source, return_index=True, return_counts=True)
        titles: list[str] = []
        for i in np.argsort(-counts, kind="stable").tolist():
            title = chunks[int(first[i])].title
            if title and title not in titles:
                titles.append(title)
            if len(titles) == n:
                break
        return titles

    def roles_text(self, n: int = 6) -> str:
        return ", ".join(self.top_roles(n) or self.topics(n))

    def examples(self, n: int = 5) -> list[str]:
        """The page's example questions: the templates of prompts/ with the index's roles."""
        templates, roles = self.prompts.ui.example_templates, self.top_roles(max(n, 2))
        if not roles:
            return []
        out = []
        for i, template in enumerate(templates[:n]):
            role, other = roles[i % len(roles)], roles[(i + 1) % len(roles)]
            if "{other}" in template and other == role:
                continue
            out.append(fill(template, role, other=other))
        return out

    def suggestions(self, n: int = 4) -> list[str]:
        """Questions the documents answer, from the templates in prompts/ and the index's roles."""
        templates = self.prompts.suggestions.templates
        roles = self.top_roles(n)
        if templates and roles:
            return [fill(templates[i % len(templates)], role) for i, role in enumerate(roles)]
        return list(self.prompts.suggestions.questions[:n]) or self.topics(n)

    def decline(self, question: str, query: str, roles: tuple[str, ...] = (),
                confidence: float = 0.0) -> Answer:
        replies = self.prompts.replies
        suggestions = self.suggestions()
        offer = [replies.no_answer_topics, *(f"- {s}" for s in suggestions)] if suggestions else []
        text = "\n".join([replies.no_answer, *([""] + offer if offer else [])])
        return Answer(question=question, text=text, answered=False, kind="no_answer",
                      query=query, suggestions=tuple(suggestions), roles=roles,
                      confidence=round(confidence, 4))
