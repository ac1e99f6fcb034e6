"""`careerbot eval`: answer quality measured on an evaluation set of questions with expected
sources and verbatim facts (tests/eval/questions.jsonl and conversations.jsonl).

A fact group counts as recalled when any of its alternatives appears in the answer (its text
and quotes); a source hit is an answered question citing at least one expected source.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from bot.errors import BotError
from bot.evaluation.scoring import fact_recall
from bot.index import storage
from bot.records import Answer
from bot.settings import REPO_ROOT, Settings

DEFAULT_QUESTIONS = REPO_ROOT / "tests" / "eval" / "questions.jsonl"
ANSWERABLE = {"fact", "list", "advice"}
UNANSWERABLE = {"unanswerable", "trap"}


class Case(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    question: str
    kind: str
    answerable: bool
    sources: list[str] = []
    facts: list[list[str]] = []
    split: str = "dev"


class CaseResult(BaseModel):
    id: str
    question: str
    kind: str
    ok: bool
    answered: bool
    fact_recall: float | None = None
    source_hit: bool | None = None
    length: int = 0
    verbatim: bool = True  # every quote is exactly file_text[start:end] of its source
    seconds: float = 0.0
    answer: str = ""


class EvalReport(BaseModel):
    file: str
    split: str
    cases: int
    fact_recall: float
    source_hit: float
    answered_rate: float
    decline_rate: float
    smalltalk_rate: float
    median_answer_chars: float
    verbatim_rate: float = 1.0
    latency_p50_ms: float
    latency_p95_ms: float
    followup: dict[str, float] = {}
    splits: dict[str, dict[str, float]] = {}  # the same figures per split, for split "all"
    results: list[CaseResult] = []


def load_cases(path: Path) -> list[Case]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BotError(f"cannot read evaluation set {path}: {exc.strerror or exc}") from None
    cases = []
    for number, line in enumerate(lines, 1):
        if line.strip():
            try:
                cases.append(Case.model_validate_json(line))
            except ValueError as exc:
                raise BotError(f"{path}:{number}: not a valid case ({str(exc).splitlines()[0]})") from None
    return cases


def score_case(case: Case, answer: Answer, seconds: float) -> CaseResult:
    result = CaseResult(id=case.id, question=case.question, kind=case.kind, ok=False,
                        answered=answer.answered, length=len(answer.text), seconds=seconds,
                        answer=answer.text[:400])
    if case.kind == "smalltalk":
        result.ok = answer.kind == "smalltalk"
    elif case.answerable:
        result.fact_recall = fact_recall(answer, case.facts) if answer.answered else 0.0
        result.source_hit = answer.answered and (
            not case.sources or any(c.source in case.sources for c in answer.citations))
        result.ok = answer.answered and result.fact_recall == 1.0 and bool(result.source_hit)
    else:
        result.ok = not answer.answered
    return result


def verbatim(answer: Answer, settings: Settings) -> bool:
    """Whether every citation's quote is exactly its source's text at its offsets (the text
    careerbot extracted from it, as the index keeps it; the file itself for plain text)."""
    texts: dict[str, str | None] = {}
    for c in answer.citations:
        if c.source not in texts:
            found = storage.source_text(settings.index_dir, settings.seeds_dir, c.source,
                                        settings.max_file_bytes)
            texts[c.source] = found.text if found is not None else None
        text = texts[c.source]
        if text is None or text[c.start:c.end] != c.quote:
            return False
    return True


def evaluate(engine, file: str | Path | None = None, split: str = "all",
             conversations: bool = True) -> EvalReport:
    path = Path(file) if file else DEFAULT_QUESTIONS
    cases = [c for c in load_cases(path) if split == "all" or c.split == split]
    if not cases:
        raise BotError(f"{path} has no cases for split {split!r}")
    engine.ask("warm-up question about machine learning engineers")
    results = []
    for case in cases:
        started = time.perf_counter()
        answer = engine.ask(case.question)
        result = score_case(case, answer, time.perf_counter() - started)
        result.verbatim = verbatim(answer, engine.settings)
        results.append(result)
    report = _summarise(str(path), split, results)
    if split == "all":
        by_split = {c.split for c in cases}
        report.splits = {name: _figures(_summarise(str(path), name, [
            r for c, r in zip(cases, results) if c.split == name])) for name in sorted(by_split)}
    dialogs = path.with_name("conversations.jsonl")
    if conversations and dialogs.exists():
        from bot.evaluation.conversations import evaluate_conversations

        report.followup = evaluate_conversations(engine, dialogs, split)
    return report


def _summarise(file: str, split: str, results: list[CaseResult]) -> EvalReport:
    answerable = [r for r in results if r.kind in ANSWERABLE]
    unanswerable = [r for r in results if r.kind in UNANSWERABLE]
    smalltalk = [r for r in results if r.kind == "smalltalk"]
    answered = [r for r in answerable if r.answered]
    times = sorted(r.seconds * 1000 for r in results)
    return EvalReport(
        file=file, split=split, cases=len(results),
        fact_recall=_mean([r.fact_recall or 0.0 for r in answerable]),
        source_hit=_mean([1.0 if r.source_hit else 0.0 for r in answered]),
        answered_rate=_mean([1.0 if r.answered else 0.0 for r in answerable]),
        decline_rate=_mean([0.0 if r.answered else 1.0 for r in unanswerable]),
        smalltalk_rate=_mean([1.0 if r.ok else 0.0 for r in smalltalk]),
        median_answer_chars=statistics.median([r.length for r in answered]) if answered else 0.0,
        verbatim_rate=_mean([1.0 if r.verbatim else 0.0 for r in results]),
        latency_p50_ms=_percentile(times, 50), latency_p95_ms=_percentile(times, 95),
        results=results,
    )


FIGURES = ("fact_recall", "source_hit", "answered_rate", "decline_rate", "verbatim_rate",
           "median_answer_chars")


def _figures(report: EvalReport) -> dict[str, float]:
    return {name: getattr(report, name) for name in FIGURES}


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def _percentile(sorted_values: list[float], pct: float) -> float:
    if not sorted_values:
        return 0.0
    k = min(len(sorted_values) - 1, max(0, round(pct / 100 * (len(sorted_values) - 1))))
    return round(sorted_values[k], 2)


def format_report(report: EvalReport, verbose: bool = False) -> str:
    lines = [
        f"evaluation set: {report.file} (split: {report.split}, {report.cases} cases)",
        f"  fact recall (answerable)       {report.fact_recall:.3f}",
        f"  source hit (answered)          {report.source_hit:.3f}",
        f"  answered rate (answerable)     {report.answered_rate:.3f}",
        f"  decline rate (unanswerable)    {report.decline_rate:.3f}",
        f"  small talk handled             {report.smalltalk_rate:.3f}",
        f"  median answer length           {report.median_answer_chars:.0f} chars",
        f"  quotes verbatim                {report.verbatim_rate:.3f}",
        f"  latency p50 / p95              {report.latency_p50_ms:.1f} / {report.latency_p95_ms:.1f} ms",
    ]
    if report.splits:
        lines.append(f"  {'by split':<31}" + "  ".join(f"{n:>9}" for n in report.splits))
        for name in FIGURES:
            values = "  ".join(f"{f[name]:>9.3f}" if name != "median_answer_chars" else f"{f[name]:>9.0f}"
                               for f in report.splits.values())
            lines.append(f"    {name:<29}{values}")
    for name, value in report.followup.items():
        lines.append(f"  {name:<31}{value:.3f}")
    if verbose:
        lines.append("\nfailed cases:")
        for r in report.results:
            if not r.ok:
                lines.append(f"  {r.id} [{r.kind}] {r.question!r}: answered={r.answered} "
                             f"recall={r.fact_recall} source={r.source_hit}")
    return "\n".join(lines)


