"""Folding a conversation into the turn its last message asks (bot/dialogue/context.py), on the
knowledge of three made-up roles, without model or index."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.dialogue.context import Context, function_word, user_messages
from bot.errors import QuestionError
from bot.lexicon import load_lexicon
from conftest import REPO


@pytest.fixture(scope="module")
def context(roles_analyzer) -> Context:
    names = {r.key: r.name for r in roles_analyzer.knowledge.roles}
    return Context(roles_analyzer, load_lexicon(REPO / "prompts"), names)


def history(*messages: str) -> list[dict]:
    out: list[dict] = []
    for m in messages:
        out += [{"role": "user", "content": m}, {"role": "assistant", "content": "an answer"}]
    return out


def test_a_first_message_stands_alone(context):
    turn = context.resolve("What does a junior model risk analyst earn?", None)
    assert turn.first and not turn.followup and turn.compare == ()
    assert turn.roles == ("model risk analyst",) and turn.levels == ("junior",)
    assert "earn" in turn.aspect
    assert context.resolve("What does a junior model risk analyst earn?", []).first


@pytest.mark.parametrize("message", ["is it worth it?", "how long does it take",
                                     "is it a good job though?", "what does this pay?"])
def test_a_first_message_whose_topic_is_only_it_is_unresolved(context, message):
    turn = context.resolve(message, None)
    assert turn.first and turn.unresolved


@pytest.mark.parametrize("message", ["is a psychology degree worth it?",
                                     "how long does the Berlin programme take? is it paid?",
                                     "how long does it take to become an annotation lead?"])
def test_it_after_a_topic_of_the_message_points_at_that_topic(context, message):
    assert not context.resolve(message, None).unresolved


@pytest.mark.parametrize("message", ["what tools do they use day to day?",
                                     "what's the interview process like for that role?",
                                     "how much do they earn?",
                                     "do you sponsor visas for the role?",
                                     "what mistakes do people make in the job?"])
def test_a_first_message_pointing_at_a_role_it_never_names_is_unresolved(context, message):
    turn = context.resolve(message, None)
    assert turn.first and turn.unresolved and turn.roles == ()
    # with a turn before it, the same message points at that turn's role
    later = context.resolve(message, history("What does an annotation lead do?"))
    assert not later.unresolved and later.roles == ("annotation lead",)


def test_the_answer_to_which_role_asks_the_question_before_of_that_role(context):
    # "how much do they make?" was asked back "which role?"; the reply names the role and adds
    # a qualifier of its own: the question is still what they make
    turn = context.resolve("I mean feature store engineers, new grads with a BS",
                           history("how much do they make?"))
    assert turn.roles == ("feature store engineer",) and turn.followup
    assert "make" in turn.aspect and "grads" in turn.aspect
    assert "make" in turn.query and "feature store engineer" in turn.query
    # after a message that named a role, a new question with its own aspect stands alone
    turn = context.resolve("what tools do feature store engineers use?",
                           history("how much do annotation leads make?"))
    assert "make" not in turn.aspect


@pytest.mark.parametrize("message", [
    "what tools do annotation leads use?",  # the role is named
    "how do big companies organise their data teams and who leads them?",  # "their": the companies
    "didn't get the job after the final loop, can I try again?",  # "the job" points at no role
    "how is the job market for annotation work?",  # the role noun qualifies "market"
    "is that job market growing?",
])
def test_a_first_message_that_names_what_it_points_at_is_resolved(context, message):
    assert not context.resolve(message, None).unresolved


def test_a_follow_up_replaces_the_level_and_keeps_role_and_aspect(context):
    turn = context.resolve("and a senior one?", history("What does a junior model risk analyst earn?"))
    assert turn.followup and not turn.first
    assert turn.roles == ("model risk analyst",) and turn.levels == ("senior",)
    assert turn.aspect == ("earn",)
    words = turn.query.split()
    assert "senior" in words and "junior" not in words and "earn" in words
    assert "one" not in words  # it stood for the role inherited, and is no topic to search
    assert words[0] == "senior"  # "and a" joined the fragment to the turn before
    # however many openers join it: "and for a", "ok so what about the"
    for message in ("and for a senior one?", "so what about the senior ones?"):
        turn = context.resolve(message, history("What does a junior model risk analyst earn?"))
        assert turn.query.split()[0] == "senior", message
    turn = context.resolve("what about the feature store engineer?",
                           history("Which skills does a model risk analyst need?"))
    assert turn.query.lower().startswith("feature store engineer")


def test_a_follow_up_replaces_the_role_and_keeps_the_aspect(context):
    turn = context.resolve("what about a feature store engineer?",
                           history("Which skills does a model risk analyst need?"))
    assert turn.followup and turn.roles == ("feature store engineer",)
    assert "skills" in turn.aspect
    assert "feature store engineer" in turn.query.lower() and "model risk" not in turn.query.lower()


def test_a_follow_up_with_a_pronoun_keeps_the_role_and_takes_the_new_aspect(context):
    turn = context.resolve("how much do they make?", history("What does an annotation lead do?"))
    assert turn.followup and turn.roles == ("annotation lead",)
    assert "make" in turn.aspect and "annotation lead" in turn.query.lower()


def test_a_pronoun_with_no_role_in_context_points_at_the_topic_before(context):
    """"how long do they last?" after a question about internships: "they" are the internships,
    which are searched as the topic, while what is asked is the message's own."""
    turn = context.resolve("how long do they last?",
                           history("How much do summer internships in Berlin pay?"))
    assert turn.followup and not turn.roles
    assert {"summer", "internships"} <= set(turn.topic) and "berlin" in turn.topic
    assert "internships" in turn.query and "long" in turn.query
    assert not {"long", "last"} & set(turn.topic)
    # with a role in context the role is what "they" are, and no topic is borrowed
    turn = context.resolve("how long do they train?", history("What does an annotation lead do?"))
    assert turn.roles == ("annotation lead",) and turn.topic == ()
    # a message with nothing of its own to ask inherits the question, which is no topic
    turn = context.resolve("and in Lisbon?", history("How much do summer internships pay?"))
    assert turn.topic == () and "internships" in turn.query


