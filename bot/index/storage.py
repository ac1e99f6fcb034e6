"""The files under `index/`: generations, the manifest that commits one, and the build lock.

    index/
      manifest.json        names the live generation; replaced by one atomic rename
      g-<time>-<rand>/     chunks.jsonl, chunks.faiss, units.faiss (and, for 50,000 vectors or
                           more, chunks.lists.npz / units.lists.npz), knowledge.json,
                           bm25.npz (each chunk's token counts), units.npz (each unit's terms),
                           rows.npz (units per chunk, each chunk's file, each unit's facts),
                           observations.jsonl (what each file adds to knowledge.json),
                           texts/<hash>.json (the extracted text of each non-plain-text seed)
      .lock                held (flock) while a build runs

A build writes a whole generation into a temporary folder, renames it into place, and only then
replaces the manifest. Readers go through the manifest, so they see the old index or the new one,
never half of one; a crash leaves at worst an unreferenced folder, removed by the next build.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import os
import secrets
import shutil
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
from pydantic import TypeAdapter, ValidationError

from bot.errors import IndexCorruptError, IndexError_, IndexLockedError, IndexNotFoundError
from bot.index.knowledge import Knowledge, Observations
from bot.index.lexical import LexicalIndex
from bot.index.terms import Terms
from bot.index.rows import ChunkRecords, UnitRecords, source_table
from bot.index.unitterms import FACTS, FIELDS as UNIT_FIELDS, unit_facts, unit_terms as count_unit_terms
from bot.ingest.documents import BadSeed, discover, read_document
from bot.ingest.hashing import short_hash
from bot.records import Chunk, Manifest, SourceText
from bot.index.vectors import Lists, VectorStore, partition

FORMAT_VERSION = 5  # 2: knowledge.json; 3: possessives stemmed; 4: readers per format, texts/;
# 5: bm25.npz, units.npz and rows.npz (kept per row, reused by incremental builds)
MANIFEST = "manifest.json"
LOCK = ".lock"
TMP_PREFIX = ".tmp-"
GEN_PREFIX = "g-"
KNOWLEDGE = "knowledge.json"
BM25 = "bm25.npz"
UNIT_TERMS = "units.npz"
ROWS = "rows.npz"
UNIT_MEAN = "mean_unit_vector"  # in rows.npz, beside the per-row facts
OBSERVATIONS = "observations.jsonl"
TEXTS = "texts"


@dataclass
class IndexData:
    """A loaded generation: records and their vectors, row-aligned."""

    manifest: Manifest
    chunks: ChunkRecords  # read when first asked for
    units: UnitRecords
    unit_chunk: np.ndarray  # row of each unit's chunk
    chunk_vectors: VectorStore
    unit_vectors: VectorStore
    lexical: LexicalIndex
    unit_terms: Terms  # the terms of each unit's text, context and label (see unitterms)
    facts: dict[str, np.ndarray]  # per unit and per chunk, from rows.npz (see unitterms)
    knowledge: Knowledge
    unit_mean: np.ndarray  # the mean of the unit vectors: how close a question is to the
    # corpus as a whole (see features.Candidates.background)


def read_manifest(index_dir: Path) -> Manifest:
    path = index_dir / MANIFEST
    if not path.exists():
        raise IndexNotFoundError(f"no index in {index_dir}: run `careerbot index` to build it")
    try:
        return Manifest.model_validate_json(path.read_bytes())
    except (ValidationError, ValueError, OSError) as exc:
        raise IndexCorruptError(
            f"{path} is unreadable ({_first_line(exc)}); run `careerbot index --full` to rebuild"
        ) from None


def live_generation(index_dir: Path) -> str | None:
    """The live generation's folder name, or None; read without validating the manifest (its
    file table is the slow part at 40,000 files), for a build's clean-up only."""
    try:
        name = json.loads((index_dir / MANIFEST).read_bytes()).get("generation")
    except (OSError, ValueError, AttributeError):
        return None
    return name if isinstance(name, str) and name.startswith(GEN_PREFIX) else None


