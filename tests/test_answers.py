"""Answers end to end on three made-up roles (tests/conftest.py ROLE_DOCS), with the real model,
the real index and the fitted ranker: verbatim numbered citations, declines, bad input."""

from __future__ import annotations

import pytest

from bot.errors import QuestionError
from bot.evaluation.questions import verbatim
from bot.evaluation.scoring import answer_text
from bot.markup import unescape_markdown
from bot.prompts import fill
from conftest import ROLE_DOCS, write_docs

GOLDEN = [
    # (question, the document it must cite, a fact of that document the answer must hold)
    ("What does a senior model risk analyst earn?", "model-risk-analyst.txt",
     "$128,000 to $142,000"),
    ("Which skills does a feature store engineer need?", "feature-store-engineer.txt",
     "Apache Spark"),
    ("how much do annotation leads make?", "annotation-lead.txt", "$54,000 and $69,000"),
    ("What degree does a model risk analyst need?", "model-risk-analyst.txt",
     "statistics, law or computer science"),
]


def assert_verbatim(answer) -> None:
    for c in answer.citations:
        assert ROLE_DOCS[c.source][c.start:c.end] == c.quote


@pytest.mark.parametrize("question, source, fact", GOLDEN)
def test_golden_questions_cite_the_document_and_contain_the_fact(roles_engine, question, source,
                                                                 fact):
    answer = roles_engine.ask(question)
    assert answer.answered and answer.kind == "answer", answer.text
    assert any(c.source == source for c in answer.citations)
    assert fact in answer_text(answer)
    assert_verbatim(answer)
    assert verbatim(answer, roles_engine.settings)


def test_citations_are_numbered_in_order_and_marked_in_the_text(roles_engine):
    answer = roles_engine.ask("Which skills does a model risk analyst need?")
    assert 1 <= len(answer.citations) <= roles_engine.loaded().answerer.ranker.max_units
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    for c in answer.citations:
        assert f"[{c.n}]" in answer.text
        assert c.title and c.section and not c.title.endswith(".txt")
        assert 0 <= c.start < c.end <= len(ROLE_DOCS[c.source])


def test_a_defined_short_form_is_read_as_its_long_form(roles_engine):
    """"Feature Store Engineer (FSE)" in a document makes "FSE" in a question mean the role."""
    answer = roles_engine.ask("What does an FSE do?")
    assert answer.answered and "feature store engineer" in answer.query
    assert [r.lower() for r in answer.roles] == ["feature store engineer"]
    assert {c.source for c in answer.citations} == {"feature-store-engineer.txt"}


def test_a_typo_and_a_word_the_documents_never_use_do_not_stop_an_answer(roles_engine):
    q = roles_engine.loaded().answerer.analyze("sallary of a senior model risk analyst nowadays")
    assert q.unknown == ("nowaday",) and "salary" in q.terms
    answer = roles_engine.ask("sallary of a senior model risk analyst nowadays")
    assert answer.answered and "$128,000 to $142,000" in answer_text(answer)


def test_list_items_carry_their_heading_context(roles_engine):
    answer = roles_engine.ask("Which skills does a feature store engineer need?")
    item = next(c for c in answer.citations if "Apache Spark" in c.quote)
    assert item.section[-1] == "Skills" and item.label
    before = unescape_markdown(answer.text.split(f"[{item.n}]")[0])
    assert "Skills" in before.rsplit("\n\n", 1)[-1]  # the heading stands right above the item


@pytest.mark.parametrize("question", [
    "What is the best recipe for lasagna?",
    "Who won the football world cup in 2018?",
])
def test_off_topic_questions_are_declined_with_suggestions_from_the_index(roles_engine, question):
    answer = roles_engine.ask(question)
    assert not answer.answered and answer.kind == "no_answer" and answer.citations == ()
    replies = roles_engine.prompts.replies
    assert answer.text.startswith(replies.no_answer)
    names = {r.name for r in roles_engine.loaded().data.knowledge.roles}
    templates = roles_engine.prompts.suggestions.templates
    assert answer.suggestions
    for suggestion in answer.suggestions:
        assert f"- {suggestion}" in answer.text
        assert any(fill(t, name) == suggestion for t in templates for name in names)


