"""Small talk is recognised without the index; questions with a greeting in front are not. What
makes a remark a question about the documents is their vocabulary (`Context.topic_words`), here
that of three made-up roles and the real lexicon, never words named in the code."""

import pytest

from bot.dialogue.context import Context
from bot.dialogue.smalltalk import classify
from bot.lexicon import load_lexicon
from conftest import REPO


@pytest.fixture(scope="module")
def topic(roles_analyzer) -> frozenset[str]:
    names = {r.key: r.name for r in roles_analyzer.knowledge.roles}
    return Context(roles_analyzer, load_lexicon(REPO / "prompts"), names).topic_words


@pytest.mark.parametrize("message, kind", [
    ("hi", "greeting"), ("hello there! 👋", "greeting"), ("good morning! how r u", "greeting"),
    ("hey, how are you?", "greeting"), ("morning!", "greeting"), ("evening all", "greeting"),
    ("what's up", "greeting"),
    ("thanks, that helped a lot", "thanks"), ("thank you so much", "thanks"), ("thx!", "thanks"),
    ("ok bye", "goodbye"), ("bye!", "goodbye"), ("thanks, bye", "thanks"),
    ("thank you so much, that was really helpful", "thanks"), ("many thanks", "thanks"),
    ("appreciate it", "thanks"), ("ta", "thanks"), ("brilliant, thanks", "thanks"),
    ("you're great", "thanks"), ("that was useful", "thanks"), ("lol", "thanks"),
    ("have a nice day", "goodbye"), ("take care!", "goodbye"),
    ("what can you do?", "help"), ("who are you?", "help"),
    ("are you a real person or a bot", "help"), ("What sort of things can I ask?", "help"),
    ("which topics do you cover", "help"), ("what questions can you answer?", "help"),
])
def test_small_talk_is_recognised(message, kind, topic):
    assert classify(message, topic) == kind


@pytest.mark.parametrize("message", [
    "hi, what do model risk analysts earn?", "thanks, and what about clinical coders?",
    "thanks, how much do they make", "hello, which skills does a clinical coder need",
    "hi model risk analyst salary", "what does a clinical coder do?",
    "cool job market for risk analysts", "thanks, clinical coder pay?",
    "how are you supposed to learn risk modelling without a degree at all?",
    "what kinds of questions do interviewers ask?", "thanks, and in London?",
    "great, and for a senior one", "thanks! what about Berlin",
    "evening classes for coders?", "morning shifts for analysts",
])
def test_questions_are_not_small_talk(message, topic):
    assert classify(message, topic) is None


def test_what_makes_a_remark_a_question_comes_from_the_documents(topic):
    # the same remark is chatter where the documents say nothing of its words
    assert classify("thanks, clinical coder pay?", frozenset()) == "thanks"
    assert classify("thanks, clinical coder pay?", topic) is None
