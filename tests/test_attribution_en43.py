"""English speakers on unseen text (issue 12, `en43`): a name before a bare participle set off
by commas ("DI X, investigating, said: …") speaks; a person's name, a colon and a quotation is
that person's words; "the company said" is never the outlet that reported on it; "the council
said" after "The Calderport harbour council voted" is that council, not the place; a headline's
description ("Harbour council approves …") is no "harbour authority"; every police appeal in
the lede is the force's, "The Vale of X Constabulary" a force by its last word. Every sentence
is invented; the guards are a participle with an object, a label that is no person's name, the
paper's own noun, a council named in capitals, a transit authority by its trade word and an
appeal that names no force."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

ASIDE = """Man hurt in street attack

DI Ann Marlow, investigating, said: “It was a vicious assault in the middle of the afternoon.”

“Someone on the bus may have filmed it.”

Councillor Tom Reyes, speaking at the meeting, said 40 homes had flooded.

Residents, fearing more floods, said the river had risen 2 metres.
"""

LABEL = """Crash survivors

Three children survived a crash on the interstate on Sunday.

Lt. Bram Hollister: "Seatbelts kept all three children alive."

Warning: "The river may rise 2 metres by Friday."
"""

OUTLET = """Options report

Shares of Tarvel Devices Inc. fell 9 percent on Monday after the Harwell Ledger reported that \
executives had altered the dates of share grants.

The company said an internal review had found 11 grants with altered dates.

The paper said the awards were worth 4 million dollars.
"""

HARBOUR = """Council backs port plan

The Calderport harbour council backed the dredging scheme by seven votes to two.

The council said the dredging would start in May and cost 4 million pounds.
"""

DISTRICT = """Council backs port plan

Harrow District Council meets again in June.

The council said the dredging would start in May and cost 4 million pounds.
"""

HEADLINE = """Harbour council approves dredging plan

Cargo tonnage rose by a fifth, according to the harbour authority.
"""

TRANSIT = """Bus cuts

Buses run by the Marsh Valley Transit Authority will stop at 10pm from May.

The transit agency said 40 routes would be cut.
"""

APPEAL = """Detectives appeal for help over Mill Lane collision

The Wessex Constabulary is appealing for dashcam clips from drivers who used Mill Lane on \
Friday night.

The rider, 52, broke a leg, the constabulary said.
"""

VALE = """Cyclist hurt on Mill Lane

The Vale of Harrow Constabulary is appealing for dashcam clips from drivers who used Mill \
Lane on Friday night.

The rider, 52, broke a leg, the constabulary said.
"""

NO_FORCE = """Cyclist hurt

Police are appealing for dashcam footage of the Mill Lane collision.
"""

ARTICLES = {
    "aside": ASIDE, "label": LABEL, "outlet": OUTLET, "harbour": HARBOUR, "district": DISTRICT,
    "headline": HEADLINE, "transit": TRANSIT, "appeal": APPEAL, "vale": VALE,
    "no_force": NO_FORCE,
}  # fmt: skip


_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("article", "start", "sourcing", "speaker"),
    [
        ("aside", "DI Ann Marlow, investigating", "named", "Ann Marlow"),  # was unattributed;
        ("aside", "Someone on the bus", "named", "Ann Marlow"),  # her quotation runs on (the
        # rank is no part of her name: mend44, test_attribution_titles44)
        ("aside", "Councillor Tom Reyes", "named", "Tom Reyes"),  # as before
        ("aside", "Residents, fearing", "unattributed", "Residents"),  # as before
        ("label", "Lt. Bram Hollister:", "named", "Bram Hollister"),  # was unattributed
        ("label", "Warning:", "unattributed", None),  # as before: no one's name
        ("outlet", "The company said", "named", "Tarvel Devices Inc."),  # was Harwell Ledger
        ("outlet", "The paper said", "named", "Harwell Ledger"),  # as before
        ("harbour", "The council said", "named", "Calderport harbour council"),  # "Calderport"
        ("district", "The council said", "named", "Harrow District Council"),  # as before
        ("headline", "Cargo tonnage rose", "named", "harbour authority"),  # "Harbour council"
        ("transit", "The transit agency", "named", "Marsh Valley Transit Authority"),  # same
        ("appeal", "The Wessex Constabulary", "named", "Wessex Constabulary"),  # was no one's
        ("vale", "The Vale of Harrow", "named", "Vale of Harrow Constabulary"),  # no one's
        ("no_force", "Police are appealing", "none", None),  # as before: no force named
    ],
)
def test_en43_speakers(article: str, start: str, sourcing: str, speaker: str | None) -> None:
    claim = _claim(article, start)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)
