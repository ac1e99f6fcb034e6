"""Follow-ups without a language model: what a message asks, given the messages before it.

Most follow-ups keep the topic and replace one detail (TREC CAsT, CANARD). A message is read as
three kinds of words: the roles it names (the roles the corpus describes), the level words of the
lexicon ("senior"), and the rest, its aspect ("salary", "tools they use"). A later message
inherits each kind it does not say itself from the turn before and keeps the kinds it does say:

    "What does a junior ML engineer earn?" → "and a senior one?"
        searched as "and a senior one machine learning engineer earn"
    "Which skills does a data scientist need?" → "what about a data engineer?"
        searched as "what about a data engineer skills need"
    "What does an NLP scientist do?" → "is a PhD needed?"
        searched as "is a ph.d. needed natural language processing scientist"

A turn that names no role is about the role its answer was about (the role of its best quote,
as the engine finds it): "how much travel is there as a devrel?", answered from the developer
advocate's page, is followed by "tools?" about developer advocates (`resolve`'s `subject`).

A message with an aspect of its own keeps only the role: the level and place that qualified the
old aspect stay behind; but one that only says whom or where, opened by a qualifying word and
asking nothing ("for the apprenticeship at Penhallow?", "as a court associate with HCTS"), asks
the question before of what it names. With no role in context, one that points back ("how long
do they last?" after a question about internships) takes the turn before's aspect and place as
its topic: searched, but not what is asked (`Turn.topic`, left out of the aspect's vector like a
role's name). A message that names its own role and aspect stands alone, and so do one that asks
what a role is ("What does a BI developer do?") and one that opens with a switch ("different
question: ..."). Two roles with a comparison word, or one role compared with the one before, is
a comparison, and a fragment after one ("and in London?") goes on comparing; one that takes a
side from the turn before and points back at it ("how does that compare to a data engineer?")
compares on that turn's topic (its level, place and aspect, with the message's own words); a
level or place the message names is the new side's, and the side from the turn before keeps its
own ("how does that compare to a senior one in Denver?"). A short first message naming no role,
about what most documents share ("salary?"), asks for clarification (decided by the replier),
and so does one whose only topic is "it" ("is it worth it?").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from bot.answer.question import Analyzer, Question, named_positions
from bot.errors import QuestionError
from bot.index.knowledge import canonical
from bot.index.lexical import QUESTION_WORDS, STOPWORDS, stem, words
from bot.lexicon import Lexicon

# question words that say nothing about the topic

_CLITICS = frozenset({"s", "m", "re", "ve", "d", "ll"})
_NEGATED = frozenset({"ca", "wo", "sha"})  # "can't", "won't", "shan't" less their "n't"
POINTING_WORDS = 3  # a first message of at most this many topic words that says "they"
_DEMONSTRATIVE = frozenset({"that", "this", "those", "these"})  # "that job" points back
MAX_JOB_WORDS = 3  # a follow-up of at most this many topic words, the last a job noun, is a job
# follow-up words that add to what was asked ("do interns get stock options too?") without
# standing for anything said before
_ADDITIVE = frozenset({"also", "too", "else", "more", "instead", "same"})
_THING = frozenset({"it", "its", "this"})  # pronouns that stand for a thing, not a person
_PLURAL = frozenset({"they", "them", "their", "theirs", "those", "these"})  # after a comparison:
# both of its roles
_WEAK_COMPARISON = frozenset({"or", "more", "less", "better", "between"})


@dataclass(frozen=True)
class Turn:
    """A message and what it was understood to ask."""

    message: str
    query: str  # what is searched
    roles: tuple[str, ...] = ()  # role keys in context
    levels: tuple[str, ...] = ()
    specific: tuple[str, ...] = ()  # places, companies, years it names ("Berlin")
    aspect: tuple[str, ...] = ()  # the remaining content words, as typed (spelled out)
    followup: bool = False  # the query borrows from an earlier turn
    compare: tuple[str, ...] = ()  # two role keys to answer side by side
    first: bool = True  # no earlier user message
    # each side's own level and specific things, when they differ ("how does that compare to a
    # senior one in Denver?": the side from the turn before keeps its own); else the turn's
    side_levels: tuple[tuple[str, ...], ...] = ()
    side_specific: tuple[tuple[str, ...], ...] = ()
    # words of `query` taken from an earlier turn as what the message points at, when no role
    # is ("internships" for "how long do they last?"): searched, but not what is asked
    topic: tuple[str, ...] = ()
    # a first message that points at a role it never names ("what do they earn?", "the
    # interview for that role?"): there is nothing before it to point at
    unresolved: bool = False

    def side(self, i: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The levels and specific things that qualify side `i` of a comparison."""
        return (self.side_levels[i] if self.side_levels else self.levels,
                self.side_specific[i] if self.side_specific else self.specific)


