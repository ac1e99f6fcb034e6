"""Fitting the ranker (bot/evaluation/fit.py) on small synthetic samples: the unit model learns
which feature marks a fact, the gate and the composition settings come from their grids, and
the result round-trips through the JSON artifact."""

from __future__ import annotations

import numpy as np
import pytest

from bot.answer.features import FEATURES
from bot.answer.ranker import GATE_FEATURES, load_ranker
from bot.evaluation import fit as fitting
from bot.evaluation.fit import BUDGETS, FLOORS, MAX_UNITS, RELATIVE, Sample, fit
from bot.index.lexical import tokenize
from bot.records import Unit

COS = FEATURES.index("cos_unit")
COVERAGE = FEATURES.index("coverage")


def sample(i: int, answerable: bool, rng: np.random.Generator, n: int = 8) -> Sample:
    """One question: n candidate units; when answerable, unit 0 holds the fact and stands out
    by its cosine and coverage; otherwise every unit is weak."""
    texts = [f"Fact number {i} says unit {j} of question {i} is here." if j == 0 and answerable
             else f"Filler sentence {j} about topic {i * 100 + j} and nothing else." for j in range(n)]
    us = [Unit(id=f"q{i}u{j}", source="doc.txt", kind="sentence", start=j * 80,
               end=j * 80 + len(t), text=t) for j, t in enumerate(texts)]
    features = rng.normal(0.0, 0.1, size=(n, len(FEATURES)))
    labels = np.zeros(n, dtype=int)
    if answerable:
        labels[0] = 1
        features[0, COS] += 1.0
        features[:, COVERAGE] += 0.5
        features[0, COVERAGE] += 0.5
    return Sample(corpus="synthetic", case=f"q{i}", answerable=answerable,
                  facts=[[f"fact number {i} says"]] if answerable else [],
                  features=features, labels=labels, units=us,
                  terms=[frozenset(tokenize(t)) for t in texts])


@pytest.fixture(scope="module")
def fitted():
    rng = np.random.default_rng(7)
    samples = [sample(i, i % 4 != 0, rng) for i in range(120)]
    return fit(samples, folds=3, seed=1)


def test_fit_gives_a_ranker_for_this_codes_features(fitted):
    ranker, _ = fitted
    assert ranker.units.names == FEATURES and ranker.gate.names == GATE_FEATURES
    assert ranker.fitted["questions"] == "120" and ranker.fitted["corpora"] == "synthetic"
    assert ranker.fitted["positives"] == "90"


def test_the_unit_model_learns_the_feature_that_marks_a_fact(fitted):
    ranker, _ = fitted
    coef = dict(zip(FEATURES, ranker.units.coef))
    assert coef["cos_unit"] > 0 and coef["cos_unit"] == max(coef.values())


def test_threshold_and_settings_come_from_their_grids(fitted):
    ranker, report = fitted
    assert 0.0 <= ranker.threshold <= 1.0 and report["threshold"] == ranker.threshold
    assert ranker.relative in RELATIVE and ranker.floor in FLOORS and ranker.budget in BUDGETS
    assert ranker.max_units in MAX_UNITS
    assert report["setting relative"] == ranker.relative and report["setting budget"] == ranker.budget
    for name in ("answered (oof)", "declined (oof)", "fact recall of chosen quotes (oof)"):
        assert 0.0 <= report[name] <= 1.0, name
    assert report["median quote chars (oof)"] <= fitting.MEDIAN_QUOTE_CHARS


def test_the_settings_are_judged_on_the_answers_as_served_when_it_can():
    rng = np.random.default_rng(7)
    samples = [sample(i, i % 4 != 0, rng) for i in range(60)]
    served = []

    def compose(s, trial, p):  # what reads with the chosen units holds the fact only at 8
        served.append(trial.max_units)
        return [s.facts[0][0] if trial.max_units == 8 else "nothing of use"]

    ranker, report = fit(samples, folds=3, seed=1, compose=compose)
    assert ranker.max_units == 8 and report["fact recall of chosen quotes (oof)"] == 1.0
    # only the settings that the chosen units alone rate best are served
    assert 0 < len(served) <= fitting.COMPOSE_CHECKED * 45
    # without it, the chosen units alone decide: every setting recalls the fact
    alone, _ = fit(samples, folds=3, seed=1)
    assert alone.max_units == MAX_UNITS[0]


def test_separable_samples_are_answered_declined_and_recalled(fitted):
    _, report = fitted
    assert report["answered (oof)"] >= 0.9 and report["declined (oof)"] >= 0.9
    assert report["fact recall of chosen quotes (oof)"] >= 0.9


def test_the_fitted_ranker_round_trips_through_its_artifact(fitted, tmp_path):
    ranker, _ = fitted
    path = tmp_path / "ranker.json"
    path.write_text(ranker.model_dump_json(indent=1))
    assert load_ranker(path) == ranker


