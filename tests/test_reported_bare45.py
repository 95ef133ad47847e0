"""Reported speech with no "that" has its content; a second that-clause loses its "that"
(review44 A5, A6). Invented sentences.

Before: "Mayor Viktor Gromov said the city had set aside 340 million roubles for the work."
had no content (the claim detail showed none) and ClaimReview's claimReviewed was the whole
sentence cut at 75 characters, the attribution kept and the figure's end lost; "…that the
number … would fall …, and that two of its four vessels …" kept the second "that"."""

from __future__ import annotations

import pytest
from factdesk.domain.models import Claim
from factdesk.export.claimreview import default_summary
from factdesk.extract.reported import reported_content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Mayor Viktor Gromov said the city had set aside 340 million roubles for the work.",
            "The city had set aside 340 million roubles for the work",
        ),
        (
            "Mayor Anna Brill said the bridge will close for six weeks.",
            "The bridge will close for six weeks",
        ),
        (
            "The company said it expects profits to rise this year.",
            "It expects profits to rise this year",
        ),
        (
            "A spokeswoman told reporters on Friday the line would reopen in May.",
            "The line would reopen in May",
        ),
        ("He told the BBC he had no plans to resign.", "He had no plans to resign"),
        (
            "Officials said on Monday the plan failed to meet its targets.",
            "The plan failed to meet its targets",
        ),
        ("Police said a 34-year-old man was arrested.", "A 34-year-old man was arrested"),
        ("The council said rents rose by 4% last year.", "Rents rose by 4% last year"),
        ("Ann Reed said Gromov had lied about the cost.", "Gromov had lied about the cost"),
        (
            "Strand Line Ferries said in a statement that the number of daily sailings would "
            "fall from nine to six from March, and that two of its four vessels would be laid "
            "up for the winter.",
            "The number of daily sailings would fall from nine to six from March, and two of "
            "its four vessels would be laid up for the winter",
        ),
    ],
)
def test_reported_speech_without_that_has_its_content(sentence: str, content: str) -> None:
    assert reported_content(sentence) == content


@pytest.mark.parametrize(
    "sentence",
    [
        "He said that year was hard.",  # the that-rule's, and no clause
        "He said the words again.",  # no verb after a subject
        "The mayor said on Monday.",
        "He said it in Parliament.",  # a pronoun with no verb after it
        "The minister did not say the plant would close.",  # negated: Z is not X's
        "The council denied the bridge had been closed.",  # a denial takes no bare clause
        "Residents said goodbye to the old pier.",
    ],
)
def test_no_content_where_no_clause_follows_the_verb(sentence: str) -> None:
    assert reported_content(sentence) is None


def test_a_demonstrative_that_after_and_stays() -> None:
    assert (
        reported_content("The mayor said that rents rose by 4%, and that was before the war.")
        == "Rents rose by 4%, and that was before the war"
    )


def test_claim_reviewed_is_the_reported_clause() -> None:
    text = "Mayor Viktor Gromov said the city had set aside 340 million roubles for the work."
    claim = Claim(1, 1, 1, 0, len(text), text, "statement", "Viktor Gromov", "named", 0.5, [])
    assert default_summary(claim) == "The city had set aside 340 million roubles for the work"
