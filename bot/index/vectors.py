"""Vectors behind a tiny interface: search, scores, save, load, count.

The vectors are saved as an exact inner-product FAISS index (`IndexFlatIP`; on unit-length
vectors the inner product is the cosine). Up to `APPROXIMATE_FROM` vectors they are held as one
numpy matrix and the k nearest are found exactly. From there on they are held once, in an
inverted file (FAISS `IndexIVFFlat`, with a direct map so chosen rows are read back): the
vectors are partitioned into clusters at build time (`Lists`, saved beside the index) and a
search visits the `nprobe` clusters nearest the query. A build reuses the clusters and each kept
row's assignment, so an edit assigns only its new rows.
"""

from __future__ import annotations

import ctypes
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.errors import IndexCorruptError

# Measured by `benchmarks/scale.py grown`: exact search of 50,000 vectors costs about as much as
# embedding the question; beyond it the inverted file keeps search in single milliseconds.
APPROXIMATE_FROM = 50_000
RETRAIN_GROWTH = 4.0  # clusters trained on n rows serve until the rows are 4x more or fewer
POINTS_PER_CLUSTER = 40  # k-means training sample per cluster (FAISS asks for 39 at least)


@dataclass(frozen=True)
class Lists:
    """An inverted-file partition: cluster centroids and the cluster of every row."""

    centroids: np.ndarray  # clusters x dimension, unit length
    assign: np.ndarray  # int64, one cluster per row
    trained_on: int  # rows when the centroids were trained

    @property
    def nprobe(self) -> int:
        """Clusters a search visits: an eighth of them, at least 16 (recall@10 against exact
        search is reported by the scale benchmark)."""
        return min(len(self.centroids), max(16, len(self.centroids) // 8))

    def save(self, path: Path) -> None:
        with path.open("wb") as handle:
            np.savez(handle, centroids=self.centroids, assign=self.assign.astype(np.int32),
                     trained_on=np.array(self.trained_on))

    @classmethod
    def load(cls, path: Path, rows: int) -> Lists:
        try:
            with np.load(path, allow_pickle=False) as stored:
                lists = cls(stored["centroids"].astype(np.float32),
                            stored["assign"].astype(np.int64), int(stored["trained_on"]))
        except Exception as exc:  # numpy raises zipfile, OS and value errors for a bad file
            raise IndexCorruptError(
                f"{path} is unreadable ({type(exc).__name__}); run `careerbot index --full`"
            ) from None
        if len(lists.assign) != rows or (len(lists.assign) and lists.assign.max() >= len(lists.centroids)):
            raise IndexCorruptError(f"{path} does not match its vectors; run `careerbot index --full`")
        return lists


def partition(matrix: np.ndarray, previous: Lists | None = None,
              origin: np.ndarray | None = None) -> Lists | None:
    """The inverted-file partition of `matrix` (None below `APPROXIMATE_FROM` rows). Row i with
    `origin[i] >= 0` was row `origin[i]` of the vectors `previous` partitions: it keeps its
    cluster, and only the other rows are assigned, while the clusters still fit the size."""
    import faiss

    n = len(matrix)
    if n < APPROXIMATE_FROM:
        return None
    fits = previous is not None and origin is not None and \
        previous.trained_on / RETRAIN_GROWTH <= n <= previous.trained_on * RETRAIN_GROWTH
    if fits:
        assign = np.where(origin >= 0, previous.assign[np.maximum(origin, 0)], -1)
        centroids, trained_on = previous.centroids, previous.trained_on
    else:
        clusters = int(math.sqrt(n))
        rng = np.random.default_rng(0)
        sample = matrix[rng.choice(n, min(n, POINTS_PER_CLUSTER * clusters), replace=False)]
        kmeans = faiss.Kmeans(matrix.shape[1], clusters, niter=10, spherical=True, seed=1,
                              max_points_per_centroid=POINTS_PER_CLUSTER)
        kmeans.train(np.ascontiguousarray(sample, dtype=np.float32))
        centroids, trained_on = kmeans.centroids.astype(np.float32), n
        assign = np.full(n, -1, dtype=np.int64)
    todo = np.flatnonzero(assign < 0)
    if len(todo):
        quantizer = faiss.IndexFlatIP(matrix.shape[1])
        quantizer.add(centroids)
        _, nearest = quantizer.search(np.ascontiguousarray(matrix[todo], dtype=np.float32), 1)
        assign[todo] = nearest[:, 0]
    return Lists(centroids, assign.astype(np.int64), trained_on)


class VectorStore:
    def __init__(self, dimension: int, vectors: np.ndarray | None = None,
                 lists: Lists | None = None) -> None:
        self.dimension = dimension
        self._matrix: np.ndarray | None = np.zeros((0, dimension), dtype=np.float32)
        self.lists = lists
        self._ivf = None
        self._count = 0
        if vectors is not None and len(vectors):
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            if vectors.ndim != 2 or vectors.shape[1] != dimension:
                raise ValueError(f"vectors must have shape (n, {dimension}); got {vectors.shape}")
            self._matrix, self._count = vectors, len(vectors)

    def count(self) -> int:
        return self._count

    @property
    def matrix(self) -> np.ndarray:
        """Every vector, in storage order (a copy read back from the inverted file when the
        store holds its vectors there)."""
        if self._matrix is None:
            return self._ivf.reconstruct_n(0, self._count)
        return self._matrix

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """The vectors of these rows."""
        ids = np.asarray(ids, dtype=np.int64)
        if self._matrix is None:
            if not len(ids):
                return np.zeros((0, self.dimension), dtype=np.float32)
            return self._ivf.reconstruct_batch(ids)
        return self._matrix[ids]

    def copy_rows(self, ids: np.ndarray, out: np.ndarray, at: np.ndarray) -> None:
        """`out[at] = rows(ids)`, a run of consecutive rows to consecutive places at a time: a
        build that keeps most of an index copies a few long slices, not one row at a time (at
        100,000 chunks gathering and scattering the kept rows took 3 s of a one-file edit)."""
        ids, at = np.asarray(ids, dtype=np.int64), np.asarray(at, dtype=np.int64)
        if self._matrix is None:
            out[at] = self.rows(ids)
            return
        breaks = np.flatnonzero((np.diff(ids) != 1) | (np.diff(at) != 1)) + 1
        for start, end in zip(np.concatenate([[0], breaks]), np.concatenate([breaks, [len(ids)]])):
            if end > start:
                out[at[start]:at[end - 1] + 1] = self._matrix[ids[start]:ids[end - 1] + 1]

    @property
    def approximate(self) -> bool:
        return self.lists is not None

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """(scores, rows) of the k nearest vectors, best first (exact below `APPROXIMATE_FROM`)."""
        k = min(k, self.count())
        if k <= 0:
            return np.zeros(0, dtype=np.float32), np.zeros(0, dtype=np.int64)
        if self.lists is not None:
            scores, rows = self._inverted().search(
                query.reshape(1, -1).astype(np.float32), k)
            keep = rows[0] >= 0
            return scores[0][keep], rows[0][keep]
        scores = self.scores(query)
        rows = np.argpartition(-scores, k - 1)[:k]
        rows = rows[np.lexsort((rows, -scores[rows]))]
        return scores[rows], rows

    def scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine of `query` with every stored vector, in storage order (for a store held in
        an inverted file this reads every vector back: use `search` or `rows` on a hot path)."""
        return self.matrix @ query.astype(np.float32)

    def hold_in_inverted_file(self) -> None:
        """Keep the vectors only in the inverted file (one copy in memory, not two)."""
        if self.lists is not None and self._matrix is not None:
            self._inverted().make_direct_map()
            self._matrix = None

    def _inverted(self):
        """The FAISS inverted file over the stored partition, filled on first use."""
        if self._ivf is None:
            import faiss

            quantizer = faiss.IndexFlatIP(self.dimension)
            quantizer.add(self.lists.centroids)
            ivf = faiss.IndexIVFFlat(quantizer, self.dimension, len(self.lists.centroids),
                                     faiss.METRIC_INNER_PRODUCT)
            ivf.is_trained = True
            assign = np.ascontiguousarray(self.lists.assign, dtype=np.int64)
            ivf.add_core(self.count(), faiss.swig_ptr(self._matrix), None, faiss.swig_ptr(assign))
            ivf.nprobe = self.lists.nprobe
            self._quantizer, self._ivf = quantizer, ivf  # the IVF does not own its quantizer
        return self._ivf

    def save(self, path: Path) -> None:
        import faiss

        index = faiss.IndexFlatIP(self.dimension)
        if self.count():
            index.add(self.matrix)
        faiss.write_index(index, str(path))
        if self.lists is not None:
            self.lists.save(lists_path(path))

    @classmethod
    def load(cls, path: Path, dimension: int, search: bool = True) -> VectorStore:
        """The store saved at `path`, its vectors mapped from the file rather than read. For
        `search` they are then copied once into memory, as a matrix or (with a saved partition)
        the inverted file: the mapped rows sit at an offset that is not a multiple of four
        bytes, where a matrix-vector product ran five times slower. A build, which only
        gathers the rows it keeps, reads them from the mapping (`search=False`)."""
        import faiss

        try:
            index = faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC)
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
        if index.ntotal:
            store._matrix, store._count = _mapped(index), index.ntotal
        if lists_path(path).exists():
            store.lists = Lists.load(lists_path(path), store.count())
        elif store.count() >= APPROXIMATE_FROM:
            raise IndexCorruptError(f"{lists_path(path)} is missing; run `careerbot index --full`")
        if search and store.lists is not None:
            store.hold_in_inverted_file()
        elif search and store.count():
            store._matrix = np.array(store._matrix)  # aligned, and the mapping let go
        return store


def _mapped(index) -> np.ndarray:
    """A read-only array over the vectors of a FAISS flat index read with `IO_FLAG_MMAP_IFC`.
    The index owns the mapping: it is kept alive by the buffer the array (and every view of it)
    holds as its base."""
    buffer = (ctypes.c_float * (index.ntotal * index.d)).from_address(int(index.get_xb()))
    buffer.owner = index
    array = np.frombuffer(buffer, dtype=np.float32).reshape(index.ntotal, index.d)
    array.flags.writeable = False
    return array


def lists_path(path: Path) -> Path:
    """`chunks.faiss` -> `chunks.lists.npz`."""
    return path.with_name(path.stem + ".lists.npz")
