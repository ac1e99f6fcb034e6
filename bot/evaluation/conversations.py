"""Follow-up accuracy on multi-turn conversations (tests/eval/<corpus>/conversations.jsonl).

Each conversation is replayed through `ask()` with the history the bot itself produced. A turn
is right when it is about the expected roles, answered (or declined, or clarified) as expected,
cites an expected source and recalls all its fact groups; a comparison must cite quotes for each
side and recall that side's fact from them.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict

from bot.evaluation.scoring import fact_recall, normalise
from bot.index.knowledge import canonical
from bot.records import Answer


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


class TurnResult(BaseModel):
    dialog: str
    kind: str
    turn: int
    user: str
    ok: bool
    measured: bool  # False for the opening question of a follow-up or switch conversation
    ok_unlabelled: bool = False  # ok with the role's name left unchecked (see turn_ok)
    answer_kind: str
    query: str
    roles: list[str]
    answer: str = ""


def same_roles(expected: list[str], got: tuple[str, ...], abbreviations: dict[str, str]) -> bool:
    """Whether the answer is about the expected roles, however each is spelled: names compare
    by their canonical form (lower case, singular, short forms spelled out), and a name also
    matches a longer one that holds it as a run of whole words, as a job title adds a level or a
    qualifier to the role ("ML engineer" and "machine learning engineer", "UX researcher" and
    "UX Researcher for AI Products", "applied scientist" and "Staff Applied Scientist,
    Recommendations")."""
    want = [canonical(r, abbreviations) for r in expected]
    have = [canonical(r, abbreviations) for r in got]

    def match(a: str, b: str) -> bool:
        return f" {b} " in f" {a} " or f" {a} " in f" {b} "

    return len(want) == len(have) and all(any(match(w, h) for h in have) for w in want)


def turn_ok(turn: DialogTurn, answer: Answer, abbreviations: dict[str, str] | None = None,
            labels: bool = True) -> bool:
    """Right when answered (or declined, or clarified) as expected, about the expected roles,
    citing an expected source and recalling every fact group; a comparison must give each
    role its own cited quotes and recall that role's fact group from them. With `labels`
    False, a turn about one role is not held to the role's name: a writer may name a role
    ("Literary translator") that the documents never head as one, where the answer is right."""
    if turn.expects_clarification:
        return answer.kind == "clarify"
    if turn.roles and (labels or len(turn.roles) >= 2) \
            and not same_roles(turn.roles, answer.roles, abbreviations or {}):
        return False
    if not turn.answerable:
        return not answer.answered
    if not answer.answered:
        return False
    sources_ok = not turn.sources or any(c.source in turn.sources for c in answer.citations)
    if len(turn.roles) >= 2 and len(turn.facts) == len(turn.roles):
        return sources_ok and all(_side_ok(answer, role, group, abbreviations or {})
                                  for role, group in zip(turn.roles, turn.facts))
    return sources_ok and fact_recall(answer, turn.facts) == 1.0


def _side_ok(answer: Answer, role: str, group: list[str], abbreviations: dict[str, str]) -> bool:
    quotes = [normalise(c.quote) for c in answer.citations
              if c.role and same_roles([role], (c.role,), abbreviations)]
    return bool(quotes) and any(normalise(alt) in q for alt in group for q in quotes)


def load_dialogs(path: Path, split: str = "all") -> list[Dialog]:
    dialogs = [Dialog.model_validate_json(line)
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [d for d in dialogs if split == "all" or d.split == split]


UNLABELLED = "turns, role name unchecked"  # summarise's figure of turns ok without the role label


def run_dialogs(engine, dialogs: list[Dialog]) -> list[TurnResult]:
    """Replay each conversation through `ask()` with the history the bot itself produced."""
    results = []
    abbreviations = engine.loaded().data.knowledge.abbreviations
    for dialog in dialogs:
        history: list[dict[str, str]] = []
        for i, turn in enumerate(dialog.turns):
            answer = engine.ask(turn.user, history)
            history += [{"role": "user", "content": turn.user},
                        {"role": "assistant", "content": answer.text}]
            results.append(TurnResult(
                dialog=dialog.id, kind=dialog.kind, turn=i + 1, user=turn.user,
                ok=turn_ok(turn, answer, abbreviations),
                ok_unlabelled=turn_ok(turn, answer, abbreviations, labels=False),
                answer_kind=answer.kind, query=answer.query,
                roles=list(answer.roles), answer=answer.text[:300],
                # the opening question of these is single-turn; the follow-ups are measured
                measured=not (i == 0 and dialog.kind in ("followup", "switch"))))
    return results


def summarise(results: list[TurnResult]) -> dict[str, float]:
    tallies: dict[str, list[bool]] = {}
    for r in results:
        if r.measured:
            tallies.setdefault(r.kind, []).append(r.ok)
    figures = {f"{kind} accuracy": round(sum(v) / len(v), 4) for kind, v in sorted(tallies.items())}
    every = [ok for v in tallies.values() for ok in v]
    figures["conversation turns accuracy"] = round(sum(every) / len(every), 4) if every else 0.0
    unlabelled = [r.ok_unlabelled for r in results if r.measured]
    if unlabelled:
        figures[UNLABELLED] = round(sum(unlabelled) / len(unlabelled), 4)
    return figures
