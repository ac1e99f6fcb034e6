"""Helpers for the web tests: Gradio's and chromium's folders in tmp_path, the app on a free port."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def isolate_gradio(monkeypatch, tmp_path: Path) -> None:
    """Gradio writes to GRADIO_TEMP_DIR, chromium to XDG_CONFIG_HOME and XDG_CACHE_HOME."""
    for name, folder in (("GRADIO_TEMP_DIR", "gradio"), ("XDG_CONFIG_HOME", "config"),
                         ("XDG_CACHE_HOME", "cache")):
        (tmp_path / folder).mkdir(exist_ok=True)
        monkeypatch.setenv(name, str(tmp_path / folder))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def served(engine) -> Iterator[str]:
    """The chat for `engine`, launched in-process on 127.0.0.1; yields its URL."""
    from bot.web.app import build_app, launch_options

    app = build_app(engine)
    port = free_port()
    app.launch(prevent_thread_lock=True, **launch_options("127.0.0.1", port))
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        app.close()
