"""Footnotes as documentation generators and ebooks mark them: by DPUB-ARIA's roles, which
docutils (Sphinx) and pandoc write (`doc-noteref` on a reference, `doc-footnote` around a
note, `doc-backlink` on the way back to the reference), and by the classes they wrote before
(docutils' `footnote-reference` and `fn-backref`, pandoc's `footnote-ref`).

A reference is a mark in a sentence that points to its note ("... the Standards Course.[1]"):
no word of the sentence, and one left between two sentences glues them into one. A note's
label (the "[1]" before it, the "↩" after it) is its way back to that mark: no word of the
note either. The note's own words are the page's, and are read where the page puts them: an
aside at the end of the part it belongs to.
"""

from __future__ import annotations

from bot.ingest.readers.base import letters

# how markup names a reference to a note, and a note's link back to its reference
_REFERENCE = '[role="doc-noteref"], a.footnote-reference, a.footnote-ref'
_BACKLINK = '[role="doc-backlink"], a.fn-backref'


def marks(root) -> list:
    """The references to notes in `root`, and each note's label (see module docs): a link
    back to a reference, with the brackets around it ("[1]")."""
    references = root.css(_REFERENCE)
    ids = {r.attributes.get("id") for r in references} - {None}
    back = root.css(_BACKLINK) + [a for a in root.css('a[href^="#"]')
                                  if (a.attributes.get("href") or "#")[1:] in ids]
    return references + [_label(link, root) for link in back]


def _label(link, root):
    """The largest element around a link back to a reference that holds nothing but the
    link's words and the marks around them (docutils' `<span class="label">[<a>1</a>]`)."""
    words = letters(link.text(deep=True))
    node = link
    while (parent := node.parent) is not None and parent.mem_id != root.mem_id \
            and letters(parent.text(deep=True)) == words:
        node = parent
    return node

