"""Follow-up accuracy on multi-turn conversations (tests/eval/conversations.jsonl).

Each conversation is replayed through `ask()` with the history the bot itself produced. A turn
is right when it is answered (or declined) as expected, cites an expected source and recalls
all its fact groups; comparisons must also recall a fact for each side.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from bot.evaluation import fact_recall


class DialogTurn(BaseModel):
    model_config = ConfigDict(extra="allow")

    user: str
    answerable: bool = True
    sources: list[str] = []
    facts: list[list[str]] = []
    roles: list[str] = []
    expects_clarification: bool = False


class Dialog(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: str
    kind: str
    turns: list[DialogTurn]
    split: str = "dev"


def turn_ok(turn: DialogTurn, answer) -> bool:
    if turn.expects_clarification:
        return answer.kind == "clarify"
    if not turn.answerable:
        return not answer.answered
    if not answer.answered:
        return False
    sources_ok = not turn.sources or any(c.source in turn.sources for c in answer.citations)
    return sources_ok and fact_recall(answer, turn.facts) == 1.0


def evaluate_conversations(engine, path: Path, split: str = "all") -> dict[str, float]:
    dialogs = [Dialog.model_validate_json(line)
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    dialogs = [d for d in dialogs if split == "all" or d.split == split]
    tallies: dict[str, list[bool]] = {}
    for dialog in dialogs:
        history: list[dict[str, str]] = []
        for i, turn in enumerate(dialog.turns):
            answer = engine.ask(turn.user, history)
            history += [{"role": "user", "content": turn.user},
                        {"role": "assistant", "content": answer.text}]
            if i == 0 and dialog.kind in ("followup", "switch"):
                continue  # the opening question is single-turn; the follow-ups are measured
            tallies.setdefault(dialog.kind, []).append(turn_ok(turn, answer))
    figures = {f"{kind} accuracy": round(sum(v) / len(v), 4) for kind, v in sorted(tallies.items())}
    every = [ok for v in tallies.values() for ok in v]
    figures["conversation turns accuracy"] = round(sum(every) / len(every), 4) if every else 0.0
    return figures