def test_the_threshold_is_the_highest_that_answers_the_target_share():
    # 100 answerable questions at 0.01-1.00 and 20 out-of-scope ones below 0.5: the highest
    # threshold answering 95 of the 100 is 0.06, and every out-of-scope one under it is declined
    p = np.r_[np.arange(1, 101) / 100, np.linspace(0.0, 0.05, 10), np.linspace(0.4, 0.5, 10)]
    answerable = np.r_[np.ones(100), np.zeros(20)].astype(int)
    t, answered, declined = fitting._answering_threshold(p, answerable, np.array(["a"] * 120))
    assert t == 0.06 and answered == 0.95 and declined == 0.5


def test_with_corpora_each_corpus_counts_once_whatever_its_size():
    # corpus a (100 answerable at 0.51-1.00) is answered in full up to 0.51; corpus b (4 at
    # 0.2-0.35) is answered 3 in 4 at 0.25: the mean of the two shares meets 0.95 at 0.2 only
    # (1.0 and 1.0), where pooled 0.51 would answer 100 of 104
    p = np.r_[np.linspace(0.51, 1.0, 100), [0.2, 0.25, 0.3, 0.35]]
    answerable = np.ones(104, dtype=int)
    corpus = np.array(["a"] * 100 + ["b"] * 4)
    t, answered, _ = fitting._answering_threshold(p, answerable, corpus)
    assert t == 0.2 and answered == 1.0
    assert fitting._answering_threshold(p, answerable, np.array(["a"] * 104))[0] > 0.5


def test_a_threshold_moves_little_when_a_few_questions_do():
    rng = np.random.default_rng(5)
    p = np.r_[rng.beta(5, 2, 600), rng.beta(2, 3, 100)]
    answerable = np.r_[np.ones(600), np.zeros(100)].astype(int)
    corpus = np.array(["a"] * 700)
    t, _, _ = fitting._answering_threshold(p, answerable, corpus)
    moved = p.copy()
    moved[rng.choice(700, 10, replace=False)] = rng.uniform(0, 1, 10)  # ten samples change
    assert abs(fitting._answering_threshold(moved, answerable, corpus)[0] - t) < 0.03


def test_the_cosine_floor_is_the_lowest_corpus_level_that_answerable_questions_reach():
    rng = np.random.default_rng(3)
    samples = []
    for corpus, level in (("a", 0.7), ("b", 0.4)):  # corpus b's style gives lower cosines
        for i in range(50):
            s = sample(i, True, rng)
            s.features[:, COS] = level + 0.01 * i - 0.3  # top cosines level-0.3 .. level+0.19
            s.features[0, COS] += 0.3
            samples.append(Sample(**{**s.__dict__, "corpus": corpus}))
    off = sample(99, False, rng)
    off.features[:, COS] = -1.0  # out of scope: never counted
    floor = fitting.cos_floor([*samples, off], percentile=10)
    assert np.isclose(floor, 0.4 + 0.01 * np.percentile(np.arange(50), 10))


class _Scores:
    """A fake store whose scores for a question are given outright."""

    def __init__(self, by_text: dict[str, list[float]]) -> None:
        self.by_text = by_text

    def scores(self, key) -> np.ndarray:
        return np.array(self.by_text[key if isinstance(key, str) else " ".join(key)])


def test_the_fusion_weight_is_the_one_that_ranks_the_chunks_holding_facts_first():
    from types import SimpleNamespace

    from bot.evaluation.questions import Case

    # one: its chunk wins by cosine once w > 0.714; two: by BM25 while w < 0.833
    dense = {"one": [0.9, 0.5, 0.1], "two": [0.6, 0.4, 0.0]}
    lexical = {"one": [0.0, 10.0, 0.0], "two": [0.0, 10.0, 5.0]}
    chunks = [SimpleNamespace(text=t) for t in ("alpha fact", "beta fact", "gamma")]
    data = SimpleNamespace(chunks=chunks, chunk_vectors=_Scores(dense), lexical=_Scores(lexical))
    answerer = SimpleNamespace(
        data=data, analyze=lambda text: SimpleNamespace(text=text, terms=(text,)))
    cases = [Case(id="a", question="one", kind="lookup", answerable=True,
                  facts=[["alpha fact"]], split="train"),
             Case(id="b", question="two", kind="lookup", answerable=True,
                  facts=[["beta fact"]], split="train")]
    corpus = SimpleNamespace(engine=SimpleNamespace(answerer_for_fit=lambda: answerer,
                                                    embed=lambda text: text),
                             cases=lambda split: cases)
    weight, scores = fitting.fusion_weight([corpus])
    assert weight == 0.75  # 0.75 and 0.8 both rank both first: the one nearer the middle
    assert scores["0.75"] == scores["0.80"] == 1.0 and scores["0.60"] == scores["0.90"] == 0.75
