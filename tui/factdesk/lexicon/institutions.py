"""The bodies every country has, by kind, in English, Russian and Ukrainian: one body is one
key in three languages.

"The Ministry of Defence of Russia", «Минобороны России» and «Міноборони Росії» are one body
and one origin; spelled in three languages they were three name groups and three
independent origins (issue 13 item 4). A body's key is its kind here and its
country (``COUNTRY_WORDS``, ``COUNTRY_STEMS``: the keys both scripts already share):
``body:defence@russia``.
Ukraine's General Staff and Russia's stay two bodies, and a kind without a country says
nothing about which body it is.

A spelling is read as a body only when every word of it is the kind's words, a country's or
a filler ("the", "of", "armed forces", "Federation"): "Defence Ministry spokesman Ivo Tarn",
"the Ministry of Defence building" or a ministry of some region are not the country's body.
"""

from __future__ import annotations

import re
from typing import Final

from factdesk.lexicon.bodies import BODY_NOUNS, alternation, stems
from factdesk.lexicon.cyrillic import COUNTRY_PHRASE_STEMS, COUNTRY_STEMS, has_cyrillic
from factdesk.lexicon.english import COUNTRY_PHRASES, COUNTRY_WORDS, NATIONAL_BODY_COUNTRIES

BODY_PREFIX: Final = "body:"
"""How a body's key begins (``body_key``): no name key begins so (a name key is letters)."""

_MINISTRY_RU, _MINISTRY_UK = BODY_NOUNS["ministry"].ru, BODY_NOUNS["ministry"].uk
_M = rf"(?:{_MINISTRY_UK}|{_MINISTRY_RU})\w*"
"""«министерство», «міністерства» in any case."""
_POLICE_RU, _POLICE_UK = BODY_NOUNS["police"].ru, BODY_NOUNS["police"].uk
_GOVERNMENT_RU, _GOVERNMENT_UK = BODY_NOUNS["government"].ru, BODY_NOUNS["government"].uk
_CABINET_RU, _CABINET_UK = BODY_NOUNS["cabinet"].ru, BODY_NOUNS["cabinet"].uk
_ADMINISTRATION_RU = BODY_NOUNS["administration"].ru
_ADMINISTRATION_UK = BODY_NOUNS["administration"].uk
_HEALTH_RU, _HEALTH_UK = BODY_NOUNS["health"].ru, BODY_NOUNS["health"].uk
_BANK = alternation("bank")
"""The Russian and Ukrainian nouns ``KINDS`` is built on, from their one home
(``lexicon.bodies``): a noun is never written here again."""

KINDS: Final[dict[str, tuple[str, ...]]] = {
    "defence": (
        r"defen[cs]e\s+ministry", r"ministry\s+of\s+defen[cs]e", r"mod",
        r"минобороны", r"міноборони", rf"{_M}\s+обороны", rf"{_M}\s+оборони",
    ),
    "foreign": (
        r"foreign\s+ministry", r"ministry\s+of\s+foreign\s+affairs", r"foreign\s+office", r"mfa",
        *stems("foreign"), rf"{_M}\s+иностранных\s+дел", rf"{_M}\s+закордонних\s+справ",
    ),
    "interior": (
        r"interior\s+ministry", r"ministry\s+of\s+(?:the\s+)?interior",
        r"ministry\s+of\s+internal\s+affairs", *stems("interior"),
        rf"{_M}\s+внутренних\s+дел", rf"{_M}\s+внутрішніх\s+справ",
    ),
    "health": (
        r"health\s+ministry", r"ministry\s+of\s+health", rf"{_HEALTH_RU}\w*", _HEALTH_UK,
        rf"{_M}\s+здравоохранения", rf"{_M}\s+охорони\s+здоров['’]я",
    ),
    "emergencies": (
        r"emergencies\s+ministry", r"ministry\s+of\s+emergency\s+situations",
        r"state\s+emergency\s+service", *stems("emergencies"),
        rf"{_M}\s+по\s+чрезвычайным\s+ситуациям",
        rf"державн\w+\s+{alternation('service')}\w+\s+з\s+надзвичайних\s+ситуацій",
    ),
    "general-staff": (
        r"general\s+staff", rf"{alternation('general-staff')}\w*",
        rf"генеральн\w+\s+{alternation('staff')}\w*",
    ),
    "police": (
        r"(?:national\s+)?police", rf"(?:национальн\w+\s+)?{_POLICE_RU}\w+", rf"нац{_POLICE_RU}\w+",
        rf"(?:національн\w+\s+)?{_POLICE_UK}\w+", rf"нац{_POLICE_UK}\w+",
    ),
    "prosecutor": (
        r"(?:office\s+of\s+the\s+)?prosecutor(?:[\s-]+general)?(?:['’]s\s+office)?",
        rf"(?:генеральн\w+\s+)?{alternation('prosecutor')}\w+",
        rf"ген{alternation('prosecutor')}\w+",
        r"офис\w*\s+генпрокурора", r"офіс\w*\s+генпрокурора",
        r"офіс\w*\s+генерального\s+прокурора",
    ),
    "parliament": (r"parliament", rf"{alternation('parliament')}\w*"),
    "central-bank": (
        r"central\s+bank", r"national\s+bank", rf"центро{_BANK}\w*", rf"нац{_BANK}\w*",
        rf"центральн\w+\s+{_BANK}\w*", rf"национальн\w+\s+{_BANK}\w*",
        rf"національн\w+\s+{_BANK}\w*",
    ),
    "government": (
        r"government", r"cabinet(?:\s+of\s+ministers)?", rf"{_GOVERNMENT_RU}\w+",
        rf"{_CABINET_RU}\w*", rf"{_GOVERNMENT_UK}\w*", rf"{_CABINET_UK}\w*",
        r"кабінет\w*\s+міністрів",
    ),
    "presidential-office": (
        r"presidential\s+(?:office|administration)", r"office\s+of\s+the\s+president",
        r"president['’]s\s+office", r"офис\w*\s+президента", r"офіс\w*\s+президента",
        rf"{_ADMINISTRATION_RU}и\w+\s+президента", rf"{_ADMINISTRATION_UK}і\w+\s+президента",
    ),
}  # fmt: skip
"""Each kind of body and how English, Russian and Ukrainian name it (whole words, any case;
a Russian or Ukrainian noun in any of its cases)."""

