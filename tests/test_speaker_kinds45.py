"""A company is no private individual, nor is a named office holder (review44 A4, A12).
Invented sentences.

Before: "Brackwater Water today announced …" (no entity the recogniser typed) was a person's
words, flagged ``private-individual`` with the score reason "desk: private individual"; so
were "Fennick Marine" and "Holm Line" (ferry firms); "The head of the county's water
authority, Ruth Alder, said …" (the role noun six words before the name) and "Defending,
Oswin Tull said …" (a barrister, by the side he speaks for) were flagged private too."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims

HEAD = "Pellow Courier\n\n"


def only_claim(sentence: str):
    [draft] = [d for d in extract_claims(HEAD + sentence + "\n") if d.speaker]
    return draft


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Brackwater Water today announced a £94 million scheme to reline 120 kilometres of "
            "pipes by 2029.",
            "Brackwater Water",
        ),
        (
            "Fennick Marine said it would run three extra crossings a week from June.",
            "Fennick Marine",
        ),
        ("Holm Line said its winter timetable drops the 6.40am crossing to Brae.", "Holm Line"),
    ],
)
def test_a_company_named_by_its_trade_word_is_an_organisation(sentence: str, speaker: str) -> None:
    draft = only_claim(sentence)
    assert (draft.speaker, draft.speaker_type) == (speaker, "organisation")
    assert "private-individual" not in draft.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "The head of the county's water authority, Ruth Alder, said 31 leaks were fixed in March.",
        "Defending, Oswin Tull said his client had paid back all 4,300 euros by April.",
    ],
)
def test_a_named_office_holder_is_no_private_individual(sentence: str) -> None:
    draft = only_claim(sentence)
    assert draft.speaker_type == "person"
    assert "private-individual" not in draft.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Like her neighbours, Ruth Alder said 31 leaks were fixed in March.",
        "After the hearing, Oswin Tull said his client had paid back all 4,300 euros by April.",
        "Ruth Alder, who fishes off the pier, said 31 boats were moored there in March.",
    ],
)
def test_a_person_without_a_role_stays_a_private_individual(sentence: str) -> None:
    draft = only_claim(sentence)
    assert draft.speaker_type == "person"
    assert "private-individual" in draft.flags
