"""A body named by title words, and what "the company" may stand for (issue 12, session 39,
`span39`): "General Staff", "Defence Ministry", "Interior Ministry" and "Armed Forces" are
bodies' names made of words that are also a person's titles, so stripping the titles left
"Staff" and "Ministry", and "The General Staff of Moldova said" nobody at all; "the company"
took the General Staff (or the country a headline had speak) that spoke before it; "said in a
statement that …" was read as no words when the parser hung the clause on the statement; "Plans
announced by X would …" is X's (README item 26); "Moldova's armed forces" was a person, and so
was "Korlan Dessat" though "Dessat added" follows (an unfamiliar two-word name the recogniser
typed a body); "Minister of Health Karel Dvorsky" was "Health Karel Dvorsky". Every
sentence is invented; the guards keep a person's title off a person's name, a company's own
"the company", plans put out by nobody named, and a body's short name a body."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

FRONT = """Moldova reports drones over its northern border

Moldova's General Staff said nine drones crossed the border.

The company's chief executive said 60 jobs were safe.

Norway's Defence Ministry said 14 patrol boats left port.

The General Staff of Moldova said two drones fell nearby.

The Interior Ministry said 11 people had been questioned.

Moldova's armed forces said three drones went south.

Defence Secretary Ann Roe said the order cost 18 million euros.

Staff Sergeant Mila Runde said snow delayed the convoy.

President Vell's office said the summit was off.

Hospital staff said the clinic had been shut since Tuesday.
"""

STATEMENTS = """Patrol boats delayed

The Ministry of Defence has ordered 40 patrol boats.

The MoD said in a statement that the boats were late.

Plans announced by the Ports Ministry would close six ferry piers.

Plans announced on Friday would close six ferry piers.
"""

COMPANY = """Depot to open

Tolvane Logistics said its order book had doubled.

The company's chief executive said 300 drivers were needed.
"""

PEOPLE = """Haulier hiring

Tolvane Logistics said its order book had doubled.

Tolvane said it would hire 40 drivers.

Korlan Dessat said the quay would reopen on Friday.

Dessat added that tolls would rise by 6 percent.

Minister of Health Karel Dvorsky said 2,000 beds were added.
"""

ARTICLES = {"front": FRONT, "statements": STATEMENTS, "company": COMPANY, "people": PEOPLE}


_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("article", "start", "speaker", "speaker_type"),
    [
        ("front", "Moldova's General Staff", "General Staff", "organisation"),  # was "Staff"
        ("front", "The company's chief", "company", "organisation"),  # was "Staff"/"Moldova"
        ("front", "Norway's Defence", "Defence Ministry", "organisation"),  # was "Ministry"
        ("front", "The General Staff of", "General Staff of Moldova", "organisation"),  # None
        ("front", "The Interior Ministry", "Interior Ministry", "organisation"),  # "Ministry"
        ("front", "Moldova's armed forces", "Moldova's armed forces", "organisation"),  # person
        ("front", "Defence Secretary", "Ann Roe", "person"),  # the titles still come off
        ("front", "Staff Sergeant", "Mila Runde", "person"),
        ("front", "President Vell's", "President Vell's office", "organisation"),
        ("front", "Hospital staff", None, None),  # people at work, no body's name
        ("statements", "The MoD said", "Ministry of Defence", "organisation"),  # was None
        ("statements", "Plans announced by", "Ports Ministry", "organisation"),  # was None
        ("statements", "Plans announced on", None, None),  # put out by nobody named
        ("company", "The company's chief", "Tolvane Logistics", "organisation"),  # as before
        ("people", "Korlan Dessat", "Korlan Dessat", "person"),  # was an organisation
        ("people", "Dessat added", "Korlan Dessat", "person"),  # was "Dessat"
        ("people", "Tolvane said", "Tolvane", "organisation"),  # a body's short name: its first
        ("people", "Minister of Health", "Karel Dvorsky", "person"),  # "Health Karel Dvorsky"
    ],
)
def test_bodies_named_by_title_words(
    article: str, start: str, speaker: str | None, speaker_type: str | None
) -> None:
    claim = _claim(article, start)
    assert (claim.speaker, claim.speaker_type) == (speaker, speaker_type)
