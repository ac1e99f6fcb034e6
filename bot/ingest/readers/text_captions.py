"""Captions saved as text (WebVTT, SubRip): the cues of a talk's subtitles read as its turns.

A captioning tool writes a talk as cues: an optional cue number, a timing line
("00:01:12.000 --> 00:01:18.500", SubRip's with a comma), then a line or two of what was said,
a speaker's name in a voice tag before it ("<v Ama>", WebVTT's). A cue ends where the screen
needs a new line, not where a sentence does. The cue numbers, timings and tags are the format's
markup, as a transcript's timestamps are: the words are read as the turns they make, each
speaker's run of cues one turn ("[00:01:12] Ama: ..."), as `text_transcript` reads a
transcript's turns. A WebVTT file's "NOTE" blocks are its comments (a talk's title, where and
when it was held): its header, read as lines; its "Kind:" and "Language:" lines are settings.
"""

from __future__ import annotations

import re

_TIMING = re.compile(r"^\s*((?:\d{1,2}:)?\d{1,2}:\d{2})[.,]\d{1,3}\s+-->\s+"
                     r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?(?:v|c|i|b|u|ruby|rt|lang)(?:[.\s][^>]*)?>|<\d{1,2}:\d{2}[:.\d]*>")
_SETTING = re.compile(r"^(?:Kind|Language|Region|Style)\s*:", re.I)
MIN_CUES = 3  # a few timing lines make a captions file; one is a line of text that has one


def captions(lines: list[str]) -> list[str] | None:
    """`lines` as a header and speaker turns when they are captions (see the module), else
    None."""
    text = [line for line in lines if line.strip()]
    webvtt = bool(text) and text[0].strip().startswith("WEBVTT")
    if sum(1 for line in text if _TIMING.match(line)) < MIN_CUES:
        return None
    header: list[str] = []
    turns: list[tuple[str, str, list[str]]] = []  # (time, speaker, words)
    for block in _blocks(lines):
        timing = next((i for i, line in enumerate(block) if _TIMING.match(line)), None)
        if timing is None:
            first = block[0].strip()
            if webvtt and first.startswith("WEBVTT"):  # the file's header: settings, no text
                header += [line for line in block[1:] if not _SETTING.match(line.strip())]
            elif webvtt and _SETTING.match(first):
                pass
            elif webvtt and first.startswith("NOTE"):  # a comment: one paragraph
                header.append(" ".join(line.strip() for line in [first[4:]] + block[1:]
                                       if line.strip()))
            else:
                header += block
            continue
        time = _TIMING.match(block[timing]).group(1)
        said = " ".join(line.strip() for line in block[timing + 1:] if line.strip())
        voice = _VOICE.search(said)
        speaker = voice.group(1).strip() if voice else (turns[-1][1] if turns else "")
        words = " ".join(_TAG.sub("", said).split())
        if not words:
            continue
        if turns and turns[-1][1] == speaker:  # the same speaker goes on
            turns[-1][2].append(words)
        else:
            turns.append((time, speaker, [words]))
    out = header + [""]
    for time, speaker, words in turns:
        label = f"{speaker}: " if speaker else ""
        out += [f"[{time}] {label}{' '.join(words)}", ""]
    return out


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks
