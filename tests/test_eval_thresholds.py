"""The seeds' training split run end to end on the real index with the fitted ranker: the figures
may not drop below a margin under what careerbot achieves today. Only the train split is run
here; the sealed split is only ever reported by `careerbot eval`."""

from __future__ import annotations

from bot.evaluation.corpora import EVAL, Corpus
from bot.evaluation.report import evaluate

# Measured on the seeds' train split (249 cases) with the ranker fitted on the train splits of
# three corpora, when these were set: fact recall 0.724, answered 0.857, declined 0.885, small
# talk 1.000, ranking recall@5 0.85; the plain anchor's recall 0.679. Fitted on four corpora
# (the fourth a book) with the gate's background, amount-asking words read as intent and the
# threshold the median over bootstrap resamples, the seeds read 0.671 / 0.783 / 0.918, recall@5
# 0.85 (the threshold alone moves them by about 0.03 either way: see fit._stable_threshold); with
# the fitted fusion weight, 0.670 / 0.794 / 0.869, recall@5 0.86. (With the raw top cosine in the
# gate and two corpora, the seeds read 0.750 / 0.891 / 0.820, but that gate answered 60% of the
# questions of a corpus it had not seen: see `ranker.gate_vector`.) The median stays within the
# 600 characters an answer may take.
FLOORS = {"fact_recall": 0.64, "answered": 0.74, "declined": 0.78, "smalltalk": 0.95,
          "source_hit": 0.95, "verbatim": 1.0}
MIN_RANKING_AT_5 = 0.82
MAX_MEDIAN_CHARS = 600


def test_train_split_figures_stay_above_their_floors(engine):
    corpus = Corpus("seeds", engine.settings, EVAL / "seeds")
    corpus.engine = engine  # the session's index of the seeds and its model
    figures = evaluate(corpus, "train", conversations=False)
    measured = ", ".join(f"{name} {getattr(figures, name):.3f}" for name in FLOORS) + \
        f", median {figures.median_chars:.0f} chars, ranking {figures.ranking}, " \
        f"anchor recall {figures.anchor_recall:.3f}"
    low = [f"{name} {getattr(figures, name):.3f} < {floor}"
           for name, floor in FLOORS.items() if getattr(figures, name) < floor]
    if figures.ranking["@5"] < MIN_RANKING_AT_5:
        low.append(f"ranking recall@5 {figures.ranking['@5']:.3f} < {MIN_RANKING_AT_5}")
    if figures.median_chars > MAX_MEDIAN_CHARS:
        low.append(f"median answer {figures.median_chars:.0f} > {MAX_MEDIAN_CHARS} chars")
    assert not low, f"{'; '.join(low)} (measured: {measured})"
    assert figures.cases >= 200 and figures.split == "train"
