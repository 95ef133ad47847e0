"""Words that tell whether a clause is about what will be or what was, in English, Russian and
Ukrainian: the auxiliaries and verb endings of a tense, no calendar word.

Their own home, not ``months``: the months table names dates, these read the verb around a
date ("will stay closed until Friday" is an end still to come, "was closed until Friday" a
past one), and a reader of tense elsewhere (a forecast, a promise) should find them here and
not behind a calendar. They live beside the calendar in ``lexicon`` because, like it, they
are one list for three languages.
"""

from __future__ import annotations

END_AHEAD = (
    "will", "shall", "won't", "won’t", "would", "must", "should", "is", "are",
    "am", "remain", "remains", "stay", "stays", "expected", "due", "going", "set",
    "будет", "будут", "будем", "буде", "будуть", "будемо", "останется", "останутся",
    "залишиться", "залишаться", "должен", "должна", "должно", "должны", "має", "мають",
)  # fmt: skip
"""Words of a clause telling what is or will be: the end it names ("will stay closed until
Friday", "must be repaired by Friday", "is shut until Monday", «будет закрыт до пятницы») is
still to come (``extract.timespan``)."""
END_AHEAD_ENDINGS = ("'ll", "’ll", "тиме", "тиму", "тимуть", "тимемо", "тимете", "тимеш")
"""Endings of a word telling what will be: "it'll", and the Ukrainian future of one word
(«стоятиме», «працюватимуть»)."""
END_PAST = (
    "was", "were", "had", "did",
    "был", "была", "было", "были", "був", "була", "було", "були",
)  # fmt: skip
"""Words of a clause telling what was: the end it names ("had been flooded by Sunday evening",
"was closed until Friday", «был закрыт до пятницы») is past."""
