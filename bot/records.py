"""Typed records that flow between careerbot's steps and out of its API.

Immutable pydantic models: they validate where they cross a boundary (files under `index/`,
results of `ask()`/`search()`/`build_index()`), and serialise to JSON without custom code.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

SECTION_SEPARATOR = " › "


class Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Unit(Record):
    """One answerable piece of a document: a sentence or a list item, with its context.

    `extracted_text[start:end] == text`, where the extracted text is the `.txt` file's own text,
    or for other formats the plain text its reader extracted (kept in the index, see
    `storage.source_text`).
    """

    id: str
    source: str
    kind: Literal["sentence", "item", "intro"]
    start: int
    end: int
    text: str
    section: tuple[str, ...] = ()
    label: str = ""  # for list items: the item's group label or the sentence that introduces it
    page: int | None = None  # PDF: the 1-based page the unit is printed on


class Chunk(Record):
    """A retrievable passage: consecutive units of one section, small enough for the model."""

    id: str  # hash of source and text: survives unrelated edits elsewhere in the file
    source: str  # path relative to the seeds folder, with forward slashes
    title: str
    section: tuple[str, ...]
    text: str
    start: int
    end: int
    units: tuple[Unit, ...]

    @computed_field  # type: ignore[prop-decorator]
    @property
    def section_path(self) -> str:
        return SECTION_SEPARATOR.join(self.section)


class Hit(Record):
    """A chunk found by :func:`bot.search`, with the fused score and both components."""

    chunk: Chunk
    score: float
    dense_score: float
    lexical_score: float
    rank: int


class Citation(Record):
    """Where one quoted sentence or list item of an answer comes from."""

    n: int
    source: str
    title: str
    section: tuple[str, ...]
    quote: str  # exactly extracted_text[start:end] (see Unit)
    start: int
    end: int
    score: float
    label: str = ""
    role: str = ""  # in a comparison: the side (role) this quote was given for
    page: int | None = None  # PDF: the page the quote is printed on

    @computed_field  # type: ignore[prop-decorator]
    @property
    def section_path(self) -> str:
        return SECTION_SEPARATOR.join(self.section)


AnswerKind = Literal["answer", "no_answer", "smalltalk", "clarify", "invalid"]


class Answer(Record):
    """The reply to one question. `text` is markdown with `[n]` markers into `citations`."""

    question: str
    text: str
    citations: tuple[Citation, ...] = ()
    answered: bool
    kind: AnswerKind
    query: str = ""  # what was actually searched, after follow-up resolution and normalisation
    confidence: float = 0.0  # the gate's probability that the documents answer it (declines too)
    suggestions: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()  # the roles the question was understood to be about


class SkippedFile(Record):
    source: str
    reason: str
    sha256: str = ""  # of the bytes that were rejected, so a fixed file is noticed


class BuildReport(Record):
    """What :func:`bot.build_index` did."""

    index_dir: str
    up_to_date: bool
    files_embedded: tuple[str, ...] = ()
    files_reused: tuple[str, ...] = ()
    files_removed: tuple[str, ...] = ()
    files_skipped: tuple[SkippedFile, ...] = ()
    chunks_embedded: int = 0
    chunks_reused: int = 0
    texts_embedded: int = 0  # chunks and units sent to the model
    encodings: dict[str, str] = Field(default_factory=dict)  # files read in another encoding than UTF-8
    chunk_count: int = 0
    seconds: float = 0.0


class SourceText(Record):
    """`g-*/texts/<hash>.json`: the text careerbot extracted from a seed that is not plain UTF-8
    text (markdown, HTML, PDF, docx, or a .txt in another encoding); offsets point into it."""

    source: str
    text: str
    encoding: str = "utf-8"
    pages: tuple[tuple[int, int], ...] = ()  # PDF: (start, end) of each page in `text`


class FileEntry(Record):
    sha256: str
    chunks: int
    units: int
    # the file's size and modification time when it was hashed: while both are unchanged the
    # file is not read again to learn that it did not change (as git's index does)
    size: int = -1
    mtime_ns: int = -1


class Manifest(Record):
    """`index/manifest.json`: how the live index was built and where its files are."""

    format_version: int
    generation: str
    model_name: str
    model_sha256: str
    dimension: int
    chunker_version: int
    files: dict[str, FileEntry]
    skipped: tuple[SkippedFile, ...] = ()
    chunk_count: int
    unit_count: int
    built_at: datetime
    build_seconds: float = 0.0
    extra: dict[str, str] = Field(default_factory=dict)
