"""Markup that the programs writing markdown add to it, taken out before inline parsing, as
those programs show their pages.

- Site generators: Hugo shortcodes ("{{< figure src=... >}}", "{{% notice %}}") and Liquid tags
  ("{% include x %}") are replaced by the generator, never words a reader sees, but for the
  title a shortcode is given ('{{% details title="..." %}}'), shown over what it holds; an attribute
  list ending a line ("## Pay {#pay}", "{: .lead}") names the element for the site. Liquid's
  output of a variable the page assigns ('{% assign vans = "Varnessa Air Navigation Services"
  %}', then "{{ vans }}") is that value, of any other variable nothing; an include given the
  words to show ('{% include callout.html content="Sleep before, not after." %}') shows them;
  a kramdown contents list ("* TOC" over "{:toc}") is the site's.
- GitHub and Obsidian: emoji shortcodes (":books:") are pictures; a blockquote opening with
  "[!NOTE]" (a GitHub alert) or "[!info] Title" (an Obsidian callout, "-" or "+" when it folds)
  is a box: its marker line goes, its title (if it has one) labels its content (see
  `markdown._Renderer`).
- MkDocs (Python-Markdown and pymdownx extensions): a paragraph "[TOC]" is where the contents
  list goes; "*[HTML]: Hyper Text Markup Language" defines an abbreviation (the page shows it
  on hover over "HTML"; it is read as the glossary line "HTML: Hyper Text Markup Language"); '--8<-- "file.md"', or a block of file names between
  two "--8<--" lines, is replaced by those files when the site is built (their text is not
  this file's).
- MDX: "{/* ... */}" is a comment.
- Docsify: ":id=pay" and ":docsify-ignore" ending a heading are its attributes; "?> " and "!> "
  opening a paragraph set it as a tip or a warning.
- HackMD: "[name=...]", "[time=...]" and "[color=...]" mark who wrote a quoted comment and when
  (its tags line, "###### tags: `a` `b`", goes before parsing: see `markdown.read`).
- Obsidian: "[[Page|alias]]" shows "alias", "[[Page]]" shows "Page", "![[file]]" embeds a file
  (no words of this page), "==text==" highlights "text", "%%comment%%" is hidden, a block id
  ending a line (" ^route-apprentice") and tags ending a line ("#todo") are the note's
  metadata.
A code span keeps all of these: it shows them as the example it is.
"""

from __future__ import annotations

import re

_CODE_SPAN = re.compile(r"(`+)(?:.*?[^`])?\1(?!`)", re.S)
_TEMPLATE_TAG = re.compile(r"\{\{[<%].*?[>%]\}\}|\{%.*?%\}", re.S)
# a shortcode or tag given a title ('{{% details title="The questions I remember" %}}', a
# notice's or a tab's): the page shows the title over what the tag holds
_TITLED_TAG = re.compile(r"""\{\{[<%]-?\s*[\w-]+\b[^{}]*?\btitle\s*=\s*(?:"([^"]*)"|'([^']*)')[^{}]*?"""
                         r"""-?[>%]\}\}""", re.S)
_ASSIGN = re.compile(r"""\{%-?\s*assign\s+([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')\s*-?%\}""")
_OUTPUT = re.compile(r"\{\{-?\s*([\w.-]+)[^{}]*?-?\}\}")  # "{{ vans }}", "{{ page.title | upcase }}"
_SHOWN = re.compile(r"""\{%-?\s*include\s[^%]*?\b(?:content|text|body|message)\s*=\s*"""
                    r"""(?:"([^"]*)"|'([^']*)')[^%]*%\}""")  # an include given words to show
# kramdown's contents list: an item "TOC" (its list's only one) marked "{:toc}"
_KRAMDOWN_TOC = re.compile(r"\A[ \t]*(?:TOC|Table of Contents)[ \t]*\n[ \t]*\{:[ \t]*\.?toc[ \t]*\}"
                           r"[ \t]*\Z", re.I)
# one attribute: "#pay" (an id, "#tbl:pay" as pandoc-crossref names tables), ".lead" (a class),
# "width=50%" or 'title="Pay in 2026"' (a key and its value), "-" (Pandoc's unnumbered heading)
_ATTRIBUTE = r"""(?:#[\w-][\w:.-]*|\.[\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s}]+)|-)"""
_ATTRIBUTES = re.compile(rf"[ \t]*\{{:?[ \t]*{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*[ \t]*\}}[ \t]*$",
                         re.M)
