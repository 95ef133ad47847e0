"""An unnamed source taken up again, a release known by its furniture, a body's website
(issue 12, session 40, `en40`). "The person said" after "people familiar with the matter" is
one of them; "these people said" points back as "the people said" does; "the people said"
finds them past a body that spoke by name; a closing "…, one of the people said." the parser
hung on the noun before the comma as a relative clause, and "…, said the people, who declined
to be identified as …" whose noun it gave to the clause after, are attributions. A release is
a release whatever its header looks like: "For immediate release" anywhere in the header lines
(after "NEWS RELEASE | X |", or running on into the lede on its own line), a "NEWS RELEASE | X
| …" line naming its issuer second, a "Source: Release" line at its foot: its sentences with
no source of their own are the issuer's. "According to the group's website" is the group's,
the body the article named. Every sentence is invented; the guards are relative clauses that
stay relative, a plural that is not the unnamed one, "the people" with no unnamed source
before, a news story that mentions a release below its header and names a wire at its foot,
and a person's website."""

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

FIELDS = """NEWS RELEASE | Harwick Water | For immediate release

HARWICK WATER CREWS REPAIR BURST MAIN

Harwick Water crews continue to repair a burst main under Mill Lane after it split last night.

- As of 4 p.m. today, 300 homes are without water.

- Bottled water is available at the Mill Lane car park until 9 p.m.
"""

INLINE = """Brindle Farms recalls chutney

FOR IMMEDIATE RELEASE - May 9 - Brindle Farms is voluntarily recalling 400 jars of its plum
chutney because of a possible health risk. No illnesses have been reported in connection with
the recall.

The jars were sold in four counties between April 2 and May 1.
"""

FOOT = """Shop broken into, police appeal

Marlow Vale Police are investigating a break-in at a shop in Elm Road.

Between 11 p.m. on Monday and 6 a.m. on Tuesday the back door of the shop was forced open.

The till and 40 bottles of wine were taken.

Source: Release
"""

STORY = """Council delays vote on car park

Councillors in Harwick will not vote on the new car park until June.

The plan would add 300 spaces near the station.

Traders say the delay will cost them trade over the summer.

Work on the site was due to begin in April.

A later notice was marked for immediate release on Friday.

The car park would cost £4 million.

Source: The Associated Press
"""

SITE = """Varnholt in talks

Varnholt Group AG is in talks to sell a stake in its clinics, the company said on Monday.

Its largest unit operates 62 outpatient centres, according to the group's website.

The singer has sold 2 million records, according to the singer's website.
"""

ARTICLES = {
    "people": PEOPLE, "inverted": INVERTED, "guards": GUARDS,
    "fields": FIELDS, "inline": INLINE, "foot": FOOT, "story": STORY, "site": SITE,
}  # fmt: skip


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
        ("fields", "Harwick Water crews", "named", "Harwick Water"),  # all three were none
        ("fields", "- As of 4 p.m.", "named", "Harwick Water"),
        ("inline", "May 9 - Brindle", "named", "Brindle Farms"),
        ("inline", "No illnesses", "named", "Brindle Farms"),
        ("foot", "Between 11 p.m.", "named", "Marlow Vale Police"),
        ("story", "The plan would add", "none", None),  # a story: no issuer
        ("story", "A later notice", "none", None),
        ("site", "Its largest unit", "named", "Varnholt Group"),  # was "group's website"
        ("site", "The singer has", "named", "singer's website"),  # no body: as before
    ],
)
def test_unnamed_source_and_release_issuer(
    article: str, start: str, sourcing: str, speaker: str | None
) -> None:
    claim = _claim(article, start)
    assert claim.sourcing == sourcing
    assert (claim.speaker or "").startswith(speaker or "") and bool(claim.speaker) == bool(speaker)
