"""Faults of the process and of the index files: kill -9 at every step of a rebuild, two
rebuilds at once, and each kind of damaged index file. Nothing may be lost, nothing may answer
wrongly, and every message says what to do."""

from __future__ import annotations

import json
import signal

import numpy as np
import pytest

import procs
from conftest import link_onnx
from bot.index import storage
from bot.errors import IndexError_

QUESTION = "What do data scientists analyze?"


def _verbatim(answer, seeds):
    for c in answer.citations:
        assert (seeds / c.source).read_text(encoding="utf-8")[c.start:c.end] == c.quote
    return answer


def _entries(index_dir):
    return sorted(p.name for p in index_dir.iterdir())


# -- kill -9 during a rebuild -------------------------------------------------------------------

# (function the child stops in, which call, what exists on disk at that moment)
MOMENTS = [
    ("bot.index.embedding:Embedder.encode", 1, "lock held, new vectors being computed"),
    ("bot.index.vectors:VectorStore.save", 1, "chunks.jsonl written into .tmp-g-*, vectors not yet"),
    ("bot.index.storage._fsync_tree", 1, "whole new generation in .tmp-g-*, not yet renamed"),
    ("os.replace", 2, "new g-* renamed into place, .tmp-manifest.json.* written, not committed"),
    ("bot.index.storage.clean_leftovers", 2, "new manifest committed, old generation not yet removed"),
]


@pytest.mark.slow
@pytest.mark.parametrize("pause_at, call, moment", MOMENTS, ids=[m[0] for m in MOMENTS])
def test_kill_9_during_a_rebuild_leaves_an_index_that_answers(
        make_engine, small_seeds, onnx_model, pause_at, call, moment):
    engine = make_engine(small_seeds)
    engine.build()
    index_dir = engine.settings.index_dir
    link_onnx(onnx_model, index_dir)  # as a first `careerbot index` leaves it: no export below
    before = storage.read_manifest(index_dir).generation
    extra = small_seeds / "scientist.md"
    extra.write_text(extra.read_text() + "\nTools\n\nData scientists use SQL and Tableau daily.\n")

    child = procs.start(["index", "--seeds", str(small_seeds), "--index", str(index_dir)],
                        pause_at=pause_at, call=call)
    procs.wait_until_stopped(child)
    frozen = _entries(index_dir)
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL

    if "manifest.json.*" in moment:
        assert any(n.startswith(".tmp-manifest.json.") for n in frozen), frozen
    if ".tmp-g-*" in moment:
        assert any(n.startswith(".tmp-g-") for n in frozen), frozen
    data = storage.load(index_dir)  # whole and readable, whatever the moment
    committed = "committed" in moment and "not committed" not in moment
    assert (data.manifest.generation != before) == committed
    answer = _verbatim(make_engine(small_seeds, auto_rebuild=False).ask(QUESTION), small_seeds)
    assert answer.answered and answer.citations[0].source == "scientist.md"

    report = make_engine(small_seeds).build()  # the next run finishes the job and cleans up
    assert report.files_embedded == (() if committed else ("scientist.md",))
    left = _entries(index_dir)
    assert not [n for n in left if n.startswith(".tmp-")], left
    live = storage.read_manifest(index_dir).generation
    assert live in left and len([n for n in left if n.startswith("g-")]) <= 2
    assert "Tableau" in make_engine(small_seeds).ask("Which tools do data scientists use?").text


# -- two builders -------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_second_build_process_is_refused_while_the_first_holds_the_lock(make_engine, small_seeds):
    index_dir = make_engine(small_seeds).settings.index_dir
    args = ["index", "--full", "--seeds", str(small_seeds), "--index", str(index_dir)]
    first = procs.start(args, pause_at="bot.index.embedding:Embedder.encode")
    procs.wait_until_stopped(first)  # holds index/.lock, halfway through its build
    second = procs.run(args)
    assert second.returncode == 1
    assert f"another build is running (pid {first.pid}" in second.stderr
    assert "wait for it to finish" in second.stderr and "Traceback" not in second.stderr
    first.send_signal(signal.SIGCONT)
    out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err
    assert storage.load(index_dir).manifest.chunk_count > 0
    assert not [n for n in _entries(index_dir) if n.startswith(".tmp-")]


@pytest.mark.slow
def test_two_builds_started_together_never_corrupt_the_index(make_engine, small_seeds):
    index_dir = make_engine(small_seeds).settings.index_dir
    args = ["index", "--full", "--seeds", str(small_seeds), "--index", str(index_dir)]
    children = [procs.start(args), procs.start(args)]
    results = [(c, *c.communicate(timeout=600)) for c in children]
    for child, _, err in results:
        assert "Traceback" not in err
        assert child.returncode == 0 or "another build is running" in err
    assert any(child.returncode == 0 for child, _, _ in results)
    data = storage.load(index_dir)
    assert data.chunk_vectors.count() == len(data.chunks) == data.manifest.chunk_count
    assert not [n for n in _entries(index_dir) if n.startswith(".tmp-")]


