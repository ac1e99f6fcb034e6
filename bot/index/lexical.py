"""Lexical retrieval: tokenisation and a BM25 index over the same chunks as FAISS.

Tokens are lower-cased words with a light plural stemmer and English stop words removed, so
"salaries" meets "salary" and "engineers" meets "engineer" without a stemming dependency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from bot.index.terms import Sparse, Terms

_TOKEN = re.compile(r"[a-z0-9][a-z0-9+#]*(?:[.'][a-z0-9]+)*")
_TYPED_TOKEN = re.compile(_TOKEN.pattern, re.IGNORECASE)
STOPWORDS = frozenset("""
a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me
more most my myself no nor not now of off on once only or other our ours ourselves out over own
same she should so some such than that the their theirs them themselves then there these they
this those through to too under until up very was we were what when where which while who whom
why will with would you your yours yourself yourselves also may might must shall within via per
s t d ll m o re ve y etc e.g i.e
i'm i've i'd i'll you're you've you'd you'll we're we've we'd we'll they're they've they'd they'll
it's that's there's here's let's don't doesn't didn't can't couldn't won't wouldn't shouldn't
isn't aren't wasn't weren't hasn't haven't hadn't im ive dont doesnt didnt isnt arent youre theyre
""".split())  # the contracted forms are the same function words ("I'm" is "I am"), typed either way
# Words that frame a request rather than say what it is about ("can you tell me...", "I want to
# know...", "how do I get...", "pls"): the dialogue stage reads a message's topic without them,
# and a question does not ask for them when the documents never use them.
QUESTION_WORDS = frozenset("""
what whats how which who where when why do does did is are can could should would will tell
give show list explain know want need like look get please pls thanks ok okay hey hi also about
many much
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


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each of `words(text)`, at its place in `text`."""
    return [(m.start(), m.end(), m.group())
            for m in _TOKEN.finditer(text.lower().replace("’", "'"))]


def typed_words(text: str) -> list[str]:
    """The tokens of `words`, as typed (their capitals kept)."""
    return _TYPED_TOKEN.findall(text.replace("’", "'"))


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


K1, B = 1.2, 0.75  # BM25's usual constants (Lucene's defaults)
EMPTY = "∅"  # the one token of a chunk with no word left, so every document has a length


class LexicalIndex:
    """BM25 (Lucene's variant, as bm25s computes it) over the chunks' token counts.

    The counts are a `Terms` field stored with the generation; the weights are derived from
    them at load (a vectorised pass), so a build reuses a file's rows without tokenising them
    again, and a query costs the postings of its terms, not the corpus."""

    FIELD = "tf"

    def __init__(self, terms: Terms) -> None:
        self.terms = terms
        self.count = terms.fields[self.FIELD].shape[0]

    @cached_property
    def _by_term(self) -> Sparse:
        """Each term's BM25 weight in each chunk, by term: made at the first query (a build
        reads the counts and never searches)."""
        counts = self.terms.fields[self.FIELD]
        n = counts.shape[0]
        lengths = counts.row_sums().astype(np.float32)
        average = float(lengths.mean()) if n else 1.0
        df = np.bincount(counts.indices, minlength=len(self.terms.vocabulary))
        idf = np.log(1 + (n - df + 0.5) / (df + 0.5)).astype(np.float32)
        rows = counts.row_of_values()
        tf = counts.data.astype(np.float32)
        weights = idf[counts.indices] * tf / (K1 * ((1 - B) + B * lengths[rows] / average) + tf)
        return Sparse(counts.indptr, counts.indices, weights.astype(np.float32),
                      counts.width).transposed()

    @property
    def vocabulary(self) -> dict[str, int]:
        return self.terms.ids

    @classmethod
    def build(cls, texts: Sequence[str]) -> LexicalIndex:
        return cls(cls.count_terms(texts))

    @classmethod
    def count_terms(cls, texts: Sequence[str]) -> Terms:
        return Terms.from_rows({cls.FIELD: [tokenize(t) or [EMPTY] for t in texts]})

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every document, in corpus order (zeros for no known token); a token
        the query repeats counts again."""
        out = np.zeros(self.count, dtype=np.float32)
        ids = self.terms.ids
        m = self._by_term
        for token in query_tokens:
            column = ids.get(token)
            if column is None:
                continue
            lo, hi = m.indptr[column], m.indptr[column + 1]
            out[m.indices[lo:hi]] += m.data[lo:hi]
        return out

    def save(self, path: Path) -> None:
        self.terms.save(path)

    @classmethod
    def load(cls, path: Path, expected_docs: int) -> LexicalIndex:
        return cls(Terms.load(path, (cls.FIELD,), expected_docs))
