"""Recognising messages that are not questions about the documents: greetings, thanks,
goodbyes and "what can you do?". The replies themselves live in prompts/.

A message is small talk when it opens with a small-talk phrase and what follows is either more
small talk ("good morning! how r u", "ok bye") or a short remark that asks nothing ("thanks,
that helped a lot"). "hi, what do ML engineers earn?" is a question with a greeting in front.
"""

from __future__ import annotations

import re
from typing import Literal

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
    ("thanks", re.compile(r"^(thank you|thanks?|thx|ty|cheers|great,? thanks|much appreciated|"
                          r"perfect|awesome|cool|nice|great|got it|ok(ay)?,? (thanks?|cool|great|nice|got it)|"
                          r"ok(ay)?$|k$|sure$|alright$)\b")),
    ("goodbye", re.compile(r"^((ok(ay)?|alright|thanks?) )?(bye|goodbye|see you|see ya|"
                           r"good night|that'?s all)\b")),
    ("greeting", re.compile(r"^(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|"
                            r"evening)|how are you|how r u|how are u)\b")),
]
# A remark after "thanks" or "hi" that starts like this is a question, not small talk; so is one
# that joins on to the conversation ("thanks, and in London?").
_ASKS = re.compile(r"^(and |but |so |also |now )?(what|whats|what's|how|which|who|where|when|why|"
                   r"is|are|do|does|did|can|could|should|would|will|tell|give|list|show|explain)\b"
                   r"|^(and|or|but|what about|how about|same for)\b")
_MAX_WORDS = 8


def classify(message: str) -> SmallTalk | None:
    """The kind of small talk `message` is, or None for anything that may be a question."""
    text = re.sub(r"[^\w\s']", " ", message.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    if len(text.split()) > _MAX_WORDS:
        return None
    return _classify(text)


def _classify(text: str) -> SmallTalk | None:
    for kind, pattern in _PATTERNS:
        if pattern.match(text):
            rest = pattern.sub("", text, count=1).strip()
            if kind in ("greeting", "thanks") and not _chatter(rest):
                return None
            return kind
    return None


def _chatter(rest: str) -> bool:
    """Whether what follows a greeting or thanks is more small talk or a remark asking nothing."""
    words = rest.split()
    if len(words) <= 1 or _classify(rest) is not None:
        return True
    return not _ASKS.match(rest) and len(words) <= 6 and not _topic(rest)


def _topic(rest: str) -> bool:
    """Words that make a remark about the documents' subject rather than chatter."""
    return bool(re.search(r"\b(ml|ai|machine|learning|data|salar\w*|pay|skills?|engineers?|"
                          r"scientists?|jobs?|roles?|degree|career)\b", rest))
