"""The source viewer: a citation shown in its section (or whole document), quote highlighted.

The file is found among the seeds the index knows (`documents.discover` over
`Settings.seeds_dir`), never from a path a client sent. All document text is HTML-escaped;
the only markup is ours (`<mark>` around the quote, a heading above it).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Literal

from bot.ingest.documents import BadSeed, discover, read_document
from bot.prompts import UIText
from bot.records import Chunk, Citation
from bot.settings import Settings

Scope = Literal["section", "document"]


def section_span(chunks: Sequence[Chunk], citation: Citation) -> tuple[int, int] | None:
    """Start and end of the citation's section in its file, from the indexed chunks."""
    spans = [(c.start, c.end) for c in chunks
             if c.source == citation.source and c.section == citation.section]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def read_seed(settings: Settings, source: str) -> str | None:
    """The text of seed `source`, or None when no such seed exists (any more)."""
    found = dict(discover(settings.seeds_dir)[0])
    path = found.get(source)
    if path is None:
        return None
    try:
        return read_document(source, path, settings.max_file_bytes).text
    except BadSeed:
        return None


def render_view(text: str | None, citation: Citation, span: tuple[int, int] | None,
                ui: UIText) -> str:
    """HTML for the viewer: title and heading path, then the text with the quote in <mark>."""
    header = (f"<h3>{html.escape(citation.title)}</h3>"
              f"<p class='cb-path'>{html.escape(citation.section_path or citation.source)}"
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
    """The viewer's HTML for one citation, in its section or in the whole document."""
    text = read_seed(settings, citation.source)
    span = section_span(chunks, citation) if scope == "section" else None
    return render_view(text, citation, span, ui)


def empty_view(ui: UIText) -> str:
    return f"<p class='cb-note'>{html.escape(ui.viewer_empty)}</p>"
