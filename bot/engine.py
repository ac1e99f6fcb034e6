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


from bot.index import build as indexing
from bot.index import storage
from bot.answer.compose import Composer
from bot.dialogue.conversation import Turn, resolve
from bot.dialogue.respond import needs_dialogue, respond
from bot.ingest.documents import discover
from bot.index.embedding import Embedder
from bot.index.onnxmodel import MODELS_DIR
from bot.errors import IndexCorruptError, IndexError_, QuestionError
from bot.dialogue.grounding import Step
from bot.prompts import Prompts, load_prompts
from bot.answer.query import QueryAnalyzer, real_words_of
from bot.records import Answer, BuildReport, Hit
from bot.answer.retrieval import Retriever
from bot.settings import Settings
from bot.dialogue.smalltalk import classify

log = logging.getLogger("careerbot")


@dataclass(frozen=True)
class Loaded:
    data: storage.IndexData
    retriever: Retriever
    analyzer: QueryAnalyzer
    composer: Composer
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
        self._loaded = Loaded(
            data=data,
            retriever=Retriever(data, s.fusion, s.dense_weight, s.rrf_k),
            analyzer=QueryAnalyzer(data.lexical.vocabulary,
                                   real_words_of(self.embedder.tokenizer.get_vocab())),
            composer=Composer(data, self.prompts, max_units=s.max_units),
            signature=signature,
        )
        self._checked_at = time.monotonic()

    # -- questions ----------------------------------------------------------------------------

    def search(self, query: str, k: int = 5) -> list[Hit]:
        if not isinstance(query, str):
            raise QuestionError(f"query must be a string, not {type(query).__name__}")
        if k <= 0:
            raise QuestionError(f"k must be greater than 0. Currently, k is {k}")
        loaded = self.loaded()
        q = loaded.analyzer.analyze(_clean(query)[: self.settings.max_question_chars])
        scored = loaded.retriever.search(q, self._embed_query(q.text), k)
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
        small = classify(text)
        if small is not None:
            return _reply(question, getattr(replies, small), "smalltalk")
        turn = resolve(text, history)
        return self._answer(question, turn)

    def _answer(self, question: str, turn: Turn) -> Answer:
        loaded = self.loaded()
        if needs_dialogue(turn):  # follow-ups, comparisons, clarifications: bot/dialogue.py
            step = Step(lambda text: self._candidates(loaded, text, self.settings.top_k * 2),
                        loaded.composer, self.prompts)
            return respond(step, question, turn, lambda q: self._decline(question, q, turn))
        query = loaded.analyzer.analyze(turn.resolved)
        vector = self._embed_query(query.text)
        hits = loaded.retriever.search(query, vector, self.settings.top_k)
        candidates = loaded.composer.candidates(query, vector, hits)
        if not loaded.composer.answerable(query, candidates):
            return self._decline(question, query.text, turn)
        chosen = loaded.composer.select(query, candidates, overview=True)
        answer = loaded.composer.render(question, query, chosen)
        return answer.model_copy(update={"roles": turn.roles})

    def _candidates(self, loaded: Loaded, text: str, k: int):
        """Search `text` and score the units of the hits (multi-turn answers search per role)."""
        query = loaded.analyzer.analyze(text)
        vector = self._embed_query(query.text)
        hits = loaded.retriever.search(query, vector, k)
        return query, loaded.composer.candidates(query, vector, hits)

    def _decline(self, question: str, query: str, turn: Turn) -> Answer:
        replies = self.prompts.replies
        suggestions = self.prompts.suggestions.questions
        text = "\n".join([replies.no_answer, "", replies.no_answer_topics,
                          *(f"- {s}" for s in suggestions[:4])])
        return Answer(question=question, text=text, answered=False, kind="no_answer",
                      query=query, suggestions=tuple(suggestions[:4]), roles=turn.roles)


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
    return Loaded(loaded.data, loaded.retriever, loaded.analyzer, loaded.composer, signature)


