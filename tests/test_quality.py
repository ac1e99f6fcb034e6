"""Answer quality on the real seeds: how people type, honest declines, lists, advice."""

from __future__ import annotations

import pytest

from bot.evaluation.scoring import answer_text
from bot.markup import unescape_markdown
from bot.answer.overview import first_units, group_of, lists_it, mostly_other, section_rows
from bot.answer.query import QueryAnalyzer, real_words_of
from bot.records import Unit


@pytest.fixture(scope="module")
def analyzer(engine):
    return engine.loaded().analyzer


@pytest.mark.parametrize("typo, fixed", [("sallary", "salary"), ("enginer", "engineer"),
                                         ("carreer", "career")])
def test_typos_are_corrected_to_document_words(analyzer, typo, fixed):
    query = analyzer.analyze(f"{typo} question")
    assert query.corrected.get(typo) == fixed and fixed in query.text
    assert typo not in query.unknown


@pytest.mark.parametrize("question, word", [("ML engineer salary in pounds", "pound"),
                                            ("how do I cook pasta", "pasta"),
                                            ("tuition for the Stanford masters", "tuition")])
def test_real_english_words_are_not_corrected_and_are_unknown(analyzer, question, word):
    query = analyzer.analyze(question)
    assert word in query.unknown and not query.corrected
    assert "found" not in query.text and "look past" not in query.text


def test_without_the_model_vocabulary_a_real_word_may_be_corrected(engine):
    """The WordPiece vocabulary is what stops "pounds" becoming a document word."""
    vocabulary = engine.loaded().data.lexical.vocabulary
    bare = QueryAnalyzer(vocabulary)
    informed = QueryAnalyzer(vocabulary, real_words_of(engine.embedder.tokenizer.get_vocab()))
    assert informed.analyze("salary in pounds").unknown == ["pound"]
    assert bare.analyze("salary in pounds").unknown != ["pound"]


def test_synonyms_of_document_words_are_not_unknown(analyzer):
    query = analyzer.analyze("DS pay?")
    assert query.unknown == []
    assert "data scientist" in query.text
    assert {"salary", "compensation"} & set(query.tokens)


@pytest.mark.parametrize("question, fact", [
    ("DS pay?", "$176,213"),
    ("MLE salary in SF?", "$190,743"),
    ("whats the average sallary for an ML enginer?", "$157,969"),
    ("Which certifications are recommended for an ML education specialist?",
     "AWS Certified Machine Learning - Specialty"),
])
def test_short_and_misspelt_questions_are_answered(engine, question, fact):
    answer = engine.ask(question)
    assert answer.answered and fact in answer_text(answer)


