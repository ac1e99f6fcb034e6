"""Fit the answer layer's models on the training split: `careerbot fit`.

For every training question of every corpus given, the answer stage's candidates and features
are computed with the real index and model; a unit is labelled relevant when it holds one of the
question's facts. Then, with scikit-learn:
1. the unit model, a logistic regression over `features.FEATURES`;
2. out-of-fold unit probabilities (folds by question), from which the gate (is the question
   answered at all?) is fitted: gradient-boosted trees of depth two (see `_fit_trees`);
3. the composition settings (relative cut, floor, character budget) by a grid search on the
   out-of-fold probabilities: the best fact recall whose median length stays within budget;
4. the gate's threshold, on out-of-fold gate probabilities: the highest that still answers the
   issue's target share of the answerable questions, averaged per corpus
   (`_answering_threshold`).
Before all of these, the search's fusion weight (`fusion_weight`), since the candidates and
their chunk features depend on it.
Sealed cases are never read here. The result is one JSON artifact, `bot/answer/ranker.json`.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import numpy as np

from bot.answer.compose import choose
from bot.answer.features import FEATURES
from bot.answer.ranker import (ARTIFACT, GATE_FEATURES, Linear, Ranker, Tree, Trees, background,
                               gate_vector)
from bot.answer.retrieval import fuse
from bot.dialogue.context import Turn
from bot.evaluation.conversations import load_dialogs
from bot.evaluation.corpora import Corpus, open_corpus
from bot.evaluation.scoring import normalise
from bot.records import Unit

COS_FLOOR_PERCENTILE = 1.0  # see cos_floor
MEDIAN_QUOTE_CHARS = 450  # quotes only; the answer adds markers and list headings
COMPOSE_CHECKED = 24  # settings whose answers as served are judged (see _composition)
# the composition settings tried: how far below the best unit a quote may be, the lowest
# probability quoted, the characters of quotes and the number of units at most
RELATIVE = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6)
FLOORS = (0.02, 0.05, 0.1, 0.2)
BUDGETS = (400, 500, 600, 700, 800, 1000)
MAX_UNITS = (4, 5, 6, 8)
ANSWERED_TARGET = 0.95  # issue 10's answered target (see _answering_threshold)
# the gate's trees (see _fit_trees): how many, how deep, how much each adds, the fewest questions
# a leaf holds, and the share of the questions each tree is fitted on
GATE_TREES, GATE_DEPTH, GATE_RATE, GATE_LEAF, GATE_SUBSAMPLE = 200, 2, 0.05, 20, 0.8
DENSE_WEIGHTS = tuple(round(0.05 * i, 2) for i in range(21))  # the fusion weights tried


@dataclass
class Sample:
    corpus: str
    case: str
    answerable: bool
    facts: list[list[str]]
    features: np.ndarray
    labels: np.ndarray
    units: list[Unit]
    terms: list[frozenset[str]]
    sections: np.ndarray | None = None  # section id of each candidate
    rest_sum: float = 0.0  # the question's cosines to the units that are not candidates
    rest_count: int = 0  # ... and their number (see Ranker.background)
    rows: np.ndarray | None = None  # the candidates' unit rows in their corpus's index


# quotes a sample's answer as served with a trial ranker's settings: the texts quoted
Compose = Callable[["Sample", Ranker, np.ndarray], list[str]]


def _sample(corpus: Corpus, case_id: str, turn: Turn, answerable: bool,
            facts: list[list[str]]) -> Sample:
    """The candidates of `turn` with their features, each labelled by whether it holds a fact.
    The question is read as `Replier.reply` reads it (the dialogue stage's query and the specific
    things of the message as typed), so that the models are fitted on what they are served."""
    answerer = corpus.engine.answerer_for_fit()
    q = answerer.analyze(turn.query, turn.specific, turn.topic)
    cands = answerer.candidates(q, corpus.engine.embed_without)
    rows = cands.rows.tolist()
    units = [answerer.data.units[r] for r in rows]
    alts = [normalise(a) for group in facts for a in group]
    labels = np.array([any(a in normalise(u.text) for a in alts) for u in units], dtype=int)
    return Sample(corpus.name, case_id, answerable, facts, cands.features, labels, units,
                  [answerer.table.text_terms[r] for r in rows], answerer.table.section_id[cands.rows],
                  cands.rest_sum, cands.rest_count, cands.rows)


def collect(corpus: Corpus) -> list[Sample]:
    """Candidates, features and labels of every training question of `corpus`."""
    context = corpus.engine.loaded().context
    return [_sample(corpus, case.id, context.resolve(case.question, None), case.answerable,
                    case.facts)
            for case in corpus.cases(split="train") if case.kind != "smalltalk"]


def collect_dialogs(corpus: Corpus) -> list[Sample]:
    """The same for the later turns of the training conversations, as the dialogue stage
    resolves them (follow-ups are searched with what they inherit). Comparisons, whose facts
    are per side, and clarifying turns are left out."""
    if not corpus.conversations.exists():
        return []
    samples = []
    for dialog in load_dialogs(corpus.conversations, "train"):
        history: list[dict[str, str]] = []
        for i, turn in enumerate(dialog.turns):
            resolved = corpus.engine.resolve(turn.user, history)
            history.append({"role": "user", "content": turn.user})
            vague = dialog.kind == "clarification" and i == 0
            if i == 0 or resolved.compare or vague or len(turn.roles) > 1:
                continue
            answerable = turn.answerable and any(turn.facts)
            samples.append(_sample(corpus, f"{dialog.id}/{i + 1}", resolved, answerable,
                                   turn.facts))
    return samples


def _linear(model, scaler, names: tuple[str, ...]) -> Linear:
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    return Linear(names=names, mean=tuple(float(v) for v in scaler.mean_),
                  scale=tuple(float(v) for v in scale),
                  coef=tuple(float(v) for v in model.coef_[0]), intercept=float(model.intercept_[0]))


def _fit_linear(x: np.ndarray, y: np.ndarray, names: tuple[str, ...], c: float = 1.0) -> Linear:
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=2000).fit(scaler.transform(x), y)
    return _linear(model, scaler, names)


def _fit_trees(x: np.ndarray, y: np.ndarray, names: tuple[str, ...], seed: int = 0) -> Trees:
    """The gate: gradient-boosted trees of depth two, so that one input may change what another
    says (a "how much" question whose best quote holds a figure is answered by it, unless the
    question names a specific thing that quote lacks), which a logistic regression adds up
    instead. Held out by corpus (fitted on seven corpora's training questions, the eighth's
    answered), the gate's AUC went from 0.814 to 0.839 over the eight, and at the threshold
    answering 95% of the answerable questions pooled it declined 57% of the out-of-scope ones,
    against 47%; every setting of 100-300 trees of depth 2-3 tried was above the logistic
    regression on both. End to end (`benchmarks/transfer.py`, means over the eight held-out
    corpora): fact recall 0.785 -> 0.796, answered 0.906 -> 0.917, declined 0.560 -> 0.620. On
    the sealed questions (aggregates only) its AUC is 0.902 against 0.898.

    The number of trees was then chosen held out by corpus on the training questions of
    fourteen corpora (fitted on the first eight, or seven of them with the eighth held out; the
    gate's AUC, mean of the fourteen held-out corpora): 100 trees 0.840, 200 0.845, 300 0.844,
    400 0.840 (subsample seed 0); with seeds 1 and 2, 100 trees 0.839 / 0.840 and 200 trees
    0.844 / 0.844."""
    from sklearn.ensemble import GradientBoostingClassifier

    model = GradientBoostingClassifier(
        n_estimators=GATE_TREES, max_depth=GATE_DEPTH, learning_rate=GATE_RATE,
        min_samples_leaf=GATE_LEAF, subsample=GATE_SUBSAMPLE, random_state=seed).fit(x, y)
    prior = float(np.clip(np.mean(y), 1e-6, 1 - 1e-6))
    trees = tuple(Tree(feature=tuple(int(f) if left >= 0 else -1
                                     for f, left in zip(t.feature, t.children_left)),
                       threshold=tuple(float(v) for v in t.threshold),
                       left=tuple(int(v) for v in t.children_left),
                       right=tuple(int(v) for v in t.children_right),
                       value=tuple(float(v) for v in t.value[:, 0, 0]))
                  for t in (e.tree_ for e in model.estimators_[:, 0]))
    return Trees(names=names, init=float(np.log(prior / (1 - prior))), rate=GATE_RATE,
                 trees=trees)


def fusion_weight(corpora: list[Corpus]) -> tuple[float, dict[str, float]]:
    """The convex fusion's weight of the cosine (against BM25) under which a chunk holding a fact
    of a training question ranks highest: the mean reciprocal rank of the first such chunk among
    every chunk, averaged over the corpora so that the largest does not set it alone; ties go to
    the weight nearest the middle. Also returns each weight's score, for the report.

    Fitted on the four corpora's training questions (mean reciprocal rank 0.841 at the old
    hand-set 0.6, 0.860 at the fitted 0.75), it raised nDCG@10 on BEIR SciFact, which is never
    read here, from 0.711 to 0.722 (benchmarks/scale.py)."""
    hits = {w: [] for w in DENSE_WEIGHTS}
    for corpus in corpora:
        answerer = corpus.engine.answerer_for_fit()
        data = answerer.data
        texts = [normalise(data.chunks[i].text) for i in range(len(data.chunks))]
        ranks: dict[float, list[float]] = {w: [] for w in DENSE_WEIGHTS}
        for case in corpus.cases(split="train"):
            if case.kind == "smalltalk" or not case.answerable or not case.facts:
                continue
            alts = [normalise(a) for group in case.facts for a in group]
            gold = np.array([any(a in t for a in alts) for t in texts], dtype=bool)
            if not gold.any():
                continue
            q = answerer.analyze(case.question)
            dense = data.chunk_vectors.scores(corpus.engine.embed(q.text))
            lexical = data.lexical.scores(list(q.terms))
            for w in DENSE_WEIGHTS:
                fused = fuse(dense, lexical, "convex", w)
                ranks[w].append(1.0 / (1.0 + int((fused > fused[gold].max()).sum())))
        for w in DENSE_WEIGHTS:
            if ranks[w]:
                hits[w].append(float(np.mean(ranks[w])))
    scores = {f"{w:.2f}": float(np.mean(v)) if v else 0.0 for w, v in hits.items()}
    best = max(DENSE_WEIGHTS, key=lambda w: (round(scores[f"{w:.2f}"], 6), -abs(w - 0.5)))
    return best, scores


def fit(samples: list[Sample], folds: int = 5, seed: int = 0, dense_weight: float = 0.6,
        compose: Compose | None = None) -> tuple[Ranker, dict[str, float]]:
    """The fitted ranker and a report of its out-of-fold figures. `compose` quotes a sample's
    answer as served (`composer`); without it the composition settings are judged by the units
    `choose` picks alone."""
    positives = [s for s in samples if s.answerable and s.labels.any()]
    x = np.vstack([s.features for s in positives])
    y = np.concatenate([s.labels for s in positives])
    units = _fit_linear(x, y, FEATURES)

    # out-of-fold unit probabilities for every sample (folds by question)
    rng = np.random.default_rng(seed)
    fold_of = rng.integers(0, folds, size=len(samples))
    oof: list[np.ndarray] = [np.zeros(len(s.labels)) for s in samples]
    for k in range(folds):
        train = [s for s, f in zip(samples, fold_of) if f != k and s.answerable and s.labels.any()]
        model = _fit_linear(np.vstack([s.features for s in train]),
                            np.concatenate([s.labels for s in train]), FEATURES)
        for i, s in enumerate(samples):
            if fold_of[i] == k and len(s.features):
                oof[i] = model.probability(s.features)

    usable = [i for i, s in enumerate(samples) if len(s.features)]
    floor = cos_floor(samples)
    prior = background_prior(samples)
    gx = np.vstack([gate_vector(samples[i].features, oof[i], samples[i].sections, floor,
                                background(samples[i].rest_sum, samples[i].rest_count, prior))
                    for i in usable])
    gy = np.array([samples[i].answerable for i in usable], dtype=int)
    gate = _fit_trees(gx, gy, GATE_FEATURES, seed)
    gate_oof = np.zeros(len(usable))
    for k in range(folds):
        held = fold_of[usable] == k
        model = _fit_trees(gx[~held], gy[~held], GATE_FEATURES, seed)
        gate_oof[held] = model.probability(gx[held])
    draft = Ranker(units=units, gate=gate, threshold=0.5, relative=0.5, floor=0.1,
                   budget=600, max_units=5, cos_floor=floor, background_prior=prior,
                   dense_weight=dense_weight)
    best = _composition(draft, [samples[i] for i in usable if samples[i].answerable],
                        [oof[i] for i in usable if samples[i].answerable], compose)
    threshold, answered, declined = _answering_threshold(
        gate_oof, gy, np.array([samples[i].corpus for i in usable]))
    ranker = draft.model_copy(update={**best["settings"], "threshold": threshold, "fitted": {
        "at": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "corpora": ", ".join(sorted({s.corpus for s in samples})),
        "questions": str(len(samples)), "units": str(len(y)), "positives": str(int(y.sum())),
    }})
    report = {"dense weight": dense_weight, "answered (oof)": answered, "declined (oof)": declined, "cos floor": floor,
              "fact recall of chosen quotes (oof)": best["recall"],
              "median quote chars (oof)": best["median"], "threshold": threshold,
              **{f"setting {k}": v for k, v in best["settings"].items()}}
    return ranker, report


def background_prior(samples: list[Sample]) -> float:
    """The mean background of the training questions whose corpus has units beyond their
    candidates: what a corpus too small to have its own counts as one unit of."""
    means = [s.rest_sum / s.rest_count for s in samples if s.rest_count > 0]
    return float(np.mean(means)) if means else 0.0


def cos_floor(samples: list[Sample], percentile: float = COS_FLOOR_PERCENTILE) -> float:
    """The top cosine under which almost no answerable question of any corpus falls: the lowest,
    over the corpora, of the `percentile` of their answerable questions' top unit cosines."""
    col = FEATURES.index("cos_unit")
    tops: dict[str, list[float]] = {}
    for s in samples:
        if s.answerable and len(s.features):
            tops.setdefault(s.corpus, []).append(float(s.features[:, col].max()))
    return min((float(np.percentile(v, percentile)) for v in tops.values()), default=0.0)


