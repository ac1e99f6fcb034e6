"""What a question asks, in the corpus's own words.

Short forms are spelled out (the lexicon's general ones and those the corpus defines), a word the
corpus never uses but nearly spells is read as that word ("sallary" as "salary"; a word the
embedding model knows whole only when it is that word with another ending), and the roles
the question names are found among the roles the corpus describes. Nothing here declines a
question: words the corpus lacks are measured (`unknown`) and left to the fitted model.
"""

from __future__ import annotations

import difflib
import math
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache

from bot.errors import SettingsError
from bot.index.knowledge import Knowledge, canonical
from bot.index.lexical import QUESTION_WORDS, STOPWORDS, stem, typed_words, word_spans, words
from bot.index.quantities import KINDS
from bot.lexicon import Lexicon


_TYPED = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&.-]*[A-Za-z0-9]|[A-Za-z0-9]")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a word of letters and digits that names one of a series ("IC4", "M6", "8b"), not an amount,
# a time or an ordinal ("250k", "1am", "25th", "1990s")
_CODE = re.compile(r"(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]+")
_NOT_CODE = re.compile(r"\d+(?:k|m|bn|am|pm|st|nd|rd|th|s|x)")
# a number or a capital letter that labels one of a series after the word naming the series
# ("band 5", "category E", "level 2"): digits, or a capital that is not a word of its own
_QUANTITY = re.compile(r"(?:%|percent|per|x\b|years?|yrs?|months?|weeks?|days?|hours?|hrs?"
                       r"|minutes?|mins?|times?|people|places|jobs|k\b)")
_LABEL = re.compile(r"\d{1,3}|[A-Z]")
# letters a word the model knows must share with the corpus word it is read as (see `_analyze`)
VARIANT_PREFIX = 6


@dataclass(frozen=True)
class Question:
    original: str
    text: str  # what is searched: the question with its short forms spelled out
    terms: tuple[str, ...]  # stemmed content words, with spelled-out forms and corrections
    roles: tuple[str, ...]  # keys of the corpus roles it names, longest match first
    levels: tuple[str, ...]  # level words it names ("senior")
    asks_amount: bool  # "how much", "salary", "how many"...
    unknown: tuple[str, ...]  # content words the corpus never uses, after correction
    specific: tuple[str, ...] = ()  # terms naming something specific: a proper noun, a year,
    # a currency ("London", "2019", "yen"); a unit that lacks them does not answer
    topic: tuple[str, ...] = ()  # words of `text` that name what an earlier turn was about
    # ("internships" for "how long do they last?"), lower case
    asks: tuple[str, ...] = ()  # the kinds of figure it asks for (quantities.KINDS): "duration"

    @property
    def scope_spans(self) -> tuple[tuple[int, int], ...]:
        """Where `text` names what it asks about rather than what it asks: the character ranges
        of the words that name its roles (see `named_positions`) and of the topic it takes from
        an earlier turn. What is left ("what tools does a ... use") is what it asks of them; see
        `Embedder.encode_query_without`."""
        topic = set(self.topic)
        if not self.roles and not topic:
            return ()
        found = word_spans(self.text)
        named = named_positions([w for _, _, w in found], self.roles)
        return tuple((a, b) for i, (a, b, w) in enumerate(found) if i in named or w in topic)


def named_positions(tokens: Sequence[str], roles: Sequence[str]) -> set[int]:
    """The positions of `tokens` (as `words` reads them) that name `roles`: for each role, every run
    of consecutive words that holds all of its name's words, or else its longest run of them
    ("the mlops role"). A word of a role's name said outside the run is what is asked of the
    role: "education" in "what education does an ML education specialist need?"."""
    out: set[int] = set()
    for role in roles:
        parts = {stem(w) for w in words(role)}
        runs, i = [], 0
        while i < len(tokens):
            j = i
            while j < len(tokens) and stem(tokens[j]) in parts:
                j += 1
            if j > i:
                runs.append((i, j))
            i = max(j, i + 1)
        whole = [r for r in runs if {stem(t) for t in tokens[r[0]:r[1]]} >= parts]
        for a, b in whole or sorted(runs, key=lambda r: r[0] - r[1])[:1]:
            out.update(range(a, b))
    return out


