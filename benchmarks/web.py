"""Web chat benchmark: `careerbot serve` start to the page answering its first question, and an
answer's round trip through gradio_client against `engine.ask()` alone (the UI's overhead).

    python benchmarks/web.py [--rounds 30] [--port 7871]

`serve` runs as a real subprocess over the repository's seeds with its index in a temporary
folder, built from scratch when --cold is given (otherwise built once before timing).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
FIRST = "What does a machine learning engineer earn?"


def questions(rounds: int) -> list[str]:
    """Distinct training questions of the seeds' evaluation set (repeats would hit the
    query-vector cache; sealed cases are never used)."""
    import json

    lines = (REPO / "tests" / "eval" / "seeds" / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    found = list(dict.fromkeys(c["question"] for c in cases if c.get("split") == "train"))
    return found[:rounds]


def _env(index_dir: Path, tmp: Path) -> dict[str, str]:
    env = dict(os.environ, HF_HUB_OFFLINE="1", GRADIO_ANALYTICS_ENABLED="False",
               CAREERBOT_INDEX_DIR=str(index_dir), CAREERBOT_FEEDBACK_PATH=str(tmp / "fb.jsonl"),
               GRADIO_TEMP_DIR=str(tmp / "gradio"), PYTHONPATH=str(REPO))
    os.environ.update({k: env[k] for k in ("HF_HUB_OFFLINE", "GRADIO_ANALYTICS_ENABLED")})
    return env


def serve_to_first_answer(env: dict[str, str], port: int) -> tuple[float, subprocess.Popen]:
    """Seconds from starting `careerbot serve` to an answer through the served page's API."""
    from gradio_client import Client

    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bot", "-q", "serve", "--port", str(port)],
                            env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while True:
        if proc.poll() is not None:
            raise SystemExit(f"serve exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            client = Client(f"http://127.0.0.1:{port}/", verbose=False, download_files=False)
            break
        except Exception:  # not listening yet
            time.sleep(0.2)
    client.predict(FIRST, api_name="/chat")
    return time.perf_counter() - start, proc


def round_trips(port: int, rounds: int) -> list[float]:
    from gradio_client import Client

    client = Client(f"http://127.0.0.1:{port}/", verbose=False, download_files=False)
    times = []
    for question in questions(rounds):
        client.reset_session()
        t = time.perf_counter()
        client.predict(question, api_name="/chat")
        times.append(time.perf_counter() - t)
    return times


def ask_alone(index_dir: Path, rounds: int) -> tuple[list[float], list[float]]:
    """ask() timings in a worker thread (as Gradio calls it) and in the main thread.

    Both are reported: on these 2 shared cores torch's 2 intra-op threads made a query
    embedding take about 1 s in the main thread and about 30 ms in a worker thread."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.engine import Engine
    from bot.settings import get_settings

    engine = Engine(get_settings(index_dir=index_dir))
    engine.ask(FIRST)
    asked = questions(2 * rounds)

    def timed(batch: list[str]) -> list[float]:
        times = []
        for question in batch:
            t = time.perf_counter()
            engine.ask(question)
            times.append(time.perf_counter() - t)
        return times

    with ThreadPoolExecutor(1) as pool:
        worker = pool.submit(timed, asked[:rounds]).result()
    return worker, timed(asked[rounds:])


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--port", type=int, default=7871)
    parser.add_argument("--cold", action="store_true", help="include building the index")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="careerbot-bench-web-") as folder:
        tmp = Path(folder)
        index_dir = tmp / "index"
        env = _env(index_dir, tmp)
        if not args.cold:
            subprocess.run([sys.executable, "-m", "bot", "-q", "index"], env=env, cwd=REPO,
                           check=True, stdout=subprocess.DEVNULL)
        startup, proc = serve_to_first_answer(env, args.port)
        try:
            web = round_trips(args.port, args.rounds)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        alone, main_thread = ask_alone(index_dir, args.rounds)
    w50, w95, a50, a95 = pct(web, .5), pct(web, .95), pct(alone, .5), pct(alone, .95)
    print(f"serve start -> first answer ({'cold, index built' if args.cold else 'index built'}):"
          f" {startup:.1f} s")
    print(f"gradio_client /chat round trip: p50 {w50 * 1000:.0f} ms, p95 {w95 * 1000:.0f} ms"
          f" ({len(web)} distinct questions)")
    print(f"engine.ask() alone (worker thread): p50 {a50 * 1000:.0f} ms, p95 {a95 * 1000:.0f} ms")
    print(f"engine.ask() alone (main thread):   p50 {pct(main_thread, .5) * 1000:.0f} ms, "
          f"p95 {pct(main_thread, .95) * 1000:.0f} ms ({len(main_thread)} other questions)")
    print(f"UI overhead ratio (web / ask):  p50 {w50 / a50:.1f}x, p95 {w95 / a95:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
