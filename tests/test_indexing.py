"""Building the index with the real model: incremental, atomic, stale-aware, robust to bad seeds."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.index import build as build_module, storage
from bot.index.rows import ChunkRecords
from bot.errors import IndexCorruptError, IndexLockedError, SeedsError


def test_first_build_embeds_everything_and_writes_a_manifest(make_engine, small_seeds, tmp_path):
    engine = make_engine(small_seeds)
    report = engine.build()
    assert not report.up_to_date
    assert report.files_embedded == ("engineer.txt", "nested/pm.txt", "scientist.md")
    assert report.chunks_embedded == report.chunk_count > 0
    manifest = json.loads((tmp_path / "index" / "manifest.json").read_text())
    assert manifest["model_name"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert manifest["model_sha256"].startswith("53aa5117")
    assert manifest["dimension"] == 384
    assert set(manifest["files"]) == {"engineer.txt", "nested/pm.txt", "scientist.md"}
    for key in ("format_version", "chunker_version", "chunk_count", "built_at"):
        assert key in manifest


def test_a_no_op_rebuild_embeds_nothing(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    engine.build()
    calls = []
    original = engine.embedder.encode
    engine.embedder.encode = lambda texts, progress=False: calls.append(len(texts)) or original(texts)
    try:
        report = engine.build()
    finally:
        engine.embedder.encode = original
    assert report.up_to_date and report.texts_embedded == 0 and calls == []


def test_editing_one_file_re_embeds_only_that_file(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    first = engine.build()
    before = storage.load(engine.settings.index_dir)
    old = sum(1 for c in before.chunks if c.source == "scientist.md")
    path = small_seeds / "scientist.md"
    path.write_text(path.read_text() + "\nSkills\n\n- SQL\n- Statistics\n")
    report = engine.build()
    assert report.files_embedded == ("scientist.md",)
    assert set(report.files_reused) == {"engineer.txt", "nested/pm.txt"}
    assert report.chunks_reused == first.chunk_count - old
    kept, now = _vectors_by_chunk(before), _vectors_by_chunk(storage.load(engine.settings.index_dir))
    assert {k for k in kept if k[0] != "scientist.md"} <= set(now)
    for key, vectors in kept.items():  # reused chunks and units keep their own vectors
        if key[0] != "scientist.md":
            assert all((a == b).all() for a, b in zip(vectors, now[key]))
    hits = engine.search("SQL statistics skills", k=1)
    assert hits[0].chunk.source == "scientist.md"


def test_an_incremental_build_holds_what_a_full_build_would(make_engine, small_seeds, monkeypatch):
    """Reused rows are sliced from the live generation, not recomputed: after an edit, an
    addition and a deletion, every record, vector, unit's terms and BM25 score is the full
    build's (row order included)."""
    engine = make_engine(small_seeds)
    engine.build()
    path = small_seeds / "engineer.txt"
    path.write_text(path.read_text() + "\nTools\n\n- Kubernetes for serving\n- Airflow\n")
    (small_seeds / "nested" / "pm.txt").unlink()
    (small_seeds / "analyst.txt").write_text(
        "Data Analyst\n\nOverview\n\nAnalysts build dashboards in Tableau and write SQL.\n")
    parsed = []
    real_parse = ChunkRecords._parse_row
    monkeypatch.setattr(ChunkRecords, "_parse_row", lambda self, row: parsed.append(row) or real_parse(self, row))
    assert engine.build().files_reused == ("scientist.md",)
    # the kept file's records are copied, not parsed: only the two loads (the live index,
    # then the new one) read their first and last lines
    assert len(parsed) <= 4
    incremental = storage.load(engine.settings.index_dir)
    engine.build(full=True)
    full = storage.load(engine.settings.index_dir)
    assert [c.model_dump() for c in incremental.chunks] == [c.model_dump() for c in full.chunks]
    assert np.allclose(incremental.chunk_vectors.matrix, full.chunk_vectors.matrix, atol=1e-5)
    assert np.allclose(incremental.unit_vectors.matrix, full.unit_vectors.matrix, atol=1e-5)
    for name in incremental.unit_terms.fields:
        got, want = (_row_sets(d.unit_terms, name) for d in (incremental, full))
        assert got == want, name
    texts = _row_sets(incremental.unit_terms, "text")
    assert any("tableau" in row for row in texts)  # the added file
    assert not any("strategy" in row for row in texts)  # the deleted one
    assert incremental.knowledge == full.knowledge
    assert incremental.facts.keys() == full.facts.keys()
    assert all(np.array_equal(incremental.facts[k], full.facts[k]) for k in full.facts)
    assert incremental.chunks.sources == full.chunks.sources
    assert np.allclose(incremental.unit_mean, full.unit_mean, atol=1e-6)
    assert np.allclose(full.unit_mean, full.unit_vectors.matrix.mean(axis=0), atol=1e-6)
    for query in (["tableau"], ["data", "analyst"], ["salary", "range"], ["sql", "sql"]):
        assert np.allclose(incremental.lexical.scores(query), full.lexical.scores(query))
    assert incremental.lexical.scores(["tableau"]).max() > 0


