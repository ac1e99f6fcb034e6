"""Reading a question in the corpus's own words (bot/answer/question.py): short forms spelled out,
typos corrected to corpus words, unknown and specific words measured, never declined here."""

from __future__ import annotations

import pytest

from bot.answer.question import Analyzer
from bot.index.knowledge import Knowledge, Role
from bot.index.lexical import stem
from bot.lexicon import load_lexicon
from conftest import REPO


def test_a_short_form_the_corpus_defines_is_spelled_out_and_names_the_role(roles_analyzer):
    q = roles_analyzer.analyze("What does an FSE earn?")
    assert "feature store engineer" in q.text and "fse" not in q.text.split()
    assert q.roles == ("feature store engineer",)
    assert {"feature", "store", "engineer"} <= set(q.terms)


def test_a_general_short_form_of_the_lexicon_is_spelled_out(roles_analyzer):
    q = roles_analyzer.analyze("avg sal of a sr model risk analyst")
    assert q.text.split()[:2] == ["average", "salary"] and "senior" in q.text.split()
    assert q.roles == ("model risk analyst",) and q.asks_amount


def test_a_role_is_named_by_its_first_word_and_a_noun_that_says_it_is_a_role():
    lexicon = load_lexicon(REPO / "prompts")
    from bot.index.knowledge import canonical

    names = ("MLOps Model Reliability Engineer", "Model Risk Analyst", "Model Validation Lead")
    knowledge = Knowledge(roles=tuple(Role(key=canonical(n, {}), name=n, count=3) for n in names))
    df = {w: 2 for r in knowledge.roles for w in r.key.split()} | {"pay": 1, "call": 1}
    analyzer = Analyzer(knowledge, lexicon, df, n_units=10)
    mlops = canonical(names[0], {})
    assert analyzer.analyze("on call for the mlops role?").roles == (mlops,)
    assert analyzer.analyze("pay in the MLOps job").roles == (mlops,)
    assert analyzer.analyze("the mlops one, pay?").roles == ()  # "one" may be anything
    assert analyzer.analyze("pay for the model role").roles == ()  # "model" begins two


def test_a_general_short_form_names_a_role_the_documents_spell_out():
    lexicon = load_lexicon(REPO / "prompts")
    knowledge = Knowledge(roles=(Role(key="information security analyst",
                                      name="Information Security Analyst", count=3),))
    df = {"information": 3, "security": 3, "analyst": 4, "growth": 2}
    analyzer = Analyzer(knowledge, lexicon, df, n_units=10)
    q = analyzer.analyze("infosec analyst job growth?")
    assert q.roles == ("information security analyst",)
    assert "information security analyst" in q.text


@pytest.mark.parametrize("typo, word", [("sallary", "salary"), ("statistcs", "statistic"),
                                        ("annotaton", "annotation")])
def test_a_typo_is_read_as_the_corpus_word_it_nearly_spells(roles_analyzer, typo, word):
    q = roles_analyzer.analyze(f"{typo} of a model risk analyst")
    assert word in q.terms and word in q.text.split()
    assert typo not in q.text.split() and q.unknown == ()


def test_a_word_the_model_knows_whole_is_read_as_a_corpus_word_only_with_another_ending(
        embedder):
    """The model's vocabulary is the spelling check's dictionary: "australia" is no typo of
    the corpus's "austria", while "manufacturers" is the corpus's "manufacture" and "sallary" (which
    the model holds only in pieces) is "salary"."""
    lexicon = load_lexicon(REPO / "prompts")
    df = {"austria": 2, "manufacture": 3, "salary": 5, "capital": 2}
    vocabulary = embedder.vocabulary
    assert {"australia", "manufacturers"} <= vocabulary and "sallary" not in vocabulary
    analyzer = Analyzer(Knowledge(), lexicon, df, n_units=10, vocabulary=vocabulary)
    q = analyzer.analyze("what is the capital of australia")
    assert "austria" not in q.terms and q.unknown == ("australia",)
    assert "manufacture" in analyzer.analyze("how do manufacturers use it").terms
    assert "salary" in analyzer.analyze("sallary?").terms
    # without the vocabulary, the near spelling wins
    assert "austria" in Analyzer(Knowledge(), lexicon, df, n_units=10).analyze(
        "what is the capital of australia").terms


def test_a_typo_in_a_role_still_finds_the_role(roles_analyzer):
    assert roles_analyzer.analyze("how much does an annotaton lead earn").roles == ("annotation lead",)


