"""The command line, run as users run it: a subprocess, real files, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO


def run(*args, env=None, timeout=300):
    full_env = {**os.environ, **(env or {})}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=REPO, env=full_env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def cli_env(small_seeds, tmp_path):
    return {"CAREERBOT_SEEDS_DIR": str(small_seeds), "CAREERBOT_INDEX_DIR": str(tmp_path / "ix")}


def test_help_teaches_with_examples():
    out = run("--help")
    assert out.returncode == 0
    assert "careerbot ask" in out.stdout and "CAREERBOT_INDEX_DIR" in out.stdout
    for command in ("index", "ask", "chat", "serve", "eval"):
        assert command in out.stdout


def test_index_then_no_op_then_ask_json(cli_env):
    first = run("index", env=cli_env)
    assert first.returncode == 0, first.stderr
    assert "indexed 3 changed file(s)" in first.stdout
    second = run("index", env=cli_env)
    assert second.returncode == 0 and "index is up to date" in second.stdout
    out = run("ask", "What do data scientists analyze?", "--json", env=cli_env)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert answer["answered"] is True
    assert answer["citations"][0]["source"] == "scientist.md"
    assert {"n", "source", "title", "section", "quote", "start", "end", "score"} <= set(
        answer["citations"][0])


def test_ask_builds_a_missing_index_and_says_so(cli_env):
    out = run("ask", "What do data scientists analyze?", env=cli_env)
    assert out.returncode == 0, out.stderr
    assert "building the index" in out.stderr
    assert "[1] Data Scientist" in out.stdout


def test_errors_are_one_line_and_exit_non_zero(tmp_path):
    out = run("index", "--seeds", str(tmp_path / "missing"), "--index", str(tmp_path / "ix"))
    assert out.returncode == 1
    lines = [ln for ln in out.stderr.splitlines() if ln.startswith("careerbot: error")]
    assert lines and "does not exist" in lines[0] and "Traceback" not in out.stderr


def _one_error(out, *words: str) -> str:
    lines = [ln for ln in out.stderr.splitlines() if ln.startswith("careerbot: error")]
    assert out.returncode == 1 and lines and "Traceback" not in out.stderr, out.stderr
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


def test_a_path_or_setting_at_fault_is_named_without_a_traceback(small_seeds, tmp_path):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    _one_error(run("index", "--seeds", str(small_seeds), "--index", str(a_file)),
               str(a_file), "is a file")
    _one_error(run("index", "--seeds", str(a_file), "--index", str(tmp_path / "ix")),
               str(a_file), "is a file")
    for variable, value in (("CAREERBOT_TOP_K", "0"), ("CAREERBOT_FUSION", "foo"),
                            ("CAREERBOT_MAX_FILE_BYTES", "abc")):
        _one_error(run("ask", "What do data scientists analyze?", env={variable: value}),
                   variable, value)


def test_serve_refuses_a_port_in_use_or_out_of_range_before_building(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        out = run("serve", "--port", str(port), "--index", str(tmp_path / "ix"))
        _one_error(out, f"port {port}", "in use")
    assert not (tmp_path / "ix").exists()  # refused before any build
    out = run("serve", "--port", "99999")
    assert out.returncode == 2 and "99999 is not a port" in out.stderr


def test_quiet_may_follow_the_command(cli_env):
    out = run("index", "-q", env=cli_env)
    assert out.returncode == 0, out.stderr
    assert "embedding" not in out.stderr  # progress is an info line, left out


def test_usage_errors_exit_2():
    assert run("frobnicate").returncode == 2


def test_chat_reads_questions_from_stdin(cli_env):
    env = {**os.environ, **cli_env}
    out = subprocess.run([sys.executable, "-m", "bot", "chat"], cwd=REPO, env=env, text=True,
                         input="What do data scientists analyze?\nthanks\n", capture_output=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr
    assert "Data scientists analyze" in out.stdout and "You're welcome" in out.stdout


def test_a_plain_answer_cites_a_quote_above_every_heading_by_its_title_alone():
    from bot.cli import format_plain
    from bot.records import Answer, Citation

    cite = dict(source="beekeeper.txt", title="Beekeeper", start=11, end=40, score=0.9,
                quote="A beekeeper looks after hives.")
    answer = Answer(question="q", text="A beekeeper looks after hives. [1]\n\nPay. [2]",
                    citations=(Citation(n=1, section=(), **cite),
                               Citation(n=2, section=("Pay",), **cite)),
                    answered=True, kind="answer")
    lines = format_plain(answer).splitlines()
    assert "[1] Beekeeper (beekeeper.txt:11-40)" in lines
    assert "[2] Beekeeper — Pay (beekeeper.txt:11-40)" in lines
