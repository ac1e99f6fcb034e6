"""Conversations end to end on three made-up roles: follow-ups keep the role or the aspect,
comparisons give each side its own quotes, a vague first message is asked back about."""

from __future__ import annotations

import pytest

from bot.api import Chat
from bot.evaluation.scoring import answer_text
from conftest import write_docs


def history(*messages: str) -> list[dict]:
    out: list[dict] = []
    for m in messages:
        out += [{"role": "user", "content": m}, {"role": "assistant", "content": "..."}]
    return out


def lower(roles: tuple[str, ...]) -> list[str]:
    return [r.lower() for r in roles]


def questions_read(engine, monkeypatch) -> list:
    """Every question the answer stage is asked to read from now on, as it read them."""
    answerer = engine.loaded().answerer
    real, seen = answerer.analyze, []

    def analyze(text, specific=None, topic=()):
        seen.append(real(text, specific, topic))
        return seen[-1]

    monkeypatch.setattr(answerer, "analyze", analyze)
    return seen


def test_and_a_senior_one_keeps_the_role_and_replaces_the_level(roles_engine):
    answer = roles_engine.ask("and a senior one?",
                              history("What does a junior model risk analyst earn?"))
    assert answer.answered and lower(answer.roles) == ["model risk analyst"]
    assert "senior" in answer.query.split() and "junior" not in answer.query.split()
    assert "$128,000 to $142,000" in answer_text(answer)
    assert {c.source for c in answer.citations} == {"model-risk-analyst.txt"}


def test_what_about_another_role_keeps_the_aspect(roles_engine):
    answer = roles_engine.ask("what about a feature store engineer?",
                              history("Which skills does a model risk analyst need?"))
    assert answer.answered and lower(answer.roles) == ["feature store engineer"]
    assert "skills" in answer.query and "model risk" not in answer.query
    assert all(c.source == "feature-store-engineer.txt" for c in answer.citations)


def test_a_pronoun_follow_up_keeps_the_role(roles_engine):
    answer = roles_engine.ask("what do they earn?", history("What does an annotation lead do?"))
    assert answer.answered and lower(answer.roles) == ["annotation lead"]
    assert "$54,000 and $69,000" in answer_text(answer)


def test_a_follow_up_goes_on_about_the_role_the_answer_before_was_about(roles_engine):
    first = "who keeps training and serving data consistent?"
    assert roles_engine.ask(first).roles == ()  # it names no role
    answer = roles_engine.ask("what skills are needed?", history(first))
    assert answer.answered and lower(answer.roles) == ["feature store engineer"]
    assert "Apache Spark" in answer_text(answer)
    # an answer declined is about no role
    assert roles_engine.ask("and the salary?", history("what is the capital of mongolia?")
                            ).roles == ()


def test_a_question_that_stands_alone_is_not_merged_with_the_one_before(roles_engine):
    answer = roles_engine.ask("Which skills does a feature store engineer need?",
                              history("What does a junior model risk analyst earn?"))
    assert lower(answer.roles) == ["feature store engineer"]
    assert "junior" not in answer.query and "earn" not in answer.query


def test_a_comparison_quotes_each_side_under_its_heading(roles_engine):
    answer = roles_engine.ask("How do annotation leads and feature store engineers compare on salary?")
    assert answer.kind == "answer" and answer.answered
    assert sorted(lower(answer.roles)) == ["annotation lead", "feature store engineer"]
    assert {c.role for c in answer.citations} == set(answer.roles)
    for c in answer.citations:
        own = {"annotation lead": "annotation-lead.txt",
               "feature store engineer": "feature-store-engineer.txt"}[c.role.lower()]
        assert c.source == own and "$" in c.quote
    heading = roles_engine.prompts.replies.comparison_heading
    for role in answer.roles:
        assert heading.format(role=role) in answer.text
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert len({(c.source, c.start) for c in answer.citations}) == len(answer.citations)


