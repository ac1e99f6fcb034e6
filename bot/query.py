"""Understanding how people type: abbreviations, typos and synonyms, mapped onto the words the
documents use, before anything is searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.lexical import STOPWORDS, stem, tokenize, words

ABBREVIATIONS = {
    "mle": "machine learning engineer", "mles": "machine learning engineers",
    "ml": "machine learning", "ai": "AI", "dl": "deep learning", "ds": "data scientist",
    "pm": "product manager", "pms": "product managers", "bi": "business intelligence (BI)",
    "nlp": "natural language processing (NLP)", "cv": "computer vision", "swe": "software engineer",
    "sf": "San Francisco", "nyc": "New York City", "ny": "New York", "phd": "Ph.D.",
    "phds": "Ph.D. degrees", "msc": "master's degree", "bsc": "bachelor's degree",
    "cert": "certification", "certs": "certifications", "mlops": "MLOps",
    "yoe": "years of experience", "comp": "compensation", "dev": "developer",
    "devs": "developers", "eng": "engineer", "uni": "university", "stats": "statistics",
}
# Words people use for what the documents call something else (BM25 only: the model knows them).
SYNONYMS = {
    "pay": "salary compensation", "paid": "salary compensation", "earn": "salary compensation",
    "earning": "salary compensation", "make": "salary", "wage": "salary", "income": "salary",
    "money": "salary", "compensation": "salary", "salary": "compensation",
    "degree": "education", "schooling": "education degree", "study": "education degree courses",
    "studying": "education degree", "qualification": "education degree", "college": "degree",
    "university": "degree", "skill": "skills proficiency", "abilities": "skills",
    "duty": "responsibilities", "duties": "responsibilities", "job": "role",
    "outlook": "demand growth", "future": "demand trends growth", "hire": "hiring demand",
    "tool": "tools frameworks", "tech": "technologies", "start": "entry-level foundational",
    "begin": "entry-level foundational", "junior": "entry-level", "beginner": "entry-level",
    "senior": "senior-level experienced", "certified": "certifications",
}
_QUESTION_WORDS = frozenset("""
what whats how much many which who whom where why when does do did is are can could should would
need needs get getting good best know tell like want really usually typically kind sort
thing things someone somebody people person anyone one im i'm ive i've me my mine
""".split())


@dataclass(frozen=True)
class Query:
    original: str
    text: str  # abbreviations expanded, typos corrected: what the model embeds
    tokens: list[str] = field(default_factory=list)  # BM25 tokens, synonyms added
    content: list[str] = field(default_factory=list)  # stemmed content words of the question
    unknown: list[str] = field(default_factory=list)  # content words the documents never use


class QueryAnalyzer:
    """Normalises queries against the vocabulary of one index."""

    def __init__(self, vocabulary: dict[str, int]) -> None:
        self.vocabulary = vocabulary
        self._by_length: dict[int, list[str]] = {}
        for word in vocabulary:
            if word.isalpha():
                self._by_length.setdefault(len(word), []).append(word)
        self.correct = lru_cache(maxsize=4096)(self._correct)

    def analyze(self, question: str) -> Query:
        expanded = []
        for raw in re.findall(r"[\w$'’./+-]+|[^\w\s]", question):
            key = raw.lower().strip(".?!,")
            if key in ABBREVIATIONS:
                expanded.append(ABBREVIATIONS[key])
                continue
            expanded.append(raw)
        text = _join(expanded)
        fixed: list[str] = []
        content, unknown = [], []
        for word in words(text):
            token = stem(word)
            if word in STOPWORDS or word in _QUESTION_WORDS:
                continue
            if token not in self.vocabulary and not word.isdigit():
                corrected = self.correct(token)
                if corrected:
                    text = re.sub(rf"\b{re.escape(word)}\b", corrected, text, flags=re.IGNORECASE)
                    token = corrected
                else:
                    unknown.append(token)
            content.append(token)
            fixed.append(token)
        bm25 = list(fixed)
        for token in fixed:
            bm25.extend(tokenize(SYNONYMS.get(token, "")))
        return Query(original=question, text=text, tokens=bm25, content=content, unknown=unknown)

    def _correct(self, token: str) -> str | None:
        """The document word one edit away (two for long words), most frequent first."""
        if len(token) < 4 or not token.isalpha():
            return None
        limit = 1 if len(token) < 7 else 2
        best = None
        for length in range(len(token) - limit, len(token) + limit + 1):
            for word in self._by_length.get(length, ()):
                if word[0] != token[0] and word[-1] != token[-1]:
                    continue
                d = _distance(token, word, limit)
                if d <= limit and (best is None or d < best[0]):
                    best = (d, word)
        return best[1] if best else None


def _join(parts: list[str]) -> str:
    text = " ".join(parts)
    return re.sub(r"\s+([?.!,:;])", r"\1", text)


def _distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance, giving up early once it exceeds `limit`."""
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]
