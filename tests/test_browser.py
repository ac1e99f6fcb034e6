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


def _wait_for_votes(path: Path, question: str, n: int) -> list[dict]:
    votes: list[dict] = []
    for _ in range(100):
        if path.exists():
            votes = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            votes = [v for v in votes if v["question"] == question]
            if len(votes) >= n:
                break
        time.sleep(0.1)
    return votes


def _wait_for_vote(path: Path, question: str) -> dict | None:
    votes = _wait_for_votes(path, question, 1)
    return votes[0] if votes else None


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
        before = page.locator("[data-testid='bot']").count()
        _ask(page, question)
        # the answer and its Sources block (the first answer's block may carry the same title)
        page.wait_for_function(
            f"document.querySelectorAll(\"[data-testid='bot']\").length >= {before + 2}")
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
        page.locator("button[aria-label='Liked']").last.click()  # clicked again: taken back
        votes = _wait_for_votes(feedback, question, 2)
    assert vote is not None and vote["liked"] is True
    assert [v["liked"] for v in votes] == [True, None]
    assert [c["quote"] for c in vote["citations"]] == [c.quote for c in expected.citations]
    assert _outside(page.requests) == [] and page.dialogs == []


def test_the_message_box_sends_no_blank_keeps_its_hint_and_takes_the_cursor_back(engine, page):
    ui = engine.prompts.ui
    with served(engine) as url:
        _open(page, url)
        box = page.locator("textarea[data-testid='textbox']")
        box.fill("   ")
        box.press("Enter")
        page.get_by_text(ui.empty_input).wait_for()
        assert page.locator("[data-testid='user']").count() == 0
        question = "What does a data scientist earn?"
        answer = engine.ask(question)
        _ask(page, question)  # clicks the send button: the cursor leaves the box
        page.get_by_text(ui.sources_title.format(count=len(answer.citations))).last.wait_for()
        page.wait_for_function("document.activeElement === "
                               "document.querySelector('#cb-input textarea')")
        assert box.get_attribute("placeholder") == ui.placeholder
        # a cleared chat leaves nothing of its answers in the source viewer
        page.get_by_text(ui.source_viewer_title).click()
        page.locator("#cb-source-view mark").wait_for(state="visible")
        page.locator("button[aria-label='Clear']").first.click()
        page.locator("#cb-source-view mark").wait_for(state="detached")
        assert page.locator("[data-testid='user']").count() == 0


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
        # every message shows as typed, not only the first (Gradio swaps in a plain textbox
        # after the first message)
        _ask(page, EVIL_QUESTION)
        user = page.locator("[data-testid='user']").last.inner_text()
        assert "<script>window.__pwned=4</script>" in user and "![p](http" in user
        page.wait_for_timeout(1000)  # give any injected image or script the chance to act
        pwned = page.evaluate("window.__pwned === undefined ? null : window.__pwned")
        images = page.evaluate(
            "[...document.querySelectorAll('#cb-chat img, #cb-source-view img')].map(i => i.src)")
    assert pwned is None and page.dialogs == []
    assert images == []
    assert _outside(page.requests) == []
    assert not [u for u in page.requests if u.endswith("/x") or u.endswith(".png")
                and "203.0.113.9" in u]


# Two made-up roles in two formats: a PDF whose page 2 answers the salary question, and a
# markdown file whose answer to the degree question holds a link.
PDF_ROLE, MD_ROLE = "Robotics Test Engineer", "Prompt Librarian"
PDF_PAGES = [
    ("Overview", "A robotics test engineer designs the tests that robot arms and mobile robots "
                 "must pass before they ship. Robotics test engineers work with hardware teams."),
    ("Salary", "A senior robotics test engineer earns a salary of $173,000 per year."),
    ("Skills", "A robotics test engineer needs skills in Python, ROS and test automation."),
]
PDF_QUESTION = "What does a robotics test engineer earn?"
MD_DOC = """# Prompt Librarian

## Overview

A prompt librarian curates and documents the prompts that a company's language models use.

## Education

Most prompt librarians hold a degree in library science; see [the survey](https://example.org/x) for the degrees prompt librarians hold.
"""
MD_QUESTION = "Which degree does a prompt librarian hold?"
MD_QUOTE = ("Most prompt librarians hold a degree in library science; see the survey for the "
            "degrees prompt librarians hold.")


