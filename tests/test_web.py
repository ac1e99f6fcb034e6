"""The web chat through its API (gradio_client), against the app launched in-process, plus the
pieces it is made of: message formatting, the source viewer and the feedback file."""

from __future__ import annotations

import json
import re

import pytest

from bot.web import chatformat
from bot.web import feedback
from bot.web import sources
from bot.markup import unescape_markdown
from bot.prompts import fill
from bot.records import Citation
from conftest import SEEDS
from webapp import isolate_gradio, served


@pytest.fixture
def client_for(monkeypatch, tmp_path):
    """Open the app for an engine and return a gradio_client Client on it."""
    isolate_gradio(monkeypatch, tmp_path)
    from gradio_client import Client

    stack = []

    def make(engine):
        cm = served(engine)
        url = cm.__enter__()
        stack.append(cm)
        return Client(url, verbose=False, download_files=False)

    yield make
    for cm in reversed(stack):
        cm.__exit__(None, None, None)


def _messages(result) -> list[dict]:
    reply = result[0] if isinstance(result, (list, tuple)) and isinstance(result[0], list) \
        else result
    return reply if isinstance(reply, list) else [{"role": "assistant", "content": reply}]


def _markers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", text)]


def test_api_answer_has_numbered_quotes_and_a_sources_block(engine, client_for):
    client = client_for(engine)
    messages = _messages(client.predict("Which skills does a data scientist need?", api_name="/chat"))
    answer, block = messages[0], messages[1]
    markers = _markers(answer["content"])
    assert markers and markers == list(range(1, len(markers) + 1))
    assert block["metadata"]["title"] == engine.prompts.ui.sources_title.format(count=len(markers))
    seeds = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    quotes = [unescape_markdown(q) for q in re.findall(r"^> (.*)$", block["content"], re.M)]
    assert len(quotes) == len(markers)
    assert all(any(q in text for text in seeds.values()) for q in quotes)


def test_api_follow_up_is_resolved_against_the_session_history(engine, client_for):
    client = client_for(engine)
    first = "What does a junior ML engineer earn?"
    client.predict(first, api_name="/chat")
    second = _messages(client.predict("and a senior one?", api_name="/chat"))[0]["content"]
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": "..."}]
    expected = engine.ask("and a senior one?", history)
    assert expected.query and "senior" in expected.query.lower()
    assert second.startswith(expected.text)  # the page shows what ask() answered, nothing else
    assert chatformat.escape_markdown(expected.query) in second
    client.reset_session()
    alone = _messages(client.predict("and a senior one?", api_name="/chat"))[0]["content"]
    assert alone != second


def test_api_decline_says_so_and_offers_suggestions(engine, client_for):
    client = client_for(engine)
    messages = _messages(client.predict("What is the capital of Mongolia?", api_name="/chat"))
    assert len(messages) == 1  # no Sources block
    prompts = engine.prompts
    assert messages[0]["content"].startswith(prompts.replies.no_answer)
    offered = [o["value"] for o in messages[0]["options"]]
    # questions from prompts' templates, filled with roles the index found in the documents
    roles = [r.name for r in engine.loaded().data.knowledge.roles]
    possible = {fill(t, r) for t in prompts.suggestions.templates for r in roles}
    assert offered and set(offered) <= possible
    for suggestion in offered:  # offered as buttons, not listed in the text a second time
        assert suggestion not in messages[0]["content"]


def test_api_reads_markup_in_questions_as_typed_and_publishes_only_chat(make_engine, small_seeds,
                                                                        client_for):
    eng = make_engine(small_seeds)
    client = client_for(eng)
    api = client.view_api(print_info=False, return_format="dict")
    assert "/chat" in api["named_endpoints"]
    assert not any("like" in name or "select" in name for name in api["named_endpoints"])
    question = "What do *ML engineers* earn? ![x](http://example.com/t.png) <b>$</b>"
    reply = _messages(client.predict(question, api_name="/chat"))[0]["content"]
    assert reply.startswith(eng.ask(question).text)  # the engine got the question as typed
    assert "![" not in reply and "<b>" not in reply and "\\\\" not in reply


def test_sources_markdown_escapes_document_text():
    ui = _ui()
    c = Citation(n=1, source="a.txt", title="<b>T</b>", section=("H",), quote="![i](http://x/y.png) "
                 "<img src=x onerror=alert(1)> $177,177", start=0, end=10, score=1.0)
    text = chatformat.sources_markdown([c], ui)
    assert "<img" not in text and "<b>" not in text and "![" not in text and "\\$177" in text


