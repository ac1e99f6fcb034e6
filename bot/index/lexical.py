"""Lexical retrieval: tokenisation and a BM25 index (bm25s) over the same chunks as FAISS.

Tokens are lower-cased words with a light plural stemmer and English stop words removed, so
"salaries" meets "salary" and "engineers" meets "engineer" without a stemming dependency.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.errors import IndexCorruptError

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*(?:[.'][a-z0-9]+)*")
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves also may might must shall within via per
s t d ll m o re ve y etc e.g i.e
""".split())


def stem(word: str) -> str:
    if word.endswith("'s") and len(word) > 3:  # "engineer's", "what's"
        word = word[:-2]
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Lower-cased word tokens, stop words included (for typo and entity checks)."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def tokenize(text: str) -> list[str]:
    """BM25 tokens: stemmed words without stop words."""
    return [t for t in map(_token, words(text)) if t]


@lru_cache(maxsize=1 << 18)
def _token(word: str) -> str:
    """A word's BM25 token ("" for a stop word, also after stemming: "what's"). Cached: a corpus
    has far fewer distinct words than words, and tokenising 100,000 chunks spent 24 s in `stem`
    uncached."""
    if word in STOPWORDS:
        return ""
    token = stem(word)
    return "" if token in STOPWORDS else token


def _bm25s():
    """bm25s, imported on first use. Its import sets its own logger to DEBUG, so lines such as
    "Building index from tokens" would reach any handler the application configured; quiet it
    after the import, not before."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    return bm25s


class LexicalIndex:
    def __init__(self, retriever, vocabulary: dict[str, int]) -> None:
        self._retriever = retriever
        self.vocabulary = vocabulary

    @classmethod
    def build(cls, texts: list[str]) -> LexicalIndex:
        bm25s = _bm25s()
        corpus = [tokenize(t) or ["∅"] for t in texts]
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index(corpus, show_progress=False)
        return cls(retriever, dict(retriever.vocab_dict))

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document, in corpus order (zeros for no known token)."""
        known = [t for t in query_tokens if t in self.vocabulary]
        if not known:
            return np.zeros(self._retriever.scores["num_docs"], dtype=np.float32)
        return np.asarray(self._retriever.get_scores(known), dtype=np.float32)

    def save(self, folder: Path) -> None:
        self._retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, expected_docs: int) -> LexicalIndex:
        bm25s = _bm25s()
        try:
            retriever = bm25s.BM25.load(str(folder), show_progress=False)
        except Exception as exc:
            raise IndexCorruptError(
                f"{folder} (BM25 state) is unreadable ({type(exc).__name__}: {str(exc)[:100]}); "
                "run `careerbot index --full`"
            ) from None
        if retriever.scores["num_docs"] != expected_docs:
            raise IndexCorruptError(
                f"{folder} indexes {retriever.scores['num_docs']} chunks but chunks.jsonl has "
                f"{expected_docs}; run `careerbot index --full`"
            )
        return cls(retriever, dict(retriever.vocab_dict))
