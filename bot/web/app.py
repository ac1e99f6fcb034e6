"""The web chat (Gradio 6): `careerbot serve`.

The page only formats: every question goes through the same `engine.ask(question, history)` as
the Python API and the CLI. Answers are kept server-side in a small store under a random token;
the browser only ever sends that token back (like/dislike, source viewer), never a path.

Offline by construction: no share link, no SSR, no monitoring, no analytics, a built-in theme
in the system's own fonts, nothing fetched from outside 127.0.0.1 (see ../shared/GRADIO_NOTES.md).
"""

from __future__ import annotations

import errno
import logging
import os
import secrets
import threading
from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from bot.web import chatformat
from bot.web import feedback
from bot.web import sources
from bot.engine import Engine
from bot.errors import BotError
from bot.markup import escape_markdown, unescape_markdown
from bot.records import Answer, Citation
from bot.settings import Settings
from bot.web.watcher import SeedsWatcher, index_status

if TYPE_CHECKING:
    import gradio as gr

log = logging.getLogger("careerbot")

LOOPBACK = ("127.0.0.1", "localhost", "::1")
STATUS_SECONDS = 10  # how often the page re-reads the index status line
QUEUE = {"default_concurrency_limit": 4, "max_size": 64}
CSS = """
.cb-source { white-space: pre-wrap; max-height: 60vh; overflow-y: auto; line-height: 1.5;
             position: relative; }
.cb-quote { background: #fde68a; color: #1f2937; padding: 0 2px; }
.cb-path, .cb-note { opacity: 0.8; font-size: 0.9em; }
"""
# The viewer's highlighted quote, scrolled to the middle of its box (a whole document is long)
SCROLL_TO_QUOTE = """() => {
  const box = document.querySelector('#cb-source-view .cb-source');
  const quote = box && box.querySelector('#cb-quote');
  if (quote) box.scrollTop = Math.max(0, quote.offsetTop - box.clientHeight / 3);
}"""
# After an answer, the cursor goes back to the message box (not on touch screens, where focusing
# would open the keyboard over the answer)
FOCUS_INPUT = """() => {
  if (window.matchMedia('(pointer: coarse)').matches) return;
  let tries = 0;  // the box is disabled until the answer is in
  const focus = () => {
    const box = document.querySelector('#cb-input textarea');
    if (box && !box.disabled) box.focus();
    else if (tries++ < 50) setTimeout(focus, 100);
  };
  focus();
}"""


