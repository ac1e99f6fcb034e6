"""Composing an extractive answer: choose the sentences and list items that answer the question
from the retrieved chunks, drop near-duplicates, cite each one, and decide when to decline.

Every quote is a unit's text, which is `file_text[start:end]` of its source; nothing is
rewritten. The only words that are the bot's own come from prompts/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from bot.answer.advice import ASPECT_ORDER, aspect_of, is_advice, unknown_in_request, unknown_situation
from bot.index.lexical import tokenize
from bot.answer.candidate import Candidate
from bot.answer.listing import figures, group_names, reading_order, siblings
from bot.markup import escape_markdown
from bot.answer.overview import (first_units, group_of, listed_concepts, lists_it, mostly_other,
                          section_rows)
from bot.prompts import Prompts
from bot.answer.query import ABBREVIATIONS, Query
from bot.answer.roles import find_roles
from bot.records import Answer, Citation, Unit
from bot.answer.retrieval import Scored
from bot.index.storage import IndexData

_AMOUNT = re.compile(r"\b(how much|salar(y|ies)|pay|paid|earn\w*|make|compensation|wage|income|"
                     r"money|how many|how (big|large)|percent|growth rate|\$)", re.IGNORECASE)
_LIST = re.compile(r"\b(skills?|responsibilit\w*|tools?|languages?|frameworks?|certifications?|"
                   r"industr\w*|compan\w*|roles|steps|requirements?|duties|tasks|qualifications|"
                   r"libraries|technologies|challenges|practices|trends)\b", re.IGNORECASE)
# A figure that can answer "how much / how many": money, a percentage, a count or a range,
# not a bare year ("as of 2024").
_FIGURE = re.compile(r"[$%€£]|\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?\s*(?:k|million|billion|"
                     r"percent|years?|\+)(?!\w)|\b\d+\s*[-–]\s*\d+\b", re.IGNORECASE)

@dataclass(frozen=True)
class Weights:
    """How a candidate unit is scored; tuned on the evaluation set (see `careerbot eval`)."""

    cosine: float = 0.5
    chunk: float = 0.2
    overlap: float = 0.1
    coverage: float = 0.3
    number_bonus: float = 0.08
    item_bonus: float = 0.03
    keep_ratio: float = 0.85  # keep units scoring at least this fraction of the best
    list_ratio: float = 0.9  # list questions: an item this close to the best sentence wins
    advice_ratio: float = 0.8  # advice answers: per aspect, the best unit above this share
    duplicate_cosine: float = 0.9
    min_cosine: float = 0.3  # below this (and little word overlap) the documents do not answer
    min_overlap: float = 0.34
    min_coverage: float = 0.55  # share (idf-weighted) of the question's words the best unit's context holds
    coverage_depth: int = 10  # how many of the best candidates may supply that coverage
    pool: int = 60  # candidates kept for selection
    common_idf: float = 1.0  # words in about a third of units or more narrow nothing
    role_penalty: float = 0.15  # a unit about another role than the one asked about
    overview_units: int = 12  # a section overview quotes at most this many sub-sections


class Composer:
    def __init__(self, data: IndexData, prompts: Prompts, max_units: int = 5,
                 weights: Weights | None = None) -> None:
        self.data, self.prompts, self.max_units = data, prompts, max_units
        self.w = weights or Weights()
        sizes = np.array([len(c.units) for c in data.chunks], dtype=np.int64)
        self.unit_offsets = np.concatenate([[0], np.cumsum(sizes)])
        self.group = group_names(data.units)
        self.unit_tokens = [
            frozenset(tokenize(" ".join((self._title(row), *u.section, u.label, self._group_text(row),
                                         u.text))))
            for row, u in enumerate(data.units)
        ]
        self.columns = {t: i for i, t in enumerate(sorted(set().union(*self.unit_tokens)))}
        # which unit (with its title, headings and label) mentions which token: coverage of a
        # question by every unit at once is a few column reads
        self.mentions = np.zeros((len(self.unit_tokens), len(self.columns)), dtype=bool)
        for row, tokens in enumerate(self.unit_tokens):
            self.mentions[row, [self.columns[t] for t in tokens]] = True
        df = self.mentions.sum(axis=0)
        self.idf = np.log((len(self.unit_tokens) + 1) / (df + 0.5))
        self.idf_unknown = float(self.idf.max()) if len(self.idf) else 1.0
        self.doc_tokens: dict[str, frozenset[str]] = {}
        for row, u in enumerate(data.units):
            self.doc_tokens[u.source] = self.doc_tokens.get(u.source, frozenset()) | self.unit_tokens[row]
        self.has_number = np.array([bool(_FIGURE.search(u.text)) for u in data.units])
        self.is_item = np.array([u.kind == "item" for u in data.units])
        self.is_intro = np.array([u.kind == "intro" for u in data.units])
        # the roles a unit itself names (text, label, nearest heading), for role mismatches
        self.unit_roles = [frozenset(find_roles(" ".join((u.section[-1] if u.section else "",
                                                          u.label, u.text)))) for u in data.units]

    def candidates(self, query: Query, vector: np.ndarray, hits: list[Scored]) -> list[Candidate]:
        """Every unit scored against the question (its cosine, how much of the question its
        context covers, and how well its chunk was retrieved); the best `pool` first."""
        if not hits or not len(self.data.units):
            return []
        w = self.w
        cosines = self.data.unit_vectors.matrix @ vector
        # "how can I maximise my pay?" asks for advice, not for a figure
        amount = bool(_AMOUNT.search(query.original)) and not is_advice(query)
        coverage, overlap = self._coverage(query)
        if amount:
            coverage = coverage * self.has_number
        chunk_norm = np.zeros(len(self.data.chunks))
        top = hits[0].score if hits[0].score > 0 else 1.0
        chunk_norm[[h.row for h in hits]] = [h.score / top for h in hits]
        score = (w.cosine * cosines + w.chunk * chunk_norm[self.data.unit_chunk]
                 + w.overlap * overlap + w.coverage * coverage)
        if amount:
            score += np.where(self.has_number, w.number_bonus, -w.number_bonus)
        if _LIST.search(query.original):
            score += w.item_bonus * self.is_item
        score -= w.role_penalty * self._other_role(query)
        score[self.is_intro] = -np.inf
        pool = min(w.pool, len(score))
        rows = np.argpartition(-score, pool - 1)[:pool]
        rows = rows[np.argsort(-score[rows], kind="stable")]
        return [Candidate(int(r), self.data.units[r], self._title(r), float(score[r]),
                          float(cosines[r]), float(overlap[r]), float(coverage[r]))
                for r in rows.tolist() if np.isfinite(score[r])]

    def _other_role(self, query: Query) -> np.ndarray:
        """1 for units that name roles, none of them the one asked about."""
        asked = set(find_roles(query.original) + find_roles(query.text))
        if not asked:
            return np.zeros(len(self.unit_roles))
        return np.array([bool(r) and not (r & asked) for r in self.unit_roles], dtype=float)

    def _title(self, row: int) -> str:
        return self.data.chunks[int(self.data.unit_chunk[row])].title

    def _group_text(self, row: int) -> str:
        group = self.group[row]
        return self.data.units[group].text if group >= 0 else ""

    def _coverage(self, query: Query) -> tuple[np.ndarray, np.ndarray]:
        """Per unit: the idf-weighted share of the question's concepts (a word or any of its
        synonyms) that the unit's context mentions, and the plain share."""
        n = len(self.unit_tokens)
        if not query.concepts:
            return np.zeros(n), np.zeros(n)
        covered = np.zeros((n, len(query.concepts)), dtype=bool)
        weights = np.empty(len(query.concepts))
        for j, concept in enumerate(query.concepts):
            cols = [self.columns[t] for t in concept if t in self.columns]
            weights[j] = self.idf[cols].max() if cols else self.idf_unknown
            if cols:
                covered[:, j] = self.mentions[:, cols].any(axis=1)
        return covered @ (weights / weights.sum()), covered.mean(axis=1)

    def answerable(self, query: Query, candidates: list[Candidate]) -> bool:
        """Decline when nothing is close, when the question hinges on a real word the documents
        never use (a city, a currency, a school), or when no passage holds both what is asked
        and whom it is about ("BI developer" + "salary" when only ML engineers' are given)."""
        if not candidates:
            return False
        best = candidates[0]
        if best.cosine < self.w.min_cosine and best.overlap < self.w.min_overlap:
            return False
        if is_advice(query):
            return not unknown_in_request(query)
        if query.unknown:
            return False
        top = candidates[: self.w.coverage_depth]
        if _AMOUNT.search(query.original) and query.subjects:
            # a figure answers for whom it is given: its context must name the asked role's
            # qualifiers ("deep learning", "product") and its document the role itself
            top = [c for c in top if self.has_number[c.row] and self._about_subjects(query, c)]
        return max((c.coverage for c in top), default=0.0) >= self.w.min_coverage

    def _about_subjects(self, query: Query, cand: Candidate) -> bool:
        concepts = {t: concept for concept in query.concepts for t in concept}
        here, document = self.unit_tokens[cand.row], self.doc_tokens[cand.unit.source]
        return all(all(concepts.get(m, {m}) & here for m in modifiers if not self._common(m))
                   and concepts.get(head, {head}) & document for modifiers, head in query.subjects)

    def _common(self, token: str) -> bool:
        """A word most units' context holds ("machine learning"): it narrows nothing."""
        col = self.columns.get(token)
        return col is not None and self.idf[col] < self.w.common_idf

    def select(self, query: Query, candidates: list[Candidate],
               overview: bool = False) -> list[Candidate]:
        """The best units, near-duplicates dropped; for list questions the whole list (with
        `overview`, a section's sub-sections: bot/overview.py); for advice questions the best
        quotes on each aspect (path, skills, education, experience)."""
        if is_advice(query):
            return self._select_advice(candidates)
        plain = self._select_plain(query, candidates)
        sections = self._overview(query, candidates) if overview else []
        if not sections:
            return plain
        # the overview, with the best quotes inside the same section it left out
        parent = group_of(sections[0].unit).parent
        rows = {c.row for c in sections}
        inside = [replace(c, overview=True) for c in plain if c.row not in rows
                  and (g := group_of(c.unit)) is not None and g.parent == parent]
        return sorted(sections + inside, key=lambda c: c.unit.start)

    def _select_plain(self, query: Query, candidates: list[Candidate]) -> list[Candidate]:
        best = candidates[0]
        floor = best.score * self.w.keep_ratio if best.score > 0 else best.score
        listing = bool(_LIST.search(query.original))
        if listing and best.unit.kind != "item":
            # "which skills" is answered by a list, not by a sentence saying skills matter
            best = next((c for c in candidates if c.unit.kind == "item" and
                         c.score >= best.score * self.w.list_ratio), best)
        chosen: list[Candidate] = []
        pool = [best]
        if best.unit.kind == "item" and listing:
            pool += self._followers(best)
            pool += [c for c in candidates[1:] if self._siblings(c, best)]
        pool += [c for c in candidates[1:] if c.score >= floor]
        for cand in pool:
            if len(chosen) >= self.max_units:
                break
            if cand in chosen or self._duplicate(cand, chosen):
                continue
            chosen.append(cand)
        return reading_order(chosen)

    def _overview(self, query: Query, candidates: list[Candidate]) -> list[Candidate]:
        """The first unit of each sub-section of the section that lists what is asked for
        ("soft skills": "Essential Soft Skills"), chosen by how much of the question its title
        and headings cover; empty when no such section covers enough of it."""
        listed = listed_concepts(query.concepts)
        best, key = None, None
        for cand in candidates if listed else []:
            group = group_of(cand.unit)
            if group is None or not lists_it(group, listed):
                continue
            here = (round(self._heading_coverage(query, cand.title, group.parent[1]), 3), cand.score)
            if key is None or here > key:
                rows, headings = first_units(self.data.units, group.parent)
                if len(rows) >= 3 and mostly_other(headings, listed):
                    best, key = (cand, group, rows), here
        # the overview must cover the question as well as the best single quote does
        if best is None or key[0] < max(self.w.min_coverage, round(candidates[0].coverage, 3)):
            return []
        cand, group, rows = best
        whole = section_rows(self.data.units, group.parent)
        rows = whole if len(whole) <= self.w.overview_units else rows[: self.w.overview_units]
        return [Candidate(r, self.data.units[r], cand.title, cand.score, cand.cosine, cand.overlap,
                          cand.coverage, overview=True) for r in rows]

    def _heading_coverage(self, query: Query, title: str, section: tuple) -> float:
        """The idf-weighted share of the question's concepts a title and headings mention
        (their abbreviations spelled out, as the question's are: "ML Education Specialist")."""
        words = " ".join((title, *section)).split()
        tokens = set(tokenize(" ".join(ABBREVIATIONS.get(w.lower(), w) for w in words)))
        weights = [max((self.idf[self.columns[t]] for t in c if t in self.columns),
                       default=self.idf_unknown) for c in query.concepts]
        hit = sum(w for c, w in zip(query.concepts, weights) if c & tokens)
        return hit / sum(weights) if weights else 0.0

    def _select_advice(self, candidates: list[Candidate]) -> list[Candidate]:
        """The best quotes overall, then the best on each aspect still missing; grouped."""
        floor = candidates[0].score * self.w.advice_ratio
        top = candidates[0].score * self.w.keep_ratio
        chosen: list[Candidate] = []
        for cand in candidates:
            if cand.score < floor or len(chosen) >= self.max_units:
                break
            aspect = aspect_of(self.unit_tokens[cand.row]) or ASPECT_ORDER[0]
            have = {c.aspect for c in chosen}
            if (cand.score >= top or aspect not in have) and not self._duplicate(cand, chosen):
                chosen.append(replace(cand, aspect=aspect))
        return sorted(chosen, key=lambda c: ASPECT_ORDER.index(c.aspect))

    def _siblings(self, a: Candidate, b: Candidate) -> bool:
        if self.group[a.row] >= 0 or self.group[b.row] >= 0:
            return self.group[a.row] == self.group[b.row]
        return siblings(a.unit, b.unit)

    def _followers(self, cand: Candidate) -> list[Candidate]:
        """The items after a flattened list's group name ("- Certifications (Recommended)"
        followed by "- AWS Certified ..."): the name alone answers nothing."""
        if not any(g == cand.row for g in self.group[cand.row + 1:cand.row + 2]):
            return []
        out = []
        for row in range(cand.row + 1, min(cand.row + self.max_units, len(self.data.units))):
            unit = self.data.units[row]
            if self.group[row] != cand.row:
                break
            out.append(Candidate(row, unit, cand.title, cand.score, cand.cosine, cand.overlap,
                                 cand.coverage))
        return out

    def _duplicate(self, cand: Candidate, chosen: list[Candidate]) -> bool:
        matrix = self.data.unit_vectors.matrix
        for other in chosen:
            if figures(cand.unit.text) != figures(other.unit.text):
                continue  # "Salary range: $70,000 to $285,000" says more than "Most common range"
            if float(matrix[cand.row] @ matrix[other.row]) >= self.w.duplicate_cosine:
                return True
            # the quotes' own words: items of one list share all of their context
            a, b = set(tokenize(cand.unit.text)), set(tokenize(other.unit.text))
            if cand.unit.text.lower() == other.unit.text.lower() or (
                    a and b and len(a & b) / len(a | b) > 0.85):
                return True
        return False

    def render(self, question: str, query: Query, chosen: list[Candidate]) -> Answer:
        citations = []
        lines: list[str] = []
        if unknown_situation(query):
            lines.append(self.prompts.replies.unknown_situation)
        context = aspect = None
        for n, cand in enumerate(chosen, 1):
            unit = cand.unit
            if cand.aspect and cand.aspect != aspect:
                aspect = cand.aspect
                lines.append(("\n" if lines else "") + self._aspect_line(cand))
            citations.append(Citation(
                n=n, source=unit.source, title=cand.title, section=unit.section, quote=unit.text,
                start=unit.start, end=unit.end, score=round(cand.score, 4), label=unit.label,
            ))
            if unit.kind == "item" or cand.overview:
                here = self._context(cand)
                if here != context:
                    headed = bool(cand.aspect) and lines[-1].endswith(self._aspect_line(cand))
                    lines.append(("\n" if lines and not headed else "") + here)
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

    def _aspect_line(self, cand: Candidate) -> str:
        advice = self.prompts.advice
        return advice.heading.format(aspect=getattr(advice, cand.aspect))

    def _context(self, cand: Candidate) -> str:
        fmt = self.prompts.format
        parts = [*cand.unit.section[-2:], cand.unit.label] if cand.unit.section else [cand.title]
        text = fmt.context_separator.join(escape_markdown(p) for p in parts if p)
        return fmt.item_context.format(context=text)
