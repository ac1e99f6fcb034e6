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


# Three made-up roles, written for the tests (not the seeds' wording): one defines its short form
# ("Feature Store Engineer (FSE)"), two give salaries by level, all have skills.
ROLE_DOCS = {
    "model-risk-analyst.txt": """Model Risk Analyst

Overview

A model risk analyst reviews machine learning models for bias, drift and compliance before they are released. Model risk analysts work closely with legal teams and with data scientists.

Salary Ranges

Model risk analysts are paid well because few people combine statistics with regulation.
- Junior model risk analyst: $61,000 to $74,000 per year
- Senior model risk analyst: $128,000 to $142,000 per year

Skills

A model risk analyst needs these skills:
- Statistics and hypothesis testing
- Writing clear audit reports for regulators
- Reading Python and SQL code

Education

Most model risk analysts hold a degree in statistics, law or computer science.
""",
    "feature-store-engineer.txt": """Feature Store Engineer

Overview

A Feature Store Engineer (FSE) builds the pipelines that compute, store and serve the inputs of machine learning models. Feature store engineers keep training and serving data consistent.

Salary Ranges

- Junior feature store engineer: $88,000 to $97,000 per year
- Senior feature store engineer: $151,000 to $166,000 per year

Skills

An FSE needs these skills:
- Apache Spark and streaming systems such as Kafka
- Designing low-latency key-value stores
- Data modelling and schema evolution

Education

A bachelor's degree in software engineering is the usual starting point for an FSE.
""",
    "annotation-lead.txt": """Annotation Lead

Overview

An annotation lead runs the teams that label images, audio and text for training data. Annotation leads write labelling guidelines and measure agreement between annotators.

Salary Ranges

Annotation leads earn between $54,000 and $69,000 per year in most markets.

Skills

Annotation leads need patience, project management and a sharp eye for ambiguous examples.
""",
}


def build_folder(folder: Path, embedder, tmp_path_factory, name: str):
    """(engine, build report) over a folder of documents, its index in a temporary folder."""
    from bot.engine import Engine
    from bot.settings import get_settings

    engine = Engine(get_settings(seeds_dir=folder, index_dir=tmp_path_factory.mktemp(name)),
                    embedder)
    return engine, engine.build()


def assert_quotes_clean_and_exact(engine, markup) -> None:
    """No unit's text matches `markup` (source showing through), and each is exactly the
    extracted text at its offsets."""
    from bot.index import storage

    s = engine.settings
    texts = {}
    for unit in engine.loaded().data.units:
        assert not markup.search(unit.text), (unit.source, unit.text)
        if unit.source not in texts:
            texts[unit.source] = storage.source_text(s.index_dir, s.seeds_dir, unit.source,
                                                     s.max_file_bytes).text
        assert texts[unit.source][unit.start:unit.end] == unit.text
        assert (unit.page is not None) == unit.source.endswith(".pdf")


def write_docs(folder: Path, docs: dict[str, str]) -> Path:
    """`folder` (created) holding each document of `docs` (file name -> text), UTF-8."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_role_docs(folder: Path) -> Path:
    return write_docs(folder, ROLE_DOCS)


@pytest.fixture(scope="session")
def roles_engine(tmp_path_factory, embedder):
    """An engine over ROLE_DOCS, built once per session (shared: do not mutate its files)."""
    from bot.engine import Engine
    from bot.settings import get_settings

    root = tmp_path_factory.mktemp("roles")
    engine = Engine(get_settings(seeds_dir=write_role_docs(root / "seeds"),
                                 index_dir=root / "index"), embedder)
    engine.build()
    return engine


def role_chunks() -> list:
    """ROLE_DOCS parsed and chunked as the index builder does (words stand in for tokens)."""
    from bot.ingest.chunking import chunk_document

    def count(texts):
        return [len(t.split()) for t in texts]

    return [c for name, text in ROLE_DOCS.items() for c in chunk_document(name, text, count, 200)]


@pytest.fixture(scope="session")
def roles_analyzer():
    """An Analyzer over ROLE_DOCS without model or index: knowledge found by the index's own
    extraction, document frequencies of the units' words and headings, the real lexicon."""
    from collections import Counter

    from bot.answer.question import Analyzer
    from bot.index.knowledge import extract
    from bot.index.lexical import tokenize
    from bot.lexicon import load_lexicon

    lexicon = load_lexicon(REPO / "prompts")
    chunks = role_chunks()
    df: Counter[str] = Counter()
    units = [(u, c.title) for c in chunks for u in c.units]
    for u, title in units:
        df.update(set(tokenize(" ".join((title, *u.section, u.label, u.text)))))
    return Analyzer(extract(chunks, lexicon), lexicon, dict(df), len(units))
