"""One reader per file format; each turns a file's bytes into an :class:`Extracted` record.

    text      .txt               decoded (UTF-8 or the detected encoding), structure inferred later
    markdown  .md .markdown .mdx markdown-it-py (MDX: markdown with JSX, as Docusaurus writes it)
    html      .html .htm         selectolax
    pdf       .pdf               pypdf, one page number per block
    docx      .docx              python-docx

A reader raises :class:`Unreadable` with a reason meant for the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module

from bot.ingest.readers.base import Block, Extracted, Unreadable

__all__ = ["Block", "Extracted", "READERS", "Unreadable", "extract", "file_title", "tidy_title"]

READERS: dict[str, str] = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown", ".mdx": "markdown",
    ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx",
}
# an id an exporter appends to a file's name: a hash ("role_4e43e7f0"), Notion's 32 hex digits
# after a space ("Pharmacy 3f2a9c1e8b7d4e6fa1b2c3d4e5f60718.md")
_FILE_ID = re.compile(r"[_-][0-9a-f]{8,}$|\s[0-9a-f]{32}$")
_DASH = re.compile(r"\s+-\s+")  # "Dietetics - route in": a dash of the name, not a slug's
# section numbering: "1.2.3", "2.", "3)", "IV."; a bare number is part of the title ("7 Things
# I Wish I Knew", "2025 Salary Survey")
_NUMBERING = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}[.)]|[IVX]+[.)])\s+(?=\w)")


def reader_for(suffix: str) -> Callable[[bytes], Extracted]:
    return import_module(f"bot.ingest.readers.{READERS[suffix.lower()]}").read


def extract(source: str, data: bytes) -> Extracted:
    """Read `data` as the format `source`'s suffix names; raises :class:`Unreadable`."""
    suffix = "." + source.rsplit(".", 1)[-1].lower() if "." in source else ""
    return reader_for(suffix)(data)


def tidy_title(title: str) -> str:
    """A heading used as a title, without its section number ("1.2.3 Startups" -> "Startups",
    but "7 Things I Wish I Knew" as it is)."""
    return _NUMBERING.sub("", title.strip()).strip()


def file_title(source: str) -> str:
    """The last-resort title: the file name made readable.

    "1.2.3-startups-or-big-companies.md" -> "Startups or big companies"; "Pharmacy
    3f2a9c1e8b7d4e6fa1b2c3d4e5f60718.md" (a Notion export) -> "Pharmacy".
    """
    stem = source.rsplit("/", 1)[-1]
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    stem = re.sub(r"^[\d._\s-]+(?=[A-Za-z])", "", _FILE_ID.sub("", stem))
    parts = (re.sub(r"[\s_-]+", " ", part).strip() for part in _DASH.split(stem))
    words = " - ".join(part for part in parts if part)
    return (words[:1].upper() + words[1:]) if words else stem