class Analyzer:
    def __init__(self, knowledge: Knowledge, lexicon: Lexicon, df: dict[str, int],
                 n_units: int, proper: frozenset[str] = frozenset(),
                 texts_with: Callable[[list[str]], list[str]] | None = None,
                 vocabulary: frozenset[str] = frozenset()) -> None:
        self.knowledge, self.lexicon = knowledge, lexicon
        self.df, self.n_units = df, max(n_units, 1)
        self.abbreviations = {**{k.lower(): v.lower() for k, v in lexicon.abbreviations.items()},
                              **knowledge.abbreviations}
        self.amount = {stem(w) for w in lexicon.amount_words}
        self.asking = {stem(w) for w in lexicon.asking_words}
        self.specific_words = {w.lower() for w in lexicon.specific_words}
        unknown_kinds = sorted(set(lexicon.answer_types) - set(KINDS))
        if unknown_kinds:
            raise SettingsError(f"lexicon.toml [answer_types]: unknown kind {unknown_kinds[0]!r} "
                                f"(the kinds are {', '.join(KINDS)})")
        self.answer_types = [(kind, re.compile("|".join(
            re.escape(c.lower()) if not c[:1].isalnum() else rf"\b{re.escape(c.lower())}\b"
            for c in cues))) for kind, cues in lexicon.answer_types.items() if cues]
        self.proper = proper
        # words spelled right though the corpus may never use them (see `_analyze`)
        self.vocabulary = vocabulary
        self.expansion_words = {w for v in self.abbreviations.values() for w in words(v)}
        self.levels = {w.lower() for w in lexicon.levels}
        self.roles = sorted(knowledge.role_keys(), key=len, reverse=True)
        # a question's words come without hyphens: "recommender systems engineer" names the
        # "Recommender-systems engineer" a heading wrote with one
        self.role_forms = [(r, r) for r in self.roles] + [
            (canonical(r.replace("-", " "), self.abbreviations), r) for r in self.roles
            if "-" in r] + self._by_job_noun(lexicon)
        # each role as its field ("ml platform engineering" for "ml platform engineer",
        # "podiatry" for "podiatrist"; a role of one word only by the field its name is made
        # from: "statistics" is more often asked about than the statistician)
        self.role_fields = [
            (" ".join([*r.split()[:-1], stem(field)]), r) for r in self.roles
            for field in lexicon.fields_of(r.split()[-1], derived_only=" " not in r)]
        # each role by the words before its job noun and a noun standing for a role ("the GIS
        # one"), where those words begin no other role's name
        front = {r: " ".join(r.split()[:-1]) for r in self.roles if len(r.split()) >= 2}
        shared = Counter(front.values())
        self.role_clips = [(f"{f} {stem(noun.lower())}", r) for r, f in front.items()
                           if shared[f] == 1 for noun in lexicon.role_nouns]
        # ... or by its first word alone and a noun that says it is a role ("the MLOps role"
        # for the "MLOps / Model Reliability Engineer"; "the AWS one" may be a certificate),
        # where that word begins no other role's name
        firsts = Counter(r.split()[0] for r in self.roles)
        self.role_clips += [(f"{f.split()[0]} {stem(noun.lower())}", r) for r, f in front.items()
                            if len(f.split()) >= 2 and firsts[f.split()[0]] == 1
                            for noun in lexicon.role_nouns if noun.lower() != "one"]
        self._front_candidates = [(f, r) for r, f in front.items()
                                  if shared[f] == 1 and len(f.split()) >= 2]
        self._texts_with = texts_with
        self._series: dict[str, bool] = {}  # see _labels_series
        self._read = lru_cache(maxsize=512)(self._analyze)
        self._by_initial: dict[str, list[str]] = {}
        for term in df:
            if term.isalpha() and len(term) >= 4:
                self._by_initial.setdefault(term[0], []).append(term)

    def idf(self, term: str) -> float:
        return math.log((self.n_units + 1) / (self.df.get(term, 0) + 0.5))

    def _by_job_noun(self, lexicon: Lexicon) -> list[tuple[str, str]]:
        """Each role by its job noun alone ("curators" for the museum curator), where no other
        role ends in that noun and the noun is no generic one ("engineer", "manager" may be
        anyone)."""
        generic = {stem(n.lower()) for n in lexicon.generic_job_nouns}
        ends = Counter(r.split()[-1] for r in self.roles)
        return [(r.split()[-1], r) for r in self.roles
                if len(r.split()) >= 2 and ends[r.split()[-1]] == 1
                and r.split()[-1] not in generic and r.split()[-1] not in self.roles]

    def analyze(self, text: str, specific: Sequence[str] | None = None,
                topic: Sequence[str] = ()) -> Question:
        """What `text` asks (see `_analyze`). A message is read twice per answer, by the
        dialogue stage and by the replier; the analyzer is fixed per index, so the reading of
        the last few hundred is kept."""
        return self._read(text, None if specific is None else tuple(specific), tuple(topic))

    def forget(self) -> None:
        """Drop the kept readings (benchmarks time each question as new)."""
        self._read.cache_clear()

    def _analyze(self, text: str, specific: Sequence[str] | None = None,
                 topic: Sequence[str] = ()) -> Question:
        """What `text` asks. `specific`: the specific things it names, when they were read
        from the message as typed (the dialogue stage searches its lower-case spelled-out text,
        where "Brazil" is no longer told by its capital); by default they are read from `text`.
        `topic`: its words that the dialogue stage took from an earlier turn as what the message
        points at ("they" in "how long do they last?")."""
        spelled: list[str] = []
        terms: list[str] = []
        unknown: list[str] = []
        asks_figure = False  # an amount word the documents never use, read as intent only
        for word in words(text):
            expansion = self.abbreviations.get(word)
            if expansion and (stem(word) not in self.df or len(word) <= 3):
                spelled.append(expansion)
                terms += [stem(w) for w in words(expansion) if w not in STOPWORDS]
                if stem(word) in self.df:
                    terms.append(stem(word))
                continue
            spelled.append(word)
            if word in STOPWORDS:
                continue
            term = stem(word)
            if term in self.asking or (term not in self.df and term in self.amount):
                # "how much do they make?": a word asking for an amount says what kind of answer
                # is wanted (a quote with a figure), not a topic the documents must name (nor a
                # word the quote must contain: "$120,000 a year" answers it)
                asks_figure = True
                continue
            if term not in self.df and word in QUESTION_WORDS:
                continue  # "how much do they get paid?": "get" frames the question
            if term not in self.df:
                fixed = self._correct(term)
                if fixed and word in self.vocabulary and len(
                        os.path.commonprefix([term, fixed])) < max(VARIANT_PREFIX, len(term) - 3):
                    # a word the model knows whole is spelled right: it is read as a corpus word
                    # only when it is that word with another ending ("manufacturers",
                    # "manufacture"), and "australia" is no misspelling of "austria"
                    fixed = None
                if fixed:
                    term = fixed
                    spelled[-1] = fixed
                elif word.isalpha():
                    unknown.append(term)
            terms.append(term)
        searched = " ".join(spelled)
        key = canonical(searched, self.abbreviations)
        roles = self._roles_named(key)
        # "lead" is a level, but in "annotation lead" it is part of the role's name
        in_roles = {w for r in roles for w in r.split()}
        found_levels = self._levels(text, in_roles)
        return Question(
            original=text, text=searched, terms=tuple(dict.fromkeys(terms)), roles=roles,
            levels=found_levels,
            asks_amount=asks_figure or any(t in self.amount for t in terms),
            unknown=tuple(dict.fromkeys(unknown)),
            specific=self._specific(text) if specific is None else tuple(dict.fromkeys(
                stem(w.lower()) for w in specific)),
            topic=tuple(dict.fromkeys(w.lower() for w in topic)),
            asks=self._asks(f"{text.lower()} {searched}"),
        )

    def _roles_named(self, key: str) -> tuple[str, ...]:
        """The roles `key` names, in the order it names them. Each role may be named its own
        way ("health informatics vs epidemiology": one by the words before its job noun, one by
        its field): the ways are tried from the most exact, each adding the roles it finds
        in words no earlier way has read as a role."""
        taken: list[tuple[int, int]] = []
        found: dict[str, int] = {}
        for spans in (_spans(self.role_forms, key), _spans(self.role_fields, key),
                      _spans(self.role_clips, key), self._clipped(key),
                      _spans(self._fronts, key)):
            fresh = [(s, e, r) for s, e, r in spans
                     if r not in found and not any(s < b and a < e for a, b in taken)]
            for s, e, r in fresh:
                found[r] = s
            taken += [(s, e) for s, e, _ in fresh]
        roles = sorted(found, key=found.__getitem__)
        return tuple(r for r in roles if not any(r != o and r in o for o in roles))

    def _asks(self, text: str) -> tuple[str, ...]:
        """The kinds of figure `text` asks for, by the lexicon's cues ("how long": duration)."""
        return tuple(kind for kind, cue in self.answer_types if cue.search(text))

    def _clipped(self, key: str) -> list[tuple[int, int, str]]:
        """The roles `key` names in short: with words clipped ("tech writer" for "technical
        writer") or the leading ones left out ("education specialist" for "ML education
        specialist"). A run of two words or more ending in the role's job noun, each other word
        the role's word or its start (three letters at least, not a function word), that fits
        no other role as well. The corpus's own clippings are read with its abbreviations; this
        finds those it never writes. Each as (start, end, role), in characters of `key`."""
        typed = key.split()
        found: dict[int, list[tuple[int, str]]] = {}  # where a run ends -> (its size, role)
        for role in self.roles:
            run = _short_run(typed, role.split())
            if run:
                found.setdefault(run[0], []).append((run[1], role))
        starts = [m.start() for m in re.finditer(r"\S+", key)]
        picked: list[tuple[int, int, str]] = []
        for end, fits in found.items():
            longest = max(size for size, _ in fits)
            best = [role for size, role in fits if size == longest]
            if len(best) == 1:  # "learning engineer" may be any of several: none is named
                last = end - 1
                picked.append((starts[end - longest], starts[last] + len(typed[last]), best[0]))
        return sorted(picked)

    @cached_property
    def _fronts(self) -> list[tuple[str, str]]:
        """Roles named by the words before their job noun alone ("the search relevance loop"
        for the search relevance engineer): two words at least, beginning no other role's name,
        and written by the documents mostly as part of the role's name, so that standing alone
        they still mean the role. "Machine learning" is written far more often on its own than
        in "machine learning engineer", and means the field. Counted when first needed, over
        the units that hold every word of the phrase."""
        if self._texts_with is None:
            return []
        out = []
        for front, role in self._front_candidates:
            alone = named = 0
            for text in self._texts_with([stem(w) for w in front.split()]):
                key = f" {canonical(text, self.abbreviations)} "
                named += key.count(f" {role} ")
                alone += key.count(f" {front} ")
            if named and alone <= 2 * named:  # (alone counts the named ones too)
                out.append((front, role))
        return out

    def _levels(self, text: str, in_roles: set[str]) -> tuple[str, ...]:
        """The level words of `text`, but for one that begins a name: one before a word the
        corpus writes as a proper noun ("new" in "new york")."""
        typed = typed_words(text)
        out = []
        for i, word in enumerate(typed):
            low = word.lower()
            if low not in self.levels or low in in_roles:
                continue
            after = typed[i + 1] if i + 1 < len(typed) else ""
            if after and stem(after.lower()) in self.proper:
                continue
            out.append(low)
        return tuple(out)

    def _specific(self, text: str) -> tuple[str, ...]:
        """Proper nouns typed with a capital (not the first word, not a short form the corpus
        or lexicon spells out), years, the lexicon's specific words, and what names one of a
        series (`_labels`)."""
        typed = [m.group(0) for m in _TYPED.finditer(text)]
        out = []
        for i, word in enumerate(typed):
            low = word.lower().replace("’", "'")
            if low in STOPWORDS:
                continue
            role_word = any(low in r.split() for r in self.roles)
            if _YEAR.fullmatch(word) or low in self.specific_words or (
                    stem(low) in self.proper and not role_word and low not in self.abbreviations
                    and low not in self.expansion_words):
                out.append(stem(low))
            elif i > 0 and word[0].isupper() and low not in self.abbreviations \
                    and not any(low in r.split() for r in self.roles) and low not in self.levels:
                out.append(stem(low))
        return tuple(dict.fromkeys(out + self._labels(typed)))

    def _labels(self, typed: list[str]) -> list[str]:
        """What names one of a series, among the words as typed: a code of letters and digits
        ("IC4", "8b"), or a number or capital letter after a word the documents write before
        one ("band 5", "category E", see `_labels_series`) that does not start a quantity
        ("band 3 years in")."""
        out = []
        for i, word in enumerate(typed):
            low = word.lower()
            if _CODE.fullmatch(low) and not _NOT_CODE.fullmatch(low):
                out.append(low)
                continue
            if i == 0 or not _LABEL.fullmatch(word) or low in STOPWORDS or _YEAR.fullmatch(word):
                continue
            before = typed[i - 1].lower()
            after = typed[i + 1].lower() if i + 1 < len(typed) else ""
            if (before.isalpha() and before not in STOPWORDS and before not in QUESTION_WORDS
                    and not _QUANTITY.match(after)
                    and self._labels_series(self.abbreviations.get(before, before))):
                out.append(low)
        return out

    def _labels_series(self, word: str) -> bool:
        """Whether the documents write `word` before a number or a capital letter, as the
        name of a series ("Band 5", "Category A", "Level 2"): a number after it in a question
        then names one of the series, where after another word it counts ("top 5 skills")."""
        if self._texts_with is None or not word.isalpha():
            return False
        if word not in self._series:
            pattern = re.compile(rf"\b(?i:{re.escape(word)})s?\s+(?:\d{{1,3}}|[A-Z])\b")
            self._series[word] = any(pattern.search(t) for t in self._texts_with([stem(word)]))
        return self._series[word]

    def _correct(self, term: str) -> str | None:
        """The corpus word `term` nearly spells (one or two letters off), or None. A corpus word
        that only adds letters at the end is another word built on it, not a misspelling."""
        if len(term) < 5 or not term.isalpha():
            return None
        pool = self._by_initial.get(term[0], [])
        close = [t for t in difflib.get_close_matches(term, pool, n=3, cutoff=0.85)
                 if not t.startswith(term)]  # "instruction" -> "instructional" is another word
        if not close:
            return None
        return max(close, key=lambda t: (difflib.SequenceMatcher(None, term, t).ratio(),
                                         self.df.get(t, 0)))


