"""General English for reading questions (`prompts/lexicon.toml`): short forms, job nouns, level
words, amount words and follow-up cues. Nothing here knows a document; what a corpus itself
defines (its roles, its own abbreviations) is found when the index is built."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.errors import SettingsError

FILE = "lexicon.toml"


class Lexicon(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    abbreviations: dict[str, str] = {}
    job_nouns: tuple[str, ...] = ()
    # job nouns that head many roles' names and name none alone ("Becoming an engineer")
    generic_job_nouns: tuple[str, ...] = ()
    # nouns that name a job and a thing ("train driver", "a key driver of pay"): a phrase ending
    # in one is a role only where a title or heading names it
    headed_job_nouns: tuple[str, ...] = ()
    field_nouns: dict[str, tuple[str, ...]] = {}  # job noun -> the field it works in
    levels: tuple[str, ...] = ()
    amount_words: tuple[str, ...] = ()
    asking_words: tuple[str, ...] = ()  # amount words that only ask for a figure ("make")
    # kind of figure (bot/index/quantities.KINDS) -> the words and phrases asking for it
    answer_types: dict[str, tuple[str, ...]] = {}
    followup_words: tuple[str, ...] = ()
    followup_openers: tuple[str, ...] = ()
    # openers that say whom or where a question is about ("for", "as"): a message opened by one
    # that asks nothing of its own qualifies the question before
    qualifier_openers: tuple[str, ...] = ()
    role_nouns: tuple[str, ...] = ()  # "the GIS one": a role named by the rest of its name
    # words standing for the people of a role ("what do they earn?"): a first message that uses
    # one, or a role noun after "that"/"the" ("that role"), points at a role it never named
    person_words: tuple[str, ...] = ()
    switch_openers: tuple[str, ...] = ()
    # phrases that open a question about what a role is ("what does a BI developer do?"): one
    # naming a role and asking nothing else of it stands alone, not inheriting the turn before's
    definition_openers: tuple[str, ...] = ()
    dismissals: tuple[str, ...] = ()  # switch phrases naming what is left ("never mind CV. ...")
    fillers: tuple[str, ...] = ()  # words that may come before an opener ("ok", "well")
    comparison_words: tuple[str, ...] = ()
    pair_words: tuple[str, ...] = ()
    specific_words: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()  # phrases that say nothing of the topic wherever they stand
    # words that open a sentence leaning on the one before it ("It can be spent on courses"):
    # such a sentence is quoted with the sentence it leans on, and after the one it continues
    anaphora_words: tuple[str, ...] = ()

    def fields_of(self, noun: str, derived_only: bool = False) -> tuple[str, ...]:
        """The fields a job noun works in, lower case: the lexicon's (`field_nouns`: "engineer"
        -> "engineering") and, for the agent nouns English makes from a field's name, the field
        itself ("podiatrist" -> "podiatry", "audiologist" -> "audiology", "radiographer" ->
        "radiography"). `derived_only`: those made from the noun alone."""
        low = noun.lower()
        listed = () if derived_only else tuple(f.lower() for f in self.field_nouns.get(low, ()))
        if low.endswith("grapher"):
            derived = (low[:-2] + "y",)
        elif low.endswith("ist") and len(low) > 6:
            derived = (low[:-3] + "y",)
        else:
            derived = ()
        return tuple(dict.fromkeys(listed + derived))

    def without_asides(self, text: str) -> str:
        """`text` without its asides ("AI policy analysts, I mean" -> "AI policy analysts")."""
        if not self.asides:
            return text
        out = _asides_pattern(self.asides).sub(" ", text)
        out = re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", out)).strip(" ,;:-")
        return out or text

    def opener(self, text: str) -> str | None:
        """The follow-up opener `text` starts with ("what about"), longest first."""
        return _starts_with(text, self.followup_openers)

    def qualifier(self, text: str) -> str | None:
        """The qualifying opener `text` starts with ("for", "i mean"), longest first."""
        return _starts_with(text, self.qualifier_openers)

    def definition(self, text: str) -> str | None:
        """The phrase asking what something is that `text` opens with ("what does"), or None."""
        return _starts_with(text, self.definition_openers)

    def switch(self, text: str) -> str | None:
        """The topic-switch phrase `text` opens with ("different question", "ok, different
        question"), or None. A dismissal takes the clause it opens with it: what it names is
        left behind ("never mind CV. what does the MLOps team use?"), when a question follows
        in the same message."""
        rest = text.lstrip()
        filler = _starts_with(rest, self.fillers) or ""
        after = rest[len(filler):]
        found = _starts_with(after, self.switch_openers)
        dismissal = _starts_with(after, self.dismissals)
        if dismissal and len(dismissal) >= len(found or ""):
            clause = _DISMISSED.match(after[len(dismissal):])
            if clause and clause.end() < len(after) - len(dismissal):
                return rest[:len(filler) + len(dismissal) + clause.end()]
        return rest[:len(filler) + len(found)] if found else None


# what a dismissal names: up to five words, then the end of its clause
_DISMISSED = re.compile(r"(?:[^\s.,;:!?\u2013\u2014-]+\s+){0,4}[^\s.,;:!?\u2013\u2014-]+\s*(?:[.,;:!?]+|\s[\u2013\u2014-]+)\s*")


def _starts_with(text: str, phrases: tuple[str, ...]) -> str | None:
    """The phrase of `phrases` that `text` opens with, with the spaces and punctuation after
    it, as typed; its last word in the singular or the plural ("switching topic" for
    "switching topics", "different questions" for "different question")."""
    low = text.lower().lstrip()
    for phrase in sorted(phrases, key=len, reverse=True):
        match = re.match(rf"{_inflected(phrase)}\b[\s,.:;!-]*", low)
        if match:
            return text.lstrip()[: match.end()]
    return None


@lru_cache(maxsize=512)
def _inflected(phrase: str) -> str:
    """`phrase` as a pattern whose last word, a noun of five letters or more, may take or drop
    a plural "s"."""
    last = phrase.rsplit(" ", 1)[-1]
    if len(last) < 5 or not last.isalpha():
        return re.escape(phrase)
    base = phrase[:-1] if last.endswith("s") and not last.endswith("ss") else phrase
    return f"{re.escape(base)}s?"


@lru_cache(maxsize=8)
def _asides_pattern(asides: tuple[str, ...]) -> re.Pattern[str]:
    phrases = "|".join(re.escape(a) for a in sorted(asides, key=len, reverse=True))
    # a whole word or phrase: not part of "hi-tech" or "ok'd"
    return re.compile(rf"[,;-]?\s*(?<![\w'’-])(?:{phrases})(?![\w'’-])\s*,?", re.IGNORECASE)


@lru_cache(maxsize=8)
def _load(path: Path, mtime: float) -> Lexicon:
    try:
        return Lexicon.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise SettingsError(f"{path} is not a valid lexicon ({str(exc).splitlines()[0]})") from None


def load_lexicon(prompts_dir: Path) -> Lexicon:
    """The lexicon in `prompts_dir`, re-read when the file changes; empty when there is none."""
    path = Path(prompts_dir) / FILE
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return Lexicon()
    return _load(path, mtime)


# Initials read as letters that sound like a vowel ("an ML engineer", "an SRE", "a UX
# researcher"), and word beginnings that sound like a consonant ("a user researcher")
_VOWEL_SOUND_INITIALS = frozenset("AEFHILMNORSX")
_CONSONANT_SOUND_STARTS = ("uni", "use", "usu", "uti", "eu", "one")


def with_article(name: str) -> str:
    """`name` with "a" or "an" before it, as it is read aloud: the `{a_role}` of the templates in
    prompts/."""
    first = name.split()[0] if name.split() else ""
    letters = first.strip("(\"'")
    if letters[:2].isupper() and len(letters) > 1:  # initials: "ML", "NLP", "MLOps", "UX"
        vowel = letters[0] in _VOWEL_SOUND_INITIALS
    else:
        low = letters.lower()
        vowel = low[:1] in {"a", "e", "i", "o", "u"} and not low.startswith(_CONSONANT_SOUND_STARTS)
    return f"{'an' if vowel else 'a'} {name}"
