"""What a corpus teaches about its own words, found when the index is built and stored with it.

- Abbreviations it defines: "Machine Learning (ML)", "Business Intelligence (BI) Developer".
- Roles it describes: phrases that end in a job noun of the lexicon ("data engineer", "NLP
  scientist"), kept when they recur or head a section, reduced to their longest common form
  ("learning engineer" is only ever part of "machine learning engineer"); one ending in a noun
  that names things as well ("driver") only when it heads a section.

Both are plain data (`knowledge.json` in the generation folder), so follow-ups, comparisons and
the page's examples work for any documents without code that names a role.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from bot.index.lexical import STOPWORDS, stem
from bot.lexicon import Lexicon
from bot.records import Chunk

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#/&'’-]*")
# a short form in brackets, then the (up to seven) words just before it: found bracket first,
# so a text without brackets costs one scan (matching the words first took minutes at 100,000
# chunks)
_SHORT = re.compile(r"\(([A-Z][A-Za-z&/.]{1,7})\)")
_PLURAL_SHORT = re.compile(r"[A-Z]{2,}s")
_LONG_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NOT_IN_PHRASE = re.compile(r"[^\w'’\s-]")
_WINDOW = 200  # characters before a bracket where its long form is looked for
MAX_MODIFIERS = 3
MIN_COUNT = 3
# what `observe` and `combine` find from the same chunks; an index built by another version is
# observed and combined again (its files are not re-read, nor re-embedded)
KNOWLEDGE_VERSION = "24"


class Role(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str  # canonical: lower case, singular, abbreviations spelled out
    name: str  # the form the documents use most
    count: int
    headed: bool = False  # names a title or heading
    sources: tuple[str, ...] = ()


class Knowledge(BaseModel):
    model_config = ConfigDict(frozen=True)

    abbreviations: dict[str, str] = {}  # lower-case short form -> lower-case long form
    roles: tuple[Role, ...] = ()

    def role_keys(self) -> list[str]:
        return [r.key for r in self.roles]


def defined_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """Short forms the texts define in brackets after their long form, by initial letters."""
    return _best_definitions(_definitions(texts))


def _definitions(texts: Iterable[str]) -> Counter[tuple[str, str]]:
    """(short form, long form) pairs the texts define, counted."""
    found: Counter[tuple[str, str]] = Counter()
    for text in texts:
        for m in _SHORT.finditer(text):
            words, abbr = _words_before(text[max(0, m.start() - _WINDOW):m.start()]), m.group(1)
            if not words:
                continue
            # a plural short form ("speech and language therapists (SLTs)", "solutions
            # architects (SAs)") defines the singular: its "s" is no initial
            plural = bool(_PLURAL_SHORT.fullmatch(abbr))
            if plural:
                abbr = abbr[:-1]
            letters = re.sub(r"[^a-z]", "", abbr.lower())
            for k in range(1, len(words) + 1):
                tail = words[-k:]
                initials = "".join(w[0].lower() for w in tail)
                # a name's joining words have no letter of their own ("Speech and Language
                # Therapist (SLT)"), though a long form never starts with one
                named = "".join(w[0].lower() for w in tail if w.lower() not in _JOINING)
                if initials == letters or (k >= 2 and initials == letters[:k]
                                           and len(letters) == k) or (
                        tail[0].lower() not in _JOINING and named == letters
                        and len(named) < k):
                    break
            else:  # no run of initials spells it: a compound word may give two letters
                tail = _inner_letters(words, letters)
            if tail:
                long = " ".join(w.lower() for w in tail)
                found[(abbr.lower(), _singular(long) if plural else long)] += 1
    return found


def _inner_letters(words: list[str], letters: str) -> list[str]:
    """The last words of `words` that spell `letters` by their initials, with the letters left
    over found inside a word, in order, after its initial: a compound word gives a letter for
    each part ("healthcare assistant (HCA)", "keyword planner (KWP)"). Two words at least,
    each giving its initial and at most one letter more; [] when none do (the letter matching of
    Schwartz & Hearst, 2003, held to initials)."""
    for k in range(2, min(len(words), len(letters) - 1) + 1):
        tail = words[-k:]
        if tail[0].lower() in _JOINING or not _spells(tail, letters):
            continue
        return tail
    return []


def _spells(tail: list[str], letters: str) -> bool:
    """Whether the words of `tail`, each by its initial and at most one letter after it, spell
    `letters` in order."""
    if not tail:
        return not letters
    word, rest = tail[0].lower(), tail[1:]
    if not letters or word[0] != letters[0]:
        return False
    if _spells(rest, letters[1:]):
        return True
    # a second letter from inside this word
    return any(len(letters) > 1 and word[i] == letters[1] and _spells(rest, letters[2:])
               for i in range(1, len(word)))


def _best_definitions(found: Counter[tuple[str, str]]) -> dict[str, str]:
    """Each short form's most frequent long form. A short form that is an English stop word
    ("operations research (OR)", "osteitis fibrosa (OF)") is kept out: a question's "or" and
    "of" are those words, not the terms."""
    best: dict[str, tuple[int, str]] = {}
    for (abbr, long), n in found.items():
        if abbr in STOPWORDS:
            continue
        if abbr not in best or n > best[abbr][0]:
            best[abbr] = (n, long)
    return {abbr: long for abbr, (n, long) in best.items()}


def _words_before(window: str) -> list[str]:
    """The last seven words (at most) of the phrase `window` ends with, split at hyphens too."""
    tokens = _NOT_IN_PHRASE.split(window)[-1].split()
    kept: list[str] = []
    for token in reversed(tokens):
        if len(kept) == 7 or not _LONG_WORD.fullmatch(token):
            break
        kept.append(token)
    return [w for t in reversed(kept) for w in re.split(r"-+", t) if w]


def canonical(phrase: str, abbreviations: dict[str, str]) -> str:
    """Lower case, abbreviations spelled out, each word singular, marks that stand between words
    ("/", "&", "—") dropped: the key a role is known by ("MLOps / Model Reliability Engineer" is
    "mlop model reliability engineer" wherever it is written)."""
    out = []
    for w in re.split(r"\s+", phrase.lower().replace("’", "'").strip()):
        w = w.strip("'\".,;:()")
        if w.endswith("'s"):  # possessive, or the plural of a short form ("DE's", "MLE's")
            w = w[:-2]
        if not any(c.isalnum() for c in w):  # a dash or slash between words is not a word
            continue
        expanded = abbreviations.get(w) or abbreviations.get(w.rstrip("s"))
        if expanded:
            out.extend(stem(x) for x in expanded.split())
        else:
            out.append(stem(w))
    return " ".join(out)


@dataclass
class _Tally:
    counts: Counter[str] = field(default_factory=Counter)
    forms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    headed: set[str] = field(default_factory=set)
    heading_forms: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    sources: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


class Observations(BaseModel):
    """What one file contributes, before the corpus is combined: the short forms it defines and
    the role phrases it uses (surface form, in a heading or not, how often). Kept per file with
    the index, so a build observes only the files it re-reads."""

    model_config = ConfigDict(frozen=True)

    source: str
    definitions: tuple[tuple[str, str, int], ...] = ()
    phrases: tuple[tuple[str, bool, int], ...] = ()


def extract(chunks: Sequence[Chunk], lexicon: Lexicon) -> Knowledge:
    return combine(observe(chunks, lexicon), lexicon)


def observe(chunks: Sequence[Chunk], lexicon: Lexicon) -> list[Observations]:
    """The observations of each file of `chunks`, in the order the files first appear."""
    nouns = {stem(n.lower()) for n in (*lexicon.job_nouns, *lexicon.headed_job_nouns)}
    levels = {stem(w.lower()) for w in lexicon.levels}
    # a noun that heads many roles' names is no role alone ("an engineer", "a manager")
    alone_nouns = nouns - {stem(n.lower()) for n in lexicon.generic_job_nouns}
    may_name = _noun_finder(nouns)
    by_source: dict[str, list[tuple[str, bool]]] = {}
    for text, source, is_heading in _texts(chunks):
        by_source.setdefault(source, []).append((text, is_heading))
    out = []
    for source, texts in by_source.items():
        phrases: Counter[tuple[str, bool]] = Counter()
        for text, is_heading in texts:
            if not may_name(text):  # no job noun in any form: no role phrase to count
                continue
            for words in _clauses(text):
                for surface in _phrases(words, nouns, levels, alone=is_heading,
                                        alone_nouns=alone_nouns):
                    phrases[(surface, is_heading)] += 1
            if not is_heading:
                for surface in _one_word_roles(text, alone_nouns, levels):
                    phrases[(surface, False)] += 1
        out.append(Observations(
            source=source,
            definitions=tuple((a, lf, n) for (a, lf), n in _definitions(t for t, _ in texts).items()),
            phrases=tuple((surface, heading, n) for (surface, heading), n in phrases.items())))
    return out


def combine(observations: Sequence[Observations], lexicon: Lexicon) -> Knowledge:
    """The corpus's knowledge from its files' observations (in source order)."""
    found: Counter[tuple[str, str]] = Counter()
    for o in observations:
        for abbr, long, n in o.definitions:
            found[(abbr, long)] += n
    abbreviations = {**{k.lower(): v.lower() for k, v in lexicon.abbreviations.items()
                        if len(k) >= 2}, **_best_definitions(found)}
    tally = _tally(observations, abbreviations)
    clipped = _clippings(tally)
    if clipped:
        abbreviations = {**clipped, **abbreviations}
        tally = _tally(observations, abbreviations)
    counts, forms, headed, sources = tally.counts, tally.forms, tally.headed, tally.sources
    keep = _recurring(tally)
    # a noun that names things as well as jobs names a role only under a heading that says so
    # ("Train driver"), however often a sentence says "a key driver of pay"
    things = {n.lower() for n in lexicon.headed_job_nouns}
    keep -= {k for k in keep if k.split()[-1] in things and k not in headed}
    for key in sorted(keep, key=len):
        longer = [o for o in keep if o != key and o.endswith(" " + key)]
        # a phrase that almost only occurs inside a longer kept one is not a role of its own
        # (a job noun alone is counted only where it is a whole title or heading: "Actuaries")
        if " " in key and any(counts[o] >= 0.8 * counts[key] for o in longer):
            keep.discard(key)
    for key in sorted(keep, key=len, reverse=True):
        shorter = [o for o in keep if o != key and key.endswith(" " + o)]
        # a rare word in front of a common role is an adjective ("aspiring"), not its name
        if key not in headed and any(counts[key] < 0.2 * counts[o] for o in shorter):
            keep.discard(key)
    # a role is named as the headings name it, else as the sentences do most often; a heading
    # set in capitals ("CRANE OPERATOR") shouts the name, which the sentences write plainly
    names = {k: _name(tally.heading_forms[k], forms[k]) for k in keep}
    roles = sorted((Role(key=k, name=names[k], count=counts[k],
                         headed=k in headed, sources=tuple(sorted(sources[k])))
                    for k in keep), key=lambda r: (-r.count, r.key))
    return Knowledge(abbreviations={**_initials(keep, abbreviations), **abbreviations},
                     roles=tuple(roles))


def _name(headings: Counter[str], sentences: Counter[str]) -> str:
    """The form a role is named by: its headings' most common, unless every heading writes it
    in capitals and a sentence writes it too."""
    plain = [f for f, _ in sentences.most_common() if not f.isupper()]
    if headings and not all(f.isupper() for f in headings):
        return next(f for f, _ in headings.most_common() if not f.isupper())
    return plain[0] if plain else (headings or sentences).most_common(1)[0][0]


def _initials(keys: Iterable[str], abbreviations: dict[str, str]) -> dict[str, str]:
    """Roles by their initials ("tpm" for technical program manager), as people shorten a
    role of several words whether or not the documents do: only where the initials stand for
    one role alone, are neither a defined short form nor a stop word, and have three letters at
    least (two-letter initials are too often something else: "ie", "em", "se"; the common ones
    are in the lexicon)."""
    found: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        words = key.split()
        if len(words) >= 2:
            found["".join(w[0] for w in words)].add(key)
    return {short: next(iter(longs)) for short, longs in found.items()
            if len(longs) == 1 and len(short) >= 3 and short not in abbreviations
            and short not in STOPWORDS}


def _tally(observations: Sequence[Observations], abbreviations: dict[str, str]) -> _Tally:
    tally = _Tally()
    keys: dict[str, str] = {}
    for o in observations:
        for surface, is_heading, n in o.phrases:
            key = keys.get(surface)
            if key is None:
                key = keys[surface] = canonical(surface, abbreviations)
            form = _singular(surface)
            tally.counts[key] += n
            tally.forms[key][form] += n
            if is_heading:
                tally.heading_forms[key][form] += n
                tally.headed.add(key)
            tally.sources[key].add(o.source)
    return tally


def _recurring(tally: _Tally) -> set[str]:
    """The role phrases worth keeping: recurring, or naming a title or heading."""
    return {k for k, n in tally.counts.items() if n >= MIN_COUNT or k in tally.headed}


def _clippings(tally: _Tally) -> dict[str, str]:
    """Words a corpus clips in its role names ("quant researcher" beside "Quantitative
    Researcher"): two recurring role phrases of one document with the same job noun, whose other
    words are each the other's word or its start (three letters at least), the long form
    naming a heading. People clip words ("quant", "infra", "dev", "ops"); a corpus that uses both
    forms for one role tells which word a clipping stands for."""
    by_noun: dict[tuple[str, int], list[str]] = defaultdict(list)
    for key in sorted(_recurring(tally)):
        words = key.split()
        if len(words) >= 2:
            by_noun[(words[-1], len(words))].append(key)
    found: dict[str, str] = {}
    for group in by_noun.values():
        for short in group:
            for long in group:
                if short == long or long not in tally.headed or \
                        not tally.sources[short] & tally.sources[long]:
                    continue
                pairs = list(zip(short.split()[:-1], long.split()[:-1]))
                clips = [(a, b) for a, b in pairs if a != b]
                if clips and all(len(a) >= 3 and b.startswith(a) for a, b in clips):
                    found.update(clips)
    return found


def _noun_finder(nouns: set[str]):
    """A cheap test that a text may hold one of `nouns` in some form: each word `stem` maps to
    a noun starts with the noun (less a final "y": "secretaries" -> "secretary")."""
    stems = sorted({n[:-1] if n.endswith("y") and len(n) > 1 else n for n in nouns if n})

    def may_name(text: str) -> bool:
        low = text.lower()
        return any(n in low for n in stems)

    return may_name


def _phrases(words: list[str], nouns: set[str], levels: set[str],
             alone: bool = False, alone_nouns: set[str] | None = None) -> Iterator[str]:
    """Every phrase of one to three modifiers and a job noun in `words` (one clause); with
    `alone` (a title or heading), also a job noun that is the whole clause: a page titled
    "Statisticians" is about a role of one word."""
    if alone and len(words) == 1:
        term = stem(words[0].lower())
        if term in nouns and term not in levels:
            yield words[0]
        return
    for i, word in enumerate(words):
        term = stem(word.lower())
        if term not in nouns:
            continue
        # a heading naming the job noun on its own ("Becoming a dietitian", "The podiatrist's
        # week") is about a role of one word, as a heading that is only the noun is
        if alone and term in (nouns if alone_nouns is None else alone_nouns) \
                and _stands_alone(words, i, levels):
            yield word
        for k in range(1, MAX_MODIFIERS + 2):
            mods = words[max(0, i - k):i]
            if len(mods) == k and mods[0].lower() in _JOINING:
                continue  # "and language therapist": the name goes on before the "and"
            if len(mods) < k or not _modifiers(mods, levels, nouns):
                break
            if len([w for w in mods if w.lower() not in _JOINING]) <= MAX_MODIFIERS:
                yield " ".join(mods + [word])


def _one_word_roles(text: str, alone_nouns: set[str], levels: set[str]) -> Iterator[str]:
    """The job nouns that are a whole field of `text` on their own, after their level words if
    any: a list item ("Archivist"), a table cell or a labelled value ("Trade: Roofer", "Post:
    Senior archivist"). As a heading that is only a job noun does, such a field names a role
    of one word; not a noun that heads many roles' names ("Role: Engineer"), nor one of a list
    in a sentence or cell ("Recruiter, coding screen, ...": a stage of a process)."""
    for field in _FIELD.split(text):
        value = field.rpartition(":")[2].strip()
        words = value.split()
        if words and _PLAIN.fullmatch(value) and stem(words[-1].lower()) in alone_nouns \
                and all(stem(w.lower()) in levels for w in words[:-1]):
            yield words[-1].rstrip(".?!")


_FIELD = re.compile(r"\n| \| ")  # a table row's cells and a text's lines
_PLAIN = re.compile(r"[\w'’-]+(?:\s[\w'’-]+)*[.?!]?")  # words and spaces, a full stop at most


def _stands_alone(words: list[str], i: int, levels: set[str]) -> bool:
    """Whether the job noun `words[i]` of a heading is a noun phrase of its own: after a
    function or level word ("Becoming a dietitian", "The podiatrist's week"), and ending its
    phrase, not modifying a noun after it ("Developer relations") nor a verb before its object
    ("Tailor your CV")."""
    word = words[i]
    if i == 0 or stem(word.lower()) in levels or _modifiers(words[i - 1:i], levels):
        return False
    return i == len(words) - 1 or words[i + 1].lower() in STOPWORDS \
        or word.lower().endswith(("'s", "’s"))


# words that stand before a job noun without naming a role: counts ("two engineers"), amounts
# and comparisons ("how much developer advocates earn", "engineer versus research scientist"),
# and the verbs of hiring and using ("hiring ML specialists", "use AI coding assistants")
_JOINING = frozenset({"and", "&"})  # words joining the parts of one name
_NOT_IN_NAMES = frozenset(
    "one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty fifty "
    "hundred hundreds thousand thousands dozen dozens several multiple many much more most less "
    "least each every other versus vs than use using hire hiring become becoming".split())


def _modifiers(words: list[str], levels: set[str], nouns: set[str] = frozenset()) -> bool:
    """Words that may stand before a job noun in its name: no stop words, no level words,
    no numbers, none of `_NOT_IN_NAMES`; lower-case words only after a capitalised or all-caps
    one is not required. A joining "and" between two of them belongs to the name ("speech and
    language therapist", "forecasting and operations research analyst"), but not after a job
    noun ("engineers and data scientists" names two roles)."""
    for j, w in enumerate(words):
        low = w.lower()
        if low in _JOINING and 0 < j < len(words) - 1 and stem(words[j - 1].lower()) not in nouns:
            continue
        if low in STOPWORDS or stem(low) in levels or not w[0].isalpha() or len(w) < 2 \
                or low in _NOT_IN_NAMES:
            return False
    return True


def _clauses(text: str) -> list[list[str]]:
    """The words of each stretch of `text` between punctuation marks and figures, with bracketed
    short forms dropped ("Business Intelligence (BI) Developer" reads as one phrase). A figure
    parts the words around it: "Band 5 paramedic" names no "band paramedic"."""
    text = re.sub(r"\s*\([A-Z][A-Za-z&/.]{1,7}\)", "", text)
    return [_WORD.findall(part) for part in re.split(r"[^\w\s'’/&+#-]| - |\b\d[\d,.]*\b", text)]


def _singular(surface: str) -> str:
    """The role's name in the singular: "Actuaries" -> "Actuary", "coaches" -> "coach"."""
    words = surface.split()
    last, low = words[-1], words[-1].lower()
    if low.endswith("ies") and len(low) > 4:
        last = last[:-3] + ("Y" if last[-3:].isupper() else "y")
    elif low.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif low.endswith("s") and not low.endswith("ss"):
        last = last[:-1]
    return " ".join(words[:-1] + [last])


def _texts(chunks: list[Chunk]) -> list[tuple[str, str, bool]]:
    """(text, source, is a title or heading) for every title, heading and unit, once each."""
    out: list[tuple[str, str, bool]] = []
    seen: set[tuple[str, str]] = set()
    for chunk in chunks:
        for head in (chunk.title, *chunk.section):
            if (head, chunk.source) not in seen:
                seen.add((head, chunk.source))
                out.append((head, chunk.source, True))
        for unit in chunk.units:
            out.append((unit.text, chunk.source, unit.kind == "intro" and len(unit.text) < 60))
    return out
