"""Rows of terms: sparse count matrices over one vocabulary, row-aligned with the records.

One structure serves BM25 (a chunk's token counts) and the answer stage (the terms of each
unit's text, headings and label; the words it writes with a capital inside a sentence). Rows
are computed once, when their file is indexed; a build that reuses a file takes its rows from
the live generation by slicing, never by tokenising again, so a one-file edit costs the file,
not the corpus.

    terms.npz   vocabulary (one string per column) and, per field, a CSR matrix:
                <field>.indptr, <field>.indices, <field>.counts
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

from bot.errors import IndexCorruptError


@dataclass
class Terms:
    """Row-aligned sparse matrices ("fields") of term counts over one vocabulary."""

    vocabulary: list[str]
    fields: dict[str, sparse.csr_array]
    _ids: dict[str, int] | None = field(default=None, repr=False)

    @property
    def rows(self) -> int:
        return next(iter(self.fields.values())).shape[0] if self.fields else 0

    @property
    def ids(self) -> dict[str, int]:
        """Column of each term."""
        if self._ids is None:
            self._ids = {t: i for i, t in enumerate(self.vocabulary)}
        return self._ids

    @classmethod
    def from_rows(cls, fields: dict[str, Sequence[Iterable[str]]]) -> Terms:
        """Count the tokens of each row of each field (all fields have the same rows)."""
        ids: dict[str, int] = {}
        built = {}
        for name, rows in fields.items():
            indptr, indices = [0], []
            for tokens in rows:
                indices.extend(ids.setdefault(t, len(ids)) for t in tokens)
                indptr.append(len(indices))
            built[name] = (np.asarray(indptr, dtype=np.int64), np.asarray(indices, dtype=np.int64))
        vocabulary = list(ids)
        return cls(vocabulary, {name: _counted(indptr, indices, len(vocabulary))
                                for name, (indptr, indices) in built.items()}, ids)

    def take(self, rows: np.ndarray) -> Terms:
        """These rows, in this order, over the same vocabulary."""
        return Terms(self.vocabulary, {n: m[rows] for n, m in self.fields.items()}, self._ids)

    @classmethod
    def concat(cls, parts: Sequence[Terms], names: Sequence[str]) -> Terms:
        """The parts' rows one after another, over the union of the terms they use (a term no
        row uses any more leaves the vocabulary)."""
        vocabulary: list[str] = []
        ids: dict[str, int] = {}
        remapped: dict[str, list[sparse.csr_array]] = {n: [] for n in names}
        for part in parts:
            used = np.unique(np.concatenate(
                [part.fields[n].indices for n in names] + [np.zeros(0, dtype=np.int64)]))
            mapping = np.zeros(len(part.vocabulary), dtype=np.int64)
            for column in used.tolist():
                term = part.vocabulary[column]
                mapping[column] = ids.setdefault(term, len(ids))
                if mapping[column] == len(vocabulary):
                    vocabulary.append(term)
            for n in names:
                m = part.fields[n]
                remapped[n].append((m.indptr, mapping[m.indices], m.data))
        return cls(vocabulary, {n: _stack(remapped[n], len(vocabulary)) for n in names}, ids)

    def column_rows(self, name: str) -> sparse.csc_array:
        return self.fields[name].tocsc()

    def save(self, path: Path) -> None:
        arrays: dict[str, np.ndarray] = {"vocabulary": np.array("\n".join(self.vocabulary))}
        for name, m in self.fields.items():
            arrays[f"{name}.indptr"] = m.indptr.astype(np.int64)
            arrays[f"{name}.indices"] = m.indices.astype(np.int32)
            arrays[f"{name}.counts"] = m.data.astype(np.int32)
        with path.open("wb") as handle:
            np.savez(handle, **arrays)

    @classmethod
    def load(cls, path: Path, names: Sequence[str], expected_rows: int) -> Terms:
        try:
            with np.load(path, allow_pickle=False) as stored:
                text = str(stored["vocabulary"])
                vocabulary = text.split("\n") if text else []
                fields = {n: sparse.csr_array(
                    (stored[f"{n}.counts"], stored[f"{n}.indices"], stored[f"{n}.indptr"]),
                    shape=(len(stored[f"{n}.indptr"]) - 1, len(vocabulary))) for n in names}
        except FileNotFoundError:
            raise IndexCorruptError(f"{path} is missing; run `careerbot index --full`") from None
        except (KeyError, ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
            raise IndexCorruptError(
                f"{path} is unreadable ({type(exc).__name__}: {str(exc)[:100]}); "
                "run `careerbot index --full`") from None
        terms = cls(vocabulary, fields)
        if any(m.shape[0] != expected_rows for m in fields.values()):
            raise IndexCorruptError(
                f"{path} holds {terms.rows} rows for {expected_rows} records; "
                "run `careerbot index --full`")
        return terms


def _counted(indptr: np.ndarray, indices: np.ndarray, width: int) -> sparse.csr_array:
    """A CSR matrix of counts from rows of (possibly repeated) column ids."""
    rows = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
    m = sparse.csr_array((np.ones(len(indices), dtype=np.int32), (rows, indices)),
                         shape=(len(indptr) - 1, width))
    m.sum_duplicates()
    m.sort_indices()
    return m


def _stack(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]], width: int) -> sparse.csr_array:
    if not parts:
        return sparse.csr_array((0, width), dtype=np.int32)
    offsets = np.cumsum([0] + [int(p[0][-1]) for p in parts[:-1]])
    indptr = np.concatenate([[0]] + [p[0][1:] + off for p, off in zip(parts, offsets)])
    indices = np.concatenate([p[1] for p in parts])
    data = np.concatenate([p[2] for p in parts])
    m = sparse.csr_array((data, indices, indptr), shape=(len(indptr) - 1, width))
    m.sort_indices()
    return m
