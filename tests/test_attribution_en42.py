"""English speakers from session 42's fresh errors and review41's wrong outputs (issue 12,
`en42`): "raise" with a noun of worry is words only when its subject can voice them ("The
decision raised concerns among parents …" is no one's); a "he" after a spokeswoman's
quotation is not hers; "pointed out that …" reports its subject's words; "that person said" and
"two of the people said" after "said one of the people" are the unnamed sources again; a town
the recogniser took for a person ("… in Castle Falls") is never the "he" after it; a name set
right after a person's noun ("fitness coach Iker Bastida") is a person, never "the club"; "data
the X submits", "figures X released" are X's; a person who leads or chairs a body holds a post
(no `private-individual`). Every sentence is invented; the guards are a union, a pronoun and a
document raising concerns, a spokesman's "he added", "pointed out the old depot", people
described ("two of the people who were hurt"), a name inside a quotation she closes, "figures
released by", "data the paper obtained", and a person who lives near a river."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

DECISION = "The decision raised concerns among parents that the school bus would be scrapped.\n"

RAISED = """Bus review

The union raised fears that drivers would lose their jobs.

It raised concerns that the buses were unsafe.

The audit raised questions about how the council spent £2 million.
"""

SPOKESWOMAN = """Ward closed

A hospital spokeswoman said: "Three patients were moved overnight.

"None of them is in danger."

He added that the ward would reopen next week.
"""

SPOKESMAN = """Arrests

A police spokesman said: "Two men were arrested on Tuesday.

"They remain in custody."

He added that inquiries were continuing.
"""

DEPOT = """Depot closure row

Ada Finch, a shop steward at the depot, said nobody had warned the drivers.

Mr Pellow, the council's press officer, pointed out that every driver got a letter in March.

She pointed out the old depot to the visitors.
"""

TALKS = """Airline talks stall

Two regional airlines are struggling to agree a price for their merger, three people with
knowledge of the negotiations said.

Skyreach has offered 4 dollars a share and will go no higher, said one of the people.

Aerolux wants 5, that person said.

No deal, two of the people said.

Two of the people who were hurt said the road was dark.
"""

FALLS = """Superintendent quits

Russell Obrien, superintendent of schools in Castle Falls, quit on Thursday. He read out a
short statement.

"Castle Falls Community Schools deserves a fresh start," he said.

Mia Stone, the board chair, said the board would meet again on Monday.

"We thank Ronald Pike for his years of service," she said.
"""

COACHES = """Coaches leave

Goalkeeping coach Nils Brand has moved to a rival, the club confirmed.

Fitness coach Iker Bastida is expected to follow him in June, the club said.
"""

FIGURES = """Crime falls

Car thefts in Harwick dropped by a tenth, according to data the Harwick Police Department sends
to the state.

Staff numbers passed 64,000 in the autumn, according to figures Vantro published in October.

Passenger numbers rose 12% in the quarter, according to figures released by Tarrow Airport.

Burglaries rose by a third, according to data the paper obtained.
"""

POSTS = """Water plan

Tomas Ekwueme, who leads the Clean Water Coalition, said the plan came too late.

Ruth Bell, who chairs the parish council, said the plan came too late.

Joe Marr, who lives near the river, said the plan came too late.
"""

ARTICLES = {
    "decision": DECISION, "raised": RAISED, "spokeswoman": SPOKESWOMAN, "spokesman": SPOKESMAN,
    "depot": DEPOT, "talks": TALKS, "falls": FALLS, "coaches": COACHES, "figures": FIGURES,
    "posts": POSTS,
}  # fmt: skip


_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("article", "start", "sourcing", "speaker"),
    [
        ("decision", "The decision raised", "none", None),  # was "decision", named
        ("raised", "The union raised", "named", "union"),  # as before
        ("raised", "It raised concerns", "named", "union"),  # as before
        ("raised", "The audit raised", "unattributed", "The audit"),  # a document: as before
        ("spokeswoman", "He added that the ward", "none", None),  # was the spokeswoman
        ("spokesman", "He added that inquiries", "anonymous", "A police spokesman"),  # as before
        ("depot", "Mr Pellow, the council", "named", "Pellow"),  # was none
        ("depot", "She pointed out the old", "none", None),  # no words: as before
        ("talks", "Aerolux wants 5", "anonymous", "one of the people"),  # was unattributed
        ("talks", "No deal, two", "anonymous", "two of the people"),  # was unattributed
        ("talks", "Two of the people who", "unattributed", "Two of the people who were hurt"),
        ("falls", '"Castle Falls Community', "named", "Russell Obrien"),  # was "Castle Falls"
        ("falls", '"We thank Ronald Pike', "named", "Mia Stone"),  # as before
        ("coaches", "Fitness coach Iker", "named", "club"),  # was the coach "Iker Bastida"
        ("figures", "Car thefts in", "named", "Harwick Police Department"),  # was data
        ("figures", "Staff numbers passed", "named", "Vantro"),  # as before
        ("figures", "Passenger numbers", "named", "Tarrow Airport"),  # as before
        ("figures", "Burglaries rose", "unattributed", "data"),  # obtained, not made: as before
    ],
)
def test_en42_speakers(article: str, start: str, sourcing: str, speaker: str | None) -> None:
    claim = _claim(article, start)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)


@pytest.mark.parametrize(
    ("start", "private"),
    [
        ("Tomas Ekwueme, who leads", False),  # was flagged: he holds a post
        ("Ruth Bell, who chairs", False),  # was flagged
        ("Joe Marr, who lives", True),  # as before
    ],
)
def test_en42_post_held_in_a_who_clause(start: str, private: bool) -> None:
    assert ("private-individual" in _claim("posts", start).flags) is private
