"""Proper-name mentions with offsets (interface; a first cut: runs of capitalised words).

``find_mentions(text) -> list[Mention]``: people, places, units, organisations and outlets named
in a text, with exact offsets (``text[m.start:m.end] == m.text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_STOP = {"The", "A", "An", "This", "That", "But", "And", "If", "In", "On", "It", "He", "She"}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str = "name"


def find_mentions(text: str) -> list[Mention]:
    mentions = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        while words and words[0] in _STOP:
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        start = match.start() + match.group().index(words[0])
        if text[start : start + len(name)] == name:
            mentions.append(Mention(start, start + len(name), name))
    return mentions
