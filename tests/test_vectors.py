"""Vector search: exact below APPROXIMATE_FROM, an inverted file (real FAISS) above it, with
partitions that survive an incremental build and files that load back."""

from __future__ import annotations

import numpy as np
import pytest

from bot.errors import IndexCorruptError
from bot.index import vectors
from bot.index.terms import Terms
from bot.index.vectors import Lists, VectorStore, partition


def _clustered(n: int, dim: int = 32, clusters: int = 50, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.standard_normal((clusters, dim)).astype(np.float32)
    rows = centres[rng.integers(0, clusters, n)] + 0.5 * rng.standard_normal((n, dim)).astype(np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_exact_search_returns_the_nearest_rows_best_first():
    matrix = _clustered(500)
    store = VectorStore(32, matrix)
    assert not store.approximate
    scores, rows = store.search(matrix[7], 5)
    assert rows[0] == 7 and np.isclose(scores[0], 1.0)
    assert np.all(np.diff(scores) <= 0)
    assert set(rows.tolist()) == set(np.argsort(-(matrix @ matrix[7]))[:5].tolist())


def test_above_the_threshold_search_uses_the_partition_and_finds_the_neighbours(monkeypatch):
    monkeypatch.setattr(vectors, "APPROXIMATE_FROM", 1_000)
    matrix = _clustered(4_000)
    lists = partition(matrix)
    assert lists is not None and len(lists.assign) == 4_000
    store = VectorStore(32, matrix, lists)
    assert store.approximate
    queries = _clustered(50, seed=1)
    recall = np.mean([len(set(store.search(q, 10)[1].tolist())
                          & set(np.argsort(-(matrix @ q))[:10].tolist())) / 10 for q in queries])
    assert recall >= 0.9
    assert partition(matrix[:999]) is None  # below the threshold: exact


def test_an_incremental_partition_keeps_clusters_and_assigns_new_rows(monkeypatch):
    monkeypatch.setattr(vectors, "APPROXIMATE_FROM", 1_000)
    matrix = _clustered(3_000)
    first = partition(matrix)
    added = _clustered(200, seed=2)
    # drop the first 100 rows, keep the rest, add 200 new ones at the end
    new = np.vstack([matrix[100:], added])
    origin = np.concatenate([np.arange(100, 3_000), np.full(200, -1)])
    second = partition(new, first, origin)
    assert second.centroids is first.centroids and second.trained_on == 3_000
    assert np.array_equal(second.assign[:2_900], first.assign[100:])
    nearest = np.argmax(added @ first.centroids.T, axis=1)
    assert np.array_equal(second.assign[2_900:], nearest)
    grown = np.vstack([new] * 5)  # far larger than trained for: clusters trained again
    assert partition(grown, second, np.arange(len(grown)) % len(new)).trained_on == len(grown)


def test_a_partition_is_saved_and_loaded_with_its_vectors(tmp_path, monkeypatch):
    monkeypatch.setattr(vectors, "APPROXIMATE_FROM", 1_000)
    matrix = _clustered(2_000)
    VectorStore(32, matrix, partition(matrix)).save(tmp_path / "units.faiss")
    loaded = VectorStore.load(tmp_path / "units.faiss", 32)
    assert loaded.approximate and np.allclose(loaded.matrix, matrix)
    assert loaded.search(matrix[3], 1)[1][0] == 3
    assert np.allclose(loaded.rows(np.array([5, 3])), matrix[[5, 3]])  # one copy, read back
    (tmp_path / "units.lists.npz").write_bytes(b"not a zip")
    with pytest.raises(IndexCorruptError, match="units.lists.npz"):
        VectorStore.load(tmp_path / "units.faiss", 32)
    (tmp_path / "units.lists.npz").unlink()
    with pytest.raises(IndexCorruptError, match="units.lists.npz is missing"):
        VectorStore.load(tmp_path / "units.faiss", 32)


def test_term_rows_are_sliced_and_joined_over_one_vocabulary():
    a = Terms.from_rows({"f": [["x", "y", "x"], ["z"]]})
    b = Terms.from_rows({"f": [["y", "w"], []]})
    joined = Terms.concat([a.take(np.array([1, 0])), b], ("f",))
    rows = [{joined.vocabulary[i]: int(n) for i, n in zip(
        m.indices[m.indptr[r]:m.indptr[r + 1]], m.data[m.indptr[r]:m.indptr[r + 1]])}
        for m in [joined.fields["f"]] for r in range(4)]
    assert rows == [{"z": 1}, {"x": 2, "y": 1}, {"y": 1, "w": 1}, {}]
    dropped = Terms.concat([a.take(np.array([1]))], ("f",))
    assert dropped.vocabulary == ["z"]  # terms no row uses leave the vocabulary


def test_joined_rows_keep_their_columns_sorted_whatever_order_terms_arrive_in():
    a = Terms.from_rows({"f": [["b", "c"], ["a"]]})
    b = Terms.from_rows({"f": [["z", "c", "a", "z"], ["b"]]})  # its columns map out of order
    joined = Terms.concat([a, b], ("f",)).take(np.array([2, 0, 3, 1]))
    m = joined.fields["f"]
    rows = [[(joined.vocabulary[i], int(n)) for i, n in zip(m.indices[m.indptr[r]:m.indptr[r + 1]],
                                                            m.data[m.indptr[r]:m.indptr[r + 1]])]
            for r in range(4)]
    assert [dict(r) for r in rows] == [{"z": 2, "c": 1, "a": 1}, {"b": 1, "c": 1}, {"b": 1},
                                       {"a": 1}]
    assert all(np.all(np.diff(m.indices[m.indptr[r]:m.indptr[r + 1]]) > 0) for r in range(4))


@pytest.mark.parametrize("inverted", [False, True])
def test_rows_are_copied_by_runs_as_gathered_one_by_one(monkeypatch, inverted):
    monkeypatch.setattr(vectors, "APPROXIMATE_FROM", 1_000)
    matrix = _clustered(2_000)
    store = VectorStore(32, matrix, partition(matrix) if inverted else None)
    if inverted:
        store.hold_in_inverted_file()
    rng = np.random.default_rng(5)
    ids = np.concatenate([np.arange(100, 700), np.arange(50, 60), rng.integers(0, 2_000, 40),
                          np.arange(1_500, 2_000)])
    at = rng.permutation(len(ids) + 30)[:len(ids)]
    at[:600] = np.arange(30, 630)  # one long run to one long run
    out = np.zeros((len(ids) + 30, 32), dtype=np.float32)
    store.copy_rows(ids, out, at)
    expected = np.zeros_like(out)
    expected[at] = matrix[ids]
    assert np.allclose(out, expected)


def test_vectors_a_build_reads_stay_mapped_from_their_file(tmp_path):
    matrix = _clustered(300)
    VectorStore(32, matrix).save(tmp_path / "chunks.faiss")
    mapped = VectorStore.load(tmp_path / "chunks.faiss", 32, search=False)
    served = VectorStore.load(tmp_path / "chunks.faiss", 32)
    assert not mapped.matrix.flags.writeable  # the file is never written through it
    assert served.matrix.flags.aligned and served.matrix.flags.owndata
    assert np.array_equal(mapped.rows(np.array([4, 2])), matrix[[4, 2]])
    view = mapped.matrix[10:20]
    del mapped  # the mapping lives as long as any view of it
    (tmp_path / "chunks.faiss").unlink()  # as a later build removes an old generation
    assert np.array_equal(view, matrix[10:20])
    assert np.array_equal(served.search(matrix[9], 1)[1], [9])


def test_retrieval_over_candidates_agrees_with_scoring_every_chunk(monkeypatch):
    """Above the threshold the retriever fuses only the inverted file's and BM25's candidates;
    its best chunks are the exact search's."""
    from types import SimpleNamespace

    from bot.answer.retrieval import Retriever
    from bot.index.lexical import LexicalIndex

    monkeypatch.setattr(vectors, "APPROXIMATE_FROM", 1_000)
    rng = np.random.default_rng(3)
    matrix = _clustered(3_000)
    words = [f"w{i}" for i in range(400)]
    texts = [" ".join(rng.choice(words, 8)) for _ in range(3_000)]
    lexical = LexicalIndex.build(texts)
    exact = Retriever(SimpleNamespace(chunk_vectors=VectorStore(32, matrix), lexical=lexical))
    approx = Retriever(SimpleNamespace(chunk_vectors=VectorStore(32, matrix, partition(matrix)),
                                       lexical=lexical))
    agree = []
    for i in range(40):
        q = matrix[i * 7] + 0.3 * rng.standard_normal(32).astype(np.float32)
        q /= np.linalg.norm(q)
        terms = texts[i * 11].split()[:3]
        want = [s.row for s in exact.search(terms, q, 5)]
        got = approx.search(terms, q, 5)
        agree.append(len(set(want) & {s.row for s in got}) / 5)
        assert all(np.isclose(s.dense, matrix[s.row] @ q, atol=1e-5) for s in got)
    assert np.mean(agree) >= 0.9