def load(index_dir: Path, search: bool = True) -> IndexData:
    """Load the live generation, checking that its files agree with each other. A build, which
    reads the vectors of the rows it keeps and never searches them, passes `search=False`:
    the vectors then stay mapped from their files (see `VectorStore.load`)."""
    manifest = read_manifest(index_dir)
    if manifest.format_version != FORMAT_VERSION:
        raise IndexCorruptError(
            f"{index_dir / MANIFEST} has format version {manifest.format_version}, this careerbot "
            f"reads version {FORMAT_VERSION}; run `careerbot index --full`"
        )
    folder = index_dir / manifest.generation
    facts = _read_rows(folder / ROWS, manifest)
    sources = facts.pop("sources")
    unit_mean = facts.pop(UNIT_MEAN, None)
    chunks = ChunkRecords.read(folder / "chunks.jsonl", sources, facts["chunk_source"])
    if len(chunks) != manifest.chunk_count or len(facts["chunk_units"]) != len(chunks):
        raise IndexCorruptError(
            f"{folder / 'chunks.jsonl'} holds {len(chunks)} chunks, the manifest says "
            f"{manifest.chunk_count}; run `careerbot index --full`"
        )
    sizes = facts["chunk_units"].astype(np.int64)
    unit_chunk = np.repeat(np.arange(len(chunks)), sizes)
    units = UnitRecords(chunks, unit_chunk, np.concatenate([[0], np.cumsum(sizes)]))
    chunk_vectors = _load_vectors(folder / "chunks.faiss", manifest.dimension, len(chunks), search)
    unit_vectors = _load_vectors(folder / "units.faiss", manifest.dimension, len(units), search)
    lexical = LexicalIndex.load(folder / BM25, len(chunks))
    terms = Terms.load(folder / UNIT_TERMS, UNIT_FIELDS, len(units))
    knowledge = _read_knowledge(folder / KNOWLEDGE)
    if unit_mean is None or unit_mean.shape != (manifest.dimension,):
        # written by a build before the mean was stored: computed once here
        unit_mean = _mean(unit_vectors.rows(np.arange(len(units))), manifest.dimension)
    return IndexData(manifest, chunks, units, unit_chunk, chunk_vectors, unit_vectors, lexical,
                     terms, facts, knowledge, unit_mean.astype(np.float32))


def _mean(vectors: np.ndarray, dimension: int) -> np.ndarray:
    return vectors.mean(axis=0, dtype=np.float64) if len(vectors) else np.zeros(dimension)


def _read_rows(path: Path, manifest: Manifest) -> dict:
    try:
        with np.load(path, allow_pickle=False) as stored:
            facts = {name: stored[name] for name in stored.files}
        text = str(facts["sources"])
        facts["sources"] = text.split("\n") if text else []
        units = len(facts["unit_kind"])
    except FileNotFoundError:
        raise IndexCorruptError(f"{path} is missing; run `careerbot index --full`") from None
    except Exception as exc:  # numpy raises zipfile, OS, key and value errors for a bad file
        raise IndexCorruptError(
            f"{path} is unreadable ({type(exc).__name__}); run `careerbot index --full`") from None
    missing = [name for name in FACTS if name not in facts]
    if missing:
        raise IndexCorruptError(f"{path} has no {missing[0]!r} (built by an older careerbot); "
                                "run `careerbot index --full`")
    if units != manifest.unit_count or any(len(facts[k]) != units for k in facts if k.startswith("unit_")):
        raise IndexCorruptError(f"{path} does not match the manifest's {manifest.unit_count} units; "
                                "run `careerbot index --full`")
    return facts


def _read_knowledge(path: Path) -> Knowledge:
    try:
        return Knowledge.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        raise IndexCorruptError(f"{path} is missing; run `careerbot index --full`") from None
    except (ValidationError, ValueError, OSError) as exc:
        raise IndexCorruptError(
            f"{path} is unreadable ({_first_line(exc)}); run `careerbot index --full`") from None


def _load_vectors(path: Path, dimension: int, expected: int, search: bool) -> VectorStore:
    if not path.exists():
        raise IndexCorruptError(f"{path} is missing; run `careerbot index --full`")
    store = VectorStore.load(path, dimension, search)
    if store.count() != expected:
        raise IndexCorruptError(
            f"{path} holds {store.count()} vectors for {expected} records; "
            "run `careerbot index --full`"
        )
    return store


