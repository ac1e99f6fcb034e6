"""Composing an extractive answer: choose the sentences and list items that answer the question
from the retrieved chunks, drop near-duplicates, cite each one, and decide when to decline.

Every quote is a unit's text, which is `file_text[start:end]` of its source; nothing is
rewritten. The only words that are the bot's own come from prompts/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from bot.lexical import tokenize
from bot.markup import escape_markdown
from bot.prompts import Prompts
from bot.query import Query
from bot.records import Answer, Citation, Unit
from bot.retrieval import Scored
from bot.storage import IndexData

_AMOUNT = re.compile(r"\b(how much|salar(y|ies)|pay|paid|earn\w*|make|compensation|wage|income|"
                     r"money|how many|percent|growth rate|\$)", re.IGNORECASE)
_LIST = re.compile(r"\b(skills?|responsibilit\w*|tools?|languages?|frameworks?|certifications?|"
                   r"industr\w*|compan\w*|roles|steps|requirements?|duties|tasks|qualifications|"
                   r"libraries|technologies|challenges|practices|trends)\b", re.IGNORECASE)
_HAS_NUMBER = re.compile(r"[$%]|\d")


@dataclass(frozen=True)
class Weights:
    """How a candidate unit is scored; tuned on the evaluation set (see `careerbot eval`)."""

    cosine: float = 0.5
    chunk: float = 0.2
    overlap: float = 0.3
    number_bonus: float = 0.08
    item_bonus: float = 0.03
    keep_ratio: float = 0.85  # keep units scoring at least this fraction of the best
    duplicate_cosine: float = 0.9
    min_cosine: float = 0.3  # below this (and little word overlap) the documents do not answer
    min_overlap: float = 0.34


@dataclass(frozen=True)
class Candidate:
    row: int
    unit: Unit
    title: str
    score: float
    cosine: float
    overlap: float


class Composer:
    def __init__(self, data: IndexData, prompts: Prompts, max_units: int = 5,
                 weights: Weights | None = None) -> None:
        self.data, self.prompts, self.max_units = data, prompts, max_units
        self.w = weights or Weights()
        sizes = np.array([len(c.units) for c in data.chunks], dtype=np.int64)
        self.unit_offsets = np.concatenate([[0], np.cumsum(sizes)])
        self.unit_tokens = [
            frozenset(tokenize(" ".join((c.title, *u.section, u.label, u.text))))
            for c in data.chunks for u in c.units
        ]

    def candidates(self, query: Query, vector: np.ndarray, hits: list[Scored]) -> list[Candidate]:
        """Every answerable unit of the hit chunks, scored against the question, best first."""
        if not hits:
            return []
        rows = np.concatenate([np.arange(self.unit_offsets[h.row], self.unit_offsets[h.row + 1])
                               for h in hits]).astype(np.int64)
        if not len(rows):
            return []
        chunk_norm = np.concatenate([
            np.full(self.unit_offsets[h.row + 1] - self.unit_offsets[h.row], h.score / hits[0].score
                    if hits[0].score > 0 else 0.0) for h in hits])
        cosines = self.data.unit_vectors.matrix[rows] @ vector
        wanted = set(query.tokens)
        content = set(query.content) or wanted
        amount = bool(_AMOUNT.search(query.original))
        listing = bool(_LIST.search(query.original))
        out = []
        for row, cos, cnorm in zip(rows.tolist(), cosines.tolist(), chunk_norm.tolist()):
            unit = self.data.units[row]
            if unit.kind == "intro":
                continue
            overlap = len(content & self.unit_tokens[row]) / len(content) if content else 0.0
            score = self.w.cosine * cos + self.w.chunk * cnorm + self.w.overlap * overlap
            if amount:
                score += self.w.number_bonus if _HAS_NUMBER.search(unit.text) else -self.w.number_bonus
            if listing and unit.kind == "item":
                score += self.w.item_bonus
            title = self.data.chunks[int(self.data.unit_chunk[row])].title
            out.append(Candidate(row, unit, title, score, cos, overlap))
        out.sort(key=lambda c: -c.score)
        return out

    def answerable(self, query: Query, candidates: list[Candidate]) -> bool:
        """Decline when nothing is close, or when the question hinges on a word the documents
        never use (a city, a currency, a school they do not mention)."""
        if not candidates:
            return False
        best = candidates[0]
        if best.cosine < self.w.min_cosine and best.overlap < self.w.min_overlap:
            return False
        if query.unknown and len(query.unknown) >= max(1, len(query.content) // 2):
            return False
        return not _unknown_anchor(query)

    def select(self, query: Query, candidates: list[Candidate]) -> list[Candidate]:
        """The best units, near-duplicates dropped; for list questions the whole list."""
        best = candidates[0]
        floor = best.score * self.w.keep_ratio if best.score > 0 else best.score
        chosen: list[Candidate] = []
        pool = [best]
        if best.unit.kind == "item" and _LIST.search(query.original):
            pool += [c for c in candidates[1:] if _siblings(c.unit, best.unit)]
        pool += [c for c in candidates[1:] if c.score >= floor]
        for cand in pool:
            if len(chosen) >= self.max_units:
                break
            if cand in chosen or self._duplicate(cand, chosen):
                continue
            chosen.append(cand)
        return _reading_order(chosen)

    def _duplicate(self, cand: Candidate, chosen: list[Candidate]) -> bool:
        matrix = self.data.unit_vectors.matrix
        for other in chosen:
            if float(matrix[cand.row] @ matrix[other.row]) >= self.w.duplicate_cosine:
                return True
            a, b = self.unit_tokens[cand.row], self.unit_tokens[other.row]
            if cand.unit.text.lower() == other.unit.text.lower() or (
                    a and b and len(a & b) / len(a | b) > 0.85):
                return True
        return False

    def render(self, question: str, query: Query, chosen: list[Candidate]) -> Answer:
        citations = []
        lines: list[str] = []
        context = None
        for n, cand in enumerate(chosen, 1):
            unit = cand.unit
            citations.append(Citation(
                n=n, source=unit.source, title=cand.title, section=unit.section, quote=unit.text,
                start=unit.start, end=unit.end, score=round(cand.score, 4), label=unit.label,
            ))
            if unit.kind == "item":
                here = self._context(cand)
                if here != context:
                    lines.append(("\n" if lines else "") + here)
                    context = here
                lines.append(f"- {escape_markdown(unit.text)} [{n}]")
            else:
                context = None
                lines.append(("\n" if lines else "") + f"{escape_markdown(unit.text)} [{n}]")
        return Answer(
            question=question, text="\n".join(lines).strip(), citations=tuple(citations),
            answered=True, kind="answer", query=query.text,
            confidence=round(chosen[0].score, 4) if chosen else 0.0,
        )

    def _context(self, cand: Candidate) -> str:
        fmt = self.prompts.format
        parts = [*cand.unit.section[-2:], cand.unit.label] if cand.unit.section else [cand.title]
        text = fmt.context_separator.join(escape_markdown(p) for p in parts if p)
        return fmt.item_context.format(context=text)


def _siblings(a: Unit, b: Unit) -> bool:
    return a.kind == "item" and a.source == b.source and a.section == b.section and a.label == b.label


def _reading_order(chosen: list[Candidate]) -> list[Candidate]:
    """Keep the best unit's group first, but list items of one group in document order."""
    groups: dict[tuple, list[Candidate]] = {}
    for cand in chosen:
        key = (cand.unit.source, cand.unit.section, cand.unit.label) if cand.unit.kind == "item" \
            else (cand.unit.source, cand.unit.start)
        groups.setdefault(key, []).append(cand)
    return [c for group in groups.values() for c in sorted(group, key=lambda c: c.unit.start)]


def _unknown_anchor(query: Query) -> bool:
    """A capitalised word of the question (a place, a company, a school) that no document uses."""
    if not query.unknown:
        return False
    unknown = set(query.unknown)
    for word in re.findall(r"\b[A-Z][a-zA-Z]+\b", query.original):
        if tokenize(word) and tokenize(word)[0] in unknown and word.lower() not in {"i", "im"}:
            return True
    return False
