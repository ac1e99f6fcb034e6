"""Quality figures for each corpus and split: `careerbot eval` and benchmarks/answer_quality.py.

Per corpus and split (train: fitted and debugged on; sealed: reported only):
- end to end: fact recall, answered (in scope), declined (out of scope; and apart, the
  near-domain traps, questions about what the documents are about that they do not answer, and
  the other out-of-scope questions), small talk, source hit, median answer length, quotes
  verbatim, latency;
- the ranking stage alone: recall@1/3/5/20 of the first unit that holds a fact, so ranking and
  composing can be judged apart;
- the rule-free anchor in the same run: the top 5 units by 0.6 x unit cosine + 0.4 x BM25 over
  the unit with its title and headings, no abstention;
- conversations: accuracy per kind (follow-up, switch, comparison, clarification).
"""

from __future__ import annotations

import statistics
import time

import numpy as np
from pydantic import BaseModel

from bot.evaluation.anchor import Anchor
from bot.evaluation.conversations import load_dialogs, run_dialogs, summarise
from bot.evaluation.corpora import Corpus, open_corpus
from bot.evaluation.questions import ANSWERABLE, UNANSWERABLE, Case, score_case, verbatim
from bot.evaluation.scoring import normalise

RANKS = (1, 3, 5, 20)


class Figures(BaseModel):
    corpus: str
    split: str
    cases: int
    fact_recall: float
    answered: float
    declined: float
    # of the near-domain traps and of the other out-of-scope questions (None: the split has none)
    declined_traps: float | None = None
    declined_other: float | None = None
    smalltalk: float | None  # None: the split has no small-talk case
    source_hit: float
    median_chars: float
    verbatim: float
    latency_p50_ms: float
    latency_p95_ms: float
    ranking: dict[str, float]  # recall@k of the ranking stage
    anchor_recall: float
    anchor_median_chars: float
    conversations: dict[str, float] = {}
    failed: list[str] = []  # ids of failed train cases (sealed ones are never listed)


def evaluate(corpus: Corpus, split: str, conversations: bool = True) -> Figures:
    engine = corpus.engine
    cases = corpus.cases(split)
    engine.ask("warm-up question")
    answerer = engine.answerer_for_fit()
    anchor = Anchor(engine)
    results, ranks, anchor_recalls, anchor_lengths, times = [], [], [], [], []
    for case in cases:
        started = time.perf_counter()
        answer = engine.ask(case.question)
        times.append((time.perf_counter() - started) * 1000)
        result = score_case(case, answer, 0.0)
        result.verbatim = verbatim(answer, corpus.settings)
        results.append(result)
        if case.kind in ANSWERABLE and case.answerable:
            ranks.append(_rank(answerer, engine, case))
            quotes = anchor.top(case.question)
            text = normalise(" ".join(quotes))
            anchor_recalls.append(sum(any(normalise(a) in text for a in g) for g in case.facts)
                                  / max(len(case.facts), 1))
            anchor_lengths.append(sum(len(q) for q in quotes))
    answerable = [r for r in results if r.kind in ANSWERABLE]
    declinable = [r for r in results if r.kind in UNANSWERABLE]
    answered = [r for r in answerable if r.answered]
    ranks_a = np.array(ranks) if ranks else np.zeros(0)
    figures = Figures(
        corpus=corpus.name, split=split, cases=len(cases),
        fact_recall=_mean([r.fact_recall or 0.0 for r in answerable]),
        answered=_mean([r.answered for r in answerable]),
        declined=_mean([not r.answered for r in declinable]),
        declined_traps=_share([not r.answered for r in declinable if r.kind == "trap"]),
        declined_other=_share([not r.answered for r in declinable if r.kind != "trap"]),
        smalltalk=_mean([r.ok for r in results if r.kind == "smalltalk"]) if any(
            r.kind == "smalltalk" for r in results) else None,
        source_hit=_mean([bool(r.source_hit) for r in answered]),
        median_chars=statistics.median([r.length for r in answered]) if answered else 0.0,
        verbatim=_mean([r.verbatim for r in results]),
        latency_p50_ms=round(float(np.percentile(times, 50)), 1) if times else 0.0,
        latency_p95_ms=round(float(np.percentile(times, 95)), 1) if times else 0.0,
        ranking={f"@{k}": _mean(list(ranks_a <= k)) for k in RANKS},
        anchor_recall=_mean(anchor_recalls),
        anchor_median_chars=statistics.median(anchor_lengths) if anchor_lengths else 0.0,
        failed=[r.id for r in results if not r.ok] if split == "train" else [],
    )
    if conversations and corpus.conversations.exists():
        dialogs = load_dialogs(corpus.conversations, split)
        if dialogs:
            figures.conversations = summarise(run_dialogs(engine, dialogs))
    return figures


def _rank(answerer, engine, case: Case) -> int:
    """Rank (1 = first) of the first candidate unit holding a fact; a large number if none."""
    turn = engine.loaded().context.resolve(case.question, None)  # read as `ask` reads it
    q = answerer.analyze(turn.query, turn.specific, turn.topic)
    scoring = answerer.score(q, engine.embed_without)
    alts = [normalise(a) for g in case.facts for a in g]
    for rank, i in enumerate(np.argsort(-scoring.p, kind="stable").tolist(), 1):
        text = normalise(answerer.data.units[int(scoring.rows[i])].text)
        if any(a in text for a in alts):
            return rank
    return 10**6


def _mean(values: list) -> float:
    return round(float(np.mean([float(v) for v in values])), 3) if len(values) else 0.0


def _share(values: list) -> float | None:
    return _mean(values) if values else None


def run(corpora: list[str], splits: list[str], conversations: bool = True) -> list[Figures]:
    return [evaluate(open_corpus(name), split, conversations) for name in corpora for split in splits]


ROWS = (
    ("fact recall (answerable)", lambda f: f"{f.fact_recall:.3f}"),
    ("answered (in scope)", lambda f: f"{f.answered:.3f}"),
    ("declined (out of scope)", lambda f: f"{f.declined:.3f}"),
    ("  of them near-domain traps", lambda f: _figure(f.declined_traps)),
    ("  of them other questions", lambda f: _figure(f.declined_other)),
    ("small talk handled", lambda f: _figure(f.smalltalk)),
    ("source hit (answered)", lambda f: f"{f.source_hit:.3f}"),
    ("median answer chars", lambda f: f"{f.median_chars:.0f}"),
    ("quotes verbatim", lambda f: f"{f.verbatim:.3f}"),
    ("ranking recall@1/3/5/20", lambda f: "/".join(f"{v:.2f}" for v in f.ranking.values())),
    ("anchor: plain top-5 recall", lambda f: f"{f.anchor_recall:.3f}"),
    ("anchor: median chars", lambda f: f"{f.anchor_median_chars:.0f}"),
    ("latency p50/p95 ms", lambda f: f"{f.latency_p50_ms:.0f}/{f.latency_p95_ms:.0f}"),
)


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(figures: list[Figures]) -> str:
    head = f"{'':32}" + "".join(f"{f.corpus + ' ' + f.split:>20}" for f in figures)
    lines = [head, f"{'cases':32}" + "".join(f"{f.cases:>20}" for f in figures)]
    for label, cell in ROWS:
        lines.append(f"{label:32}" + "".join(f"{cell(f):>20}" for f in figures))
    kinds = sorted({k for f in figures for k in f.conversations})
    for kind in kinds:
        lines.append(f"{kind:32}" + "".join(
            f"{f.conversations[kind]:>20.3f}" if kind in f.conversations else f"{'-':>20}"
            for f in figures))
    return "\n".join(lines)
