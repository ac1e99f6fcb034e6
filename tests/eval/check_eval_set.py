#!/usr/bin/env python3
"""Validate careerbot's evaluation sets: tests/eval/<set>/questions.jsonl and conversations.jsonl.

Usage:
    python3 tests/eval/check_eval_set.py [SET ...] [--strict]
    python3 tests/eval/check_eval_set.py --docs DIR --eval DIR [--strict]

SET is `seeds` (documents in seeds/), `corpus2` ... `corpus18` (documents in tests/<SET>/docs/); default
both. `--docs`/`--eval` check another set (no minimum counts). Standard library only. Exit
status 0 when there are no errors, 1 otherwise (with --strict, warnings count as errors too).

What is checked:
  * every line is a JSON object; ids are unique and well formed; required keys and types
  * kind / answerable / split (train or sealed) values are legal and consistent
  * answerable cases have 1-4 fact groups (a list question may name four items) and at least one source; the rest have none
  * every source is a file of the set's documents folder
  * every fact alternative occurs in at least one of the case's (or turn's) sources:
    - .txt: character-exact in the file;
    - .md and .mdx: in the file, or in its text with emphasis, code marks and link targets dropped
      (such facts are counted in the summary: careerbot finds them only if it renders
      Markdown);
    - .html: in the file or in its text (tags dropped, entities decoded, spaces collapsed);
    - .docx: in the text of word/document.xml, or in the Markdown it was made from
      (tests/<SET>/src/<name>.md, markup dropped);
    - .pdf: in the Markdown it was made from (src/<name>.md, markup dropped). A PDF without
      such a source is not read here (no PDF parser in the standard library): its facts are
      counted as unchecked and reported in the summary, not as errors.
  * minimum counts per kind, and a summary of kinds and splits
Conversations: a clarification conversation opens with a turn that is not answered (no roles,
sources or facts; or the older `expects_clarification` flag); a turn may name no role (a
general question); a switch moves between disjoint sets of roles (or to/from no role).
Warnings: a comparison without a turn giving a fact group per role (scored on the whole answer,
not side by side), a listed source that contains none of the case's facts, duplicate question texts, a
sealed share outside 20-60%.

Sealed cases are never printed: a problem in one is reported by file, line and kind of problem
only, without its id, question, facts or sources; duplicates involving them only as a count.
"""
from __future__ import annotations

import argparse
import html
import json
import re
import sys
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

Q_KINDS = ("fact", "list", "advice", "unanswerable", "trap", "smalltalk")
ANSWERABLE_KINDS = ("fact", "list", "advice")
C_KINDS = ("followup", "switch", "comparison", "clarification")
SPLITS = ("train", "sealed")
Q_KEYS = {"id": str, "question": str, "kind": str, "answerable": bool,
          "sources": list, "facts": list, "split": str}
C_KEYS = {"id": str, "kind": str, "turns": list, "split": str}
TURN_KEYS = {"user": str, "answerable": bool, "sources": list, "facts": list, "roles": list}
ID = re.compile(r"[a-z]{1,3}\d{3,}")
DOC_SUFFIXES = (".txt", ".md", ".mdx", ".html", ".htm", ".docx", ".pdf")


@dataclass(frozen=True)
class EvalSet:
    name: str
    docs: Path
    folder: Path  # holds questions.jsonl and conversations.jsonl
    q_min: dict = field(default_factory=dict)
    c_min: dict = field(default_factory=dict)


# the minimum counts of the team's test corpora: corpus2-corpus5 were written to one brief,
# corpus6 onwards (each written blind in one pass with its documents) to another
_BRIEF_1 = ({"total": 100, "answerable": 60, "advice": 8, "unanswerable": 6, "trap": 8,
             "smalltalk": 4, "train": 30, "sealed": 30},
            {"total": 30, "switch": 6, "comparison": 6, "clarification": 4})
_BRIEF_2 = ({"total": 90, "answerable": 60, "advice": 5, "unanswerable": 10, "trap": 10,
             "smalltalk": 3, "train": 30, "sealed": 30},
            {"total": 20, "switch": 3, "comparison": 5, "clarification": 2})


