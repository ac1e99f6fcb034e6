"""The fitted ranker artifact (bot/answer/ranker.py): it loads and fits this code's features, and
a missing, broken or stale one is a RankerError that says to run `careerbot fit`."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.answer.features import FEATURES
from bot.answer.ranker import (ARTIFACT, GATE_FEATURES, Linear, Tree, Trees, background,
                               gate_vector, load_ranker)
from bot.engine import Engine
from bot.errors import RankerError


def test_the_shipped_artifact_fits_this_codes_features():
    r = load_ranker()
    assert r.units.names == FEATURES and r.gate.names == GATE_FEATURES
    assert 0.0 < r.threshold < 1.0 and 0.0 < r.relative <= 1.0 and 0.0 <= r.floor < 1.0
    assert r.budget > 0 and r.max_units >= 1
    assert len(r.units.coef) == len(r.units.mean) == len(r.units.scale) == len(FEATURES)
    assert r.gate.trees and all(max(t.feature) < len(GATE_FEATURES) for t in r.gate.trees)


def test_a_missing_artifact_says_to_fit(tmp_path):
    path = tmp_path / "ranker.json"
    with pytest.raises(RankerError, match="run `careerbot fit`") as info:
        load_ranker(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("content", ["", "{not json", '{"units": 1}', "[]"])
def test_an_unreadable_artifact_says_to_fit(tmp_path, content):
    path = tmp_path / "ranker.json"
    path.write_text(content)
    with pytest.raises(RankerError, match=r"is unreadable .*run `careerbot fit`"):
        load_ranker(path)


@pytest.mark.parametrize("part", ["units", "gate"])
def test_an_artifact_fitted_on_other_features_says_to_fit(tmp_path, part):
    stored = json.loads(ARTIFACT.read_text())
    stored[part]["names"] = [*stored[part]["names"][:-1], "a_feature_this_code_lacks"]
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(stored))
    with pytest.raises(RankerError, match="fitted on other features; run `careerbot fit`"):
        load_ranker(path)


def test_a_linear_model_is_a_standardised_logistic_regression():
    model = Linear(names=("a", "b"), mean=(1.0, 0.0), scale=(2.0, 1.0), coef=(1.0, -1.0),
                   intercept=0.5)
    x = np.array([[1.0, 0.0], [5.0, 1.0]])
    expected = 1 / (1 + np.exp(-np.array([0.5, 2.0 - 1.0 + 0.5])))
    assert np.allclose(model.probability(x), expected)


def test_trees_add_their_leaves_on_the_log_odds():
    # one split on the second input: at most 0.5 goes left (value -2), above it right (+4)
    stump = Tree(feature=(1, -1, -1), threshold=(0.5, -2.0, -2.0), left=(1, -1, -1),
                 right=(2, -1, -1), value=(0.0, -2.0, 4.0))
    model = Trees(names=("a", "b"), init=0.5, rate=0.25, trees=(stump, stump))
    x = np.array([[9.0, 0.5], [0.0, 0.7]])
    expected = 1 / (1 + np.exp(-np.array([0.5 - 2 * 0.25 * 2, 0.5 + 2 * 0.25 * 4])))
    assert np.allclose(model.probability(x), expected)


def test_the_fitted_gate_gives_what_scikit_learn_gives():
    from sklearn.ensemble import GradientBoostingClassifier

    from bot.evaluation import fit

    rng = np.random.default_rng(3)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] * x[:, 1] + 0.3 * rng.normal(size=200) > 0).astype(int)  # an interaction
    trees = fit._fit_trees(x, y, ("a", "b", "c"), seed=2)
    model = GradientBoostingClassifier(
        n_estimators=fit.GATE_TREES, max_depth=fit.GATE_DEPTH, learning_rate=fit.GATE_RATE,
        min_samples_leaf=fit.GATE_LEAF, subsample=fit.GATE_SUBSAMPLE, random_state=2).fit(x, y)
    assert len(trees.trees) == fit.GATE_TREES
    assert np.allclose(trees.probability(x), model.predict_proba(x)[:, 1])
    stored = Trees.model_validate_json(trees.model_dump_json())
    assert np.allclose(stored.probability(x), trees.probability(x))


def test_the_gate_reads_the_best_units():
    features = np.zeros((3, len(FEATURES)))
    col = FEATURES.index("cos_unit")
    features[:, col] = [0.1, 0.7, 0.3]
    vector = gate_vector(features, np.array([0.2, 0.9, 0.5]), cos_floor=0.4)
    named = dict(zip(GATE_FEATURES, vector))
    assert named["p_top"] == 0.9 and named["p_second"] == 0.5
    assert np.isclose(named["p_mean3"], (0.2 + 0.9 + 0.5) / 3)
    assert named["cos_low"] == 0.4  # the top cosine (0.7), read only below the fitted floor
    features[:, col] = [0.1, 0.2, 0.15]
    assert dict(zip(GATE_FEATURES, gate_vector(features, np.ones(3), cos_floor=0.4)))["cos_low"] == 0.2


def test_the_gate_reads_the_top_cosine_above_the_corpus_background():
    features = np.zeros((2, len(FEATURES)))
    features[:, FEATURES.index("cos_unit")] = [0.5, 0.8]
    named = dict(zip(GATE_FEATURES, gate_vector(features, np.array([0.9, 0.1]), background=0.3)))
    assert np.isclose(named["cos_above_background"], 0.8 - 0.3)


def test_the_background_is_the_rest_of_the_corpus_with_the_prior_as_one_more_unit(engine):
    assert background(rest_sum=0.0, rest_count=0, prior=0.35) == 0.35  # every unit a candidate
    assert np.isclose(background(rest_sum=30.0, rest_count=99, prior=0.5), 30.5 / 100)
    # the candidates' features and the rest add up to every unit's cosine to the question
    answerer = engine.loaded().answerer
    q = answerer.analyze("Which skills does a data scientist need?")
    vector = engine.embed(q.text)
    cands = answerer.candidates(q, engine.embed_without)
    everyone = answerer.data.unit_vectors.rows(np.arange(len(answerer.data.units))) @ vector
    assert cands.rest_count == len(everyone) - len(cands.rows) > 0
    own = cands.features[:, FEATURES.index("cos_unit")].sum()
    assert np.isclose(cands.rest_sum, everyone.sum() - own, atol=1e-4)


def test_the_aspect_cosine_is_the_question_s_own_unless_it_names_a_role(engine):
    answerer = engine.loaded().answerer
    column = FEATURES.index("cos_aspect")
    general = answerer.analyze("Which skills are most in demand?")
    assert not general.roles
    cands = answerer.candidates(general, engine.embed_without)
    assert np.array_equal(cands.features[:, column], cands.features[:, FEATURES.index("cos_unit")])
    named = answerer.analyze("Which skills does an ML engineer need?")
    assert named.roles
    cands = answerer.candidates(named, engine.embed_without)
    aspect = engine.embed_without(named.text, named.scope_spans)[1]
    expected = answerer.data.unit_vectors.rows(cands.rows) @ aspect
    assert np.allclose(cands.features[:, column], expected, atol=1e-5)
    assert not np.allclose(cands.features[:, column], cands.features[:, FEATURES.index("cos_unit")])
    gap = cands.features[:, FEATURES.index("cos_aspect_gap")]
    assert np.isclose(gap.max(), 0.0) and (gap <= 0).all()


def test_an_engine_without_a_usable_ranker_says_to_fit_when_asked(roles_engine, tmp_path,
                                                                  monkeypatch):
    monkeypatch.setattr("bot.engine.ARTIFACT", tmp_path / "missing.json")
    engine = Engine(roles_engine.settings, roles_engine.embedder)
    assert engine.ask("hello").kind == "smalltalk"  # needs no ranker
    with pytest.raises(RankerError, match="run `careerbot fit`"):
        engine.ask("What does an annotation lead earn?")
    assert engine.answerer_for_fit().ranker is None  # fitting works without one


def test_a_missing_ranker_is_reported_once_however_many_indexes_load(roles_engine, tmp_path,
                                                                     monkeypatch, caplog):
    # `careerbot fit` opens one engine per corpus before the ranker it writes exists
    monkeypatch.setattr("bot.engine.ARTIFACT", tmp_path / "never-fitted.json")
    for _ in range(3):
        Engine(roles_engine.settings, roles_engine.embedder).answerer_for_fit()
    said = [r for r in caplog.records if "never-fitted.json" in r.getMessage()]
    assert len(said) == 1 and "run `careerbot fit`" in said[0].getMessage()


def test_the_search_fuses_with_the_fitted_weight_unless_the_settings_name_one(make_engine,
                                                                              small_seeds):
    fitted = load_ranker().dense_weight
    engine = make_engine(small_seeds)
    assert engine.loaded().answerer.retriever.dense_weight == fitted
    chosen = 0.3 if fitted != 0.3 else 0.4
    other = make_engine(small_seeds, dense_weight=chosen)
    assert other.loaded().answerer.retriever.dense_weight == chosen


def test_a_specific_thing_named_by_the_sentence_before_is_held_by_the_one_after(make_engine,
                                                                                 tmp_path):
    """"I took the DipTrans. The three exam papers cost about £1,000.": the second sentence is
    about the DipTrans although it does not name it; one in another section is not."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "translator.md").write_text(
        "# Becoming a translator\n\n## Qualifications\n\n"
        "I took the Diploma in Translation from the Kestrel Institute. "
        "The three exam papers cost about £1,000 in total.\n\n"
        "## Tools\n\nThe licence for the editor cost me £695.\n", encoding="utf-8")
    engine = make_engine(seeds)
    engine.build()
    answerer = engine.loaded().answerer
    q = answerer.analyze("How much does the Kestrel diploma cost?")
    assert "kestrel" in q.specific
    cands = answerer.candidates(q, engine.embed_without)
    texts = {answerer.data.units[int(r)].text: i for i, r in enumerate(cands.rows)}
    column = FEATURES.index("specific_uncovered")
    exam = next(i for t, i in texts.items() if t.startswith("The three exam papers"))
    licence = next(i for t, i in texts.items() if t.startswith("The licence"))
    assert cands.features[exam, column] == 0.0
    assert cands.features[licence, column] == 1.0


