"""Dialogue: a message and the conversation so far in, the question to answer (or a reply) out.

Small talk (smalltalk), follow-up resolution (conversation), and multi-turn replies that stay on
a role, compare two, or ask for clarification (respond, grounding, comparison, clarification).
Builds on the answer stage.
"""
