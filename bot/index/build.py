"""Building the index from the seeds folder: incremental, atomic, and aware of staleness.

Only files whose sha256 changed are chunked and embedded again; the chunks and vectors of the
others are copied from the live generation. With nothing changed, nothing is written. The text
extracted from each seed that is not plain UTF-8 text is written into the generation beside the
records, so citations and the source viewer read exactly what was indexed.
"""

from __future__ import annotations

import logging
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from bot.index import storage
from bot.ingest.chunking import CHUNKER_VERSION, chunk_document, chunk_embedding_text, unit_embedding_text
from bot.ingest.documents import SEED_SUFFIXES, BadSeed, discover, file_sha256, read_document
from bot.index.embedding import Embedder
from bot.index.knowledge import KNOWLEDGE_VERSION, combine, observe
from bot.index.lexical import LexicalIndex
from bot.index.terms import Terms
from bot.index.unitterms import FIELDS as UNIT_FIELDS, unit_terms
from bot.index.vectors import VectorStore, partition
from bot.lexicon import FILE as LEXICON_FILE, load_lexicon
from bot.errors import IndexError_, SeedsError
from bot.records import BuildReport, Chunk, FileEntry, Manifest, SkippedFile, SourceText
from bot.settings import Settings

log = logging.getLogger("careerbot.index")


@dataclass
class _Rows:
    """Where a file's chunks and units sit in the live generation."""

    chunks: np.ndarray
    units: np.ndarray


def build_index(settings: Settings, embedder: Embedder, full: bool = False,
                wait: bool = False, progress: bool | None = None) -> BuildReport:
    """Bring `settings.index_dir` up to date with `settings.seeds_dir` (see module docs)."""
    started = time.perf_counter()
    index_dir = settings.index_dir
    with storage.build_lock(index_dir, wait=wait):
        previous = None if full else _previous(index_dir, embedder)
        keep = {previous.manifest.generation} if previous else set()
        storage.clean_leftovers(index_dir, keep=keep | _live_generation(index_dir))
        seeds, skipped, stats = _read_seeds(settings, previous.manifest.files if previous else {})
        if not seeds:
            raise SeedsError(_no_documents_message(settings.seeds_dir, skipped))
        reusable = _reusable(previous)
        empty = _still_empty(previous, seeds)
        skipped += empty
        changed = [s for s, doc in seeds.items() if s not in {e.source for e in empty} and (
                   s not in reusable or previous.manifest.files[s].sha256 != doc.sha256)]
        removed = sorted(set(reusable) - set(seeds))
        embedder.prepare_onnx()  # the ONNX export (queries, and builds from now on), made once
        if previous and not changed and not removed and not full \
                and _same_skips(skipped, previous.manifest.skipped) \
                and _knowledge_stale(settings, previous.manifest) is None:
            return BuildReport(index_dir=str(index_dir), up_to_date=True,
                               files_reused=tuple(sorted(seeds)), files_skipped=tuple(skipped),
                               chunk_count=len(previous.chunks),
                               encodings=_encodings(_extracted(index_dir, seeds, sorted(seeds),
                                                               previous.manifest)),
                               seconds=time.perf_counter() - started)
        report = _rebuild(settings, embedder, seeds, skipped, stats, changed, removed, previous,
                          reusable, started, progress)
        storage.clean_leftovers(index_dir, keep=keep | _live_generation(index_dir))
        return report


