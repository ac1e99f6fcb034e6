"""FAISS behind a tiny interface: add, search, save, load, count.

An exact inner-product index (`IndexFlatIP`): on unit-length vectors the inner product is the
cosine, and at this corpus size exact search costs microseconds, so no approximate index is
worth its recall loss. The vectors are kept as a numpy matrix too, for scoring subsets.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from bot.errors import IndexCorruptError


class VectorStore:
    def __init__(self, dimension: int, vectors: np.ndarray | None = None) -> None:
        import faiss

        self.dimension = dimension
        self.index = faiss.IndexFlatIP(dimension)
        self.matrix = np.zeros((0, dimension), dtype=np.float32)
        if vectors is not None and len(vectors):
            self.add(vectors)

    def add(self, vectors: np.ndarray) -> None:
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise ValueError(f"vectors must have shape (n, {self.dimension}); got {vectors.shape}")
        self._faiss().add(vectors)
        self.matrix = np.vstack([self.matrix, vectors]) if len(self.matrix) else vectors

    def count(self) -> int:
        return len(self.matrix)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, rows) of the k nearest vectors, best first."""
        k = min(k, self.count())
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        scores, rows = self._faiss().search(query.reshape(1, -1).astype(np.float32), k)
        return scores[0], rows[0]

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine of `query` with every stored vector, in storage order."""
        return self.matrix @ query.astype(np.float32)

    def save(self, path: Path) -> None:
        import faiss

        faiss.write_index(self._faiss(), str(path))

    def _faiss(self):
        if self.index is None:
            import faiss

            self.index = faiss.IndexFlatIP(self.dimension)
            self.index.add(self.matrix)
        return self.index

    @classmethod
    def load(cls, path: Path, dimension: int) -> VectorStore:
        import faiss

        try:
            index = faiss.read_index(str(path))
        except Exception as exc:  # FAISS raises RuntimeError with C++ text
            raise IndexCorruptError(
                f"{path} is unreadable ({str(exc).splitlines()[0][:120]}); "
                "run `careerbot index --full` to rebuild it"
            ) from None
        if index.d != dimension:
            raise IndexCorruptError(
                f"{path} holds {index.d}-dimensional vectors, the manifest says {dimension}; "
                "run `careerbot index --full`"
            )
        store = cls(dimension)
        # One copy in memory, not two: the matrix answers every scoring, and the FAISS index is
        # rebuilt from it only if `search` is called.
        store.matrix = index.reconstruct_n(0, index.ntotal) if index.ntotal else store.matrix
        store.index = None
        return store
