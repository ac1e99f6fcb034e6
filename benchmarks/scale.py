"""Scale benchmarks (not in CI): BEIR SciFact through careerbot's own build, and an index grown to
100,000 chunks. Every figure is printed with a ratio to the bare operation measured in the run.

    python benchmarks/scale.py scifact DATASET_DIR [--docs 400] [--work DIR]
    python benchmarks/scale.py grown DATASET_DIR [--chunks 100000] [--docs 400] [--work DIR]

scifact: abstracts become .txt files in a seeds folder (the test queries' relevant abstracts
first, then others up to --docs; 0 = all 5,183), the ONNX export is made (timed apart: once per
index folder), `careerbot index` runs in a fresh process (wall time, peak RSS), then a bare `encode`
of exactly the texts the build embedded (the build's runtime, onnxruntime), the
index's size on disk, a fresh process's Engine load time and RSS after load, `ask()` p50/p95
against a bare query embedding, and nDCG@10 of `bot.search` over the test queries whose
relevant abstracts are in the folder (a subset is easier than the full corpus: compare runs of
the same --docs only).

grown: takes that SciFact index (built first if --work has none) and grows it to --chunks
chunks by copying its seed files into copy-NNN/ folders with their chunks and vectors (vectors
jittered, so no two are equal), committed through bot.index.storage like a build. Then, in a
fresh process: load time, RSS against the raw vectors, query p95 of retrieval (`Engine.search`:
query analysis, embedding, dense + BM25 fusion; the answer composer is left out, see the
report), flat against HNSW search (latency and recall@10); and a one-file edit rebuilt by
`build_index`. The embedding time of a real build of that size is the SciFact build's
throughput times the number of texts (printed as an estimate).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")


# -- helpers --------------------------------------------------------------------------------

def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def rss_mb() -> float:
    """Resident memory now (not the peak)."""
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def disk_mb(folder: Path, skip: str = "") -> float:
    return sum(p.stat().st_size for p in folder.rglob("*")
               if p.is_file() and not (skip and skip in p.parts)) / 2**20


def show(name: str, value: float, unit: str, ratio: float | None = None, against: str = "") -> None:
    tail = f"   ratio {ratio:.3f} ({against})" if ratio is not None else ""
    print(f"  {name:<44} {value:>12.3f} {unit:<6}{tail}", flush=True)


def env_for(seeds: Path, index: Path) -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), CAREERBOT_SEEDS_DIR=str(seeds),
                CAREERBOT_INDEX_DIR=str(index))


def child(command: str, *args: str, env: dict[str, str]) -> dict:
    """Run a measurement in a fresh process (clean RSS, cold imports); it prints one JSON line."""
    done = subprocess.run([sys.executable, __file__, command, *args], env=env, cwd=REPO,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{command} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- SciFact ----------------------------------------------------------------------------------

def load_scifact(folder: Path):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from scifact import load_corpus, load_qrels, load_queries

    docs = load_corpus(folder)
    qrels = load_qrels(folder)
    return docs, qrels, load_queries(folder, set(qrels))


def write_seeds(docs, qrels, limit: int, seeds: Path) -> set[str]:
    """The relevant abstracts first, then the others in corpus order, up to `limit` (0: all)."""
    relevant = {d for rel in qrels.values() for d, g in rel.items() if g > 0}
    ordered = [d for d in docs if d[0] in relevant] + [d for d in docs if d[0] not in relevant]
    chosen = ordered if limit <= 0 else ordered[:limit]
    seeds.mkdir(parents=True, exist_ok=True)
    for doc_id, text in chosen:
        (seeds / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    return {d for d, _ in chosen}


def build_scifact(dataset: Path, docs_limit: int, work: Path) -> dict:
    """`careerbot index` over the abstracts; reused when `work` already holds it, built by this
    chunker (a grown index copies its records: an old chunker's would make the edit benchmark
    re-embed all of them)."""
    from bot.ingest.chunking import CHUNKER_VERSION

    seeds, index = work / "seeds", work / "index"
    stamp = work / "build.json"
    if stamp.exists() and (index / "manifest.json").exists() and json.loads(
            (index / "manifest.json").read_text()).get("chunker_version") == CHUNKER_VERSION:
        return json.loads(stamp.read_text())
    shutil.rmtree(work, ignore_errors=True)
    docs, qrels, _ = load_scifact(dataset)
    kept = write_seeds(docs, qrels, docs_limit, seeds)
    exported = child("_export", env=env_for(seeds, index))  # once per index folder, timed apart
    started = time.perf_counter()
    report = child("_index", env=env_for(seeds, index))
    wall = time.perf_counter() - started
    result = {"docs": len(kept), "build_wall_s": wall, "build_report_s": report["seconds"],
              "texts_embedded": report["texts_embedded"], "chunks": report["chunk_count"],
              "build_peak_rss_mb": report["peak_rss_mb"], "export_s": exported["seconds"]}
    stamp.write_text(json.dumps(result))
    return result


def bench_scifact(args) -> None:
    work = args.work
    built = build_scifact(args.dataset, args.docs, work)
    seeds, index = work / "seeds", work / "index"
    print(f"SciFact through `careerbot index`: {built['docs']} abstracts, {built['chunks']} chunks, "
          f"{built['texts_embedded']} texts embedded (chunks and units)")
    bare = child("_bare_encode", env=env_for(seeds, index))
    show("full build (careerbot index, wall)", built["build_wall_s"], "s")
    show("  of which build_index", built["build_report_s"], "s")
    show("ONNX export before it (once per index)", built.get("export_s", float("nan")), "s")
    show("bare encode of the same texts", bare["seconds"], "s")
    show("build throughput", built["texts_embedded"] / built["build_wall_s"], "txt/s",
         bare["seconds"] / built["build_wall_s"], "build / bare encode throughput")
    show("build peak RSS", built["build_peak_rss_mb"], "MB")
    size = disk_mb(index, skip="models")
    vectors_mb = (built["chunks"] + bare["units"]) * 384 * 4 / 2**20
    show("index on disk (without models/)", size, "MB", size / vectors_mb, "/ raw vectors")
    show("ONNX query model on disk", disk_mb(index / "models"), "MB")
    measured = child("_engine", str(args.dataset), str(args.queries), env=env_for(seeds, index))
    show("Engine load (fresh process)", measured["load_s"], "s")
    show("RSS after load", measured["rss_after_load_mb"], "MB",
         measured["rss_after_load_mb"] / measured["rss_before_load_mb"], "/ RSS before load")
    show("ask() p50", measured["ask_p50_ms"], "ms",
         measured["ask_p50_ms"] / measured["bare_p50_ms"], "/ bare query embedding p50")
    show("ask() p95", measured["ask_p95_ms"], "ms",
         measured["ask_p95_ms"] / measured["bare_p95_ms"], "/ bare query embedding p95")
    show("bare query embedding p95 (onnxruntime)", measured["bare_p95_ms"], "ms")
    show(f"nDCG@10 of bot.search ({measured['queries']} queries)", measured["ndcg10"], "",
         measured["ndcg10"] / 0.72, "/ 0.72")


def _bare_encode() -> None:
    """Child: encode exactly the texts the build embedded, with the build's embedder."""
    from bot.index import storage
    from bot.index.embedding import Embedder
    from bot.index.onnxmodel import MODELS_DIR
    from bot.ingest.chunking import chunk_embedding_text, unit_embedding_text
    from bot.settings import get_settings

    data = storage.load(get_settings().index_dir)
    texts = [chunk_embedding_text(c) for c in data.chunks]
    texts += [unit_embedding_text(c.title, u) for c in data.chunks for u in c.units]
    embedder = Embedder(runtime_dir=get_settings().index_dir / MODELS_DIR)  # as the build does
    embedder.batch_encoder  # loading is not encoding
    started = time.perf_counter()
    embedder.encode(texts)
    print(json.dumps({"seconds": time.perf_counter() - started, "texts": len(texts),
                      "units": len(data.units)}))