def test_a_pronoun_after_a_pronoun_still_points_at_the_thing_first_asked_about(context):
    """"how long do they last?", then "any help with housing for them?": "they" are the
    internships both times, not the length asked about in between; and the words that asked for a kind of
    answer ("pay", "long") are what those turns asked, not what is pointed at."""
    before = history("How much do summer internships pay?", "how long do they last?")
    turn = context.resolve("is there any help with housing for them?", before)
    assert {"summer", "internships"} <= set(turn.topic) and "housing" in turn.aspect
    assert not {"pay", "long"} & set(turn.topic) and "internships" in turn.query


def test_with_a_role_in_context_it_points_at_the_thing_asked_about_not_the_role(context):
    before = history("which licence does an annotation lead need to label medical images?")
    turn = context.resolve("how often do you renew it?", before)
    assert turn.roles == ("annotation lead",) and "licence" in turn.topic
    assert "licence" in turn.query and "renew" in turn.aspect
    # "they" are the role's people: nothing of the turn before is their topic
    turn = context.resolve("how often do they travel?", before)
    assert turn.roles == ("annotation lead",) and turn.topic == () and "licence" not in turn.query


def test_a_fragment_with_no_role_keeps_the_question_before_and_adds_its_detail(context):
    """"and for graduates?" after a question about internships' pay asks that question again,
    of graduates (with no role in context a message with words of its own would stand alone)."""
    turn = context.resolve("and for graduates?", history("How much do summer internships pay?"))
    assert turn.followup and not turn.roles and "graduates" in turn.aspect
    assert {"summer", "internships", "pay"} <= set(turn.query.split())
    # without the opener it is a question of its own
    turn = context.resolve("graduate schemes?", history("How much do summer internships pay?"))
    assert not turn.followup and "internships" not in turn.query


def test_a_comparison_side_the_documents_head_no_role_for_is_compared_by_its_words(context):
    turn = context.resolve("model risk analyst vs actuary, who earns more?", None)
    assert turn.compare == ("model risk analyst", "actuary")
    assert "actuary" not in turn.aspect and "earns" in turn.aspect  # the side, not the topic
    turn = context.resolve("is a data actuary or an annotation lead better paid?", None)
    assert turn.compare == ("data actuary", "annotation lead")  # in the order named
    # the side is carried as the roles are
    later = context.resolve("and which needs a degree?",
                            history("model risk analyst vs actuary, who earns more?"))
    assert later.compare == ("model risk analyst", "actuary")


@pytest.mark.parametrize("message", [
    "do model risk analysts need a masters or a PhD?",  # "or" joins no job
    "model risk analyst vs engineer pay",  # a generic job noun alone is nobody in particular
])
def test_no_free_side_without_a_job_that_is_someone_in_particular(context, message):
    assert context.resolve(message, None).compare == ()


