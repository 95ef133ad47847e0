"""An unnamed source taken up again (issue 12, session 40, `en40`): "the person said" after
"people familiar with the matter" is one of them; "these people said" points back as "the
people said" does; "the people said" finds them past a body that spoke by name; a closing
"…, one of the people said." the parser hung on the noun before the comma as a relative
clause, and "…, said the people, who declined to be identified as …" whose noun it gave to
the clause after, are attributions. Every sentence is invented; the guards are relative
clauses that stay relative, a plural that is not the unnamed one, and "the people" with no
unnamed source before."""

from __future__ import annotations

from functools import cache

import pytest
from factdesk.extract.claims import ClaimDraft, extract_claims

PEOPLE = """Harrowgate nears deal for Pellam toll roads

Buyout firm Harrowgate is nearing a deal to buy toll roads from Pellam Group, according to
people familiar with the matter.

A deal could give the group's road portfolio an enterprise value of about $950 million, one of
the people said. An agreement could be reached in the coming weeks, the person said.

Fees will rise after the sale, these people said.
"""

INVERTED = """Ostrava Holdings in talks to buy Kettlemarket

Ostrava Holdings is in talks to buy a stake in Kettlemarket, two people with direct knowledge
of the matter said.

Kettlemarket is also in talks with other investors, said the people, who declined to be
identified as the matter was private.

Kettlemarket said it had not accepted any offer.

The deal could value Kettlemarket at 11 billion lira, the people said.
"""

GUARDS = """Rovers bid for striker

Hollin Rovers bid for the striker at the price the analysts said was fair.

Fares rose twice in spring, which the union said was too much.

A resident, who asked not to be named, said the pool had closed.

The residents said they wanted it open by summer.

Crowds gathered outside the town hall on Monday night.

The plan will cost £2 million, the people said.
"""

ARTICLES = {"people": PEOPLE, "inverted": INVERTED, "guards": GUARDS}


@cache
def _claims(article: str) -> tuple[ClaimDraft, ...]:
    return tuple(extract_claims(ARTICLES[article]))


def _claim(article: str, start: str) -> ClaimDraft:
    found = [c for c in _claims(article) if c.text.startswith(start)]
    assert len(found) == 1, (start, [c.text for c in _claims(article)])
    return found[0]


@pytest.mark.parametrize(
    ("article", "start", "sourcing", "speaker"),
    [
        ("people", "A deal could", "anonymous", "one of the people"),  # was none
        ("people", "An agreement", "anonymous", "one of the people"),  # 'the person', vague
        ("people", "Fees will rise", "anonymous", "one of the people"),  # 'these people'
        ("inverted", "Kettlemarket is also", "anonymous", "two people with direct knowledge"),
        ("inverted", "The deal could", "anonymous", "two people with direct knowledge"),
        ("guards", "Hollin Rovers bid", "none", None),  # a relative clause stays one
        ("guards", "Fares rose", "named", "union"),  # "which the union said": as before
        ("guards", "The residents said", "unattributed", "The residents"),  # not "a resident"
        ("guards", "The plan will cost", "unattributed", "the people"),  # no one unnamed before
    ],
)
def test_unnamed_source_taken_up_again(
    article: str, start: str, sourcing: str, speaker: str | None
) -> None:
    claim = _claim(article, start)
    assert claim.sourcing == sourcing
    assert (claim.speaker or "").startswith(speaker or "") and bool(claim.speaker) == bool(speaker)
