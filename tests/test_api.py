"""The public Python API: what `import bot` exposes and what it costs."""

from __future__ import annotations

import subprocess
import sys

import bot
from conftest import REPO


def test_import_bot_loads_no_model_index_torch_or_gradio():
    code = ("import sys, bot; heavy = [m for m in ('torch', 'gradio', 'faiss', "
            "'sentence_transformers', 'transformers') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_public_names_are_exported():
    for name in bot.__all__:
        assert getattr(bot, name) is not None
    assert callable(bot.ask) and callable(bot.search) and callable(bot.build_index)


def test_ask_and_chat_through_the_top_level_api(seeds_index, monkeypatch, engine):
    from bot import api

    monkeypatch.setattr(api, "default_engine", lambda settings=None: engine)
    answer = bot.ask("What does a senior ML engineer earn?")
    assert isinstance(answer, bot.Answer) and answer.answered
    assert all(isinstance(c, bot.Citation) for c in answer.citations)
    chat = bot.Chat(engine)
    chat.ask("What does a junior ML engineer earn?")
    follow = chat.ask("and a senior one?")
    assert "senior" in follow.query.lower() and follow.answered
    assert len(chat.history) == 4


def test_build_index_returns_a_typed_report(small_seeds, tmp_path, embedder, monkeypatch):
    from bot import api

    real = api.default_engine

    def with_shared_model(settings=None):
        engine = real(settings)
        engine.embedder = embedder
        return engine

    monkeypatch.setattr(api, "default_engine", with_shared_model)
    report = bot.build_index(seeds_dir=small_seeds, index_dir=tmp_path / "idx")
    assert isinstance(report, bot.BuildReport) and report.chunk_count > 0
    again = bot.build_index(seeds_dir=small_seeds, index_dir=tmp_path / "idx")
    assert again.up_to_date and again.texts_embedded == 0