def test_each_side_of_a_comparison_quotes_what_the_role_alone_would(make_engine, tmp_path):
    # a comparison is two questions at once: each side gets the budget a single question gets,
    # less only the quotes about the other role
    skills = {"glassblower": ["furnace control", "gathering molten glass", "blowpipe work",
                              "annealing schedules", "colour chemistry", "kiln safety"],
              "blacksmith": ["wood selection", "bending sides", "carving tops",
                          "fret levelling", "varnishing", "setting up strings"]}
    docs = {f"{role}.md": f"# {role.title()}\n\n## What a {role} does\n\nA {role} makes "
            f"things by hand.\n\n## Skills\n\nA {role} needs these skills:\n\n"
            + "".join(f"- Skill in {s}\n" for s in items) for role, items in skills.items()}
    engine = make_engine(write_docs(tmp_path / "seeds", docs))
    answer = engine.ask("glassblower vs blacksmith: what skills do they need?")
    assert lower(answer.roles) == ["glassblower", "blacksmith"]
    for role in answer.roles:
        alone = engine.ask(f"what skills does a {role.lower()} need?")
        assert alone.answered and lower(alone.roles) == [role.lower()]
        side = {c.quote for c in answer.citations if c.role == role}
        assert len(alone.citations) >= 5
        assert {c.quote for c in alone.citations} <= side


def test_a_statement_comparing_the_two_roles_itself_comes_first_for_both(make_engine, tmp_path):
    both = ("Glassblowers are distinguished from blacksmiths by their work with molten glass "
            "rather than hot iron.")
    docs = {"glassblower.md": "# Glassblower\n\n## What a glassblower does\n\nA glassblower "
                              "shapes molten glass with a blowpipe.\n\n## How it compares\n\n"
                              f"{both}\n",
            "blacksmith.md": "# Blacksmith\n\n## What a blacksmith does\n\nA blacksmith "
                             "forges hot iron with a hammer and an anvil.\n"}
    engine = make_engine(write_docs(tmp_path / "seeds", docs))
    answer = engine.ask("glassblower vs blacksmith, what's the difference?")
    first, second = answer.roles
    assert answer.answered and lower(answer.roles) == ["glassblower", "blacksmith"]
    assert answer.citations[0].quote == both and answer.citations[0].n == 1
    assert answer.text.startswith(engine.prompts.replies.comparison_both.format(
        first=first, second=second))
    assert [c.quote for c in answer.citations].count(both) == 1  # not again under a side
    for role in answer.roles:  # each side still quotes its own
        assert any(c.role == role for c in answer.citations)


def test_a_comparison_neither_side_of_which_the_documents_answer_is_declined(roles_engine):
    # the gate asks of each side what it asks of a single question; quotes about each role
    # that say nothing of what is asked are no answer
    answer = roles_engine.ask("annotation lead vs feature store engineer: which has better "
                              "dental insurance for pets?")
    assert sorted(lower(answer.roles)) == ["annotation lead", "feature store engineer"]
    assert not answer.answered and answer.kind == "no_answer" and answer.citations == ()


def test_a_comparison_with_the_role_before(roles_engine):
    answer = roles_engine.ask("how is that different from an annotation lead?",
                              history("What does a model risk analyst do?"))
    assert answer.kind == "answer"
    assert lower(answer.roles) == ["model risk analyst", "annotation lead"]
    assert {c.role.lower() for c in answer.citations} == {"model risk analyst", "annotation lead"}


@pytest.mark.parametrize("message", ["salary?", "what's the salary?", "how much?",
                                     "what does the salary look like?",
                                     "what tools do they use day to day?", "is it worth it?"])
def test_a_vague_first_message_asks_which_role(roles_engine, message):
    # "what's" is no topic word: its stem is the stop word "what"
    answer = roles_engine.ask(message)
    assert answer.kind == "clarify" and not answer.answered and answer.citations == ()
    names = {r.name for r in roles_engine.loaded().data.knowledge.roles}
    assert len(answer.suggestions) >= 2 and set(answer.suggestions) <= names
    assert answer.text == roles_engine.prompts.replies.clarify.format(
        roles=", ".join(answer.suggestions))


