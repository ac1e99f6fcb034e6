#!/usr/bin/env python3
"""Validate the careerbot evaluation set (questions.jsonl and conversations.jsonl).

Usage:
    python3 tests/eval/check_eval_set.py [SEEDS_DIR] [--questions PATH] [--conversations PATH] [--strict]

SEEDS_DIR defaults to ../../seeds relative to this script (the repo's seeds/ folder).
Standard library only. Exit status is 0 when there are no errors, 1 otherwise
(with --strict, warnings count as errors too).

What is checked:
  * every line is a JSON object; ids are unique and well formed; required keys and types
  * kind / answerable / split values are legal and consistent with each other
  * answerable cases have 1-3 fact groups and at least one source; the rest have none
  * every fact alternative occurs verbatim (case- and character-exact) in at least one
    of the files listed in that case's (or turn's) sources
  * minimum counts per kind, and a summary of kinds and splits
Warnings (not errors): a listed source that contains none of the case's fact alternatives,
duplicate question texts, a heldout share far from 30%.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

Q_KINDS = ("fact", "list", "advice", "unanswerable", "trap", "smalltalk")
ANSWERABLE_KINDS = ("fact", "list", "advice")
C_KINDS = ("followup", "switch", "comparison", "clarification")
SPLITS = ("dev", "heldout")
Q_KEYS = {"id": str, "question": str, "kind": str, "answerable": bool,
          "sources": list, "facts": list, "split": str}
C_KEYS = {"id": str, "kind": str, "turns": list}
TURN_KEYS = {"user": str, "answerable": bool, "sources": list, "facts": list, "roles": list}

Q_MIN = {"total": 110, "answerable": 55, "advice": 10, "unanswerable": 15, "trap": 15, "smalltalk": 6}
C_MIN = {"total": 30, "switch": 6, "comparison": 6, "clarification": 3}


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"ERROR   {where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"WARNING {where}: {msg}")


def load_seeds(folder: Path) -> dict[str, str]:
    if not folder.is_dir():
        sys.exit(f"seeds folder not found: {folder} (pass the seeds folder as the first argument)")
    seeds = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}
    if not seeds:
        sys.exit(f"no *.txt seed files in {folder}")
    return seeds


def read_jsonl(path: Path, rep: Report) -> list[tuple[int, dict]]:
    if not path.is_file():
        rep.error(str(path), "file not found")
        return []
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            rep.error(f"{path.name}:{n}", "blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            rep.error(f"{path.name}:{n}", f"invalid JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            rep.error(f"{path.name}:{n}", "line is not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def check_keys(obj: dict, spec: dict, where: str, rep: Report) -> bool:
    ok = True
    for key, typ in spec.items():
        if key not in obj:
            rep.error(where, f"missing key {key!r}")
            ok = False
        elif not isinstance(obj[key], typ):
            rep.error(where, f"key {key!r} should be {typ.__name__}, got {type(obj[key]).__name__}")
            ok = False
    return ok


def check_evidence(where: str, answerable: bool, sources: list, facts: list, seeds: dict[str, str],
                   rep: Report, allow_empty_facts: bool = False) -> None:
    """Sources and fact groups of one answerable/unanswerable unit (a question or a turn)."""
    for s in sources:
        if not isinstance(s, str) or s not in seeds:
            rep.error(where, f"unknown source {s!r} (not a file in the seeds folder)")
    if len(set(map(str, sources))) != len(sources):
        rep.error(where, "duplicate entries in sources")
    if not answerable:
        if sources or facts:
            rep.error(where, "unanswerable case must have empty sources and facts")
        return
    if allow_empty_facts and not facts:
        if sources:
            rep.error(where, "sources listed but no facts")
        return
    if not sources:
        rep.error(where, "answerable case has no sources")
    if not 1 <= len(facts) <= 3:
        rep.error(where, f"expected 1 to 3 fact groups, got {len(facts)}")
    texts = [seeds[s] for s in sources if isinstance(s, str) and s in seeds]
    all_alts: list[str] = []
    for g, group in enumerate(facts):
        if not isinstance(group, list) or not group:
            rep.error(where, f"fact group {g} must be a non-empty list of strings")
            continue
        for alt in group:
            if not isinstance(alt, str) or not alt.strip():
                rep.error(where, f"fact group {g} has an empty or non-string alternative {alt!r}")
                continue
            all_alts.append(alt)
            if not any(alt in t for t in texts):
                elsewhere = [name for name, t in seeds.items() if alt in t]
                hint = f" (found in {', '.join(elsewhere)}; add it to sources?)" if elsewhere else ""
                rep.error(where, f"fact {alt!r} is not a verbatim substring of any listed source{hint}")
    for s in sources:
        if s in seeds and all_alts and not any(a in seeds[s] for a in all_alts):
            rep.warn(where, f"source {s} contains none of the fact alternatives")


def check_questions(rows: list[tuple[int, dict]], seeds: dict[str, str], rep: Report,
                    name: str = "questions.jsonl") -> Counter:
    ids: set[str] = set()
    texts: Counter = Counter()
    counts: Counter = Counter()
    for n, obj in rows:
        where = f"{name}:{n} ({obj.get('id', '?')})"
        if not check_keys(obj, Q_KEYS, where, rep):
            continue
        qid, kind = obj["id"], obj["kind"]
        if not re.fullmatch(r"q\d{3,}", qid):
            rep.error(where, f"id {qid!r} should look like q001")
        if qid in ids:
            rep.error(where, f"duplicate id {qid!r}")
        ids.add(qid)
        if not obj["question"].strip():
            rep.error(where, "empty question")
        texts[obj["question"].strip().lower()] += 1
        if kind not in Q_KINDS:
            rep.error(where, f"kind {kind!r} not in {Q_KINDS}")
            continue
        if obj["split"] not in SPLITS:
            rep.error(where, f"split {obj['split']!r} not in {SPLITS}")
        expected = kind in ANSWERABLE_KINDS
        if obj["answerable"] != expected:
            rep.error(where, f"kind {kind!r} requires answerable={expected}")
        check_evidence(where, obj["answerable"], obj["sources"], obj["facts"], seeds, rep)
        counts[kind] += 1
        counts[f"{kind}/{obj['split']}"] += 1
        counts[obj["split"]] += 1
        counts["total"] += 1
        counts["answerable"] += int(expected)
    for text, c in texts.items():
        if c > 1:
            rep.warn(name, f"question text used {c} times: {text!r}")
    for key, minimum in Q_MIN.items():
        if counts[key] < minimum:
            rep.error(name, f"need at least {minimum} {key} cases, have {counts[key]}")
    return counts


def check_conversations(rows: list[tuple[int, dict]], seeds: dict[str, str], rep: Report,
                        name: str = "conversations.jsonl") -> Counter:
    ids: set[str] = set()
    counts: Counter = Counter()
    for n, obj in rows:
        where = f"{name}:{n} ({obj.get('id', '?')})"
        if not check_keys(obj, C_KEYS, where, rep):
            continue
        cid, kind, turns = obj["id"], obj["kind"], obj["turns"]
        if not re.fullmatch(r"c\d{3,}", cid):
            rep.error(where, f"id {cid!r} should look like c001")
        if cid in ids:
            rep.error(where, f"duplicate id {cid!r}")
        ids.add(cid)
        if kind not in C_KINDS:
            rep.error(where, f"kind {kind!r} not in {C_KINDS}")
            continue
        if "split" in obj and obj["split"] not in SPLITS:
            rep.error(where, f"split {obj['split']!r} not in {SPLITS}")
        if kind != "comparison" and len(turns) < 2:
            rep.error(where, f"a {kind} conversation needs at least 2 turns")
        if not turns:
            rep.error(where, "no turns")
            continue
        good_turns = []
        for t, turn in enumerate(turns, 1):
            twhere = f"{where} turn {t}"
            if not isinstance(turn, dict):
                rep.error(twhere, "turn is not an object")
                continue
            if not check_keys(turn, TURN_KEYS, twhere, rep):
                continue
            clar = turn.get("expects_clarification", False)
            if not isinstance(clar, bool):
                rep.error(twhere, "expects_clarification must be a boolean")
                clar = False
            if clar:
                if not turn["answerable"] or turn["roles"] or turn["facts"] or turn["sources"]:
                    rep.error(twhere, "a clarification turn needs answerable=true and empty roles/facts/sources")
            elif turn["answerable"] and not turn["roles"]:
                rep.error(twhere, "answerable turn should name its role(s) (roles is empty)")
            if not all(isinstance(r, str) and r.strip() for r in turn["roles"]):
                rep.error(twhere, "roles must be non-empty strings")
            check_evidence(twhere, turn["answerable"], turn["sources"], turn["facts"], seeds, rep,
                           allow_empty_facts=clar)
            good_turns.append(turn)
        # kind-specific shape
        if kind == "clarification":
            if not good_turns or not good_turns[0].get("expects_clarification"):
                rep.error(where, "clarification conversation must open with an expects_clarification turn")
        if kind == "comparison":
            if not any(len(t["roles"]) >= 2 and t["answerable"] and len(t["facts"]) >= 2 for t in good_turns):
                rep.error(where, "comparison needs an answerable turn with >=2 roles and a fact group per side")
        if kind == "switch":
            switched = any(
                a["roles"] and b["roles"] and not set(a["roles"]) & set(b["roles"])
                for a, b in zip(good_turns, good_turns[1:]))
            if not switched:
                rep.error(where, "switch conversation never moves to a disjoint set of roles")
        if kind == "followup" and len(good_turns) >= 2:
            if not any(set(a["roles"]) & set(b["roles"]) for a, b in zip(good_turns, good_turns[1:])):
                rep.warn(where, "followup conversation never carries a role from one turn to the next")
        counts[kind] += 1
        counts["total"] += 1
        counts["turns"] += len(turns)
        counts["unanswerable turns"] += sum(1 for t in good_turns if not t["answerable"])
        counts[obj.get("split", "no split")] += 1
    for key, minimum in C_MIN.items():
        if counts[key] < minimum:
            rep.error(name, f"need at least {minimum} {key} conversations, have {counts[key]}")
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seeds", nargs="?", default=str(HERE / ".." / ".." / "seeds"),
                    help="folder holding the seed .txt files (default: ../../seeds from this script)")
    ap.add_argument("--questions", default=str(HERE / "questions.jsonl"))
    ap.add_argument("--conversations", default=str(HERE / "conversations.jsonl"))
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = ap.parse_args(argv)

    seeds = load_seeds(Path(args.seeds))
    rep = Report()
    qpath, cpath = Path(args.questions), Path(args.conversations)
    qc = check_questions(read_jsonl(qpath, rep), seeds, rep, qpath.name)
    cc = check_conversations(read_jsonl(cpath, rep), seeds, rep, cpath.name)

    for line in rep.errors + rep.warnings:
        print(line)
    print(f"\nseeds: {len(seeds)} files from {Path(args.seeds).resolve()}")
    print(f"questions: {qc['total']} total, {qc['answerable']} answerable, "
          f"dev {qc['dev']} / heldout {qc['heldout']}")
    for k in Q_KINDS:
        print(f"  {k:<13} {qc[k]:>3}   (dev {qc[k + '/dev']:>3}, heldout {qc[k + '/heldout']:>3})")
    if qc["total"]:
        share = qc["heldout"] / qc["total"]
        if not 0.2 <= share <= 0.4:
            rep.warn(qpath.name, f"heldout share is {share:.0%}, expected about 30%")
            print(rep.warnings[-1])
    print(f"conversations: {cc['total']} total, {cc['turns']} turns "
          f"({cc['unanswerable turns']} unanswerable turns), dev {cc['dev']} / heldout {cc['heldout']}")
    for k in C_KINDS:
        print(f"  {k:<13} {cc[k]:>3}")
    failed = bool(rep.errors) or (args.strict and bool(rep.warnings))
    print(f"\n{len(rep.errors)} error(s), {len(rep.warnings)} warning(s): {'FAIL' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
