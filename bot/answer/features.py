"""Candidate units for a question, and the general features the fitted ranker scores them by.

Candidates are the units of the best chunks of the hybrid search, plus the units closest to the
question by their own vectors, plus those sharing its rarest words. Every feature is computable
for any corpus: cosines, BM25 and IDF-weighted overlaps of the unit and of its context (title,
headings, list label), what of the question nothing covers, the unit's kind, length and place,
whether it holds a figure when the question asks for an amount (and one of the kind asked: a
length of time for "how long", see `quantities`), how much of the question its whole document
never uses (`doc_uncovered`, read by the gate at the best unit), whether it gives another of a
series in place of the one asked (`specific_sibling`: 2023 for 2024, IC3 for IC4), and its
cosine to what the question asks of the role it names (`cos_aspect`: the question's word pieces
without the role's, see `Embedder.encode_query_without`; the question's own cosine when it names
no role).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from bot.answer.question import Question
from bot.answer.retrieval import Scored
from bot.index import quantities
from bot.index.knowledge import canonical
from bot.index.storage import IndexData
from bot.index.unitterms import KINDS

FEATURES = (
    "cos_unit", "cos_chunk", "cos_rank", "chunk_rank", "chunk_fused", "chunk_bm25",
    "overlap_text", "overlap_context", "coverage", "uncovered_idf", "unknown_share",
    "role_named", "role_other", "amount_figure", "amount_none", "item", "intro",
    "first_in_section", "log_chars", "query_terms", "cos_gap", "coverage_gap", "overlap_gap",
    "cos_before", "cos_section", "specific_uncovered", "specific_missing",
    "overlap_label", "position", "section_units", "cos_aspect", "cos_aspect_gap",
    "quantity_missing", "doc_uncovered", "specific_sibling",
)


@dataclass(frozen=True)
class Candidates:
    rows: np.ndarray  # unit rows
    features: np.ndarray  # len(rows) x len(FEATURES)
    # the question's cosines to the units that are not candidates, summed, and their number:
    # what the rest of this corpus scores for it (a corpus on one subject scores every question
    # high), read from the mean unit vector stored with the index; see Ranker.background
    rest_sum: float = 0.0
    rest_count: int = 0


_YEAR = re.compile(r"(?:19|20)\d\d")
_CODE = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z\d]+")


def series_form(term: str) -> str:
    """The form of a term that names one of a series ("year", "code:ic" for IC4, "number" for
    the 6 of "band 6"), or "" for a word."""
    if _YEAR.fullmatch(term):
        return "year"
    if term.isdigit():
        return "number"
    if _CODE.fullmatch(term):
        return "code:" + re.sub(r"\d+", "", term)
    return ""


class _RowTerms:
    """The terms of one field of each unit, as a set per row (read from the stored counts)."""

    def __init__(self, matrix, vocabulary: list[str]) -> None:
        self._indptr, self._indices, self._vocabulary = matrix.indptr, matrix.indices, vocabulary

    def __len__(self) -> int:
        return len(self._indptr) - 1

    def __getitem__(self, row: int) -> frozenset[str]:
        v = self._vocabulary
        return frozenset(v[i] for i in self._indices[self._indptr[row]:self._indptr[row + 1]].tolist())


class UnitTable:
    """Per-unit facts for the features: the terms stored with the index (`unit_terms`), and
    flags read from the units at load, all linear in the corpus and sparse."""

    def __init__(self, data: IndexData, role_keys: list[str],
                 abbreviations: dict[str, str] | None = None) -> None:
        self.data = data
        terms, facts = data.unit_terms, data.facts
        vocabulary = terms.vocabulary
        self.text_terms = _RowTerms(terms.fields["text"], vocabulary)
        self.context_terms = _RowTerms(terms.fields["context"], vocabulary)
        self.label_terms = _RowTerms(terms.fields["label"], vocabulary)
        # a unit holds a term when its text or its context (title, headings, label) does
        holds = terms.fields["text"].plus(terms.fields["context"]).transposed()
        self._holds, self._ids = holds, terms.ids
        counts = np.diff(holds.indptr)
        self.df = {vocabulary[i]: int(counts[i]) for i in np.flatnonzero(counts).tolist()}
        capital = np.bincount(terms.fields["capital"].indices, terms.fields["capital"].data,
                              minlength=len(vocabulary))
        lower = np.bincount(terms.fields["lower"].indices, terms.fields["lower"].data,
                            minlength=len(vocabulary))
        # terms the corpus writes with a capital inside sentences (places, companies,
        # products): a question naming one asks about that one, however the asker typed it
        self.proper = frozenset(vocabulary[i] for i in np.flatnonzero(
            (capital > 0) & ((lower == 0) | ((capital >= 3) & (capital >= 4 * lower)))).tolist())
        n_units = len(data.unit_chunk)
        self.sources = len(data.chunks.sources)
        self.max_idf = math.log((max(n_units, 1) + 1) / 0.5)
        kind = facts["unit_kind"]
        self.is_item = (kind == KINDS.index("item")).astype(float)
        self.is_intro = (kind == KINDS.index("intro")).astype(float)
        self.has_figure = facts["unit_figure"].astype(float)
        self.has_money = facts["unit_money"].astype(float)
        self.quantities = facts["unit_quantities"].astype(np.int64)
        self.log_chars = np.log1p(facts["unit_chars"].astype(float))
        first = facts["unit_first"].astype(float)
        self.first = first
        self.same_as_previous = 1 - first.astype(bool)
        self.section_id = (np.cumsum(first) - 1).astype(np.int64)
        starts = np.flatnonzero(first) if len(first) else np.zeros(0, dtype=np.int64)
        sizes = np.diff(np.append(starts, n_units))
        self.section_units = np.log1p(sizes[self.section_id]) if n_units else np.zeros(0)
        self.position = (np.arange(n_units) - starts[self.section_id]) / np.maximum(
            sizes[self.section_id], 1) if n_units else np.zeros(0)
        self._offsets = np.concatenate([[0], np.cumsum(facts["chunk_units"].astype(np.int64))])
        self.role_keys = role_keys
        self.abbreviations = abbreviations or {}
        self._roles: dict[int, frozenset[str]] = {}
        self._form_cache: dict[int, dict[str, frozenset[str]]] = {}
        self._unit_source = data.chunks.chunk_source[data.unit_chunk].astype(np.int64) \
            if n_units else np.zeros(0, dtype=np.int64)

    def _hits(self, field, rows: np.ndarray, terms: list[str]) -> np.ndarray:
        """hit[i, j]: unit `rows[i]` holds `terms[j]` in this field (a term the corpus lacks is
        held by none)."""
        hit = np.zeros((len(rows), len(terms)), dtype=bool)
        known = [(j, self._ids[t]) for j, t in enumerate(terms) if t in self._ids]
        if not known or not len(rows):
            return hit
        part = field.take(rows)
        ids = np.array([c for _, c in known])
        order = np.argsort(ids)
        ids, where = ids[order], np.array([j for j, _ in known])[order]
        at = np.minimum(np.searchsorted(ids, part.indices), len(ids) - 1)
        match = ids[at] == part.indices
        hit[part.row_of_values()[match], where[at[match]]] = True
        return hit

    def rows_with(self, term: str) -> np.ndarray:
        """The units whose text or context holds `term`, in row order."""
        column = self._ids.get(term)
        if column is None:
            return np.zeros(0, dtype=np.int64)
        return self._holds.indices[self._holds.indptr[column]:self._holds.indptr[column + 1]]

    def texts_with(self, terms: list[str]) -> list[str]:
        """The texts of the units whose text or context holds every one of `terms`."""
        rows = None
        for term in terms:
            found = self.rows_with(term)
            rows = found if rows is None else np.intersect1d(rows, found, assume_unique=True)
        return [self.data.units[int(r)].text for r in (rows if rows is not None else [])]

    @cached_property
    def source_df(self) -> dict[str, int]:
        """In how many documents each term occurs (computed when first asked)."""
        names = self.data.chunks.sources
        source = self._unit_source
        holds = self._holds
        columns = holds.row_of_values()  # the matrix is transposed: its rows are the terms
        pairs = np.unique(columns * max(len(names), 1) + source[holds.indices])
        counts = np.bincount(pairs // max(len(names), 1), minlength=holds.shape[0])
        vocabulary = self.data.unit_terms.vocabulary
        return {vocabulary[i]: int(counts[i]) for i in np.flatnonzero(counts).tolist()}

    def roles_of(self, row: int) -> frozenset[str]:
        """The roles a unit is about (for "is this about the role asked?"): those named by the
        closest of its text, its label, its headings from the nearest out, and its title that
        names any, as the innermost heading scopes what is under it (a guide to one role may
        hold a section on another). Found when first needed, so loading stays light."""
        found = self._roles.get(row)
        if found is None:
            u = self.data.units[row]
            title = self.data.chunks[int(self.data.unit_chunk[row])].title
            found = frozenset()
            for text in (u.text, u.label, *reversed(u.section), title):
                key = f" {canonical(text, self.abbreviations)} "
                found = frozenset(r for r in self.role_keys if f" {r} " in key)
                if found:
                    break
            self._roles[row] = found
        return found

    def sources_with(self, term: str) -> np.ndarray:
        """The documents (source ids, sorted) whose units' text or context holds `term`."""
        return np.unique(self._unit_source[self.rows_with(term)])

    def idf(self, term: str) -> float:
        n = len(self.text_terms)
        return math.log((n + 1) / (self.df.get(term, 0) + 0.5))

    def _forms(self, row: int) -> dict[str, frozenset[str]]:
        """The unit's terms (text and context) that name one of a series, by their form."""
        found = self._form_cache.get(row)
        if found is None:
            grouped: dict[str, set[str]] = defaultdict(set)
            for term in self.text_terms[row] | self.context_terms[row]:
                form = series_form(term)
                if form:
                    grouped[form].add(term)
            found = self._form_cache[row] = {k: frozenset(v) for k, v in grouped.items()}
        return found

    def candidates(self, q: Question, vector: np.ndarray, hits: list[Scored],
                   aspect: np.ndarray | None = None, extra: int = 30) -> Candidates:
        """`vector` is the question's; `aspect` that of what it asks of the role or earlier
        topic it names (its words outside `Question.scope_spans`); None when it names neither,
        and the question's own cosines stand for it."""
        data = self.data
        if not len(data.unit_chunk):
            return Candidates(np.zeros(0, dtype=np.int64), np.zeros((0, len(FEATURES))))
        chunk_rank = {h.row: i for i, h in enumerate(hits)}
        rows: set[int] = set()
        for h in hits:
            rows.update(range(*self._unit_span(h.row)))
        _, near = data.unit_vectors.search(vector, min(extra, len(data.unit_chunk)))
        rows.update(int(r) for r in near if r >= 0)
        weights = {t: self.idf(t) for t in q.terms}
        rows.update(self._overlap_top(weights, extra))
        order = np.array(sorted(rows), dtype=np.int64)
        features = self._features(q, vector, order, hits, chunk_rank, weights, aspect)
        # every unit's cosine summed is n times the cosine to the mean unit vector; the
        # candidates' own cosines are taken out, since they are the ones that may answer
        everyone = len(data.unit_chunk) * float(data.unit_mean @ vector)
        own = float(features[:, FEATURES.index("cos_unit")].sum())
        return Candidates(order, features, everyone - own, len(data.unit_chunk) - len(order))

    def _unit_span(self, chunk_row: int) -> tuple[int, int]:
        return int(self._offsets[chunk_row]), int(self._offsets[chunk_row + 1])

    def _overlap_top(self, weights: dict[str, float], k: int) -> list[int]:
        """The `k` units holding the most weight of the question's terms; ties in the order the
        terms and then the rows first reach them. One vectorised pass over the postings."""
        parts = [(self.rows_with(term)[:5000], w) for term, w in weights.items()]
        parts = [(rows, w) for rows, w in parts if len(rows)]
        if not parts:
            return []
        rows = np.concatenate([r for r, _ in parts])
        held = np.concatenate([np.full(len(r), w) for r, w in parts])
        unique, first, inverse = np.unique(rows, return_index=True, return_inverse=True)
        score = np.bincount(inverse, weights=held)
        order = np.lexsort((first, -score))[:k]
        return unique[order].tolist()

    def _features(self, q: Question, vector: np.ndarray, rows: np.ndarray, hits: list[Scored],
                  chunk_rank: dict[int, int], weights: dict[str, float],
                  aspect: np.ndarray | None) -> np.ndarray:
        data = self.data
        total = sum(weights.values()) or 1.0
        unit_vectors = data.unit_vectors.rows(rows)
        cos = unit_vectors @ vector
        cos_aspect = cos if aspect is None else unit_vectors @ aspect
        chunks = data.unit_chunk[rows]
        cos_chunk = data.chunk_vectors.rows(chunks) @ vector
        order = np.empty(len(rows))
        order[np.argsort(-cos, kind="stable")] = np.arange(len(rows))
        fused = {h.row: h.score for h in hits}
        bm25 = {h.row: h.lexical for h in hits}
        top_fused = max(fused.values(), default=1.0) or 1.0
        top_bm25 = max(bm25.values(), default=1.0) or 1.0
        unknown = sum(self.max_idf for _ in q.unknown)
        asks = quantities.mask(q.asks)
        asked = set(q.roles)
        specific = list(q.specific)
        # which candidate holds which question term, in its text, context or label: one
        # vectorised pass over the stored term rows (columns: the weighted terms, then the
        # specific ones that are not weighted)
        asked_terms = list(weights) + [t for t in dict.fromkeys(specific) if t not in weights]
        w = np.array([weights[t] for t in weights], dtype=float)
        n = len(w)
        fields = self.data.unit_terms.fields
        in_text_m = self._hits(fields["text"], rows, asked_terms)
        in_label_m = self._hits(fields["label"], rows, asked_terms)
        in_context_m = self._hits(fields["context"], rows, asked_terms)
        held = in_text_m | in_context_m
        in_text_w = in_text_m[:, :n] @ w
        in_context_w = in_context_m[:, :n] @ w
        covered_w = held[:, :n] @ w
        missing_w = np.where(held[:, :n], 0.0, w).max(axis=1) if n else np.zeros(len(rows))
        in_label_w = in_label_m[:, :n] @ w
        column = {t: i for i, t in enumerate(asked_terms)}
        spec = [column[t] for t in specific]
        missing_everywhere = float(np.mean(~held[:, spec].any(axis=0))) if spec else 0.0
        # the unit before (same section): a list's introduction, the sentence naming the topic
        before = np.where(self.same_as_previous[rows], rows - 1, rows)
        # a specific thing named by the sentence before is still what this one is about ("I took
        # the DipTrans. The three exam papers cost about £1,000.")
        specific_uncovered = (~(held[:, spec] | self._hits(
            fields["text"], before, [asked_terms[j] for j in spec]))).any(axis=1) \
            if spec else np.zeros(len(rows), bool)
        cos_before = data.unit_vectors.rows(before) @ vector
        # another of the same series in place of the one asked: a unit that lacks the year, the
        # grade or the numbered thing the question names and gives another (2023 for 2024, IC3
        # for IC4) is about a sibling of what is asked. Documents list parallel things; a
        # question about one they do not list meets its siblings.
        series = [(j, t, form) for j, t in zip(spec, specific) if (form := series_form(t))]
        named = set(specific)
        sibling = np.zeros(len(rows))
        if series:
            before_m = self._hits(fields["text"], before, [t for _, t, _ in series])
            for i, row in enumerate(rows.tolist()):
                forms = self._forms(row)
                sibling[i] = float(any(
                    not held[i, j] and not before_m[i, k] and bool(forms.get(form, set()) - named)
                    for k, (j, _, form) in enumerate(series)))
        # the share of the question's weight that the unit's document never uses, anywhere: a
        # document that never names what the question hinges on ("principal", "Munich", "pass
        # rate") does not answer it, however close its best sentence reads
        source = self._unit_source[rows]
        absent = np.zeros(len(rows))
        for term, weight in weights.items():
            absent += weight * ~np.isin(source, self.sources_with(term))
        doc_uncovered = absent / total
        section_best: dict[int, float] = defaultdict(lambda: -1.0)
        for i, row in enumerate(rows.tolist()):
            sid = int(self.section_id[row])
            section_best[sid] = max(section_best[sid], float(cos[i]))
        out = np.zeros((len(rows), len(FEATURES)))
        for i, row in enumerate(rows.tolist()):
            chunk = int(chunks[i])
            named = self.roles_of(row)
            out[i] = (
                cos[i], cos_chunk[i], 1.0 / (1.0 + order[i]),
                1.0 / (1.0 + chunk_rank[chunk]) if chunk in chunk_rank else 0.0,
                fused.get(chunk, 0.0) / top_fused, bm25.get(chunk, 0.0) / top_bm25,
                in_text_w[i] / total, in_context_w[i] / total, covered_w[i] / total,
                missing_w[i] / self.max_idf,
                unknown / (unknown + total) if unknown else 0.0,
                float(bool(asked & named)), float(bool(asked) and bool(named) and not asked & named),
                float(q.asks_amount) * self.has_money[row],
                float(q.asks_amount) * (1.0 - self.has_figure[row]),
                self.is_item[row], self.is_intro[row], self.first[row], self.log_chars[row],
                math.log1p(len(q.terms)), 0.0, 0.0, 0.0, cos_before[i],
                section_best[int(self.section_id[row])],
                float(specific_uncovered[i]),
                missing_everywhere,
                in_label_w[i] / total,
                self.position[row], self.section_units[row], cos_aspect[i], 0.0,
                # it asks for a kind of figure ("how long") and the unit states none of them
                float(bool(asks) and not self.quantities[row] & asks),
                doc_uncovered[i],
                sibling[i],
            )
        col = {name: i for i, name in enumerate(FEATURES)}
        if len(rows):
            for feature, gap in (("cos_unit", "cos_gap"), ("coverage", "coverage_gap"),
                                 ("overlap_text", "overlap_gap"), ("cos_aspect", "cos_aspect_gap")):
                out[:, col[gap]] = out[:, col[feature]] - out[:, col[feature]].max()
        return out
