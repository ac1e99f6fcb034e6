"""Understanding how people type: abbreviations, typos and synonyms, mapped onto the words the
documents use, before anything is searched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bot.index.lexical import STOPWORDS, stem, tokenize, words

ABBREVIATIONS = {
    "mle": "machine learning engineer", "mles": "machine learning engineers",
    "ml": "machine learning", "ai": "AI", "dl": "deep learning", "ds": "data scientist",
    "pm": "product manager", "pms": "product managers", "bi": "business intelligence (BI)",
    "nlp": "natural language processing (NLP)", "cv": "computer vision", "swe": "software engineer",
    "sf": "San Francisco", "nyc": "New York City", "ny": "New York", "phd": "Ph.D.",
    "phds": "Ph.D. degrees", "msc": "master's degree", "bsc": "bachelor's degree",
    "cert": "certification", "certs": "certifications", "mlops": "MLOps",
    "yoe": "years of experience", "comp": "compensation", "dev": "developer", "yrs": "years",
    "yr": "year", "bls": "Bureau of Labor Statistics", "wef": "World Economic Forum",
    "incl": "including", "min": "minimum", "max": "maximum", "vs": "versus", "r": "are", "u": "you", "ur": "your", "w/": "with", "prod": "production",
    "devs": "developers", "eng": "engineer", "uni": "university", "stats": "statistics",
    "viz": "visualization", "dataviz": "data visualization", "grad": "graduate", "grads": "graduates",
    "undergrad": "undergraduate", "exp": "experience", "algo": "algorithm", "algos": "algorithms",
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
    "wages": "salary", "earnings": "salary compensation", "salaries": "salary compensation",
    "schooling": "education degree", "school": "education degree", "masters": "master's degree",
    "bachelors": "bachelor's degree", "doctorate": "Ph.D.", "phd": "Ph.D.",
    "teacher": "teaching educator", "teach": "teaching", "switch": "transition career change",
    "pivot": "transition career", "people": "communication stakeholder",
    "coding": "programming", "code": "programming", "math": "mathematics statistics",
    "maths": "mathematics", "ladder": "career progression", "progression": "career path",
    "bonus": "additional cash compensation", "obsolete": "replace", "automl": "AutoML", "lowest": "range", "main": "key core",
    "jobs": "job roles demand", "stand": "specialization competitive",
    "specialize": "specialization specialized",
    "maximize": "higher increases premium", "maximise": "higher increases premium",
    "boost": "higher increases", "raise": "higher increases", "reading": "research", "papers": "research publications", "openings": "job postings demand", "postings": "job demand",
}
# Conversational words that carry no topic: unknown to the documents, yet no reason to decline.
_GENERIC = frozenset("""
actually really pretty gonna wanna gotta right now currently day thing stuff lot lots yeah hey
ok okay please thanks maybe probably someday realistic honestly worth anyway hype alot heard
hows whats i'd i'll without first last fit land barely love heavy versus go goes going went
hi hello hey hiya howdy greetings morning afternoon evening cheers take someday
""".split())
_QUESTION_WORDS = frozenset("""
what whats how much many which who whom where why when does do did is are can could should would
need needs get getting good best know tell like want really usually typically kind sort
thing things someone somebody people person anyone one im i'm ive i've me my mine big large
""".split())

# Nouns that name a job: the words in front of one say which job ("AI pipeline engineer").
_ROLE_HEADS = frozenset("""engineer scientist specialist manager developer analyst researcher
intern architect consultant""".split())
# Words that may stand in front of a role noun without narrowing it ("average ML engineer").
_NOT_MODIFIERS = frozenset("""average typical senior junior entry mid level lead principal staff
experienced new pay salary salaries""".split())


@dataclass(frozen=True)
class Query:
    original: str
    text: str  # abbreviations expanded, typos corrected: what the model embeds
    tokens: list[str] = field(default_factory=list)  # BM25 tokens, synonyms added
    content: list[str] = field(default_factory=list)  # stemmed content words of the question
    unknown: list[str] = field(default_factory=list)  # real words the documents never use
    concepts: list[frozenset[str]] = field(default_factory=list)  # per content word: it and its synonyms
    corrected: dict[str, str] = field(default_factory=dict)  # typo -> document word
    subjects: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # (modifiers, head)


class QueryAnalyzer:
    """Normalises queries against the vocabulary of one index.

    `real_words` are whole words of the embedding model's WordPiece vocabulary: a word found
    there is English ("pounds", "London", "pasta"), so it is never "corrected" into a document
    word it merely resembles; if the documents never use it, it is reported as unknown.
    """

    def __init__(self, vocabulary: dict[str, int], real_words: frozenset[str] = frozenset()) -> None:
        self.vocabulary = vocabulary
        self.real_words = real_words
        self._by_length: dict[int, list[str]] = {}
        for word in vocabulary:
            if word.isalpha():
                self._by_length.setdefault(len(word), []).append(word)
        self.correct = lru_cache(maxsize=4096)(self._correct)
        self._word = lru_cache(maxsize=8192)(self._analyze_word)

    def analyze(self, question: str) -> Query:
        raws = re.findall(r"[\w$'’./+-]+|[^\w\s]", question)
        expansions = [ABBREVIATIONS.get(raw.lower().strip(".?!,")) for raw in raws]
        text = _join([e or raw for e, raw in zip(expansions, raws)])
        # an expansion may use words a small corpus lacks: they are ours, not the asker's
        ours = set(words(" ".join(e for e in expansions if e))) - set(words(question))
        content, unknown, concepts, corrected = [], [], [], {}
        bm25: list[str] = []
        for word in words(text):
            if word in STOPWORDS or word in _QUESTION_WORDS:
                continue
            token, status, synonyms = self._word(word)
            if status == "generic" or (status == "unknown" and word in ours):
                continue
            if status == "corrected":
                text = re.sub(rf"\b{re.escape(word)}\b", token, text, flags=re.IGNORECASE)
                corrected[word] = token
            elif status == "unknown":
                unknown.append(token)
            content.append(token)
            concepts.append(frozenset((token, *synonyms)))
            bm25 += [token, *synonyms]
        return Query(original=question, text=text, tokens=bm25, content=content, unknown=unknown,
                     concepts=concepts, corrected=corrected, subjects=subjects_of(text))

    def _analyze_word(self, word: str) -> tuple[str, str, tuple[str, ...]]:
        """(token, status, synonym tokens the documents use); status is "known", "corrected",
        "generic" (a conversational word that carries no topic) or "unknown"."""
        token = stem(word)
        synonyms = tuple(t for t in tokenize(SYNONYMS.get(token, SYNONYMS.get(word, "")))
                         if t in self.vocabulary and t != token)
        if token in self.vocabulary or word.isdigit():
            return token, "known", synonyms
        for variant in _variants(word):
            synonyms = synonyms or tuple(t for t in tokenize(SYNONYMS.get(variant, ""))
                                         if t in self.vocabulary)
            if variant in self.vocabulary:
                return variant, "known", synonyms
        if synonyms:
            return token, "known", synonyms
        if word in _GENERIC or token in _GENERIC or _no_topic(word):
            return token, "generic", ()
        if self._is_real(word, token):
            return token, "unknown", ()
        corrected = self.correct(token)
        if corrected:
            fixed = tuple(t for t in tokenize(SYNONYMS.get(corrected, "")) if t in self.vocabulary)
            return corrected, "corrected", fixed
        return token, "unknown", ()

    def _is_real(self, word: str, token: str) -> bool:
        return bool(self.real_words) and (word in self.real_words or token in self.real_words)

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


def subjects_of(text: str) -> list[tuple[tuple[str, ...], str]]:
    """Who a question is about, as (modifier tokens, head token) per role phrase: "deep learning
    specialists" -> (("deep", "learning"), "specialist"). A figure about ML engineers does not
    answer a question about AI pipeline engineers."""
    tokens = words(text)
    out = []
    for i, word in enumerate(tokens):
        if stem(word) not in _ROLE_HEADS:
            continue
        modifiers: list[str] = []
        for prev in reversed(tokens[max(0, i - 2):i]):
            if prev in STOPWORDS or prev in _QUESTION_WORDS or prev in _NOT_MODIFIERS:
                break
            modifiers.insert(0, stem(prev))
        out.append((tuple(modifiers), stem(word)))
    return out


def _no_topic(word: str) -> bool:
    """A single letter, a number or a file name ("q.png") says nothing about a topic."""
    return len(word) == 1 or any(ch.isdigit() or ch == "." for ch in word)


def real_words_of(vocab: dict[str, int]) -> frozenset[str]:
    """Whole English words of a WordPiece vocabulary (no "##" pieces, no [special] tokens)."""
    return frozenset(w for w in vocab if w.isalpha() and len(w) > 1)


def _variants(word: str) -> list[str]:
    """Other forms of a word the light stemmer does not reach: growing -> grow, teacher -> teach."""
    out = []
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("er", ""),
                         ("ers", ""), ("ly", ""), ("ation", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            out.append(word[: len(word) - len(suffix)] + repl)
    return out


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
