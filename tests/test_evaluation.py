"""The evaluation code (bot/evaluation/): scoring an answer against a case, and the report run on
a tiny corpus of three made-up roles with its own tiny questions and conversations files."""

from __future__ import annotations

import json

import pytest

from bot.errors import BotError
from bot.evaluation.conversations import DialogTurn, same_roles, turn_ok
from bot.evaluation.corpora import Corpus, open_corpus
from bot.evaluation.questions import load_cases
from bot.evaluation.report import evaluate, format_table
from bot.evaluation.scoring import fact_recall, normalise
from bot.records import Answer, Citation

QUESTIONS = [
    {"id": "t1", "question": "What does a senior model risk analyst earn?", "kind": "fact",
     "answerable": True, "sources": ["model-risk-analyst.txt"], "facts": [["$128,000"]],
     "split": "train"},
    {"id": "t2", "question": "Which skills does a feature store engineer need?", "kind": "list",
     "answerable": True, "sources": ["feature-store-engineer.txt"],
     "facts": [["Apache Spark"], ["schema evolution"]], "split": "train"},
    {"id": "t3", "question": "What is the best recipe for lasagna?", "kind": "unanswerable",
     "answerable": False, "sources": [], "facts": [], "split": "train"},
    {"id": "t5", "question": "How much is the annual pension of a model risk analyst?",
     "kind": "trap", "answerable": False, "sources": [], "facts": [], "split": "train"},
    {"id": "t4", "question": "thanks!", "kind": "smalltalk", "answerable": False, "sources": [],
     "facts": [], "split": "train"},
    {"id": "s1", "question": "how much do annotation leads make?", "kind": "fact",
     "answerable": True, "sources": ["annotation-lead.txt"], "facts": [["$54,000"]],
     "split": "sealed"},
]
CONVERSATIONS = [
    {"id": "c1", "kind": "followup", "split": "train", "turns": [
        {"user": "What does a junior model risk analyst earn?", "answerable": True,
         "sources": ["model-risk-analyst.txt"], "facts": [["$61,000"]],
         "roles": ["model risk analyst"]},
        {"user": "and a senior one?", "answerable": True, "sources": ["model-risk-analyst.txt"],
         "facts": [["$128,000"]], "roles": ["model risk analyst"]}]},
]


def jsonl(path, rows) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


@pytest.fixture
def tiny(roles_engine, tmp_path) -> Corpus:
    jsonl(tmp_path / "questions.jsonl", QUESTIONS)
    jsonl(tmp_path / "conversations.jsonl", CONVERSATIONS)
    corpus = Corpus("tiny", roles_engine.settings, tmp_path)
    corpus.engine = roles_engine  # share the session's engine and model
    return corpus


def citation(quote: str, role: str = "") -> Citation:
    return Citation(n=1, source="doc.txt", title="Doc", section=("S",), quote=quote, start=0,
                    end=len(quote), score=0.5, role=role)


def answer(*citations: Citation, roles: tuple[str, ...] = (), answered: bool = True) -> Answer:
    return Answer(question="q", text=" ".join(f"{c.quote} [{c.n}]" for c in citations),
                  citations=citations, answered=answered,
                  kind="answer" if answered else "no_answer", roles=roles)


def test_fact_recall_counts_groups_with_any_alternative_across_line_breaks():
    a = answer(citation("Seniors earn $128,000\nto $142,000."), citation("Python and SQL."))
    assert fact_recall(a, [["$128,000 to $142,000"], ["Rust", "SQL"], ["Kafka"]]) == 2 / 3
    assert fact_recall(a, []) == 1.0
    assert normalise("  A\n\tB  ") == "a b"


def test_roles_match_however_they_are_spelled():
    abbreviations = {"ml": "machine learning", "fse": "feature store engineer"}
    assert same_roles(["ML engineer"], ("machine learning engineers",), abbreviations)
    assert same_roles(["FSE"], ("Feature Store Engineer",), abbreviations)
    assert same_roles(["engineer"], ("machine learning engineer",), abbreviations)
    assert not same_roles(["data engineer"], ("machine learning engineer",), abbreviations)
    assert same_roles(["UX Researcher for AI Products"], ("UX researcher",), {"ux": "user experience"})
    assert same_roles(["Solutions Architect (AI)"], ("solutions architect",), abbreviations)
    assert not same_roles(["data engineer"], ("data scientist",), abbreviations)
    assert same_roles(["Staff Applied Scientist, Recommendations"], ("applied scientist",), {})
    assert not same_roles(["applied scientist"], ("scientist applied",), {})
    assert not same_roles(["ML engineer"], ("ML engineer", "data scientist"), abbreviations)


