"""A text's words are its issuer's (issue 12, fresh33).

heldout34's English errors by stage (attribution README, "heldout34's English errors by stage
(session 33, `fresh33`)") found, as stage32 had on heldout33 and heldout32, a document standing
for its author: a statement that "read" its words ('"…," the statement read.'; only "said" was
seen), and an issued thing whose issuer is written as the kind noun of a body the article
names ("a statement from the council", "according to a release from the trust"; only a name
there was read). Two mechanisms, as grammar: a finite "read" whose subject is a thing issued in
words reports them (``grammar._text_reads``, lexicon ``ISSUED_NOUNS``); an issued thing "from
the <kind noun>" is that body's, as "the <kind noun> said" is. Invented articles, other nouns,
tenses and orders in each; the Russian and Ukrainian documents are read already and guard that
the three languages agree. Each English test but the guards fails on main before this change."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import ClaimDraft, extract_claims


def _claim(body: str, snippet: str) -> ClaimDraft:
    return one_claim(body, snippet, extract_claims)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # past tense, the statement introduced by "said in a statement" a paragraph up
            "Corvane Bank raises mortgage rates\n\n"
            "In a statement on Friday, Corvane Bank said its variable rates would rise by "
            "half a point.\n\n"
            '"Borrowers on tracker deals will see the change in their April payments," the '
            "statement read.",
            "tracker deals",
            "Corvane Bank",
        ),
        (  # present tense, another noun, the quote's second sentence carried with it
            "Tenants told lifts will be replaced\n\n"
            "In a notice to tenants, Harbury Homes said both lifts in Calder Court would be "
            "replaced this summer.\n\n"
            '"Work starts on 3 May and will take ten weeks," the notice reads. "Residents of '
            'the top floors will be offered help with shopping."',
            "ten weeks",
            "Harbury Homes",
        ),
        (  # the same statement, its quote's later sentence
            "Dorrow Council said in a statement that the Mill Street library would close in "
            "May.\n\n"
            '"The building needs a new roof. We cannot afford one this year," the statement '
            "read.",
            "cannot afford",
            "Dorrow Council",
        ),
    ],
)
def test_a_text_that_reads_gives_its_issuers_words(body: str, snippet: str, speaker: str) -> None:
    """'"…," the statement read.' is the statement's words, so its issuer's, as "the
    statement said" is; before, "read" reported nothing and the quote had no speaker."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # "a statement from the council said", the council named a paragraph up
            "Dorrow Council said in May that the Mill Street library would close.\n\n"
            "A statement from the council on Tuesday added that a mobile library would keep "
            "running.",
            "mobile library",
            "Dorrow Council",
        ),
        (  # "according to a release from the council", after its claim
            "Tarnby Council has shut the coast road after a landslip.\n\n"
            "The road will reopen on Monday, according to a release from the council.",
            "reopen on Monday",
            "Tarnby Council",
        ),
        (  # a press release from the university, the university named with "at"
            "Staff at Orrin Valley University have found a wasp in amber.\n\n"
            "The wasp is new to science, a news release from the university says.",
            "new to science",
            "Orrin Valley University",
        ),
    ],
)
def test_an_issued_thing_from_a_kind_noun_is_the_bodys(
    body: str, snippet: str, speaker: str
) -> None:
    """An issued thing "from the <kind noun>" is the body the article names with that noun,
    as "the council said" is; before, only a name after "from" was read, and the release
    stayed a vague source."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


def test_a_letter_from_a_named_body_still_reads() -> None:
    """Guard: "A letter from the <name> reads: “…”" was read before (a verb opening a
    quotation after a colon) and stays its body's."""
    body = (
        "The Pell Gardens Trust has closed its glasshouses for repairs.\n\n"
        'A letter from the trust reads: "The roof panels cracked in the frost and must be '
        'replaced."'
    )
    claim = _claim(body, "roof panels")
    assert (claim.sourcing, claim.speaker) == ("named", "Pell Gardens Trust")


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing", "speaker"),
    [
        (  # an instrument's reading is its owner's measurement, no text's words
            "Arle Water's gauge at Fenby Weir read 3.9m by dusk on Sunday.",
            "3.9m",
            "named",
            "Arle Water",
        ),
        (  # a participle: a statement read out, its words the speaker's
            "Mr Ilford, whose statement was read out by his lawyer, said he had lost his job.",
            "lost his job",
            "named",
            "Ilford",
        ),
        (  # an issued thing from nobody named stays as the text gives it
            "An email from a neighbour said the dog barked all night.",
            "barked all night",
            "unattributed",
            "An email from a neighbour",
        ),
    ],
)
def test_other_readings_keep_their_speaker(
    body: str, snippet: str, sourcing: str, speaker: str
) -> None:
    """Guards: an instrument's reading, a statement that was read out (a passive), an email
    from someone unnamed keep what they had."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)


def test_a_person_reading_is_no_claim_of_a_text() -> None:
    """Guard: "The judge read the verdict" is a person reading, nothing a text says."""
    body = "Judge Amos Carrey read the verdict to a silent court on Tuesday afternoon."
    assert all(c.sourcing == "none" for c in extract_claims(body))


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (
            "Компания «Северный ветер» закрыла склад в Твери.\n\n"
            "«Работники получат выплаты до конца месяца», — говорится в заявлении компании.",
            "выплаты",
            "Компания Северный ветер",
        ),
        (
            "Компанія «Зоряна нива» закрила склад у Полтаві.\n\n"
            "«Працівники отримають виплати до кінця місяця», — йдеться у заяві компанії.",
            "виплати",
            "Компанія Зоряна нива",
        ),
    ],
)
def test_russian_and_ukrainian_documents_agree(body: str, snippet: str, speaker: str) -> None:
    """Guard: a Russian or Ukrainian statement of a body named before was its body's
    already («говорится в заявлении компании», «йдеться у заяві компанії»)."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)