def offline_environment() -> None:
    """Gradio reads these at import and when a Blocks is created: set them first."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")


def launch_options(host: str = "127.0.0.1", port: int = 7860) -> dict[str, Any]:
    """Every `Blocks.launch` keyword careerbot uses, in one place (tests and serve share it).
    The theme sets text in the reader's own system fonts: nothing is fetched for them, and the
    subset of the default theme's semibold face drew some capitals from a fallback font."""
    import gradio as gr

    system = ["ui-sans-serif", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"]
    theme = gr.themes.Default(font=system, font_mono=["ui-monospace", "monospace"])
    return {"server_name": host, "server_port": port, "share": False, "ssr_mode": False,
            "enable_monitoring": False, "show_error": False, "quiet": True, "css": CSS,
            "theme": theme}


class AnswerStore:
    """The most recent answers by random token (bounded: the oldest are forgotten)."""

    def __init__(self, limit: int = 5_000) -> None:
        self._items: OrderedDict[str, Answer] = OrderedDict()
        self._lock = threading.Lock()
        self.limit = limit

    def put(self, answer: Answer) -> str:
        token = secrets.token_urlsafe(12)
        with self._lock:
            self._items[token] = answer
            while len(self._items) > self.limit:
                self._items.popitem(last=False)
        return token

    def get(self, token: object) -> Answer | None:
        if not isinstance(token, str):
            return None
        with self._lock:
            return self._items.get(token)


def build_app(engine: Engine, watcher: SeedsWatcher | None = None) -> gr.Blocks:
    """The chat page for `engine`: chat with examples, sources, a source viewer and feedback,
    and a line saying which index answers (refreshed while `watcher` rebuilds it)."""
    offline_environment()
    import gradio as gr

    prompts, store = engine.prompts, AnswerStore()
    ui = prompts.ui
    with gr.Blocks(title=ui.title, fill_height=True) as app:
        token = gr.State("")
        picker = gr.Dropdown(choices=[], value=None, label=ui.source_picker_label,
                             interactive=True, render=False)
        with gr.Row(equal_height=False):
            with gr.Column(scale=3):
                chat = _chat_interface(engine, store, token, picker)
            with gr.Column(scale=2):
                with gr.Accordion(ui.source_viewer_title, open=False, elem_id="cb-viewer"):
                    gr.Markdown(ui.source_viewer_hint)
                    picker.render()
                    scope = gr.Radio([(ui.scope_section, "section"), (ui.scope_document, "document")],
                                     value="section", label=ui.scope_label)
                    viewer = gr.HTML(sources.empty_view(ui), elem_id="cb-source-view")
        show = _viewer_fn(engine, store)
        # token: a new answer whose picker value ("1") may equal the old one's
        for trigger in (token.change, picker.change, scope.change):
            trigger(show, [token, picker, scope], viewer, api_visibility="private")
        chat.chatbot.select(_select_fn(store, ui), [chat.chatbot], [token, picker],
                            api_visibility="private")
        chat.chatbot.like(_like_fn(engine, store), [chat.chatbot], None,
                          api_visibility="private")
        # the viewer forgets an answer that is cleared or undone (a new answer replaces it)
        for removed in (chat.chatbot.clear, chat.chatbot.undo):
            removed(lambda: ("", gr.Dropdown(choices=[], value=None)), None, [token, picker],
                    api_visibility="private")
        viewer.change(None, None, None, js=SCROLL_TO_QUOTE, api_visibility="private")
        chat.chatbot.change(None, None, None, js=FOCUS_INPUT, api_visibility="private")
        _status_line(engine, watcher, app)
        _escaped_input(app, chat, ui.placeholder)
    app.queue(**QUEUE)
    return app


def _chat_interface(engine: Engine, store: AnswerStore, token: gr.State,
                    picker: gr.Dropdown) -> gr.ChatInterface:
    import gradio as gr

    prompts = engine.prompts
    ui = prompts.ui

    def respond(message: str, history: list):
        # The textbox hands over the message escaped (that is how it shows in the chat); the
        # engine reads the words the person typed.
        answer = engine.ask(unescape_markdown(message), chatformat.plain_history(history))
        key = store.put(answer)
        choices = chatformat.source_choices(answer.citations, ui)
        return (chatformat.reply_messages(answer, ui, key), key,
                gr.Dropdown(choices=choices, value=choices[0][1] if choices else None))

    chatbot = gr.Chatbot(latex_delimiters=[], buttons=["copy"], sanitize_html=True,
                         feedback_options=("Like", "Dislike"), show_label=False, height="65vh",
                         elem_id="cb-chat")
    textbox = gr.Textbox(placeholder=ui.placeholder, label=ui.input_label, show_label=False,
                         lines=1, max_lines=6, submit_btn=True, elem_id="cb-input")
    intro, examples = engine.introduction()
    return gr.ChatInterface(
        respond, chatbot=chatbot, textbox=textbox, title=ui.title, description=intro,
        examples=examples or None, run_examples_on_click=True, cache_examples=False,
        additional_outputs=[token, picker], api_name="chat", fill_height=True,
        validator=_not_blank(ui.empty_input))


def _status_line(engine: Engine, watcher: SeedsWatcher | None, app: gr.Blocks) -> None:
    import gradio as gr

    def status() -> str:
        return index_status(engine, engine.prompts.ui, watcher)

    line = gr.Markdown(elem_id="cb-index-status")
    app.load(status, None, line, api_visibility="private")
    gr.Timer(STATUS_SECONDS).tick(status, None, line, api_visibility="private")


def _escaped_input(app: gr.Blocks, chat: gr.ChatInterface, placeholder: str) -> None:
    """The message typed reaches the chat and `respond` markdown- and HTML-escaped.

    ChatInterface shows the user's message as it comes out of the textbox, and Gradio's
    sanitizer lets markdown images (outside requests) through: escaping every message makes it
    display literally, in the browser and through the API alike. It is done in the two functions
    that take the textbox's value (the browser's submit and the `/chat` endpoint), not in the
    textbox: Gradio replaces a session's textbox with a plain copy at its first update, so a
    textbox of our own would escape only the first message. The same update also blanks the
    placeholder for good; here it keeps it.
    """
    import gradio as gr

    def escaped(value: object) -> object:
        return escape_markdown(value) if isinstance(value, str) else value

    def clear_and_save(message: str):
        return gr.Textbox("", interactive=False, placeholder=placeholder), escaped(message)

    wrapped = set()
    for block_fn in app.fns.values():
        if not block_fn.inputs or block_fn.inputs[0] is not chat.textbox:
            continue
        if block_fn.name == "_clear_and_save_textbox":
            block_fn.fn = clear_and_save
            wrapped.add("submit")
        elif block_fn.api_name == "chat":
            block_fn.fn = _escaping_first(block_fn.fn, escaped)
            wrapped.add("api")
    if wrapped != {"submit", "api"}:  # fail closed: never show messages unescaped
        raise BotError(f"this Gradio {gr.__version__} reads the chat's textbox in functions "
                       "careerbot does not know; install the version pyproject.toml pins")


def _escaping_first(fn, escape):
    """`fn` (async, as ChatInterface's API function is) with its first argument escaped; same
    signature, so the API page still shows the chat function's parameters."""
    from functools import wraps

    @wraps(fn)
    async def wrapped(message, *args, **kwargs):
        return await fn(escape(message), *args, **kwargs)

    return wrapped


def _not_blank(message: str):
    """ChatInterface's validator: a blank message is not sent (the textbox says why)."""
    import gradio as gr

    def validate(text: str | None):
        return gr.validate(bool(text and text.strip()), message)

    return validate


def _viewer_fn(engine: Engine, store: AnswerStore):
    ui = engine.prompts.ui

    def show(key: str, number: str | None, scope: str) -> str:
        citation = _citation(store.get(key), number)
        if citation is None:
            return sources.empty_view(ui)
        chunks = engine.loaded().data.chunks.of_source(citation.source)
        return sources.view(engine.settings, chunks, citation,
                            "document" if scope == "document" else "section", ui)

    return show


def _citation(answer: Answer | None, number: object) -> Citation | None:
    if answer is None or not isinstance(number, str) or not number.isdigit():
        return None
    return next((c for c in answer.citations if c.n == int(number)), None)


def _select_fn(store: AnswerStore, ui):
    import gradio as gr

    def select(history: list, evt: gr.SelectData):
        """Clicking an answer points the source viewer at that answer's sources."""
        index = evt.index if isinstance(evt.index, int) else None
        key = chatformat.message_token(history[index]) if index is not None and \
            0 <= index < len(history) else ""
        answer = store.get(key)
        if answer is None:
            return gr.skip(), gr.skip()
        choices = chatformat.source_choices(answer.citations, ui)
        return key, gr.Dropdown(choices=choices, value=choices[0][1] if choices else None)

    return _hinted(select, evt=gr.SelectData)


def _like_fn(engine: Engine, store: AnswerStore):
    import gradio as gr

    ui = engine.prompts.ui

    def like(history: list, data: gr.LikeData) -> None:
        index = data.index if isinstance(data.index, int) else None
        # True or False; "" when a like or dislike is clicked again to take it back
        taken_back = data.liked == ""
        if index is None or not 0 <= index < len(history) or \
                not (isinstance(data.liked, bool) or taken_back):
            return
        answer = store.get(chatformat.message_token(history[index]))
        if answer is None:
            return
        liked = None if taken_back else data.liked
        feedback.save(engine.settings.feedback_path, feedback.vote_for(answer, liked))
        if liked is not None:
            gr.Info(ui.like_thanks if liked else ui.dislike_thanks)

    return _hinted(like, data=gr.LikeData)


def _hinted(fn, **types):
    """Gradio injects event data by the parameter's type; with postponed annotations (and gradio
    imported lazily) the hint is a string it cannot resolve, so give it the class itself."""
    fn.__annotations__.update(types)
    return fn


def _check_port(host: str, port: int) -> None:
    """A clear error, before anything is built, when `host:port` cannot be served on."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise BotError(f"--host {host} is not an address of this machine") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the server binds
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise BotError(f"port {port} on {host} is in use: pass --port with a free port, "
                               "or stop what is using it") from None
            raise BotError(f"cannot serve on {host}:{port} ({exc.strerror}): pass --host with "
                           "an address of this machine") from None


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860) -> int:
    """Build or refresh the index, then serve the chat until interrupted. Returns the exit code."""
    offline_environment()
    from bot.api import default_engine

    _check_port(host, port)  # before the build, which may take a while
    engine = default_engine(settings)
    report = engine.build()
    for skipped in report.files_skipped:
        log.warning("skipped %s: %s", skipped.source, skipped.reason)
    watcher = SeedsWatcher(engine).start()
    app = build_app(engine, watcher)
    if host not in LOOPBACK:
        log.warning("serving on %s: anyone who can reach this machine can use the chat; "
                    "leave out --host to keep it on 127.0.0.1", host)
    log.info("careerbot is serving on http://%s:%d (watching %s for changes)", host, port,
             settings.seeds_dir)
    try:
        app.launch(**launch_options(host, port))
    except OSError as exc:  # taken since the check
        raise BotError(f"cannot serve on {host}:{port} ({str(exc).splitlines()[0][:80]}); "
                       "pass --port with a free port") from None
    finally:
        watcher.stop()
    return 0
