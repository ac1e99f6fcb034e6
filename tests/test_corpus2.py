"""The team's own test corpus (tests/corpus2/docs: markdown, web pages as published, PDF and
Word files made by tests/make_binary.py) indexed as a user would drop it in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import assert_quotes_clean_and_exact, build_folder

pytestmark = pytest.mark.slow  # embeds ~800 texts: about a minute on two cores

DOCS = Path(__file__).resolve().parent / "corpus2" / "docs"
TITLES = {
    "analytics-engineer.md": "Analytics Engineer: The Job Nobody Had Heard Of in 2017",
    "data-engineer.md": "Data Engineer Career Guide",
    "developer-advocate.html": "Developer Advocate (AI & Data Tools): Career Guide",
    "interviewing-for-data-roles.md": "Interviewing for Data Roles: A Field Guide",
    "ml-platform-engineer.html": "ML Platform Engineer: Career Guide",
    "quantitative-researcher.pdf": "Quantitative Researcher: Career Guide",
    "research-engineer.md": "Research Engineer: Career Guide",
    "responsible-ai-specialist.pdf": "Responsible AI Specialist: Role Profile",
    "solutions-architect-ai.docx": "Solutions Architect (AI): Role Guide",
    "ux-researcher-ai.html": "UX Researcher for AI Products: Role Profile",
}
# markdown or HTML source showing through: links, images, emphasis, code ticks, tags, entities,
# heading marks, table rules
MARKUP = re.compile(r"\]\(|!\[|\*\*|(?<!\w)__|`|<[a-zA-Z/!]|&(?:[a-z]+|#\d+);|^#{1,6}\s|\|\s*:?-{3}")


@pytest.fixture(scope="module")
def corpus(embedder, tmp_path_factory):
    return build_folder(DOCS, embedder, tmp_path_factory, "corpus2-index")


def test_every_document_is_indexed_with_its_real_title(corpus):
    engine, report = corpus
    assert report.files_skipped == ()
    titles = {c.source: c.title for c in engine.loaded().data.chunks}
    assert titles == TITLES


def test_no_quote_shows_markup_and_every_quote_is_exact(corpus):
    assert_quotes_clean_and_exact(corpus[0], MARKUP)


def _furniture(path: Path) -> list[str]:
    """The words of a page's navigation, header, footer and asides, piece by piece."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(path.read_text(encoding="utf-8"))
    pieces = []
    for part in tree.css("nav, body > header, footer, aside"):
        for node in part.css("a, p, li, span"):
            text = " ".join(node.text().split())
            if len(text) >= 4:
                pieces.append(text)
    return pieces


def test_navigation_and_footer_text_is_never_a_unit(corpus):
    engine, _ = corpus
    units = engine.loaded().data.units
    for page in sorted(DOCS.glob("*.html")):
        pieces = _furniture(page)
        assert len(pieces) >= 5, page.name  # the check has something to check
        for unit in (u for u in units if u.source == page.name):
            for piece in pieces:
                assert unit.text != piece and (len(piece) < 20 or piece not in unit.text), \
                    (page.name, piece, unit.text)


def test_tables_are_quoted_row_by_row_with_their_headers(corpus):
    engine, _ = corpus
    rows = [u for u in engine.loaded().data.units if " | " in u.text]
    assert {u.source for u in rows} >= {"data-engineer.md", "developer-advocate.html",
                                        "quantitative-researcher.pdf", "solutions-architect-ai.docx"}
    for unit in rows:
        assert all(": " in cell for cell in unit.text.split(" | ")[:1]), unit.text


def test_questions_find_each_format(corpus):
    engine, _ = corpus
    for question, source in [
        ("What is a friction log for developer advocates?", "developer-advocate.html"),
        ("What does a quant researcher's research cycle look like?", "quantitative-researcher.pdf"),
        ("Who do AI solutions architects work with?", "solutions-architect-ai.docx"),
        ("What is the difference between a research engineer and a research scientist?",
         "research-engineer.md"),
    ]:
        hits = engine.search(question, k=3)
        assert source in {h.chunk.source for h in hits}, (question, [h.chunk.source for h in hits])