def test_words_the_corpus_never_uses_are_kept_as_unknown_not_declined(roles_analyzer):
    q = roles_analyzer.analyze("lasagna recipe for a model risk analyst")
    assert q.unknown == ("lasagna", "recipe")
    assert "lasagna" in q.terms and q.roles == ("model risk analyst",)


def test_short_unknown_words_are_not_corrected(roles_analyzer):
    q = roles_analyzer.analyze("data lake")  # "lake" is short: no guess at "label"
    assert "lake" in q.unknown and "label" not in q.terms


@pytest.mark.parametrize("question, specific", [
    ("model risk analyst salary in London", ("london",)),
    ("What did an annotation lead earn in 2019?", ("2019",)),
    ("feature store engineer pay in yen", ("yen",)),
    ("annotation lead hourly rate at Acme in Berlin", ("hourly", "acme", "berlin")),
])
def test_specific_terms_are_places_years_and_currency_words(roles_analyzer, question, specific):
    assert roles_analyzer.analyze(question).specific == specific


@pytest.mark.parametrize("question, specific", [
    ("what is the IC4 band?", ("ic4",)),  # a code of letters and digits
    ("M6 pay", ("m6",)),  # first, but no capitalised word of a sentence
    ("analyst pay at band 3?", ("3",)),  # a number after a word the documents use
    ("the category E course fee", ("e",)),  # a capital letter after one
    ("analyst pay at lvl 2", ("2",)),  # ... or after a short form the lexicon spells out
])
def test_what_names_one_of_a_series_is_specific(question, specific):
    assert series_analyzer().analyze(question).specific == specific


def test_the_pronoun_i_and_other_contractions_are_function_words(roles_analyzer):
    q = roles_analyzer.analyze("I'm a model risk analyst and I've got an offer, isn't that good?")
    assert q.specific == () and not {"i'm", "i've", "isn't"} & set(q.terms)
    assert roles_analyzer.analyze("im an annotation lead, whats the pay").terms[0] != "im"


@pytest.mark.parametrize("question", [
    "analyst pay over 250k?",  # an amount
    "analyst pay at band 3 years in",  # the start of a length of time
    "im 40, is analyst work for me",  # after a word the documents never use
    "analyst pay in a series A company",  # "a" is a word, not a label
    "analyst shift from 1am to 3",  # a time
    "top 5 analyst skills",  # a count: the documents write "top" before no number
])
def test_amounts_times_and_ages_are_not_labels(question):
    assert series_analyzer().analyze(question).specific == ()


def series_analyzer() -> Analyzer:
    """An analyzer over documents that write "Band 2", "Category A" and "Level 3" as names of
    series, and "top" and "shift" before no number."""
    texts = ["Analysts start at Band 2 and reach band 4.", "Category A courses take ten days.",
             "The Level 3 course fee is 200.", "The top employers pay well.",
             "A shift starts at noon.", "Series funding is common.", "I work with an analyst."]
    df = {stem(w): 2 for t in texts for w in t.lower().replace(".", "").split()}

    def texts_with(terms: list[str]) -> list[str]:
        return [t for t in texts if all(term in {stem(w) for w in t.lower().replace(".", "").split()}
                                        for term in terms)]

    knowledge = Knowledge(roles=(Role(key="analyst", name="Analyst", count=3),))
    return Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, n_units=10,
                    texts_with=texts_with)


@pytest.mark.parametrize("question", [
    "Salary of a model risk analyst",  # the first word is capitalised anyway
    "What does a Senior Model Risk Analyst earn?",  # level and role words
    "What does an FSE do?",  # a short form the corpus defines
    "Which skills does an annotation lead need?",
])
def test_capitalised_ordinary_words_are_not_specific(roles_analyzer, question):
    assert roles_analyzer.analyze(question).specific == ()


def test_levels_and_amount_questions(roles_analyzer):
    q = roles_analyzer.analyze("how much does a junior model risk analyst make")
    assert q.levels == ("junior",) and q.asks_amount
    # "much" and "make" ask for a figure: no quote need contain them ("$61,000 to $74,000")
    assert not {"much", "make"} & set(q.terms) and {"model", "risk", "analyst"} <= set(q.terms)
    assert "salary" in roles_analyzer.analyze("model risk analyst salary").terms  # a topic too
    q = roles_analyzer.analyze("which skills does a model risk analyst need")
    assert q.levels == () and not q.asks_amount


def test_a_level_word_inside_a_role_name_is_not_a_level(roles_analyzer):
    """"lead" is a level ("a lead engineer") but in "annotation lead" it names the role."""
    assert roles_analyzer.analyze("how much does an annotation lead earn").levels == ()
    q = roles_analyzer.analyze("what does a senior annotation lead earn")
    assert q.levels == ("senior",) and q.roles == ("annotation lead",)


