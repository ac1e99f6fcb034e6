"""How the fitted answer layer does on documents it was not fitted on: leave one corpus out.

    python benchmarks/transfer.py                   # each corpus held out in turn
    python benchmarks/transfer.py --held corpus3 --json

For each held-out corpus, the answer models and the search's fusion weight are fitted exactly as
`careerbot fit` does, on the training split of the *other* corpora only, and the held-out
corpus's training split is then answered end to end with them (fact recall, answered in scope,
declined out of scope, median length, the plain top-5 anchor of the same run). That is the situation of a user who
drops in documents careerbot has never seen: the figures to watch when changing a feature or
the gate. Only training splits are read (of the fitted corpora and of the held-out one); sealed
cases are left to `careerbot eval`. `bot/answer/ranker.json` is not touched. Not in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def main() -> None:
    from bot.evaluation.corpora import NAMES, open_corpus
    from bot.evaluation.fit import (collect, collect_dialogs, composer, fit, fusion_weight,
                                    use_weight)
    from bot.evaluation.report import evaluate, format_table

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--held", choices=[*NAMES, "all"], default="all",
                        help="the corpus left out of the fit (default: each in turn)")
    parser.add_argument("--no-conversations", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpora = {name: open_corpus(name) for name in NAMES}
    figures = []
    for held in (NAMES if args.held == "all" else [args.held]):
        others = [n for n in NAMES if n != held]
        # the fusion weight too is fitted on the others, and every corpus searched with it
        weight, _ = fusion_weight([corpora[n] for n in others])
        for corpus in corpora.values():
            use_weight(corpus, weight)
        samples = [s for n in others for s in collect(corpora[n]) + collect_dialogs(corpora[n])]
        ranker, report = fit(samples, dense_weight=weight,
                             compose=composer([corpora[n] for n in others]))
        corpus = corpora[held]
        answerer = corpus.engine.loaded().answerer
        fitted, answerer.ranker = answerer.ranker, ranker  # this process only; nothing is written
        result = evaluate(corpus, "train", conversations=not args.no_conversations)
        answerer.ranker = fitted  # the others' later turns are read as `ask` reads them
        figures.append(result.model_copy(update={"corpus": f"out:{held}"}))
        print(f"held out {held}: fitted on {', '.join(others)}, threshold "
              f"{report['threshold']:.3f}, dense weight {weight:.2f}", file=sys.stderr)
    print(json.dumps([f.model_dump() for f in figures], indent=1) if args.json
          else format_table(figures))


if __name__ == "__main__":
    main()
