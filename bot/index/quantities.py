"""The kinds of figure a unit states: an amount of money, a share, a length of time, a count, a
date. A question asking "how long" is answered by a quote that says how long; one that holds
only a salary does not answer it, however close its words (the expected answer type of
question answering; here read from how English writes each kind, for any document).

What a question asks for is read by the answer stage from the lexicon's `answer_types` cues;
this module reads the units, once, when their file is indexed (`unitterms.unit_facts`).
"""

from __future__ import annotations

import re

KINDS = ("money", "percent", "duration", "count", "date")

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                 r"eighteen|twenty|thirty|forty|fifty|hundred|thousand|dozen|a few|several|"
                 r"a couple of|half an?")
_TIME = r"(?:years?|months?|weeks?|days?|hours?|minutes?|yrs?|hrs?|mins?|semesters?|terms?)"
_NUMBER = rf"(?:\d[\d,.]*|{_NUMBER_WORDS})"
# ISO 4217 codes written beside a figure ("EUR 39,000", "90,000 SGD"), or the common ones anywhere
# in a unit (a table row whose header says "Seattle (USD)")
_CODES = r"USD|EUR|GBP|CAD|AUD|NZD|SGD|HKD|CHF|JPY|CNY|INR|SEK|NOK|DKK|PLN|BRL|MXN|ZAR"

_PATTERNS = {
    "money": re.compile(
        rf"[$€£¥₹]\s?\d|\d\s?[kK]\b|\b[A-Z]{{3}}\s?\d|\d\s?[A-Z]{{3}}\b|\b(?:{_CODES})\b"
        r"|\b(?:lakhs?|crores?|dollars?|euros?|pounds sterling|yen|rupees?|francs?)\b"),
    "percent": re.compile(r"\d\s?%|\bper\s?cent\b|\bpercent(?:age)?\b", re.IGNORECASE),
    "duration": re.compile(
        rf"\b{_NUMBER}(?:\s?(?:-|–|to|or|and)\s?{_NUMBER})?[\s-]+{_TIME}\b", re.IGNORECASE),
    "count": re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE),
    "date": re.compile(
        r"\b(?:1[89]|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september"
        r"|october|november|december|spring|summer|autumn|fall|winter)\b", re.IGNORECASE),
}
assert tuple(_PATTERNS) == KINDS


def kinds_of(text: str) -> int:
    """The kinds of figure `text` states, as bits (1 << KINDS.index(kind))."""
    return sum(1 << i for i, kind in enumerate(KINDS) if _PATTERNS[kind].search(text))


def mask(kinds: tuple[str, ...] | frozenset[str]) -> int:
    """The bits of `kinds` (names from KINDS)."""
    return sum(1 << KINDS.index(k) for k in kinds)
