"""English speakers on unseen text (issue 12, session 44's `en44` rules landed by `en45` on
session 45's landing test): a plural of a body's staff ("Managers at X", "executives of X")
tied by a preposition to the body's proper name is that body's unnamed staff speaking for it
(README convention 20: anonymous, affiliation the body), as "the hospital's managers" were;
"<County> deputies" are the one sheriff's office the article names when it is that county's
(conventions 20 and 48), as bare "deputies" were. Every sentence is invented; the guards are
the rank and file at a named body (convention 20: a group as written), leaders of bodies
counted by a common noun, a body's elected leaders, staff at a place, and deputies of another
county beside the one office named."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

STAFF = """Clinic waits grow

Managers at Harlow Vale Clinic said 40 nurses had left since May.

Executives of the Brackwell Water Company told investors the pipes would be replaced by 2029.

Nurses at Harlow Vale Clinic said they had been told shifts would be cut.

Leaders of the three unions said the offer was too low.

Leaders of the Kelby Dockers Union said the vote was close.

Managers in Leeds said footfall had fallen by a tenth.
"""

SHERIFF = """Cruiser slides off road

A cruiser of the Mendel County Sheriff's Office slid off Route 9 near the old quarry.

Mendel County deputies said the road had not been gritted since Friday.

Harlan County deputies said the bridge was icy.

Deputies said the road was closed for three hours.
"""

ARTICLES = {"staff": STAFF, "sheriff": SHERIFF}

_claim = claim_finder(ARTICLES)  # each article extracted once for the module's cases


@pytest.mark.parametrize(
    ("start", "sourcing", "affiliation"),
    [
        ("Managers at Harlow", "anonymous", "Harlow Vale Clinic"),  # was unattributed
        ("Executives of the Brackwell", "anonymous", "Brackwell Water Company"),  # unattributed
        ("Nurses at Harlow", "unattributed", None),  # as before: the rank and file
        ("Leaders of the three unions", "unattributed", None),  # as before: no one body
        ("Leaders of the Kelby", "unattributed", None),  # as before: its elected leaders
        ("Managers in Leeds", "unattributed", None),  # as before: a place, no body
    ],
)
def test_en45_staff_tied_to_a_named_body_speak_for_it(
    start: str, sourcing: str, affiliation: str | None
) -> None:
    claim = _claim("staff", start)
    assert (claim.sourcing, claim.affiliation) == (sourcing, affiliation)


@pytest.mark.parametrize(
    ("start", "sourcing", "speaker"),
    [
        ("Mendel County deputies", "named", "Mendel County Sheriff's Office"),
        # (was unattributed, "Mendel County deputies")
        ("Harlan County deputies", "unattributed", "Harlan County deputies"),  # as before
        ("Deputies said the road", "named", "Mendel County Sheriff's Office"),  # as before
    ],
)
def test_en45_a_countys_deputies_are_its_one_office(
    start: str, sourcing: str, speaker: str | None
) -> None:
    claim = _claim("sheriff", start)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)