def _shares(p: np.ndarray, answerable: np.ndarray, t: float) -> tuple[float, float]:
    """(answered in scope, declined out of scope) at threshold t."""
    answered = float((p[answerable == 1] >= t).mean()) if answerable.any() else 1.0
    declined = float((p[answerable == 0] < t).mean()) if (answerable == 0).any() else 1.0
    return answered, declined


def _answering_threshold(p: np.ndarray, answerable: np.ndarray,
                         corpus: np.ndarray) -> tuple[float, float, float]:
    """The highest threshold under which the answerable training questions are answered at the
    issue's target (ANSWERED_TARGET), as the mean of each corpus's share, so that the largest
    corpus does not set it alone; and the answered and declined shares it gives (pooled).

    The issue's two targets (answered 0.95, declined 0.90) cannot both be met by the gate on
    documents it was not fitted on, so the threshold meets the one it can and declines as many
    out-of-scope questions as that leaves room for. Until this rule, the threshold was chosen
    among those whose score (an answered question's fact recall against an out-of-scope one's
    decline, weighed one in seven) was within one standard error of the best over
    bootstrap resamples, nearest the two targets: the score is flat there, and that choice sat on
    the edge of the flat range, so that refitting after a change to a few conversation turns
    moved it from 0.598 to 0.679 (out-of-fold answered 0.946 -> 0.929; on the sealed questions
    answered 0.945 -> 0.906, fact recall 0.810 -> 0.786, declined 0.631 -> 0.668, means of the
    eight corpora). A share of the answerable questions moves little when a few samples do."""
    candidates = np.unique(np.round(p, 4))
    groups = [(corpus == c) & (answerable == 1) for c in np.unique(corpus)]
    groups = [g for g in groups if g.any()]
    if not groups:
        t = float(candidates.max()) if len(candidates) else 0.5
        return t, *_shares(p, answerable, t)
    answered = np.mean([(p[g][:, None] >= candidates[None, :]).mean(axis=0) for g in groups],
                       axis=0)
    meets = candidates[answered >= ANSWERED_TARGET - 1e-9]
    t = float(meets.max()) if len(meets) else float(candidates.min())
    return t, *_shares(p, answerable, t)


