"""Reported speech of two joined clauses, the first with no "that": the content is both, not
the second alone (review46 B1). Invented sentences.

Before: "The union said the new rota would cut rest time between night shifts from 12 hours to
eight, and that the port operator had imposed it without a ballot." had the content "The port
operator had imposed it without a ballot" in the claim detail, the Markdown report and
ClaimReview's claimReviewed: the figure the reviewer rated was not in what was published. The
that-rule reaches 90 characters past the speech verb for its "that" and took the second
clause's "and that" for the first clause's opening."""

from __future__ import annotations

import pytest
from factdesk.domain.models import Claim
from factdesk.export.claimreview import default_summary
from factdesk.extract.reported import reported_content

WIRE = (
    "The Transport and Harbour Workers' Union said the new rota would cut rest time between "
    "night shifts from 12 hours to\neight, and that the port operator had imposed it without "
    "a ballot."
)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            WIRE,
            "The new rota would cut rest time between night shifts from 12 hours to\neight, "
            "and the port operator had imposed it without a ballot",
        ),
        (
            "The ministry said the talks had failed and that the envoy would return home.",
            "The talks had failed and the envoy would return home",
        ),
        (
            "Officials said on Monday the plan failed, but that the budget would be kept.",
            "The plan failed, but the budget would be kept",
        ),
        (
            "Police said a man was arrested and that he had been charged.",
            "A man was arrested and he had been charged",
        ),
        (
            "A spokeswoman told reporters the ferry had been repaired and that sailings would "
            "resume on Friday.",
            "The ferry had been repaired and sailings would resume on Friday",
        ),
        (
            # the second "that" more than 90 characters after the verb: bare already, and its
            # joint's "that" goes as the that-rule's does
            "The operator said the coastal line had carried about 4.2 million passengers in its "
            "first two winters of service and that fewer than a tenth had paid the full fare.",
            "The coastal line had carried about 4.2 million passengers in its first two winters "
            "of service and fewer than a tenth had paid the full fare",
        ),
    ],
)
def test_both_joined_clauses_are_the_content(sentence: str, content: str) -> None:
    assert reported_content(sentence) == content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # a first "that" opens the content as before; the joint's "that" goes (review44 A6)
        (
            "The operator said in a statement that sailings would fall from nine to six, and "
            "that two vessels would be laid up.",
            "Sailings would fall from nine to six, and two vessels would be laid up",
        ),
        # a relative "that" after a noun is no joint: the later complement is the content
        (
            "The company warned riders about the fault that hit the line and said that trains "
            "would run late.",
            "Trains would run late",
        ),
        # a demonstrative "that" after "and" (an auxiliary follows) stays
        (
            "The mayor said that rents rose by 4%, and that was before the war.",
            "Rents rose by 4%, and that was before the war",
        ),
    ],
)
def test_the_that_rule_is_unchanged_elsewhere(sentence: str, content: str) -> None:
    assert reported_content(sentence) == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Grandad told the grandchildren stories of lighthouses, and that was his evening.",
        "He said nothing about pay and that angered staff.",  # no subject-shaped clause
        "The council denied the bridge had been closed and that tolls had risen.",  # denial
        "The minister did not say the plant would close, and that jobs would go.",  # negated
    ],
)
def test_no_content_where_there_was_none(sentence: str) -> None:
    assert reported_content(sentence) is None


def test_claim_reviewed_holds_the_first_clause() -> None:
    claim = Claim(1, 1, 1, 0, len(WIRE), WIRE, "statistic",
                  "Transport and Harbour Workers' Union", "named", 0.5, [])  # fmt: skip
    assert default_summary(claim).startswith("The new rota would cut rest time between night")
