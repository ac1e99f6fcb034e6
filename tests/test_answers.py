"""Answers from the real seeds: golden questions, verbatim citations, declines, bad input."""

from __future__ import annotations

import pytest

from bot.errors import QuestionError
from bot.evaluation.scoring import answer_text
from conftest import SEEDS

GOLDEN = [
    # (question, expected source prefix, verbatim fact)
    ("What does a senior ML engineer earn?", "000", "$177,177 to $189,477"),
    ("What do NLP scientists do?", "004", "information extraction"),
    ("Which certifications are recommended for an ML education specialist?", "000",
     "AWS Certified Machine Learning - Specialty"),
    ("How much do machine learning engineers make in San Francisco?", "001", "$190,743"),
    ("What degree does a machine learning scientist need?", "003", "Ph.D."),
    ("What do BI developers do?", "004", "business and market trends"),
]


def _verbatim(answer) -> None:
    for c in answer.citations:
        text = (SEEDS / c.source).read_text(encoding="utf-8")
        assert text[c.start:c.end] == c.quote


@pytest.mark.parametrize("question, source, fact", GOLDEN)
def test_golden_questions_cite_the_document_and_contain_the_fact(engine, question, source, fact):
    answer = engine.ask(question)
    assert answer.answered and answer.kind == "answer"
    assert any(c.source.startswith(source) for c in answer.citations)
    assert fact in answer_text(answer)
    _verbatim(answer)


def test_answers_are_short_numbered_and_cited(engine):
    answer = engine.ask("Which skills does a machine learning engineer need?")
    assert 1 <= len(answer.citations) <= 5
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    for c in answer.citations:
        assert f"[{c.n}]" in answer.text
        assert c.title and c.section and "txt" not in c.title


def test_list_items_carry_their_heading_context(engine):
    answer = engine.ask("What is the senior-level salary of machine learning engineers?")
    cited = next(c for c in answer.citations if "$177,177" in c.quote)
    assert cited.section[0].startswith("Salary Ranges")
    assert "Salary Ranges" in answer.text.split(f"[{cited.n}]")[0]


@pytest.mark.parametrize("question", [
    "What is the best recipe for lasagna?",
    "Who won the football world cup in 2018?",
])
def test_off_topic_questions_are_declined_with_suggestions(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and answer.kind == "no_answer"
    assert answer.citations == () and answer.suggestions
    assert "my documents don't answer that" in answer.text


@pytest.mark.parametrize("message, kind", [
    ("hi", "smalltalk"), ("Hello!", "smalltalk"), ("thanks!", "smalltalk"),
    ("what can you do?", "smalltalk"),
])
def test_small_talk_gets_a_short_reply_without_citations(engine, message, kind):
    answer = engine.ask(message)
    assert answer.kind == kind and not answer.answered and answer.citations == ()


def test_a_greeting_in_front_of_a_question_is_still_answered(engine):
    assert engine.ask("hi, what does a senior ML engineer earn?").answered


@pytest.mark.parametrize("question", ["", "   \n\t ", "?!?...", "\x00\x01\x02\x7f"])
def test_empty_or_wordless_questions_get_a_polite_reply(engine, question):
    answer = engine.ask(question)
    assert answer.kind == "invalid" and not answer.answered and answer.text


def test_a_100kb_question_gets_a_polite_reply(engine):
    answer = engine.ask("salary " * 15_000)
    assert answer.kind == "invalid" and "too long" in answer.text


def test_control_characters_are_ignored(engine):
    answer = engine.ask("What does a\x00 senior\x1b ML engineer\u200b earn?")
    assert answer.answered and "$177,177" in answer_text(answer)


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_a_question_that_is_not_a_string_is_a_value_error(engine, bad):
    with pytest.raises(QuestionError) as info:
        engine.ask(bad)
    assert isinstance(info.value, ValueError) and "must be a string" in str(info.value)


def test_search_returns_hits_with_both_component_scores(engine):
    hits = engine.search("machine learning engineer salary", k=3)
    assert [h.rank for h in hits] == [1, 2, 3]
    assert hits[0].score >= hits[1].score >= hits[2].score
    assert all(h.dense_score != 0 and h.lexical_score >= 0 for h in hits)
    with pytest.raises(ValueError, match="k must be greater than 0"):
        engine.search("salary", k=0)


def test_document_text_is_escaped_in_the_markdown(make_engine, tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "evil.txt").write_text(
        "Evil Doc\n\nOverview\n\nData scientists use <script>alert(1)</script> and "
        "![x](http://example.com/x.png) in their reports every day.\n")
    answer = make_engine(seeds).ask("What do data scientists use in reports?")
    assert answer.answered
    assert "<script>" not in answer.text and "![x](" not in answer.text
    assert "<script>" in answer.citations[0].quote  # the quote itself stays verbatim
