"""Making untrusted text (document quotes, user messages) safe inside the bot's markdown.

HTML-escape first, so no tag survives; then backslash-escape the characters that would make
markdown build links, images, emphasis or code. The bot's own markup is added afterwards.
"""

from __future__ import annotations

import html
import re

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~>$-])")


def escape_markdown(text: str) -> str:
    """`text` rendered literally by any markdown + HTML renderer (including `$` for LaTeX)."""
    escaped = html.escape(text, quote=False)
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", escaped)
    return escaped.replace("\n", " ")


def unescape_markdown(text: str) -> str:
    """Inverse of :func:`escape_markdown` (for checks that read the answer as plain text)."""
    return html.unescape(re.sub(r"\\(.)", r"\1", text))