def test_a_comparison_turn_needs_each_sides_fact_in_its_own_quotes():
    turn = DialogTurn(user="a vs b", roles=["annotation lead", "model risk analyst"],
                      facts=[["$54,000"], ["$128,000"]])
    right = answer(citation("Leads earn $54,000.", "Annotation lead"),
                   citation("Seniors earn $128,000.", "model risk analyst"),
                   roles=("Annotation lead", "model risk analyst"))
    swapped = answer(citation("Leads earn $54,000.", "model risk analyst"),
                     citation("Seniors earn $128,000.", "Annotation lead"),
                     roles=("Annotation lead", "model risk analyst"))
    assert turn_ok(turn, right) and not turn_ok(turn, swapped)


def test_a_right_answer_may_be_counted_without_the_role_name_the_writer_gave():
    turn = DialogTurn(user="and for non-fiction?", roles=["Literary translator"],
                      facts=[["EUR 88 per 1,000 words"]])
    right = answer(citation("Non-fiction pays EUR 88 per 1,000 words."), roles=())
    assert not turn_ok(turn, right) and turn_ok(turn, right, labels=False)
    # a comparison's sides are still told apart by their names
    pair = DialogTurn(user="a vs b", roles=["annotation lead", "model risk analyst"],
                      facts=[["$54,000"], ["$128,000"]])
    unnamed = answer(citation("Leads earn $54,000."), citation("Seniors earn $128,000."), roles=())
    assert not turn_ok(pair, unnamed, labels=False)


def test_declines_and_clarifications_are_scored_by_kind():
    assert turn_ok(DialogTurn(user="x", answerable=False), answer(answered=False))
    assert not turn_ok(DialogTurn(user="x", answerable=False), answer(citation("y")))
    clarify = Answer(question="salary?", text="Which role?", answered=False, kind="clarify")
    assert turn_ok(DialogTurn(user="salary?", expects_clarification=True), clarify)


def test_the_report_runs_on_a_tiny_corpus(tiny):
    figures = evaluate(tiny, "train")
    assert figures.corpus == "tiny" and figures.split == "train" and figures.cases == 5
    for name in ("fact_recall", "answered", "declined", "smalltalk", "source_hit", "verbatim",
                 "anchor_recall"):
        assert 0.0 <= getattr(figures, name) <= 1.0, name
    assert figures.verbatim == 1.0 and figures.smalltalk == 1.0
    assert set(figures.ranking) == {"@1", "@3", "@5", "@20"}
    assert all(0.0 <= v <= 1.0 for v in figures.ranking.values())
    assert list(figures.ranking.values()) == sorted(figures.ranking.values())
    assert set(figures.failed) <= {"t1", "t2", "t3", "t4", "t5"}
    # the declines of near-domain traps and of other out-of-scope questions, apart and together
    assert {figures.declined_traps, figures.declined_other} <= {0.0, 1.0}
    assert figures.declined == (figures.declined_traps + figures.declined_other) / 2
    assert figures.conversations and all(0.0 <= v <= 1.0 for v in figures.conversations.values())
    assert "conversation turns accuracy" in figures.conversations
    assert "tiny train" in format_table([figures])


def test_a_sealed_split_is_reported_without_listing_failures(tiny):
    figures = evaluate(tiny, "sealed", conversations=False)
    assert figures.cases == 1 and figures.failed == [] and figures.conversations == {}
    assert 0.0 <= figures.fact_recall <= 1.0
    # it has no small-talk case: the figure is missing, not a failure
    assert figures.smalltalk is None and figures.declined_traps is None
    for name in ("small talk handled", "  of them near-domain traps"):
        row = next(line for line in format_table([figures]).splitlines() if line.startswith(name))
        assert row.split()[-1] == "-"


def test_cases_of_a_split_and_errors_that_name_the_line(tiny, tmp_path):
    assert [c.id for c in tiny.cases("train")] == ["t1", "t2", "t3", "t5", "t4"]
    assert [c.id for c in tiny.cases("sealed")] == ["s1"] and len(tiny.cases()) == 6
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(QUESTIONS[0]) + "\n{\"id\": 3}\n")
    with pytest.raises(BotError, match=r"bad.jsonl:2: not a valid case"):
        load_cases(bad)
    with pytest.raises(BotError, match="cannot read evaluation set"):
        load_cases(tmp_path / "missing.jsonl")


def test_an_unknown_corpus_names_the_known_ones():
    with pytest.raises(BotError, match="unknown corpus 'nope'; choose one of: seeds, corpus2, corpus3, corpus4, corpus5, corpus6, corpus7, corpus8, corpus9, corpus10, corpus11, corpus12, corpus13, corpus14, corpus15, corpus16, corpus17, corpus18"):
        open_corpus("nope")


def test_the_command_line_offers_every_corpus():
    from bot import cli
    from bot.evaluation.corpora import NAMES

    assert cli.CORPORA == NAMES