def _rebuild(settings, embedder, seeds, skipped, stats, changed, removed, previous, reusable,
             started, progress):
    new_chunks: dict[str, list[Chunk]] = {}
    for source in changed:
        doc = seeds[source]
        chunks = chunk_document(source, doc.text, embedder.count_tokens, settings.chunk_tokens,
                                title=doc.title, blocks=doc.blocks)
        if chunks:
            new_chunks[source] = chunks
        else:
            skipped.append(SkippedFile(source=source, reason=EMPTY, sha256=doc.sha256))
    fresh = [c for cs in new_chunks.values() for c in cs]
    texts = [chunk_embedding_text(c) for c in fresh]
    texts += [unit_embedding_text(c.title, u) for c in fresh for u in c.units]
    show = sys.stderr.isatty() if progress is None else progress
    if texts:
        log.info("embedding %d texts from %d file(s)", len(texts), len(new_chunks))
    vectors = embedder.encode(texts, progress=show)
    n_chunks = len(fresh)
    kept = [s for s in reusable if s in seeds and s not in changed]
    sources = sorted(set(new_chunks) | set(kept))
    # the rows of the new generation: the live one's rows of the files kept, then the new
    # files' rows, put in source order by one permutation (nothing is tokenised or embedded
    # again for a file that did not change)
    dim = embedder.dimension
    old_chunks = np.concatenate([reusable[s].chunks for s in kept] + [_NO_ROWS])
    old_units = np.concatenate([reusable[s].units for s in kept] + [_NO_ROWS])
    spans = _spans(kept, [len(reusable[s].chunks) for s in kept],
                   [len(reusable[s].units) for s in kept], 0, 0)
    spans.update(_spans(list(new_chunks), [len(cs) for cs in new_chunks.values()],
                        [sum(len(c.units) for c in cs) for cs in new_chunks.values()],
                        len(old_chunks), len(old_units)))
    chunk_order = np.concatenate([np.arange(*spans[s][0]) for s in sources] + [_NO_ROWS])
    unit_order = np.concatenate([np.arange(*spans[s][1]) for s in sources] + [_NO_ROWS])
    old = previous
    chunk_vectors = _stacked(old.chunk_vectors if old else None, old_chunks,
                             vectors[:n_chunks], dim, chunk_order)
    unit_vectors = _stacked(old.unit_vectors if old else None, old_units,
                            vectors[n_chunks:], dim, unit_order)
    # where each new row came from in the live generation (-1: embedded now), so the vector
    # partitions keep their clusters
    chunk_origin = np.concatenate([old_chunks, np.full(n_chunks, -1)])[chunk_order]
    unit_origin = np.concatenate([old_units, np.full(len(vectors) - n_chunks, -1)])[unit_order]
    lexicon = load_lexicon(settings.prompts_dir)
    derived = storage.GenerationRows.from_chunks(fresh, observe(fresh, lexicon))
    observations = {o.source: o for o in derived.observations}
    if old is not None:
        observations.update(_kept_observations(settings, old, kept, reusable, lexicon))
    fresh_lines = derived.chunk_lines
    lines = [old.chunks.line(r) for r in old_chunks.tolist()] if old else []
    rows = storage.GenerationRows(
        chunk_lines=[lines[i] if i < len(lines) else fresh_lines[i - len(lines)]
                     for i in chunk_order.tolist()],
        chunk_terms=_joined(old.lexical.terms if old else None, old_chunks, derived.chunk_terms,
                            (LexicalIndex.FIELD,), chunk_order),
        unit_terms=_joined(old.unit_terms if old else None, old_units, derived.unit_terms,
                           UNIT_FIELDS, unit_order),
        sources=sources,
        facts=_facts(old.facts if old else None, old_chunks, old_units, derived.facts,
                     chunk_order, unit_order, sources, spans),
        observations=[observations[s] for s in sources],
        chunk_lists=partition(chunk_vectors, old.chunk_vectors.lists if old else None, chunk_origin),
        unit_lists=partition(unit_vectors, old.unit_vectors.lists if old else None, unit_origin))
    seconds = time.perf_counter() - started
    manifest = Manifest(
        format_version=storage.FORMAT_VERSION, generation=storage.new_generation_name(),
        model_name=embedder.name, model_sha256=embedder.sha256, dimension=dim,
        chunker_version=CHUNKER_VERSION,
        files={s: FileEntry(sha256=seeds[s].sha256, chunks=spans[s][0][1] - spans[s][0][0],
                            units=spans[s][1][1] - spans[s][1][0], size=stats[s][0],
                            mtime_ns=stats[s][1]) for s in sources},
        skipped=tuple(skipped), chunk_count=len(chunk_order), unit_count=len(unit_order),
        built_at=datetime.now(timezone.utc), build_seconds=round(seconds, 3),
        extra={"lexicon_sha256": lexicon_sha256(settings), "knowledge_version": KNOWLEDGE_VERSION},
    )
    knowledge = combine(rows.observations, lexicon)
    extracted = _extracted(settings.index_dir, seeds, sources, old.manifest if old else None)
    storage.write_generation(settings.index_dir, manifest, (), chunk_vectors, unit_vectors,
                             knowledge, extracted, rows=rows)
    return BuildReport(
        index_dir=str(settings.index_dir), up_to_date=False,
        files_embedded=tuple(sorted(new_chunks)), files_reused=tuple(kept),
        files_removed=tuple(removed), files_skipped=tuple(skipped),
        chunks_embedded=n_chunks, chunks_reused=len(old_chunks),
        texts_embedded=len(texts), chunk_count=len(chunk_order), encodings=_encodings(extracted),
        seconds=time.perf_counter() - started,
    )


