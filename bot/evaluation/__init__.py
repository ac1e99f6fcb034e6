"""Evaluation: the evaluation sets in, quality figures out.

Scores an answer against a case (scoring), runs single-turn questions (questions) and
multi-turn conversations (conversations) through the engine.
"""
