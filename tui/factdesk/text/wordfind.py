"""Whether typed words find a text: the one word matcher of the ``/`` filter, Ctrl+F and
``factdesk claims --search``.

A typed word finds the same word in another ending and nothing else: "report" finds
"reports", "reported" and "reporting" but not "reporter"; "denied" finds "deny"; "бюджету"
finds "бюджет", "Орлевского" finds "Орлевский". Two words are one when the desk's stemmers
give them one key: English through ``lexicon.english.inflections`` (inflections only:
"reported" is "report", "denies" is "deny", but "reportedly" and "station" are words of their
own; the corroboration matcher's ``stem`` also joins "liberation" to "liberated", and made
"reported" find "reportedly" and "state" find "station" here), Russian and Ukrainian when the
two differ only by a case ending (``lexicon.cyrillic.stems``). The earlier rule cut a typed
word's last letters and took any word starting with what was left, so "reported" found
"reporter".

A typed word shorter than ``MIN_STEMMED`` letters may be a word typed in part: it also finds
any word it begins ("Marc" finds "Marchuk"); a figure finds the same figure ("12345" never finds
"12399"). Every typed word must be found, in any order, in any letter case. The whole query
as typed, punctuation and all ("U.S.", "$1.2bn"), is found too where it starts and ends on a
word's edge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from factdesk.lexicon import cyrillic, english

MIN_STEMMED = 5
"""Typed words shorter than this are also found at the start of any word (typed in part)."""

_PART = re.compile(r"[^\W\d_]+|\d+")
"""A word or a figure ("2bn" is the figure 2 and the word "bn")."""


@lru_cache(maxsize=1 << 16)
def keys(word: str) -> frozenset[str]:
    """The keys of a lower-case word: two words with a key in common are one word in two
    endings (see the module docstring)."""
    if cyrillic.CYRILLIC.search(word):
        return cyrillic.stems(word)
    return english.inflections(word)


def start(part: str) -> str:
    """What every text word a typed ``part`` (lower case, a word or a figure) finds begins
    with: the desk search asks its index for the words that begin so, then keeps those
    ``finds`` keeps."""
    if not part.isalpha():
        return part
    if cyrillic.CYRILLIC.search(part):
        shortest = min(keys(part), key=len)
        doubled = len(shortest) > 3 and shortest[-1] == shortest[-2]
        if doubled and shortest[-1] in cyrillic.DOUBLED_BEFORE_SOFT:
            return shortest[:-1]  # "обмеження" finds "обмежень" (``cyrillic.stems``)
        return shortest
    # A word with a stem in common begins with that stem less a closing "e" or "y" ("deny"
    # finds "denies", "state" finds "stating"); each stem is the word cut, so the shortest
    # so trimmed begins every other.
    return min((key.removesuffix("e").removesuffix("y") for key in keys(part)), key=len)


def parts(query: str) -> list[str]:
    """The words and figures of a typed query, in lower case."""
    return _PART.findall(query.casefold())


def finds(query: str, texts: Iterable[str]) -> bool:
    """Whether every word of ``query`` is in one of ``texts`` (ignoring case, see above)."""
    folded = [text.casefold() for text in texts]
    typed = query.casefold().strip()
    if not typed or any(_edged(typed).search(text) for text in folded):
        return True
    words = {word for text in folded for word in _PART.findall(text)}
    wanted = parts(typed)
    return bool(wanted) and all(_part_found(part, words) for part in wanted)


def first_found(query: str, text: str) -> int | None:
    """Where in ``text`` the first word begins that a word of ``query`` finds (by the rule of
    ``finds``), else None (the query found the claim by its speaker, or by a name's other
    spelling): a result list shows the claim from there when that is past its first line."""
    typed = query.lower().strip()
    if not typed:
        return None
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: no offsets
        return None
    edged = _edged(typed).search(lowered)
    found = [edged.start()] if edged else []
    for part in parts(typed):
        at = next((m.start() for m in _PART.finditer(lowered) if _part_found(part, {m[0]})), None)
        if at is not None:
            found.append(at)
    return min(found, default=None)


@lru_cache(maxsize=64)
def _edged(typed: str) -> re.Pattern[str]:
    """``typed`` as written, not inside a longer word or figure."""
    first, last = typed[0], typed[-1]
    before = r"(?<!\d)" if first.isdigit() else r"(?<![^\W\d_])" if first.isalpha() else ""
    after = r"(?![.,]?\d)" if last.isdigit() else r"(?![^\W\d_])" if last.isalpha() else ""
    return re.compile(before + re.escape(typed) + after)


def _part_found(part: str, words: set[str]) -> bool:
    if part in words:
        return True
    if not part.isalpha():  # a figure has no ending
        return False
    if len(part) < MIN_STEMMED and any(word.startswith(part) for word in words):
        return True
    wanted = keys(part)
    return any(not wanted.isdisjoint(keys(word)) for word in words if word.isalpha())