@pytest.mark.parametrize("message", ["what is the capital of mongolia?",
                                     "Сколько зарабатывает инженер?", "\x00\x01 binary \x1b[2J"])
def test_a_short_first_message_the_documents_know_nothing_of_is_declined_not_asked_back(
        roles_engine, message):
    answer = roles_engine.ask(message)
    assert answer.kind in ("no_answer", "invalid") and not answer.answered


def test_the_same_words_after_a_role_are_a_follow_up_not_vague(roles_engine):
    answer = roles_engine.ask("salary?", history("What does an annotation lead do?"))
    assert answer.kind == "answer" and lower(answer.roles) == ["annotation lead"]


def test_chat_keeps_the_history(roles_engine):
    chat = Chat(roles_engine)
    chat.ask("What does a junior feature store engineer earn?")
    answer = chat.ask("and a senior one?")
    assert lower(answer.roles) == ["feature store engineer"] and len(chat.history) == 4
    assert "$151,000 to $166,000" in answer_text(answer)
    chat.reset()
    assert chat.history == []


def test_history_is_read_leniently(roles_engine):
    class Message:
        role, content = "user", "What does an annotation lead do?"

    messy = [{"role": "user", "content": [{"file": "x.png"}]}, {"role": "user", "content": None},
             {"role": "assistant"}, Message(), 42]
    answer = roles_engine.ask("and how much do they earn?", messy)
    assert lower(answer.roles) == ["annotation lead"]


def test_the_replier_reads_the_specific_things_as_they_were_typed(roles_engine, monkeypatch):
    # the dialogue stage searches the lower-case spelled-out text, where "Acme" and "Berlin" are
    # no longer told by their capitals; the question is scored with the message's own reading
    seen = questions_read(roles_engine, monkeypatch)
    roles_engine.ask("annotation lead hourly rate at Acme in Berlin")
    assert seen[-1].text == seen[-1].text.lower()
    assert seen[-1].specific == ("hourly", "acme", "berlin")
    # what the lower-case text alone says
    assert roles_engine.loaded().answerer.analyzer.analyze(seen[-1].text).specific == ("hourly",)


def test_each_side_of_a_comparison_is_asked_about_the_place_named(roles_engine, monkeypatch):
    seen = questions_read(roles_engine, monkeypatch)
    answer = roles_engine.ask("annotation lead vs feature store engineer salary in Berlin")
    assert sorted(lower(answer.roles)) == ["annotation lead", "feature store engineer"]
    sides = [q for q in seen if q.roles and len(q.roles) == 1]
    assert len(sides) == 2
    for q in sides:
        assert "berlin" in q.text.split() and q.specific == ("berlin",) and "salary" in q.text


@pytest.mark.parametrize("reply", ["I mean for feature store engineering jobs",
                                   "feature store engineers, I mean",
                                   "sorry, the feature store one please",
                                   "the feature store engineer positions",
                                   "for feature store engineers", "the feature store one"])
def test_a_reply_that_only_names_the_role_asks_the_question_before_about_it(roles_engine, reply):
    # words that only point at a role ("jobs", "positions"), its field ("engineering") and the
    # opener or an aside ("I mean", "sorry") are no question of their own: the one asked before
    # is kept
    answer = roles_engine.ask(reply, history("which certifications help?"))
    assert lower(answer.roles) == ["feature store engineer"]
    assert "certifications" in answer.query.split()
    assert not {"mean", "sorry", "please"} & set(answer.query.lower().split())


def test_a_side_of_a_comparison_quotes_nothing_about_another_role():
    import numpy as np

    from bot.answer.answerer import Answerer, Scoring
    from bot.answer.features import FEATURES

    features = np.zeros((3, len(FEATURES)))
    features[1, FEATURES.index("role_other")] = 1.0  # the best unit is about the other role
    scoring = Scoring(question=None, rows=np.arange(3), features=features,
                      p=np.array([0.4, 0.9, 0.2]), confidence=0.8)
    assert Answerer.own_role_only(scoring).p.tolist() == [0.4, 0.0, 0.2]
    features[:, FEATURES.index("role_other")] = 1.0  # nothing else: left as it was
    assert Answerer.own_role_only(scoring).p.tolist() == [0.4, 0.9, 0.2]


