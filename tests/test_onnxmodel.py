"""The torch-free path: an ONNX export of the bundled model, run by onnxruntime, gives
sentence-transformers' vectors; answering, and rebuilding once the export exists, never import
torch."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

from conftest import REPO, SEEDS, link_onnx

HEAVY = ("torch", "transformers", "sentence_transformers")


@pytest.fixture(scope="session")
def onnx_index(seeds_index, onnx_model, tmp_path_factory):
    """A copy of the seeds index with the ONNX export beside it, as `careerbot index` leaves it."""
    folder = tmp_path_factory.mktemp("onnx") / "index"
    shutil.copytree(seeds_index, folder)
    link_onnx(onnx_model, folder)
    return folder


def questions() -> list[str]:
    """Every single-turn question of both evaluation sets (only embedded, never shown)."""
    out = []
    for path in sorted((REPO / "tests" / "eval").glob("*/questions.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        out += [json.loads(line)["question"] for line in lines if line.strip()]
    assert len(out) > 300, "the evaluation sets were not found"
    return out


def test_vectors_agree_with_sentence_transformers_on_every_eval_question(onnx_index, embedder):
    from bot.index.embedding import Embedder
    from bot.index.onnxmodel import MODELS_DIR

    asked = questions() + ["salary", "word " * 400]  # one word, and one cut at 256 word pieces
    reference = embedder.encode(asked)
    onnx = Embedder(runtime_dir=onnx_index / MODELS_DIR)
    single = np.vstack([onnx.encode_query(q) for q in asked])
    batched = onnx.query_encoder.encode(asked)  # padded batches, sorted by length
    assert single.dtype == np.float32 and single.shape == reference.shape
    assert np.sum(single * reference, axis=1).min() >= 0.9999
    assert np.sum(batched * reference, axis=1).min() >= 0.9999
    assert np.allclose(np.linalg.norm(single, axis=1), 1.0, atol=1e-5)


def test_a_question_without_its_role_words_is_pooled_from_the_same_pass_on_both_paths(
        onnx_index, embedder):
    from bot.index.embedding import Embedder
    from bot.index.onnxmodel import MODELS_DIR

    onnx = Embedder(runtime_dir=onnx_index / MODELS_DIR)
    text = "what tools does a data engineer use"
    spans = ((18, 22), (23, 31))  # "data engineer"
    both = onnx.encode_query_without(text, spans)
    assert both.shape == (2, embedder.dimension) and both.dtype == np.float32
    assert np.sum(both[0] * onnx.encode_query(text)) >= 0.9999  # the whole is the question's
    assert np.allclose(np.linalg.norm(both, axis=1), 1.0, atol=1e-5)
    # the rest is neither the question nor the rest embedded alone, but close to both
    alone = onnx.encode_query("what tools does a use")
    assert 0.5 < float(both[1] @ both[0]) < 0.999 and 0.5 < float(both[1] @ alone) < 0.999
    assert np.allclose(embedder.encode_query_without(text, spans), both, atol=1e-4)  # torch
    assert np.array_equal(*onnx.encode_query_without(text, ()))  # nothing left out
    assert np.array_equal(*onnx.encode_query_without("data engineer", ((0, 4), (5, 13))))


def test_pooling_leaves_out_the_word_pieces_inside_the_spans_and_keeps_special_tokens():
    from bot.index.onnxmodel import SentenceConfig, pool_without

    tokens = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 3.0], [1.0, 0.0]], dtype=np.float32)
    offsets = [(0, 0), (0, 4), (5, 9), (0, 0)]  # [CLS] "data" "tool" [SEP]
    config = SentenceConfig(max_seq_length=256, normalize=False, dimension=2, pooling="mean")
    both = pool_without(tokens, offsets, [(0, 4)], config)
    assert np.allclose(both[0], tokens.mean(axis=0))
    assert np.allclose(both[1], tokens[[0, 2, 3]].mean(axis=0))


def test_the_export_is_keyed_by_the_weights_and_made_once(onnx_index, embedder):
    from bot.index.embedding import Embedder
    from bot.index.onnxmodel import MODELS_DIR

    models = onnx_index / MODELS_DIR
    assert [p.name for p in models.iterdir()] == [f"{embedder.sha256}.onnx"]
    before = (models / f"{embedder.sha256}.onnx").stat().st_mtime_ns
    Embedder(runtime_dir=models).prepare_onnx()
    assert (models / f"{embedder.sha256}.onnx").stat().st_mtime_ns == before


def test_a_damaged_export_is_named(tmp_path, embedder):
    from bot.errors import ModelError
    from bot.index.embedding import Embedder

    (tmp_path / f"{embedder.sha256}.onnx").write_bytes(b"not a model")
    with pytest.raises(ModelError, match="not a usable ONNX model.*delete it"):
        Embedder(runtime_dir=tmp_path).encode_query("salary")


def test_an_export_interrupted_by_a_kill_is_cleaned_up(tmp_path):
    from bot.index.onnxmodel import remove_interrupted

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    (tmp_path / f".tmp-abc.onnx.{dead}").write_bytes(b"half")
    (tmp_path / f".tmp-abc.onnx.{os.getpid()}").write_bytes(b"in progress")
    assert remove_interrupted(tmp_path) == [f".tmp-abc.onnx.{dead}"]
    assert (tmp_path / f".tmp-abc.onnx.{os.getpid()}").exists()


CHILD = r"""
import json, os, sys
what = sys.argv[1]
if what == "import":
    import bot
elif what == "ask":
    from bot.cli import main
    main(["-q", "ask", "What does a senior ML engineer earn?"])
elif what == "engine":
    from bot import Engine, get_settings
    answer = Engine(get_settings()).ask("Which skills does a data scientist need?")
    assert answer.answered, answer
elif what == "serve":
    import bot.web.app as app
    options = app.launch_options
    app.launch_options = lambda *a, **k: {**options(*a, **k), "prevent_thread_lock": True}
    from bot.cli import main
    main(["-q", "serve", "--port", sys.argv[2]])  # returns once the page is served
    from bot.api import default_engine
    from bot.settings import get_settings
    assert default_engine(get_settings()).ask("What does an ML engineer earn?").answered
elif what == "rebuild":  # a seed file was edited: ask() rebuilds first, with onnxruntime
    from bot import ask
    assert ask("What does a data scientist do?").answered
heavy = sorted({m.split(".")[0] for m in sys.modules} & {"torch", "transformers", "sentence_transformers"})
print("HEAVY=" + json.dumps(heavy))
"""


@pytest.mark.parametrize("what", ["import", "ask", "engine", "serve", "rebuild"])
def test_answering_and_rebuilding_never_import_torch_once_exported(what, onnx_index, tmp_path):
    from webapp import free_port

    seeds, index = SEEDS, onnx_index
    if what == "rebuild":
        seeds = shutil.copytree(SEEDS, tmp_path / "seeds")
        index = shutil.copytree(onnx_index, tmp_path / "index")
        edited = sorted(seeds.glob("*.txt"))[0]
        edited.write_text(edited.read_text(encoding="utf-8") + "\nOne more closing sentence.\n",
                          encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO), CAREERBOT_SEEDS_DIR=str(seeds),
               CAREERBOT_INDEX_DIR=str(index), GRADIO_TEMP_DIR=str(tmp_path),
               CAREERBOT_FEEDBACK_PATH=str(tmp_path / "feedback.jsonl"))
    done = subprocess.run([sys.executable, "-c", CHILD, what, str(free_port())], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    heavy = json.loads(done.stdout.rsplit("HEAVY=", 1)[1])
    assert heavy == [], f"{what} imported {heavy}"
