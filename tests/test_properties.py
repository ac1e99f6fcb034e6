"""Property-based tests (hypothesis): whatever text arrives, `ask()` returns an Answer whose every
citation is a verbatim quote of its seed file, and which serialises to JSON."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS

FILES = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.iterdir() if p.suffix == ".txt"}

# Words the documents use, so that many generated questions reach retrieval and answering
# rather than stopping at the "no words" check.
DOMAIN = st.sampled_from([
    "salary", "data scientist", "ML engineer", "skills", "PhD", "Python", "senior", "junior",
    "what", "does", "earn", "and", "they", "NLP", "BI developer", "education", "market", "?",
])
QUESTIONS = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=50),
    st.lists(st.one_of(DOMAIN, st.text(max_size=8)), max_size=12).map(" ".join),
)
HISTORY = st.lists(st.fixed_dictionaries({
    "role": st.sampled_from(["user", "assistant", "system", ""]),
    "content": st.one_of(QUESTIONS, st.none(), st.integers()),
}), max_size=4)

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def _check(answer) -> None:
    assert answer.text.strip()
    assert answer.kind in {"answer", "no_answer", "smalltalk", "clarify", "invalid"}
    for c in answer.citations:
        assert FILES[c.source][c.start:c.end] == c.quote
    # an answer always cites; quotes without an answer only come with a clarifying question
    assert not answer.answered or answer.citations
    assert not answer.citations or answer.answered or answer.kind == "clarify"
    json.loads(answer.model_dump_json())


@SETTINGS
@given(question=QUESTIONS)
def test_ask_never_raises_and_only_quotes_verbatim(engine, question):
    _check(engine.ask(question))


@SETTINGS
@given(question=QUESTIONS, history=HISTORY)
def test_follow_ups_on_arbitrary_histories_never_raise(engine, question, history):
    _check(engine.ask(question, history))