def _index() -> None:
    """Child: `careerbot index --json`, then this process's peak RSS."""
    import contextlib
    import io

    from bot.cli import main as cli

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        if cli(["-q", "index", "--json"]) != 0:
            raise SystemExit("careerbot index failed")
    report = json.loads(out.getvalue())
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(report))


def _export() -> None:
    """Child: the ONNX export a first `careerbot index` makes, timed on its own."""
    from bot.index.embedding import Embedder
    from bot.index.onnxmodel import MODELS_DIR
    from bot.settings import get_settings

    started = time.perf_counter()
    Embedder(runtime_dir=get_settings().index_dir / MODELS_DIR).prepare_onnx()
    print(json.dumps({"seconds": time.perf_counter() - started}))


def _engine(dataset: str, n_queries: str) -> None:
    """Child: cold Engine load, RSS, ask() and bare query embedding latencies, nDCG@10."""
    from bot.engine import Engine
    from bot.settings import get_settings

    docs, qrels, queries = load_scifact(Path(dataset))
    before = rss_mb()
    engine = Engine(get_settings())
    started = time.perf_counter()
    engine.loaded()
    load = time.perf_counter() - started
    after = rss_mb()
    present = {p.stem for p in get_settings().seeds_dir.glob("*.txt")}
    judged = [q for q in sorted(queries) if any(d in present for d in qrels[q])]
    encoder = engine.embedder.query_encoder
    engine.ask("warm up: what causes inflammation?")
    asks, bares = [], []
    for q in judged[: int(n_queries)]:
        engine.clear_query_cache()
        started = time.perf_counter()
        engine.ask(queries[q])
        asks.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        encoder.encode([queries[q]])
        bares.append((time.perf_counter() - started) * 1000)
    total = 0.0
    for q in judged:
        ranked = list(dict.fromkeys(Path(h.chunk.source).stem for h in engine.search(queries[q], 50)))
        total += ndcg10(ranked[:10], qrels[q])
    print(json.dumps({
        "load_s": load, "rss_before_load_mb": before, "rss_after_load_mb": after,
        "ask_p50_ms": percentile(asks, 50), "ask_p95_ms": percentile(asks, 95),
        "bare_p50_ms": percentile(bares, 50), "bare_p95_ms": percentile(bares, 95),
        "queries": len(judged), "ndcg10": total / len(judged)}))