def test_an_index_written_before_the_mean_unit_vector_was_stored_still_loads(make_engine,
                                                                               small_seeds):
    engine = make_engine(small_seeds)
    engine.build()
    index_dir = engine.settings.index_dir
    rows = index_dir / storage.read_manifest(index_dir).generation / storage.ROWS
    with np.load(rows) as stored:
        kept = {k: stored[k] for k in stored.files if k != storage.UNIT_MEAN}
    with rows.open("wb") as handle:
        np.savez(handle, **kept)
    data = storage.load(index_dir)
    assert storage.UNIT_MEAN not in data.facts
    assert np.allclose(data.unit_mean, data.unit_vectors.matrix.mean(axis=0), atol=1e-6)


def test_an_index_whose_knowledge_an_earlier_version_found_is_combined_again(make_engine,
                                                                              small_seeds,
                                                                              monkeypatch):
    engine = make_engine(small_seeds)
    engine.build()
    monkeypatch.setattr("bot.index.build.KNOWLEDGE_VERSION", "next")
    calls, observed = [], []
    original = engine.embedder.encode
    engine.embedder.encode = lambda texts, progress=False: calls.append(len(texts)) or original(texts)
    real_observe = build_module.observe
    monkeypatch.setattr("bot.index.build.observe", lambda chunks, lexicon: observed.extend(
        {c.source for c in chunks}) or real_observe(chunks, lexicon))
    report = engine.build()
    assert not report.up_to_date and report.texts_embedded == 0 and not any(calls)  # combined again
    assert set(observed) == set(report.files_reused)  # its files observed again, not re-read
    assert storage.read_manifest(engine.settings.index_dir).extra["knowledge_version"] == "next"
    assert engine.build().up_to_date


def _row_sets(terms, name: str) -> list[dict[str, int]]:
    m = terms.fields[name]
    return [{terms.vocabulary[i]: int(n) for i, n in zip(m.indices[m.indptr[r]:m.indptr[r + 1]],
                                                           m.data[m.indptr[r]:m.indptr[r + 1]])}
            for r in range(m.shape[0])]


def _vectors_by_chunk(data: storage.IndexData) -> dict:
    """(source, chunk id) -> (chunk vector, its units' vectors)."""
    return {(c.source, c.id): (data.chunk_vectors.matrix[row], data.unit_vectors.matrix[data.unit_chunk == row])
            for row, c in enumerate(data.chunks)}


