"""A union by what the article says the body is, not by the words of workers in its name
(review31a, issue 12).

"Union officials said" and "the union said" resolved to any body whose name held "Workers",
"Federation" or "Guild", so an employers' federation or a cooperative named for a trade was
taken for the union; mend31b's fix by the words inside the name broke a union named after a
trade ("… Porters Federation" the article calls a union) and was taken out. Now what the
article says the body is decides first: an apposition or a predicate ("the union that …",
"an employers' group", "is a cooperative"), a relative clause of whom it represents
("which represents haulage firms"); only a body the article describes with no noun falls back
on its name. Invented sentences only, in other shapes and trades.
"""

from __future__ import annotations

import pytest
from claim_support import one_claim

_one = one_claim


@pytest.mark.parametrize(
    "body",
    [
        "The Drayfield Carriers Federation, an employers' group, wrote to every member firm "
        "in May.\n\nUnion officials said the site crews would stay out for a week.",
        "The Drayfield Carriers Federation, which represents haulage firms, wrote to every "
        "member firm in May.\n\nUnion officials said the site crews would stay out for a week.",
        "The Ostwick Bakers Guild is a cooperative of forty shops.\n\nUnion leaders said the "
        "site crews would stay out for a week.",
        "The Kelso Workers Cooperative bought the bakery in March.\n\nUnion leaders said the "
        "site crews would stay out for a week.",
        "The Tarrow Valley Employers Federation wrote to every member firm.\n\nUnion officials "
        "said the site crews would stay out for a week.",
    ],
)
def test_union_staff_are_never_a_body_the_article_calls_something_else(body: str) -> None:
    """An employers' group, a body representing firms, a cooperative (by its predicate or its
    name's head), an employers' federation by its own name: no union, so "union officials"
    stay a group (README item 20: which union is not said)."""
    claim = _one(body, "stay out")
    assert (claim.sourcing, claim.affiliation) == ("unattributed", None)


@pytest.mark.parametrize(
    ("body", "union"),
    [
        ("The Harbour Porters Federation, the union that represents dock staff, called the "
         "strike in May.\n\nUnion officials said the site crews would stay out for a week.",
         "Harbour Porters Federation"),
        ("The Federation of Master Builders, which represents small building firms, has warned "
         "of delays. The Tiling Trades Federation is a union of 4,000 tilers.\n\nUnion "
         "officials said the site crews would stay out for a week.",
         "Tiling Trades Federation"),
    ],
)  # fmt: skip
def test_union_staff_are_the_body_the_article_calls_a_union(body: str, union: str) -> None:
    """A body named after a trade that the article calls a union is the union its unnamed
    officials speak for, beside an employers' federation the article says represents firms."""
    claim = _one(body, "stay out")
    assert (claim.sourcing, claim.affiliation) == ("anonymous", union)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The Drayfield Carriers Federation, an employers' group, wrote to every member firm "
         "in May.\n\nThe union said the site crews would stay out for a week.", "union"),
        ("The Ostwick Bakers Guild is a cooperative of forty shops.\n\nThe union said the site "
         "crews would stay out for a week.", "union"),
        ("The Harbour Porters Federation called the strike in May.\n\nThe union said the site "
         "crews would stay out for a week.", "Harbour Porters Federation"),
    ],
)  # fmt: skip
def test_the_union_is_the_body_the_article_calls_one(body: str, speaker: str) -> None:
    """ "The union said" is never a body the article calls an employers' group or a
    cooperative (the noun as written stays); a body of a trade's name the article describes
    no other way is still the union (the name decides when the article says nothing)."""
    claim = _one(body, "stay out")
    assert (claim.sourcing, claim.speaker) == ("named", speaker)
