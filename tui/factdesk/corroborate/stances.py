"""Who a sentence says holds which place: the stances ``corroborate`` compares across articles.

"Russian forces captured X" and "Ukraine denied losing X" both put X with Russia; "X was
retaken by Ukraine's forces" puts it with Ukraine. Parties are demonyms or country words cut
to a 5-letter stem, so "Russian", "Russians" and "Russia's" are one party. A hedged control
word ("would capture", "attempt to seize") asserts nothing. A claim that names no party takes
the one its article gives for that place elsewhere (``article_votes``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from factdesk.lexicon.english import DEMONYMS, DENIAL_RE, IRREALIS_RE, NEGATION_RE
from factdesk.names.mentions import Mention, mentions_within
from factdesk.text.fold import FoldedSearch

DENIAL = DENIAL_RE
"""The one denial pattern: what flags a claim ``denial`` is what counts as one here."""
NEGATION = NEGATION_RE
"""A negated statement ("have not lost"): turns a stance round, and denies for the matcher."""
CONTROL = re.compile(
    r"\b(?:control\w*|captur\w*|liberat\w*|seiz\w*|took|taken|retak\w*|recaptur\w*|fell|"
    r"fall\w*|occup\w*|hold\w*|held|los[st]\w*|losing|loss)\b",
    re.I,
)
_CONTROL_CUE = FoldedSearch(CONTROL)
"""Whether ``CONTROL`` occurs at all, searched on lowered text (``text.fold``)."""
LOSS = re.compile(r"\b(?:los[st]\w*|losing|loss|fell|fall\w*)\b", re.I)
HEDGE = IRREALIS_RE
CONTAINERS = re.compile(r"^\W*(?:region|oblast|province|district|area)\b", re.I)
PARTY_STEMS = frozenset(d.lower()[:5] for d in DEMONYMS)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['’]s)?\b")


_POSSESSIVE = re.compile(r"['’]s$")


@lru_cache(maxsize=1 << 14)
def party_of(word: str) -> str:
    """Russian, Russians, Russia's and Russia all name one party: a 5-letter stem. Cached:
    asked of every capitalised word of every claim indexed."""
    return _POSSESSIVE.sub("", word).lower()[:5]


def _parties(text: str) -> list[tuple[int, str]]:
    """(offset, party) of each demonym or country word ("Ukraine's" and "Ukrainian" alike)."""
    found = []
    for match in _CAPITALISED.finditer(text):
        stem = party_of(match.group())
        if stem in PARTY_STEMS:
            found.append((match.start(), stem))
    return found


_FIGURE_OBJECT = re.compile(
    r"\s+(?:(?:to|by|from|at|up|down)\s+)?(?:(?:only|just|about|around|nearly|over|some)\s+)?\d"
)
"""A control word whose object is a figure holds no place: "taken 56.5% of the vote", "held
30 seats", "captured 40% of the market", "the waiting list fell to 7.6 million"."""
_SHARE_OF = re.compile(
    r"(?:\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)|\b(?:half|parts?|most|much|some|a\s+third"
    r"|a\s+quarter|two\s+thirds|three\s+quarters)\b)\s+of\s+(?:the\s+)?$",
    re.I,
)
"""A share of a place ("over 80% of X", "half of X", "parts of X") before its name: a control
word then holds that share, not the place, in the passive ("80% of X had been taken") as in
the active, where ``_FIGURE_OBJECT`` already says so ("control 80% of X"); read as the place's
holder, the two tellings of one figure disagreed."""
_OWN_OBJECT = re.compile(r"\s+(?:(?:their|his|her|its|our|my|your)\s+lives?|away|up|off)\b", re.I)
"""A control word that is about something else altogether: "lost their lives" (died), "taken
away", "held up", "took off"."""
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|my|your|away|up|off)\b", re.I)
"""A control word with an object of its own after it ("had taken away every space", "lost
their lives", "took the decision"): a place before it is its subject, not what it holds."""