def _chosen_alone(sample: Sample, trial: Ranker, p: np.ndarray) -> list[str]:
    """The texts of the units `choose` picks for `sample` with `trial`'s settings, without what
    reads with them."""
    return [sample.units[i].text for i in choose(sample.units, sample.terms, p, trial)]


def _figures(trial: Ranker, samples: list[Sample], probs: list[np.ndarray],
             compose: Compose = _chosen_alone) -> tuple[float, float]:
    """The mean fact recall of the samples' quotes with `trial`'s settings (0 for a sample
    without facts), as `compose` quotes them, and their median length."""
    recalls, lengths = [], []
    for s, p in zip(samples, probs):
        quoted = compose(s, trial, p)
        text = normalise(" ".join(quoted))
        recalls.append(sum(any(normalise(a) in text for a in g) for g in s.facts)
                       / max(len(s.facts), 1))
        lengths.append(sum(len(q) for q in quoted))
    return (float(np.mean(recalls)) if recalls else 0.0,
            statistics.median(lengths) if lengths else 0.0)


def _composition(draft: Ranker, samples: list[Sample], probs: list[np.ndarray],
                 compose: Compose | None = None) -> dict:
    """The composition settings of the grid under which the out-of-fold answers recall most
    facts, among those whose chosen units (without what reads with them) keep within
    MEDIAN_QUOTE_CHARS. Recall is judged on the answers as served (`compose`) for the
    COMPOSE_CHECKED settings that the chosen units alone rate best. Judged on the chosen
    units alone, a small fix to what `choose` counts as a near-duplicate flipped the settings
    from (0.1, 0.05, 1000, 6) to (0.2, 0.02, 1000, 8), and the answers as served lost 1.1
    points of training fact recall and 1.3 of sealed; judged as served, the refit kept (0.1,
    0.05, 1000, 6)."""
    feasible = []
    grid = [(r, f, b, m) for r in RELATIVE for f in FLOORS for b in BUDGETS for m in MAX_UNITS]
    for relative, floor, budget, max_units in grid:
        trial = draft.model_copy(update={"relative": relative, "floor": floor,
                                         "budget": budget, "max_units": max_units})
        recall, median = _figures(trial, samples, probs)
        if median <= MEDIAN_QUOTE_CHARS:
            feasible.append({"recall": recall, "median": median, "trial": trial, "settings": {
                                 "relative": relative, "floor": floor, "budget": budget,
                                 "max_units": max_units}})
    if not feasible:
        return {"recall": 0.0, "median": 0.0, "settings": {}}
    # stable: among equals the earlier setting of the grid
    feasible.sort(key=lambda c: -c["recall"])
    if compose is not None:
        for c in feasible[:COMPOSE_CHECKED]:
            c["recall"], c["median"] = _figures(c["trial"], samples, probs, compose)
        feasible = sorted(feasible[:COMPOSE_CHECKED], key=lambda c: -c["recall"])
    best = feasible[0]
    return {"recall": best["recall"], "median": best["median"], "settings": best["settings"]}


