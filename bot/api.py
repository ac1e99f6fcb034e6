"""The Python API: `ask`, `search`, `build_index` and `Chat`, on a shared default engine.

The engine (model and index) is created on first use, for the settings of that moment; pass
keyword overrides to `build_index`, or build an `Engine(get_settings(...))` yourself.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from pathlib import Path

from bot.engine import Engine
from bot.records import Answer, BuildReport, Hit
from bot.settings import Settings, get_settings

_engines: dict[Settings, Engine] = {}
_lock = threading.Lock()


def default_engine(settings: Settings | None = None) -> Engine:
    """The engine for `settings` (default: from the environment), created once per process."""
    settings = settings or _env_settings()
    with _lock:
        engine = _engines.get(settings)
        if engine is None:
            engine = _engines[settings] = Engine(settings)
        return engine


def _env_settings() -> Settings:
    key = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("CAREERBOT_")))
    cached = _settings_cache.get(key)
    if cached is None:
        cached = _settings_cache[key] = get_settings()
    return cached


_settings_cache: dict[tuple, Settings] = {}


def ask(question: str, history: Sequence[dict] | None = None) -> Answer:
    """Answer `question` from the documents. `history` is Gradio's messages format:
    `[{"role": "user" | "assistant", "content": str}, ...]`, oldest first."""
    return default_engine().ask(question, history)


def search(query: str, k: int = 5) -> list[Hit]:
    """The `k` chunks that best match `query`, with fused, dense and BM25 scores."""
    return default_engine().search(query, k)


def build_index(seeds_dir: str | Path | None = None, index_dir: str | Path | None = None,
                full: bool = False, progress: bool | None = None) -> BuildReport:
    """Build or update the index incrementally (`full=True` re-embeds everything)."""
    settings = get_settings(seeds_dir=seeds_dir, index_dir=index_dir) \
        if seeds_dir is not None or index_dir is not None else _env_settings()
    return default_engine(settings).build(full=full, progress=progress)


class Chat:
    """A conversation that keeps its own history: `Chat().ask("...")`, then follow-ups."""

    def __init__(self, engine: Engine | None = None) -> None:
        self.engine = engine or default_engine()
        self.history: list[dict[str, str]] = []

    def ask(self, question: str) -> Answer:
        answer = self.engine.ask(question, self.history)
        self.history += [{"role": "user", "content": question},
                         {"role": "assistant", "content": answer.text}]
        return answer

    def reset(self) -> None:
        self.history.clear()