def test_the_longest_role_named_wins_over_roles_inside_it():
    lexicon = load_lexicon(REPO / "prompts")
    knowledge = Knowledge(roles=(Role(key="store engineer", name="store engineer", count=3),
                                 Role(key="feature store engineer", name="FSE", count=3)))
    df = {"feature": 2, "store": 3, "engineer": 5, "pay": 1}
    analyzer = Analyzer(knowledge, lexicon, df, n_units=10)
    assert analyzer.analyze("feature store engineer pay").roles == ("feature store engineer",)
    assert analyzer.analyze("store engineer pay").roles == ("store engineer",)
    assert analyzer.analyze("engineer pay").roles == ()


def test_a_clipped_word_the_corpus_uses_names_the_role_it_clips():
    knowledge = Knowledge(abbreviations={"quant": "quantitative"},
                          roles=(Role(key="quantitative researcher", name="Quantitative Researcher",
                                      count=5, headed=True),))
    df = {stem(w): n for w, n in (("quant", 3), ("quantitative", 4), ("researcher", 9),
                                  ("earn", 2))}
    q = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20).analyze(
        "what do quant researchers earn?")
    assert q.roles == ("quantitative researcher",)
    assert "quant" in q.terms  # the documents' own word is still searched


def test_a_word_clipped_in_the_question_names_the_role_it_starts():
    """People clip words the documents write in full ("tech writer", "search rel engineer"); a
    clipping must end on the role's own job noun, and a function word is no clipping."""
    knowledge = Knowledge(roles=(
        Role(key="technical writer", name="Technical writer", count=5, headed=True),
        Role(key="theoretical physicist", name="Theoretical physicist", count=5, headed=True),
        Role(key="search relevance engineer", name="Search relevance engineer", count=5)))
    df = {stem(w): 3 for w in ("technical", "writer", "theoretical", "physicist", "search",
                               "relevance", "engineer", "pay")}
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20)
    assert analyzer.analyze("how much does a tech writer make?").roles == ("technical writer",)
    assert analyzer.analyze("the search rel engineer loop").roles == ("search relevance engineer",)
    assert analyzer.analyze("pay for the theo physicist").roles == (
        "theoretical physicist",)
    assert analyzer.analyze("pay for the the physicist").roles == (  # "the" clips nothing: the
        "theoretical physicist",)  # role is named by its job noun, the only role ending in it
    assert analyzer.analyze("tech engineer pay").roles == ()  # the job noun must be the role's
    assert analyzer.analyze("technical writer vs tech writer").roles == ("technical writer",)


def test_a_role_named_without_its_leading_words_is_found_when_no_other_role_fits():
    knowledge = Knowledge(roles=(
        Role(key="machine learning education specialist", count=5, headed=True,
             name="ML Education Specialist"),
        Role(key="machine learning engineer", name="ML Engineer", count=5, headed=True),
        Role(key="deep learning engineer", name="DL Engineer", count=5, headed=True)))
    df = {stem(w): 3 for w in ("machine", "learning", "education", "specialist", "engineer",
                               "deep", "remote")}
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20)
    assert analyzer.analyze("do education specialists work remote?").roles == (
        "machine learning education specialist",)
    # two roles end in "learning engineer": it names neither
    assert analyzer.analyze("what do learning engineers do?").roles == ()


def test_a_short_form_s_plural_names_the_role_in_the_singular():
    knowledge = Knowledge(roles=(Role(key="database administrator", count=5, headed=True,
                                      name="Database Administrator"),))
    df = {stem(w): 3 for w in ("database", "administrator", "dba", "earn")}
    q = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20).analyze(
        "what do the top 10% of DBAs earn?")
    assert q.roles == ("database administrator",)


def test_a_role_s_field_names_the_role_as_a_role_name_would():
    knowledge = Knowledge(roles=(
        Role(key="platform engineer", name="Platform Engineer", count=5, headed=True),
        Role(key="data scientist", name="Data Scientist", count=5, headed=True)))
    df = {stem(w): 3 for w in ("platform", "engineering", "engineer", "data", "science",
                               "scientist", "certification")}
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20)
    assert analyzer.analyze("certifications for platform engineering").roles == ("platform engineer",)
    # each role of a message may be named its own way, one outright and one by its field
    assert analyzer.analyze("from data science to platform engineer?").roles == (
        "data scientist", "platform engineer")
    assert analyzer.analyze("platform engineering vs data scientist pay").roles == (
        "platform engineer", "data scientist")
    # words read as one role are not read again as another's field
    assert analyzer.analyze("data scientist certifications").roles == ("data scientist",)


