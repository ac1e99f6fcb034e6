"""Whether a title stored in a file's properties (a PDF's metadata, a Word document's core
properties) is the document's, or one a tool or a template left there.

Authoring tools fill the title in when the author sets none: the file's name, a print driver's
job name, a new file's default name ("Document1"). A document started from a template or an
older file keeps that one's title ("Quarterly report"). Neither names what the document is
about, and its own title line (or largest heading) then titles it instead.
"""

from __future__ import annotations

import re

# the formats authoring tools stamp into a title when the author set none: a title that ends
# in one names the file ("Microsoft Word - Guide_v7_FINAL.docx"), not the document
_FILE_TITLE = re.compile(r"\.(?:docx?|pdf|pptx?|xlsx?|od[tps]|rtf|txt|html?|indd|pub|pages)$",
                         re.IGNORECASE)
# a title a tool wrote for the author: the name a print driver gives a job ("Microsoft Word -
# Trainee guide v3", whatever follows), or a new file's default name ("Untitled-1", "Document1",
# "Book1", "Presentation1")
_TOOL_TITLE = re.compile(r"microsoft \w+ - .*|(?:untitled|document|book|presentation|"
                         r"publication)(?:[\s_-]*\d+)?|untitled (?:document|presentation)",
                         re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{3,}")  # a word of three letters or more
# words too common to tell two titles apart ("Guide for nurses", "Notes for the team")
_COMMON = {"a", "an", "the", "and", "or", "of", "for", "to", "in", "on", "with", "your", "how"}


def by_a_tool(title: str) -> bool:
    """A title a tool wrote: a file's name (with its format's suffix, or words joined by "_"
    and no space: "trainee_guide_v3"), a print job's name or a new file's default name."""
    return bool(_FILE_TITLE.search(title) or _TOOL_TITLE.fullmatch(title)
                or (" " not in title and "_" in title))


def foreign(title: str, text: str) -> bool:
    """A title sharing no word with the text it stands over (a template's, a tool's default
    such as "PowerPoint Presentation")."""
    words = set(_WORD.findall(title.lower()))
    return bool(words) and words.isdisjoint(_WORD.findall(text.lower()))


def with_title_line(stored: str, line: str) -> str:
    """The title of a document that has a title line (Word's "Title" paragraph), the title its
    reader sees: a stored title may be one a template or an older copy left there ("Handbook
    Template v3"), and stays only when it holds every word of that line, the same title
    written out in full ("Data Steward Handbook" over "Data Steward")."""
    full = stored and not by_a_tool(stored) and words(line) <= words(stored)
    return stored if full else line


def words(text: str) -> set[str]:
    """The words of a title that name something (not "the", "of", "for")."""
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _COMMON}
