"""Whether a typed filter finds a text: each typed word in any case, or in another ending.

Why not a substring test alone: Russian and Ukrainian change a word's ending with its case
("бюджет", "бюджету", "бюджета"), so a reviewer who typed the word as they remembered it
missed the claim that writes it in another case. A typed word of ``MIN_STEMMED`` letters or
more also finds a text word that starts with it less its last one to three letters (``stem``); a
shorter word is still found inside any word (a name typed in part: "Marc" finds "Marchuk").
Every typed word must be found, in any order; the whole query typed as it is written
(punctuation and all) is found too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MIN_STEMMED = 5
"""Typed words this long or longer may differ from the text's word in their ending."""

_WORD = re.compile(r"\w+")


def stem(word: str) -> str:
    """``word`` less the ending a case may change: three letters from eight letters on (an
    adjective's "-ого" against "-ий": "Орлевского" → "Орлевск"), two from six ("бюджету" →
    "бюдже"), one at five ("армії" → "армі"), none below."""
    cut = 3 if len(word) >= 8 else 2 if len(word) >= 6 else 1 if len(word) >= MIN_STEMMED else 0
    return word[: len(word) - cut]


def finds(query: str, texts: Iterable[str]) -> bool:
    """Whether every word of ``query`` is in one of ``texts`` (ignoring case, see above)."""
    folded = [text.casefold() for text in texts]
    typed = query.casefold().strip()
    if not typed or any(typed in text for text in folded):
        return True
    words = {word for text in folded for word in _WORD.findall(text)}
    return all(_token_found(token, folded, words) for token in typed.split())


def _token_found(token: str, texts: list[str], words: set[str]) -> bool:
    if any(token in text for text in texts):
        return True
    parts = _WORD.findall(token)
    return bool(parts) and all(_part_found(part, texts, words) for part in parts)


def _part_found(part: str, texts: list[str], words: set[str]) -> bool:
    if any(part in text for text in texts):
        return True
    if len(part) < MIN_STEMMED or not part.isalpha():  # a figure has no case ending
        return False
    start = stem(part)
    return any(word.startswith(start) for word in words)
