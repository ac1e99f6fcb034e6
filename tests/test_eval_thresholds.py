"""The seeds' training split run end to end on the real index with the fitted ranker: the figures
may not drop below a margin under what careerbot achieves today. Only the train split is run
here; the sealed split is only ever reported by `careerbot eval`."""

from __future__ import annotations

from bot.evaluation.corpora import EVAL, Corpus
from bot.evaluation.report import evaluate

# Measured on the seeds' train split with the ranker fitted on the train splits of the five
# corpora. Until 2026-12-06 the gate's threshold balanced the answered and declined targets
# (seeds train 0.648 / 0.772 / 0.904: fact recall / answered / declined, 287 cases); since, it
# is the one under which the training questions score best with one question in seven out of
# scope (see fit._threshold), the middle of the thresholds within one standard error of the best
# (fit._stable_threshold): 0.772 / 0.944 / 0.575, ranking recall@5 0.84; with the cosine of
# what a question asks of the role it names (cos_aspect), 0.779 / 0.954 / 0.644, recall@5 0.83;
# at the end of that stop (threshold 0.489), 0.764 / 0.944 / 0.712, recall@5 0.83; fitted on
# eight corpora with the thresholds nearest the targets (0.573), 0.788 / 0.964 / 0.671; with the
# gate's trees and the highest threshold answering 95% of each corpus (0.532), 0.808 / 0.995 / 0.726.
# The plain anchor's recall is 0.682. With the quotes an answer keeps around its best units (the
# sentence a quote leans on, an intro's items, the whole of a list two of whose items are
# chosen) 0.818 / 0.995 / 0.726, and the median answer went from 543 to 622 characters: it stays
# within the 700 an answer may take (600 until then). With 60 more training questions on each
# corpus (batch k, half of them out of scope) and the ranker refitted on them (threshold 0.471),
# 0.814 / 0.969 / 0.738 on 347 cases, median 574 characters, recall@5 0.85; with the composition
# settings judged on the answers as served (threshold 0.465), 0.818 / 0.969 / 0.748, median 604.
FLOORS = {"fact_recall": 0.74, "answered": 0.91, "declined": 0.48, "smalltalk": 0.95,
          "source_hit": 0.95, "verbatim": 1.0}
MIN_RANKING_AT_5 = 0.82
MAX_MEDIAN_CHARS = 700


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
