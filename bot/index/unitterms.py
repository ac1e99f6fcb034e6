"""The terms of every unit, found when its file is indexed: what the answer stage's features
read (which question words a unit's text, its headings and its list label hold) and the words
it writes with a capital inside a sentence (places, companies, products).

Stored as `units.npz` (a `Terms` with the fields below), row-aligned with the units, so loading
an index does not tokenise the corpus and a build tokenises only the files it embeds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.index.lexical import STOPWORDS, stem, tokenize
from bot.index.terms import Terms
from bot.records import Chunk

FIELDS = ("text", "context", "label", "capital", "lower")
# a word inside a sentence: after another word, a comma or the like, not after the start of the
# text, a colon, a bar, a full stop or an opening bracket, where any word takes a capital
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
