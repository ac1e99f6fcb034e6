"""The evaluation sets are valid (tests/eval/check_eval_set.py on every corpus), and the
checker finds a bad case without ever showing what a sealed case says."""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from conftest import REPO

_spec = importlib.util.spec_from_file_location("check_eval_set", REPO / "tests" / "eval" / "check_eval_set.py")
check_eval_set = sys.modules["check_eval_set"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_eval_set)


@pytest.mark.parametrize("name", ["seeds", *(f"corpus{n}" for n in range(2, 19))])
def test_the_evaluation_sets_are_valid(name, capsys):
    status = check_eval_set.main([name])
    out = capsys.readouterr().out  # only counts, and problems of train cases, are ever printed
    assert status == 0, out
    assert f"{name}: " in out and "train " in out and "sealed " in out


def write_set(tmp_path, questions, conversations=()):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "analyst.txt").write_text("Model risk analysts earn $61,000 to $74,000.\n")
    (docs / "engineer.md").write_text("Engineers use **Apache Spark** and [Kafka](https://kafka.example).\n")
    (docs / "guide.html").write_text("<p>Leads write <b>labelling</b> guidelines &amp; specs.</p>")
    (docs / "report.pdf").write_bytes(b"%PDF-1.4 binary")
    folder = tmp_path / "eval"
    folder.mkdir()
    for file, rows in (("questions.jsonl", questions), ("conversations.jsonl", conversations)):
        (folder / file).write_text("".join(json.dumps(r) + "\n" for r in rows))
    return ["--docs", str(docs), "--eval", str(folder)]


def case(i, question, sources, facts, split="train", kind="fact"):
    return {"id": f"q{i:03d}", "question": question, "kind": kind, "answerable": True,
            "sources": sources, "facts": facts, "split": split}


def test_facts_are_found_in_text_extracted_from_markdown_and_html(tmp_path, capsys):
    args = write_set(tmp_path, [
        case(1, "analyst pay?", ["analyst.txt"], [["$61,000 to $74,000"]]),
        case(2, "engineer tools?", ["engineer.md"], [["Apache Spark and Kafka"]]),
        case(3, "what do leads write?", ["guide.html"], [["labelling guidelines & specs"]]),
        case(4, "in the report?", ["report.pdf"], [["cannot be read here"]]),
    ])
    assert check_eval_set.main(args) == 0
    out = capsys.readouterr().out
    assert "1 fact alternative(s) occur in their Markdown source only" in out
    assert "1 fact alternative(s) of sources this script cannot read" in out


def test_a_bad_train_case_is_shown_and_a_bad_sealed_case_is_not(tmp_path, capsys):
    args = write_set(tmp_path, [
        case(1, "analyst pay?", ["analyst.txt"], [["$99,999"]]),
        case(2, "secret sealed question?", ["analyst.txt"], [["secret sealed fact"]], "sealed"),
        case(3, "another?", ["nowhere.txt"], [["$61,000"]], "heldout"),
    ])
    assert check_eval_set.main(args) == 1
    out = capsys.readouterr().out
    assert "questions.jsonl:1 (q001): a fact of group 0 is in none of the listed sources: '$99,999'" in out
    assert "questions.jsonl:2 (sealed): a fact of group 0 is in none of the listed sources" in out
    assert "questions.jsonl:3 (sealed): split must be one of ('train', 'sealed')" in out
    for hidden in ("secret", "q002", "q003", "nowhere"):
        assert hidden not in out


def test_conversations_of_the_new_layout(tmp_path, capsys):
    turn = {"answerable": True, "sources": ["analyst.txt"], "facts": [["$61,000"]],
            "roles": ["model risk analyst"]}
    args = write_set(tmp_path, [case(1, "analyst pay?", ["analyst.txt"], [["$61,000"]])], [
        {"id": "c001", "kind": "clarification", "split": "train", "turns": [
            {"user": "salary?", "answerable": False, "sources": [], "facts": [], "roles": []},
            {"user": "for a model risk analyst", **turn}]},
        {"id": "c002", "kind": "switch", "split": "train", "turns": [
            {"user": "analyst pay?", **turn},
            {"user": "what do leads write?", "answerable": True, "sources": ["guide.html"],
             "facts": [["labelling guidelines"]], "roles": []}]},
        {"id": "c003", "kind": "clarification", "split": "train", "turns": [
            {"user": "analyst pay?", **turn}, {"user": "and junior?", **turn}]},
    ])
    assert check_eval_set.main(args) == 1
    out = capsys.readouterr().out
    assert "c001" not in out and "c002" not in out
    assert "conversations.jsonl:3 (c003): clarification conversation must open with a turn" in out