_NO_ROWS = np.zeros(0, dtype=np.int64)
EMPTY = "no text left after removing noise"


def _spans(sources: list[str], chunks: list[int], units: list[int], chunk_start: int,
           unit_start: int) -> dict[str, tuple[tuple[int, int], tuple[int, int]]]:
    """(chunk rows, unit rows) of each source laid one after another from the given starts."""
    out = {}
    c, u = chunk_start, unit_start
    for source, nc, nu in zip(sources, chunks, units):
        out[source] = ((c, c + nc), (u, u + nu))
        c, u = c + nc, u + nu
    return out


def _joined(old: Terms | None, rows: np.ndarray, new: Terms, names, order: np.ndarray) -> Terms:
    parts = ([old.take(rows)] if old is not None else []) + [new]
    return Terms.concat(parts, names).take(order)


def _facts(old: dict | None, old_chunks: np.ndarray, old_units: np.ndarray, new: dict,
           chunk_order: np.ndarray, unit_order: np.ndarray, sources: list[str], spans) -> dict:
    """rows.npz of the new generation: kept rows' facts sliced, new ones appended, reordered;
    each chunk's file from the source order."""
    out = {}
    for name, values in new.items():
        if name == "chunk_source":
            continue
        unit = name.startswith("unit_")
        old_rows, order = (old_units, unit_order) if unit else (old_chunks, chunk_order)
        kept = [old[name][old_rows]] if old is not None else []
        out[name] = np.concatenate(kept + [values])[order]
    sizes = [spans[s][0][1] - spans[s][0][0] for s in sources]
    out["chunk_source"] = np.repeat(np.arange(len(sources), dtype=np.int32), sizes)
    return out


def _kept_observations(settings, old, kept, reusable, lexicon) -> dict:
    """The kept files' observations: from the live generation, or, when it keeps none, the
    lexicon changed (job nouns and levels decide what is a role phrase) or another version
    observed them, observed again."""
    same = old.manifest.extra.get("lexicon_sha256") == lexicon_sha256(settings) and \
        old.manifest.extra.get("knowledge_version") == KNOWLEDGE_VERSION
    stored = storage.read_observations(settings.index_dir, old.manifest) if same else None
    if stored is not None and all(s in stored for s in kept):
        return {s: stored[s] for s in kept}
    rows = np.concatenate([reusable[s].chunks for s in kept] + [_NO_ROWS])
    return {o.source: o for o in observe([old.chunks[r] for r in rows.tolist()], lexicon)}


def _stacked(old: VectorStore | None, rows: np.ndarray, new: np.ndarray, dim: int,
             order: np.ndarray) -> np.ndarray:
    """The kept rows of `old` then `new`, put in `order`, written once into the result (at
    100,000 chunks stacking, converting and reordering copied 0.75 GB three times)."""
    out = np.empty((len(order), dim), dtype=np.float32)
    where = np.empty(len(order), dtype=np.int64)
    where[order] = np.arange(len(order))  # the stacked row i lands at out[where[i]]
    if old is not None and len(rows):
        old.copy_rows(rows, out, where[:len(rows)])
    if len(new):
        out[where[len(rows):]] = new
    return out


@dataclass(frozen=True)
class _Unchanged:
    """A seed whose sha256 is the live index's: its chunks are reused, its text is not needed."""

    source: str
    sha256: str


