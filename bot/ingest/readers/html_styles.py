"""What a page's own style sheet says of its text: the selectors of its `<style>` rules that set
`display: none` or `visibility: hidden` ("Sign up to our newsletter" in a `.promo` the page
never shows), and those that set text in bold (an editor's export writes bold as a class,
`.c4{font-weight:700}`, never as `<b>`). Only plain class and id selectors are taken
("div.promo", "#signup"), and only rules that apply always: one inside `@media` or `@supports`
hides for some screens only, and a class that another rule shows ("tab-pane.active { display:
block }") is a panel a script opens, whose text is the page's.
"""

from __future__ import annotations

import re

_HIDES = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)
_SHOWS = re.compile(r"(?:^|;)\s*(?:display\s*:\s*(?!none\b)[a-z-]+|visibility\s*:\s*visible)",
                    re.I)
WEIGHT = re.compile(r"(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)", re.I)  # a declared weight
_BOLD = re.compile(r"bold|bolder|[6-9]00")
# "div.promo", ".promo", "#signup"; a name must start as CSS names do (".1col" is no selector)
_SIMPLE = re.compile(r"(?:[a-z][a-z0-9]*)?(?:[.#]-?[a-z_][\w-]*)+", re.I)
_NAMES = re.compile(r"[.#][\w-]+")


def hidden_selectors(sheet: str) -> list[str]:
    """The plain selectors that the style sheet `sheet` always hides, but those it also shows."""
    hides, shown = [], set()
    for selectors, declarations, always in _rules(_uncommented(sheet)):
        if _SHOWS.search(declarations):
            shown.update(_NAMES.findall(selectors))
        elif always and _HIDES.search(declarations):
            hides += [s.strip() for s in selectors.split(",")]
    return [s for s in hides if _SIMPLE.fullmatch(s)
            and not shown.intersection(_NAMES.findall(s))]


def page_sheet(tree) -> str:
    """The page's own style sheet: the text of its `<style>` elements."""
    return " ".join(style.text() for style in tree.css("style"))


def bold_selectors(sheet: str) -> list[str]:
    """The plain selectors whose rules always set text in bold ("font-weight: 700"); a later
    rule that sets the same selector's weight back ("normal", "400") wins, as in the cascade."""
    weights: dict[str, bool] = {}
    for selectors, declarations, always in _rules(_uncommented(sheet)):
        if always and (weight := WEIGHT.findall(declarations)):
            for selector in (s.strip() for s in selectors.split(",")):
                if _SIMPLE.fullmatch(selector):
                    weights[selector] = _BOLD.fullmatch(weight[-1].lower()) is not None
    return [selector for selector, bold in weights.items() if bold]


def _uncommented(sheet: str) -> str:
    return re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)


def _rules(sheet: str, always: bool = True):
    """(selectors, declarations, whether the rule always applies) for each rule, those
    inside an at-rule's block too."""
    at = 0
    while (opening := sheet.find("{", at)) >= 0:
        depth, end = 1, opening + 1
        while end < len(sheet) and depth:
            depth += {"{": 1, "}": -1}.get(sheet[end], 0)
            end += 1
        head = sheet[at:opening].strip().rsplit(";", 1)[-1].strip()  # after "@import ...;"
        body = sheet[opening + 1:end - 1]
        if head.startswith("@"):
            yield from _rules(body, False)
        else:
            yield head, body, always
        at = end


def plain_rules(sheet: str) -> list[tuple[str, str]]:
    """(selector, declarations) of each rule that always applies, for its plain selectors
    ("p.font_5", ".lead"), in the order of the sheet: a later rule wins, as in the cascade."""
    return [(selector, declarations)
            for selectors, declarations, always in _rules(re.sub(r"/\*.*?\*/", "", sheet,
                                                                 flags=re.S)) if always
            for selector in (s.strip() for s in selectors.split(","))
            if _SIMPLE.fullmatch(selector)]
