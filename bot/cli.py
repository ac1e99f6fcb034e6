"""careerbot's command line. Every careerbot error becomes one readable line and exit code 1."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence

from bot.errors import BotError

# bot.evaluation.corpora.NAMES, named here so that --help does not import the engine
CORPORA = ("seeds", "corpus2", "corpus3", "corpus4", "corpus5", "corpus6", "corpus7", "corpus8",
           "corpus9", "corpus10", "corpus11", "corpus12", "corpus13", "corpus14", "corpus15",
           "corpus16", "corpus17", "corpus18")

EXAMPLES = """\
examples:
  careerbot serve                          web chat on http://127.0.0.1:7860
  careerbot ask "What does a senior ML engineer earn?"
  careerbot ask "and a junior one?" --json   (JSON for scripts; no history here: use chat)
  careerbot chat                           multi-turn chat in the terminal
  careerbot index                          update the index after editing seeds/
  careerbot index --full                   re-embed everything
  careerbot eval                           quality per corpus and split (train, sealed)
  careerbot eval --corpus seeds --split train --no-conversations
  careerbot fit                            refit the answer models on the training split
  careerbot feedback > candidates.jsonl    web chat votes as candidate evaluation cases

environment:
  CAREERBOT_SEEDS_DIR, CAREERBOT_INDEX_DIR   where documents and the index live
                                              (default: the repository's seeds/ and index/)
  CAREERBOT_FEEDBACK_PATH                     where the web UI saves likes and dislikes
"""


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    parser = _parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="careerbot: %(message)s", stream=sys.stderr)
    for noisy in ("sentence_transformers", "transformers", "httpx", "faiss"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    try:
        return args.func(args)
    except BotError as exc:
        print(f"careerbot: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("careerbot: interrupted", file=sys.stderr)
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="careerbot", description="Career advice answered only with quotes from your own "
        "documents (seeds/: markdown, HTML, PDF, Word, plain text), each quote cited.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, func, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, epilog=EXAMPLES,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        # -q after the command as well as before it ("careerbot index -q")
        p.add_argument("-q", "--quiet", action="store_true", default=argparse.SUPPRESS,
                       help="only warnings and errors")
        p.add_argument("--seeds", metavar="DIR", help="seeds folder (default: seeds/)")
        p.add_argument("--index", metavar="DIR", help="index folder (default: index/)")
        p.set_defaults(func=func)
        return p

    p = add("index", _cmd_index, "build or update the index (only changed files are re-embedded)")
    p.add_argument("--full", action="store_true", help="re-embed every file")
    p.add_argument("--json", action="store_true", help="print the build report as JSON")
    p = add("ask", _cmd_ask, "answer one question")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument("--json", action="store_true", help="print the Answer as JSON")
    add("chat", _cmd_chat, "chat in the terminal (follow-up questions work; Ctrl-D to quit)")
    p = add("serve", _cmd_serve, "serve the web chat (builds the index first if needed)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    p.add_argument("--port", type=_port, default=7860, help="port (default: 7860)")
    p = add("eval", _cmd_eval, "quality figures per corpus and split (tests/eval/<corpus>/)")
    p.add_argument("--corpus", choices=[*CORPORA, "all"], default="all",
                   help="which corpus (default: all; corpus2 ... corpus8 are the team's "
                        "test corpora in tests/<name>/docs)")
    p.add_argument("--split", choices=["train", "sealed", "all"], default="all",
                   help="train: fitted and debugged on; sealed: only ever reported (default: both)")
    p.add_argument("--no-conversations", action="store_true", help="single-turn questions only")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p = add("fit", _cmd_fit, "fit the answer models on the training split (bot/answer/ranker.json)")
    p.add_argument("--corpus", choices=[*CORPORA, "all"], default="all",
                   help="which corpora to fit on (default: all)")
    p = add("feedback", _cmd_feedback, "turn the web chat's likes and dislikes into candidate "
            "evaluation cases (JSONL on stdout, to review before adding to tests/eval/)")
    return parser


def _settings(args):
    from bot.settings import get_settings

    return get_settings(seeds_dir=args.seeds, index_dir=args.index)  # SettingsError names a bad one


def _engine(args):
    from bot.api import default_engine

    return default_engine(_settings(args))


def _cmd_index(args) -> int:
    engine = _engine(args)
    report = engine.build(full=args.full)
    if args.json:
        print(report.model_dump_json(indent=2))
        return 0
    for skipped in report.files_skipped:
        print(f"skipped {skipped.source}: {skipped.reason}", file=sys.stderr)
    for source, encoding in report.encodings.items():
        print(f"read {source} as {encoding} (not UTF-8)", file=sys.stderr)
    if report.up_to_date:
        print(f"index is up to date ({report.chunk_count} chunks from "
              f"{len(report.files_reused)} files; nothing embedded) in {report.index_dir}")
    else:
        print(f"indexed {len(report.files_embedded)} changed file(s), reused "
              f"{len(report.files_reused)}, removed {len(report.files_removed)}: "
              f"{report.chunk_count} chunks ({report.chunks_embedded} embedded, "
              f"{report.chunks_reused} reused) in {report.seconds:.1f}s")
    return 0


def _cmd_ask(args) -> int:
    answer = _engine(args).ask(args.question)
    if args.json:
        print(answer.model_dump_json(indent=2))
    else:
        print(format_plain(answer))
    return 0


def _cmd_chat(args) -> int:
    from bot.api import Chat

    chat = Chat(_engine(args))
    interactive = sys.stdin.isatty()
    if interactive:
        print(chat.engine.prompts.replies.greeting + "  (Ctrl-D to quit)\n")
    while True:
        try:
            question = input("you> " if interactive else "")
        except EOFError:
            print()
            return 0
        if not question.strip():
            continue
        print(format_plain(chat.ask(question)) + "\n")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: use 1-65535")
    return port


def _cmd_serve(args) -> int:
    from bot.web.app import serve

    return serve(_settings(args), host=args.host, port=args.port)


def _cmd_eval(args) -> int:
    from bot.evaluation.corpora import NAMES
    from bot.evaluation.report import format_table, run

    corpora = list(NAMES) if args.corpus == "all" else [args.corpus]
    splits = ["train", "sealed"] if args.split == "all" else [args.split]
    figures = run(corpora, splits, conversations=not args.no_conversations)
    print(json.dumps([f.model_dump() for f in figures], indent=1) if args.json
          else format_table(figures))
    return 0


def _cmd_fit(args) -> int:
    from bot.evaluation.corpora import NAMES
    from bot.evaluation.fit import ARTIFACT, format_report, run

    corpora = list(NAMES) if args.corpus == "all" else [args.corpus]
    report = run(corpora)
    print(f"fitted on the training split of {', '.join(corpora)}; wrote {ARTIFACT}")
    print(format_report(report))
    return 0


def _cmd_feedback(args) -> int:
    from bot.web import feedback

    path = _settings(args).feedback_path
    print(feedback.write_cases(feedback.candidate_cases(feedback.load(path))), end="")
    return 0


def format_plain(answer) -> str:
    """An Answer for a terminal: plain text, then the numbered sources."""
    from bot.markup import unescape_markdown

    lines = [unescape_markdown(answer.text).replace("**", "")]
    if answer.citations:
        lines.append("")
        for c in answer.citations:
            page = f", page {c.page}" if c.page is not None else ""
            where = f"{c.title} — {c.section_path}" if c.section_path else c.title
            lines.append(f"[{c.n}] {where} ({c.source}:{c.start}-{c.end}{page})")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