def test_a_unit_is_marked_by_what_of_the_question_its_whole_document_never_uses(roles_engine):
    answerer = roles_engine.answerer_for_fit()
    column = FEATURES.index("doc_uncovered")

    def by_document(question: str) -> dict[str, set[float]]:
        q = answerer.analyze(question)
        cands = answerer.candidates(q, roles_engine.embed_without)
        values: dict[str, set[float]] = {}
        for row, value in zip(cands.rows.tolist(), cands.features[:, column]):
            values.setdefault(answerer.data.units[row].source, set()).add(round(float(value), 9))
        return values

    # every word of it is in the annotation lead's page, some of it in no other
    values = by_document("what do annotation leads earn")
    assert values["annotation-lead.txt"] == {0.0}
    others = [min(v) for source, v in values.items() if source != "annotation-lead.txt"]
    assert others and min(others) > 0.0
    # "statistics" is only in the model risk analyst's page, "annotation" never is: both pages
    # lack part of it, each the same for all its units, wherever the word would have been
    values = by_document("do annotation leads need statistics")
    for source in ("annotation-lead.txt", "model-risk-analyst.txt"):
        (value,) = values[source]
        assert 0.0 < value < 1.0
    q = answerer.analyze("do annotation leads need statistics")
    weights = {t: answerer.table.idf(t) for t in q.terms}
    lacking = [t for t in q.terms if t.startswith("statistic")]
    assert lacking and values["annotation-lead.txt"] == {
        round(sum(weights[t] for t in lacking) / sum(weights.values()), 9)}


