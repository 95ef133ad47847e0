"""Office holders named by a post that is an office only beside a public body's word are no
private individuals (review46 B6). Invented sentences.

Before: "the town clerk, Leonora Bryce, told the meeting" ("clerk" is no role word) and "union
organiser Dara Fenwick told reporters" ("organiser" is a private civic role of a signed
piece's credit, ``SIGNER_ROLES``) were flagged ``private-individual``, with the score reason
"desk: private individual" and the suggestion "unverifiable: only a private individual says
this". A town's clerk answers for a council and a union's organiser speaks for a union: both
can be looked up. The same nouns without such a word ("a hotel clerk", "the bake sale
organiser", "the local organiser of a bake sale") name a private person, flagged as before:
whoever runs a bake sale speaks for nobody a reviewer could ask."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims

HEAD = "Pellow Courier\n\n"


def only_claim(sentence: str):
    [draft] = [d for d in extract_claims(HEAD + sentence + "\n") if d.speaker]
    return draft


@pytest.mark.parametrize(
    "sentence",
    [
        "The town clerk, Leonora Bryce, told the meeting that 212 objections had been received.",
        "Union organiser Dara Fenwick told reporters that 340 drivers had voted to strike.",
        "The union's organiser, Dara Fenwick, said 340 drivers had voted to strike.",
        "Dara Fenwick, a union organiser, said 340 drivers had voted to strike.",
        "The county treasurer, Ruth Alder, said the reserve stood at 4.1 million dollars in June.",
    ],
)
def test_an_office_named_with_its_body_is_no_private_individual(sentence: str) -> None:
    draft = only_claim(sentence)
    assert draft.speaker_type == "person"
    assert "private-individual" not in draft.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "A hotel clerk, Leonora Bryce, said 212 guests had checked out by noon.",
        "Bake sale organiser Dara Fenwick said 340 cakes were sold on Saturday.",
        "The local organiser of a bake sale, Dara Fenwick, said 340 cakes were sold on Saturday.",
        "Dara Fenwick, a campaign organiser, said 340 leaflets went out on Saturday.",
    ],
)
def test_the_same_noun_without_a_public_body_stays_private(sentence: str) -> None:
    draft = only_claim(sentence)
    assert draft.speaker_type == "person"
    assert "private-individual" in draft.flags
