"""The same documents in other formats: a corpus converted to PDF and to Word, answered again.

    python benchmarks/converted.py                          # corpus3 as PDF and as Word
    python benchmarks/converted.py --corpus corpus2 --to pdf --split train --json

People save the same pages in whatever format they have: a company's career pages as HTML, as
PDF (printed or converted) and as Word. This converts a team corpus's web pages, text and Word
files with LibreOffice (`soffice --headless --convert-to`; not installed by careerbot: the
benchmark says so and stops without it) into PDF, and its web pages and text into Word, keeps
its markdown and whatever does not convert as it is, indexes each copy apart and answers the
corpus's questions on each, beside the original, with `careerbot eval`'s figures. The same
questions, the same facts in the same words: what changes is only how careerbot reads the
format. Source hit compares file names, which the conversion changes (".html" -> ".pdf"), so it
is not comparable across the columns. Sealed cases are scored, never listed. Not in CI.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

# what LibreOffice converts to each format, by the source file's suffix
CONVERTS = {"pdf": {".html", ".htm", ".txt", ".docx"}, "docx": {".html", ".htm", ".txt"}}
FILTERS = {"pdf": "pdf", "docx": 'docx:MS Word 2007 XML'}
TIMEOUT = 300  # seconds for one file's conversion


def convert(docs: Path, out: Path, fmt: str) -> list[str]:
    """Copy `docs` into `out`, each convertible file converted to `fmt`; the names of the files
    LibreOffice could not convert (kept as they are)."""
    out.mkdir(parents=True, exist_ok=True)
    failed = []
    for path in sorted(p for p in docs.iterdir() if p.is_file()):
        if path.suffix.lower() not in CONVERTS[fmt]:
            shutil.copy2(path, out / path.name)
            continue
        target = out / (path.stem + "." + fmt)
        with tempfile.TemporaryDirectory() as profile:  # a profile of its own: no lock clash
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            "--convert-to", FILTERS[fmt], "--outdir", str(out), str(path)],
                           capture_output=True, timeout=TIMEOUT, check=False)
        if not target.exists():
            failed.append(path.name)
            shutil.copy2(path, out / path.name)
    return failed


def main() -> None:
    from bot.evaluation.corpora import EVAL, NAMES, Corpus, open_corpus
    from bot.evaluation.report import evaluate, format_table
    from bot.settings import get_settings

    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=[n for n in NAMES if n != "seeds"], default="corpus3")
    parser.add_argument("--to", nargs="+", choices=sorted(CONVERTS), default=["pdf", "docx"])
    parser.add_argument("--split", choices=["train", "sealed", "all"], default="all")
    parser.add_argument("--work", type=Path,
                        default=Path(tempfile.gettempdir()) / "careerbot-converted",
                        help="where the converted copies and their indexes go")
    parser.add_argument("--no-conversations", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if shutil.which("soffice") is None:
        sys.exit("converted.py: LibreOffice's `soffice` is not on PATH; install LibreOffice to "
                 "convert the corpus (apt-get install libreoffice-writer)")
    original = open_corpus(args.corpus)
    corpora = [original]
    for fmt in args.to:
        folder = args.work / f"{args.corpus}-{fmt}"
        shutil.rmtree(folder, ignore_errors=True)
        failed = convert(original.settings.seeds_dir, folder, fmt)
        if failed:
            print(f"{fmt}: kept as they are (LibreOffice could not convert them): "
                  f"{', '.join(failed)}", file=sys.stderr)
        settings = get_settings(seeds_dir=folder, index_dir=args.work / f"{folder.name}.index")
        corpora.append(Corpus(f"{args.corpus}-{fmt}", settings, EVAL / args.corpus))
    splits = ["train", "sealed"] if args.split == "all" else [args.split]
    figures = [evaluate(c, split, conversations=not args.no_conversations)
               for c in corpora for split in splits]
    print(json.dumps([f.model_dump() for f in figures], indent=1) if args.json
          else format_table(figures))


if __name__ == "__main__":
    main()
