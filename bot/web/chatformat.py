"""An Answer as chat messages for the web UI (Gradio's messages format, as plain dicts).

Formatting only: the words come from the Answer (already escaped quotes with `[n]` markers) and
from prompts/. Every piece of untrusted text that is added here (document titles, headings,
quotes, the searched query) goes through `escape_markdown` first; the markup around it is ours.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.markup import escape_markdown, unescape_markdown
from bot.prompts import UIText
from bot.records import Answer, Citation


def reply_messages(answer: Answer, ui: UIText, token: str) -> list[dict]:
    """The answer (with its searched query), then a collapsible Sources block when it cites.

    `token` names the stored Answer: it travels in the messages' metadata so that the like
    button and the source viewer can find the answer again without trusting anything else.
    """
    content = answer.text
    if answer.suggestions:  # offered as buttons below: not listed in the text as well
        listed = {f"- {s}" for s in answer.suggestions}
        content = "\n".join(line for line in content.split("\n") if line not in listed).strip()
    if answer.query:
        content += "\n\n" + ui.query_note.format(query=escape_markdown(answer.query))
    main: dict = {"role": "assistant", "content": content, "metadata": {"id": token}}
    if answer.suggestions:
        main["options"] = [{"value": s, "label": s} for s in answer.suggestions]
    messages = [main]
    if answer.citations:
        messages.append({
            "role": "assistant", "content": sources_markdown(answer.citations, ui),
            "metadata": {"title": ui.sources_title.format(count=len(answer.citations)),
                         "status": "done", "id": f"{token}/sources"},
        })
    return messages


def sources_markdown(citations: Sequence[Citation], ui: UIText) -> str:
    """Title, heading path and quote of each citation, escaped, one entry a paragraph."""
    return "\n\n".join(
        ui.source_entry.format(n=c.n, title=escape_markdown(c.title),
                               section=escape_markdown(c.section_path or c.title),
                               quote=escape_markdown(c.quote))
        for c in citations)


def source_choices(citations: Sequence[Citation], ui: UIText) -> list[tuple[str, str]]:
    """(label, value) pairs for the source viewer's picker; the value is only the number."""
    return [(ui.source_choice.format(n=c.n, title=c.title, section=c.section_path or c.title),
             str(c.n)) for c in citations]


def plain_history(history: Sequence[object] | None) -> list[dict[str, str]]:
    """Gradio's history reduced to text messages (what `engine.ask` reads); user messages,
    shown escaped in the chat, are read back as typed."""
    out = []
    for item in history or ():
        role = item.get("role") if isinstance(item, dict) else getattr(item, "role", None)
        content = item.get("content") if isinstance(item, dict) else getattr(item, "content", None)
        text = _text_of(content)
        if role in ("user", "assistant") and text:
            out.append({"role": role, "content": unescape_markdown(text) if role == "user"
                        else text})
    return out


def _text_of(content: object) -> str:
    """Text of a message's content: a string, or the text parts of a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, (list, tuple)):
        parts = [p if isinstance(p, str) else p.get("text", "") if isinstance(p, dict) else ""
                 for p in content]
        return " ".join(p for p in parts if isinstance(p, str) and p)
    if isinstance(content, dict):
        return str(content.get("text", ""))
    return ""


def message_token(message: object) -> str:
    """The stored answer's token in a message's metadata ("" when there is none)."""
    metadata = message.get("metadata") if isinstance(message, dict) else \
        getattr(message, "metadata", None)
    token = metadata.get("id") if isinstance(metadata, dict) else None
    return token.split("/", 1)[0] if isinstance(token, str) else ""
