"""A unit considered for an answer, with the scores that ranked it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.records import Unit


@dataclass(frozen=True)
class Candidate:
    row: int
    unit: Unit
    title: str
    score: float
    cosine: float
    overlap: float
    coverage: float = 0.0
    aspect: str = ""  # for advice answers: path, skills, education or experience
    overview: bool = False  # the first unit of a sub-section, shown under its heading
