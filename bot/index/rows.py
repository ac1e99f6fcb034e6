"""A generation's chunk and unit records, read from `chunks.jsonl` when first asked for.

Parsing every record at load took 15 s and 1 GB for 100,000 chunks; answering a question reads
a few dozen. The file is kept as bytes with the offset of each line, and `rows.npz` tells, without
parsing, how many units each chunk has, which file it comes from, and the unit facts the answer
stage scores (see `unitterms.unit_facts`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from pydantic import ValidationError

from bot.errors import IndexCorruptError
from bot.records import Chunk, Unit

PARSED_CHUNKS = 50_000  # records kept parsed (a least-recently-used cache)


class ChunkRecords(Sequence[Chunk]):
    def __init__(self, path: Path, blob: bytes, sources: list[str], chunk_source: np.ndarray) -> None:
        self._path, self._blob = path, blob
        ends = np.flatnonzero(np.frombuffer(blob, dtype=np.uint8) == 10)
        self._starts = np.concatenate([[0], ends[:-1] + 1]).astype(np.int64) if len(ends) else ends
        self._ends = ends
        self.sources, self.chunk_source = sources, chunk_source
        self._parse = lru_cache(maxsize=PARSED_CHUNKS)(self._parse_row)

    @classmethod
    def read(cls, path: Path, sources: list[str], chunk_source: np.ndarray) -> ChunkRecords:
        try:
            blob = path.read_bytes()
        except FileNotFoundError:
            raise IndexCorruptError(f"{path} is missing; run `careerbot index --full`") from None
        except OSError as exc:
            raise IndexCorruptError(f"{path} is unreadable ({exc}); run `careerbot index --full`") from None
        if blob and not blob.endswith(b"\n"):
            blob += b"\n"
        records = cls(path, blob, sources, chunk_source)
        if len(records):
            records[0], records[len(records) - 1]  # the ends parse: a cheap check of the file
        return records

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return [self._parse(i) for i in range(*row.indices(len(self)))]
        row = int(row)
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(f"chunk row {row} out of range ({len(self)} chunks)")
        return self._parse(row)

    def __iter__(self) -> Iterator[Chunk]:
        return (self._parse(i) for i in range(len(self)))

    def _parse_row(self, row: int) -> Chunk:
        line = self._blob[self._starts[row]:self._ends[row]]
        try:
            return Chunk.model_validate_json(line)
        except (ValidationError, ValueError) as exc:
            raise IndexCorruptError(
                f"{self._path} line {row + 1} is unreadable ({str(exc).splitlines()[0][:120]}); "
                "run `careerbot index --full`") from None

    def line(self, row: int) -> bytes:
        """The record's JSON line as stored (a build copies it without parsing)."""
        return self._blob[self._starts[row]:self._ends[row]]

    def of_source(self, source: str) -> list[Chunk]:
        """The chunks of one file, in order."""
        try:
            wanted = self.sources.index(source)
        except ValueError:
            return []
        return [self._parse(int(r)) for r in np.flatnonzero(self.chunk_source == wanted)]


class UnitRecords(Sequence[Unit]):
    """Unit row -> its record, through its chunk's record."""

    def __init__(self, chunks: ChunkRecords, unit_chunk: np.ndarray, offsets: np.ndarray) -> None:
        self._chunks, self._unit_chunk, self._offsets = chunks, unit_chunk, offsets

    def __len__(self) -> int:
        return len(self._unit_chunk)

    def __getitem__(self, row):  # type: ignore[override]
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        row = int(row)
        if row < 0:
            row += len(self)
        chunk = int(self._unit_chunk[row])
        return self._chunks[chunk].units[row - int(self._offsets[chunk])]

    def __iter__(self) -> Iterator[Unit]:
        for chunk in self._chunks:
            yield from chunk.units


def source_table(chunks: Sequence[Chunk]) -> tuple[list[str], np.ndarray]:
    """The files of `chunks` (sorted) and each chunk's index into them."""
    sources = sorted({c.source for c in chunks})
    index = {s: i for i, s in enumerate(sources)}
    return sources, np.array([index[c.source] for c in chunks], dtype=np.int32)