def test_each_side_of_a_real_comparison_cites_its_own_role(roles_engine):
    answer = roles_engine.ask("model risk analyst vs annotation lead: what do they do?")
    table = roles_engine.answerer_for_fit().table
    data = roles_engine.loaded().data
    rows = {(u.source, u.start): r for r, u in enumerate(data.units)}
    assert {c.role.lower() for c in answer.citations} == {"model risk analyst", "annotation lead"}
    about = [table.roles_of(rows[(c.source, c.start)]) for c in answer.citations]
    assert any(about)  # the quotes say whose they are, so the check below is a real one
    for c, roles in zip(answer.citations, about):
        assert not roles or c.role.lower() in roles


def test_a_side_of_a_comparison_quotes_nothing_the_other_side_quoted(roles_engine):
    answerer = roles_engine.answerer_for_fit()
    turn = roles_engine.loaded().context.resolve("What does an annotation lead earn?", None)
    scoring = answerer.score(answerer.analyze(turn.query), roles_engine.embed_without)
    first = answerer.data.units[int(scoring.rows[scoring.p.argmax()])]
    left = answerer.without(scoring, {(first.source, first.start)})
    assert left.p[scoring.p.argmax()] == 0.0
    assert (left.p > 0).sum() == (scoring.p > 0).sum() - 1
    assert answerer.without(scoring, set()) is scoring


def test_follow_ups_and_comparisons_work_for_roles_beyond_technology(make_engine, tmp_path):
    seeds = write_docs(tmp_path / "seeds", {
        "sommelier.md": "# Sommelier\n\n## What a sommelier does\n\nA sommelier chooses the "
        "wines a restaurant lists and advises guests at the table.\n\n## Pay\n\nA junior "
        "sommelier earns $42,000 a year.\n",
        "park-ranger.md": "# Park Ranger\n\n## What a park ranger does\n\nA park ranger "
        "protects a national park and leads guided walks.\n\n## Pay\n\nA park ranger earns "
        "$38,000 to $55,000 a year.\n",
        "beekeeper.txt": "Beekeeper\n\nWhat a beekeeper does\n\nA beekeeper looks after hives "
        "of honey bees and harvests their honey.\n\nPay\n\nA commercial beekeeper earns about "
        "$45,000 a year.\n"})
    engine = make_engine(seeds)
    assert {r.name for r in engine.loaded().data.knowledge.roles} == {
        "Sommelier", "Park Ranger", "Beekeeper"}
    first = "What does a beekeeper earn?"
    answer = engine.ask("what about a sommelier?", history(first))
    assert "$42,000" in answer.text and "$45,000" not in answer.text
    answer = engine.ask("sommelier vs park ranger pay?")
    assert [c.role for c in answer.citations] == ["Sommelier", "Park Ranger"]
    assert "$42,000" in answer.citations[0].quote and "$38,000" in answer.citations[1].quote


def test_documents_about_no_known_role_are_offered_by_their_titles(make_engine, tmp_path):
    seeds = write_docs(tmp_path / "seeds", {
        "glass.md": "# Glassblowing\n\n## The furnace\n\nA glass furnace runs at 1,100 degrees "
        "all week.\n",
        "honey.md": "# Honey harvest\n\n## When\n\nHoney is harvested in late summer.\n"})
    engine = make_engine(seeds)
    assert engine.loaded().data.knowledge.roles == ()
    intro, _ = engine.introduction()
    assert "Glassblowing" in intro and "Honey harvest" in intro and "such as :" not in intro
    answer = engine.ask("What is the capital of France?")
    assert not answer.answered and set(answer.suggestions) == {"Glassblowing", "Honey harvest"}
    assert answer.text.rstrip().endswith("- Honey harvest") or \
        answer.text.rstrip().endswith("- Glassblowing")
