"""Which countries a claim is about, by their names and their people's adjectives.

A place name is a name the desk groups; a nationality adjective is not ("the Peruvian
highlands", "Czech nurses", «словацкие врачи»), so two claims naming other countries that
way shared no place to tell them apart, and a figure both give made them one claim (a bus
crash in Peru beside one in Bolivia). Each country has one key in both scripts
(``lexicon.english.COUNTRY_WORDS``, ``lexicon.cyrillic.COUNTRY_STEMS``), so "Slovakia" and
«у Словаччині» meet and "Czech" and «у Словаччині» do not.
"""

from __future__ import annotations

import re

from factdesk.lexicon.cyrillic import COUNTRY_STEMS
from factdesk.lexicon.english import COUNTRY_WORDS

_LATIN = re.compile(
    r"(?<![\w-])(?:" + "|".join(sorted(COUNTRY_WORDS, key=len, reverse=True)) + r")(?![\w-])"
)
_CYRILLIC = re.compile(
    r"(?<![а-яёіїєґ'’-])(?:"
    + "|".join(f"(?P<{key}>{stems})" for key, stems in COUNTRY_STEMS.items())
    + ")",
    re.I,
)


def countries(text: str) -> tuple[str, ...]:
    """The keys of the countries ``text`` names or names the people of, in order, once."""
    found = [COUNTRY_WORDS[m.group()] for m in _LATIN.finditer(text)]
    found += [m.lastgroup for m in _CYRILLIC.finditer(text) if m.lastgroup]
    return tuple(dict.fromkeys(found))
