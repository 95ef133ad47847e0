"""A body's kind noun for the one body its own sentence opens with (issue 12, ref33).

British news gives a team or a firm the plural ("Brackwater Town have sacked …"); a person
never takes it, so a singular name with a plural verb is a body whatever the recogniser typed
it, and "the club said" / "the company said" closing that sentence stands for it, not for the
coach or the hire the reported clause names. Invented sentences; the new-behaviour tests fail
on main 3178a656+ (extractor 316), the guards pass on both."""

from __future__ import annotations

import pytest
from claim_support import one_claim


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "Dellow United are to close their youth academy in May because of rising costs, "
            "the club has told parents.\n\nGoalkeeper Ines Varga came through it in 2015.",
            "rising costs",
            "Dellow United",
        ),
        (
            "Ferris Holt have appointed Maud Lindqvist as their new head of marketing, the "
            "company said.\n\nLindqvist spent nine years at a rival chain.",
            "head of marketing",
            "Ferris Holt",
        ),
        (
            "Orwell Pennant were fined for late filing of their accounts, the firm confirmed "
            "in a short note to shareholders.",
            "late filing",
            "Orwell Pennant",
        ),
        (
            "Harcastle Athletic have agreed a loan for striker Tomasz Wren, who joins until "
            "January, the club said on Friday night.\n\nWren scored nine goals last season.",
            "joins until",
            "Harcastle Athletic",
        ),
    ],
)
def test_a_plural_named_body_is_what_its_kind_noun_reports(
    body: str, snippet: str, speaker: str
) -> None:
    """The name the sentence opens with takes "have"/"were": a body, and the club's, the
    company's, the firm's own words in that sentence are its."""
    claim = one_claim(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "snippet", "wrong"),
    [
        (  # (two people joined by "and" take the plural as a pair)
            "Dana Pike and Owen Rusk have bought the old mill at Esk Bridge, the couple said.",
            "old mill",
            "Dana Pike",
        ),
        (  # (a person with a singular verb is no body: the club stays as written or the club)
            "Osric Dale has resigned as chairman after nine years, the club said.",
            "resigned as chairman",
            "Osric Dale",
        ),
    ],
)
def test_no_person_is_made_a_body(body: str, snippet: str, wrong: str) -> None:
    """A pair of people or one person with a singular verb is not a body's name."""
    claim = one_claim(body, snippet)
    assert claim.speaker != wrong


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "Researchers at the University of Kelmsford have mapped the nesting sites of the "
            "marsh tit.\n\nThe university said the survey took three years.",
            "three years",
            "University of Kelmsford",
        ),
        (
            "A drawing lent by the Museum of Coastal Life will go on show in Tarrow this "
            "week.\n\nVisitors can see it until May, the museum says.",
            "until May",
            "Museum of Coastal Life",
        ),
        (
            "Nurses trained at the College of Nursing Wexmoor will get a new hall.\n\n"
            "Builders start in April.\n\n"
            "The college said the hall would hold three hundred students.",
            "three hundred",
            "College of Nursing Wexmoor",
        ),
    ],
)
def test_a_body_its_noun_opens_is_what_the_noun_stands_for(
    body: str, snippet: str, speaker: str
) -> None:
    """ "The university said" after "the University of Kelmsford": the name's noun before
    "of" heads it, as "Trust" heads "X Trust"."""
    claim = one_claim(body, snippet)
    assert (claim.speaker, claim.sourcing) == (speaker, "named")


def test_two_bodies_its_noun_opens_leave_it_unsure() -> None:
    """Two universities named: "the university" is not said to be either (main took the
    first named, the sentence's subject before)."""
    body = (
        "The University of Kelmsford and the University of Dorran will share the grant.\n\n"
        "The university said the first students would arrive in October."
    )
    claim = one_claim(body, "first students")
    assert claim.speaker not in ("University of Kelmsford", "University of Dorran")
