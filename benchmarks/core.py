"""Core benchmark: index build and ask() latency, as ratios against bare model calls measured in
the same run (the machines are noisy; ratios and medians travel, absolute times do not).

    python benchmarks/core.py [--seeds DIR] [--repeat 3]
    python benchmarks/core.py --seeds tests/corpus2/docs --repeat 1   # every format

Prints: full build time and throughput vs a bare `encode` of the same texts (onnxruntime, as
`careerbot index` embeds once the model is exported); no-op rebuild time and texts embedded;
one-file-edit rebuild time and texts embedded; warm ask() p50/p95 vs a bare query embedding;
cold `careerbot ask` wall time; peak memory (RSS).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def bench_build(seeds: Path, work: Path, repeat: int) -> dict:
    from bot.ingest.chunking import chunk_embedding_text, unit_embedding_text
    from bot.index.embedding import Embedder
    from bot.engine import Engine
    from bot.settings import get_settings
    from bot.index import storage

    # as `careerbot index` builds: onnxruntime on the ONNX export (made here, outside the timings)
    embedder = Embedder(runtime_dir=work / "models")
    embedder.batch_encoder  # load outside the timings
    builds, bares = [], []
    for i in range(repeat):
        engine = Engine(get_settings(seeds_dir=seeds, index_dir=work / f"ix{i}"), embedder)
        started = time.perf_counter()
        report = engine.build(progress=False)
        builds.append(time.perf_counter() - started)
        data = storage.load(work / f"ix{i}")
        texts = [chunk_embedding_text(c) for c in data.chunks]
        texts += [unit_embedding_text(c.title, u) for c in data.chunks for u in c.units]
        started = time.perf_counter()
        embedder.encode(texts)  # the same runtime, batch size and threads, bare
        bares.append(time.perf_counter() - started)
    n = report.texts_embedded
    build, bare = statistics.median(builds), statistics.median(bares)
    noop = []
    for _ in range(5):
        started = time.perf_counter()
        r = engine.build(progress=False)
        noop.append(time.perf_counter() - started)
    assert r.up_to_date and r.texts_embedded == 0
    # a text file to edit: any seeds folder has one, the mixed-format corpus only markdown
    edited = sorted([*seeds.glob("*.txt"), *seeds.glob("*.md")])[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA new closing sentence for the benchmark.\n",
                      encoding="utf-8")
    started = time.perf_counter()
    edit = engine.build(progress=False)
    edit_seconds = time.perf_counter() - started
    return {
        "texts": n, "full_build_s": round(build, 2), "bare_encode_s": round(bare, 2),
        "build_texts_per_s": round(n / build, 1), "bare_texts_per_s": round(n / bare, 1),
        "throughput_ratio_build_vs_bare": round(bare / build, 3),
        "noop_rebuild_s_median": round(statistics.median(noop), 4), "noop_texts_embedded": 0,
        "one_file_edit_rebuild_s": round(edit_seconds, 2),
        "one_file_edit_texts_embedded": edit.texts_embedded,
        "one_file_edit_files_embedded": list(edit.files_embedded),
        "engine": engine,
    }


def bench_ask(engine, questions: list[str]) -> dict:
    """ask() as users get it, questions embedded by onnxruntime, against that bare embedding."""
    encoder = engine.embedder.query_encoder
    engine.ask("warm up: what does an ML engineer do?")
    asks, bares = [], []
    for q in questions:  # interleaved, so both see the same machine load
        engine.clear_query_cache()
        started = time.perf_counter()
        engine.ask(q)
        asks.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        encoder.encode([q])
        bares.append((time.perf_counter() - started) * 1000)
    return {
        "questions": len(questions),
        "ask_p50_ms": round(percentile(asks, 50), 2), "ask_p95_ms": round(percentile(asks, 95), 2),
        "bare_query_embedding_p50_ms": round(percentile(bares, 50), 2),
        "bare_query_embedding_p95_ms": round(percentile(bares, 95), 2),
        "ratio_p50": round(percentile(asks, 50) / percentile(bares, 50), 3),
        "ratio_p95": round(percentile(asks, 95) / percentile(bares, 95), 3),
    }


def bench_cold_cli(seeds: Path, index: Path, export: Path) -> dict:
    (index / "models").mkdir(exist_ok=True)  # the export beside the index, as a build leaves it
    if not (index / "models" / export.name).exists():
        os.link(export, index / "models" / export.name)
    env = {**os.environ, "CAREERBOT_SEEDS_DIR": str(seeds), "CAREERBOT_INDEX_DIR": str(index)}
    # The child reports its own peak, the high-water mark of its memory map (VmHWM): on Linux
    # ru_maxrss, of RUSAGE_CHILDREN and of RUSAGE_SELF alike, keeps the peak of the map the child
    # was forked from (this process's, after the build above: 1.7 GB), across exec.
    cli = ("import re, sys; from bot.cli import main; code = main(sys.argv[1:]); "
           "status = open('/proc/self/status').read(); "
           "print(re.search(r'VmHWM:\\s*(\\d+)', status).group(1), file=sys.stderr); "
           "sys.exit(code)")
    times, peaks = [], []
    for _ in range(3):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", cli, "-q", "ask", "What does a senior ML engineer earn?"],
                              cwd=REPO, env=env, check=True, capture_output=True, text=True)
        times.append(time.perf_counter() - started)
        peaks.append(int(done.stderr.strip().splitlines()[-1]))
    return {"cold_cli_ask_s_median": round(statistics.median(times), 2),
            "cold_cli_peak_rss_mb": round(max(peaks) / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds", type=Path, default=REPO / "seeds")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--questions", type=Path,
                        default=REPO / "tests" / "eval" / "seeds" / "questions.jsonl",
                        help="evaluation set whose training questions are asked (sealed ones never are)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeds = shutil.copytree(args.seeds, work / "seeds")
        build = bench_build(seeds, work, args.repeat)
        engine = build.pop("engine")
        cases = [json.loads(line) for line in args.questions.read_text().splitlines() if line.strip()]
        questions = [c["question"] for c in cases if c.get("split") == "train"]
        ask = bench_ask(engine, questions)
        cold = bench_cold_cli(seeds, engine.settings.index_dir, engine.embedder.prepare_onnx())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"build": build, "ask": ask, "cli": cold,
                      "benchmark_process_peak_rss_mb": round(peak, 1)}, indent=2))


if __name__ == "__main__":
    main()