def test_deleting_a_file_removes_its_chunks(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    engine.build()
    (small_seeds / "nested" / "pm.txt").unlink()
    report = engine.build()
    assert report.files_removed == ("nested/pm.txt",) and report.texts_embedded == 0
    data = storage.load(engine.settings.index_dir)
    assert {c.source for c in data.chunks} == {"engineer.txt", "scientist.md"}


def test_full_rebuild_re_embeds_everything(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    engine.build()
    report = engine.build(full=True)
    assert len(report.files_embedded) == 3 and report.chunks_reused == 0


def test_a_crash_mid_build_leaves_the_previous_index_serving(make_engine, small_seeds, monkeypatch):
    engine = make_engine(small_seeds)
    engine.build()
    before = storage.read_manifest(engine.settings.index_dir)
    (small_seeds / "engineer.txt").write_text("Machine Learning Engineer\n\nOverview\n\nChanged text.\n")

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("simulated crash while writing the new generation")

    monkeypatch.setattr(storage.VectorStore, "save", crash)
    with pytest.raises(KeyboardInterrupt):
        engine.build()
    monkeypatch.undo()
    assert storage.read_manifest(engine.settings.index_dir) == before
    data = storage.load(engine.settings.index_dir)  # whole and readable
    assert any("$177,177" in c.text for c in data.chunks)
    leftovers = [p.name for p in engine.settings.index_dir.iterdir() if p.name.startswith(".tmp-")]
    assert leftovers  # the interrupted generation is still there...
    engine.build()
    assert not [p for p in engine.settings.index_dir.iterdir() if p.name.startswith(".tmp-")]


def test_ask_notices_a_stale_index_and_rebuilds(make_engine, small_seeds, caplog):
    engine = make_engine(small_seeds, stale_check_seconds=0)
    engine.build()
    assert all(c.source != "bi.txt" for c in engine.ask("What do BI developers analyze?").citations)
    (small_seeds / "bi.txt").write_text(
        "BI Developer\n\nOverview\n\nBI Developers analyze data sets for business and market trends.\n")
    with caplog.at_level("WARNING", logger="careerbot"):
        answer = engine.ask("What do BI developers analyze?")
    assert "stale" in caplog.text and "bi.txt" in caplog.text
    assert answer.citations[0].source == "bi.txt"


def test_ask_builds_a_missing_index(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    answer = engine.ask("What do data scientists analyze?")
    assert answer.answered and answer.citations[0].source == "scientist.md"
    assert (engine.settings.index_dir / "manifest.json").exists()


def test_bad_seeds_are_skipped_by_name_and_the_rest_indexed(make_engine, small_seeds):
    (small_seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (small_seeds / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 3)
    (small_seeds / "empty.md").write_text("  \n")
    report = make_engine(small_seeds).build()
    skipped = {s.source: s.reason for s in report.files_skipped}
    assert set(skipped) == {"image.txt", "undecodable.txt", "empty.md"}
    assert "binary" in skipped["image.txt"] and "UTF-8" in skipped["undecodable.txt"]
    assert len(report.files_embedded) == 3


def test_a_file_with_nothing_but_noise_is_skipped_once_not_at_every_check(make_engine, small_seeds):
    from bot.index import build

    (small_seeds / "notice.txt").write_text("All rights reserved.\n\nRead more: elsewhere\n")
    engine = make_engine(small_seeds)
    first = engine.build()
    assert {s.source: s.reason for s in first.files_skipped} == {"notice.txt": build.EMPTY}
    manifest = storage.read_manifest(engine.settings.index_dir)
    assert build.staleness(engine.settings, manifest, engine.embedder.sha256) is None
    again = engine.build()
    assert again.up_to_date and [s.source for s in again.files_skipped] == ["notice.txt"]
    (small_seeds / "notice.txt").write_text("Notice\n\nEngineers who write notices earn more.\n")
    manifest = storage.read_manifest(engine.settings.index_dir)
    assert "notice.txt" in build.staleness(engine.settings, manifest, engine.embedder.sha256)
    fixed = engine.build()
    assert fixed.files_embedded == ("notice.txt",) and not fixed.files_skipped


def test_a_seeds_folder_without_usable_documents_is_a_clear_error(make_engine, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "empty.txt").write_text("")
    with pytest.raises(SeedsError, match="no usable document.*empty.txt: empty"):
        make_engine(seeds).build()


def test_a_corrupt_index_file_is_named_with_the_fix(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    engine.build()
    manifest = storage.read_manifest(engine.settings.index_dir)
    faiss_file = engine.settings.index_dir / manifest.generation / "chunks.faiss"
    faiss_file.write_bytes(faiss_file.read_bytes()[:40])
    with pytest.raises(IndexCorruptError, match="chunks.faiss.*careerbot index --full"):
        storage.load(engine.settings.index_dir)
    answer = make_engine(small_seeds).ask("What do data scientists analyze?")
    assert answer.answered  # the engine rebuilt it


def test_an_index_from_an_older_careerbot_without_a_fact_is_rebuilt(make_engine, small_seeds):
    import numpy as np

    engine = make_engine(small_seeds)
    engine.build()
    manifest = storage.read_manifest(engine.settings.index_dir)
    rows = engine.settings.index_dir / manifest.generation / "rows.npz"
    with np.load(rows) as stored:
        kept = {name: stored[name] for name in stored.files if name != "unit_quantities"}
    with open(rows, "wb") as f:
        np.savez(f, **kept)
    with pytest.raises(IndexCorruptError, match="rows.npz has no 'unit_quantities'.*older"):
        storage.load(engine.settings.index_dir)
    answer = make_engine(small_seeds).ask("What do data scientists analyze?")
    assert answer.answered  # the engine rebuilt it
    assert "unit_quantities" in storage.load(engine.settings.index_dir).facts


def test_a_second_build_while_one_runs_is_refused(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    with storage.build_lock(engine.settings.index_dir):
        with pytest.raises(IndexLockedError, match="another build is running"):
            engine.build()


def test_files_are_hashed_only_when_their_size_or_time_changed(make_engine, small_seeds, monkeypatch):
    import os

    from bot.index import build

    engine = make_engine(small_seeds)
    engine.build()
    hashed = []
    real = build.file_sha256
    seeds = {"engineer.txt", "scientist.md", "pm.txt"}
    monkeypatch.setattr(build, "file_sha256",
                        lambda path: (path.name in seeds and hashed.append(path.name)) or real(path))
    assert engine.build().up_to_date and hashed == []  # size and time recorded: no seed read
    path = small_seeds / "scientist.md"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))  # touched
    assert build.staleness(engine.settings, storage.read_manifest(engine.settings.index_dir),
                           engine.embedder.sha256) is None
    assert engine.build().up_to_date and hashed.count("scientist.md") == 2  # read, same bytes
    text = path.read_text()
    path.write_text(text.replace("patterns", "PATTERNS"))  # same size, new bytes, new time
    assert engine.build().files_embedded == ("scientist.md",)