def test_source_viewer_highlights_the_quote_in_its_section(engine):
    answer = engine.ask("Which skills does a data scientist need?")
    citation = answer.citations[0]
    page = sources.view(engine.settings, engine.loaded().data.chunks, citation, "section", _ui())
    marked = re.search(r"<mark[^>]*>(.*?)</mark>", page, re.S).group(1)
    assert marked == sources.html.escape(citation.quote)
    text = (SEEDS / citation.source).read_text(encoding="utf-8")
    whole = sources.view(engine.settings, engine.loaded().data.chunks, citation, "document", _ui())
    assert len(page) < len(whole) <= 2 * len(text) + 1000  # section is a part; document is all


def test_source_viewer_escapes_and_notices_a_changed_file(make_engine, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    doc = seeds / "evil.txt"
    doc.write_text("Evil Role\n\nOverview\n\nEvil engineers write <script>alert(1)</script> "
                   "every day. They earn $100 a week.\n", encoding="utf-8")
    eng = make_engine(seeds)
    citation = eng.ask("What do evil engineers write?").citations[0]
    page = sources.view(eng.settings, eng.loaded().data.chunks, citation, "document", _ui())
    assert "<script>" not in page and "&lt;script&gt;" in page
    doc.write_text("Evil Role\n\nOverview\n\nShort now.\n", encoding="utf-8")
    changed = sources.view(eng.settings, [], citation, "document", _ui())
    assert _ui().viewer_changed in changed and "<mark" not in changed
    doc.unlink()
    assert _ui().viewer_missing in sources.view(eng.settings, [], citation, "document", _ui())


def test_source_viewer_never_reads_outside_the_seeds(engine, tmp_path):
    outside = Citation(n=1, source="../pyproject.toml", title="t", section=(), quote="x",
                       start=0, end=1, score=1.0)
    assert sources.read_seed(engine.settings, outside.source) is None


def test_feedback_round_trip_and_candidate_cases(engine, tmp_path):
    path = tmp_path / "fb" / "feedback.jsonl"
    liked = engine.ask("Which skills does a data scientist need?")
    declined = engine.ask("What is the capital of Mongolia?")
    feedback.save(path, feedback.vote_for(liked, True))
    feedback.save(path, feedback.vote_for(declined, False))
    votes = feedback.load(path)
    assert [v.liked for v in votes] == [True, False]
    assert votes[0].citations == liked.citations
    cases = feedback.candidate_cases(votes)
    assert cases[0]["answerable"] and cases[0]["facts"] == [[liked.citations[0].quote]]
    assert cases[0]["sources"] == sorted({c.source for c in liked.citations})
    assert not cases[1]["answerable"] and cases[1]["question"] == declined.question
    assert all(json.loads(line) for line in feedback.write_cases(cases).splitlines())
    # a later vote on the same question replaces the earlier one; a vote taken back removes it
    feedback.save(path, feedback.vote_for(liked, False))
    feedback.save(path, feedback.vote_for(declined, None))
    cases = feedback.candidate_cases(feedback.load(path))
    assert [(c["question"], c["answerable"]) for c in cases] == [(liked.question, False)]


def test_feedback_errors_name_the_file_and_line(tmp_path):
    with pytest.raises(feedback.FeedbackError, match="no feedback file at .*CAREERBOT_FEEDBACK"):
        feedback.load(tmp_path / "none.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"liked": true}\n', encoding="utf-8")
    # ... and the field at fault
    with pytest.raises(feedback.FeedbackError,
                       match=r"bad.jsonl:1 is not a feedback record \(\w+: Field required"):
        feedback.load(bad)


def test_launch_options_stay_offline():
    from bot.web.app import launch_options

    options = launch_options()
    assert options["server_name"] == "127.0.0.1" and options["share"] is False
    assert options["ssr_mode"] is False and options["enable_monitoring"] is False


def _ui():
    from bot.prompts import load_prompts
    from bot.settings import get_settings

    return load_prompts(get_settings().prompts_dir).ui


def test_cli_feedback_prints_candidate_cases(engine, tmp_path, monkeypatch, capsys):
    from bot.cli import main

    path = tmp_path / "feedback.jsonl"
    monkeypatch.setenv("CAREERBOT_FEEDBACK_PATH", str(path))
    assert main(["feedback"]) == 1 and "no feedback file" in capsys.readouterr().err
    feedback.save(path, feedback.vote_for(engine.ask("Which skills does a data scientist need?"),
                                          True))
    assert main(["-q", "feedback"]) == 0
    cases = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [c["question"] for c in cases] == ["Which skills does a data scientist need?"]
