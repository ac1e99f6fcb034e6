"""Answer quality per corpus and split, with the ranking stage and the rule-free anchor.

    python benchmarks/answer_quality.py                 # every corpus, train and sealed
    python benchmarks/answer_quality.py --corpus seeds --split sealed --json

Prints, for each corpus and split: fact recall, answered (in scope), declined (out of scope, and
apart for the near-domain traps and the other questions), source hit, median answer length, quotes verbatim, the ranking stage's recall@1/3/5/20 (the rank
of the first unit holding a fact), the plain top-5 anchor computed in the same run, and
conversation accuracy per kind. Sealed cases are scored, never listed. Same figures as
`careerbot eval`.
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
    from bot.evaluation.corpora import NAMES
    from bot.evaluation.report import format_table, run

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=[*NAMES, "all"], default="all")
    parser.add_argument("--split", choices=["train", "sealed", "all"], default="all")
    parser.add_argument("--no-conversations", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    corpora = list(NAMES) if args.corpus == "all" else [args.corpus]
    splits = ["train", "sealed"] if args.split == "all" else [args.split]
    figures = run(corpora, splits, conversations=not args.no_conversations)
    print(json.dumps([f.model_dump() for f in figures], indent=1) if args.json else format_table(figures))


if __name__ == "__main__":
    main()