_KIND_RE: Final = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<{k.replace('-', '_')}>{'|'.join(p)})"
                              for k, p in KINDS.items()) + r")(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip

_FILLERS: Final = frozenset(
    """the of 's ’s armed forces army federation republic federal state national
    вооруженных вооружённых збройних сил армии армії федерации федерації республики
    республіки""".split()
)
"""Words that may stand beside a kind and a country and change nothing of which body it is
(«Генштаб российской армии»: without «армии» here the mention ended after the adjective,
'Генштаб российской'; review39)."""

_WORD: Final = re.compile(r"[\w'’-]+")
_POSSESSIVE: Final = re.compile(r"['’]s$")
_STEMS: Final = re.compile(
    "|".join(f"(?P<{key.replace('-', '_')}>{stems})" for key, stems in COUNTRY_STEMS.items()),
    re.IGNORECASE,
)
_ARMED_FORCES: Final = {"всу": "ukraine", "зсу": "ukraine", "рф": "russia"}
"""Initialisms that name a country's armed forces or the country («Генштаб ВСУ», «МО РФ»)."""
_PHRASES: Final = [
    *((re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])", re.IGNORECASE), key)
      for name, key in sorted(COUNTRY_PHRASES.items(), key=lambda item: -len(item[0]))),
    *((re.compile(rf"(?<![\w-])(?:{stems})(?![\w-])", re.IGNORECASE), key)
      for key, stems in COUNTRY_PHRASE_STEMS.items()),
]  # fmt: skip
"""A country named in several words, in either script, and its key ("the United States",
«Сполучених Штатів»): the longest English name first ("United States of America"). In any
case, as the kinds are: a headline in capitals ("UNITED KINGDOM GOVERNMENT") or a name
written in lower case names the same body (names41, review40 item 4)."""
_NATIONAL_KINDS: Final = frozenset(
    """defence foreign interior health emergencies general-staff parliament central-bank
    presidential-office""".split()
)
"""The kinds only a country has: beside one, "Georgia" is the country
(``NATIONAL_BODY_COUNTRIES``); a government, police or prosecutor may be a US state's."""


def country_of_word(word: str) -> str | None:
    """The country key one word names, in either script ("Russia's", "Russian", «России»,
    «Росії», «ВСУ»), or None."""
    bare = _POSSESSIVE.sub("", word)
    if bare in COUNTRY_WORDS:  # a country, not its capital: "Moscow police" is a city's
        return COUNTRY_WORDS[bare]
    lowered = bare.casefold()
    if lowered in _ARMED_FORCES:
        return _ARMED_FORCES[lowered]
    found = _STEMS.match(lowered)
    if found and found.lastgroup and found.end() >= 3:
        return next(k for k in COUNTRY_STEMS if k.replace("-", "_") == found.lastgroup)
    return None


def countries_in(words: str) -> set[str]:
    """The country keys a few words name, in either script, in one word or several."""
    rest, found = _phrase_countries(words)
    return found | {c for w in _WORD.findall(rest) if (c := country_of_word(w)) is not None}


