"""Hybrid retrieval: dense cosine (FAISS) and BM25 over the same chunks, fused.

Two fusion methods, chosen by `Settings.fusion`:
- "convex": `w * cosine + (1 - w) * bm25 / max(bm25)`; keeps how far apart scores are.
- "rrf": reciprocal rank fusion, `1/(k + rank_dense) + 1/(k + rank_bm25)`; ignores scale.
Up to `APPROXIMATE_FROM` chunks both are computed over every chunk (a matrix-vector product).
Above it, the candidates are the `CANDIDATES` nearest chunks of the inverted file and the
`CANDIDATES` best by BM25 (whose scores cost only the postings of the question's terms); their
exact cosines and BM25 scores are fused as above, the BM25 maximum taken over every chunk.
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


CANDIDATES = 200  # per side, above APPROXIMATE_FROM chunks


class Retriever:
    def __init__(self, data: IndexData, method: str = "convex", dense_weight: float = 0.6,
                 rrf_k: int = 60) -> None:
        self.data = data
        self.method, self.dense_weight, self.rrf_k = method, dense_weight, rrf_k

    def search(self, terms: list[str] | tuple[str, ...], vector: np.ndarray, k: int) -> list[Scored]:
        """The `k` best chunks for a question's BM25 `terms` and its `vector`."""
        vectors = self.data.chunk_vectors
        lexical = self.data.lexical.scores(list(terms))
        if vectors.approximate:
            return self._search_candidates(vector, lexical, k)
        dense = vectors.scores(vector)
        fused = fuse(dense, lexical, self.method, self.dense_weight, self.rrf_k)
        return self._best(np.arange(len(fused)), fused, dense, lexical, k)

    def _search_candidates(self, vector: np.ndarray, lexical: np.ndarray, k: int) -> list[Scored]:
        _, near = self.data.chunk_vectors.search(vector, CANDIDATES)
        n = min(CANDIDATES, len(lexical))
        by_bm25 = np.argpartition(-lexical, n - 1)[:n] if n else np.zeros(0, dtype=np.int64)
        rows = np.union1d(near, by_bm25[lexical[by_bm25] > 0])
        dense = self.data.chunk_vectors.rows(rows) @ vector.astype(np.float32)
        if self.method == "rrf":
            fused = fuse(dense, lexical[rows], self.method, self.dense_weight, self.rrf_k)
        else:  # BM25 normalised by its maximum over every chunk, as in the exact search
            top = float(lexical.max()) if len(lexical) else 0.0
            fused = self.dense_weight * dense + (1.0 - self.dense_weight) * (
                lexical[rows] / top if top > 0 else lexical[rows])
        return self._best(rows, fused, dense, lexical[rows], k)

    @staticmethod
    def _best(rows: np.ndarray, fused: np.ndarray, dense: np.ndarray, lexical: np.ndarray,
              k: int) -> list[Scored]:
        k = min(k, len(fused))
        top = np.argpartition(-fused, k - 1)[:k] if k else np.zeros(0, dtype=np.int64)
        top = top[np.argsort(-fused[top], kind="stable")]
        return [Scored(int(rows[i]), float(fused[i]), float(dense[i]), float(lexical[i]))
                for i in top]
