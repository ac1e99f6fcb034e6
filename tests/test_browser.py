"""The web chat in a real browser: Debian's chromium driven by Playwright, against the app
launched in-process. Each test records every request the page makes."""

from __future__ import annotations

import json
import time
from pathlib import Path
from urllib.parse import urlparse

import pytest

from bot.engine import Engine
from bot.settings import get_settings
from conftest import REPO, SEEDS
from webapp import isolate_gradio, served

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
ARTIFACTS = REPO / "artifacts"
WAIT = 60_000  # ms: the machine is shared, answers can queue


@pytest.fixture
def page(monkeypatch, tmp_path):
    """A chromium page whose requests are recorded in `page.requests`."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium with `make browser`")
    isolate_gradio(monkeypatch, tmp_path)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.requests, page.dialogs = [], []
        page.on("request", lambda r: page.requests.append(r.url))
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.set_default_timeout(WAIT)
        yield page
        browser.close()


def _open(page, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.locator("textarea[data-testid='textbox']").wait_for()


def _ask(page, question: str) -> None:
    before = page.locator("[data-testid='user']").count()
    page.fill("textarea[data-testid='textbox']", question)
    page.click("button[data-testid='submit-button']")
    page.wait_for_function(f"document.querySelectorAll(\"[data-testid='user']\").length > {before}")


def _outside(requests: list[str]) -> list[str]:
    return [u for u in requests if urlparse(u).scheme not in ("data", "blob")
            and urlparse(u).hostname != "127.0.0.1"]


def _wait_for_vote(path: Path, question: str) -> dict | None:
    for _ in range(100):
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if json.loads(line)["question"] == question:
                    return json.loads(line)
        time.sleep(0.1)
    return None


def test_chat_sources_viewer_example_and_like(engine, page, tmp_path):
    feedback = tmp_path / "feedback.jsonl"
    eng = Engine(get_settings(seeds_dir=SEEDS, index_dir=engine.settings.index_dir,
                              feedback_path=feedback), engine.embedder)
    ui = eng.prompts.ui
    with served(eng) as url:
        _open(page, url)
        example = eng.introduction()[1][0]
        page.locator("button[aria-label^='Select example']").first.click()
        page.locator("[data-testid='bot']").first.wait_for()
        assert page.locator("[data-testid='user']").first.inner_text().strip() == example

        question = "Which skills does a data scientist need?"
        history = [{"role": "user", "content": example},
                   {"role": "assistant", "content": eng.ask(example).text}]
        expected = eng.ask(question, history)  # what the page's session must show
        _ask(page, question)
        title = ui.sources_title.format(count=len(expected.citations))
        page.get_by_text(title).last.wait_for()
        answer = page.locator("[data-testid='bot']").nth(-2)
        assert "[1]" in answer.inner_text() and expected.citations[0].quote in answer.inner_text()

        page.get_by_text(title).last.click()
        block = page.locator("[data-testid='bot'] blockquote")
        block.first.wait_for(state="visible")
        assert block.count() >= len(expected.citations)

        page.get_by_text(ui.source_viewer_title).click()
        mark = page.locator("#cb-source-view mark")
        mark.wait_for(state="visible")
        assert mark.inner_text() == expected.citations[0].quote
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-answer.png"), full_page=True)

        page.locator("button[aria-label='Like']").last.click()
        vote = _wait_for_vote(feedback, question)
    assert vote is not None and vote["liked"] is True
    assert [c["quote"] for c in vote["citations"]] == [c.quote for c in expected.citations]
    assert _outside(page.requests) == [] and page.dialogs == []


EVIL_DOC = (
    "Security Engineer\n\nOverview\n\n"
    "Security engineers paste <script>window.__pwned=1</script> into forms to test them. "
    "They try <img src=x onerror=\"window.__pwned=2\"> tags in every form too. "
    "A link like [click me](javascript:window.__pwned=3) must stay text in forms. "
    "A tracking pixel ![pixel](http://203.0.113.9/pixel.png) in forms must never load.\n")
EVIL_QUESTION = (
    "What do security engineers paste into forms? <script>window.__pwned=4</script> "
    "<img src=x onerror=\"window.__pwned=5\"> [go](javascript:window.__pwned=6) "
    "![p](http://203.0.113.9/q.png)")
PLAIN_QUESTION = "What do security engineers paste into forms, and which tags do they try?"


def test_untrusted_text_shows_as_text_and_fetches_nothing(make_engine, page, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "security.txt").write_text(EVIL_DOC, encoding="utf-8")
    eng = make_engine(seeds, feedback_path=tmp_path / "feedback.jsonl")
    # The question full of markup may well be declined; a plain question then quotes the
    # document full of markup. Both must show as text and make the browser fetch nothing.
    first = eng.ask(EVIL_QUESTION)
    history = [{"role": "user", "content": EVIL_QUESTION},
               {"role": "assistant", "content": first.text}]
    answer = eng.ask(PLAIN_QUESTION, history)
    assert answer.citations, "the engine should quote the security document"
    with served(eng) as url:
        _open(page, url)
        _ask(page, EVIL_QUESTION)
        page.locator("[data-testid='bot']").first.wait_for()
        user = page.locator("[data-testid='user']").last.inner_text()
        assert "<script>window.__pwned=4</script>" in user and "![p](http" in user
        _ask(page, PLAIN_QUESTION)
        page.get_by_text(eng.prompts.ui.sources_title.format(count=len(answer.citations))) \
            .last.wait_for()
        bot = page.locator("[data-testid='bot']").nth(-2).inner_text()
        assert any(c.quote in bot for c in answer.citations)
        assert any("<script>" in c.quote or "onerror" in c.quote for c in answer.citations)
        page.get_by_text(eng.prompts.ui.source_viewer_title).click()
        page.get_by_text(eng.prompts.ui.scope_document).click()
        viewer = page.locator("#cb-source-view")
        viewer.locator("mark").wait_for(state="visible")
        assert "<script>window.__pwned=1</script>" in viewer.inner_text()
        page.wait_for_timeout(1000)  # give any injected image or script the chance to act
        pwned = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
        images = page.evaluate(
            "[...document.querySelectorAll('#cb-chat img, #cb-source-view img')].map(i => i.src)")
    assert pwned is None and page.dialogs == []
    assert images == []
    assert _outside(page.requests) == []
    assert not [u for u in page.requests if u.endswith("/x") or u.endswith(".png")
                and "203.0.113.9" in u]
