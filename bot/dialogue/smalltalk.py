"""Recognising messages that are not questions about the documents: greetings, thanks,
goodbyes and "what can you do?". The replies themselves live in prompts/.

A message is small talk when it opens with a small-talk phrase and what follows is either more
small talk ("good morning! how r u", "ok bye") or a short remark that asks nothing ("thanks,
that helped a lot"). "hi, what do ML engineers earn?" is a question with a greeting in front, and so is a remark
naming what the documents are about ("thanks, data engineer pay?"): `topic` is that vocabulary,
the lexicon's job and role nouns and amount words with the words of the corpus's roles and
short forms (`Context.topic_words`), so nothing here names a subject of its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Literal

from bot.index.lexical import stem

SmallTalk = Literal["greeting", "thanks", "goodbye", "help"]

_PATTERNS: list[tuple[SmallTalk, re.Pattern[str]]] = [
    ("help", re.compile(
        r"^(help|\?+|what can you do|what do you (do|know)|who are you|what are you|"
        r"are you (a |an )?(real|human|bot|robot|person|ai|machine|chatbot)|"
        r"how (do|does) (you|this) work|what can i ask( you)?|what is this|what topics|"
        r"who (made|built|created|wrote|are) (you|this)|what (can|could) you (help|tell) me( with| about)?|"
        r"how can you help|"
        r"what (kinds?|sorts?|types?) of (questions|things|topics|stuff) (can|could|do|should) i ask|"
        r"(what|which) (questions|topics|things) (can|do) you (answer|cover|know))\b")),
    ("thanks", re.compile(r"^(thank you|thanks?|thank u|thx|ty|ta|cheers|many thanks|"
                          r"great,? thanks|much appreciated|appreciate (it|that|this)|"
                          r"perfect|awesome|cool|nice|great|brilliant|lovely|excellent|"
                          r"got it|lol|haha+|"
                          r"you('re| are) (great|awesome|amazing|brilliant|the best|a star|"
                          r"helpful|so helpful)|you rock|"
                          r"(that|this)('s| is| was) (useful|helpful|great|perfect|brilliant)|"
                          r"ok(ay)?,? (thanks?|cool|great|nice|got it)|"
                          r"ok(ay)?$|k$|sure$|alright$)\b")),
    ("goodbye", re.compile(r"^((ok(ay)?|alright|thanks?) )?(bye|goodbye|see you|see ya|"
                           r"good night|that'?s all|take care|"
                           r"have a (nice|good|great|lovely) (day|one|evening|night|weekend))\b")),
    ("greeting", re.compile(r"^(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|"
                            r"evening)|(morning|evening)( all| everyone)?$|how are you|how r u|"
                            r"how are u|what'?s up|sup)\b")),
]
# A remark after "thanks" or "hi" that starts like this is a question, not small talk; so is one
# that joins on to the conversation ("thanks, and in London?").
_ASKS = re.compile(r"^(and |but |so |also |now )?(what|whats|what's|how|which|who|where|when|why|"
                   r"is|are|do|does|did|can|could|should|would|will|tell|give|list|show|explain)\b"
                   r"|^(and|or|but|what about|how about|same for)\b")
_MAX_WORDS = 8


def classify(message: str, topic: Collection[str] = frozenset()) -> SmallTalk | None:
    """The kind of small talk `message` is, or None for anything that may be a question.
    `topic`: the stems of the words that make a remark about the documents' subject."""
    text = re.sub(r"[^\w\s']", " ", message.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    if len(text.split()) > _MAX_WORDS:
        return None
    return _classify(text, topic)


def _classify(text: str, topic: Collection[str]) -> SmallTalk | None:
    for kind, pattern in _PATTERNS:
        if pattern.match(text):
            rest = pattern.sub("", text, count=1).strip()
            if kind in ("greeting", "thanks") and not _chatter(rest, topic):
                return None
            return kind
    return None


def _chatter(rest: str, topic: Collection[str]) -> bool:
    """Whether what follows a greeting or thanks is more small talk or a remark asking nothing."""
    words = rest.split()
    if len(words) <= 1 or _classify(rest, topic) is not None:
        return True
    return not _ASKS.match(rest) and len(words) <= 6 and not any(stem(w) in topic for w in words)