def test_a_role_is_named_by_its_job_noun_when_no_other_role_ends_in_it():
    knowledge = Knowledge(roles=(
        Role(key="museum curator", name="Museum curator", count=5, headed=True),
        Role(key="data engineer", name="Data engineer", count=5, headed=True),
        Role(key="platform engineer", name="Platform engineer", count=5, headed=True),
        Role(key="product manager", name="Product manager", count=5, headed=True)))
    words = ("museum", "curator", "data", "platform", "engineer", "product", "manager", "pay")
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), {stem(w): 3 for w in words}, 20)
    assert analyzer.analyze("what do curators get paid?").roles == ("museum curator",)
    assert analyzer.analyze("what do engineers get paid?").roles == ()  # two roles end in it
    assert analyzer.analyze("what do managers get paid?").roles == ()  # a generic job noun


def test_each_role_of_a_comparison_may_be_named_its_own_way():
    """One by the words before its job noun (that the documents write mostly in its name), the
    other by its field: both are named, in the order the message names them."""
    knowledge = Knowledge(roles=(
        Role(key="health informatic specialist", name="Health Informatics Specialist", count=5,
             headed=True),
        Role(key="epidemiologist", name="Epidemiologist", count=5, headed=True)))
    texts = ["Health informatics specialists build records systems."] * 3
    words = ("health", "informatics", "specialist", "epidemiology", "epidemiologist", "growth")
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), {stem(w): 3 for w in words},
                        20, texts_with=lambda terms: texts)
    assert analyzer.analyze("health informatics vs epidemiology: which grows faster?").roles == (
        "health informatic specialist", "epidemiologist")


def test_a_role_the_documents_hyphenate_is_named_with_or_without_the_hyphen():
    """Question words come without hyphens: "recommender systems engineer" and
    "recommender-systems engineer" both name the role a heading writes with one."""
    knowledge = Knowledge(roles=(Role(key="recommender-systems engineer", count=9, headed=True,
                                      name="Recommender-systems engineer"),
                                 Role(key="data engineer", name="data engineer", count=4)))
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"),
                        {"recommender": 3, "systems": 3, "engineer": 9, "data": 4}, 20)
    for question in ("what does a recommender-systems engineer earn?",
                     "recommender systems engineer salary", "Recommender Systems Engineers: skills?"):
        assert analyzer.analyze(question).roles == ("recommender-systems engineer",), question
    assert analyzer.analyze("data engineer salary").roles == ("data engineer",)


def test_specific_things_read_from_the_message_as_typed_can_be_given(roles_analyzer):
    q = roles_analyzer.analyze("model risk analyst salary in berlin", specific=["Berlin"])
    assert q.specific == ("berlin",)
    assert roles_analyzer.analyze("model risk analyst salary in berlin").specific == ()


def test_a_role_is_named_by_the_words_before_its_job_noun_and_a_noun_standing_for_it():
    knowledge = Knowledge(roles=(
        Role(key="gis specialist", name="GIS Specialist", count=5, headed=True),
        Role(key="data engineer", name="Data Engineer", count=5, headed=True),
        Role(key="data analyst", name="Data Analyst", count=5, headed=True)))
    df = {stem(w): 3 for w in ("gis", "specialist", "data", "engineer", "analyst", "pay")}
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20)
    assert analyzer.analyze("the GIS one").roles == ("gis specialist",)
    assert analyzer.analyze("what does the gis role pay").roles == ("gis specialist",)
    assert analyzer.analyze("the data one").roles == ()  # "data" begins two roles' names
    assert analyzer.analyze("which one pays more").roles == ()


def test_the_scope_spans_are_where_the_searched_text_names_its_roles(roles_analyzer):
    q = roles_analyzer.analyze("Which tools does an FSE use?")
    assert [q.text[a:b] for a, b in q.scope_spans] == ["feature", "store", "engineer"]
    assert roles_analyzer.analyze("Which tools do people use?").scope_spans == ()
    q = roles_analyzer.analyze("how long do last summer internships", topic=["Summer", "internships"])
    assert [q.text[a:b] for a, b in q.scope_spans] == ["summer", "internships"]
    # a word of the role's name said outside the name is what is asked of the role
    q = roles_analyzer.analyze("which feature does an FSE build first?")
    assert [q.text[a:b] for a, b in q.scope_spans] == ["feature", "store", "engineer"]
    assert q.text.startswith("which feature ")


