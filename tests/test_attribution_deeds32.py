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
        "Ines Varga and her son found out from a letter that the clinic had moved to Dorrow.",
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


def _claim(sentence: str) -> tuple[str, str | None, str] | None:
    drafts = extract_claims(f"Local news\n\n{sentence}\n")
    drafts = [d for d in drafts if d.text.strip() == sentence]
    return (drafts[0].sourcing, drafts[0].speaker, drafts[0].kind) if drafts else None


@pytest.mark.parametrize(
    "sentence",
    [
        # a product recall by its passive, its quantity object or as an attribute: an event
        "Every Castrel hairdryer sold since March is being recalled because the plug can overheat.",
        "A consignment of Pellow oat bars was recalled from supermarkets over mould.",
        "Ostrova Foods recalled a consignment of frozen peas after a complaint.",
        "Shoppers who return a recalled toaster get their money back.",
    ],
)
def test_a_product_recall_with_no_source_is_still_a_claim(sentence: str) -> None:
    assert _claim(sentence) == ("none", None, "event")


@pytest.mark.parametrize(
    "sentence",
    [
        # (review32 item 3) "recalled" as memory is no event; since recall36 the writer's
        # statement of it is a claim with no source, a statement
        "The minister recalled her childhood in the valley.",
        "Villagers recalled the winter the lake froze solid.",
        "Her grandmother recalled the famine years with great sadness.",
        "Professor Ilse Wren recalled her first winter at the observatory.",
        "The old fisherman recalled a lot of storms on this coast.",
    ],
)
def test_a_memory_recalled_is_no_event(sentence: str) -> None:
    assert _claim(sentence) == ("none", None, "statement")


def test_a_memory_recalled_with_a_clause_stays_a_statement() -> None:
    assert _claim("Residents recalled how the flood reached their windows.") == (
        "unattributed",
        "Residents",
        "statement",
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (review32 item 4) a clause of cause, time or condition beside a deed verb that is no
        # verb of finding or recalling may be its subject's words: the source stays named
        ("The minister rejected the report's findings because they relied on data from 2019.",
         "minister"),
        ("Councillor Ade Banjo rejected the audit's conclusions because it had used rents "
         "from 2018.", "Ade Banjo"),
        ("Marta Quinn admitted the mistake after the figures were published.", "Marta Quinn"),
        ("Dr Hana Ruiz admitted the error once the trial data were checked.", "Hana Ruiz"),
        ("Senator Lira Moss asked the agency if it had tested the water since June.",
         "Lira Moss"),
        ("The MP asked the council if the road would reopen before winter.", "MP"),
        ("The union asked the rail operator if the line would reopen before the holidays.",
         "union"),
    ],
)  # fmt: skip
def test_another_deed_verbs_clause_keeps_its_source(sentence: str, speaker: str) -> None:
    found = _claim(sentence)
    assert found is not None and found[:2] == ("named", speaker)


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


@pytest.mark.parametrize(
    "sentence",
    [
        # (mend32b, mend33) a business recalling a thing, active, no quantity: an event
        "Velmar Pharma recalled its cough syrup.",
        "The manufacturer recalled the heaters.",
        "Kestrel Ltd recalled its garden chairs.",
        "The toy maker recalled the wooden puzzles.",
        "Tarrow Foods recalled its chicken nuggets on Friday.",
    ],
)
def test_a_business_recalling_a_thing_is_an_event(sentence: str) -> None:
    assert _claim(sentence) == ("none", None, "event")


@pytest.mark.parametrize(
    "sentence",
    [
        # a person, a team or a body that sells nothing recalls a memory: no event, no source
        "Anja Holt recalled the flood.",
        "Grandpa recalled his first car.",
        "Our team recalled the match well.",
        "Trask Motors recalled the old days fondly.",  # a business, but a time recalled
    ],
)
def test_a_memory_recalled_by_a_person_or_a_team_is_no_event(sentence: str) -> None:
    assert _claim(sentence) == ("none", None, "statement")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # (review33 item 6) a business remembering words, a claim or a happening recalls no
        # product (lexicon SPEECH_NOUNS, CLAIM_NOUNS, HAPPENING_NOUNS): no event
        ("The carmaker recalled its founder's words at the launch.", ("none", None, "statement")),
        (
            "Halvern Bank recalled the crisis of 2008 as its worst year since the war.",
            ("none", None, "statement"),
        ),
        (
            "Brenton Motors recalled the claims its dealers had made about the engine.",
            ("none", None, "statement"),
        ),
        (
            "Grelling Steel Ltd recalled the strike of 1984 with some pride.",
            ("none", None, "statement"),
        ),
        (
            "The brewer recalled a remark its chairman once made to a rival.",
            ("none", None, "statement"),
        ),
    ],
)
def test_a_business_remembering_words_or_a_happening_recalls_no_product(
    sentence: str, expected: tuple[str, str | None, str] | None
) -> None:
    assert _claim(sentence) == expected
