"""Recognising messages that are not questions about the documents: greetings, thanks,
goodbyes and "what can you do?". The replies themselves live in prompts/."""

from __future__ import annotations

import re
from typing import Literal

SmallTalk = Literal["greeting", "thanks", "goodbye", "help"]

_PATTERNS: list[tuple[SmallTalk, re.Pattern[str]]] = [
    ("help", re.compile(
        r"^(help|\?+|what can you do|what do you (do|know)|who are you|what are you|"
        r"how (do|does) (you|this) work|what can i ask( you)?|what is this|what topics)\b")),
    ("thanks", re.compile(r"^(thanks?|thank you|thx|ty|cheers|great,? thanks|much appreciated|"
                          r"perfect|awesome|cool|ok(ay)?,? thanks?)\b")),
    ("goodbye", re.compile(r"^(bye|goodbye|see you|see ya|good night|that'?s all)\b")),
    ("greeting", re.compile(r"^(hi|hello|hey|hiya|howdy|yo|greetings|good (morning|afternoon|"
                            r"evening)|how are you)\b")),
]


def classify(message: str) -> SmallTalk | None:
    """The kind of small talk `message` is, or None for anything that may be a question."""
    text = re.sub(r"[^\w\s']", " ", message.lower()).strip()
    text = re.sub(r"\s+", " ", text)
    if len(text.split()) > 7:
        return None
    for kind, pattern in _PATTERNS:
        if pattern.match(text):
            rest = pattern.sub("", text, count=1).strip()
            # "hi, what do ML engineers earn?" is a question with a greeting in front
            if kind in ("greeting", "thanks") and len(rest.split()) > 2:
                return None
            return kind
    return None
