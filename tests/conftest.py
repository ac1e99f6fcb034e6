"""Shared fixtures: the real model (loaded once per session), indexes built in tmp folders,
and environment isolation so no test touches the repository's own index/ or ~/.local."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch):
    """Point every careerbot path at a temporary folder unless a test sets its own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CAREERBOT_INDEX_DIR", str(home / "index"))
    monkeypatch.setenv("CAREERBOT_FEEDBACK_PATH", str(home / "feedback.jsonl"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))


@pytest.fixture(scope="session")
def embedder():
    from bot.index.embedding import Embedder

    e = Embedder()
    e.model  # load once for the whole session
    return e


@pytest.fixture(scope="session")
def onnx_model(tmp_path_factory, embedder) -> Path:
    """The bundled model exported to ONNX, once per session."""
    from bot.index.embedding import Embedder

    return Embedder(runtime_dir=tmp_path_factory.mktemp("onnx-model")).prepare_onnx()


def link_onnx(model: Path, index_dir: Path) -> None:
    """Put the session's export beside an index, where `careerbot index` leaves it."""
    from bot.index.onnxmodel import MODELS_DIR

    (index_dir / MODELS_DIR).mkdir(parents=True, exist_ok=True)
    if not (index_dir / MODELS_DIR / model.name).exists():
        os.link(model, index_dir / MODELS_DIR / model.name)


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory, embedder) -> Path:
    """An index of the real seeds, built once per session with the real model."""
    from bot.engine import Engine
    from bot.settings import get_settings

    folder = tmp_path_factory.mktemp("seeds-index")
    Engine(get_settings(seeds_dir=SEEDS, index_dir=folder), embedder).build()
    return folder


@pytest.fixture(scope="session")
def engine(seeds_index, embedder):
    """An engine answering from the real seeds (shared: do not mutate its files)."""
    from bot.engine import Engine
    from bot.settings import get_settings

    return Engine(get_settings(seeds_dir=SEEDS, index_dir=seeds_index), embedder)


@pytest.fixture
def make_engine(embedder, tmp_path):
    """Factory for an engine over a fresh seeds folder in tmp_path."""
    from bot.engine import Engine
    from bot.settings import get_settings

    def make(seeds: Path | None = None, index: Path | None = None, **overrides):
        seeds = seeds or tmp_path / "seeds"
        seeds.mkdir(exist_ok=True)
        settings = get_settings(seeds_dir=seeds, index_dir=index or tmp_path / "index", **overrides)
        return Engine(settings, embedder)

    return make


@pytest.fixture
def small_seeds(tmp_path) -> Path:
    """Three short real documents written to tmp_path/seeds."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "engineer.txt").write_text(
        "Machine Learning Engineer\n\nOverview\n\nMachine learning engineers build and deploy "
        "models in production systems. They work with Python and PyTorch every day.\n\n"
        "Salary Ranges\n\nMachine Learning Engineers\n- Entry-level: $96,000 to $120,571\n"
        "- Senior-level: $177,177 to $189,477\n", encoding="utf-8")
    (folder / "scientist.md").write_text(
        "Data Scientist\n\nOverview\n\nData scientists analyze large datasets to find patterns "
        "that guide business decisions. Most hold a degree in statistics or computer science.\n",
        encoding="utf-8")
    (folder / "nested").mkdir()
    (folder / "nested" / "pm.txt").write_text(
        "Product Manager\n\nOverview\n\nML product managers define the product strategy and "
        "work closely with engineers and data scientists on every release.\n", encoding="utf-8")
    return folder


def copy_seeds(target: Path) -> Path:
    shutil.copytree(SEEDS, target)
    return target