def _still_empty(previous: storage.IndexData | None, seeds: dict) -> list[SkippedFile]:
    """The files the live index skipped for holding no text, unchanged since: skipped again
    without being chunked. Otherwise such a file counted as changed at every check, and every
    check rebuilt the index (the engine's every two seconds while it served)."""
    if previous is None:
        return []
    return [s for s in previous.manifest.skipped if s.reason == EMPTY and s.sha256
            and s.source in seeds and seeds[s.source].sha256 == s.sha256]


def _same_skips(a, b) -> bool:
    def key(s: SkippedFile) -> tuple[str, str, str]:
        return s.source, s.reason, s.sha256
    return sorted(map(key, a)) == sorted(map(key, b))


def _read_seeds(settings: Settings, indexed: dict[str, FileEntry]):
    """Every seed, read and checked; a file the live index holds with the same sha256 is only
    hashed (reading and checking them all took 36 s of a one-file edit among 40,000 files)."""
    found, rejected = discover(settings.seeds_dir)
    skipped = [SkippedFile(source=b.source, reason=b.reason) for b in rejected]
    seeds = {}
    stats: dict[Path, tuple[int, int]] = {}
    for source, path in found:
        sha = _unchanged_sha(path, indexed.get(source), settings.max_file_bytes, stats)
        if sha:
            seeds[source] = _Unchanged(source, sha)
            continue
        try:
            seeds[source] = read_document(source, path, settings.max_file_bytes)
        except BadSeed as bad:
            # reported once, by whoever shows the BuildReport (CLI, engine, web app)
            log.debug("skipped seed %s: %s", bad.source, bad.reason)
            skipped.append(SkippedFile(source=bad.source, reason=bad.reason, sha256=_sha_or_empty(path)))
    stat_of = {source: stats.get(path, (-1, -1)) for source, path in found}
    return seeds, skipped, stat_of


def _extracted(index_dir: Path, seeds: dict, sources: list[str],
               live: Manifest | None) -> list[SourceText]:
    """The extracted text of every source that is not a plain UTF-8 `.txt`: read now, or, for
    a seed the live index (`live`) holds unchanged, the copy it keeps. Without a live index no
    seed is unchanged (`_read_seeds` compares against its files)."""
    out = []
    kept_texts = storage.kept_texts(index_dir, live) if live is not None else set()
    for s in sources:
        doc = seeds[s]
        if isinstance(doc, _Unchanged):
            kept = storage.stored_text(index_dir, live, s) if s in kept_texts else None
            if kept is not None:
                out.append(kept)
        elif doc.stored:
            out.append(SourceText(source=s, text=doc.text, encoding=doc.encoding, pages=doc.pages))
    return out


def _encodings(extracted: list[SourceText]) -> dict[str, str]:
    return {t.source: t.encoding for t in extracted if t.encoding != "utf-8"}


def _unchanged_sha(path: Path, entry: FileEntry | None, max_bytes: int,
                   stats: dict[Path, tuple[int, int]]) -> str | None:
    """The file's sha256 if the live index holds it unchanged (its text is then not needed):
    known without reading it while its size and modification time are the ones recorded."""
    try:
        st = path.stat()
    except OSError:
        return None  # read_document names the problem
    stats[path] = (st.st_size, st.st_mtime_ns)
    if entry is None or st.st_size > max_bytes:
        return None
    if (entry.size, entry.mtime_ns) == (st.st_size, st.st_mtime_ns):
        return entry.sha256
    try:
        sha = file_sha256(path)
    except OSError:
        return None
    return sha if sha == entry.sha256 else None


def _sha_or_empty(path: Path) -> str:
    try:
        return file_sha256(path)
    except OSError:
        return ""


def _no_documents_message(seeds_dir: Path, skipped: list[SkippedFile]) -> str:
    kinds = ", ".join(SEED_SUFFIXES)
    if seeds_dir.exists() and not seeds_dir.is_dir():
        return f"seeds folder {seeds_dir} is a file, not a folder: point --seeds at a folder"
    if not seeds_dir.is_dir():
        return f"seeds folder {seeds_dir} does not exist: create it and add documents ({kinds})"
    detail = "; ".join(f"{s.source}: {s.reason}" for s in skipped)
    return f"no usable document in {seeds_dir} ({kinds} files)" + (f" — {detail}" if detail else "")


