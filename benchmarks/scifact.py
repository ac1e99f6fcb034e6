"""BEIR SciFact with careerbot's own retrieval: nDCG@10 of BM25 alone, dense alone and the hybrid.

    python benchmarks/scifact.py DATASET_DIR [--cache DIR] [--fusion rrf|convex] [--sweep]

DATASET_DIR holds the standard BEIR files: corpus.jsonl, queries.jsonl and qrels/test.tsv (only
the queries in the test qrels are scored). Each abstract goes through careerbot's chunking
(`bot.ingest.chunking`), embedding (`bot.index.embedding.Embedder`), BM25 tokenisation (`bot.index.lexical`) and
fusion (`bot.answer.retrieval.fuse`): a document's dense and BM25 scores are its best chunk's, then fused. Gains are binary, the
discount log2. Chunk vectors are cached in `.bench-cache/` (gitignored) under a key made of the
model's sha256, the chunker version and the corpus file's sha256, so a second run takes seconds.
Not part of CI or the test suite: embedding the 12,175 chunks took 40 minutes on two busy cores.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.ingest.chunking import CHUNKER_VERSION, chunk_document, chunk_embedding_text  # noqa: E402
from bot.index.embedding import Embedder  # noqa: E402
from bot.index.lexical import LexicalIndex, tokenize  # noqa: E402
from bot.answer.retrieval import fuse  # noqa: E402
from bot.index.storage import lexical_text  # noqa: E402


def load_corpus(folder: Path) -> list[tuple[str, str]]:
    """(doc id, text) with the title as the document's first line, as the chunker expects."""
    docs = []
    with (folder / "corpus.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            title = (row.get("title") or "").strip()
            docs.append((str(row["_id"]), f"{title}\n\n{row.get('text', '').strip()}\n"))
    return docs


def load_qrels(folder: Path) -> dict[str, dict[str, int]]:
    """query id -> {doc id: relevance}; CRLF line endings and the header row are handled."""
    qrels: dict[str, dict[str, int]] = {}
    lines = (folder / "qrels" / "test.tsv").read_text(encoding="utf-8").splitlines()
    for line in lines:
        parts = line.strip().split("\t")
        if len(parts) != 3 or not parts[2].strip().lstrip("-").isdigit():
            continue  # header row or blank
        qrels.setdefault(parts[0], {})[parts[1]] = int(parts[2])
    return qrels


def load_queries(folder: Path, wanted: set[str]) -> dict[str, str]:
    queries = {}
    with (folder / "queries.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if str(row["_id"]) in wanted:
                queries[str(row["_id"])] = row["text"]
    return queries


def chunk_corpus(docs: list[tuple[str, str]], embedder: Embedder, max_tokens: int):
    chunks, owner = [], []
    for number, (doc_id, text) in enumerate(docs):
        for chunk in chunk_document(f"{doc_id}.txt", text, embedder.count_tokens, max_tokens):
            chunks.append(chunk)
            owner.append(number)
    return chunks, np.asarray(owner, dtype=np.int64)


def cached_vectors(cache: Path, key: str, texts: list[str], embedder: Embedder) -> np.ndarray:
    path = cache / f"scifact-{key}.npy"
    if path.exists():
        vectors = np.load(path)
        if len(vectors) == len(texts):
            return vectors
    started = time.perf_counter()
    vectors = embedder.encode(texts, progress=sys.stderr.isatty())
    print(f"embedded {len(texts)} chunks in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    cache.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def doc_scores(chunk_scores: np.ndarray, owner: np.ndarray, n_docs: int) -> np.ndarray:
    """A document's score is its best chunk's."""
    out = np.full(n_docs, -np.inf, dtype=np.float64)
    np.maximum.at(out, owner, chunk_scores.astype(np.float64))
    return out


def ndcg_at_10(scores: np.ndarray, doc_ids: list[str], relevant: dict[str, int]) -> float:
    top = np.argpartition(-scores, 10)[:10]
    top = top[np.argsort(-scores[top], kind="stable")]
    dcg = sum(1.0 / math.log2(rank + 2) for rank, row in enumerate(top)
              if relevant.get(doc_ids[row], 0) > 0)
    ideal = sum(1.0 / math.log2(rank + 2) for rank in range(min(10, sum(v > 0 for v in relevant.values()))))
    return dcg / ideal if ideal else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", type=Path, help="BEIR SciFact folder (corpus.jsonl, queries.jsonl, qrels/)")
    parser.add_argument("--cache", type=Path, default=REPO / ".bench-cache")
    parser.add_argument("--chunk-tokens", type=int, default=200)
    parser.add_argument("--fusion", choices=("rrf", "convex"), default="convex")
    parser.add_argument("--dense-weight", type=float, default=0.6)
    parser.add_argument("--rrf-k", type=int, default=60)
    parser.add_argument("--sweep", action="store_true", help="also print nDCG@10 over fusion settings")
    args = parser.parse_args(argv)

    for name in ("corpus.jsonl", "queries.jsonl", "qrels/test.tsv"):
        if not (args.dataset / name).is_file():
            parser.error(f"{args.dataset / name} is missing: pass a BEIR SciFact folder")
    docs = load_corpus(args.dataset)
    doc_ids = [d for d, _ in docs]
    qrels = load_qrels(args.dataset)
    queries = load_queries(args.dataset, set(qrels))
    embedder = Embedder()
    chunks, owner = chunk_corpus(docs, embedder, args.chunk_tokens)
    corpus_sha = hashlib.sha256((args.dataset / "corpus.jsonl").read_bytes()).hexdigest()[:12]
    key = f"{embedder.sha256[:12]}-c{CHUNKER_VERSION}-t{args.chunk_tokens}-{corpus_sha}"
    vectors = cached_vectors(args.cache, key, [chunk_embedding_text(c) for c in chunks], embedder)
    lexical = LexicalIndex.build([lexical_text(c) for c in chunks])
    ids = sorted(queries)
    qvecs = embedder.encode([queries[q] for q in ids])
    per_query = [(vectors @ qv, lexical.scores(tokenize(queries[q]))) for q, qv in zip(ids, qvecs)]

    def run(method: str, weight: float, rrf_k: int, which: str = "hybrid") -> float:
        total = 0.0
        for q, (dense, bm25) in zip(ids, per_query):
            d, b = doc_scores(dense, owner, len(docs)), doc_scores(bm25, owner, len(docs))
            scores = d if which == "dense" else b if which == "bm25" else fuse(d, b, method, weight, rrf_k)
            total += ndcg_at_10(scores, doc_ids, qrels[q])
        return total / len(ids)

    print(f"BEIR SciFact: {len(docs)} documents, {len(chunks)} chunks, {len(ids)} test queries")
    print(f"{'method':<40} nDCG@10")
    print(f"{'BM25 (bot.index.lexical)':<40} {run('', 0, 0, 'bm25'):.4f}")
    print(f"{'dense (all-MiniLM-L6-v2)':<40} {run('', 0, 0, 'dense'):.4f}")
    label = f"hybrid ({args.fusion}, " + (f"w={args.dense_weight})" if args.fusion == "convex"
                                          else f"k={args.rrf_k})")
    print(f"{label:<40} {run(args.fusion, args.dense_weight, args.rrf_k):.4f}")
    if args.sweep:
        for w in (0.4, 0.5, 0.6, 0.7, 0.8):
            print(f"{f'  convex w={w}':<40} {run('convex', w, 60):.4f}")
        for k in (10, 30, 60):
            print(f"{f'  rrf k={k}':<40} {run('rrf', 0, k):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