class Context:
    """Folds a conversation's user messages into the turn the last one asks."""

    def __init__(self, analyzer: Analyzer, lexicon: Lexicon, names: dict[str, str]) -> None:
        self.analyzer, self.lexicon, self.names = analyzer, lexicon, names
        self.pronouns = {w.lower() for w in lexicon.followup_words}
        self._pointing = {stem(w) for w in self.pronouns}  # "jobs" points back as "job" does
        self.comparison = {w.lower() for w in lexicon.comparison_words}
        self.pairs = {w.lower() for w in lexicon.pair_words}
        self.persons = {w.lower() for w in lexicon.person_words}
        self._role_nouns = {stem(w.lower()) for w in lexicon.role_nouns} - {"one"}
        self._jobs = {stem(n.lower()) for n in lexicon.job_nouns}
        self._generic = {stem(n.lower()) for n in lexicon.generic_job_nouns}
        # the words that ask for a kind of answer ("cost", "salary", "when", "how long"): what
        # a message asks of its topic, not the topic a later message points back at
        self._asking = {w for cues in lexicon.answer_types.values() for c in cues
                        for w in words(c.lower()) if not function_word(w)} \
            | {w.lower() for w in lexicon.amount_words}
        nouns = "|".join(re.escape(w.lower()) for w in lexicon.role_nouns if w.lower() != "one")
        pointing = "|".join(sorted(_DEMONSTRATIVE | {"the"}))
        # "that role", "for the job?": a role noun after a demonstrative, followed by no word it
        # qualifies ("that job market" is the topic's own), or ending the message after "the"
        # ("didn't get the job after the final loop" names no role it points at)
        self._role_noun = re.compile(
            rf"\b(?P<det>{pointing})\s+(?:{nouns})s?\b(?:\s+(?P<next>[\w'’]+))?"
        ) if nouns else None

    @cached_property
    def topic_words(self) -> frozenset[str]:
        """Stems of the words that make a remark about what the documents are about: the
        lexicon's job and role nouns and amount words, and the words of the corpus's roles and
        short forms (see `smalltalk.classify`)."""
        lexicon, knowledge = self.lexicon, self.analyzer.knowledge
        nouns = [*lexicon.job_nouns, *lexicon.role_nouns, *lexicon.amount_words]
        roles = [w for key in knowledge.role_keys() for w in key.split()]
        return frozenset({stem(w.lower()) for w in nouns if not function_word(w.lower())}
                         | set(roles) | set(self.analyzer.abbreviations)) - STOPWORDS

    def resolve(self, message: str, history: Sequence[object] | None,
                subject: Callable[[Turn], tuple[str, ...]] | None = None) -> Turn:
        """The turn `message` asks after the user messages of `history`. `subject` says which
        role the answer to a turn is about (its best quote's role), for a turn that names none:
        what a later message naming none goes on about ("how much travel is there as a
        devrel?", answered from the developer advocate's page, then "tools?")."""
        previous = None
        for text in user_messages(history):
            previous = self._turn(text, self._about(previous, subject))
        return self._turn(message, self._about(previous, subject))

    @staticmethod
    def _about(turn: Turn | None, subject: Callable[[Turn], tuple[str, ...]] | None
               ) -> Turn | None:
        if turn is None or subject is None or turn.roles or turn.compare or turn.unresolved:
            return turn
        roles = subject(turn)
        return replace(turn, roles=roles) if roles else turn

    def _turn(self, message: str, previous: Turn | None) -> Turn:
        switch = self.lexicon.switch(message)
        if switch:  # "different question: ..." keeps nothing of the turns before
            message, previous = message[len(switch):].strip() or message, None
        q = self.analyzer.analyze(self.lexicon.without_asides(message))
        aspect = self._aspect(q)
        compare = self._comparison(q, aspect, previous)
        # a side that is no role of the documents is named by words of the message, which are
        # that side, not what is asked of both
        free = {w for side in compare if side not in q.roles and side not in (
            previous.roles if previous else ()) for w in side.split()}
        aspect = tuple(w for w in aspect if w not in free)
        specific = tuple(w for w in words(q.text) if stem(w) in q.specific)
        standalone = Turn(message, q.text, q.roles, q.levels, specific, aspect, compare=compare,
                          first=previous is None and not switch,
                          unresolved=previous is None and self._points_at_role(q, aspect))
        # a comparison that takes a side from the turn before and points back at it ("how does
        # that compare to ...") compares on that turn's topic
        refers = bool(_pointers(q.original) & (self.pronouns - self.comparison - self.pairs))
        back = bool(compare) and previous is not None and len(q.roles) < 2 \
            and (refers or not aspect)
        if previous is not None and previous.unresolved and q.roles and not compare:
            # it answers "which role?", asked back of a message pointing at a role it never
            # named ("how much do they make?" -> "quant researchers, new grads with a BS"): the
            # question is still the one before, of this role, with what this message adds
            return Turn(message, " ".join([q.text, previous.query]), q.roles,
                        q.levels or previous.levels, specific or previous.specific,
                        tuple(dict.fromkeys([*aspect, *previous.aspect])), followup=True,
                        first=False)
        # a message naming a role and its own aspect stands alone, and so does one asking what
        # a role is ("What does a BI developer do?" after a question about pay)
        if previous is None or (q.roles and not back and not self.lexicon.opener(message)
                                and (aspect or (not compare
                                                and self.lexicon.definition(q.original)))):
            return standalone
        if back:  # "how does that compare to a data engineer?": its level, place and aspect
            levels, specifics = q.levels or previous.levels, specific or previous.specific
            asked = tuple(dict.fromkeys([*aspect, *previous.aspect]))
            if previous.compare == compare:  # "which of the two ...?": the sides stay as they were
                sides = [previous.side(0), previous.side(1)]
                if q.levels or specific:
                    sides = [(levels, specifics)] * 2
                # and a question of its own about them is asked alone ("how long are their
                # hiring processes?" after "which is easier to get into?")
                asked = aspect or previous.aspect
            else:  # the side from the turn before keeps its own; the new one takes what is said
                sides = [(previous.levels, previous.specific), (levels, specifics)]
            return Turn(message, q.text, compare, levels, specifics, asked, followup=True,
                        compare=compare, first=False,
                        side_levels=tuple(s[0] for s in sides),
                        side_specific=tuple(s[1] for s in sides))
        # A message that is only a job the documents do not describe ("what about
        # physiotherapists?", or "radiographer" answering "which role?") asks what was asked
        # before, of that job in place of the role before.
        job = self._other_job(q, aspect)
        # a message that only says whom or where ("for the paralegal apprenticeship at
        # Penhallow?", "as a court associate?") asks what was asked before, of what it names
        # (with no role in play, it is a fragment: see below)
        if job or (not compare and (q.roles or previous.roles) and self._qualifies(message)):
            aspect = ()
        # A later turn inherits what it does not say itself: the role, the level, the place or
        # other specific thing, the aspect.
        # A message with an aspect of its own starts a new question about the same role: the
        # level and place that qualified the old aspect stay behind.
        # a job the documents do not describe ("what about physiotherapists?" after podiatrists)
        # is asked about in place of the role before, not beside it
        roles = q.roles or (() if job else previous.roles)
        levels = q.levels or (() if aspect else previous.levels)
        # with no role in context, a message with its own aspect that points back ("how long do
        # they last?") points at the turn before's topic: its aspect and specific things
        pointing = bool(aspect) and not roles and bool(
            _pointers(q.original) & (self.pronouns - _ADDITIVE))
        # with a role in context, "it" or "this" points at a thing, not at the role's people:
        # the thing the turn before asked about ("how often do I renew it?" after "which
        # licence do I need as a plumber?")
        pointing = pointing or (bool(aspect) and bool(roles) and not q.roles
                                and bool(_pointers(q.original) & _THING))
        # with no role in context, a message opened as a fragment of the one before ("and
        # non-fiction?", "what about for English?") keeps that one's question and replaces one
        # detail (the follow-ups of conversational search, TREC CAsT)
        fragment = bool(aspect) and not roles and not pointing \
            and bool(self.lexicon.opener(message)) and not self._other_job(q, aspect)
        specifics = specific or (() if aspect and not pointing else previous.specific)
        inherited = [] if aspect and not pointing else [*previous.specific, *previous.aspect]
        if fragment:
            inherited = [*previous.specific, *dict.fromkeys([*previous.topic, *previous.aspect])]
        if pointing:
            # it points at what the turn before was about: what that turn itself pointed at, if
            # it did ("how long does it take?", then "any bursaries for it?": the diploma both
            # times), and its own topic words, without the words that asked for a kind of answer
            # ("cost" in "how much does the diploma cost?")
            subject = dict.fromkeys([*previous.topic, *previous.aspect])
            inherited = [*previous.specific,
                         *(w for w in subject if w.lower() not in self._asking)] or inherited
        if specific:
            inherited = [w for w in inherited if w not in previous.specific]
        # what it points at, without the role and level put before it (searched once)
        topic = tuple(w for part in inherited for w in words(part)) if pointing or fragment \
            else ()
        if not q.roles and roles:
            inherited.insert(0, self.names.get(roles[0], roles[0]))
        # a role named in short ("and a consultant one?") is searched by its name
        key = f" {canonical(q.text, self.analyzer.abbreviations)} "
        inherited[:0] = [self.names.get(r, r) for r in q.roles
                         if f" {r} " not in key and f" {r.replace('-', ' ')} " not in key]
        if not q.levels and levels:
            inherited[:0] = levels
        said = q.text
        if inherited:  # "and a senior one?": "one" stands for what is inherited, not a topic,
            # and the opener and article that join the fragment to the turn before are no topic
            said = " ".join(w for w in q.text.split() if w.lower() not in self.pronouns)
            while opener := self.lexicon.opener(said):  # "and for an NLP scientist?"
                said = said[len(opener):].strip()
            said = re.sub(r"^(a|an|the)\b\s*", "", said.strip(), flags=re.IGNORECASE)
        query = " ".join([said, *inherited]).strip()
        return Turn(message, query, compare or roles, levels, specifics, aspect or previous.aspect,
                    followup=bool(inherited), compare=compare, first=False, topic=topic)

    def _other_job(self, q: Question, aspect: tuple[str, ...]) -> bool:
        """Whether a message naming no role of the documents is only a job ("physiotherapists?",
        "radiographer"): its topic words end in a job noun, as the knowledge stage reads one.
        Not when it speaks of the role's people ("do most of them start out as annotators?")."""
        return not q.roles and bool(aspect) and len(aspect) <= MAX_JOB_WORDS \
            and stem(aspect[-1]) in self._jobs and not set(words(q.original.lower())) & self.persons

    def _qualifies(self, message: str) -> bool:
        """Whether `message` opens with a qualifying opener ("for", "as") and asks nothing of its
        own after it: no question word ("for a data scientist, what tools?" asks)."""
        opener = self.lexicon.qualifier(message.strip())
        if not opener:
            return False
        rest = words(message.strip()[len(opener):].lower())
        return bool(rest) and not set(rest) & QUESTION_WORDS

    def _points_at_role(self, q: Question, aspect: tuple[str, ...]) -> bool:
        """Whether a message naming no role points at one: a word for its people in a short
        message (`aspect` its topic words), a thing pronoun before its topic ("is it worth
        it?"), or a role noun after a determiner ("the interview for that role")."""
        if q.roles:
            return False
        low = q.original.lower()
        said = words(low)
        # "is it worth it?", "how long does it take": "it" or "this" before any topic word (the
        # words that ask for a kind of answer aside), in a short message naming nothing specific,
        # with no message before it for the pronoun to stand for
        thing = next((i for i, w in enumerate(said) if w in _THING), None)
        if thing is not None and not q.specific and len(aspect) <= POINTING_WORDS \
                and not any(w in aspect and w not in self._asking for w in said[:thing]):
            return True
        return (bool(set(said) & self.persons) and len(aspect) <= POINTING_WORDS) \
            or any(m.group("next") is None
                   or (m.group("det") != "the" and function_word(m.group("next")))
                   for m in (self._role_noun.finditer(low) if self._role_noun else ()))

    def _aspect(self, q: Question) -> tuple[str, ...]:
        """The message's words that are neither a role, a level nor a question or stop word, nor
        a word that only points at a role ("jobs", "role") or names its field ("for ML platform
        engineering"), nor the opener that joins the message to the one before ("I mean")."""
        # (read as words and stems: "recommender-systems engineer" typed "recommender systems
        # engineer", "actuary" typed "actuaries")
        fields = {f for r in q.roles for f in self.lexicon.fields_of(r.split()[-1])}
        opener = self.lexicon.opener(q.text) or ""
        out = []
        said = words(q.text[len(opener):])
        # (a role's words are its name only where they name it: "what education does an ML
        # education specialist need?" asks about education)
        named = named_positions(said, q.roles)
        for i, w in enumerate(said):
            # a noun that points at a role is the topic's own word when it qualifies the next
            # one ("job security", "vacancy rate"), not a pointer ("that job", "the vacancy")
            qualifies = i + 1 < len(said) and not function_word(said[i + 1]) \
                and said[i + 1] not in self.pronouns \
                and (i == 0 or said[i - 1] not in _DEMONSTRATIVE)
            if function_word(w) or ((w in self.pronouns or stem(w) in self._pointing)
                                    and not (qualifies and stem(w) in self._role_nouns)) \
                    or w in fields:
                continue
            if w in q.levels or i in named or stem(w) in q.specific:
                continue
            if w in self.comparison or w in self.pairs:
                continue
            out.append(w)
        return tuple(dict.fromkeys(out))

    def _comparison(self, q: Question, aspect: tuple[str, ...],
                    previous: Turn | None) -> tuple[str, ...]:
        said = set(words(q.original))
        cues = said & self.comparison
        if "or" in cues and not self._or_joins_a_role(q):
            cues = cues - {"or"}  # "do they need a masters or PhD?" joins two other things
        if previous and previous.compare and not q.roles and said & (self.pairs | _PLURAL):
            return previous.compare  # "which of the two needs a PhD?", "their hiring processes"
        if previous and previous.compare and not q.roles and (
                self._continues(q, aspect) if not cues
                else not any(stem(w) in self._jobs for w in aspect)):
            # a comparison word with no role, nor any other job, to compare ("and at the same
            # level in the US?") still compares the two before
            return previous.compare
        if not cues:
            return ()
        if len(q.roles) >= 2:
            return q.roles[:2]
        # one side a role, the other a job the documents do not head ("quant researcher vs
        # quant trader", "curator or archivist"): that side is compared by its own words
        if len(q.roles) == 1 and (cues - _WEAK_COMPARISON or "or" in cues):
            free = self._free_side(q)
            if free is not None:
                return (q.roles[0], free[1]) if free[0] else (free[1], q.roles[0])
        # "or", "more", "better" alone compare only two roles named together
        strong = cues - _WEAK_COMPARISON or said & (self.pronouns - self.comparison)
        if len(q.roles) == 1 and previous and previous.roles and previous.roles[0] != q.roles[0] \
                and strong:
            return (previous.roles[0], q.roles[0])
        return ()

    def _continues(self, q: Question, aspect: tuple[str, ...]) -> bool:
        """Whether a message naming no role, after a comparison, goes on comparing: a fragment
        that keeps the topic, the two sides, and replaces a detail ("and in London?", "what
        about yearly pay with overtime") or says no topic of its own, unless it is only a job
        the documents do not describe ("what about archivists?"); `aspect`: its topic words."""
        return (bool(self.lexicon.opener(q.original)) or not aspect) \
            and not self._other_job(q, aspect)

    def _free_side(self, q: Question) -> tuple[bool, str] | None:
        """A job the message names outside the words that name its role: a job noun with the
        content words just before it (two at most), or alone when it is no generic one
        ("archivist", not "engineer"); and whether it comes after the role. None if none."""
        said = words(q.text)
        named = named_positions(said, q.roles)
        for i, w in enumerate(said):
            if i in named or stem(w) not in self._jobs:
                continue
            start = i
            while start > 0 and i - start < 2 and start - 1 not in named \
                    and not function_word(said[start - 1]) \
                    and said[start - 1] not in self.comparison | self.pronouns | self.pairs:
                start -= 1
            if start == i and stem(w) in self._generic:
                continue
            return (min(named, default=0) < start, " ".join(said[start:i + 1]))
        return None

    @staticmethod
    def _or_joins_a_role(q: Question) -> bool:
        """Whether an "or" of the message stands next to a role it names ("or an annotation
        lead?", "data analyst or data engineer"), the articles between them aside."""
        said = words(q.text)
        named = named_positions(said, q.roles)
        for i, w in enumerate(said):
            if w != "or":
                continue
            after = i + 1
            while after < len(said) and said[after] in _ARTICLES:
                after += 1
            if after in named or i - 1 in named:
                return True
        return False


