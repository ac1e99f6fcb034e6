"""The team's book-shaped test corpus (tests/corpus4/docs: 38 markdown chapters laid out as books
are published in a repository) indexed as a user would drop it in: real titles, clean quotes,
the book's own roles, and a conversation about them with no code that knows the book."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.api import Chat
from conftest import assert_quotes_clean_and_exact, build_folder
from test_corpus2 import MARKUP

pytestmark = pytest.mark.slow  # embeds ~2,200 texts: about a minute on two cores

DOCS = Path(__file__).resolve().parent / "corpus4" / "docs"
# file names like "1.2.3-consultancies-and-research-labs.md" must not show through as titles
FILE_NAME = re.compile(r"^\.?\d+(\.\d+)*[-.]|\.md$|-[a-z]+-")


@pytest.fixture(scope="module")
def book(embedder, tmp_path_factory):
    return build_folder(DOCS, embedder, tmp_path_factory, "corpus4-index")


def test_every_chapter_has_the_title_it_gives_itself(book):
    engine, report = book
    assert report.files_skipped == ()
    titles = {c.source: c.title for c in engine.loaded().data.chunks}
    assert len(titles) == len(list(DOCS.glob("*.md")))
    assert not [t for t in titles.values() if FILE_NAME.search(t)]
    assert titles["1.2.3-consultancies-and-research-labs.md"] == "Consultancies and research labs"
    assert titles["00-preface.md"] == "Preface"  # a Setext heading
    assert titles["2.4-speech-and-audio-ml-engineer.md"] == "Speech and audio ML engineer"  # "## 2.4 ..."


def test_no_quote_shows_markup_or_a_footnote_marker_and_every_quote_is_exact(book):
    assert_quotes_clean_and_exact(book[0], re.compile(f"{MARKUP.pattern}|\\[\\^"))


def test_the_roles_of_the_book_are_found_from_its_chapters(book):
    engine, _ = book
    names = {r.name.lower() for r in engine.loaded().data.knowledge.roles}
    assert {"ai product manager", "robotics software engineer", "search relevance engineer",
            "recommender-systems engineer", "ai security engineer", "ai policy analyst"} <= names


def test_a_conversation_about_the_books_roles(book):
    engine, _ = book
    chat = Chat(engine)
    first = chat.ask("What does a junior search relevance engineer earn?")
    assert first.answered and first.roles == ("Search relevance engineer",)
    pay = {"2.11-search-relevance-engineer.md", "appendix-a-salary-table.md"}
    assert first.citations[0].source in pay
    follow = chat.ask("and a senior one?")
    assert follow.answered and "senior" in follow.query.lower().split()
    assert follow.roles == ("Search relevance engineer",) and follow.citations[0].source in pay
    compared = chat.ask("how does that compare to a recommender-systems engineer?")
    assert compared.answered
    assert compared.roles == ("Search relevance engineer", "Recommender-systems engineer")
    cited = {c.source for c in compared.citations}
    assert cited & pay and cited & {"2.5-recommender-systems-engineer.md", "appendix-a-salary-table.md"}