def test_a_unit_giving_another_of_the_series_the_question_names_is_marked(make_engine, tmp_path):
    from tests.conftest import write_docs

    engine = make_engine(write_docs(tmp_path / "seeds", {"outcomes.md": (
        "# Graduate outcomes\n\n"
        "Of our 2023 graduates, 91% were in work fifteen months after graduating.\n\n"
        "Most graduates start as analysts in a regional office near home.\n\n"
        "# Engineering levels\n\n"
        "An IC3 engineer earns between 80,000 and 95,000 a year.\n\n"
        "Promotion is decided by a panel of senior engineers each spring.\n")}))
    engine.build()
    answerer = engine.answerer_for_fit()
    column = FEATURES.index("specific_sibling")

    def marked(question: str) -> dict[str, float]:
        q = answerer.analyze(question)
        cands = answerer.candidates(q, engine.embed_without)
        return {answerer.data.units[row].text[:20]: float(value)
                for row, value in zip(cands.rows.tolist(), cands.features[:, column])}

    # asked of one year, a unit giving another year instead is about a sibling of it
    values = marked("what were 2022 graduates doing fifteen months after graduating?")
    assert values["Of our 2023 graduate"] == 1.0
    assert values["Most graduates start"] == 0.0  # it names no year at all
    assert marked("what were 2023 graduates doing?")["Of our 2023 graduate"] == 0.0
    # and so of a grade: IC3 for IC4, not for IC3
    assert marked("what does an IC4 engineer earn?")["An IC3 engineer earn"] == 1.0
    assert marked("what does an IC3 engineer earn?")["An IC3 engineer earn"] == 0.0
    assert marked("what does an engineer earn?")["An IC3 engineer earn"] == 0.0
