"""Initials as names: which name the article gives a body's initials ("ECB", "TfL", "MoD").

One home for the Latin-script rules that ``ru_uk.spelled_out`` applies (the one entry point,
Cyrillic and Latin): the name the article defines the initials as in brackets ("the England
and Wales Cricket Board (ECB)"), and the one name anywhere in the article whose words the
initials keep, one capitalised word left out ("ECB" for "England and Wales Cricket Board",
"TfL" for "Transport for London" named further down). Every table is read once per article
(kept for the last few bodies): an article that quotes "TfL" ten times reads its text once.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from factdesk.extract.cues import BODY_NOUNS
from factdesk.lexicon.english import NAME_JOINS

__all__ = ["definitions", "is_acronym", "possessive", "shortened_names"]


def possessive(word: str) -> bool:
    """ "Moldova's", "Kenya’s": a possessive before a name, no part of it."""
    return word.endswith(("'s", "’s"))


def is_acronym(word: str) -> bool:
    """Initials used as a name ("ЦГЗ", "UCSO", "MoD"): two to six letters, the first and
    at least one other a capital, at most one lower-case letter between them."""
    upper = sum(c.isupper() for c in word)
    return (
        2 <= len(word) <= 6
        and word.isalpha()
        and word[0].isupper()
        and upper >= 2
        and len(word) - upper <= 1
    )


_CONNECTORS = NAME_JOINS | {"de"}  # ("Banco de España")
"""The short words a body's name keeps between its capitalised words (``NAME_JOINS``), "de"
too: the name runs on over them, and an initial may stand for one ("TfL")."""
_JOIN = "|".join(sorted(_CONNECTORS, key=lambda w: (-len(w), w)))
_DEFINED = re.compile(
    rf"(?<![\w-])((?:[A-Z][\w'’&-]*|{_JOIN})(?:[ \t]+(?:[A-Z][\w'’&-]*|{_JOIN})){{0,8}})"
    r"[ \t]*\([ \t]*([A-Z][A-Za-z&]{1,7})[ \t]*\)"
)
"""A name and the initials it is given in brackets ("the England and Wales Cricket Board
(ECB)"): the article's own definition, whatever letters the initials keep."""


@lru_cache(maxsize=8)
def definitions(body: str) -> dict[str, str]:
    """Initials -> the one name the article defines them as ("Royal Harbour Safety Institute
    (RHSI)"); initials defined as two different names are left out."""
    found: dict[str, set[str]] = {}
    for match in _DEFINED.finditer(body):
        words = match.group(1).split()
        while words and (words[0][:1].islower() or words[0] == "The" or possessive(words[0])):
            words = words[1:]  # ("the England and …", "Moldova's Electoral …": from the name)
        initials = match.group(2)
        spans = (words[i:] for i in range(len(words)))  # ("Senator Ann Lee of the Farmers
        short = next((s for s in spans if _abbreviates(initials, s)), None)  # Party (FP)")
        if short is not None:
            words = short
        elif not words or words[-1].lower() not in BODY_NOUNS:
            continue  # ("Stephen Marr (SNP)": a party's initials after a person; a body's own
            # name keeps initials of another language: "… Meteorological Institute (KNMI)")
        if len(words) >= 2 and words[-1][:1].isupper() and is_acronym(initials):
            found.setdefault(initials, set()).add(" ".join(words))
    return {initials: names.pop() for initials, names in found.items() if len(names) == 1}


def _abbreviates(initials: str, words: list[str]) -> bool:
    """Whether ``initials`` are drawn from the capitals of ``words`` in order, the first from
    the first word ("ECB" from "England and Wales Cricket Board", "MoD" from "Ministry of
    Defence"); a person's name before a party's initials ("Stephen Marr (SNP)") is no source."""
    capitals = "".join(c for c in " ".join(words) if c.isupper())
    wanted = [c for c in initials if c.isupper()]
    if not words or not wanted or words[0][:1] != wanted[0]:
        return False
    rest = iter(capitals[1:])
    return all(letter in rest for letter in wanted[1:])


_NAME_RUN = re.compile(rf"[A-Z][\w&’'-]*(?:[ \t]+(?:[A-Z][\w&’'-]*|{_JOIN}))*")
"""A run of capitalised words and the short words a body's name keeps between them."""


@lru_cache(maxsize=8)
def shortened_names(body: str, initials: str) -> frozenset[str]:
    """Every name in ``body`` the initials shorten (``_keeps``), its possessive left off.
    Kept for the last few (body, initials): an article that quotes "TfL" in ten sentences
    walks its name runs once, not ten times (few: a body may be megabytes)."""
    found = set()
    for run in _NAME_RUN.finditer(body):
        words = run.group().split()
        for i, j in itertools.combinations(range(len(words) + 1), 2):
            name = [*words[i : j - 1], re.sub(r"['’]s$", "", words[j - 1])]
            plain = j - i == 2 and not _CONNECTORS & set(name)  # ("GP": no "Gareth Pimm")
            if (
                j - i >= 2
                and not plain
                and name[0][0] == initials[0]
                and _keeps(initials, name, False)
            ):
                found.add(" ".join(name))
    return frozenset(found)


def _keeps(letters: str, words: list[str], skipped: bool) -> bool:
    """Whether each letter is the first of a word in order, a capital of a capitalised word
    and a small letter of a short word ("TfL": "Transport for London"), the first word and
    the last each a letter's; short words between may go, and one capitalised word
    ("England and Wales Cricket Board" for "ECB")."""
    if not letters or not words:
        return not letters and not words
    word, letter = words[0], letters[0]
    takes = word[0] == letter and (letter.isupper() or word in _CONNECTORS)
    if takes and (len(letters) > 1 or len(words) == 1) and _keeps(letters[1:], words[1:], skipped):
        return True
    if len(words) == 1:
        return False  # (the last word is always the last letter's)
    if word in _CONNECTORS:
        return _keeps(letters, words[1:], skipped)
    if not skipped and word[:1].isupper():
        return _keeps(letters, words[1:], True)
    return False