def _hedged(text: str, cue: re.Match) -> bool:
    """Not an assertion: "would capture", "attempt to seize", "capturing X is a precondition",
    "the capture of X, if confirmed"."""
    before, after = text[: cue.start()], text[cue.end() : cue.end() + 40]
    if HEDGE.search(before) or re.search(r"\bto\s+$", before):
        return True
    if cue.group().lower().endswith("ing") and not re.search(
        r"\b(?:is|are|was|were|been|den\w+|acknowledg\w*)\s+$", before
    ):
        return True
    return bool(re.match(r"[^.;]*?\b(?:if|would|could|might)\b", after))


def _object_place(text: str, places: Sequence[tuple[Mention, str]], cue: re.Match):
    """The place a control word is about: the first after it ("capture of X"), else the
    nearest before it ("X had been liberated"); a containing region never counts, nor a
    place of which a share is held ("80% of X had been taken": ``_SHARE_OF``)."""
    own = [(m, g) for m, g in places if not CONTAINERS.match(text[m.end : m.end + 12])
           and not _SHARE_OF.search(text, max(0, m.start - 40), m.start)]  # fmt: skip
    if _OWN_OBJECT.match(text, cue.end()):
        return None
    after = [(m, g) for m, g in own if 0 <= m.start - cue.end() <= 60]
    if after:
        return after[0][1]
    if _OBJECT_AFTER.match(text, cue.end()):
        return None
    before = [(m, g) for m, g in own if 0 <= cue.start() - m.end <= 80]
    return before[-1][1] if before else None


def place_stances(text: str, mentions: Sequence[Mention], groups: Sequence[str]) -> dict:
    """Who each control word says holds which place: {place group: (party, holds)}.

    The party is the demonym or country nearest before the word ("Russian forces control"),
    or its agent ("by Ukraine's forces"); a hedged word ("would capture") asserts nothing;
    a denial governing it ("denied losing") turns it round.
    """
    stances: dict[str, tuple[str, bool]] = {}
    if not _CONTROL_CUE.found(text):  # most sentences say nothing of holding a place
        return stances
    parties = _parties(text)
    places = [(m, g) for m, g in zip(mentions, groups, strict=True)
              if m.kind == "place" and party_of(m.text) not in PARTY_STEMS]  # fmt: skip
    for cue in CONTROL.finditer(text):
        if _hedged(text, cue) or _FIGURE_OBJECT.match(text, cue.end()):
            continue
        place = _object_place(text, places, cue)
        if place is None or stances.get(place, ("",))[0]:
            continue
        clause_start = text.rfind(" that ", 0, cue.start())
        subject = [p for pos, p in parties if clause_start < pos < cue.start()]
        subject = subject or [p for pos, p in parties if pos < cue.start()]
        agent = re.match(r"[^.;]{0,40}?\bby\s+(?:the\s+)?(\w+)", text[cue.end() :])
        party = (
            party_of(agent.group(1)) if agent and party_of(agent.group(1)) in PARTY_STEMS else ""
        )
        party = party or (subject[-1] if subject else "")
        holds = not LOSS.match(cue.group())
        before = text[max(0, cue.start() - 60) : cue.start()]
        denial = DENIAL.search(before) or NEGATION_RE.search(before + cue.group())
        if denial:
            holds = not holds
        stances[place] = (party, holds)
    return stances


def article_votes(body: str, mentions: Sequence[Mention], groups: Sequence[str]) -> dict:
    """{place group: Counter(party)}: who the whole article (every sentence, claim or not)
    says holds each place. ``mentions`` in text order, as ``find_mentions`` gives them."""
    votes: dict[str, Counter] = {}
    group_of = {id(m): g for m, g in zip(mentions, groups, strict=True)}
    for sentence in re.finditer(r"[^.!?\n]+", body):
        start, end = sentence.span()
        inside = [(Mention(m.start - start, m.end - start, m.text, m.kind), group_of[id(m)])
                  for m in mentions_within(mentions, start, end)]  # fmt: skip
        if not inside:
            continue
        found = place_stances(sentence.group(), [m for m, _ in inside], [g for _, g in inside])
        for place, (party, holds) in found.items():
            if party and holds:
                votes.setdefault(place, Counter())[party] += 1
    return votes
