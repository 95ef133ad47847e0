"""The attribution engine on the patterns of issue 12 (invented sentences, no seed names)."""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.extract.claims import ClaimDraft, extract_claims


def _one(body: str, snippet: str) -> ClaimDraft:
    found = [c for c in extract_claims(body) if snippet in c.text]
    assert len(found) == 1, (snippet, [c.text for c in extract_claims(body)])
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("The mayor's campaign said Tuesday that the audit found 40 errors.",
         "mayor's campaign", "organisation"),
        ("Her colleague at the network, Tom Reyes, insists the report was accurate in 2019.",
         "Tom Reyes", "person"),
        ("Energy analyst Jan de Vries of Rabobank described the deal as worth $2bn.",
         "Jan de Vries", "person"),
        ("Fire Chief Ann Boyd with the city fire service said three homes burned.",
         "Ann Boyd", "person"),
        ("Maria Lund, the airline's chief executive, said profits rose 5% in March.",
         "Maria Lund", "person"),
        ("Profits fell 12% in the quarter, according to the Harbour Trust.",
         "Harbour Trust", "organisation"),
    ],
)  # fmt: skip
def test_named_speakers(sentence: str, speaker: str, kind: str) -> None:
    claim = _one(sentence, sentence[:20])
    assert (claim.speaker, claim.speaker_type, claim.sourcing) == (speaker, kind, "named")


def test_affiliation_of_a_named_person() -> None:
    claim = _one("Energy analyst Jan de Vries of Rabobank described the deal as risky in May.",
                 "Energy analyst")  # fmt: skip
    assert claim.affiliation == "Rabobank"


def test_the_reporting_verb_of_the_main_clause_speaks() -> None:
    claim = _one(
        "An official told the agency on Saturday that the ministry has concluded its review.",
        "An official",
    )
    assert (claim.sourcing, claim.speaker) == ("anonymous", "An official")
    assert claim.via == "agency"


@pytest.mark.parametrize(
    ("sentence", "affiliation"),
    [
        ("A source close to the minister told the paper that he would resign by May.",
         "the minister"),
        ("Pentagon officials, speaking on condition of anonymity, said the strike killed 12.",
         "Pentagon"),
        ("One trader, who asked not to be named, told the agency prices rose 8% on Monday.",
         None),
        ("Sources close to the talks tell the paper a deal worth $3bn is near.", "the talks"),
        ("The newspaper quotes a source close to the firm as saying the bid of $4bn failed.",
         "the firm"),
    ],
)  # fmt: skip
def test_unnamed_sources_are_anonymous(sentence: str, affiliation: str | None) -> None:
    claim = _one(sentence, sentence[:20])
    assert claim.sourcing == "anonymous"
    assert claim.affiliation == affiliation


def test_an_explicit_anonymous_source_is_not_overridden_by_context() -> None:
    body = (
        "Karin Holt, the port's director, said 40 ships were waiting on Monday.\n\n"
        "One pilot, who asked not to be named, said 12 ships had already left."
    )
    claim = _one(body, "One pilot")
    assert claim.sourcing == "anonymous" and claim.speaker != "Karin Holt"


def test_vague_groups_are_unattributed() -> None:
    claim = _one("Analysts say exports could fall 10% next year.", "Analysts")
    assert claim.sourcing == "unattributed"


def test_pronouns_follow_gender_shown_by_titles() -> None:
    body = (
        "Ms Dana Kerr, the finance minister, met Mr Olav Brandt on Monday.\n\n"
        "Mr Brandt said 300 jobs would go. She said the cuts were 'avoidable'."
    )
    assert _one(body, "300 jobs").speaker == "Olav Brandt"
    assert _one(body, "She said").speaker == "Dana Kerr"


def test_aside_with_a_title_keeps_the_subject() -> None:
    body = 'Party spokesman Tom Hale, MP for Leeds North, added: "We will win 40 seats."'
    assert _one(body, "We will win").speaker == "Tom Hale"


def test_british_reopened_quote_keeps_its_speaker() -> None:
    body = (
        "'The river rose two metres in an hour,' said Nora Beck, the town's flood warden.\n\n"
        "'We moved 60 families before midnight.\n\n"
        "'Nobody was hurt, and the school stays open as a shelter.'"
    )
    assert _one(body, "60 families").speaker == "Nora Beck"


def test_said_on_the_next_line_gives_the_quote_its_speaker() -> None:
    body = (
        "The port of Velmora reopened on Monday after a week of strikes.\n\n"
        '"Shipments fell by a third in March,"\nsaid Ivo Marsh, the port director.'
    )
    assert _one(body, "Shipments fell").speaker == "Ivo Marsh"


def test_seed_origins_come_from_the_engine(seeded_desk: Desk) -> None:
    claims = seeded_desk.claims()
    quote = next(c for c in claims if "This is a direct route to Kharkiv" in c.text)
    who, _ = seeded_desk.origin(quote.id)
    assert who.startswith("Ahra Avidzba")  # the commander, never the brigade he commands
    hospitals = next(c for c in claims if "Local hospitals report" in c.text)
    assert hospitals.sourcing == "unattributed"  # a vague source
