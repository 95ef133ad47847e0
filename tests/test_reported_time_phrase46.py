"""A preposition of time before a time point opens a phrase, not a dependent clause (mend46's
"still weak" of its inverted report). Invented sentences.

Before: "Since 2020 prices have doubled, he said." had no content in the claim detail, the
notes or the Markdown report: the inverted report refuses a content opening on a subordinator
("After the floods receded, the mayor said." is no statement), and "since", "after", "before"
and "until" are also prepositions; before a year, a month, a weekday or "then" they are."""

from __future__ import annotations

import pytest
from factdesk.extract.reported import reported_content


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Since 2020 prices have doubled, he said.", "Since 2020 prices have doubled"),
        (
            "Since then rents have risen by a third, the council said.",
            "Since then rents have risen by a third",
        ),
        ("After March the depot will close, officials said.", "After March the depot will close"),
        ("Until Friday the road stays shut, police said.", "Until Friday the road stays shut"),
        (
            "Before 2019, the ferry sailed twice a day, he added.",
            "Before 2019, the ferry sailed twice a day",
        ),
    ],
)
def test_a_time_phrase_opens_the_statement(sentence: str, content: str) -> None:
    assert reported_content(sentence) == content


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the plant closed, he said.",  # a clause of its own: no statement
        "Since prices rose, the mayor said.",
        "Until the vote was held, officials said.",
        "When 2020 began, he said.",  # not a preposition: a subordinator whatever follows
        "Before 2020, the mayor said.",  # a phrase alone: no clause
    ],
)
def test_a_dependent_clause_alone_has_no_content(sentence: str) -> None:
    assert reported_content(sentence) is None
