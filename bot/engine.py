"""The engine: one loaded index with its model, answering questions.

It loads lazily on first use, notices when the seeds changed (at most every
`stale_check_seconds`, from file sizes and times, confirmed by sha256) and rebuilds before
answering. A reload swaps one attribute, so questions in flight finish on the old index.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


import numpy as np

from bot.answer.answerer import Answerer
from bot.answer.ranker import ARTIFACT, Ranker, load_ranker
from bot.answer.retrieval import Retriever
from bot.dialogue.context import Context, Turn
from bot.dialogue.reply import Replier
from bot.dialogue.smalltalk import classify
from bot.errors import IndexCorruptError, IndexError_, QuestionError, RankerError
from bot.index import build as indexing
from bot.index import storage
from bot.index.embedding import Embedder
from bot.ingest.documents import discover
from bot.lexicon import load_lexicon
from bot.index.onnxmodel import MODELS_DIR
from bot.prompts import Prompts, load_prompts
from bot.records import Answer, BuildReport, Hit
from bot.settings import Settings

log = logging.getLogger("careerbot")


@dataclass(frozen=True)
class Loaded:
    data: storage.IndexData
    answerer: Answerer
    context: Context
    replier: Replier
    signature: tuple


class Engine:
    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        # Without an injected embedder, questions are embedded by onnxruntime from an export
        # kept beside the index: answering then never imports torch.
        self.embedder = embedder or Embedder(settings.model_path, batch_size=settings.embed_batch_size,
                                             runtime_dir=settings.index_dir / MODELS_DIR)
        self._loaded: Loaded | None = None
        self._lock = threading.RLock()
        self._checked_at = 0.0
        # Set by a SeedsWatcher: it rebuilds in the background, so questions never wait for one.
        self.watched = False
        self._embed_query = lru_cache(maxsize=1024)(self.embedder.encode_query)
        self._embed_parts = lru_cache(maxsize=1024)(self.embedder.encode_query_without)

    @property
    def prompts(self) -> Prompts:
        return load_prompts(self.settings.prompts_dir)

    # -- index --------------------------------------------------------------------------------

    def build(self, full: bool = False, progress: bool | None = None,
              wait: bool = False) -> BuildReport:
        """Update the index, then swap it in (one attribute: questions in flight keep theirs)."""
        report = indexing.build_index(self.settings, self.embedder, full=full, progress=progress,
                                      wait=wait)
        if not report.up_to_date or self._loaded is None:
            self._load()
        return report

    def loaded(self) -> Loaded:
        """The live index, built or refreshed first when missing or stale."""
        current = self._loaded
        now = time.monotonic()
        if current is not None and (self.watched
                                    or now - self._checked_at < self.settings.stale_check_seconds):
            return current
        with self._lock:
            self._checked_at = time.monotonic()
            if self._loaded is None:
                self._load_or_build()
            elif self.settings.auto_rebuild and _seeds_signature(self.settings) != self._loaded.signature:
                self._refresh_if_stale()
            return self._loaded

    def seeds_changed(self) -> bool:
        """Whether the seeds folder's names, sizes or times differ from the loaded index's."""
        current = self._loaded
        return current is None or _seeds_signature(self.settings) != current.signature

    def _load_or_build(self) -> None:
        try:
            self._load()
        except IndexError_ as exc:
            if not self.settings.auto_rebuild:
                raise
            log.warning("%s; building the index now", exc)
            self._rebuild(wait=True)
            return
        self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        reason = indexing.staleness(self.settings, self._loaded.data.manifest, self.embedder.sha256)
        if reason is None:
            self._loaded = _replace_signature(self._loaded, _seeds_signature(self.settings))
            return
        if not self.settings.auto_rebuild:
            log.warning("index is stale (%s); run `careerbot index`", reason)
            return
        log.warning("index is stale (%s); rebuilding", reason)
        self._rebuild(wait=True)

    def _rebuild(self, wait: bool) -> None:
        report = indexing.build_index(self.settings, self.embedder, wait=wait)
        for skipped in report.files_skipped:
            log.warning("skipped %s: %s", skipped.source, skipped.reason)
        self._load()

    def _load(self) -> None:
        signature = _seeds_signature(self.settings)
        data = storage.load(self.settings.index_dir)
        if data.manifest.model_sha256 != self.embedder.sha256:  # its vectors mean nothing here
            raise IndexCorruptError(
                f"{self.settings.index_dir} was built with another embedding model "
                f"({data.manifest.model_name}); run `careerbot index --full`")
        s = self.settings
        prompts, lexicon = self.prompts, load_lexicon(s.prompts_dir)
        ranker = _ranker()
        answerer = Answerer(data, data.knowledge, lexicon, prompts, ranker,
                            Retriever(data, s.fusion, _dense_weight(s, ranker), s.rrf_k),
                            top_k=s.top_k, vocabulary=self.embedder.vocabulary)
        names = {r.key: r.name for r in data.knowledge.roles}
        self._loaded = Loaded(
            data=data, answerer=answerer, context=Context(answerer.analyzer, lexicon, names),
            replier=Replier(answerer, prompts, names), signature=signature)
        self._checked_at = time.monotonic()

    # -- questions ----------------------------------------------------------------------------

    def embed(self, text: str) -> np.ndarray:
        """The question's vector (cached: follow-ups and comparisons repeat searches)."""
        return self._embed_query(text)

    def embed_without(self, text: str, spans: tuple[tuple[int, int], ...] = ()) -> np.ndarray:
        """(2, dimension): the question's vector, and that of its words outside `spans` (the
        roles and earlier topic it names), from one pass of the model; cached like `embed`."""
        if not spans:
            vector = self._embed_query(text)
            return np.stack([vector, vector])
        return self._embed_parts(text, tuple(spans))

    def clear_query_cache(self) -> None:
        """Forget the questions' vectors and readings (benchmarks time each question as new)."""
        self._embed_query.cache_clear()
        self._embed_parts.cache_clear()
        if self._loaded is not None:
            self._loaded.answerer.analyzer.forget()

    def introduction(self) -> tuple[str, list[str]]:
        """The page's introduction and example questions, from the roles the index describes."""
        replier, bot = self.loaded().replier, self.prompts.bot
        if not replier.top_roles(1):  # documents about no role the lexicon knows
            return bot.intro_topics.format(topics=replier.roles_text()), replier.examples()
        return bot.intro.format(roles=replier.roles_text()), replier.examples()

    def answerer_for_fit(self) -> Answerer:
        """The answer stage of the live index, usable before any ranker is fitted."""
        return self.loaded().answerer

    def search(self, query: str, k: int = 5) -> list[Hit]:
        if not isinstance(query, str):
            raise QuestionError(f"query must be a string, not {type(query).__name__}")
        if k <= 0:
            raise QuestionError(f"k must be greater than 0. Currently, k is {k}")
        loaded = self.loaded()
        q = loaded.answerer.analyze(_clean(query)[: self.settings.max_question_chars])
        scored = loaded.answerer.retriever.search(q.terms, self.embed(q.text), k)
        return [Hit(chunk=loaded.data.chunks[s.row], score=s.score, dense_score=s.dense,
                    lexical_score=s.lexical, rank=i) for i, s in enumerate(scored, 1)]

    def ask(self, question: str, history: Sequence[object] | None = None) -> Answer:
        if not isinstance(question, str):
            raise QuestionError(f"question must be a string, not {type(question).__name__}")
        question = _encodable(question)
        replies = self.prompts.replies
        text = _clean(question)
        if not text:
            return _reply(question, replies.empty_question, "invalid")
        if len(text) > self.settings.max_question_chars:
            return _reply(question, replies.too_long.format(
                length=len(text), limit=self.settings.max_question_chars), "invalid")
        if not any(ch.isalnum() for ch in text):
            return _reply(question, replies.no_text, "invalid")
        loaded = self.loaded()
        small = classify(text, loaded.context.topic_words)
        if small is not None:
            reply = getattr(replies, small)
            if small == "help":
                reply = reply.format(roles=loaded.replier.roles_text())
            return _reply(question, reply, "smalltalk")
        turn = self._resolve(loaded, text, history)
        return loaded.replier.reply(question, turn, self.embed_without)

    def resolve(self, message: str, history: Sequence[object] | None = None) -> Turn:
        """The turn `message` asks after `history`, as `ask` reads it (for fitting)."""
        return self._resolve(self.loaded(), _clean(_encodable(message)), history)

    def _resolve(self, loaded: Loaded, text: str, history: Sequence[object] | None) -> Turn:
        # a turn naming no role is about the role its answer was about (no ranker: none)
        subject = (lambda t: loaded.replier.subject(t, self.embed_without)) \
            if loaded.answerer.ranker is not None else None
        return loaded.context.resolve(text, history, subject)