@pytest.mark.parametrize("message, kind", [
    ("hi", "greeting"), ("Hello!", "greeting"), ("thanks!", "thanks"),
    ("what can you do?", "help"), ("ok bye", "goodbye"),
])
def test_small_talk_gets_its_reply_without_citations(roles_engine, message, kind):
    answer = roles_engine.ask(message)
    assert answer.kind == "smalltalk" and not answer.answered and answer.citations == ()
    reply = getattr(roles_engine.prompts.replies, kind)
    if kind == "help":  # the help names the roles the index describes
        names = [r.name for r in roles_engine.loaded().data.knowledge.roles]
        assert "{roles}" in reply and any(name in answer.text for name in names)
        reply = reply.format(roles=answer.text.split("such as ")[1].split(":")[0])
    assert answer.text == reply


def test_a_greeting_in_front_of_a_question_is_still_answered(roles_engine):
    answer = roles_engine.ask("hi, what does a senior model risk analyst earn?")
    assert answer.answered and "$128,000" in answer_text(answer)


@pytest.mark.parametrize("question", ["", "   \n\t ", "?!?...", "\x00\x01\x02\x7f"])
def test_empty_or_wordless_questions_get_a_polite_reply(roles_engine, question):
    answer = roles_engine.ask(question)
    assert answer.kind == "invalid" and not answer.answered and answer.text


def test_a_100kb_question_gets_a_polite_reply(roles_engine):
    answer = roles_engine.ask("salary " * 15_000)
    limit = roles_engine.settings.max_question_chars
    assert answer.kind == "invalid" and f"{limit:,}" in answer.text


def test_control_characters_are_ignored(roles_engine):
    answer = roles_engine.ask("What does a\x00 senior\x1b model risk analyst\u200b earn?")
    assert answer.answered and "$128,000" in answer_text(answer)


def test_lone_surrogates_are_replaced_so_the_answer_serialises(roles_engine):
    answer = roles_engine.ask("annotation lead salary \udcff?")
    assert "\ufffd" in answer.question
    answer.model_dump_json()  # would raise on a lone surrogate


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_a_question_that_is_not_a_string_is_a_value_error(roles_engine, bad):
    with pytest.raises(QuestionError) as info:
        roles_engine.ask(bad)
    assert isinstance(info.value, ValueError) and "must be a string" in str(info.value)


@pytest.mark.parametrize("history", ["a string", 42, {"role": "user"}])
def test_a_history_that_is_not_a_list_is_a_value_error(roles_engine, history):
    with pytest.raises(QuestionError, match="history must be a list of messages"):
        roles_engine.ask("what about an annotation lead?", history)


def test_search_returns_hits_with_both_component_scores(roles_engine):
    hits = roles_engine.search("feature store engineer salary", k=3)
    assert [h.rank for h in hits] == [1, 2, 3]
    assert hits[0].score >= hits[1].score >= hits[2].score
    assert hits[0].chunk.source == "feature-store-engineer.txt"
    assert all(h.dense_score != 0 and h.lexical_score >= 0 for h in hits)
    with pytest.raises(ValueError, match="k must be greater than 0. Currently, k is 0"):
        roles_engine.search("salary", k=0)
    with pytest.raises(QuestionError, match="query must be a string"):
        roles_engine.search(None)


def test_document_text_is_escaped_in_the_markdown(make_engine, tmp_path):
    seeds = write_docs(tmp_path / "seeds", {"evil.txt": (
        "Report Designer\n\nOverview\n\nA report designer uses <script>alert(1)</script> and "
        "![x](http://example.com/x.png) in every report for the finance team.\n\n"
        "Report designers work with spreadsheets and dashboards every day.\n")})
    answer = make_engine(seeds).ask("What does a report designer use in every report?")
    assert answer.answered, answer.text
    assert "<script>" not in answer.text and "![x](" not in answer.text
    assert any("<script>" in c.quote for c in answer.citations)  # quotes themselves stay verbatim