def ndcg10(ranked: list[str], relevant: dict[str, int]) -> float:
    dcg = sum(1.0 / math.log2(i + 2) for i, d in enumerate(ranked) if relevant.get(d, 0) > 0)
    n = min(10, sum(g > 0 for g in relevant.values()))
    ideal = sum(1.0 / math.log2(i + 2) for i in range(n))
    return dcg / ideal if ideal else 0.0


# -- grown to N chunks --------------------------------------------------------------------------

def grow(base_seeds: Path, base_index: Path, target_chunks: int, seeds: Path, index: Path) -> dict:
    """Copies of the base files (copy-NNN/…) with their chunks and vectors, committed as one
    generation by bot.index.storage; the ONNX query model is linked from the base index."""
    from datetime import datetime, timezone

    from bot.index import storage
    from bot.index.build import lexicon_sha256
    from bot.ingest.hashing import short_hash
    from bot.records import FileEntry, Manifest
    from bot.settings import get_settings

    base = storage.load(base_index)
    copies = max(1, math.ceil(target_chunks / len(base.chunks)))
    rng = np.random.default_rng(0)
    shutil.rmtree(seeds, ignore_errors=True)
    shutil.rmtree(index, ignore_errors=True)
    (index / "models").mkdir(parents=True)
    for model in (base_index / "models").glob("*.onnx"):
        os.link(model, index / "models" / model.name)
    chunks, files = [], {}
    for n in range(copies):
        folder = f"copy-{n:03d}"
        shutil.copytree(base_seeds, seeds / folder)
        for chunk in base.chunks:
            source = f"{folder}/{chunk.source}"
            units = tuple(u.model_copy(update={"id": short_hash(source, u.id), "source": source})
                          for u in chunk.units)
            chunks.append(chunk.model_copy(update={
                "id": short_hash(source, chunk.id), "source": source, "units": units}))
        for name, entry in base.manifest.files.items():
            st = (seeds / folder / name).stat()  # as a build records them
            files[f"{folder}/{name}"] = entry.model_copy(
                update={"size": st.st_size, "mtime_ns": st.st_mtime_ns})
        if len(chunks) >= target_chunks:
            break
    done = len(chunks) // len(base.chunks)

    def jitter(matrix: np.ndarray) -> np.ndarray:
        rows = np.tile(matrix, (done, 1))
        rows += rng.normal(0, 0.01, rows.shape).astype(np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    m = base.manifest
    manifest = Manifest(
        format_version=storage.FORMAT_VERSION, generation=storage.new_generation_name(),
        model_name=m.model_name, model_sha256=m.model_sha256, dimension=m.dimension,
        chunker_version=m.chunker_version, files=files, chunk_count=len(chunks),
        unit_count=sum(len(c.units) for c in chunks), built_at=datetime.now(timezone.utc),
        extra={"lexicon_sha256": lexicon_sha256(get_settings(seeds_dir=seeds, index_dir=index))})
    started = time.perf_counter()
    from bot.index.knowledge import observe
    from bot.lexicon import load_lexicon

    rows = storage.GenerationRows.from_chunks(
        chunks, observe(chunks, load_lexicon(REPO / "prompts")))  # as a build keeps them
    storage.write_generation(index, manifest, chunks, jitter(base.chunk_vectors.matrix),
                             jitter(base.unit_vectors.matrix), base.knowledge, rows=rows)
    return {"chunks": len(chunks), "units": manifest.unit_count, "files": len(files),
            "write_s": time.perf_counter() - started}


def bench_grown(args) -> None:
    built = build_scifact(args.dataset, args.docs, args.work)
    seeds, index = args.work / f"grown-seeds-{args.chunks}", args.work / f"grown-index-{args.chunks}"
    grown = grow(args.work / "seeds", args.work / "index", args.chunks, seeds, index)
    per_chunk = built["texts_embedded"] / built["chunks"]
    print(f"Index grown to {grown['chunks']} chunks ({grown['units']} units, {grown['files']} "
          f"files) from the SciFact build of {built['chunks']} chunks")
    show("estimated full build (SciFact throughput)",
         grown["chunks"] * per_chunk * built["build_wall_s"] / built["texts_embedded"] / 60, "min")
    show("writing the generation (storage, BM25)", grown["write_s"], "s")
    raw = (grown["chunks"] + grown["units"]) * 384 * 4 / 2**20
    chunk_raw = grown["chunks"] * 384 * 4 / 2**20
    size = disk_mb(index, skip="models")
    show("index on disk (without models/)", size, "MB", size / raw, "/ raw chunk+unit vectors")
    measured = child("_retrieval", str(args.dataset), env=env_for(seeds, index))
    show("load (Engine: records, vectors, BM25, unit table)", measured["load_s"], "s")
    show("raw vectors (chunks + units, float32)", raw, "MB", raw / chunk_raw, "/ chunk vectors alone")
    show("RSS after load", measured["rss_after_load_mb"], "MB",
         measured["rss_after_load_mb"] / raw, "/ raw chunk+unit vectors")
    grew = measured["rss_after_load_mb"] - measured["rss_before_load_mb"]
    show("  RSS added by loading", grew, "MB", grew / raw, "/ raw chunk+unit vectors")
    show("query p50 (Engine.search)", measured["search_p50_ms"], "ms",
         measured["search_p50_ms"] / measured["bare_p50_ms"], "/ bare query embedding p50")
    show("query p95 (Engine.search)", measured["search_p95_ms"], "ms",
         measured["search_p95_ms"] / measured["bare_p95_ms"], "/ bare query embedding p95")
    show("ask() p50 (Engine.ask: retrieval, unit features, ranker, citations)",
         measured["ask_p50_ms"], "ms", measured["ask_p50_ms"] / measured["bare_p50_ms"],
         "/ bare query embedding p50")
    show("ask() p95", measured["ask_p95_ms"], "ms", measured["ask_p95_ms"] / measured["bare_p95_ms"],
         "/ bare query embedding p95")
    show("nearest 30 units p95 (unit vector search)", measured["units_p95_ms"], "ms")
    if measured["approximate"]:
        show("inverted-file recall@10 against exact, chunks", measured["ivf_recall10_chunks"], "")
        show("inverted-file recall@10 against exact, units", measured["ivf_recall10_units"], "")
    for size, ann in measured["ann"].items():
        print(f"  flat against HNSW over the first {size} chunk vectors:")
        show("    flat top-10 p95 (exact)", ann["flat_p95_ms"], "ms")
        show("    HNSW build (M=32, efConstruction=40)", ann["hnsw_build_s"], "s")
        for ef in (64, 256):
            got = ann[f"ef{ef}"]
            show(f"    HNSW top-10 p95 (efSearch={ef})", got["p95_ms"], "ms",
                 got["p95_ms"] / ann["flat_p95_ms"], "/ flat p95")
            show(f"    HNSW recall@10 (efSearch={ef})", got["recall10"], "", got["recall10"],
                 "/ flat = 1")
    edit = edit_rebuild(seeds, index)
    show("one-file edit rebuilt (build_index)", edit["seconds"], "s",
         edit["seconds"] / grown["write_s"], "/ writing the whole generation")
    show("  texts embedded by it", edit["texts_embedded"], "")


def _retrieval(dataset: str) -> None:
    """Child: load the grown index as `careerbot serve` does (records, vectors, BM25 and the
    answer stage's unit table), then time retrieval, whole answers, flat and HNSW search."""
    from bot.engine import Engine

    _, qrels, queries = load_scifact(Path(dataset))
    engine = Engine(get_settings_from_env())
    engine.embedder.query_encoder  # the model's load is timed by the cold-start benchmark
    before = rss_mb()
    started = time.perf_counter()
    engine._load()
    load = time.perf_counter() - started
    after = rss_mb()
    engine.watched = True  # no staleness checks inside the timings
    data = engine._loaded.data
    encoder = engine.embedder.query_encoder
    texts = [queries[q] for q in sorted(queries)][:200]
    engine.search("warm up", 10)
    engine.ask("warm up")
    searches, asks, bares, units, vectors = [], [], [], [], []
    ivf_chunks, ivf_units = [], []
    for text in texts:
        engine.clear_query_cache()
        started = time.perf_counter()
        engine.search(text, 10)
        searches.append((time.perf_counter() - started) * 1000)
        engine.clear_query_cache()
        started = time.perf_counter()
        engine.ask(text)
        asks.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        vector = encoder.encode([text])[0]
        bares.append((time.perf_counter() - started) * 1000)
        vectors.append(vector)
        started = time.perf_counter()
        data.unit_vectors.search(vector, 30)
        units.append((time.perf_counter() - started) * 1000)
        for store, found in ((data.chunk_vectors, ivf_chunks), (data.unit_vectors, ivf_units)):
            exact = np.argpartition(-(store.matrix @ vector), 10)[:10]
            found.append(len(set(exact.tolist()) & set(store.search(vector, 10)[1].tolist())) / 10)
    matrix = np.asarray(data.chunk_vectors.matrix)
    sizes = [n for n in (10_000, 30_000) if n < len(matrix)] + [len(matrix)]
    ann = {n: flat_vs_hnsw(matrix[:n], vectors) for n in sizes}
    print(json.dumps({
        "load_s": load, "rss_before_load_mb": before, "rss_after_load_mb": after,
        "search_p50_ms": percentile(searches, 50), "search_p95_ms": percentile(searches, 95),
        "ask_p50_ms": percentile(asks, 50), "ask_p95_ms": percentile(asks, 95),
        "bare_p50_ms": percentile(bares, 50), "bare_p95_ms": percentile(bares, 95),
        "units_p95_ms": percentile(units, 95), "ann": ann,
        "approximate": data.chunk_vectors.approximate,
        "ivf_recall10_chunks": float(np.mean(ivf_chunks)), "ivf_recall10_units": float(np.mean(ivf_units))}))


def get_settings_from_env():
    from bot.settings import get_settings

    return get_settings()


def flat_vs_hnsw(matrix: np.ndarray, vectors: list[np.ndarray]) -> dict:
    """Exact top-10 (a matrix-vector product, as retrieval scores every chunk) against
    faiss.IndexHNSWFlat (M=32, efConstruction=40, efSearch 64 and 256, inner product). The
    grown corpus is copies of a few hundred vectors with a little noise: near-duplicates make
    recall lower than on distinct texts."""
    import faiss

    flats, exact = [], []
    for vector in vectors:
        started = time.perf_counter()
        scores = matrix @ vector
        top = np.argpartition(-scores, 10)[:10]
        flats.append((time.perf_counter() - started) * 1000)
        exact.append(set(top.tolist()))
    started = time.perf_counter()
    hnsw = faiss.IndexHNSWFlat(matrix.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    hnsw.add(np.ascontiguousarray(matrix))
    build = time.perf_counter() - started
    out = {"flat_p95_ms": percentile(flats, 95), "hnsw_build_s": build}
    for ef in (64, 256):
        hnsw.hnsw.efSearch = ef
        times, hits = [], 0
        for vector, truth in zip(vectors, exact):
            started = time.perf_counter()
            _, rows = hnsw.search(vector.reshape(1, -1), 10)
            times.append((time.perf_counter() - started) * 1000)
            hits += len(truth & set(rows[0].tolist()))
        out[f"ef{ef}"] = {"p95_ms": percentile(times, 95), "recall10": hits / (10 * len(vectors))}
    return out


def edit_rebuild(seeds: Path, index: Path) -> dict:
    """Append a sentence to one file and time `build_index` (the model loaded beforehand)."""
    from bot.index.build import build_index
    from bot.index.embedding import Embedder
    from bot.index.onnxmodel import MODELS_DIR
    from bot.settings import get_settings

    settings = get_settings(seeds_dir=seeds, index_dir=index)
    embedder = Embedder(runtime_dir=index / MODELS_DIR)
    embedder.batch_encoder  # loading is not rebuilding
    edited = sorted(seeds.rglob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8")
                      + "\nA new closing sentence for the benchmark.\n", encoding="utf-8")
    started = time.perf_counter()
    report = build_index(settings, embedder, progress=False)
    return {"seconds": time.perf_counter() - started, "texts_embedded": report.texts_embedded}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0].startswith("_"):  # a measurement in a child process
        {"_bare_encode": _bare_encode, "_engine": _engine, "_export": _export,
         "_index": _index, "_retrieval": _retrieval}[argv[0]](*argv[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("which", choices=("scifact", "grown"))
    parser.add_argument("dataset", type=Path, help="BEIR SciFact folder (corpus.jsonl, qrels/)")
    parser.add_argument("--docs", type=int, default=400, help="abstracts to index (0: all)")
    parser.add_argument("--queries", type=int, default=100, help="questions timed by ask()")
    parser.add_argument("--chunks", type=int, default=100_000, help="grown index size")
    parser.add_argument("--work", type=Path, help="keep the SciFact build here and reuse it")
    args = parser.parse_args(argv)
    if not (args.dataset / "corpus.jsonl").is_file():
        parser.error(f"{args.dataset / 'corpus.jsonl'} is missing: pass a BEIR SciFact folder")
    with tempfile.TemporaryDirectory() as tmp:
        args.work = args.work or Path(tmp) / "scale"
        (bench_scifact if args.which == "scifact" else bench_grown)(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
