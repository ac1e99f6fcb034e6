"""careerbot: an offline, citation-first career-advice chatbot for people moving into ML.

    >>> from bot import ask
    >>> answer = ask("What does a senior ML engineer earn?")
    >>> answer.citations[0].quote

Importing `bot` is cheap: the model, the index, torch and gradio load on first use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    "Answer", "BotError", "BuildReport", "Chat", "Chunk", "Citation", "Engine", "Hit",
    "IndexCorruptError", "IndexLockedError", "IndexNotFoundError", "Settings", "ask",
    "build_index", "get_settings", "search",
]

_WHERE = {
    "ask": "bot.api", "search": "bot.api", "build_index": "bot.api", "Chat": "bot.api",
    "Engine": "bot.engine", "Settings": "bot.settings", "get_settings": "bot.settings",
    "Answer": "bot.records", "BuildReport": "bot.records", "Chunk": "bot.records",
    "Citation": "bot.records", "Hit": "bot.records", "BotError": "bot.errors",
    "IndexCorruptError": "bot.errors", "IndexLockedError": "bot.errors",
    "IndexNotFoundError": "bot.errors",
}

if TYPE_CHECKING:
    from bot.api import Chat, ask, build_index, search
    from bot.engine import Engine
    from bot.errors import BotError, IndexCorruptError, IndexLockedError, IndexNotFoundError
    from bot.records import Answer, BuildReport, Chunk, Citation, Hit
    from bot.settings import Settings, get_settings


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
