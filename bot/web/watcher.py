"""Seeds edited while serving: a background thread notices, rebuilds and swaps the index in.

`careerbot serve` starts a :class:`SeedsWatcher` on its engine. The thread waits for changes
under the seeds folder (watchfiles: inotify, or polling where that is unavailable), lets a burst
of edits settle, then runs the same incremental `Engine.build` as `careerbot index`. Questions
never wait for it: the engine is marked `watched`, so its request path stops checking the seeds,
and keeps answering from the index it holds until the build swaps the new one in.
A failed rebuild (no usable document left, another build holding the lock) keeps the old index
serving and is retried on the next change or after `retry_seconds`.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timezone

from bot.engine import Engine
from bot.errors import BotError
from bot.prompts import UIText
from bot.records import BuildReport

log = logging.getLogger("careerbot.watch")


class SeedsWatcher:
    def __init__(self, engine: Engine, debounce_ms: int = 800, retry_seconds: float = 5.0,
                 force_polling: bool | None = None) -> None:
        self.engine = engine
        self.debounce_ms = debounce_ms
        self.retry_seconds = retry_seconds
        self.force_polling = force_polling
        self.rebuilding = False
        self.rebuilds = 0
        self.last_report: BuildReport | None = None
        self.last_error: str | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> SeedsWatcher:
        self.engine.loaded()  # load (or build) before taking over the staleness checks
        self.engine.watched = True
        self._thread = threading.Thread(target=self._run, name="careerbot-seeds-watcher",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
        self.engine.watched = False

    def refresh(self) -> BuildReport | None:
        """One incremental rebuild and swap; errors are logged and kept, never raised."""
        self.rebuilding = True
        try:
            report = self.engine.build(wait=True)
        except BotError as exc:
            self.last_error = str(exc)
            log.warning("seeds changed but the index was not updated (still serving the "
                        "previous one): %s", exc)
            return None
        except Exception as exc:  # the thread must outlive any surprise; the old index serves
            self.last_error = f"{type(exc).__name__}: {exc}"
            log.exception("rebuilding the index after a seeds change failed")
            return None
        finally:
            self.rebuilding = False
        self.last_error, self.last_report = None, report
        self.rebuilds += 0 if report.up_to_date else 1
        if not report.up_to_date:
            log.info("seeds changed: index rebuilt (%d embedded, %d removed, %d skipped) in %.1fs",
                     len(report.files_embedded), len(report.files_removed),
                     len(report.files_skipped), report.seconds)
        return report

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._watch()
            except Exception as exc:  # the folder vanished, inotify limits, ...: poll again soon
                log.warning("watching %s failed (%s); retrying", self.engine.settings.seeds_dir, exc)
                self._stop.wait(self.retry_seconds)

    def _watch(self) -> None:
        from watchfiles import watch

        timeout_ms = int(self.retry_seconds * 1000)
        first = True
        for changes in watch(self.engine.settings.seeds_dir, stop_event=self._stop,
                             debounce=self.debounce_ms, rust_timeout=timeout_ms,
                             yield_on_timeout=True, raise_interrupt=False,
                             force_polling=self.force_polling):
            # a change made before the watch was in place is seen by comparing the folder
            # with the index once, when the watch first reports
            if changes or self.last_error is not None or (first and self.engine.seeds_changed()):
                self.refresh()
            first = False


def index_status(engine: Engine, ui: UIText, watcher: SeedsWatcher | None = None) -> str:
    """One line for the page: which index answers, how old it is, and whether it is updating."""
    manifest = engine.loaded().data.manifest
    age = datetime.now(timezone.utc) - manifest.built_at
    line = ui.index_status.format(
        generation=manifest.generation, chunks=manifest.chunk_count, files=len(manifest.files),
        built=manifest.built_at.strftime("%Y-%m-%d %H:%M"),
        minutes=max(0, int(age.total_seconds() // 60)))
    if watcher is not None and watcher.rebuilding:
        line += " " + ui.index_updating
    return line