def _previous(index_dir: Path, embedder: Embedder) -> storage.IndexData | None:
    """The live index if it can be reused: same model and chunker, files intact."""
    try:
        data = storage.load(index_dir, search=False)
    except IndexError_ as exc:
        if (index_dir / storage.MANIFEST).exists():
            log.warning("previous index not reusable, rebuilding in full: %s", exc)
        return None
    m = data.manifest
    if m.model_sha256 != embedder.sha256 or m.chunker_version != CHUNKER_VERSION:
        log.info("index was built with another model or chunker; rebuilding in full")
        return None
    return data


def _reusable(previous: storage.IndexData | None) -> dict[str, _Rows]:
    """The previous generation's chunk and unit rows, by source file: grouped with one stable
    sort of the chunks and one of the units, not gathered per file."""
    if previous is None:
        return {}
    names = {s: i for i, s in enumerate(previous.chunks.sources)}
    chunk_file = previous.chunks.chunk_source.astype(np.int64)
    chunk_order = np.argsort(chunk_file, kind="stable")
    unit_order = np.argsort(chunk_file[previous.unit_chunk], kind="stable")
    chunk_ends = np.cumsum(np.bincount(chunk_file, minlength=len(names)))
    unit_ends = np.cumsum(np.bincount(chunk_file[previous.unit_chunk], minlength=len(names)))
    chunk_parts = np.split(chunk_order, chunk_ends[:-1])
    unit_parts = np.split(unit_order, unit_ends[:-1])
    return {source: _Rows(chunk_parts[i], unit_parts[i]) for source, i in names.items()}


def _live_generation(index_dir: Path) -> set[str]:
    name = storage.live_generation(index_dir)
    return {name} if name else set()


def lexicon_sha256(settings: Settings) -> str:
    """Of the lexicon the corpus knowledge was found with ("" when there is none)."""
    path = settings.prompts_dir / LEXICON_FILE
    return _sha_or_empty(path)


def _knowledge_stale(settings: Settings, manifest: Manifest) -> str | None:
    """Why the index's corpus knowledge must be combined again (None when it need not): the
    lexicon it was found with changed, or an earlier version of `combine` found it."""
    if manifest.extra.get("lexicon_sha256") != lexicon_sha256(settings):
        return f"{settings.prompts_dir / LEXICON_FILE} changed since the index was built"
    if manifest.extra.get("knowledge_version") != KNOWLEDGE_VERSION:
        return "the index's corpus knowledge was found by an earlier version"
    return None


def staleness(settings: Settings, manifest: Manifest, model_sha256: str) -> str | None:
    """Why the index no longer matches the seeds, model or chunker; None when it does."""
    if manifest.model_sha256 != model_sha256:
        return "the index was built with another embedding model"
    if manifest.chunker_version != CHUNKER_VERSION:
        return f"the index was built by chunker version {manifest.chunker_version}, not {CHUNKER_VERSION}"
    stale = _knowledge_stale(settings, manifest)
    if stale:
        return stale
    found, _ = discover(settings.seeds_dir)
    current = {}
    for source, path in found:
        entry = manifest.files.get(source)
        try:
            st = path.stat()
            if entry is not None and (entry.size, entry.mtime_ns) == (st.st_size, st.st_mtime_ns):
                current[source] = entry.sha256
            else:
                current[source] = file_sha256(path)
        except OSError:
            continue
    known = {s: f.sha256 for s, f in manifest.files.items()}
    known.update({s.source: s.sha256 for s in manifest.skipped})
    changed = [s for s, h in current.items() if known.get(s) != h]
    removed = [s for s in manifest.files if s not in current]
    removed += [s.source for s in manifest.skipped if s.sha256 and s.source not in current]
    if changed or removed:
        parts = [f"{s} changed or added" for s in changed] + [f"{s} removed" for s in removed]
        return "seed files changed: " + ", ".join(parts[:5]) + (" …" if len(parts) > 5 else "")
    return None