# -- damaged index files ------------------------------------------------------------------------

def _truncate(path):
    path.write_bytes(path.read_bytes()[: max(1, path.stat().st_size // 3)])


def _edit_manifest(**changes):
    def edit(index_dir, gen):
        path = index_dir / "manifest.json"
        manifest = json.loads(path.read_text())
        manifest.update(changes)
        path.write_text(json.dumps(manifest))
    return edit


def _drop_a_chunk(index_dir, gen):
    path = gen / "chunks.jsonl"
    lines = path.read_text().splitlines()
    path.write_text("\n".join(lines[:-1]) + "\n")


def _swap_unit_terms(gen):
    """units.npz whose rows do not match the units (one row dropped), a valid archive."""
    from bot.index.terms import Terms
    from bot.index.unitterms import FIELDS

    path = gen / "units.npz"
    terms = Terms.load(path, FIELDS, _rows(path))
    terms.take(np.arange(terms.rows - 1)).save(path)


def _rows(path):
    with np.load(path) as stored:
        return len(stored["text.indptr"]) - 1


DAMAGE = {
    "truncated chunks.faiss": lambda d, g: _truncate(g / "chunks.faiss"),
    "empty units.faiss": lambda d, g: (g / "units.faiss").write_bytes(b""),
    "missing units.faiss": lambda d, g: (g / "units.faiss").unlink(),
    "missing chunks.jsonl": lambda d, g: (g / "chunks.jsonl").unlink(),
    "chunk records do not match the vectors": _drop_a_chunk,
    "garbage line in chunks.jsonl": lambda d, g: (g / "chunks.jsonl").write_text("{oops\n"),
    "missing BM25 counts": lambda d, g: (g / "bm25.npz").unlink(),
    "truncated unit terms": lambda d, g: _truncate(g / "units.npz"),
    "unit terms of another index": lambda d, g: _swap_unit_terms(g),
    "manifest from another model": _edit_manifest(model_sha256="0" * 64,
                                                  model_name="another/model"),
    "manifest with another dimension": _edit_manifest(dimension=768),
    "manifest from another format version": _edit_manifest(format_version=99),
    "manifest names a missing generation": _edit_manifest(generation="g-gone"),
    "manifest is not JSON": lambda d, g: (d / "manifest.json").write_text("{\"format_vers"),
    "manifest is empty": lambda d, g: (d / "manifest.json").write_bytes(b""),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_index_is_named_and_rebuilt_automatically(make_engine, small_seeds, damage):
    engine = make_engine(small_seeds)
    engine.build()
    index_dir = engine.settings.index_dir
    DAMAGE[damage](index_dir, index_dir / storage.read_manifest(index_dir).generation)

    strict = make_engine(small_seeds, auto_rebuild=False)
    with pytest.raises(IndexError_) as error:  # never an answer from a damaged index
        strict.ask(QUESTION)
    assert str(index_dir) in str(error.value) and "`careerbot index" in str(error.value)

    answer = _verbatim(make_engine(small_seeds).ask(QUESTION), small_seeds)
    assert answer.answered and answer.citations[0].source == "scientist.md"
    data = storage.load(index_dir)
    assert data.manifest.model_sha256 == engine.embedder.sha256
    assert data.chunk_vectors.count() == len(data.chunks)


@pytest.mark.slow
def test_the_command_line_reports_a_damaged_index_in_one_line_and_recovers(make_engine, small_seeds):
    engine = make_engine(small_seeds)
    engine.build()
    index_dir = engine.settings.index_dir
    _truncate(index_dir / storage.read_manifest(index_dir).generation / "chunks.faiss")
    where = ["--seeds", str(small_seeds), "--index", str(index_dir)]

    refused = procs.run(["ask", QUESTION, *where], CAREERBOT_AUTO_REBUILD="false")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    error = [line for line in refused.stderr.splitlines() if line.startswith("careerbot: error:")]
    assert len(error) == 1 and "chunks.faiss" in error[0] and "careerbot index --full" in error[0]

    recovered = procs.run(["ask", QUESTION, "--json", *where])
    assert recovered.returncode == 0 and "Traceback" not in recovered.stderr
    assert "rebuilding in full" in recovered.stderr or "building the index" in recovered.stderr
    answer = json.loads(recovered.stdout)
    assert answer["answered"] and answer["citations"][0]["source"] == "scientist.md"


def test_the_live_generation_is_read_leniently_for_clean_up(tmp_path):
    assert storage.live_generation(tmp_path) is None  # no manifest
    (tmp_path / storage.MANIFEST).write_text('{"generation": "g-20261202T000000-abcdef"}')
    assert storage.live_generation(tmp_path) == "g-20261202T000000-abcdef"
    for bad in ("{not json", "[]", '{"generation": "../elsewhere"}', '{"generation": 3}'):
        (tmp_path / storage.MANIFEST).write_text(bad)
        assert storage.live_generation(tmp_path) is None
