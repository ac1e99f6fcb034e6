"""The numbers Word draws before numbered paragraphs ("1.", "2.1", "(a)"), which the text of the
document does not hold: Word computes them from the numbering definitions (numbering.xml) as
it lays the document out.

A paragraph is numbered by its own numbering properties (`w:numPr`: a list instance and a
level) or by its style's (a heading style linked to a multilevel list, as legal and technical
documents number their sections). Each list instance counts its levels from their start
values; a level counts on until a paragraph of a higher level restarts it. List instances of
one definition count on from each other, unless an instance restarts a level (a start
override), which it does at its first paragraph of that level. The number is its
level's text pattern ("%1.%2" for "2.1") with each placeholder in its level's format
(decimal, letters, roman numerals; all decimal under "legal" numbering). A bullet, a level
that shows no number and numbering switched off (list instance 0) give none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.ingest.readers.docx_xml import W as _W

_PLACEHOLDER = re.compile(r"%([1-9])")
_LEVELS = 9
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
          (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


@dataclass
class _Level:
    start: int = 1
    format: str = "decimal"
    text: str = ""
    legal: bool = False
    style: str = ""  # the paragraph style linked to this level ("Heading1")


@dataclass
class _Instance:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # the levels it restarts at a value


class Numbering:
    """The document's numbering definitions, and the counters of each list as the paragraphs
    are read in document order (`number`)."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, _Level]] = {}
        self.instances: dict[str, _Instance] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.restarted: set[tuple[str, int]] = set()  # (instance, level) restarted so far
        # each paragraph's number, by its element (kept, so that lxml hands out the same proxy
        # for it again: an id() of a proxy let go may be another paragraph's later)
        self.given: dict[object, str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        for abstract in root.findall(f"{_W}abstractNum"):
            levels = {}
            for lvl in abstract.findall(f"{_W}lvl"):
                levels[_int(lvl.get(f"{_W}ilvl"), 0)] = _Level(
                    start=_int(_val(lvl, "start"), 1), format=_val(lvl, "numFmt") or "decimal",
                    text=_val(lvl, "lvlText") or "", legal=lvl.find(f"{_W}isLgl") is not None,
                    style=_val(lvl, "pStyle") or "")
            self.levels[abstract.get(f"{_W}abstractNumId") or ""] = levels
        for num in root.findall(f"{_W}num"):
            abstract = _val(num, "abstractNumId") or ""
            starts = {_int(o.get(f"{_W}ilvl"), 0): _int(_val(o, "startOverride"), 1)
                      for o in num.findall(f"{_W}lvlOverride")
                      if o.find(f"{_W}startOverride") is not None}
            self.instances[num.get(f"{_W}numId") or ""] = _Instance(abstract, starts)

    def number(self, element, style_chain: list) -> str:
        """The number Word shows before paragraph `element` ("" for none); `style_chain`: its
        style and the styles that one is based on, nearest first. Counted once per paragraph,
        in the order asked."""
        if element in self.given:
            return self.given[element]
        found = self._numbering(element, style_chain)
        self.given[element] = self._count(*found) if found else ""
        return self.given[element]

    def _numbering(self, element, style_chain: list) -> tuple[str, int] | None:
        """(list instance, level) of the paragraph, from its own properties or its style's."""
        own = element.find(f"{_W}pPr/{_W}numPr")
        sources = [own] + [s.element.find(f"{_W}pPr/{_W}numPr") for s in style_chain]
        for i, numbering in enumerate(sources):
            if numbering is None:
                continue
            num = _val(numbering, "numId")
            if num is None:
                continue
            if num == "0" or num not in self.instances:
                return None
            level = _val(numbering, "ilvl")
            if level is None and i > 0:  # a style's: the level that names the style
                style_id = style_chain[i - 1].style_id
                levels = self.levels.get(self.instances[num].abstract, {})
                level = next((str(n) for n, lvl in levels.items() if lvl.style == style_id),
                             "0")
            return num, min(_int(level, 0), _LEVELS - 1)
        return None

    def _count(self, num: str, level: int) -> str:
        instance = self.instances[num]
        levels = self.levels.get(instance.abstract, {})
        if level not in levels:
            return ""
        counters = self.counters.setdefault(instance.abstract, [None] * _LEVELS)
        if level in instance.starts and (num, level) not in self.restarted:
            # an instance that restarts a level starts it again at its first paragraph, though
            # another instance of the same list counted on before it (two numbered lists of
            # one style, the second set to start at 1 again)
            self.restarted.add((num, level))
            counters[level] = instance.starts[level]
        elif counters[level] is None:  # the override is the level's start whenever it restarts
            counters[level] = instance.starts.get(level, levels[level].start)
        else:
            counters[level] += 1
        for deeper in range(level + 1, _LEVELS):
            counters[deeper] = None
        this = levels[level]
        if this.format in ("bullet", "none") or not this.text:
            return ""

        def shown(match) -> str:
            k = int(match.group(1)) - 1
            value = counters[k] if counters[k] is not None else (
                levels[k].start if k in levels else 1)
            return _format(value, "decimal" if this.legal else (
                levels[k].format if k in levels else "decimal"))

        return _PLACEHOLDER.sub(shown, this.text).strip()


def _format(value: int, kind: str) -> str:
    if kind in ("lowerLetter", "upperLetter"):
        letters = ""
        n = value
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "upperLetter" else letters
    if kind in ("lowerRoman", "upperRoman"):
        roman, n = "", value
        for size, numeral in _ROMAN:
            while n >= size:
                roman, n = roman + numeral, n - size
        return roman.upper() if kind == "upperRoman" else roman
    if kind == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _val(node, tag: str) -> str | None:
    found = node.find(f"{_W}{tag}")
    return found.get(f"{_W}val") if found is not None else None


def _int(text: str | None, default: int) -> int:
    return int(text) if text is not None and text.lstrip("-").isdigit() else default
