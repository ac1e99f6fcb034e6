#!/usr/bin/env python3
"""Merge blind-written cases into an evaluation set, each given a split by a hash of its id.

    python3 tests/eval/assign_splits.py NEW.jsonl... --into tests/eval/seeds/questions.jsonl

Cases keep every field; `split` becomes "sealed" for about `--sealed` of them (sha256 of the id,
so the choice is fixed before anyone reads a case) and "train" for the rest. Cases already in the
target keep their split. Sealed cases are never printed, inspected or fitted on.
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path


def split_of(case_id: str, sealed: float) -> str:
    h = int(hashlib.sha256(case_id.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    return "sealed" if h < sealed else "train"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("new", nargs="+", type=Path)
    ap.add_argument("--into", type=Path, required=True)
    ap.add_argument("--sealed", type=float, default=0.5)
    args = ap.parse_args()
    existing = [json.loads(l) for l in args.into.read_text().splitlines() if l.strip()] if args.into.exists() else []
    ids = {c["id"] for c in existing}
    added = 0
    for path in args.new:
        for line in path.read_text().splitlines():
            if line.strip():
                case = json.loads(line)
                if case["id"] in ids:
                    continue
                case["split"] = split_of(case["id"], args.sealed)
                existing.append(case)
                ids.add(case["id"])
                added += 1
    args.into.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in existing))
    counts = {}
    for c in existing:
        counts[c["split"]] = counts.get(c["split"], 0) + 1
    print(f"{args.into}: {len(existing)} cases ({added} added); by split: {counts}")


if __name__ == "__main__":
    main()