def _phrase_countries(words: str) -> tuple[str, set[str]]:
    """The words with each country named in several words cut out, and those countries' keys
    ("Government of the United Kingdom": "Government of the ", {"uk"})."""
    found = set()
    for pattern, key in _PHRASES:
        words, count = pattern.subn(" ", words)
        if count:
            found.add(key)
    return words, found


def _national_country(word: str, kind: str) -> str | None:
    """The country a word names beside a body of ``kind``: a country's name that is also a US
    state's or a common word counts only beside a body only a country has."""
    bare = _POSSESSIVE.sub("", word)
    return NATIONAL_BODY_COUNTRIES.get(bare) if kind in _NATIONAL_KINDS else None


def _as_named(word: str) -> str:
    """A word written all in capitals or all in lower case as a name is written ("RUSSIA'S",
    "russia" -> "Russia's", "Russia"), for the English tables, which hold names as written; a
    word of mixed case, or of two letters ("UK", "US": initialisms), as it stands."""
    if len(word) > 2 and (word.isupper() or word.islower()):
        return word[:1].upper() + word[1:].lower()
    return word


def _state_in(words: list[str]) -> bool:
    """Whether the word "state" stands among a body's words (``_STATE``)."""
    return any(word.casefold() == _STATE for word in words)


_STATE: Final = "state"
"""Beside a country's name that is also a US state's ("Georgia State Parliament", "the Georgia
state police"), the word that says it is the state's body, not the country's."""


def body_kind(spelling: str) -> tuple[str, str | None] | None:
    """(kind, country or None) when the whole spelling names one of ``KINDS``, optionally
    with its country and fillers ("Russia's Defence Ministry", «Минобороны России», «Генштаб
    ЗСУ»); None for any other name, or for one naming two countries."""
    found = list(_KIND_RE.finditer(spelling))
    if len(found) != 1:
        return None
    if found[0].lastgroup is None:
        return None
    kind = found[0].lastgroup.replace("_", "-")
    rest, nations = _phrase_countries(
        spelling[: found[0].start()] + " " + spelling[found[0].end() :]
    )
    words = _WORD.findall(rest)
    for word in words:
        named = _as_named(word)
        country = country_of_word(word) or country_of_word(named)
        country = country or _national_country(named, kind)
        if _POSSESSIVE.sub("", named) in NATIONAL_BODY_COUNTRIES and _state_in(words):
            return None  # "Georgia State Parliament": a US state's
        if country is not None:
            nations.add(country)
        elif _POSSESSIVE.sub("", word).casefold() not in _FILLERS and word not in ("'s", "’s"):
            return None
    if len(nations) > 1:
        return None
    return kind, (nations.pop() if nations else None)


def body_key(kind: str, country: str) -> str:
    """The one key of a country's body of a kind, whatever the language it was named in."""
    return f"{BODY_PREFIX}{kind}@{country}"


def spelled_body(spelling: str) -> str | None:
    """The body key of a spelling that names a body and its country in its own words
    ("Ministry of Defence of Russia", «Минобороны России»), else None."""
    read = body_kind(spelling)
    if read is None or read[1] is None:
        return None
    return body_key(read[0], read[1])


_NEXT_WORD: Final = re.compile(r"[ \t]+([\w'’-]+)")
MAX_BODY_WORDS: Final = 3
"""Words read after a body's kind for its country («Министерство обороны Российской
Федерации»: two)."""


def named_bodies(text: str) -> list[tuple[int, int]]:
    """Where a Russian or Ukrainian text names a body with its country (a capitalised kind,
    then its country and fillers: «Минобороны России», «Міністерства оборони України»,
    «Генштаб ЗСУ»): (start, end) of each. Such a name has one capital, or none past its
    first word, so the capitals reading (``names.capitals``) found its country alone."""
    spans = []
    for found in _KIND_RE.finditer(text):
        word = found.group()
        if not word[:1].isupper() or not has_cyrillic(word):
            continue
        end, country, at = found.end(), False, found.end()
        for _ in range(MAX_BODY_WORDS):
            following = _NEXT_WORD.match(text, at)
            if following is None:
                break
            phrase = _phrase_at(text, following.start(1))
            if phrase is not None:
                country, at = True, phrase
                end = at
            elif country_of_word(following.group(1)) is not None:
                country, at = True, following.end()
                end = at
            elif following.group(1).casefold() in _FILLERS:
                at = following.end()
                end = at if country else end
            else:
                break
        if country:
            spans.append((found.start(), end))
    return spans


def _phrase_at(text: str, at: int) -> int | None:
    """The end of a country named in several Russian or Ukrainian words that begins at ``at``
    («Сполучених Штатів Америки»), else None."""
    for pattern, _ in _PHRASES:
        found = pattern.match(text, at)
        if found is not None:
            return found.end()
    return None
