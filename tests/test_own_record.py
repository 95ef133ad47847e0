"""A thing a body calls its own, finding or showing, is the body's record (issue 12, fresh31).

"X's own survey found" was the owner's only when the noun was on the list of documents; a
consultation, a camera check or a count of its own was read as a speaker named by the whole
phrase. Invented sentences only, in other shapes and trades; the guards: a person's own
tally and a place's own check name no body.
"""

from __future__ import annotations

import pytest
from claim_support import one_claim

_one = one_claim


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "Drivers on the Marsh Road are speeding, residents say.\n\n"
            "Tarn Valley Constabulary's own camera check in May found one car in four over "
            "the limit.",
            "one car in four",
            "Tarn Valley Constabulary",
        ),
        (
            "Drivers on the Marsh Road are speeding, residents say.\n\n"
            "Tarn Valley Constabulary's own roadside count showed one car in four over the "
            "limit.",
            "one car in four",
            "Tarn Valley Constabulary",
        ),
        (
            "Riders have complained about crowded platforms for a year.\n\n"
            "The Corrie Bay Ferry Company's own headcount revealed that 40% of sailings were "
            "full by July.",
            "sailings were full",
            "Corrie Bay Ferry Company",
        ),
    ],
)
def test_a_bodys_own_record_of_any_noun_is_the_bodys(body: str, snippet: str, speaker: str) -> None:
    """ "X's own <check/count/headcount> found/showed": the owner's record, whatever the noun."""
    claim = _one(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_a_persons_own_tally_is_no_record_of_the_body_named_before() -> None:
    """ "Her own tally found": a person's, never the body the article named before her."""
    body = (
        "Sandle Lane Bakery Ltd was sold to Corran Foods in June.\n\n"
        "Nadia Ferro kept the till there for ten years.\n\n"
        "Her own tally of sales found that bread made up half the takings."
    )
    claim = _one(body, "half the takings")
    assert claim.speaker not in ("Sandle Lane Bakery Ltd", "Corran Foods")


def test_a_places_own_check_names_no_body() -> None:
    """ "The village's own check … showed": a place's, not a body the article names."""
    body = (
        "Harlow Water says the reservoir is safe.\n\n"
        "The village's own check of nine wells showed nitrate in two of them."
    )
    assert _one(body, "nitrate in two").speaker != "Harlow Water"
