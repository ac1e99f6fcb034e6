"""A question-and-answer layout in plain text: each question labelled over its labelled answer.

An FAQ written as plain text labels each question and its answer ("Q:" over "A:", "Question:"
over "Answer:", numbered "Q3." over "A3."). A question is the heading of its answer, as a
heading's body belongs to the heading: the answer is quoted with its question as its section,
so a short answer ("A: Yes.") keeps what it answers. The labels are the layout's markup, not
text: the question titles its answer without its "Q:" and the answer is quoted from after its
"A:". A label is read so only in the layout, a question label with an answer label on the next
line that holds text, so an "A." opening a sentence or a lettered item elsewhere stays text.

A sheet whose answers are each one paragraph (the next question, or a topic's heading alone on
its line, follows each) ends its last answer with its paragraph too: what comes after it (a
disclaimer, who published the sheet) answers no question.
"""

from __future__ import annotations

import re

# the layout's own labels (its vocabulary): "Q:", "Q.", "Q3:", "Question:", "Question 3:"
QUESTION = re.compile(r"^[ \t]*(?:Q|Question|QUESTION)(?: ?\d{1,3})?[:.][ \t]+(?=\S)")
ANSWER = re.compile(r"^[ \t]*(?:A|Answer|ANSWER)(?: ?\d{1,3})?[:.][ \t]+(?=\S)")


def faq_labels(lines: list[str]) -> tuple[dict[int, int], dict[int, int]]:
    """The questions and the answers of the layout among `lines`: for each, by line number,
    the length of its label (indent included)."""
    questions: dict[int, int] = {}
    answers: dict[int, int] = {}
    asked = -1  # the line of the question waiting for its answer
    for n, line in enumerate(lines):
        if not line.strip():
            continue
        answer = ANSWER.match(line)
        if asked >= 0 and answer:
            questions[asked] = QUESTION.match(lines[asked]).end()
            answers[n] = answer.end()
        question = QUESTION.match(line)
        asked = n if question else -1
    return questions, answers


def end_matter(lines: list[str], questions: dict[int, int], answers: dict[int, int]) -> int:
    """The number of the line that opens the text after the last answer among `lines` when
    the sheet keeps each answer to one paragraph (see the module); -1 when no text follows it
    or the sheet's answers run on over paragraphs."""
    after = [_next_paragraph(lines, n) for n in sorted(answers)]
    if len(after) < 2 or after[-1] >= len(lines):
        return -1
    if all(n in questions or _alone(lines, n) for n in after[:-1]):
        return after[-1]
    return -1


def _next_paragraph(lines: list[str], n: int) -> int:
    """The line opening the paragraph after the one of lines[n] (a question opens one)."""
    n += 1
    while n < len(lines) and lines[n].strip() and not QUESTION.match(lines[n]):
        n += 1
    while n < len(lines) and not lines[n].strip():
        n += 1
    return n


def _alone(lines: list[str], n: int) -> bool:
    """Whether lines[n] is a paragraph of one line (a topic's heading over the questions)."""
    return n + 1 >= len(lines) or not lines[n + 1].strip() or bool(QUESTION.match(lines[n + 1]))