def test_a_word_that_only_adds_to_the_question_points_at_nothing(context):
    """"too" or "also" marks a follow-up but stands for nothing said before: "do interns get
    stock options too?" is asked of interns, not of the housing asked about before."""
    before = history("How much do summer internships in Berlin pay?",
                     "do they help with housing if I move?")
    for message in ("do interns get stock options too?", "do interns also get a laptop?"):
        turn = context.resolve(message, before)
        assert turn.topic == () and not turn.roles
        assert "berlin" not in turn.query and "housing" not in turn.query
        assert "interns" in turn.query
    # a word that stands for the topic before still brings it
    turn = context.resolve("do they get stock options too?", before)
    assert "housing" in turn.topic


def test_the_level_of_a_role_named_with_a_level_word_is_not_carried(context):
    """"lead" in "annotation lead" is the role's name, not a level for the next role."""
    turn = context.resolve("what about a feature store engineer?",
                           history("What does an annotation lead earn?"))
    assert turn.levels == () and "lead" not in turn.query.split()


def test_a_follow_up_folds_the_whole_conversation(context):
    turn = context.resolve("and a senior one?", history(
        "What does a junior model risk analyst earn?", "what about a feature store engineer?"))
    assert turn.roles == ("feature store engineer",) and turn.levels == ("senior",)
    assert "earn" in turn.aspect


def test_a_standalone_question_is_not_merged(context):
    turn = context.resolve("Which skills does a feature store engineer need?",
                           history("What does a junior model risk analyst earn?"))
    assert not turn.followup and not turn.first
    assert turn.roles == ("feature store engineer",) and turn.levels == ()
    assert turn.query == context.analyzer.analyze(turn.message).text


@pytest.mark.parametrize("opening", ["different question:", "ok different question -",
                                     "Okay, never mind.", "well, switching topics:",
                                     "diff topic -", "new question:"])
def test_a_switch_phrase_after_a_filler_keeps_nothing_of_the_turns_before(context, opening):
    turn = context.resolve(f"{opening} how much does a feature store engineer make?",
                           history("What does an annotation lead do?"))
    assert not turn.followup and turn.compare == () and turn.roles == ("feature store engineer",)
    assert "annotation" not in turn.query.lower() and "question" not in turn.query.lower()


@pytest.mark.parametrize("opening", ["never mind annotation leads.", "ok forget annotation -",
                                     "Forget the annotation lead role,",
                                     "enough about annotation leads —"])
def test_what_a_dismissal_names_is_left_behind(context, opening):
    turn = context.resolve(f"{opening} what about feature store engineers in Lisbon?",
                           history("What does an annotation lead earn?"))
    assert turn.roles == ("feature store engineer",) and turn.compare == ()
    assert "annotation" not in turn.query.lower() and not turn.followup


def test_a_dismissal_with_nothing_after_its_clause_is_read_as_typed(context):
    lexicon = context.lexicon
    assert lexicon.switch("never mind, what about pay?") == "never mind, "
    assert lexicon.switch("forget the salary") is None  # nothing follows: no question to ask
    assert lexicon.switch("forgetting deadlines: is it common?") is None  # another word


def test_a_switch_phrase_is_found_in_the_singular_and_the_plural(context):
    lexicon = context.lexicon  # the lexicon says "switching topics" and "different question"
    assert lexicon.switch("switching topic - what do BI developers earn?") == "switching topic - "
    assert lexicon.switch("different questions: what do BI developers earn?") \
        == "different questions: "
    assert lexicon.switch("switching topicsx: what?") is None
    turn = context.resolve("switching topic - what about feature store engineers in Lisbon?",
                           history("What does an annotation lead earn?"))
    assert "annotation" not in turn.query.lower() and not turn.followup


def test_two_roles_and_a_comparison_word_compare(context):
    turn = context.resolve("model risk analyst vs annotation lead salary", None)
    assert turn.compare == ("model risk analyst", "annotation lead")
    # the sides come in the order the message names them
    turn = context.resolve("which pays better, an annotation lead or a feature store engineer?", None)
    assert turn.compare == ("annotation lead", "feature store engineer")
    turn = context.resolve("annotation lead vs model risk analyst salary", None)
    assert turn.compare == ("annotation lead", "model risk analyst")


def test_one_role_compared_with_the_role_before(context):
    turn = context.resolve("how is that different from an annotation lead?",
                           history("What does a model risk analyst do?"))
    assert turn.compare == ("model risk analyst", "annotation lead")
    assert turn.roles == turn.compare