def _short_run(typed: list[str], parts: list[str]) -> tuple[int, int] | None:
    """(end, size) of the longest run of `typed` that names the role `parts` in short: the
    role's last words (two at least), each but the job noun the same or clipped, and not the
    role in full; the first such run of that size."""
    for size in range(len(parts), 1, -1):
        tail = parts[-size:]
        for start in range(len(typed) - size + 1):
            run = typed[start:start + size]
            if run[-1] == tail[-1] and (run != tail or size < len(parts)) and all(
                    a == b or (len(a) >= 3 and a not in STOPWORDS and b.startswith(a))
                    for a, b in zip(run[:-1], tail[:-1])):
                return start + size, size
    return None


def _spans(phrases: Iterable[tuple[str, str]], key: str) -> list[tuple[int, int, str]]:
    """(start, end, role) for each role whose phrase `key` holds as whole words, at its first
    place, in the order the message names them ("data scientist vs ML engineer" compares in
    that order); a role inside a longer one found here is the longer one's word, not named."""
    at: dict[str, tuple[int, int]] = {}
    for phrase, r in phrases:
        if phrase in key:  # (the substring test first: most phrases are not there)
            found = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", key)
            if found and (r not in at or found.start() < at[r][0]):
                at[r] = found.span()
    return sorted((s, e, r) for r, (s, e) in at.items()
                  if not any(r != o and r in o for o in at))