def test_a_unit_is_about_the_role_its_innermost_heading_names(make_engine, tmp_path):
    from conftest import write_role_docs

    seeds = write_role_docs(tmp_path / "seeds")
    lead = seeds / "annotation-lead.txt"
    lead.write_text(lead.read_text() + "\nNext Steps\n\nSome become model risk analysts.\n\n"
                    "Model Risk Analysts\n\nThe pay sits between $80,000 and $95,000.\n",
                    encoding="utf-8")
    engine = make_engine(seeds)
    table = engine.answerer_for_fit().table
    data = engine.loaded().data
    rows = {data.units[r].text: r for r in range(len(data.unit_chunk))
            if data.units[r].source == "annotation-lead.txt"}
    # under a heading naming another role: about that role, though the title names its own
    assert table.roles_of(rows["The pay sits between $80,000 and $95,000."]) == {"model risk analyst"}
    # the text names a role: that one
    assert table.roles_of(rows["Some become model risk analysts."]) == {"model risk analyst"}
    # nothing nearer names one: the title's
    assert table.roles_of(rows["Annotation leads need patience, project management and a sharp "
                               "eye for ambiguous examples."]) == {"annotation lead"}


def test_an_intro_line_is_quoted_with_the_subsections_it_introduces(make_engine, tmp_path):
    seeds = write_docs(tmp_path / "seeds", {"steward.md": (
        "# Data Steward\n\n## Overview\n\nA data steward looks after the quality and meaning of "
        "an organisation's data. Most stewards sit in a governance team.\n\n## Soft skills\n\n"
        "Technical knowledge is not enough for this job. Here are the soft skills a data "
        "steward needs:\n\n### Diplomacy\n\nStewards settle disputes between teams that define "
        "the same field differently.\n\n### Patience\n\nCleaning up a shared definition can take "
        "months of meetings.\n\n### Clear writing\n\nEvery decision ends up in a glossary entry "
        "that hundreds of people read.\n\n## Pay\n\nData stewards earn between $70,000 and "
        "$95,000 a year.\n"), "analyst.md": (
        "# Pricing Analyst\n\n## Overview\n\nA pricing analyst sets and tests the prices of a "
        "company's products. They work with sales and finance.\n\n## Tools\n\nPricing analysts "
        "use Excel, SQL and a pricing engine every day.\n")})
    answer = make_engine(seeds).ask("What soft skills does a data steward need?")
    quotes = [c.quote for c in answer.citations]
    assert "Here are the soft skills a data steward needs:" in quotes, answer.text
    # the line ending in a colon is followed by what it promises: each subsection under its heading
    for heading, quote in (("Diplomacy", "Stewards settle disputes"),
                           ("Patience", "Cleaning up a shared definition"),
                           ("Clear writing", "Every decision ends up")):
        assert f"**{heading}**" in answer.text, answer.text
        assert any(q.startswith(quote) for q in quotes), answer.text
    assert answer.text.index("Here are the soft skills") < answer.text.index("**Diplomacy**")


@pytest.mark.parametrize("name, expected", [
    ("analytics engineer", "an analytics engineer"), ("data engineer", "a data engineer"),
    ("ML engineer", "an ML engineer"), ("MLOps engineer", "an MLOps engineer"),
    ("NLP scientist", "an NLP scientist"), ("UX researcher", "a UX researcher"),
    ("user researcher", "a user researcher"), ("underwriter", "an underwriter"),
    ("AI Research Scientist", "an AI Research Scientist"), ("Head of Data", "a Head of Data"),
])
def test_a_role_in_a_template_gets_the_article_it_is_read_with(name, expected):
    assert fill("How do I become {a_role}?", name) == f"How do I become {expected}?"
    assert fill("{role} vs {other}", name, other="x") == f"{name} vs x"
