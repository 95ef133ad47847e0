"""A body speaking through its organ, its experts or its own noun (choice30, issue 12; README
items 11, 13, 14; "What the rules choose wrong on fresh text", class D): "the trustees of the
X Fund wrote", "the board of the X Foundation said", "the X Institute's researchers estimate"
and "the trust told MPs" after the one "… Trust" the article names are that body, not the noun as
a name nor a vague group. Every sentence is invented."""

from __future__ import annotations

import pytest
from claim_support import one_claim


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "The trustees of the Marbury Miners' Fund wrote to members on Friday that "
            "payments would fall by a fifth.\n",
            "payments would fall",
            "Marbury Miners' Fund",
        ),
        (
            "The governors of Ashby Grammar School said the head would retire in July.\n",
            "retire in July",
            "Ashby Grammar School",
        ),
        (
            "In a letter to donors, the board of the Kestry Arts Foundation said the gallery "
            "would close for a year.\n",
            "would close for a year",
            "Kestry Arts Foundation",
        ),
        (
            "The Bramwell Institute's researchers estimate that 40,000 homes stand empty.\n",
            "40,000 homes",
            "Bramwell Institute",
        ),
        (
            "Rents rose sharply in the north, and Kessler Bank's economists expect a further "
            "rise of 4 per cent next year.\n",
            "further rise",
            "Kessler Bank",
        ),
        (
            "Fenwick Ambulance Trust has missed its response targets for a year.\n\n"
            "Forty new crews will be on the road by June, the trust told MPs.\n",
            "Forty new crews",
            "Fenwick Ambulance Trust",
        ),
    ],
)
def test_a_body_speaks_through_its_organ_experts_or_noun(
    body: str, snippet: str, speaker: str
) -> None:
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing", "speaker"),
    [
        (  # two bodies the noun heads: which one is not said
            "Fenwick Ambulance Trust and Harle Hospitals Trust both missed their targets.\n\n"
            "Forty new crews will be on the road by June, the trust told MPs.\n",
            "Forty new crews",
            "named",
            "trust",
        ),
        (  # one holder of a post of the body is a person, never the body
            "The chief executive of Pellam Rail said profits had halved.\n",
            "profits had halved",
            "named",
            "chief executive of Pellam Rail",
        ),
        (  # experts of nobody named stay a group
            "Economists expect the budget gap to widen next year.\n",
            "budget gap",
            "unattributed",
            "Economists",
        ),
    ],
)
def test_no_body_is_given_where_the_text_names_none_or_two(
    body: str, snippet: str, sourcing: str, speaker: str
) -> None:
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)
