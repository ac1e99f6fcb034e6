"""MyST markdown (Jupyter Book, Sphinx's myst-parser): its own syntax, turned into the
markdown the renderer reads before the page is parsed, as the book shows it.

- Substitutions: "{{ fee }}" is the value the front matter gives it (`substitutions:`, or
  `myst: substitutions:`); a page without them has none to show.
- Targets: a line "(sec-msc)=" names the heading after it for cross-references; it shows
  nothing.
- Roles: "{ref}`sec-msc`" shows the title of what it names (the heading or figure after the
  target), "{numref}`fig-routes`" a figure's or table's number ("Fig. 1"), "{ref}`the MSc
  <sec-msc>`" its own words; other roles ("{term}`CMLP`",
  "{abbr}`BMK (Belmoran krona)`") show their text.
- Directives: a fence opened "```{note}" or ":::{note}" (or tip, warning, admonition with its
  title, and the other boxes) is a box of markdown, read as the renderer reads a colon fence,
  without its options (":class: tip"); a "{list-table}" is a table (its nested
  list's items are the rows' cells, its first `:header-rows:` the header) under its caption; a
  "{figure}" shows its caption, not its options. Any other directive (a code cell, a toctree)
  stays a fence: code, not prose.
"""

from __future__ import annotations

import re

_TARGET = re.compile(r"^\(([\w.:-]+)\)=[ \t]*\n", re.M)
_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)[ \t]*#*[ \t]*$")
_ROLE = re.compile(r"\{([\w:-]+)\}`([^`]*)`")
_EXPLICIT = re.compile(r"^(.*?)\s*<([^<>]+)>$", re.S)  # "the MSc <sec-msc>"
_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,}|:{3,})\{(?P<name>[\w:-]+)\}[ \t]*"
                    r"(?P<argument>.*?)[ \t]*$")
_OPTION = re.compile(r"^[ \t]*:([\w-]+):[ \t]*(.*?)[ \t]*$")
# the directives whose content is markdown in a box (docutils' admonitions, and MyST's and
# sphinx-book-theme's boxes)
_BOXES = frozenset({"admonition", "attention", "caution", "danger", "error", "hint", "important",
                    "note", "seealso", "tip", "warning", "sidebar", "topic", "margin", "epigraph",
                    "dropdown", "card", "versionadded", "versionchanged", "deprecated"})
_SUBSTITUTION = re.compile(r"\{\{\s*([\w.-]+)\s*\}\}")


def substitutions(meta: dict) -> dict[str, str]:
    """The substitutions front matter defines (`substitutions:` or `myst: substitutions:`)."""
    found = meta.get("substitutions")
    if not isinstance(found, dict) and isinstance(meta.get("myst"), dict):
        found = meta["myst"].get("substitutions")
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def to_markdown(text: str, meta: dict | None) -> str:
    """The page with MyST's syntax turned into the markdown it shows (see module docs)."""
    values = substitutions(meta or {})
    if values:
        text = _SUBSTITUTION.sub(lambda m: values.get(m.group(1), m.group(0)), text)
    titles = _titles(text)
    text = _TARGET.sub("", text)
    text = _ROLE.sub(lambda m: _role(m.group(1), m.group(2), titles), text)
    return "\n".join(_directives(text.split("\n")))


