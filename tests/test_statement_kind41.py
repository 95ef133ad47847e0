"""A statement is carried to the one body that spoke before it only when its own noun does not
name another kind of body (review41 item 18: since extractor 354 "said a company statement"
after "The union said" gave the company's words to the union)."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims

BEFORE = {
    "union": "The union said workers would strike on Friday.",
    "police": "Police said the road would stay closed until Monday.",
    "ltd": "Bluewater Ltd said it would cut 40 jobs at the plant.",
    "group": "Tarrow Foods Group said its bakeries would open on Sundays from May.",
    "council": "Harlow District Council said the bins would be collected on Tuesday.",
}


@pytest.mark.parametrize(
    ("before", "statement", "speaker"),
    [
        ("union", '"Production will continue as normal," said a company statement.', None),
        ("police", '"Repairs will take a week," said a council statement.', None),
        ("union", "A company statement said production would continue as normal.", None),
        # guards: no kind in the name, two words of business, the same kind: carried as before
        ("ltd", '"The decision was not taken lightly," said a company statement.', "Bluewater Ltd"),
        (
            "group",
            '"We expect a recovery in spring," said a company statement.',
            "Tarrow Foods Group",
        ),
        ("council", '"Put bins out by 7am," said a council statement.', "Harlow District Council"),
        ("union", '"We will not back down," said a union statement.', "union"),
    ],
)
def test_a_statement_of_another_kind_is_not_carried(
    before: str, statement: str, speaker: str | None
) -> None:
    claims = extract_claims(f"{BEFORE[before]}\n\n{statement}")
    assert claims[-1].speaker == speaker
