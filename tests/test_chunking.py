"""Chunks: exact offsets, stable ids, and small enough for the model to read whole."""

from __future__ import annotations

import pytest

from bot.ingest.chunking import chunk_document, chunk_embedding_text
from bot.index.embedding import MAX_TOKENS
from conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name)
def test_chunks_round_trip_and_fit_the_model(path, embedder):
    text = path.read_text(encoding="utf-8")
    chunks = chunk_document(path.name, text, embedder.count_tokens, 200)
    assert chunks
    sizes = embedder.count_tokens([chunk_embedding_text(c) for c in chunks])
    for chunk, size in zip(chunks, sizes):
        assert text[chunk.start:chunk.end] == chunk.text
        assert size + 2 <= MAX_TOKENS, (chunk.id, size)
        for unit in chunk.units:
            assert chunk.start <= unit.start < unit.end <= chunk.end
            assert text[unit.start:unit.end] == unit.text
    assert len({c.id for c in chunks}) == len(chunks)


def test_chunk_ids_survive_unrelated_edits(embedder):
    text = "Title\n\nOverview\n\nFirst paragraph here.\n\nSkills\n\n- Python\n- Statistics\n"
    before = {c.text: c.id for c in chunk_document("a.txt", text, embedder.count_tokens, 200)}
    edited = text.replace("First paragraph here.", "A rewritten first paragraph, longer now.")
    after = {c.text: c.id for c in chunk_document("a.txt", edited, embedder.count_tokens, 200)}
    assert after["Python\n- Statistics"] == before["Python\n- Statistics"]


def test_an_oversized_sentence_is_cut_into_windows_that_fit(embedder):
    text = "Title\n\nOverview\n\n" + " ".join(["word"] * 2000) + ".\n"
    chunks = chunk_document("big.txt", text, embedder.count_tokens, 200)
    sizes = embedder.count_tokens([chunk_embedding_text(c) for c in chunks])
    assert len(chunks) > 5 and max(sizes) + 2 <= MAX_TOKENS
    for chunk in chunks:
        assert text[chunk.start:chunk.end] == chunk.text


def test_chunks_do_not_cross_headings_or_noise(embedder):
    text = ("Title\n\nSalary\n\nEngineers earn well in most places.\n\nfirst image\n\n"
            "Juniors earn less at first.\n\nSkills\n\nPython matters most of all.\n")
    chunks = chunk_document("a.txt", text, embedder.count_tokens, 200)
    assert [c.text for c in chunks] == [
        "Engineers earn well in most places.", "Juniors earn less at first.",
        "Python matters most of all."]
    assert chunks[2].section == ("Skills",)
