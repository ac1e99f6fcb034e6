"""A smaller run of benchmarks/load.py: concurrent gradio_client sessions with follow-ups against
one in-process server; every reply must be the answer to its own session's history."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import REPO
from webapp import isolate_gradio, served


def _load_module():
    spec = importlib.util.spec_from_file_location("load_benchmark", REPO / "benchmarks" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_plan_spreads_questions_and_keeps_conversations_whole():
    load = _load_module()
    planned = load.plan(load.load_conversations(), sessions=20, questions=200)
    assert len(planned) == 20
    assert sum(len(conv) for convs in planned for conv in convs) == 200
    assert any(len(conv) > 1 for convs in planned for conv in convs)  # follow-ups included


@pytest.mark.slow
def test_concurrent_sessions_get_their_own_answers(engine, tmp_path, monkeypatch):
    isolate_gradio(monkeypatch, tmp_path)
    load = _load_module()
    with served(engine) as url:
        report = load.run(url, engine, sessions=6, questions=36)
    assert report["errors"] == 0, report["examples"]
    assert report["mismatches"] == 0, report["examples"]
    assert report["answered"] == 36