def _write_paged_pdf(path: Path) -> Path:
    """One heading and one sentence a page, with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(f"{PDF_ROLE}: Career Guide")
    for i, (heading, sentence) in enumerate(PDF_PAGES):
        pdf.add_page()
        if i == 0:
            pdf.set_font("Helvetica", "B", 18)
            pdf.multi_cell(pdf.epw, 9, PDF_ROLE, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "B", 14)
        pdf.multi_cell(pdf.epw, 7, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(pdf.epw, 5.5, sentence, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.fixture(scope="module")
def formats_engine(tmp_path_factory, embedder):
    """An engine over the PDF and the markdown file above (built once for this module)."""
    root = tmp_path_factory.mktemp("browser-formats")
    seeds = root / "seeds"
    seeds.mkdir()
    _write_paged_pdf(seeds / "robotics-test-engineer.pdf")
    (seeds / "prompt-librarian.md").write_text(MD_DOC, encoding="utf-8")
    eng = Engine(get_settings(seeds_dir=seeds, index_dir=root / "index",
                              feedback_path=root / "feedback.jsonl"), embedder)
    eng.build()
    return eng


def _expect_answer(eng: Engine, question: str, quote: str, history=None):
    """What the page's session must show: `question` answered, citing `quote` first."""
    answer = eng.ask(question, history)
    assert answer.answered and answer.citations and answer.citations[0].quote == quote, (
        f"{question!r} should be answered by quoting {quote!r}; the engine answered "
        f"({answer.kind}):\n{answer.text}")
    return answer


def _answer_in_page(page, quote: str):
    """The page's answer (the bot message before its Sources block) once it quotes `quote`."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    bots = page.locator("[data-testid='bot']")
    try:
        bots.filter(has_text=quote).first.wait_for()
    except PlaywrightTimeout:
        pytest.fail(f"the page never quoted {quote!r}; its answers read:\n"
                    + "\n---\n".join(bots.all_inner_texts()))
    return bots.nth(-2)


def test_pdf_citation_opens_at_its_page_and_markdown_shows_link_text(formats_engine, page):
    eng, ui = formats_engine, formats_engine.prompts.ui
    pdf_quote = PDF_PAGES[1][1]
    pdf_answer = _expect_answer(eng, PDF_QUESTION, pdf_quote)
    assert pdf_answer.citations[0].page == 2
    history = [{"role": "user", "content": PDF_QUESTION},
               {"role": "assistant", "content": pdf_answer.text}]
    _expect_answer(eng, MD_QUESTION, MD_QUOTE, history)
    with served(eng) as url:
        _open(page, url)
        # Introduction and examples name the roles of this index, not the seeds' roles.
        examples = page.locator("button[aria-label^='Select example']").all_inner_texts()
        assert examples and all(PDF_ROLE in e or MD_ROLE in e for e in examples), examples
        assert PDF_ROLE in page.locator("body").inner_text()

        _ask(page, PDF_QUESTION)
        assert pdf_quote in _answer_in_page(page, pdf_quote).inner_text()
        page.get_by_text(ui.source_viewer_title).click()
        viewer = page.locator("#cb-source-view")
        mark = viewer.locator("mark")
        mark.wait_for(state="visible")
        assert mark.inner_text() == pdf_quote
        assert ui.viewer_page.format(page=2) in viewer.locator(".cb-path").inner_text()
        shown = viewer.locator(".cb-source").inner_text()
        assert PDF_PAGES[0][1] not in shown and PDF_PAGES[2][1] not in shown, \
            f"the section view of a PDF citation shows its page only:\n{shown}"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-pdf-viewer.png"), full_page=True)
        page.get_by_text(ui.scope_document).click()
        page.wait_for_function("t => document.querySelector('#cb-source-view').innerText"
                               ".includes(t)", arg=PDF_PAGES[0][1])
        assert mark.inner_text() == pdf_quote and PDF_PAGES[2][1] in viewer.inner_text()
        page.get_by_text(ui.scope_section).click()

        _ask(page, MD_QUESTION)
        chat_text = _answer_in_page(page, MD_QUOTE).inner_text()
        page.wait_for_function(
            "q => document.querySelector('#cb-source-view mark')?.innerText === q", arg=MD_QUOTE)
        viewer_text = viewer.inner_text()
        links = page.evaluate("[...document.querySelectorAll('#cb-chat a, #cb-source-view a')]"
                              ".map(a => a.href).filter(h => h.includes('example.org'))")
    for shown in (chat_text, viewer_text):
        assert "the survey" in shown
        assert "](" not in shown and "[the survey]" not in shown and "example.org" not in shown
    assert links == []
    assert _outside(page.requests) == [] and page.dialogs == []