def _team(name: str, minimums: tuple[dict, dict]) -> EvalSet:
    """A test corpus of the team's: documents in tests/<name>/docs, its set in tests/eval/<name>."""
    return EvalSet(name, REPO / "tests" / name / "docs", HERE / name, *minimums)


SETS = {
    "seeds": EvalSet("seeds", REPO / "seeds", HERE / "seeds",
                     {"total": 110, "answerable": 55, "advice": 10, "unanswerable": 15,
                      "trap": 15, "smalltalk": 6, "train": 50, "sealed": 30},
                     {"total": 30, "switch": 6, "comparison": 6, "clarification": 3}),
    **{name: _team(name, _BRIEF_1) for name in ("corpus2", "corpus3", "corpus4", "corpus5")},
    **{name: _team(name, _BRIEF_2) for name in ("corpus6", "corpus7", "corpus8", "corpus9", "corpus10", "corpus11", "corpus12", "corpus13", "corpus14", "corpus15", "corpus16", "corpus17", "corpus18")},
}


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.unchecked_facts = 0  # fact alternatives of sources that cannot be read here
        self.markup_facts = 0  # found in a Markdown file only once its markup is dropped

    def error(self, where: str, msg: str, detail: str = "", sealed: bool = False) -> None:
        self.errors.append(f"ERROR   {where}: {msg}{_detail(detail, sealed)}")

    def warn(self, where: str, msg: str, detail: str = "", sealed: bool = False) -> None:
        self.warnings.append(f"WARNING {where}: {msg}{_detail(detail, sealed)}")


def _detail(detail: str, sealed: bool) -> str:
    """What of a case a message may show: nothing of a sealed one."""
    if not detail:
        return ""
    return " (details of sealed cases are not shown)" if sealed else f": {detail}"


# -- the documents' text -----------------------------------------------------------------------

class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag):
        self._skip -= tag in ("script", "style") and self._skip > 0

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _collapse(text: str) -> str:
    return " ".join(text.split())


def _markdown_text(md: str) -> str:
    """The Markdown source of a binary document as its converter renders it: no emphasis,
    code marks or link targets."""
    md = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", md)
    return md.replace("**", "").replace("`", "").replace("*", "")


