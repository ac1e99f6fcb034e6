"""The package layout: stages import only earlier stages, and no module imports itself back."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"

# Lower ranks come first in the pipeline; a module may import its own package or lower ranks.
RANKS = {
    "bot.records": 0, "bot.errors": 0, "bot.settings": 0, "bot.prompts": 0, "bot.markup": 0,
    "bot.lexicon": 0,
    "bot.ingest": 1, "bot.index": 2, "bot.answer": 3, "bot.dialogue": 4,
    "bot.engine": 5, "bot.api": 6, "bot.web": 7, "bot.evaluation": 7,
    "bot.cli": 8, "bot.__main__": 9, "bot": 9,
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(BOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in BOT.rglob("*.py")}


def imports_of(path: Path, known: set[str]) -> set[str]:
    """Every bot module `path` imports, at the top, in functions or under TYPE_CHECKING."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        else:
            continue
        found |= {n for n in names if n in known}
    return found


def stage(name: str) -> str:
    for prefix in sorted(RANKS, key=len, reverse=True):
        if name == prefix or name.startswith(prefix + "."):
            return prefix
    raise AssertionError(f"{name} belongs to no stage: add it to RANKS in {__file__}")


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports_of(path, set(mods)) - {name} for name, path in mods.items()}


def test_every_module_has_a_stage(graph):
    for name in graph:
        stage(name)


def test_stages_import_only_earlier_stages(graph):
    wrong = []
    for name, deps in graph.items():
        own = stage(name)
        for dep in deps:
            if name == "bot" or dep == "bot":
                continue  # the package root re-exports lazily
            other = stage(dep)
            shared = RANKS[own] == RANKS[other] == 0  # the shared modules may use each other
            if other != own and RANKS[other] >= RANKS[own] and not shared:
                wrong.append(f"{name} imports {dep}")
    assert not wrong, "a stage imports a later one: " + "; ".join(sorted(wrong))


def test_no_import_cycles(graph):
    def cycle_from(start: str) -> list[str] | None:
        stack = [(start, [start])]
        seen = set()
        while stack:
            node, path = stack.pop()
            for dep in graph.get(node, ()):
                if dep == start:
                    return path + [start]
                if dep not in seen and dep != "bot":
                    seen.add(dep)
                    stack.append((dep, path + [dep]))
        return None

    cycles = [c for c in (cycle_from(n) for n in graph if n != "bot") if c]
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles[:5])


def test_every_stage_says_what_it_takes_and_gives():
    for init in BOT.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        assert doc and len(doc.split()) >= 15, f"{init} needs a docstring saying what the stage takes and gives"