@dataclass
class GenerationRows:
    """Everything row-aligned a generation holds besides its vectors, ready to write: a build
    slices most of it from the live generation (see build.py); `from_chunks` derives it."""

    chunk_lines: Sequence[bytes]  # chunks.jsonl, a JSON record per line
    chunk_terms: Terms
    unit_terms: Terms
    sources: list[str]  # sorted
    facts: dict[str, np.ndarray]  # rows.npz: chunk_source, chunk_units, unit_* (see unitterms)
    observations: Sequence[Observations] | None = None  # per source, sorted; None: unknown
    chunk_lists: Lists | None = None
    unit_lists: Lists | None = None

    @classmethod
    def from_chunks(cls, chunks: Sequence[Chunk],
                    observations: Sequence[Observations] | None = None) -> GenerationRows:
        sources, chunk_source = source_table(chunks)
        return cls(
            chunk_lines=[record_line(c) for c in chunks],
            chunk_terms=LexicalIndex.count_terms([lexical_text(c) for c in chunks]),
            unit_terms=count_unit_terms(chunks), sources=sources,
            facts={"chunk_source": chunk_source, **unit_facts(chunks)},
            observations=observations)


def record_line(chunk: Chunk) -> bytes:
    return chunk.model_dump_json(exclude={"section_path"}).encode("utf-8")


def write_generation(index_dir: Path, manifest: Manifest, chunks: Sequence[Chunk],
                     chunk_vectors: np.ndarray, unit_vectors: np.ndarray,
                     knowledge: Knowledge, texts: Sequence[SourceText] = (),
                     rows: GenerationRows | None = None) -> None:
    """Write a new generation and commit it by replacing the manifest atomically. Its rows are
    derived from `chunks` unless a build passes them (with the live generation's rows reused);
    above `APPROXIMATE_FROM` vectors the inverted-file partitions are made here if not given."""
    rows = rows or GenerationRows.from_chunks(chunks)
    tmp = index_dir / f"{TMP_PREFIX}{manifest.generation}"
    tmp.mkdir(parents=True)
    (tmp / TEXTS).mkdir()
    for text in texts:
        (tmp / TEXTS / _text_name(text.source)).write_text(text.model_dump_json(), encoding="utf-8")
    with (tmp / "chunks.jsonl").open("wb") as handle:
        if rows.chunk_lines:  # one write, not one per chunk (0.5 s at 100,000 chunks)
            handle.write(b"\n".join(rows.chunk_lines) + b"\n")
    for name, vectors, lists in (("chunks", chunk_vectors, rows.chunk_lists),
                                 ("units", unit_vectors, rows.unit_lists)):
        lists = lists if lists is not None else partition(vectors)
        VectorStore(manifest.dimension, vectors, lists).save(tmp / f"{name}.faiss")
    (tmp / KNOWLEDGE).write_text(knowledge.model_dump_json(indent=1), encoding="utf-8")
    rows.chunk_terms.save(tmp / BM25)
    rows.unit_terms.save(tmp / UNIT_TERMS)
    with (tmp / ROWS).open("wb") as handle:
        np.savez(handle, sources=np.array("\n".join(rows.sources)),
                 **{UNIT_MEAN: _mean(unit_vectors, manifest.dimension)}, **rows.facts)
    if rows.observations is not None:
        with (tmp / OBSERVATIONS).open("wb") as handle:
            for o in rows.observations:
                handle.write(o.model_dump_json().encode("utf-8") + b"\n")
    _fsync_tree(tmp)
    final = index_dir / manifest.generation
    os.replace(tmp, final)
    _atomic_write(index_dir / MANIFEST, manifest.model_dump_json(indent=2).encode())


@functools.cache
def _observation_list() -> TypeAdapter:
    return TypeAdapter(list[Observations])