def test_a_level_word_that_begins_a_place_the_corpus_names_is_not_a_level(roles_analyzer):
    a = roles_analyzer
    analyzer = Analyzer(a.knowledge, a.lexicon, a.df, a.n_units, frozenset({"york"}))
    assert analyzer.analyze("What does a senior annotation lead earn in New York?").levels \
        == ("senior",)
    assert analyzer.analyze("new grad pay in new york").levels == ("new",)
    assert a.analyze("pay in New York").levels == ("new",)  # a corpus that never names it


def test_a_reading_is_kept_for_the_second_read_and_lists_are_accepted(roles_analyzer):
    first = roles_analyzer.analyze("What does an annotation lead earn in Berlin?", ["Berlin"], [])
    again = roles_analyzer.analyze("What does an annotation lead earn in Berlin?", ("Berlin",), ())
    assert again is first  # the dialogue stage and the replier read a message once between them
    roles_analyzer.forget()
    fresh = roles_analyzer.analyze("What does an annotation lead earn in Berlin?", ["Berlin"])
    assert fresh is not first and fresh == first


def test_a_role_s_leading_words_alone_name_it_when_the_documents_use_them_mostly_in_its_name():
    """"The search relevance loop" means the search relevance engineer where the documents write
    "search relevance" mostly inside that name; "machine learning platform", written mostly on
    its own, means the platform."""
    knowledge = Knowledge(roles=(
        Role(key="search relevance engineer", name="Search relevance engineer", count=5),
        Role(key="machine learning platform engineer", name="ML platform engineer", count=5)))
    texts = {
        ("search", "relevance"): ["A search relevance engineer tunes ranking.",
                              "Search relevance engineers own the judged set.",
                              "Search relevance work is measured offline."],
        ("machine", "learning"): ["Every machine learning platform is different.",
                                  "A machine learning platform needs data.",
                              "A machine learning platform engineer runs the platform."],
    }
    words = ("search", "relevance", "engineer", "machine", "learning", "platform", "loop")
    df = {stem(w): 3 for w in words}

    def texts_with(terms):
        return next((t for key, t in texts.items() if tuple(terms[:2]) == key), [])

    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20, texts_with=texts_with)
    assert analyzer.analyze("what's the search relevance loop like?").roles == (
        "search relevance engineer",)
    assert analyzer.analyze("is machine learning platform work hard?").roles == ()
    # without the documents' texts nothing is named this way
    bare = Analyzer(knowledge, load_lexicon(REPO / "prompts"), df, 20)
    assert bare.analyze("what's the search relevance loop like?").roles == ()


def test_a_word_that_frames_the_question_is_no_topic_when_the_documents_never_use_it():
    """"How much do analysts get paid?": where the documents never write "get" it is neither an
    unknown word nor a term the answer must hold; where they do, it is searched like any other."""
    knowledge = Knowledge(roles=(Role(key="model risk analyst", name="Model risk analyst",
                                      count=5, headed=True),))
    lexicon = load_lexicon(REPO / "prompts")
    df = {stem(w): 3 for w in ("model", "risk", "analyst", "salary")}
    q = Analyzer(knowledge, lexicon, df, 20).analyze("how much do model risk analysts get paid?")
    assert "get" not in q.terms and q.unknown == () and q.asks_amount
    q = Analyzer(knowledge, lexicon, {**df, "get": 2}, 20).analyze(
        "how much do model risk analysts get paid?")
    assert "get" in q.terms


def test_a_role_is_named_by_the_field_its_name_is_made_from():
    """"podiatry" names the podiatrist and "diagnostic radiography" the diagnostic radiographer,
    as English makes the agent noun from the field; a one-word role is not named by a field the
    lexicon lists for it ("statistics" is asked about more often than the statistician)."""
    knowledge = Knowledge(roles=(
        Role(key="podiatrist", name="Podiatrist", count=5, headed=True),
        Role(key="diagnostic radiographer", name="Diagnostic radiographer", count=5, headed=True),
        Role(key="statistician", name="Statistician", count=5, headed=True)))
    words = ("podiatry", "podiatrist", "diagnostic", "radiography", "radiographer",
             "statistics", "statistician", "level", "degree")
    analyzer = Analyzer(knowledge, load_lexicon(REPO / "prompts"), {stem(w): 3 for w in words}, 20)
    assert analyzer.analyze("what A levels do I need for podiatry?").roles == ("podiatrist",)
    assert analyzer.analyze("how long is a diagnostic radiography degree?").roles == (
        "diagnostic radiographer",)
    assert analyzer.analyze("where do I find statistics on pay?").roles == ()
