"""Type sizes: which lines a page sets larger than its body text.

A page made with a website builder (Wix, Squarespace) or an e-mail made with an e-mail builder
has no heading elements: its titles are paragraphs or table cells set in a larger type, by a
class of the page's style sheet (Wix's `.font_2{font:normal normal bold 28px/1.4em ...}`) or by
the element's own style (`<td style="font-size:20px;font-weight:bold">`). The body size is the
size most of the page's words are set in. Where the page has no heading elements, a short
line set larger is a title, and the sizes rank the titles as a reader sees them: the largest
type is the top level, the next size the level under it. (A page that marks its headings sets
other lines large as its title, a subtitle, a pull quote: not sections.) A size is read from
the element's `style` (`font-size`, or the `font` shorthand), else from the last plain rule of
the page's style sheet that selects it, else from a `<font size>`, else it is the size around
it (16px at the top, the browser's default); `em` and `%` are relative to the size around.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.ingest.readers.html_styles import plain_rules

_DEFAULT = 16.0  # px: the browser's default, the size of text no rule sizes
_ABSOLUTE = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "rem": _DEFAULT}  # "em" and "%" are relative
_FONT_TAG = {1: 10, 2: 13, 3: 16, 4: 18, 5: 24, 6: 32, 7: 48}  # <font size=N> in px
_STRIKING = 1.2  # a line this much larger than the body text is a title even if not bold
_LEVELS = 6
_SIZE = re.compile(r"(?:^|;)\s*font-size\s*:\s*([\d.]+)(px|pt|pc|r?em|%)", re.I)
# the `font` shorthand: the first length in it is the size ("bold 28px/1.4em 'montserrat'")
_SHORTHAND = re.compile(r"(?:^|;)\s*font\s*:[^;]*?([\d.]+)(px|pt|pc|r?em|%)", re.I)
_SELECTOR = re.compile(r"([a-z][a-z0-9]*)?((?:[.#][\w-]+)+)", re.I)
_NAMES = re.compile(r"[.#][\w-]+")
_HEADING = "h1, h2, h3, h4, h5, h6, [role=heading]"


class TypeSizes:
    """The type sizes of the page under `root` (in px), and its body size."""

    def __init__(self, root, sheet: str) -> None:
        self.memo: dict[int, float] = {}
        self.styled = _sheet_sizes(root, sheet)  # element -> the size its class rule sets
        chars: Counter[int] = Counter()
        for text in root.traverse(include_text=True):
            if text.tag == "-text" and (words := text.text(deep=False).strip()):
                chars[round(self.of(text.parent))] += len(words)
        self.body = chars.most_common(1)[0][0] if chars else round(_DEFAULT)
        # where the page marks no headings, its sizes rank its titles (see module docs)
        ranked = root.css_first(_HEADING) is None
        self.ranks = sorted((s for s in chars if s > self.body), reverse=True) if ranked else []

    def of(self, node) -> float:
        """The size of the text directly inside `node`."""
        chain = []
        while node is not None and node.mem_id not in self.memo:
            chain.append(node)
            node = node.parent
        size = self.memo[node.mem_id] if node is not None else _DEFAULT
        for element in reversed(chain):
            size = self._own(element, size)
            self.memo[element.mem_id] = size
        return size

    def larger(self, node) -> int:
        """The size every word of `node` is set in, when that is larger than the body text;
        else 0."""
        sizes = [self.of(t.parent) for t in node.traverse(include_text=True)
                 if t.tag == "-text" and t.text(deep=False).strip()]
        size = round(min(sizes)) if sizes else 0
        return size if size > self.body else 0

    def striking(self, size: int) -> bool:
        """Large enough over the body text to title without bold."""
        return size >= _STRIKING * self.body

    def level(self, size: int) -> int:
        """The heading level that `size` ranks at on the page; 0 where the page marks its
        headings with heading elements (its other large lines are a title, a subtitle, a pull
        quote)."""
        return min(self.ranks.index(size) + 1, _LEVELS) if size in self.ranks else 0

    def _own(self, node, around: float) -> float:
        spec = _length(node.attributes.get("style") or "") or self.styled.get(node.mem_id)
        if spec is not None:
            value, unit = spec
            if unit == "em":
                return value * around
            return value * around / 100 if unit == "%" else value * _ABSOLUTE[unit]
        legacy = (node.attributes.get("size") or "").strip() if node.tag == "font" else ""
        if re.fullmatch(r"[+-]?[1-7]", legacy):
            step = 3 + int(legacy) if legacy[0] in "+-" else int(legacy)
            return float(_FONT_TAG[min(max(step, 1), 7)])
        return around


def _length(declarations: str) -> tuple[float, str] | None:
    """The font size a style sets, as (value, unit), or None."""
    found = _SIZE.findall(declarations) or _SHORTHAND.findall(declarations)
    if not found:
        return None
    value, unit = found[-1]
    try:
        return float(value), unit.lower()
    except ValueError:  # "1.2.3px"
        return None


def _sheet_sizes(root, sheet: str) -> dict[int, tuple[float, str]]:
    """The size the page's style sheet gives each element it sizes (by a plain class or id
    rule), indexed by the rules' names so that each element is looked at once."""
    rules: dict[str, list] = {}
    for order, (selector, declarations) in enumerate(plain_rules(sheet)):
        if (spec := _length(declarations)) and (match := _SELECTOR.fullmatch(selector)):
            names = frozenset(_NAMES.findall(match.group(2)))
            tag = (match.group(1) or "").lower()
            rules.setdefault(min(names), []).append((order, tag, names, spec))
    sized = {}
    for node in root.css("[class], [id]") if rules else ():
        names = {f".{c}" for c in (node.attributes.get("class") or "").split()}
        names |= {f"#{node.attributes['id']}"} if node.attributes.get("id") else set()
        matches = [rule for name in names for rule in rules.get(name, ())
                   if rule[2] <= names and rule[1] in ("", node.tag)]
        if matches:
            sized[node.mem_id] = max(matches, key=lambda rule: rule[0])[3]  # the later wins
    return sized
