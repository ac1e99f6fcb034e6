"""Grouping a document's units into chunks that the embedding model can read whole.

all-MiniLM-L6-v2 reads at most 256 word pieces and silently drops the rest, so every chunk,
with the title and heading path prepended for embedding, stays under `max_tokens`. Chunks never
cross a heading or a noise line, and they start and end on unit boundaries, so a chunk's text is
`file_text[start:end]` exactly.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from bot.ingest.hashing import short_hash
from bot.records import SECTION_SEPARATOR, Chunk, Unit
from bot.ingest.readers import Block
from bot.ingest.structure import parse_document

CHUNKER_VERSION = 73  # bump when chunk boundaries, unit parsing or a reader change: forces re-embedding

TokenCounter = Callable[[Sequence[str]], list[int]]


def chunk_document(source: str, text: str, count_tokens: TokenCounter, max_tokens: int,
                   title: str = "", blocks: tuple[Block, ...] | None = None) -> list[Chunk]:
    """Chunks of one document (possibly none, if it holds no prose). `text` is its extracted
    text; `title` and `blocks` come from its reader (none for plain text: inferred)."""
    parsed = parse_document(source, text, title, blocks)
    units = _split_oversized(parsed.units, text, count_tokens, max_tokens // 2)
    if not units:
        return []
    sizes = count_tokens([u.text for u in units])
    chunks: list[Chunk] = []
    group: list[Unit] = []
    used = 0
    budget = max_tokens
    seen: Counter[str] = Counter()
    for unit, size in zip(units, sizes):
        if group and (_breaks(text, group[-1], unit) or used + size > budget):
            chunks.append(_make_chunk(source, parsed.title, text, group, seen))
            group, used = [], 0
        if not group:
            prefix = embedding_prefix(parsed.title, unit.section)
            budget = max_tokens - count_tokens([prefix])[0]
        group.append(unit)
        used += size
    chunks.append(_make_chunk(source, parsed.title, text, group, seen))
    return chunks


def embedding_prefix(title: str, section: Sequence[str]) -> str:
    """What a chunk's vector sees before its text: the title and headings carry its topic."""
    parts = [title, *section]
    return ". ".join(p.rstrip(".:") for p in parts if p) + ".\n"


def chunk_embedding_text(chunk: Chunk) -> str:
    return embedding_prefix(chunk.title, chunk.section) + chunk.text


def unit_embedding_text(title: str, unit: Unit) -> str:
    """A unit is embedded with its nearest heading and group label: "$120,571" alone means
    nothing, "Experience-Based Salary Ranges: Less than 1 year experience: $120,571" does."""
    context = [p for p in (title, unit.section[-1] if unit.section else "", unit.label) if p]
    return SECTION_SEPARATOR.join(context) + ": " + unit.text


def _breaks(text: str, prev: Unit, unit: Unit) -> bool:
    """A new chunk starts at a new section, or after a line of noise between two units."""
    if prev.section != unit.section:
        return True
    gap = text[prev.end:unit.start]
    return bool(re.search(r"\w", gap))


def _make_chunk(source: str, title: str, text: str, units: list[Unit], seen: Counter[str]) -> Chunk:
    start, end = units[0].start, units[-1].end
    body = text[start:end]
    seen[body] += 1
    suffix = "" if seen[body] == 1 else f"#{seen[body]}"
    return Chunk(
        id=short_hash(source, body + suffix), source=source, title=title,
        section=units[0].section, text=body, start=start, end=end, units=tuple(units),
    )


def _split_oversized(units: list[Unit], text: str, count_tokens: TokenCounter, limit: int) -> list[Unit]:
    """Cut any unit longer than `limit` word pieces into consecutive word windows."""
    sizes = count_tokens([u.text for u in units]) if units else []
    out: list[Unit] = []
    for unit, size in zip(units, sizes):
        if size <= limit:
            out.append(unit)
            continue
        words = list(re.finditer(r"\S+", unit.text))
        per = max(8, int(len(words) * limit / size))
        for i in range(0, len(words), per):
            window = words[i:i + per]
            a = unit.start + window[0].start()
            b = unit.start + window[-1].end()
            out.append(unit.model_copy(update={
                "id": short_hash(unit.id, str(i)), "start": a, "end": b, "text": text[a:b],
            }))
    return out