def test_a_comparison_pointing_back_compares_on_the_topic_before(context):
    """"how does that compare to ...": the level, place and aspect of the turn before are what
    is compared; a place or level the message names is the new side's, and the side from the
    turn before keeps its own. A comparison that asks its own new aspect ("which of the two
    needs a PhD?") leaves the old aspect behind."""
    before = history("How much does a junior model risk analyst earn in Berlin?")
    turn = context.resolve("how does that compare to an annotation lead at the same level?", before)
    assert turn.compare == ("model risk analyst", "annotation lead")
    assert turn.levels == ("junior",) and "earn" in turn.aspect
    assert turn.side(0) == turn.side(1) == (("junior",), ("berlin",))
    turn = context.resolve("and how does that compare with a senior annotation lead in Lisbon?",
                           before)
    assert turn.side(0) == (("junior",), ("berlin",))
    assert turn.side(1) == (("senior",), ("lisbon",))
    assert "earn" in turn.aspect and not {"berlin", "lisbon"} & {w.lower() for w in turn.aspect}
    turn = context.resolve("which of the two needs a degree?",
                           history("model risk analyst vs annotation lead salary"))
    assert turn.compare == ("model risk analyst", "annotation lead")
    assert "degree" in turn.aspect and "salary" not in turn.aspect
    turn = context.resolve("which of the two earns more in Lisbon?", history(
        "How much does a model risk analyst earn in Berlin?",
        "how does that compare to an annotation lead in Porto?"))
    assert turn.compare == ("model risk analyst", "annotation lead")
    assert turn.side(0)[1] == turn.side(1)[1] == ("lisbon",)


def test_a_follow_up_about_them_after_a_comparison_compares_the_same_two_on_its_own_topic(context):
    before = history("model risk analyst vs annotation lead: which is easier to get into?")
    for message in ("how long are their hiring processes?", "and how long do they take to hire?"):
        turn = context.resolve(message, before)
        assert turn.compare == ("model risk analyst", "annotation lead")
        assert "hiring" in turn.aspect or "hire" in turn.aspect
        assert "easier" not in turn.aspect  # the question before was answered
    # a message naming no role and pointing at neither is about the role before, alone
    assert context.resolve("what tools are used?", before).compare == ()


def test_a_question_asking_what_a_role_is_stands_alone(context):
    """"What does X do?" after a question about pay asks what the job is, not what it pays; a
    fragment naming the role ("and an annotation lead?") still asks what was asked before."""
    before = history("What does a junior model risk analyst earn?")
    for message in ("What does an annotation lead do?", "who is an annotation lead?",
                    "tell me about annotation leads"):
        turn = context.resolve(message, before)
        assert turn.roles == ("annotation lead",) and not turn.followup, message
        assert "earn" not in turn.query and turn.aspect == (), message
    turn = context.resolve("and an annotation lead?", before)
    assert turn.followup and "earn" in turn.query


def test_a_fragment_after_a_comparison_goes_on_comparing_the_same_two(context):
    """A follow-up keeps the topic and replaces one detail (TREC CAsT): after a comparison the
    topic is both sides, and a level or place the fragment names is each side's."""
    before = history("model risk analyst vs annotation lead, senior pay?")
    for message in ("and in Lisbon?", "what about at junior level?", "and the bonus?"):
        turn = context.resolve(message, before)
        assert turn.compare == ("model risk analyst", "annotation lead"), message
    turn = context.resolve("and in Lisbon?", before)
    assert turn.side(0) == turn.side(1) == (("senior",), ("lisbon",))
    assert "pay" in turn.aspect
    turn = context.resolve("what about at junior level?", before)
    assert turn.side(0)[0] == turn.side(1)[0] == ("junior",)
    # a comparison word with no role to compare still compares the two before, at the new place
    turn = context.resolve("and at the same level in Lisbon?", before)
    assert turn.compare == ("model risk analyst", "annotation lead")
    assert turn.side(0)[1] == turn.side(1)[1] == ("lisbon",)
    assert context.resolve("are archivists paid more?", before).compare == ()
    # a fragment naming a role of its own, or only a job the documents do not describe, is no
    # longer that comparison
    assert context.resolve("and a feature store engineer?", before).compare != (
        "model risk analyst", "annotation lead")
    assert context.resolve("what about archivists?", before).compare == ()


