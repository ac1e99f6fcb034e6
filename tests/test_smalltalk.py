"""Small talk is recognised without the index; questions with a greeting in front are not."""

import pytest

from bot.dialogue.smalltalk import classify


@pytest.mark.parametrize("message, kind", [
    ("hi", "greeting"), ("hello there! 👋", "greeting"), ("good morning! how r u", "greeting"),
    ("hey, how are you?", "greeting"),
    ("thanks, that helped a lot", "thanks"), ("thank you so much", "thanks"), ("thx!", "thanks"),
    ("ok bye", "goodbye"), ("bye!", "goodbye"), ("thanks, bye", "thanks"),
    ("thank you so much, that was really helpful", "thanks"),
    ("what can you do?", "help"), ("who are you?", "help"),
    ("are you a real person or a bot", "help"), ("What sort of things can I ask?", "help"),
    ("which topics do you cover", "help"), ("what questions can you answer?", "help"),
])
def test_small_talk_is_recognised(message, kind):
    assert classify(message) == kind


@pytest.mark.parametrize("message", [
    "hi, what do ML engineers earn?", "thanks, and what about data scientists?",
    "thanks, how much do they make", "hello, which skills does an NLP scientist need",
    "hi ML engineer salary", "what does an ML engineer do?", "cool job market for data science",
    "how are you supposed to learn machine learning without a degree at all?",
    "what kinds of questions do interviewers ask?", "thanks, and in London?",
    "great, and for a senior one", "thanks! what about Berlin",
])
def test_questions_are_not_small_talk(message):
    assert classify(message) is None
