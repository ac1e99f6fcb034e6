"""Advice questions: open questions about the asker's own path ("I'm an accountant who is good
with spreadsheets: is ML realistic for me, and where would I start?").

They are answered with the best quote on each aspect (path, skills, education, experience)
rather than the few best quotes overall; when the asker's situation is something the documents
never mention, the answer says so first (wording: `replies.unknown_situation`).
"""

from __future__ import annotations

import re

from bot.index.lexical import tokenize
from bot.answer.query import Query

_ADVICE = re.compile(r"\b(i|i'm|im|i've|i'd|my|me)\b.*\b(should|start|how|what|which|realistic|route|"
                     r"path|worth|step|job for me|fit|pivot|switch\w*|become|learn)\b|"
                     r"\b(should i|how (do|can) i|worth it|where do i)\b|"
                     r"^(do|does|will|is|are)\b.*\b(help|worth|good|obsolete|replace|hype)\b", re.IGNORECASE)
# The part of an advice question that describes the asker ("I'm an accountant, good with
# spreadsheets."): words the documents never use are expected there, not in what is asked.
_SITUATION = re.compile(r"\b(i'm|im|i am|i've been|ive been|been|i have|i work|i was|i love|i like|"
                        r"i enjoy|i studied|i know)\b", re.IGNORECASE)
_ASKING = re.compile(r"^\W*(what|whats|what's|how|which|who|where|when|why|is|are|do|does|can|could|"
                     r"should|would|will|any)\b", re.IGNORECASE)

ASPECT_ORDER = ("path", "skills", "education", "experience")
# Words of a unit's context (title, headings, label, text) that put it under an aspect.
_ASPECT_WORDS = {
    "path": frozenset(tokenize("career path progression transition start roles entry-level "
                               "advancement opportunities specialization")),
    "skills": frozenset(tokenize("skills programming python proficiency mathematics statistics "
                                 "technical soft abilities")),
    "education": frozenset(tokenize("education degree courses certifications bootcamps "
                                    "master's ph.d. bachelor's university online learning")),
    "experience": frozenset(tokenize("experience portfolio projects kaggle competitions "
                                     "internships open-source practical hands-on networking")),
}


def aspect_of(tokens: frozenset[str]) -> str:
    """The aspect a unit's context speaks to most, or "" for none."""
    counts = {a: len(tokens & words) for a, words in _ASPECT_WORDS.items()}
    best = max(ASPECT_ORDER, key=lambda a: counts[a])
    return best if counts[best] else ""


def is_advice(query: Query) -> bool:
    """An open question about the asker's own path ("I'm an accountant: where do I start?")."""
    return bool(_ADVICE.search(query.original))


def unknown_in_request(query: Query) -> bool:
    """Whether a word the documents never use sits outside the asker's own situation."""
    situation = " ".join(_situation_clauses(query.original))
    own = set(tokenize(situation))
    return any(u not in own for u in query.unknown)


def _situation_clauses(text: str) -> list[str]:
    """Clauses that describe the asker: "I'm a teacher", or a statement before the question
    ("math grad, barely code. what should I learn first?")."""
    sentences = [s for s in re.split(r"(?<=[.?!;])\s+", text) if s.strip()]
    out = []
    for n, sentence in enumerate(sentences):
        statement = n < len(sentences) - 1 and not sentence.rstrip().endswith("?") \
            and not _ASKING.match(sentence)
        out += [sentence] if statement else [c for c in sentence.split(",") if _SITUATION.search(c)]
    return out


def unknown_situation(query: Query) -> bool:
    """An advice question describing a situation the documents never mention."""
    return is_advice(query) and bool(query.unknown) and not unknown_in_request(query)