def _reply(question: str, text: str, kind: str) -> Answer:
    return Answer(question=question, text=text, answered=False, kind=kind)


def _encodable(text: str) -> str:
    """Lone surrogates (undecodable bytes from a terminal, broken JSON) become U+FFFD: the
    question is echoed in the Answer, which must always serialise to UTF-8 JSON."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def _clean(text: str) -> str:
    """Control and format characters become spaces; runs of white space one space."""
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text)
    return " ".join(cleaned.split())


def _seeds_signature(settings: Settings) -> tuple:
    """Cheap fingerprint of the seeds folder: names, sizes and modification times."""
    found, rejected = discover(settings.seeds_dir)
    entries = []
    for source, path in found:
        try:
            st = os.stat(path)
            entries.append((source, st.st_size, st.st_mtime_ns))
        except OSError:
            entries.append((source, -1, -1))
    return tuple(entries) + tuple((b.source,) for b in rejected)


def _replace_signature(loaded: Loaded, signature: tuple) -> Loaded:
    return Loaded(loaded.data, loaded.answerer, loaded.context, loaded.replier, signature)


def _dense_weight(settings: Settings, ranker: Ranker | None) -> float:
    """The search's fusion weight: the settings' when they name one, else the fitted one."""
    if settings.dense_weight is not None:
        return settings.dense_weight
    return ranker.dense_weight if ranker is not None else Ranker.model_fields["dense_weight"].default


_said: set[str] = set()  # the ranker warnings this process has given


def _ranker() -> Ranker | None:
    """The fitted ranker; None when it is missing or stale (then only `careerbot fit` works,
    and questions get the error that says so). Said once per process, not once per index
    loaded (`careerbot fit` opens eight)."""
    try:
        return load_ranker(ARTIFACT)
    except RankerError as exc:
        if str(exc) not in _said:
            _said.add(str(exc))
            log.warning("%s", exc)
        return None


