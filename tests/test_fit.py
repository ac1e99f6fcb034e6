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


def test_separable_samples_are_answered_declined_and_recalled(fitted):
    _, report = fitted
    assert report["answered (oof)"] >= 0.9 and report["declined (oof)"] >= 0.9
    assert report["fact recall of chosen quotes (oof)"] >= 0.9


def test_the_fitted_ranker_round_trips_through_its_artifact(fitted, tmp_path):
    ranker, _ = fitted
    path = tmp_path / "ranker.json"
    path.write_text(ranker.model_dump_json(indent=1))
    assert load_ranker(path) == ranker


def test_the_threshold_separates_what_it_can():
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.3, 0.2, 0.1])
    answerable = np.array([1, 1, 1, 1, 0, 0, 0])
    threshold, answered, declined = fitting._threshold(p, answerable, answerable.astype(float))
    assert 0.3 < threshold <= 0.6 and answered == 1.0 and declined == 1.0


@pytest.mark.parametrize("recall, answers_all", [(1.0, True), (0.1, False)])
def test_an_out_of_scope_question_is_declined_when_that_costs_fewer_facts_than_it_saves(
        recall, answers_all):
    # the out-of-scope question (0.7) scores between two answerable ones and one above it:
    # declining it declines those two as well, which is worth it only if their quotes would
    # recall little (one question in OUT_OF_SCOPE_SHARE is out of scope)
    p = np.array([0.9, 0.6, 0.55, 0.7])
    answerable = np.array([1, 1, 1, 0])
    threshold, answered, declined = fitting._threshold(
        p, answerable, np.array([1.0, recall, recall, 0.0]))
    if answers_all:
        assert threshold <= 0.55 and answered == 1.0 and declined == 0.0
    else:
        assert 0.7 < threshold <= 0.9 and declined == 1.0 and answered == pytest.approx(1 / 3)


def test_answering_and_declining_are_weighed_by_the_share_not_by_the_counts():
    # ten out-of-scope questions for each answerable one weigh as OUT_OF_SCOPE_SHARE says, not
    # ten to one: their writer was asked for many
    p = np.r_[[0.6], np.full(10, 0.7), [0.9]]
    answerable = np.r_[[1], np.zeros(10), [1]].astype(int)
    threshold, answered, _ = fitting._threshold(p, answerable, answerable.astype(float))
    assert threshold <= 0.6 and answered == 1.0


def test_with_corpora_the_threshold_serves_each_corpus_not_the_pooled_questions():
    # corpus a (80 questions) is served best above its 60 out-of-scope ones (0.56-0.6), corpus
    # b (4) below its answerable ones (0.55): pooled, a's point decides and b's answerable
    # questions are declined; averaged per corpus, the threshold comes down to where b is
    # answered too
    a = np.r_[np.linspace(0.90, 0.99, 20), np.linspace(0.56, 0.60, 60)]
    b = np.array([0.55, 0.555, 0.3, 0.2])
    p = np.r_[a, b]
    answerable = np.r_[np.ones(20), np.zeros(60), [1, 1, 0, 0]].astype(int)
    corpus = np.array(["a"] * 80 + ["b"] * 4)
    recall = answerable.astype(float)
    pooled, _, _ = fitting._threshold(p, answerable, recall)
    balanced, _, _ = fitting._threshold(p, answerable, recall, corpus)
    assert pooled > 0.56  # both of b's answerable questions declined
    assert 0.3 < balanced <= 0.55  # both answered


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


def test_where_the_score_cannot_tell_thresholds_apart_the_middle_of_them_is_taken():
    # answerable questions at 0.6-1.0 and out-of-scope ones at 0.0-0.2: every threshold from
    # 0.2 to 0.6 scores the same, and the choice is their middle, whatever the resamples
    p = np.r_[np.linspace(0.6, 1.0, 40), np.linspace(0.0, 0.2, 10)]
    answerable = np.r_[np.ones(40), np.zeros(10)].astype(int)
    corpus = np.array(["a"] * 50)
    picks = {fitting._stable_threshold(p, answerable, answerable.astype(float), corpus,
                                       rounds=30, seed=s)[0] for s in (0, 1, 2)}
    assert all(0.2 < t <= 0.6 for t in picks) and max(picks) - min(picks) < 0.1


def test_among_thresholds_the_score_cannot_tell_apart_the_one_nearest_both_targets_is_taken():
    # answerable questions spread over 0.3-1.0, out-of-scope ones over 0.0-0.7: a range of
    # thresholds scores within one standard error of the best; the middle of it answers more
    # than the 0.95 target asks and declines less, one nearer the targets is taken instead
    rng = np.random.default_rng(3)
    p = np.r_[rng.uniform(0.3, 1.0, 200), rng.uniform(0.0, 0.7, 40)]
    answerable = np.r_[np.ones(200), np.zeros(40)].astype(int)
    recall = np.where(answerable == 1, 0.6, 0.0)
    corpus = np.array(["a"] * len(p))
    t, answered, declined = fitting._stable_threshold(p, answerable, recall, corpus, rounds=30)
    candidates = np.unique(np.round(p, 4))
    draws = np.random.default_rng(0)
    curves = []
    for _ in range(30):
        idx = draws.choice(len(p), len(p))
        curves.append(fitting._scores(p[idx], answerable[idx], recall[idx], corpus[idx],
                                      candidates))
    mean, error = np.mean(curves, axis=0), np.std(curves, axis=0)
    best = int(np.argmax(mean))
    near = candidates[mean >= mean[best] - error[best]]
    middle_answered, middle_declined = fitting._shares(p, answerable, float(np.median(near)))
    assert near.min() <= t <= near.max()
    assert answered >= 0.95 and declined > middle_declined and middle_answered > answered
