"""Single-turn evaluation cases (tests/eval/<corpus>/questions.jsonl) and how one answer is
scored against its case; bot/evaluation/report.py runs them per corpus and split.

A fact group counts as recalled when any of its alternatives appears in the answer (its text
and quotes); a source hit is an answered question citing at least one expected source.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from bot.errors import BotError
from bot.evaluation.scoring import fact_recall
from bot.index import storage
from bot.records import Answer
from bot.settings import Settings

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
