"""The source viewer: a citation shown in its section, page or whole document, quote highlighted.

The text shown is the text the citation's offsets point into: for a markdown, HTML, PDF or
Word seed the plain text careerbot extracted (kept in the index, so a markdown quote shows link
text, never markup), for a plain-text seed the file itself, found among the seeds the index
knows, never from a path a client sent. A PDF citation opens at its page. All document text is
HTML-escaped; the only markup is ours (`<mark>` around the quote, a heading above it).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Literal

from bot.index import storage
from bot.prompts import UIText
from bot.records import Chunk, Citation, SourceText
from bot.settings import Settings

Scope = Literal["section", "document"]


def section_span(chunks: Sequence[Chunk], citation: Citation) -> tuple[int, int] | None:
    """Start and end of the citation's section in its file, from the indexed chunks."""
    spans = [(c.start, c.end) for c in chunks
             if c.source == citation.source and c.section == citation.section]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def citation_page(chunks: Sequence[Chunk], citation: Citation) -> int | None:
    """The page of a PDF citation: its own, else that of the unit it quotes."""
    if citation.page is not None:
        return citation.page
    for chunk in chunks:
        if chunk.source == citation.source and chunk.start <= citation.start < chunk.end:
            for unit in chunk.units:
                if unit.start == citation.start and unit.end == citation.end:
                    return unit.page
    return None


def read_source(settings: Settings, source: str) -> SourceText | None:
    """The extracted text of `source`, or None when no such seed exists (any more)."""
    return storage.source_text(settings.index_dir, settings.seeds_dir, source,
                               settings.max_file_bytes)


def read_seed(settings: Settings, source: str) -> str | None:
    """The text of seed `source` that citations point into, or None."""
    found = read_source(settings, source)
    return found.text if found is not None else None


def render_view(text: str | None, citation: Citation, span: tuple[int, int] | None,
                ui: UIText, page: int | None = None) -> str:
    """HTML for the viewer: title, heading path and page, then the text with the quote in <mark>."""
    where = citation.section_path or citation.source
    if page is not None:
        where += " · " + ui.viewer_page.format(page=page)
    header = (f"<h3>{html.escape(citation.title)}</h3>"
              f"<p class='cb-path'>{html.escape(where)}"
              f" · <code>{html.escape(citation.source)}</code></p>")
    if text is None:
        return header + f"<p class='cb-note'>{html.escape(ui.viewer_missing)}</p>"
    if text[citation.start:citation.end] != citation.quote:
        return header + f"<p class='cb-note'>{html.escape(ui.viewer_changed)}</p>"
    start, end = span or (0, len(text))
    start, end = min(start, citation.start), max(end, citation.end)
    body = (html.escape(text[start:citation.start])
            + f"<mark class='cb-quote' id='cb-quote'>{html.escape(citation.quote)}</mark>"
            + html.escape(text[citation.end:end]))
    return header + f"<div class='cb-source'>{body}</div>"


def view(settings: Settings, chunks: Sequence[Chunk], citation: Citation, scope: Scope,
         ui: UIText) -> str:
    """The viewer's HTML for one citation: in its section (a PDF: its page) or the document."""
    found = read_source(settings, citation.source)
    page = citation_page(chunks, citation)
    span = None
    if scope == "section":
        span = section_span(chunks, citation)
        if page is not None and found is not None and 0 < page <= len(found.pages):
            span = found.pages[page - 1]
    return render_view(found.text if found else None, citation, span, ui, page)


def empty_view(ui: UIText) -> str:
    return f"<p class='cb-note'>{html.escape(ui.viewer_empty)}</p>"