_ARTICLES = frozenset({"a", "an", "the"})
_EXISTENTIAL = re.compile(
    r"\b(?:(?:is|are|was|were|will|would)\s+there|there\s+(?:is|are|was|were|'s))\b")


def _pointers(text: str) -> set[str]:
    """The words of `text` that may point back, less an existential "there" ("is there a grant
    while I study?" points at nothing)."""
    return set(words(_EXISTENTIAL.sub(" ", text.lower())))


def function_word(word: str) -> bool:
    """A stop or question word, or one's contraction as people type it ("what's", "I'm",
    "don't"): no topic."""
    if word.endswith("n't"):
        base = word[:-3]
    else:
        base, _, clitic = word.partition("'")
        base = base if clitic in _CLITICS else word
    return any(w in STOPWORDS or w in QUESTION_WORDS for w in (word, base)) \
        or base in _NEGATED


def user_messages(history: Sequence[object] | None) -> list[str]:
    """The user's messages of a Gradio-style history (dicts or objects with role/content)."""
    if history is None:
        return []
    if isinstance(history, (str, bytes)) or not isinstance(history, Sequence):
        raise QuestionError(f"history must be a list of messages, not {type(history).__name__}")
    out = []
    for item in history:
        role = item.get("role") if isinstance(item, dict) else getattr(item, "role", None)
        content = item.get("content") if isinstance(item, dict) else getattr(item, "content", None)
        if role == "user" and isinstance(content, str) and content.strip():
            out.append(re.sub(r"\s+", " ", content).strip())
    return out