_EMOJI = re.compile(r"(?<![\w:/]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:/])")
_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKILINK = re.compile(r"\[\[([^\]|\n]*)(?:\|([^\]\n]*))?\]\]")
_HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
_COMMENT = re.compile(r"%%.*?%%", re.S)
_BLOCK_ID = re.compile(r"(?:^|[ \t]+)\^[A-Za-z0-9-]+[ \t]*$", re.M)
_TAGS = re.compile(r"(?:^|[ \t]+)(?:#[^\W\d_][\w/-]*[ \t]*)+$", re.M)
_TOC_MARKER = re.compile(r"\A[ \t]*\[TOC\][ \t]*\Z")
_ABBREVIATION = re.compile(r"^[ \t]*\*\[([^\]\n]+)\]:[ \t]*(.*?)[ \t]*$", re.M)
_SNIPPET_MARK = r"[ \t]*-+8<-+"
_SNIPPETS = re.compile(rf"^{_SNIPPET_MARK}[ \t]*\n(?:.*\n)*?{_SNIPPET_MARK}[ \t]*(?:\n|\Z)"
                       rf"|^{_SNIPPET_MARK}[ \t]+(?:\"[^\"\n]+\"|'[^'\n]+')[ \t]*(?:\n|\Z)", re.M)
_MDX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
# Docsify: attributes ending a heading or a line (":id=pay-scales", ":docsify-ignore"), and the
# marks opening a paragraph that Docsify sets as a tip ("?> ") or a warning ("!> ")
_DOCSIFY_ATTRIBUTES = re.compile(r"(?:[ \t]+:(?:id=[\w-]+|docsify-ignore(?:-all)?))+[ \t]*$", re.M)
_DOCSIFY_NOTICE = re.compile(r"\A[?!]>[ \t]+")
# HackMD's marks of who wrote a quoted comment, when, in what colour ("[name=Tomasz Wren]
# [time=Wed, Jan 6, 2027 9:14 PM] [color=#907bf7]"): shown as a badge, not words of the comment
_HACKMD_MARKS = re.compile(r"[ \t]*\[(?:name|time|color)=[^\]\n]*\]")
# "[!NOTE]", "[!info] The short version", "[!warning]- Folded": a GitHub alert, an Obsidian callout
_CALLOUT = re.compile(r"^\[!([\w-]+)\][+-]?[ \t]*(.*)$")


def drop_markup(state) -> None:
    """A markdown-it core rule, run before inline parsing (see module docs)."""
    tokens = state.tokens
    assigned = {m.group(1): m.group(2) if m.group(2) is not None else m.group(3)
                for tok in tokens if tok.type == "inline" for m in _ASSIGN.finditer(tok.content)}

    def plain(text: str) -> str:
        text = _SHOWN.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
        return _plain(_OUTPUT.sub(lambda m: assigned.get(m.group(1), ""), text))

    for i, tok in enumerate(tokens):
        if tok.type == "blockquote_open" and i + 2 < len(tokens) \
                and tokens[i + 1].type == "paragraph_open" and tokens[i + 2].type == "inline":
            first, _, rest = tokens[i + 2].content.partition("\n")
            match = _CALLOUT.match(first.strip())
            if match:
                tok.meta = {**(tok.meta or {}), "callout": match.group(2).strip()}
                tokens[i + 2].content = rest
        if tok.type == "inline":
            tok.content = "" if _TOC_MARKER.match(tok.content) \
                or _KRAMDOWN_TOC.match(tok.content) else _outside_code(tok.content, plain)


def _outside_code(text: str, change) -> str:
    parts, at = [], 0
    for span in _CODE_SPAN.finditer(text):
        parts += [change(text[at:span.start()]), span.group(0)]
        at = span.end()
    return "".join(parts + [change(text[at:])])


def _plain(text: str) -> str:
    text = _ABBREVIATION.sub(r"\1: \2", _SNIPPETS.sub("", _MDX_COMMENT.sub("", text)))
    text = _ATTRIBUTES.sub("", _TEMPLATE_TAG.sub("", _TITLED_TAG.sub(r"\1\2", text)))
    text = _COMMENT.sub("", _EMBED.sub("", text))
    text = _WIKILINK.sub(lambda m: m.group(2) if m.group(2) is not None
                         else m.group(1).split("#")[0] or m.group(1), text)
    text = _HIGHLIGHT.sub(r"\1", text)
    text = _TAGS.sub("", _BLOCK_ID.sub("", text))
    text = _DOCSIFY_NOTICE.sub("", _DOCSIFY_ATTRIBUTES.sub("", text))
    text = _HACKMD_MARKS.sub("", text)
    return _EMOJI.sub("", text)
