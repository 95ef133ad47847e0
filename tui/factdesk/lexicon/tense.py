"""Words that tell whether a clause is about what will be or what was, in English, Russian and
Ukrainian: the auxiliaries and verb endings of a tense, no calendar word.

Their own home, not ``months``: the months table names dates, these read the verb around a
date ("will stay closed until Friday" is an end still to come, "was closed until Friday" a
past one), and a reader of tense elsewhere (a forecast, a promise) should find them here and
not behind a calendar. They live beside the calendar in ``lexicon`` because, like it, they
are one list for three languages.
"""

from __future__ import annotations

FUTURE_AUXILIARIES_RU_UK = ("будет", "будут", "будем", "буде", "будуть", "будемо")
"""The Russian and Ukrainian future auxiliary («будет закрыт», «буде відкрито»)."""
END_AHEAD = (
    "will", "shall", "won't", "won’t", "would", "must", "should", "is", "are",
    "am", "remain", "remains", "stay", "stays", "expected", "due", "going", "set",
    *FUTURE_AUXILIARIES_RU_UK, "останется", "останутся",
    "залишиться", "залишаться", "должен", "должна", "должно", "должны", "має", "мають",
)  # fmt: skip
"""Words of a clause telling what is or will be: the end it names ("will stay closed until
Friday", "must be repaired by Friday", "is shut until Monday", «будет закрыт до пятницы») is
still to come (``extract.timespan``)."""
FUTURE_WORDS = frozenset(
    ("will", "shall", "won't", "won’t", "would", "due", "going", *FUTURE_AUXILIARIES_RU_UK)
)
"""The words of ``END_AHEAD`` that tell a time to come and nothing else: a month after "in"
in their clause is the next one ("would start in March"; ``extract.timespan``). Not a present
("prices are higher in March" is a habit), nor "set" or "expected", which a past makes
("had been set up in March", "was expected in March")."""
PLAN_WORDS = frozenset(("due", "going"))
"""The words of ``FUTURE_WORDS`` that a past auxiliary puts in the past ("was due to",
"were going to"): a plan told as past, not a time to come (``extract.timespan``)."""
END_AHEAD_ENDINGS = ("'ll", "’ll", "тиме", "тиму", "тимуть", "тимемо", "тимете", "тимеш")
"""Endings of a word telling what will be: "it'll", and the Ukrainian future of one word
(«стоятиме», «працюватимуть»)."""
END_PAST = (
    "was", "were", "had", "did",
    "был", "была", "было", "были", "був", "була", "було", "були",
)  # fmt: skip
"""Words of a clause telling what was: the end it names ("had been flooded by Sunday evening",
"was closed until Friday", «был закрыт до пятницы») is past."""

FUTURE_CUES = (
    r"\bwill\b",
    r"\bscheduled\b",
    r"\bplann(?:ed|ing)\b",
    r"\bexpected\b",
    r"\bdue\b",
    r"\bnext\b",
    r"\bby\b",
    r"\buntil\b",
    r"\bforecast",
    r"\bdeadline\b",
    r"\bupcoming\b",
    r"\bwould\b",
    rf"\b(?:{'|'.join(FUTURE_AUXILIARIES_RU_UK)})\b",
    rf"\w(?:{'|'.join(END_AHEAD_ENDINGS[2:])})(?:ться|ся)?\b",
    r"\bне\s+(?:раньше|позднее|позже|раніше|пізніше)\b",
    r"\b(?:до\s+конца|к\s+концу|до\s+кінця)\b",
    r"\b(?:заплан|планиру|плану(?:є|ють|вал)|намерен|намір|ожида|очіку|прогноз)",
)
"""Words that make a date after the article's own expected rather than impossible
(``extract.dates.is_inconsistent``): "scheduled for 12 May 2027", «будет открыт в июне 2027
года», «завершиться не раніше червня 2027 року», «працюватиме до 2028 року». The English
list was the only one, so every Russian and Ukrainian sentence about a coming date was flagged
date-inconsistent. A bare perfective verb («завершится в июне 2027 года») reads as a present
form to a pattern and is still flagged: telling it needs the parse's tense."""