def test_an_or_between_two_other_things_compares_no_roles(context):
    before = history("What does an annotation lead earn?")
    turn = context.resolve("now for feature store engineers: do they need a masters or PhD?", before)
    assert turn.compare == () and turn.roles == ("feature store engineer",)
    turn = context.resolve("is that more than a feature store engineer or an annotation lead?",
                           history("What does a model risk analyst earn?"))
    assert turn.compare == ("feature store engineer", "annotation lead")
    turn = context.resolve("or a feature store engineer, what do they earn?", before)
    assert turn.compare == ("annotation lead", "feature store engineer")


def test_a_weak_comparison_word_with_one_role_is_no_comparison(context):
    """"or"/"more" compare only two roles named together: "or an annotation lead?" switches."""
    turn = context.resolve("or an annotation lead?", history("What does a model risk analyst earn?"))
    assert turn.compare == () and turn.roles == ("annotation lead",) and turn.followup
    assert context.resolve("model risk analyst salary", None).compare == ()
    # "more" is also a follow-up word, but not one that points back at the role before
    turn = context.resolve("actually I'm more curious about annotation leads, mid-level pay?",
                           history("What does a model risk analyst do?"))
    assert turn.compare == () and turn.roles == ("annotation lead",)
    turn = context.resolve("is that better paid than an annotation lead?",
                           history("What does a model risk analyst earn?"))
    assert turn.compare == ("model risk analyst", "annotation lead")


@pytest.mark.parametrize("bad", ["What does an annotation lead do?", b"bytes", 42,
                                 {"role": "user", "content": "hi"}])
def test_a_history_that_is_not_a_list_of_messages_is_a_question_error(context, bad):
    with pytest.raises(QuestionError, match=f"history must be a list of messages, not {type(bad).__name__}"):
        context.resolve("and a senior one?", bad)


def test_history_messages_are_read_leniently():
    class Message:
        role, content = "user", "What does an   annotation\nlead do?"

    messy = [{"role": "user", "content": [{"file": "x.png"}]}, {"role": "user", "content": None},
             {"role": "user", "content": "  "}, {"role": "assistant", "content": "no"},
             {"content": "no role"}, Message(), 42, None]
    assert user_messages(messy) == ["What does an annotation lead do?"]
    assert user_messages(None) == [] and user_messages(()) == []


def test_a_role_named_with_its_hyphen_left_out_is_no_aspect(context):
    # a corpus that writes "recommender-systems engineer", asked "as a recommender systems
    # engineer": the name's words are the role, not what the message asks of it
    q = replace(context.analyzer.analyze("as a feature store engineer"),
                roles=("feature-store engineer",))
    assert context._aspect(q) == ()


def test_asides_are_left_out_wherever_they_stand(context):
    lexicon = context.lexicon
    assert lexicon.without_asides("model risk analysts, I mean") == "model risk analysts"
    assert lexicon.without_asides("what, you know, do they earn?") == "what do they earn?"
    assert lexicon.without_asides("sorry") == "sorry"  # nothing but an aside: kept as typed
    assert lexicon.without_asides("the mean salary") == "the mean salary"
    assert lexicon.without_asides("hi-tech jobs, please") == "hi-tech jobs"  # a word's part stays


def test_a_role_named_in_another_form_is_no_aspect(context):
    # "actuaries" is the role "actuary": stems compare, not the letters
    q = replace(context.analyzer.analyze("what do actuaries study"), roles=("actuary",))
    assert context._aspect(q) == ("study",)


def test_a_word_of_the_role_s_name_said_outside_it_is_what_is_asked(context):
    # "education" names the topic once and is part of the role's name once
    q = replace(context.analyzer.analyze("what education does a feature store engineer need"),
                roles=("feature store engineer",))
    assert context._aspect(q) == ("education",)
    q = replace(context.analyzer.analyze("which store does a feature store engineer use"),
                roles=("feature store engineer",))
    assert context._aspect(q) == ("store", "use")
    # a role named twice (typed, then inherited) is its name both times; a role named in part
    # ("the feature one") is named by its longest run of words
    q = replace(context.analyzer.analyze("feature store engineer pay feature store engineer"),
                roles=("feature store engineer",))
    assert context._aspect(q) == ("pay",)
    q = replace(context.analyzer.analyze("pay of the feature store one"),
                roles=("feature store engineer",))
    assert "feature" not in context._aspect(q) and "store" not in context._aspect(q)


