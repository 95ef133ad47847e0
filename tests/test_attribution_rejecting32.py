"""Two reporting verbs the cue stage did not see (cue32b, issue 12): a verb of rejecting with a
claim for object denies it in words ("rejected claims that …", "rejected the accusations"),
the subject's statement, while with an offer, a bid or a counted lot it stays a deed; and "rule
out" in the active says what will not happen or is not so, while its passive is done to the
subject. Invented sentences, one article each (nothing carried from a labelled sentence)."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims


def _only(sentence: str) -> tuple[str, str | None]:
    drafts = extract_claims(f"Local news\n\n{sentence}\n")
    (draft,) = [d for d in drafts if d.text.strip() == sentence]
    return draft.sourcing, draft.speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a claim rejected, with its clause, its "of" or by itself: the subject's denial
        ("Talbot Motors rejected suggestions that its plant in Corby would close.",
         "Talbot Motors"),
        ("The Ostrander Foundation has rejected claims that it paid its trustees.",
         "Ostrander Foundation"),
        ("Health minister Priya Anand rejected the idea that waiting lists were growing.",
         "Priya Anand"),
        ("Mayor Ines Vardy rejected the accusations.", "Ines Vardy"),
        ("The Ferris Group rejected allegations of price fixing.", "Ferris Group"),
        # ruling out, negated or not, in the perfect or the past
        ("Harwick Rail has ruled out a strike before Easter.", "Harwick Rail"),
        ("Coach Anneli Sorsa ruled out any move for a new goalkeeper.", "Anneli Sorsa"),
        ("Kirkby Police have not ruled out arson.", "Kirkby Police"),
        ("Tovar Logistics did not rule out further job cuts at its depot in Kell.",
         "Tovar Logistics"),
    ],
)  # fmt: skip
def test_a_claim_rejected_or_a_thing_ruled_out_is_the_subjects(sentence: str, speaker: str) -> None:
    sourcing, found = _only(sentence)
    assert sourcing == "named" and found is not None and speaker.split()[-1] in found


@pytest.mark.parametrize(
    "sentence",
    [
        # an offer, a bid, a plan or a counted lot rejected: a deed
        "The league rejected the bid from Carrow Athletic.",
        "The board rejected a proposal to cut the library's hours.",
        "At a meeting on Friday night, bus drivers in Tollan rejected a new rota.",
        "The insurer rejected 40 claims for flood damage last year.",
        # the passive of ruling out: done to its subject, nobody's words here
        "A fault in the signals was ruled out by engineers on Tuesday.",
    ],
)
def test_a_deed_of_rejecting_or_a_passive_ruling_is_no_source(sentence: str) -> None:
    assert _only(sentence) == ("none", None)