def _text_of(path: Path) -> str:
    """A text file as saved: UTF-8, else Windows-1252 (what Word and older Windows tools save;
    careerbot detects the encoding the same way)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def document_texts(path: Path) -> list[str] | None:
    """The texts a fact of `path` may be found in, or None when it cannot be read here."""
    suffix = path.suffix.lower()
    src = path.parent.parent / "src" / (path.name + ".md")
    made_from = [_markdown_text(src.read_text(encoding="utf-8"))] if src.is_file() else []
    if suffix == ".txt":
        return [_text_of(path)]
    if suffix in (".md", ".mdx"):
        raw = _text_of(path)
        return [raw, _markdown_text(raw)]
    if suffix in (".html", ".htm"):
        raw = _text_of(path)
        parser = _TextOfHtml()
        parser.feed(raw)
        return [raw, _collapse(html.unescape("".join(parser.parts)))]
    if suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
        text = "\n".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)) for p in paragraphs)
        return [html.unescape(text), *made_from]
    return made_from or None  # .pdf: only through the Markdown it was made from


def load_docs(folder: Path) -> dict[str, list[str] | None]:
    if not folder.is_dir():
        sys.exit(f"documents folder not found: {folder}")
    docs = {p.relative_to(folder).as_posix(): document_texts(p)
            for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix.lower() in DOC_SUFFIXES}
    if not docs:
        sys.exit(f"no documents in {folder}")
    return docs


def occurs(alt: str, texts: list[str]) -> bool:
    return any(alt in t or _collapse(alt) in _collapse(t) for t in texts)


# -- the cases ---------------------------------------------------------------------------------

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
            rep.error(f"{path.name}:{n}", "invalid JSON", str(exc), sealed=True)
            continue
        if not isinstance(obj, dict):
            rep.error(f"{path.name}:{n}", "line is not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def check_keys(obj: dict, spec: dict, where: str, rep: Report, sealed: bool) -> bool:
    ok = True
    for key, typ in spec.items():
        if key not in obj:
            rep.error(where, f"missing key {key!r}")
            ok = False
        elif not isinstance(obj[key], typ):
            rep.error(where, f"key {key!r} should be {typ.__name__}, got {type(obj[key]).__name__}")
            ok = False
    if "origin" in obj and not isinstance(obj["origin"], str):
        rep.error(where, "key 'origin' should be str")
        ok = False
    return ok


def check_evidence(where: str, answerable: bool, sources: list, facts: list,
                   docs: dict[str, list[str] | None], rep: Report, sealed: bool,
                   allow_empty_facts: bool = False) -> None:
    """Sources and fact groups of one question or turn."""
    for s in sources:
        if not isinstance(s, str) or s not in docs:
            rep.error(where, "unknown source (not a file in the documents folder)", repr(s), sealed)
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
    if not 1 <= len(facts) <= 4:
        rep.error(where, f"expected 1 to 4 fact groups, got {len(facts)}")
    listed = [s for s in sources if isinstance(s, str) and s in docs]
    readable = [t for s in listed if docs[s] is not None for t in docs[s]]
    all_alts: list[str] = []
    for g, group in enumerate(facts):
        if not isinstance(group, list) or not group:
            rep.error(where, f"fact group {g} must be a non-empty list of strings")
            continue
        for alt in group:
            if not isinstance(alt, str) or not alt.strip():
                rep.error(where, f"fact group {g} has an empty or non-string alternative")
                continue
            all_alts.append(alt)
            if occurs(alt, readable):
                raw = [docs[s][0] for s in listed if s.endswith((".md", ".mdx")) and docs[s]]
                if raw and not occurs(alt, [docs[s][0] for s in listed if docs[s]]):
                    rep.markup_facts += 1
                continue
            if any(docs[s] is None for s in listed):
                rep.unchecked_facts += 1  # may be in a source this script cannot read
                continue
            elsewhere = [name for name, texts in docs.items() if texts and occurs(alt, texts)]
            hint = f" (found in {', '.join(elsewhere)}; add it to sources?)" if elsewhere else ""
            rep.error(where, f"a fact of group {g} is in none of the listed sources",
                      f"{alt!r}{hint}", sealed)
    for s in listed:
        if docs[s] is not None and all_alts and not any(occurs(a, docs[s]) for a in all_alts):
            rep.warn(where, "a listed source contains none of the fact alternatives", s, sealed)


def _split_of(obj: dict, where: str, rep: Report) -> bool:
    """Whether the case is sealed (unknown splits are treated as sealed: never shown)."""
    split = obj.get("split")
    if split not in SPLITS:
        rep.error(f"{where} (sealed)", f"split must be one of {SPLITS}")
    return split != "train"


def check_questions(rows: list[tuple[int, dict]], docs: dict, rep: Report,
                    name: str = "questions.jsonl", minimum: dict | None = None) -> Counter:
    ids: set[str] = set()
    texts: dict[str, list[tuple[str, bool]]] = {}
    counts: Counter = Counter()
    for n, obj in rows:
        sealed = _split_of(obj, f"{name}:{n}", rep)
        where = f"{name}:{n} (sealed)" if sealed else f"{name}:{n} ({obj.get('id', '?')})"
        if not check_keys(obj, Q_KEYS, where, rep, sealed):
            continue
        qid, kind = obj["id"], obj["kind"]
        if not ID.fullmatch(qid):
            rep.error(where, "id should be a short lower-case prefix and 3+ digits (q001)")
        if qid in ids:
            rep.error(where, "duplicate id")
        ids.add(qid)
        if not obj["question"].strip():
            rep.error(where, "empty question")
        texts.setdefault(obj["question"].strip().lower(), []).append((qid, sealed))
        if kind not in Q_KINDS:
            rep.error(where, f"kind not in {Q_KINDS}")
            continue
        expected = kind in ANSWERABLE_KINDS
        if obj["answerable"] != expected:
            rep.error(where, f"kind {kind!r} requires answerable={expected}")
        check_evidence(where, obj["answerable"], obj["sources"], obj["facts"], docs, rep, sealed)
        counts[kind] += 1
        counts[f"{kind}/{obj['split']}"] += 1
        counts[obj["split"]] += 1
        counts["total"] += 1
        counts["answerable"] += int(expected)
    overlap = 0
    for text, users in texts.items():
        if len(users) > 1 and any(sealed for _, sealed in users):
            overlap += sum(sealed for _, sealed in users) - (all(s for _, s in users))
        elif len(users) > 1:
            rep.warn(name, f"one question text is used by {', '.join(i for i, _ in users)}",
                     repr(text))
    if overlap:
        rep.warn(name, f"{overlap} sealed question(s) repeat the text of another question")
    _minimums(name, counts, minimum or {}, rep, "cases")
    return counts


def check_conversations(rows: list[tuple[int, dict]], docs: dict, rep: Report,
                        name: str = "conversations.jsonl", minimum: dict | None = None) -> Counter:
    ids: set[str] = set()
    counts: Counter = Counter()
    for n, obj in rows:
        sealed = _split_of(obj, f"{name}:{n}", rep)
        where = f"{name}:{n} (sealed)" if sealed else f"{name}:{n} ({obj.get('id', '?')})"
        if not check_keys(obj, C_KEYS, where, rep, sealed):
            continue
        cid, kind, turns = obj["id"], obj["kind"], obj["turns"]
        if not ID.fullmatch(cid):
            rep.error(where, "id should be a short lower-case prefix and 3+ digits (c001)")
        if cid in ids:
            rep.error(where, "duplicate id")
        ids.add(cid)
        if kind not in C_KINDS:
            rep.error(where, f"kind not in {C_KINDS}")
            continue
        if kind != "comparison" and len(turns) < 2:
            rep.error(where, f"a {kind} conversation needs at least 2 turns")
        if not turns:
            rep.error(where, "no turns")
            continue
        good = _check_turns(where, turns, docs, rep, sealed)
        _check_shape(where, kind, good, rep)
        counts[kind] += 1
        counts["total"] += 1
        counts["turns"] += len(turns)
        counts["unanswerable turns"] += sum(1 for t in good if not t["answerable"])
        counts[obj["split"]] += 1
    _minimums(name, counts, minimum or {}, rep, "conversations")
    return counts


def _check_turns(where: str, turns: list, docs: dict, rep: Report, sealed: bool) -> list[dict]:
    good = []
    for t, turn in enumerate(turns, 1):
        twhere = f"{where} turn {t}"
        if not isinstance(turn, dict):
            rep.error(twhere, "turn is not an object")
            continue
        if not check_keys(turn, TURN_KEYS, twhere, rep, sealed):
            continue
        clar = turn.get("expects_clarification", False)
        if not isinstance(clar, bool):
            rep.error(twhere, "expects_clarification must be a boolean")
            clar = False
        if clar:
            if not turn["answerable"] or turn["roles"] or turn["facts"] or turn["sources"]:
                rep.error(twhere, "a clarification turn needs answerable=true and empty "
                                  "roles/facts/sources")
        if not all(isinstance(r, str) and r.strip() for r in turn["roles"]):
            rep.error(twhere, "roles must be non-empty strings")
        check_evidence(twhere, turn["answerable"], turn["sources"], turn["facts"], docs, rep,
                       sealed, allow_empty_facts=clar)
        good.append(turn)
    return good


def _check_shape(where: str, kind: str, turns: list[dict], rep: Report) -> None:
    if kind == "clarification" and (not turns or not (
            turns[0].get("expects_clarification") or not turns[0]["answerable"]
            and not turns[0]["roles"])):
        rep.error(where, "clarification conversation must open with a turn that is not answered "
                         "and names no role")
    if kind == "comparison" and not any(
            len(t["roles"]) >= 2 and t["answerable"] and len(t["facts"]) == len(t["roles"])
            for t in turns):
        # still scorable (on the whole answer), but not side by side
        rep.warn(where, "comparison has no answerable turn with >=2 roles and a fact group per side")
    if kind == "switch" and not any(set(a["roles"]) != set(b["roles"])
                                    and not set(a["roles"]) & set(b["roles"])
                                    for a, b in zip(turns, turns[1:])):
        rep.error(where, "switch conversation never moves to a disjoint set of roles")
    if kind == "followup" and len(turns) >= 2 and not any(
            set(a["roles"]) & set(b["roles"]) for a, b in zip(turns, turns[1:])):
        rep.warn(where, "followup conversation never carries a role from one turn to the next")


def _minimums(name: str, counts: Counter, minimum: dict, rep: Report, what: str) -> None:
    for key, least in minimum.items():
        if counts[key] < least:
            rep.error(name, f"need at least {least} {key} {what}, have {counts[key]}")


# -- running -----------------------------------------------------------------------------------

def check_set(s: EvalSet, rep: Report) -> list[str]:
    """Check one set; the summary lines (counts only)."""
    docs = load_docs(s.docs)
    qpath, cpath = s.folder / "questions.jsonl", s.folder / "conversations.jsonl"
    qc = check_questions(read_jsonl(qpath, rep), docs, rep, f"{s.name}/{qpath.name}", s.q_min)
    cc = check_conversations(read_jsonl(cpath, rep), docs, rep, f"{s.name}/{cpath.name}", s.c_min)
    if qc["total"] and not 0.2 <= qc["sealed"] / qc["total"] <= 0.6:
        rep.warn(f"{s.name}/{qpath.name}", f"sealed share is {qc['sealed'] / qc['total']:.0%}, "
                                           "expected 20-60%")
    unreadable = sorted(n for n, t in docs.items() if t is None)
    lines = [f"{s.name}: {len(docs)} documents in {s.docs}"
             + (f" ({len(unreadable)} not readable here: {', '.join(unreadable)})" if unreadable else ""),
             f"  questions: {qc['total']} total, {qc['answerable']} answerable, "
             f"train {qc['train']} / sealed {qc['sealed']}"]
    for k in Q_KINDS:
        lines.append(f"    {k:<13} {qc[k]:>3}   (train {qc[k + '/train']:>3}, sealed {qc[k + '/sealed']:>3})")
    lines.append(f"  conversations: {cc['total']} total, {cc['turns']} turns "
                 f"({cc['unanswerable turns']} unanswerable turns), train {cc['train']} / sealed {cc['sealed']}")
    lines += [f"    {k:<13} {cc[k]:>3}" for k in C_KINDS]
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", metavar="SET",
                    help=f"which sets to check: {', '.join(SETS)} (default: all)")
    ap.add_argument("--docs", type=Path, help="documents folder of another set")
    ap.add_argument("--eval", type=Path, help="folder with that set's questions.jsonl and conversations.jsonl")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = ap.parse_args(argv)
    if bool(args.docs) != bool(args.eval):
        ap.error("--docs and --eval go together")
    unknown = [n for n in args.sets if n not in SETS]
    if unknown:
        ap.error(f"unknown set {unknown[0]!r}; choose from {', '.join(SETS)}")
    chosen = [EvalSet(args.eval.name, args.docs, args.eval)] if args.docs else \
        [SETS[n] for n in (args.sets or SETS)]

    rep = Report()
    summary = [line for s in chosen for line in check_set(s, rep)]
    for line in rep.errors + rep.warnings + [""] + summary:
        print(line)
    if rep.markup_facts:
        print(f"note: {rep.markup_facts} fact alternative(s) occur in their Markdown source only "
              "once emphasis, code marks and link targets are dropped")
    if rep.unchecked_facts:
        print(f"note: {rep.unchecked_facts} fact alternative(s) of sources this script cannot read "
              "(PDF without its Markdown source) were not checked")
    failed = bool(rep.errors) or (args.strict and bool(rep.warnings))
    print(f"\n{len(rep.errors)} error(s), {len(rep.warnings)} warning(s): {'FAIL' if failed else 'OK'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