def test_contractions_of_question_and_stop_words_are_no_aspect(context):
    turn = context.resolve("what's the training? I'm asking as I don't know", None)
    assert turn.aspect == ("training", "asking")
    turn = context.resolve("model risk analyst vs annotation lead, what's the diff?", None)
    assert "what's" not in turn.aspect
    assert not function_word("o'reilly") and not function_word("engineer's")


def test_a_follow_up_naming_a_job_the_documents_do_not_describe_drops_the_role_before(context):
    """"what about physiotherapists?" after an annotation lead asks what was asked of the
    annotation lead, of physiotherapists (whom the documents do not describe); so does a job
    named in answer to "which role?". A longer message is a question of its own."""
    for message in ("what about physiotherapists?", "and the engineers?", "physiotherapist"):
        turn = context.resolve(message, history("What does an annotation lead earn?"))
        assert turn.roles == () and "annotation" not in turn.query and "earn" in turn.query
    turn = context.resolve("do physiotherapists need a degree in sports science?",
                           history("What does an annotation lead earn?"))
    assert "earn" not in turn.query
    # a message about the role's own people is no other job
    turn = context.resolve("do most of them start as annotators?",
                           history("What does an annotation lead earn?"))
    assert turn.roles == ("annotation lead",)


def test_a_message_that_only_says_whom_or_where_asks_the_question_before(context):
    """"for annotation leads at Harrow?" or "as a model risk analyst in Berlin" after "what's
    the starting salary?" asks for the starting salary, of what it names, even with words of
    its own (an employer, a place). One asking something of its own is a question of its own."""
    for message in ("for the annotation lead apprenticeship at Harrow Labs?",
                    "as an annotation lead with the regulator",
                    "i mean the annotation lead job in the health team"):
        turn = context.resolve(message, history("what's the starting salary?"))
        assert turn.roles == ("annotation lead",), message
        assert "salary" in turn.query and "salary" in turn.aspect
    turn = context.resolve("for annotation leads, what tools do they use?",
                           history("what's the starting salary?"))
    assert "salary" not in turn.query


def test_a_role_named_in_short_is_searched_by_its_name(context):
    """"and the feature store one?" names the feature store engineer: the search says so."""
    turn = context.resolve("and the feature store one?",
                           history("What does a model risk analyst earn?"))
    assert turn.roles == ("feature store engineer",)
    assert "feature store engineer" in turn.query.lower() and "earn" in turn.query


def test_an_existential_there_points_at_nothing(context):
    """"is there a grant while I study?" asks about grants, not about the topic before; "is it
    there?" still points back."""
    before = history("do students pay tuition fees?")
    turn = context.resolve("is there a grant while I study?", before)
    assert "tuition" not in turn.query and "grant" in turn.query
    turn = context.resolve("how long does it last there?", history("what is the Lisbon internship?"))
    assert "lisbon" in turn.query.lower()


def test_a_role_noun_qualifying_the_next_word_is_part_of_the_topic(context):
    """"vacancy rate" and "job security" are topics; "that job" and "the vacancy" point back."""
    turn = context.resolve("and for the annotation lead?",
                           history("What's the vacancy rate for model risk analysts?"))
    assert "vacancy" in turn.aspect and "vacancy" in turn.query
    assert "job" in context.resolve("How good is job security for annotation leads?", None).aspect
    assert "job" not in context.resolve("what does that job pay for annotation leads?", None).aspect


def test_a_message_naming_no_role_goes_on_about_the_role_the_answer_before_was_about(context):
    asked = []

    def subject(turn):
        asked.append(turn.message)
        return ("annotation lead",)

    turn = context.resolve("what tools?", history("who writes labelling guidelines?"), subject)
    assert turn.roles == ("annotation lead",) and "annotation lead" in turn.query.lower()
    assert asked == ["who writes labelling guidelines?"]
    # a turn naming its role is about that role: its answer is not asked about
    asked.clear()
    turn = context.resolve("what tools?", history("What does a feature store engineer do?"),
                           subject)
    assert turn.roles == ("feature store engineer",) and asked == []
    # an answer about no one role carries none
    assert context.resolve("what tools?", history("who writes labelling guidelines?"),
                           lambda turn: ()).roles == ()


def test_a_chain_of_pointing_follow_ups_searches_the_role_once(context):
    turn = context.resolve("and how much does it cost?",
                           history("Which labelling guidelines does an annotation lead write?",
                                   "how long does it take to learn them?"))
    assert turn.roles == ("annotation lead",)
    assert turn.query.lower().count("annotation lead") == 1, turn.query
