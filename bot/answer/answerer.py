"""The answer stage in one object: analyse, retrieve, score, choose, cite.

    question text ─▶ Analyzer ─▶ Retriever (chunks) ─▶ UnitTable (candidates, features)
                 ─▶ Ranker (unit probabilities, answerable probability) ─▶ choose ─▶ Answer
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from bot.answer.compose import (Composer, choose, complete, list_of, neighbours,
                                reading_order, whole_lists)
from bot.answer.features import FEATURES, Candidates, UnitTable
from bot.answer.question import Analyzer, Question
from bot.answer.ranker import Ranker
from bot.answer.retrieval import Retriever
from bot.index.knowledge import Knowledge
from bot.index.storage import IndexData
from bot.lexicon import Lexicon
from bot.prompts import Prompts
from bot.records import Answer, Citation


# A question's vector and that of its words outside the given character ranges (the roles and
# earlier topic it names, `Question.scope_spans`), as `Engine.embed_without` gives them:
# (2, dimension).
Embed = Callable[[str, tuple[tuple[int, int], ...]], np.ndarray]


@dataclass(frozen=True)
class Scoring:
    """A question's candidate units with their features and fitted probabilities."""

    question: Question
    rows: np.ndarray
    features: np.ndarray
    p: np.ndarray
    confidence: float  # the gate's probability that the documents answer the question


class Answerer:
    def __init__(self, data: IndexData, knowledge: Knowledge, lexicon: Lexicon, prompts: Prompts,
                 ranker: Ranker | None, retriever: Retriever, top_k: int = 10,
                 vocabulary: frozenset[str] = frozenset()) -> None:
        self.data, self.knowledge, self.lexicon = data, knowledge, lexicon
        self.ranker, self.retriever, self.top_k = ranker, retriever, top_k
        self.table = UnitTable(data, knowledge.role_keys(), knowledge.abbreviations)
        self.analyzer = Analyzer(knowledge, lexicon, self.table.df, len(data.units),
                                 self.table.proper, self.table.texts_with, vocabulary)
        self.composer = Composer(data, prompts)
        self._leaning = frozenset(w.lower() for w in lexicon.anaphora_words)

    def analyze(self, text: str, specific: Sequence[str] | None = None,
                topic: Sequence[str] = ()) -> Question:
        return self.analyzer.analyze(text, specific, topic)

    def candidates(self, q: Question, embed: Embed) -> Candidates:
        """Units worth scoring for `q`, with their features (no fitted model needed)."""
        spans = q.scope_spans
        vector, aspect = embed(q.text, spans)
        hits = self.retriever.search(q.terms, vector, self.top_k)
        # with nothing left out the aspect is the question: its cosines are not computed twice
        return self.table.candidates(q, vector, hits, aspect if spans else None)

    def score(self, q: Question, embed: Embed) -> Scoring:
        cands = self.candidates(q, embed)
        p = self.ranker.unit_probabilities(cands.features)
        confidence = self.ranker.answerable(cands.features, p, self.table.section_id[cands.rows],
                                            self.ranker.background(cands.rest_sum,
                                                                   cands.rest_count))
        return Scoring(q, cands.rows, cands.features, p, confidence)

    def answerable(self, scoring: Scoring) -> bool:
        return scoring.confidence >= self.ranker.threshold

    @staticmethod
    def own_role_only(scoring: Scoring) -> Scoring:
        """`scoring` with the units about another role than the one asked set to zero (a side
        of a comparison quotes only its own role), unless that leaves none. Only for
        comparisons (training conversations 0.679 -> 0.686, the new blind ones 0.505 -> 0.516):
        asked of every question naming a role it cost 0.9-3.1 points of training fact recall,
        as a unit that mentions another role in passing may still answer a single question."""
        other = scoring.features[:, FEATURES.index("role_other")] > 0
        if not len(other) or other.all():
            return scoring
        return replace(scoring, p=np.where(other, 0.0, scoring.p))

    def without(self, scoring: Scoring, quoted: set[tuple[str, int]]) -> Scoring:
        """`scoring` with the units at `quoted` (source, start) set to zero: not quoted twice."""
        units = self.data.units
        again = np.array([(units[r].source, units[r].start) in quoted
                          for r in scoring.rows.tolist()], dtype=bool)
        return replace(scoring, p=np.where(again, 0.0, scoring.p)) if again.any() else scoring

    def chosen(self, scoring: Scoring) -> list[tuple[int, float]]:
        """(unit row, probability) of the units to quote, in reading order: the units chosen
        within the fitted budget and number of units, and what they bring within the budget
        (see `compose`). Each side of a comparison gets the whole of both: it is a
        question of its own (halved, training conversations' comparisons 0.672 -> 0.595)."""
        return self.compose(scoring.rows, scoring.p, self.ranker)

    def compose(self, candidates: np.ndarray, p: np.ndarray,
                ranker: Ranker) -> list[tuple[int, float]]:
        """`chosen` for candidate rows scored `p`, with `ranker`'s composition settings (fitting
        tries several)."""
        # read only for the units `choose` looks at, best first, not for every candidate
        rows = candidates.tolist()
        units = _Lazy(lambda i: self.data.units[rows[i]], len(rows))
        terms = _Lazy(lambda i: self.table.text_terms[rows[i]], len(rows))
        picks = choose(units, terms, p, ranker)
        kept = complete(self.data.units, [rows[i] for i in picks], ranker.budget)
        around = neighbours(self.data.units, self.data.unit_chunk, kept, ranker.budget,
                            self._leaning)
        out = []
        for i in reading_order(units, [i for i in picks if rows[i] in kept]):
            # what an intro brings, and the sentences a quote leans on or that lean on it, are
            # quoted around it at its probability
            before, after = around[rows[i]]
            out += [(row, float(p[i])) for row in (*before, rows[i], *after)]
        # a list two of whose items are quoted is quoted whole, at its quoted items' least
        # probability
        listed = whole_lists(self.data.units, [r for r, _ in out], ranker.budget)
        if not listed:
            return out
        least: dict[tuple, float] = {}
        for row, q in out:
            key = list_of(self.data.units[row])
            least[key] = min(q, least.get(key, q))
        scores = dict(out) | {row: least[list_of(self.data.units[row])] for row in listed}
        return [(r, scores[r]) for r in reading_order(self.data.units, [*scores])]

    def citations(self, scoring: Scoring, start: int = 1, role: str = "") -> list[Citation]:
        picked = self.chosen(scoring)
        return self.composer.citations([r for r, _ in picked], [s for _, s in picked], start, role)

    def answer(self, question: str, scoring: Scoring, roles: tuple[str, ...] = ()) -> Answer:
        return self.composer.answer(question, scoring.question.text, self.citations(scoring),
                                    scoring.confidence, roles)


class _Lazy(Sequence):
    """A sequence whose items are made when first read, then kept."""

    def __init__(self, make: Callable[[int], object], length: int) -> None:
        self._make, self._length = make, length
        self._made: dict[int, object] = {}

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i):
        if i not in self._made:
            self._made[i] = self._make(i)
        return self._made[i]
