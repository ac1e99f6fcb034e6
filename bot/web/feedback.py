"""Likes and dislikes from the web chat, and candidate evaluation cases made from them.

Each vote is one JSON line in `Settings.feedback_path` (outside the repository): the question,
the answer text, what was searched and the citations. `careerbot feedback` turns the file into
candidate cases in the schema of `tests/eval/seeds/questions.jsonl`, for a person to review.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from bot.errors import BotError
from bot.records import Answer, Citation

_write_lock = threading.Lock()


class FeedbackError(BotError):
    """The feedback file cannot be written or read."""


class Vote(BaseModel):
    """One like or dislike of one answer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    time: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
    liked: bool | None  # None: an earlier like or dislike of this answer taken back
    question: str
    answer: str
    kind: str
    query: str = ""
    citations: tuple[Citation, ...] = ()


def vote_for(answer: Answer, liked: bool | None) -> Vote:
    return Vote(liked=liked, question=answer.question, answer=answer.text, kind=answer.kind,
                query=answer.query, citations=answer.citations)


def save(path: Path, vote: Vote) -> None:
    """Append `vote` as one JSON line (the folder is created when missing)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with _write_lock, path.open("a", encoding="utf-8") as handle:
            # section_path is computed from section: written, it would not load back
            handle.write(vote.model_dump_json(
                exclude={"citations": {"__all__": {"section_path"}}}) + "\n")
    except OSError as exc:
        raise FeedbackError(f"cannot write feedback to {path} ({exc.strerror or exc}); set "
                            "CAREERBOT_FEEDBACK_PATH to a writable file") from None


def load(path: Path) -> list[Vote]:
    """Every vote in the file; a malformed line is an error naming the line."""
    if not path.is_file():
        raise FeedbackError(f"no feedback file at {path}: like or dislike answers in the web "
                            "chat first, or set CAREERBOT_FEEDBACK_PATH")
    votes = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            votes.append(Vote.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"])
            raise FeedbackError(f"{path}:{n} is not a feedback record ({field + ': ' if field else ''}"
                                f"{first['msg']}); fix or delete that line") from None
    return votes


def candidate_cases(votes: Iterable[Vote]) -> list[dict]:
    """Evaluation cases to review: a liked answer becomes an answerable case whose facts are its
    first quote and whose sources are its cited files; a disliked one becomes an unanswerable
    case marked for review (either the documents do not answer, or its facts must be written)."""
    latest: dict[str, Vote] = {}  # a later vote on the same question replaces an earlier one
    for vote in votes:
        key = " ".join(vote.question.lower().split())
        if key and vote.kind in ("answer", "no_answer"):
            latest.pop(key, None)
            latest[key] = vote
    cases = []
    for vote in latest.values():
        if vote.liked is None:  # taken back
            continue
        case = {"id": f"fb{len(cases) + 1:03d}", "question": vote.question, "split": "train"}
        if vote.liked and vote.citations:
            sources = sorted({c.source for c in vote.citations})
            case |= {"kind": "fact", "answerable": True, "sources": sources,
                     "facts": [[vote.citations[0].quote]], "note": "liked in the web chat"}
        else:
            case |= {"kind": "unanswerable", "answerable": False, "sources": [], "facts": [],
                     "note": f"{'liked' if vote.liked else 'disliked'} in the web chat: "
                             "check whether the documents answer it"}
        cases.append(case)
    return cases


def write_cases(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
