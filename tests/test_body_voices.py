"""A body speaking through its organ, its experts or its own noun (choice30, issue 12; README
items 11, 13, 14; "What the rules choose wrong on fresh text", class D): "the trustees of the
X Fund wrote", "the board of the X Foundation said", "the X Institute's researchers estimate"
and "the trust told MPs" after the one "… Trust" the article names are that body, not the noun as
a name nor a vague group. Every sentence is invented."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.attribution import _bodies_named


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
        (  # two boards joined by "and", one entity to the recogniser: still two bodies
            "Wexmoor Water Board and Tallis Canal Board agreed the plan on Monday.\n\n"
            "The locks will reopen in April, the board said.\n",
            "The locks will",
            "named",
            "board",
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


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # "and" inside one body's name: one trust, named in full
            "The Hale Fish and Wildlife Trust closed the lake on Monday.\n\n"
            "The trout stock has fallen by half, the trust said.\n",
            "The trout stock",
            "Hale Fish and Wildlife Trust",
        ),
        (  # a trust and an association: the noun heads one of them
            "Orrin Hospitals Trust and Kell Housing Association signed the deal.\n\n"
            "Two hundred flats will be built, the trust said.\n",
            "Two hundred flats",
            "Orrin Hospitals Trust",
        ),
    ],
)
def test_a_name_with_and_inside_or_beside_another_body_is_one_body(
    body: str, snippet: str, speaker: str
) -> None:
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


@pytest.mark.parametrize(
    ("name", "text", "bodies"),
    [
        ("Pell Valley Trust & Marrow Dock Company", "",
         ("Pell Valley Trust", "Marrow Dock Company")),
        ("Department of Roads and Harbours", "", ("Department of Roads and Harbours",)),
        ("Corran and Vise", "Corran said … Vise agreed.", ("Corran", "Vise")),
        ("Corran and Vise", "Corran and Vise said.", ("Corran and Vise",)),
        ("Міністерство культури і Державна служба архівів", "",
         ("Міністерство культури", "Державна служба архівів")),
        ("Управление дорог и Городской совет Тары", "",
         ("Управление дорог", "Городской совет Тары")),
    ],
)  # fmt: skip
def test_a_coordination_names_two_bodies_only_when_each_side_is_a_whole_name(
    name: str, text: str, bodies: tuple[str, ...]
) -> None:
    """Each side a capitalised name ending in a body's head noun (holding an institution's
    noun in Cyrillic) or written alone elsewhere; "X of Y and Z" stays one body."""
    assert _bodies_named(name, text) == bodies
