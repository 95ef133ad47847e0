"""A thing a body calls its own, finding or showing, is the body's record (issue 12, fresh31).

"X's own survey found" was the owner's only when the noun was on the list of documents; a
consultation, a camera check or a count of its own was read as a speaker named by the whole
phrase. Invented sentences only, in other shapes and trades; the guards: a person's own
log is the person's, never the body named before, and a place's own check names no body
(review31a: the owner must keep records, a person or a body; each guard fails without
``_own_finding`` or without ``_keeps_records``).
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


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "The Wendle Ferry Company runs four boats a day.\n\n"
            "Idris Mabey's own log of crossings showed that one sailing in three left late.",
            "left late",
            "Idris Mabey",
        ),
        (
            "Sandle Lane Bakery Ltd was sold to Corran Foods in June.\n\n"
            "Nadia Ferro kept the till there for ten years.\n\n"
            "Her own tally of sales found that bread made up half the takings.",
            "half the takings",
            None,
        ),
    ],
)
def test_a_persons_own_record_is_no_record_of_the_body_named_before(
    body: str, snippet: str, speaker: str | None
) -> None:
    """ "Idris Mabey's own log showed": the person's record, never the body the article named
    before (without ``_own_finding`` the whole phrase was a named organisation); "her own
    tally" after her name is read by the pronoun's rules, not as a body's record."""
    claim = _one(body, snippet)
    assert claim.speaker == speaker
    assert claim.sourcing == ("named" if speaker else "none")


@pytest.mark.parametrize(
    ("body", "snippet", "place"),
    [
        (
            "Drivers on the Marsh Road are speeding, residents say.\n\n"
            "Kellbridge's own camera check in May found one car in four over the limit.",
            "one car in four",
            "Kellbridge",
        ),
        (
            "Harlow Water says the reservoir is safe.\n\n"
            "Kenya's own roadside count showed that two wells in nine held nitrate.",
            "two wells in nine",
            "Kenya",
        ),
        (
            "Harlow Water says the reservoir is safe.\n\n"
            "The village's own check of nine wells showed nitrate in two of them.",
            "nitrate in two",
            "village",
        ),
    ],
)
def test_a_places_own_check_names_no_body(body: str, snippet: str, place: str) -> None:
    """ "Kellbridge's own check … showed", "the village's own check": a place keeps no record
    of its own (``grammar._keeps_records``: a town is no author), so no body is named: not
    the place, not the whole phrase as an organisation's name, not the body named before."""
    claim = _one(body, snippet)
    assert claim.sourcing != "named", (claim.speaker, claim.sourcing)
    assert claim.speaker != place
