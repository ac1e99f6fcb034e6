"""What the answer stage's features read of every unit, found when its file is indexed:

- its terms (`units.npz`, a `Terms` with the fields below): which question words its text, its
  headings and its list label hold, and the words it writes with a capital inside a sentence
  (places, companies, products);
- its facts (`rows.npz`, see `unit_facts`): kind, length, whether it holds a figure or an amount
  of money, the kinds of figure it states (`quantities`), whether it opens its section, and
  the file it comes from.

Both are row-aligned with the units, so loading an index neither tokenises nor parses the corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from bot.index.lexical import STOPWORDS, stem, tokenize
from bot.index.quantities import kinds_of
from bot.index.terms import Terms
from bot.records import Chunk

FIELDS = ("text", "context", "label", "capital", "lower")
# a word inside a sentence: after another word, a comma or the like, not after the start of the
# text, a colon, a bar, a full stop or an opening bracket, where any word takes a capital
KINDS = ("sentence", "item", "intro")
# the facts `unit_facts` stores: an index without one of them was built by an older careerbot
FACTS = ("unit_kind", "unit_chars", "unit_figure", "unit_money", "unit_quantities", "unit_first",
         "chunk_units")
_FIGURE = re.compile(r"\d")
_MONEY = re.compile(r"[$€£¥]\s?\d|\d\s?(?:k|K|%|percent|USD|EUR|GBP)\b|\d{2,3},\d{3}")
_INNER_WORD = re.compile(r"(?<=[\w,;’'\"”)\]-])\s+([A-Za-z][A-Za-z'’-]*)")


def unit_terms(chunks: Sequence[Chunk]) -> Terms:
    """A row per unit of `chunks`, in order."""
    rows: dict[str, list[list[str]]] = {f: [] for f in FIELDS}
    for chunk in chunks:
        for u in chunk.units:
            rows["text"].append(tokenize(u.text))
            rows["context"].append(tokenize(" ".join((chunk.title, *u.section, u.label))))
            rows["label"].append(tokenize(u.label))
            capital, lower = inner_words(u.text)
            rows["capital"].append(capital)
            rows["lower"].append(lower)
    return Terms.from_rows(rows)


def inner_words(text: str) -> tuple[list[str], list[str]]:
    """The stemmed words of `text` written inside a sentence with a capital, and without one
    (all-caps words and stop words left out)."""
    capital, lower = [], []
    for m in _INNER_WORD.finditer(text):
        word = m.group(1)
        if word.isupper() or word.lower() in STOPWORDS:
            continue
        (capital if word[0].isupper() else lower).append(stem(word.lower()))
    return capital, lower


def unit_facts(chunks: Sequence[Chunk]) -> dict[str, np.ndarray]:
    """Per unit of `chunks` (in order): kind (index into KINDS), characters, holds a figure,
    holds an amount of money, the kinds of figure it states (bits, see `quantities`), opens its
    section (or its file)."""
    units = [u for c in chunks for u in c.units]
    first = [i == 0 or units[i - 1].section != u.section or units[i - 1].source != u.source
             for i, u in enumerate(units)]
    return {
        "unit_kind": np.array([KINDS.index(u.kind) for u in units], dtype=np.int8),
        "unit_chars": np.array([len(u.text) for u in units], dtype=np.int32),
        "unit_figure": np.array([bool(_FIGURE.search(u.text)) for u in units], dtype=bool),
        "unit_money": np.array([bool(_MONEY.search(u.text)) for u in units], dtype=bool),
        "unit_quantities": np.array([kinds_of(u.text) for u in units], dtype=np.uint8),
        "unit_first": np.array(first, dtype=bool),
        "chunk_units": np.array([len(c.units) for c in chunks], dtype=np.int32),
    }
