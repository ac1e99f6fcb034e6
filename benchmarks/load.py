"""Load benchmark: concurrent chat sessions against one careerbot server, through gradio_client.

    python benchmarks/load.py --url http://127.0.0.1:7860/ [--sessions 20] [--questions 200]
    python benchmarks/load.py --serve            (starts the chat in-process on a free port)

Each session plays the training conversations of tests/eval/seeds/conversations.jsonl (follow-ups included,
`reset_session()` between conversations). Before the clock starts, the answer every turn should
get is computed locally with `Engine.ask(question, that session's own history)`; a reply that
does not start with it is a mismatch (cross-talk between sessions shows up here). Prints errors,
mismatches, throughput and latency percentiles; exits 1 unless both counts are 0.
Only ever point it at 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
CONVERSATIONS = REPO / "tests" / "eval" / "seeds" / "conversations.jsonl"


@dataclass
class Turn:
    question: str
    expected: str = ""


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)


def load_conversations(path: Path = CONVERSATIONS) -> list[list[str]]:
    """The user messages of each training conversation (sealed ones are never played)."""
    with path.open(encoding="utf-8") as handle:
        dialogs = [json.loads(line) for line in handle if line.strip()]
    return [[t["user"] for t in d["turns"]] for d in dialogs if d.get("split") == "train"]


def plan(conversations: list[list[str]], sessions: int, questions: int) -> list[list[list[Turn]]]:
    """Per session, a list of conversations; `questions` turns in all, spread evenly."""
    quota = [questions // sessions + (i < questions % sessions) for i in range(sessions)]
    out, k = [], 0
    for i in range(sessions):
        convs, left = [], quota[i]
        while left > 0:
            turns = conversations[k % len(conversations)][:left]
            convs.append([Turn(q) for q in turns])
            left, k = left - len(turns), k + 1
        out.append(convs)
    return out


def expect(engine, sessions: list[list[list[Turn]]]) -> None:
    """Fill in each turn's expected answer text from its own conversation's history."""
    from bot.web.chatformat import reply_messages

    for convs in sessions:
        for conv in convs:
            history: list[dict] = []
            for turn in conv:
                # as the chat shows it: a decline's suggestions are buttons, not lines of text
                answer = engine.ask(turn.question, history)
                turn.expected = reply_messages(answer, engine.prompts.ui, "")[0]["content"]
                history += [{"role": "user", "content": turn.question},
                            {"role": "assistant", "content": turn.expected}]


def first_message(result) -> str:
    reply = result[0] if isinstance(result, (list, tuple)) and isinstance(result[0], list) \
        else result
    if isinstance(reply, list):
        return reply[0]["content"] if reply else ""
    return str(reply)


def play(url: str, convs: list[list[Turn]], outcome: Outcome, lock: threading.Lock) -> None:
    from gradio_client import Client

    client = Client(url, verbose=False, download_files=False)
    for conv in convs:
        client.reset_session()
        for turn in conv:
            started = time.perf_counter()
            try:
                reply = first_message(client.predict(turn.question, api_name="/chat"))
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                with lock:
                    outcome.errors.append(f"{turn.question!r}: {type(exc).__name__}: {exc}")
                continue
            elapsed = time.perf_counter() - started
            with lock:
                outcome.latencies.append(elapsed)
                if not reply.startswith(turn.expected):
                    outcome.mismatches.append(f"{turn.question!r}: got {reply[:120]!r}")


def run(url: str, engine, sessions: int = 20, questions: int = 200) -> dict:
    """Play the load against `url`; `engine` (same seeds and index) supplies the expected answers."""
    planned = plan(load_conversations(), sessions, questions)
    expect(engine, planned)
    outcome, lock = Outcome(), threading.Lock()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=sessions) as pool:
        for future in [pool.submit(play, url, convs, outcome, lock) for convs in planned]:
            future.result()
    wall = time.perf_counter() - started
    lat = sorted(outcome.latencies)
    return {
        "sessions": sessions, "questions": questions, "answered": len(lat),
        "errors": len(outcome.errors), "mismatches": len(outcome.mismatches),
        "seconds": round(wall, 2), "throughput_qps": round(len(lat) / wall, 2),
        "p50_s": round(statistics.median(lat), 3) if lat else None,
        "p95_s": round(lat[max(0, int(0.95 * len(lat)) - 1)], 3) if lat else None,
        "max_s": round(lat[-1], 3) if lat else None,
        "examples": (outcome.errors + outcome.mismatches)[:5],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="the chat's URL (default with --serve: in-process server)")
    parser.add_argument("--serve", action="store_true", help="start the chat in this process")
    parser.add_argument("--sessions", type=int, default=20)
    parser.add_argument("--questions", type=int, default=200)
    args = parser.parse_args()
    if not args.url and not args.serve:
        parser.error("give --url http://127.0.0.1:PORT/ or --serve")
    if args.url and not args.url.startswith(("http://127.0.0.1", "http://localhost")):
        parser.error("only ever send this load to 127.0.0.1")
    from bot.api import default_engine

    engine = default_engine()
    if args.serve:
        sys.path.insert(0, str(REPO / "tests"))
        from webapp import served

        with served(engine) as url:
            report = run(url, engine, args.sessions, args.questions)
    else:
        report = run(args.url, engine, args.sessions, args.questions)
    print(json.dumps(report, indent=2))
    return 0 if report["errors"] == 0 and report["mismatches"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
