"""The inverted report has its content, and an interviewer's premise has none (mend45's
"still weak" of review44 A5). Invented sentences.

Before: "The bridge will close in May, the council said." showed no content row in the claim
detail or the Markdown report, and ClaimReview's claimReviewed was the sentence cut at its
length, attribution and all; the inverted form is the commonest way news reports a body's
statement. And an interviewer's premise put to the interviewee ("You have said the budget was too
small. Why?") got its clause as what a verdict would judge."""

from __future__ import annotations

import pytest
from factdesk.domain.models import Claim
from factdesk.export.claimreview import default_summary
from factdesk.extract.reported import reported_content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The bridge will close in May, the council said.", "The bridge will close in May"),
        (
            "Rents rose by 4% last year, Mayor Anna Brill said on Monday.",
            "Rents rose by 4% last year",
        ),
        (
            "The water was unsafe to drink, officials told reporters.",
            "The water was unsafe to drink",
        ),
        (
            "Two ferries will be laid up for the winter, the operator said in a statement.",
            "Two ferries will be laid up for the winter",
        ),
        ("The line would reopen in May, said Mayor Anna Brill.", "The line would reopen in May"),
        (
            "The city had set aside 340 million roubles, according to the mayor's office.",
            "The city had set aside 340 million roubles",
        ),
        ("Prices have doubled since 2020, he added.", "Prices have doubled since 2020"),
    ],
)
def test_the_inverted_report_has_its_content(sentence: str, content: str) -> None:
    assert reported_content(sentence) == content


@pytest.mark.parametrize(
    "sentence",
    [
        "After the floods receded, the mayor said.",  # a dependent clause is no statement
        "The roads flooded, the mayor said sorry.",  # no speech tag ends the sentence
        "The plant was never closed, the council denied.",  # a denial: Z is not X's
        "The plan was dropped, the minister said, after protests.",  # the tag does not end it
        "In May, the council said.",  # no clause
        "You have said the budget was too small. Why?",  # an interviewer's premise
        "You have said that the depot closed too early.",
        "You've often said the bridge would close.",
    ],
)
def test_no_content_where_the_tag_or_the_clause_is_not_there(sentence: str) -> None:
    assert reported_content(sentence) is None


def test_a_third_person_report_keeps_its_content() -> None:
    """Only "you" is addressed: "We", "They" and a name report as before."""
    assert reported_content("They have said the budget was too small.") == (
        "The budget was too small"
    )
    assert reported_content("We said the bridge would close.") == "The bridge would close"


def test_claim_reviewed_is_the_inverted_report_s_clause() -> None:
    text = "The bridge will close in May, the council said."
    claim = Claim(1, 1, 1, 0, len(text), text, "statement", "the council", "named", 0.5, [])
    assert default_summary(claim) == "The bridge will close in May"