@pytest.mark.parametrize("question", [
    "ML engineer salary in London in pounds?",
    "tuition for the Stanford ML masters?",
    "how many people passed the AWS ML Specialty exam last year",
    "how much does a BI developer earn?",
    "average data scientist salary in Berlin",
    "how do I cook pasta?",
])
def test_near_domain_traps_are_declined(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and answer.kind == "no_answer" and answer.citations == ()


def test_the_role_without_the_asked_aspect_is_not_an_answer(engine):
    """BI developers are described, and salaries are given, but never a BI developer's salary."""
    assert engine.ask("what does a BI developer do?").answered
    assert not engine.ask("how much does a BI developer earn?").answered


def test_a_flattened_list_is_quoted_with_its_items(engine):
    answer = engine.ask("Which certifications are recommended for an ML education specialist?")
    quotes = [c.quote for c in answer.citations]
    assert "Certifications (Recommended)" in quotes
    assert "AWS Certified Machine Learning - Specialty" in quotes
    assert "Google Cloud Professional Machine Learning Engineer" in quotes


def test_advice_about_an_unknown_situation_says_so_and_groups_quotes(engine):
    prompts = engine.prompts
    answer = engine.ask("I'm an accountant, pretty good with spreadsheets. "
                        "Is ML realistic for me and where do I start?")
    assert answer.answered and answer.text.startswith(prompts.replies.unknown_situation)
    headings = [prompts.advice.heading.format(aspect=getattr(prompts.advice, a))
                for a in ("path", "skills", "education", "experience")]
    assert sum(h in answer.text for h in headings) >= 2
    assert len(answer.citations) >= 2


def test_advice_whose_request_is_not_covered_is_declined(engine):
    assert not engine.ask("how do I get an H-1B visa to work as an ML engineer in the US?").answered


def test_answers_stay_short(engine):
    for question in ("MLE skills", "what does an NLP scientist work on", "DS pay?"):
        answer = engine.ask(question)
        assert answer.answered and len(answer.text) <= 900


def test_who_a_question_is_about_is_read_from_its_role_phrase():
    from bot.answer.query import subjects_of

    assert subjects_of("how much do deep learning specialists make") == [(("deep", "learning"), "specialist")]
    assert subjects_of("what does an average machine learning engineer earn") == [(("machine", "learning"), "engineer")]
    assert subjects_of("where do I start?") == []


def test_a_figure_for_another_role_does_not_answer(engine):
    """The documents give ML engineers' salaries, never those of narrower roles named like them."""
    assert engine.ask("what do machine learning engineers make in New York?").answered
    for question in ("what's the pay of a deep learning engineer?",
                     "salary of an AI pipeline engineer", "what do ML product managers earn"):
        assert not engine.ask(question).answered, question


def test_statements_before_an_advice_question_describe_the_asker(engine):
    """'physics grad, barely code.' is the asker's situation, not an unknown request."""
    answer = engine.ask("physics grad, barely code. which skills should I learn first for ML?")
    assert answer.answered and len(answer.citations) >= 2
    assert engine.ask("which data viz tools are used in machine learning?").answered


def test_units_with_different_figures_are_not_near_duplicates(engine):
    """Two salary items read alike to the model; their figures say different things."""
    answer = engine.ask("what's the salary range of an ML engineer, from lowest to highest?")
    assert "$70,000 to $285,000" in answer_text(answer)


def test_advice_about_pay_quotes_what_raises_it_not_only_figures(engine):
    answer = engine.ask("how do I boost my salary as a machine learning engineer?")
    assert answer.answered
    assert any(not any(ch.isdigit() for ch in c.quote) for c in answer.citations)


def test_how_big_asks_for_a_figure(engine):
    answer = engine.ask("how large will the shortage of ML professionals be by 2030?")
    assert answer.answered and any(ch.isdigit() for c in answer.citations for ch in c.quote)


def test_words_every_document_uses_do_not_narrow_a_role():
    """'ML' in 'ML education specialist' is in nearly every unit's context; 'pipeline' is not."""
    from bot.answer.query import subjects_of

    assert subjects_of("senior machine learning education specialist pay") == [(("learning", "education"), "specialist")]


def _unit(n: int, section: tuple[str, ...], label: str = "", kind: str = "sentence") -> Unit:
    return Unit(id=f"u{n}", source="doc.txt", kind=kind, start=n * 10, end=n * 10 + 5,
                text=f"text {n}", section=section, label=label)


def test_a_section_split_into_sub_sections_is_grouped_by_sub_heading():
    units = [_unit(0, ("Common Challenges",), kind="intro"),
             *(_unit(n, ("Common Challenges", h)) for n, h in
               enumerate(["Data Quality", "Data Quality", "Overfitting", "Deployment"], 1)),
             _unit(5, ("Salaries",))]
    assert first_units(units, ("doc.txt", ("Common Challenges",))) == (
        [1, 3, 4], ["Data Quality", "Overfitting", "Deployment"])
    assert section_rows(units, ("doc.txt", ("Common Challenges",))) == [1, 2, 3, 4]
    listed = [frozenset({"challenge"})]
    assert lists_it(group_of(units[1]), listed)
    # "Technical Skills › Soft Skills" is one list of skills, not one skill of a list
    assert not lists_it(group_of(_unit(6, ("Technical Skills", "Soft Skills"))), [frozenset({"skill"})])
    assert mostly_other(["Data Quality", "Overfitting", "Deployment"], listed)
    assert not mostly_other(["Project Challenges", "Team Challenges", "Data"], listed)


def test_labelled_groups_of_items_are_sub_sections_of_their_section():
    item = _unit(1, ("Core Responsibilities",), label="Curriculum Development", kind="item")
    group = group_of(item)
    assert group.parent == ("doc.txt", ("Core Responsibilities",))
    assert group.heading == "Curriculum Development"
    assert group_of(_unit(2, ("Overview",))) is None


def test_a_list_question_answered_by_sub_sections_quotes_one_per_heading(engine):
    """"Essential Soft Skills" holds one heading and paragraph per skill: the answer names
    several of them, each under its own heading, from one document, each cited."""
    answer = engine.ask("soft skills for ML scientists")
    parents = {(c.source, c.section[:-1]) for c in answer.citations}
    headings = {c.section[-1] for c in answer.citations}
    assert answer.answered and len(parents) == 1 and len(headings) == len(answer.citations) >= 5
    for citation in answer.citations:
        assert citation.section[-1] in unescape_markdown(answer.text)  # under its heading
    text = answer_text(answer)
    assert "Communication" in text and "Emotional Intelligence" in text


def test_a_short_sectioned_list_is_quoted_whole(engine):
    """A career ladder of three levels with two roles each fits in one answer: every role."""
    answer = engine.ask("career ladder for ML education specialists")
    labels = {c.label for c in answer.citations}
    assert answer.answered and len(labels) >= 3
    assert all(sum(c.label == label for c in answer.citations) >= 2 for label in labels)


def test_a_sub_section_that_is_the_list_itself_gets_no_overview(engine):
    """"skills for a deep learning specialist": the role's own skills item, not every sub-section
    of a "Technical Skills" section whose sub-headings are themselves lists of skills."""
    answer = engine.ask("skills for a deep learning specialist")
    assert "GPU programming" in answer_text(answer)
    assert len({c.section for c in answer.citations}) < len(answer.citations)
