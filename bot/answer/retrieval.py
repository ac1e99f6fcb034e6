"""Hybrid retrieval: dense cosine (FAISS) and BM25 over the same chunks, fused.

Two fusion methods, chosen by `Settings.fusion`:
- "convex": `w * cosine + (1 - w) * bm25 / max(bm25)`; keeps how far apart scores are.
- "rrf": reciprocal rank fusion, `1/(k + rank_dense) + 1/(k + rank_bm25)`; ignores scale.
Both are computed over every chunk: at this corpus size that is a matrix-vector product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.index.storage import IndexData


@dataclass(frozen=True)
class Scored:
    row: int
    score: float
    dense: float
    lexical: float


def fuse(dense: np.ndarray, lexical: np.ndarray, method: str, dense_weight: float,
         rrf_k: int = 60) -> np.ndarray:
    """Fused score of every document from its dense and BM25 scores."""
    if method == "rrf":
        return _rrf(dense, rrf_k) + _rrf(lexical, rrf_k)
    top = float(lexical.max()) if len(lexical) else 0.0
    lex = lexical / top if top > 0 else lexical
    return dense_weight * dense + (1.0 - dense_weight) * lex


def _rrf(scores: np.ndarray, k: int) -> np.ndarray:
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return 1.0 / (k + ranks)


class Retriever:
    def __init__(self, data: IndexData, method: str = "convex", dense_weight: float = 0.6,
                 rrf_k: int = 60) -> None:
        self.data = data
        self.method, self.dense_weight, self.rrf_k = method, dense_weight, rrf_k

    def search(self, terms: list[str] | tuple[str, ...], vector: np.ndarray, k: int) -> list[Scored]:
        """The `k` best chunks for a question's BM25 `terms` and its `vector`."""
        dense = self.data.chunk_vectors.scores(vector)
        lexical = self.data.lexical.scores(list(terms))
        fused = fuse(dense, lexical, self.method, self.dense_weight, self.rrf_k)
        k = min(k, len(fused))
        rows = np.argpartition(-fused, k - 1)[:k] if k else np.zeros(0, dtype=np.int64)
        rows = rows[np.argsort(-fused[rows], kind="stable")]
        return [Scored(int(r), float(fused[r]), float(dense[r]), float(lexical[r])) for r in rows]
