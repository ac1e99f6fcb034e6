"""Block markup of the site generators that CommonMark lacks, as markdown-it block rules, so the
reader sees what the built page shows.

- MkDocs (pymdownx.tabbed) content tabs: a line '=== "Label"' ('===!' starts a new set of tabs,
  '===+' selects the tab), the tab's content indented four spaces under it. The content is a
  box labelled by its tab, as a Docusaurus <TabItem label=...> is (see `markdown._Renderer`),
  and it ends where its indent does; without this rule the label is a sentence and the content
  an indented code block.
- GitBook tabs: '{% tab title="Full-time" %}' up to '{% endtab %}' is a box labelled by its
  tab, as MkDocs' is; the Liquid-style tags themselves are no text.
- MDX (Docusaurus) JSX elements: a line that is a tag whose attributes hold JavaScript in braces
  (`<Chart roles={["a", "b"]} />`, over several lines or one) is an element, not a paragraph
  of text. CommonMark's HTML blocks refuse such attributes, so the tag reaches here; it becomes
  the HTML block it is, read like any other (a component's title labels what it holds, a
  self-closing one shows no words here).
"""

from __future__ import annotations

import re

_TAB = re.compile(r'^===[!+]{0,2}[ \t]+"(.*)"[ \t]*$')
_TAB_INDENT = 4
_GITBOOK_TAB = re.compile(r"""^\{%-?[ \t]*tab[ \t]+title[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)')[ \t]*-?%\}[ \t]*$""")
_GITBOOK_END = re.compile(r"^\{%-?[ \t]*endtab[ \t]*-?%\}[ \t]*$")
# "<Name" or "</Name" followed by a space, "/" or ">": an element, not an autolink (<a@b.c>,
# <https://...>); "Name" may be dotted (<Tabs.Item>)
_TAG_START = re.compile(r"</?[A-Za-z][\w.-]*(?=[\s/>])")


def sites_plugin(md) -> None:
    md.block.ruler.before("fence", "content_tab", _content_tab,
                          {"alt": ["paragraph", "reference", "blockquote", "list"]})
    md.block.ruler.before("fence", "gitbook_tab", _gitbook_tab,
                          {"alt": ["paragraph", "reference", "blockquote", "list"]})
    md.block.ruler.after("html_block", "jsx_block", _jsx_block)


def _line(state, n: int) -> str:
    return state.src[state.bMarks[n] + state.tShift[n]:state.eMarks[n]]


def _content_tab(state, start: int, end: int, silent: bool) -> bool:
    if state.is_code_block(start):
        return False
    match = _TAB.match(_line(state, start))
    if not match:
        return False
    if silent:
        return True
    indent = state.sCount[start] + _TAB_INDENT
    n = start + 1
    while n < end and (state.isEmpty(n) or state.sCount[n] >= indent):
        n += 1
    while n > start + 1 and state.isEmpty(n - 1):
        n -= 1  # blank lines after the tab belong to what follows it
    _tab(state, match.group(1), start, n, n, indent)
    return True


def _gitbook_tab(state, start: int, end: int, silent: bool) -> bool:
    if state.is_code_block(start):
        return False
    match = _GITBOOK_TAB.match(_line(state, start))
    if not match:
        return False
    close = next((n for n in range(start + 1, end) if _GITBOOK_END.match(_line(state, n))), None)
    if close is None:
        return False
    if not silent:
        title = match.group(1) if match.group(1) is not None else match.group(2)
        _tab(state, title, start, close, close + 1, state.blkIndent)
    return True


def _tab(state, title: str, start: int, stop: int, after: int, indent: int) -> None:
    """A tab labelled `title` on line `start`, its content the lines up to `stop` (indented
    `indent`); the source goes on at line `after`."""
    old_parent, old_indent, old_max = state.parentType, state.blkIndent, state.lineMax
    state.parentType, state.blkIndent, state.lineMax = "content_tab", indent, stop
    token = state.push("tab_open", "div", 1)
    token.info, token.map, token.block = title.strip(), [start, after], True
    state.md.block.tokenize(state, start + 1, stop)
    state.push("tab_close", "div", -1).block = True
    state.parentType, state.blkIndent, state.lineMax = old_parent, old_indent, old_max
    state.line = after


def _jsx_block(state, start: int, end: int, silent: bool) -> bool:
    src, at = state.src, state.bMarks[start] + state.tShift[start]
    if state.is_code_block(start) or not _TAG_START.match(src, at, state.eMarks[start]):
        return False
    limit = start  # a tag does not run over a blank line
    while limit + 1 < end and not state.isEmpty(limit + 1):
        limit += 1
    stop = state.eMarks[limit]
    opened = False  # whether a tag left an element open (its content follows, as in HTML)
    while True:
        if not _TAG_START.match(src, at, stop):
            return False
        close = _tag_end(src, at, stop)
        if close < 0:
            return False
        opened = opened or (src[at + 1] != "/" and src[close - 2] != "/")
        at = close
        while at < stop and src[at] in " \t":
            at += 1
        if at == stop or src[at] == "\n":
            break  # the line ends with the tag, as an HTML block's first line must
    if silent:
        return True
    last = next(n for n in range(start, limit + 1) if state.eMarks[n] >= at)
    # an element left open goes on to the blank line, as CommonMark's HTML blocks do, so its
    # closing tag is read with it; otherwise the lines after the tag are markdown again
    n = limit + 1 if opened else last + 1
    token = state.push("html_block", "", 0)
    token.map, token.content = [start, n], state.getLines(start, n, state.blkIndent, True)
    state.line = n
    return True


def _tag_end(src: str, at: int, stop: int) -> int:
    """Where the tag opening at `src[at]` ("<") ends (just past its ">"), -1 if it does not by
    `stop`: a ">" inside a quoted value or a {JavaScript expression} does not end it."""
    quote, depth = "", 0
    for i in range(at + 1, stop):
        ch = src[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'`":
            quote = ch
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == ">" and depth <= 0:
            return i + 1
    return -1