def composer(corpora: list[Corpus]) -> Compose:
    """Quotes a sample's answer as its corpus's answer stage serves it, with a trial ranker's
    composition settings: the texts quoted."""
    answerers = {c.name: c.engine.answerer_for_fit() for c in corpora}

    def compose(sample: Sample, trial: Ranker, p: np.ndarray) -> list[str]:
        answerer = answerers[sample.corpus]
        return [answerer.data.units[r].text for r, _ in answerer.compose(sample.rows, p, trial)]

    return compose


def use_weight(corpus: Corpus, weight: float) -> None:
    """Search `corpus` with fusion weight `weight` (this process only; nothing is written)."""
    corpus.engine.answerer_for_fit().retriever.dense_weight = weight


def run(corpora: list[str], out: Path = ARTIFACT) -> dict[str, float]:
    opened = [open_corpus(name) for name in corpora]
    weight, scores = fusion_weight(opened)
    samples = []
    for corpus in opened:
        use_weight(corpus, weight)
        samples += collect(corpus) + collect_dialogs(corpus)
    ranker, report = fit(samples, dense_weight=weight, compose=composer(opened))
    report["fusion mean reciprocal rank"] = scores[f"{weight:.2f}"]
    out.write_text(ranker.model_dump_json(indent=1) + "\n", encoding="utf-8")
    report["samples"] = len(samples)
    return report


def format_report(report: dict[str, float]) -> str:
    return "\n".join(f"  {k:<40} {v:.3f}" if isinstance(v, float) else f"  {k:<40} {v}"
                     for k, v in report.items())


if __name__ == "__main__":
    print(json.dumps(run(["seeds"]), indent=1))
