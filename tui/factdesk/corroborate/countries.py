"""Which countries a claim is about, by their names and their people's adjectives.

A place name is a name the desk groups; a nationality adjective is not ("the Slovenian
Alps", "Hungarian nurses", «хорватские врачи»), so two claims naming other countries that
way shared no place to tell them apart, and a figure both give made them one claim (a bus
crash in Slovenia beside one in Croatia). Each country has one key in both scripts
(``lexicon.english.COUNTRY_WORDS``, ``lexicon.cyrillic.COUNTRY_STEMS``), so "Croatia" and
«у Хорватії» meet and "Hungarian" and «у Хорватії» do not.
"""

from __future__ import annotations

import re

from factdesk.lexicon.cyrillic import CAPITAL_STEMS, COUNTRY_STEMS, has_cyrillic
from factdesk.lexicon.english import CAPITALS, COUNTRY_WORDS

_WORDS = {**COUNTRY_WORDS, **CAPITALS}
"""A country's name, its people's words and its capital (``CAPITALS``): "Vilnius" names
Lithuania as "Lithuanian" does, so a claim naming the capital and one naming the country
share a country (``match._elsewhere``), and two claims naming two capitals are about two
countries (``match._other_countries``)."""
_STEMS = {key: "|".join(s for s in (COUNTRY_STEMS.get(key), CAPITAL_STEMS.get(key)) if s)
          for key in {**COUNTRY_STEMS, **CAPITAL_STEMS}}  # fmt: skip


def _at_word_start(words: list[str]) -> str:
    """``(?<![\\w-])(?:word|word...)``, each word's first letter before the look-behind
    (``W(?<![\\w-]W)ord``): the same matches, but ``re`` then scans in C for the words'
    first letters instead of trying the alternation at every position of the text (a third
    of the time of ``countries`` on the bench's claims, issue 15). Each word opens on a
    letter (checked)."""
    assert all(word[:1].isalpha() for word in words), "a word opening on a letter"
    return "|".join(rf"{w[0]}(?<![\w-]{w[0]}){w[1:]}" for w in words)


_LATIN = re.compile("(?:" + _at_word_start(sorted(_WORDS, key=len, reverse=True)) + r")(?![\w-])")
"""A country's name or its people's adjective in Latin letters, a whole word (not inside a
hyphenated one)."""
_CYRILLIC = re.compile("|".join(f"(?P<{key}>{stems})" for key, stems in _STEMS.items()), re.I)
_CYRILLIC_WORD = re.compile(r"[а-яёіїєґ][а-яёіїєґ'’]*", re.I)


def countries(text: str) -> tuple[str, ...]:
    """The keys of the countries ``text`` names or names the people of, in order, once.

    The Russian and Ukrainian stems are matched at the start of each Cyrillic word, and only
    in a text that has one: searched at every position of every claim, the one pattern of
    all the stems cost 0.5 ms a claim (a third of the 10,000-claim bench's build)."""
    found = [_WORDS[m.group()] for m in _LATIN.finditer(text)]
    for word in _CYRILLIC_WORD.findall(text) if has_cyrillic(text) else ():
        if (m := _CYRILLIC.match(word)) and m.lastgroup:
            found.append(m.lastgroup)
    return tuple(dict.fromkeys(found))


def spans(text: str) -> list[tuple[int, int, str]]:
    """Where ``text`` names a country or its people, in order: (start, end, country key).
    Why: a party told by its country's adjective ("Croatian authorities", «хорватские власти»)
    or name («власти Хорватии») is one party across scripts (``arguments``)."""
    found = [(m.start(), m.end(), _WORDS[m.group()]) for m in _LATIN.finditer(text)]
    if has_cyrillic(text):
        for word in _CYRILLIC_WORD.finditer(text):
            if (m := _CYRILLIC.match(word.group())) and m.lastgroup:
                found.append((word.start(), word.end(), m.lastgroup))
    return sorted(found)
