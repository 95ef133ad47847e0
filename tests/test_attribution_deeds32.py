"""A verb of finding, showing or recalling reports words only when a clause carries them
(stage32, issue 12): its passive ("glass was found in a jar"), its object with only a clause of
time beside it ("recalled 2,000 jars after …"), and "found out" (learning, told to the subject)
are deeds; "found that …", "was found to be …" and "…, saying …" still carry words. Invented
sentences, one article each (nothing carried from a sentence before)."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims


def _only(sentence: str) -> tuple[str, str | None]:
    drafts = extract_claims(f"Local news\n\n{sentence}\n")
    (draft,) = [d for d in drafts if d.text.strip() == sentence]
    return draft.sourcing, draft.speaker


@pytest.mark.parametrize(
    "sentence",
    [
        # the passive of a verb of finding, in a clause of time: the main clause is a deed
        "Corvel Dairies has withdrawn 3,000 tubs of yoghurt after metal was found in a tub.",
        "The Lakeland Water Board shut two reservoirs on Monday when algae was detected "
        "near an intake.",
        # a deed's object with only a clause of time beside it
        "Harbin Toys has recalled 12,000 rattles after a loose bead was discovered in one.",
        "Brodie Cycles recalled 800 helmets last month because a buckle was failing tests.",
        # learning: what the subject found out was told to them
        "Pilar Eskola found out on Tuesday that her train had been cancelled.",
        "The Fenner family only found out last week that the school would close in July.",
    ],
)
def test_a_deed_of_finding_or_recalling_is_no_source(sentence: str) -> None:
    assert _only(sentence) == ("none", None)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Two of the jars were found to contain glass, Corvel Dairies said.", "Corvel Dairies"),
        ("Mirrow Borough Council found that 40 homes on the estate had no working smoke alarm.",
         "Mirrow Borough Council"),
        ("The Haldane Institute found that rents in the city had risen by 14% in a year.",
         "Haldane Institute"),
    ],
)  # fmt: skip
def test_a_finding_with_its_clause_keeps_its_source(sentence: str, speaker: str) -> None:
    sourcing, found = _only(sentence)
    assert sourcing == "named" and found is not None and speaker.split()[-1] in found


def test_a_recall_with_no_source_is_still_a_claim() -> None:
    # (once the deed no longer reads as its subject's words, the recall itself is the event)
    sentence = "Harbin Toys has recalled a batch of its wooden rattles after a bead came loose."
    assert _only(sentence) == ("none", None)


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Corvel Dairies figures reveal a loss of 400 jobs in the north since 2021.",
         "Corvel Dairies"),
        ("The trust's own data reveal a rise in waiting times at both hospitals.", "trust"),
    ],
)  # fmt: skip
def test_what_a_bodys_figures_reveal_is_its_figure(sentence: str, owner: str) -> None:
    assert _only(sentence) == ("named", owner)
