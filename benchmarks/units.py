"""Does embedding every unit pay for itself? And do ONNX query vectors change any answer figure?

    python benchmarks/units.py [--corpus seeds|corpus2|...|corpus8] [--split train|sealed|all]

Builds the corpus once (sentence-transformers), then runs its evaluation set (`careerbot eval`'s
figures, one split) three ways on that one index:
  torch   questions embedded by sentence-transformers (the path before the ONNX export);
  onnx    questions embedded by onnxruntime (what `careerbot ask` does now);
  no-unit onnx, with every unit's vector replaced by its chunk's (what a build that embeds only
          chunks would give the answer composer, which is left unchanged).
and prints the build's cost split: bare `encode` time of the chunk texts and of the unit texts.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def figures(engine, name: str, split: str) -> dict:
    """The corpus's evaluation figures for `engine` (one split, conversations included)."""
    from bot.evaluation.corpora import EVAL, Corpus
    from bot.evaluation.report import evaluate

    corpus = Corpus(name, engine.settings, EVAL / name)
    corpus.engine = engine
    report = evaluate(corpus, split)
    return {k: getattr(report, k) for k in ("fact_recall", "answered", "declined", "source_hit",
                                           "verbatim", "ranking", "conversations")}


def main() -> None:
    from bot.engine import Engine
    from bot.index import storage
    from bot.index.embedding import Embedder
    from bot.index.onnxmodel import MODELS_DIR
    from bot.index.vectors import VectorStore
    from bot.ingest.chunking import chunk_embedding_text, unit_embedding_text
    from bot.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    from bot.evaluation.corpora import NAMES, open_corpus

    parser.add_argument("--corpus", choices=NAMES, default="seeds")
    parser.add_argument("--split", choices=["train", "sealed", "all"], default="train",
                        help="split of tests/eval/<corpus>/ to score (default: train)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = shutil.copytree(open_corpus(args.corpus).settings.seeds_dir, Path(tmp) / "seeds")
        settings = get_settings(seeds_dir=seeds, index_dir=Path(tmp) / "index")
        torch_embedder = Embedder()
        Engine(settings, torch_embedder).build(progress=False)
        data = storage.load(settings.index_dir)
        chunk_texts = [chunk_embedding_text(c) for c in data.chunks]
        unit_texts = [unit_embedding_text(c.title, u) for c in data.chunks for u in c.units]
        cost = {}
        for name, texts in (("chunks", chunk_texts), ("units", unit_texts)):
            started = time.perf_counter()
            torch_embedder.encode(texts)
            cost[name] = {"texts": len(texts), "encode_s": round(time.perf_counter() - started, 2)}
        onnx_embedder = Embedder(runtime_dir=settings.index_dir / MODELS_DIR)
        runs = {"torch": Engine(settings, torch_embedder), "onnx": Engine(settings, onnx_embedder)}
        no_unit = Engine(settings, onnx_embedder)
        loaded = no_unit.loaded()
        chunk_rows = loaded.data.chunk_vectors.matrix[loaded.data.unit_chunk]
        loaded.data.unit_vectors = VectorStore(data.manifest.dimension, chunk_rows)
        no_unit._load = lambda: None  # keep the substituted vectors
        runs["no-unit"] = no_unit
        splits = ["train", "sealed"] if args.split == "all" else [args.split]
        results = {f"{name} {split}": figures(engine, args.corpus, split)
                   for split in splits for name, engine in runs.items()}
    print(json.dumps({"build_cost": cost, "eval": results}, indent=2))


if __name__ == "__main__":
    main()