def read_observations(index_dir: Path, manifest: Manifest) -> dict[str, Observations] | None:
    """The per-file observations the generation keeps (None when it keeps none or they are
    unreadable: a build then observes its files again)."""
    path = index_dir / manifest.generation / OBSERVATIONS
    try:
        lines = [line for line in path.read_bytes().splitlines() if line.strip()]
        # validated as one JSON array: one call, not one per file (40,000 took 1.7 s)
        found = _observation_list().validate_json(b"[" + b",".join(lines) + b"]")
    except (OSError, ValidationError, ValueError):
        return None
    return {o.source: o for o in found}


def _text_name(source: str) -> str:
    return short_hash(source) + ".json"


def kept_texts(index_dir: Path, manifest: Manifest) -> set[str]:
    """The sources whose extracted text the generation keeps (a plain UTF-8 `.txt` has none)."""
    try:
        names = set(os.listdir(index_dir / manifest.generation / TEXTS))
    except OSError:
        return set()
    return {s for s in manifest.files if _text_name(s) in names}


def stored_text(index_dir: Path, manifest: Manifest, source: str) -> SourceText | None:
    """The extracted text the generation keeps for `source`; None for a plain UTF-8 `.txt`
    (its file is its text) or a source the generation does not hold."""
    path = index_dir / manifest.generation / TEXTS / _text_name(source)
    try:
        text = SourceText.model_validate_json(path.read_bytes())
    except FileNotFoundError:
        return None
    except (ValidationError, ValueError, OSError) as exc:
        raise IndexCorruptError(
            f"{path} is unreadable ({_first_line(exc)}); run `careerbot index --full`"
        ) from None
    return text if text.source == source else None


def source_text(index_dir: Path, seeds_dir: Path, source: str, max_bytes: int) -> SourceText | None:
    """The text a citation's offsets point into: the copy the live index keeps, else (plain
    text) the seed file itself, found among the seeds, never from a path a client sent. None
    when the source is neither indexed nor a seed any more."""
    try:
        manifest = read_manifest(index_dir)
        kept = stored_text(index_dir, manifest, source)
    except IndexError_:
        kept = None
    if kept is not None:
        return kept
    path = dict(discover(seeds_dir)[0]).get(source)
    if path is None:
        return None
    try:
        doc = read_document(source, path, max_bytes)
    except BadSeed:
        return None
    return SourceText(source=source, text=doc.text, encoding=doc.encoding, pages=doc.pages)


def lexical_text(chunk: Chunk) -> str:
    """BM25 sees the title and headings too: a bullet that is only "$96,000 to $120,571" is
    found by "salary" through its heading "Salary Ranges"."""
    return " ".join((chunk.title, *chunk.section, *(u.label for u in chunk.units), chunk.text))


def new_generation_name() -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{GEN_PREFIX}{stamp}-{secrets.token_hex(3)}"


def clean_leftovers(index_dir: Path, keep: set[str]) -> list[str]:
    """Remove interrupted builds and old generations; keep the named ones (live and previous)."""
    removed = []
    if not index_dir.is_dir():
        return removed
    for entry in index_dir.iterdir():
        stale_tmp = entry.name.startswith(TMP_PREFIX)  # a generation or a manifest half-written
        old_gen = entry.name.startswith(GEN_PREFIX) and entry.name not in keep
        if entry.is_dir() and not entry.is_symlink() and (stale_tmp or old_gen):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry.name)
        elif stale_tmp:
            entry.unlink(missing_ok=True)
            removed.append(entry.name)
    return removed


@contextlib.contextmanager
def build_lock(index_dir: Path, wait: bool = False) -> Iterator[None]:
    """Hold `index/.lock` for the duration of a build; a second builder gets a clear error
    (or waits, with `wait=True`). The OS releases the lock if the process dies."""
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise IndexError_(f"index folder {index_dir} is a file, not a folder: point --index "
                          "(or CAREERBOT_INDEX_DIR) at a folder") from None
    except OSError as exc:
        raise IndexError_(f"index folder {index_dir} cannot be created ({exc.strerror}): point "
                          "--index (or CAREERBOT_INDEX_DIR) at a folder you can write") from None
    path = index_dir / LOCK
    with path.open("a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise IndexLockedError(
                f"another build is running ({holder}, lock {path}); wait for it to finish"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f"{TMP_PREFIX}{path.name}.{os.getpid()}")
    with tmp.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                os.fsync(handle.fileno())
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:160]


