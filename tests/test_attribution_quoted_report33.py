"""The inner speaker of a report quoted inside another's words (issue 12, quote33).

Labelling convention 40 gives a double attribution's claim to the inner speaker: what the
outer speaker passes on as told by someone else is that someone's. The engine read it so
when the report is written out ("Hale said the engineer had told him …"), but skipped it when
the outer speaker's own words quote it whole ('Ms Orrin said: "The surveyor told us …"'): a
quotation was taken as the outer speaker's statement however it opened. stage32 (heldout33,
heldout32) and fresh33 (heldout34) found the shape on three fresh splits. The rule, as
grammar: a quotation that opens on a clause of telling and holds its subject and verb is the
outer speaker relaying another's words, so the clause's own subject is the source; a
quotation that opens after the subject ('X said the union "confirmed …"'), a teller "we" or a
pronoun, or a report the speaker answers with a clause of her own stays the outer speaker's.
A later sentence of a quotation is left to the quotation's speaker: read the same way it lost
10 tuning speakers and gained none (the labels keep the quotation's speaker there; attribution
README, quote33), so the guards below hold it. Invented articles, other names, verbs, tenses and
orders; each test but the guards fails on main before this change. Russian and Ukrainian keep
the outer speaker in both shapes (not changed here)."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import ClaimDraft, extract_claims


def _claim(body: str, snippet: str) -> ClaimDraft:
    return one_claim(body, snippet, extract_claims)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # the quotation after a colon, the outer speaker first, a body told
            "Care home inspection\n\n"
            "Councillor Ruth Abney visited Elmfield House on Tuesday.\n\n"
            'Councillor Abney said: "The fire service has told me the east wing cannot be '
            'used until the alarms are replaced."',
            "east wing",
            "fire service",
        ),
        (  # the quotation first, the outer speaker after it, a person named in the quote
            "Pumping station fails\n\n"
            '"Our engineer Kofi Lamb warned the board the pumps were failing," said Peter '
            "Hale, the plant's manager.",
            "pumps were failing",
            "Kofi Lamb",
        ),
        (  # a perfect tense, another verb of telling, a trailing "she added"
            "Library roof\n\n"
            "The library's friends group has a new chair, Mina Carrow.\n\n"
            '"The Carlow Trust has confirmed the roof will be mended by June," she added.',
            "mended by June",
            "Carlow Trust",
        ),
    ],
)
def test_a_quoted_report_is_its_inner_speakers(body: str, snippet: str, speaker: str) -> None:
    """'X said: "<someone> told us <words>"' passes on that someone's words: they are the
    claim's source (convention 40), as in 'X said <someone> had told him …'."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # the quotation opens after the subject: the outer speaker's own words
            "Bus drivers' pay\n\n"
            'Halvern Buses said the union "has accepted the offer and will call off the '
            'strike".',
            "call off the strike",
            "Halvern Buses",
        ),
        (  # the quoted teller is the outer speaker herself ("we")
            "Flood defences\n\n"
            '"We told the agency the bank would not hold," said Ada Quint, who farms by the '
            "river.",
            "would not hold",
            "Ada Quint",
        ),
        (  # a pronoun teller inside the quote: nobody new named, the outer speaker stays
            "School wall\n\n"
            'The head teacher, Dana Orrin, said: "He told us the wall would not last the '
            'winter."',
            "last the winter",
            "Dana Orrin",
        ),
        (  # the report answered by a clause of the speaker's own: hers
            "Swimming pool\n\n"
            "Parent Gwen Ashby spoke at the meeting.\n\n"
            'Ms Ashby said: "The trust told us the pool was too costly to heat, but it '
            'has since paid £40,000 for new signs."',
            "new signs",
            "Gwen Ashby",
        ),
        (  # a later sentence of the quotation: its speaker keeps it (a teller named)
            "Sea wall\n\n"
            'Harbourmaster Ewan Pike said: "We closed the quay at dawn. The coastguard warned '
            'us the tide would top the wall by noon. Nobody was hurt."',
            "top the wall",
            "Ewan Pike",
        ),
        (  # a later sentence after a trailing attribution: the quotation's speaker keeps it
            "Clinic hours cut\n\n"
            '"We have lost two nurses since March," said Priya Dale, who runs the clinic. '
            '"The Brennock Health Board has told us no agency staff can be hired before '
            'autumn."',
            "agency staff",
            "Priya Dale",
        ),
        (  # a later sentence whose teller is "they": the quotation's speaker keeps it
            "Sea wall\n\n"
            'Harbourmaster Ewan Pike said: "We rang the coastguard at dawn. They told us the '
            'tide would top the wall by noon."',
            "top the wall",
            "Ewan Pike",
        ),
        (  # a quotation with no telling in it at all
            "Harbour works\n\n"
            'Harbourmaster Ewan Pike said: "The new wall will be finished by the spring."',
            "finished by the spring",
            "Ewan Pike",
        ),
    ],
)
def test_a_quotation_without_another_teller_stays_the_speakers(
    body: str, snippet: str, speaker: str
) -> None:
    """Guards: a quotation that opens after the subject, or whose teller is the speaker or a
    pronoun, or that reports no telling, stays the outer speaker's (pass on main too)."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)