def _titles(text: str) -> dict[str, str]:
    """What each target names: the heading after it, or a figure's or table's caption; and,
    under "#" and the target, what "{numref}" shows of a figure or table: its number ("Fig.
    2", "Table 1"), counted in the page's order."""
    lines = text.split("\n")
    out: dict[str, str] = {}
    counts = {"figure": 0, "table": 0}
    for k, line in enumerate(lines):
        match = _FENCE.match(line)
        kind = match and ("figure" if match.group("name") == "figure" else
                          "table" if match.group("name") in ("table", "list-table", "csv-table")
                          else None)
        if kind:
            counts[kind] += 1
        if match:  # a figure or table named by its `:name:` option
            for option in lines[k + 1:k + 8]:
                named = _OPTION.match(option)
                if not named:
                    break
                if named.group(1) == "name":
                    out[named.group(2)] = _caption(lines, k, match)
                    if kind:
                        number = f"{'Fig.' if kind == 'figure' else 'Table'} {counts[kind]}"
                        out["#" + named.group(2)] = number
        target = re.fullmatch(r"\(([\w.:-]+)\)=[ \t]*", line)
        if target:
            heading = next((_HEADING.match(nxt) for nxt in lines[k + 1:k + 3] if nxt.strip()), None)
            if heading:
                out[target.group(1)] = heading.group(1)
    return out


def _caption(lines: list[str], k: int, fence: re.Match) -> str:
    """A table's caption (its directive's argument) or a figure's (the first paragraph of its
    content, after the options)."""
    if fence.group("name") != "figure":
        return fence.group("argument")
    body = [ln for ln in lines[k + 1:] if not _OPTION.match(ln)]
    return next((ln.strip() for ln in body if ln.strip()), "")


def _role(name: str, content: str, titles: dict[str, str]) -> str:
    explicit = _EXPLICIT.match(content)
    if explicit and explicit.group(1):
        return explicit.group(1)
    target = explicit.group(2) if explicit else content
    if name == "numref" and "#" + target in titles:
        return titles["#" + target]
    if name in ("ref", "numref", "doc", "eq"):
        return titles.get(target, target)
    return content


def _directives(lines: list[str]) -> list[str]:
    out: list[str] = []
    k = 0
    while k < len(lines):
        match = _FENCE.match(lines[k])
        if not match:
            out.append(lines[k])
            k += 1
            continue
        fence = match.group("fence")
        end = next((j for j in range(k + 1, len(lines))
                    if lines[j].strip().startswith(fence[0] * len(fence))
                    and not lines[j].strip().strip(fence[0])), len(lines))
        body = lines[k + 1:end]
        options = {}
        while body and _OPTION.match(body[0]):
            option = _OPTION.match(body[0])
            options[option.group(1)] = option.group(2)
            body = body[1:]
        name, argument = match.group("name"), match.group("argument")
        if name in _BOXES:
            title = argument if name == "admonition" else ""
            out += [f":::{{{name}}} {title}".rstrip(), *body, ":::"]
        elif name == "list-table":
            out += _list_table(argument, body, int(options.get("header-rows", "0") or 0))
        elif name == "figure":
            out += [ln for ln in body if ln.strip()][:1] or [""]
        elif fence.startswith(":"):  # a colon fence holds markdown whatever its directive
            out += [f":::{{{name}}} {argument}".rstrip(), *body, ":::"]
        else:
            out += lines[k:end + 1]
        k = end + 1
    return out


def _list_table(caption: str, body: list[str], header_rows: int) -> list[str]:
    """A list-table as a pipe table under its caption: each top-level item a row, each of its
    items a cell (a cell's wrapped lines joined)."""
    rows: list[list[str]] = []
    for line in body:
        row = re.match(r"^[*-][ \t]+[*-][ \t]+(.*)$", line)
        cell = re.match(r"^[ \t]+[*-][ \t]+(.*)$", line)
        if row:
            rows.append([row.group(1).strip()])
        elif cell and rows:
            rows[-1].append(cell.group(1).strip())
        elif line.strip() and rows and rows[-1]:
            rows[-1][-1] += " " + line.strip()
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [[c.replace("|", "\\|") for c in r] + [""] * (width - len(r)) for r in rows]
    head = rows[0] if header_rows else [""] * width
    rest = rows[1:] if header_rows else rows
    table = ["| " + " | ".join(head) + " |", "|" + "---|" * width]
    table += ["| " + " | ".join(r) + " |" for r in rest]
    return ([caption, ""] if caption else []) + table + [""]
