"""The bot's own wording, loaded from `prompts/careerbot.toml` by one function."""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from bot.errors import PromptsError
from bot.lexicon import with_article

PROMPTS_FILE = "careerbot.toml"


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BotText(_Section):
    name: str
    tagline: str
    intro: str  # {roles}: the roles the documents describe most
    # when the documents name no role the lexicon knows: {topics}, their titles
    intro_topics: str = ("Ask about what my documents cover, such as {topics}. Every answer is "
                         "quoted word for word from the documents, with a numbered source you "
                         "can check.")


class Replies(_Section):
    greeting: str
    thanks: str
    goodbye: str
    help: str
    empty_question: str
    too_long: str
    no_text: str
    no_answer: str
    no_answer_topics: str
    clarify: str  # {roles}
    comparison_heading: str  # {role}
    comparison_both: str  # {first}, {second}
    comparison_missing: str  # {role}


class Format(_Section):
    item_context: str
    context_separator: str


class Suggestions(_Section):
    templates: tuple[str, ...] = ()  # filled with the index's roles: "What does {a_role} do?"
    questions: tuple[str, ...] = ()  # used as they are when the index names no roles


class UIText(_Section):
    title: str
    example_templates: tuple[str, ...]  # {role}, {a_role}, and {other} for a second role
    sources_title: str
    source_viewer_title: str
    source_viewer_hint: str
    like_thanks: str
    placeholder: str
    empty_input: str = "Type a question first."  # Enter pressed in an empty message box
    input_label: str = "Your question"  # the message box's name (screen readers, that message)
    query_note: str
    source_entry: str
    source_choice: str
    source_picker_label: str
    scope_label: str
    scope_section: str
    scope_document: str
    viewer_empty: str
    viewer_changed: str
    viewer_missing: str
    viewer_page: str = "page {page}"
    dislike_thanks: str
    index_status: str
    index_updating: str


class Prompts(_Section):
    bot: BotText
    replies: Replies
    format: Format
    suggestions: Suggestions
    ui: UIText


def fill(template: str, role: str, **values: str) -> str:
    """A template of prompts/ with a role: `{role}` is its name, `{a_role}` the name with its
    article."""
    return template.format(role=role, a_role=with_article(role), **values)


@lru_cache(maxsize=8)
def load_prompts(prompts_dir: Path) -> Prompts:
    """Parse and validate the prompts file; errors name the file and the key at fault."""
    path = Path(prompts_dir) / PROMPTS_FILE
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PromptsError(f"{path} is missing: careerbot's wording lives there") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PromptsError(f"{path} is not valid TOML: {exc}") from None
    try:
        return Prompts.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise PromptsError(f"{path}: {problems}") from None
