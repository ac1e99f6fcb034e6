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

from bot.errors import IndexCorruptError


@dataclass(frozen=True)
class Sparse:
    """A compressed sparse row matrix in three numpy arrays (numpy alone: importing scipy cost a
    quarter of a second of every cold start). Columns are sorted within each row."""

    indptr: np.ndarray  # int64, rows + 1
    indices: np.ndarray  # column of each stored value
    data: np.ndarray  # int32 counts (or float32 weights)
    width: int

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.indptr) - 1, self.width

    def row_of_values(self) -> np.ndarray:
        return np.repeat(np.arange(self.shape[0]), np.diff(self.indptr))

    def take(self, rows: np.ndarray) -> Sparse:
        """These rows, in this order."""
        rows = np.asarray(rows, dtype=np.int64)
        lengths = np.diff(self.indptr)[rows]
        indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
        gather = np.repeat(self.indptr[rows] - indptr[:-1], lengths) + np.arange(indptr[-1])
        return Sparse(indptr, self.indices[gather], self.data[gather], self.width)

    def transposed(self) -> Sparse:
        """Rows become columns: for each column, the rows holding it (ascending)."""
        order = np.argsort(self.indices, kind="stable")
        indptr = np.concatenate([[0], np.cumsum(np.bincount(self.indices, minlength=self.width))])
        return Sparse(indptr.astype(np.int64), self.row_of_values()[order], self.data[order],
                      self.shape[0])

    def plus(self, other: Sparse) -> Sparse:
        """The sum of two matrices of one shape."""
        keys = np.concatenate([self.row_of_values() * self.width + self.indices,
                               other.row_of_values() * other.width + other.indices])
        return _from_keys(keys, np.concatenate([self.data, other.data]), self.shape[0], self.width)

    def row_sums(self) -> np.ndarray:
        return np.bincount(self.row_of_values(), weights=self.data, minlength=self.shape[0])


def _from_keys(keys: np.ndarray, values: np.ndarray, rows: int, width: int) -> Sparse:
    """A matrix from row * width + column keys (repeated keys add up)."""
    unique, inverse = np.unique(keys, return_inverse=True)
    data = np.bincount(inverse, weights=values, minlength=len(unique)).astype(values.dtype)
    row = unique // max(width, 1)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=rows))]).astype(np.int64)
    return Sparse(indptr, (unique % max(width, 1)).astype(np.int64), data, width)


@dataclass
class Terms:
    """Row-aligned sparse matrices ("fields") of term counts over one vocabulary."""

    vocabulary: list[str]
    fields: dict[str, Sparse]
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
        return Terms(self.vocabulary, {n: m.take(rows) for n, m in self.fields.items()}, self._ids)

    @classmethod
    def concat(cls, parts: Sequence[Terms], names: Sequence[str]) -> Terms:
        """The parts' rows one after another, over the union of the terms they use (a term no
        row uses any more leaves the vocabulary)."""
        vocabulary: list[str] = []
        ids: dict[str, int] = {}
        remapped: dict[str, list[tuple[np.ndarray, np.ndarray, np.ndarray, bool]]] = \
            {n: [] for n in names}
        for part in parts:
            seen = np.zeros(len(part.vocabulary), dtype=bool)
            for n in names:
                seen[part.fields[n].indices] = True
            used = np.flatnonzero(seen)
            mapping = np.zeros(len(part.vocabulary), dtype=np.int64)
            for column in used.tolist():
                term = part.vocabulary[column]
                mapping[column] = ids.setdefault(term, len(ids))
                if mapping[column] == len(vocabulary):
                    vocabulary.append(term)
            # a mapping that keeps the columns' order keeps each row's columns sorted
            ordered = bool(np.all(np.diff(mapping[used]) > 0))
            for n in names:
                m = part.fields[n]
                remapped[n].append((m.indptr, mapping[m.indices], m.data, ordered))
        return cls(vocabulary, {n: _stack(remapped[n], len(vocabulary)) for n in names}, ids)

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
                fields = {n: Sparse(stored[f"{n}.indptr"].astype(np.int64),
                                    stored[f"{n}.indices"].astype(np.int64),
                                    stored[f"{n}.counts"], len(vocabulary)) for n in names}
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


def _counted(indptr: np.ndarray, indices: np.ndarray, width: int) -> Sparse:
    """A matrix of counts from rows of (possibly repeated) column ids."""
    rows = np.repeat(np.arange(len(indptr) - 1), np.diff(indptr))
    return _from_keys(rows * max(width, 1) + indices, np.ones(len(indices), dtype=np.int32),
                      len(indptr) - 1, width)


def _stack(parts: list[tuple[np.ndarray, np.ndarray, np.ndarray, bool]], width: int) -> Sparse:
    """Rows of the parts one after another (their columns already in one vocabulary; a part
    not marked ordered has its rows' columns sorted again)."""
    if not parts:
        return Sparse(np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int64),
                      np.zeros(0, dtype=np.int32), width)
    offsets = np.cumsum([0] + [int(p[0][-1]) for p in parts[:-1]])
    indptr = np.concatenate([[0]] + [p[0][1:] + off for p, off in zip(parts, offsets)])
    indices, data = [], []
    for part_indptr, part_indices, part_data, ordered in parts:
        if not ordered:  # sort each row's columns (by row, then column)
            rows = np.repeat(np.arange(len(part_indptr) - 1), np.diff(part_indptr))
            order = np.argsort(rows * max(width, 1) + part_indices, kind="stable")
            part_indices, part_data = part_indices[order], part_data[order]
        indices.append(part_indices)
        data.append(part_data)
    return Sparse(indptr.astype(np.int64), np.concatenate(indices), np.concatenate(data), width)
