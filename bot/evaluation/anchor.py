"""The rule-free anchor every change must beat: the top 5 units by 0.6 x unit cosine + 0.4 x BM25
(over the unit with its title and headings), no abstention, no dialogue."""

from __future__ import annotations

import numpy as np

from bot.index.lexical import LexicalIndex, tokenize

TOP = 5
DENSE_WEIGHT = 0.6


class Anchor:
    def __init__(self, engine) -> None:
        self.engine = engine
        data = engine.loaded().data
        self.data = data
        titles = [data.chunks[int(c)].title for c in data.unit_chunk]
        self.lexical = LexicalIndex.build([" ".join((t, *u.section, u.label, u.text))
                                           for u, t in zip(data.units, titles)])

    def top(self, question: str) -> list[str]:
        """The quotes the anchor would give for `question`."""
        vector = self.engine.embed(question)
        dense = self.data.unit_vectors.scores(vector)
        lexical = self.lexical.scores(tokenize(question))
        peak = float(lexical.max()) if len(lexical) else 0.0
        fused = DENSE_WEIGHT * dense + (1 - DENSE_WEIGHT) * (lexical / peak if peak > 0 else lexical)
        rows = np.argsort(-fused, kind="stable")[:TOP]
        return [self.data.units[int(r)].text for r in rows]
