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
the three languages agree. Each English test but the guards fails on main before this change.

mend33b (review33 item 4): the first articles here followed three heldout34 articles
paragraph by paragraph; they are told now in other constructions (a possessive memo, "told
staff in a memo that", "a statement from <name> said"; a quote before "said an email from the
school", a participle between the notice and its verb, a memo "to" someone), and each still
fails with fresh33's two mechanisms switched off. The shapes "read" misses are kept as a strict
xfail (``test_shapes_the_read_rule_misses``); 'X read: "…"' is a quotation opened after a colon
again (review33 item 5)."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import ClaimDraft, extract_claims


def _claim(body: str, snippet: str) -> ClaimDraft:
    return one_claim(body, snippet, extract_claims)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # (mend33b, review33 item 4) the body's memo the subject, a participle beside it
            "Kells Rail's memo to staff, sent on Friday, said the Arnby depot would close.\n\n"
            '"Drivers will be offered posts at Fenby," the memo read.',
            "posts at Fenby",
            "Kells Rail",
        ),
        (  # the body told someone "in a memo that …", the memo reads in the next paragraph
            "Kells Rail told staff in a memo that the Arnby depot would close in March.\n\n"
            '"Drivers will be offered posts at Fenby," the memo read.',
            "posts at Fenby",
            "Kells Rail",
        ),
        (  # "a statement from <name> said …", then the statement reads on
            "A statement from Pellow Water said the main at Arnby had burst.\n\n"
            '"Supplies will return by noon," the statement read.',
            "return by noon",
            "Pellow Water",
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
        (  # (mend33b, review33 item 4) the quote first, "said an email from the school"
            "Grisedale School shut at noon on Friday.\n\n"
            '"Classes will resume on Monday," said an email from the school.',
            "resume on Monday",
            "Grisedale School",
        ),
        (  # a notice from the trust with a participle between it and its verb
            "Pellow Harbour Trust has banned swimming off the slipway.\n\n"
            "A notice from the trust, posted at the gate, warns that the ban will last all "
            "summer.",
            "all summer",
            "Pellow Harbour Trust",
        ),
        (  # a memo from the museum to someone, its verb in the present
            "Fenby Museum will open a new gallery in June.\n\n"
            "A memo from the museum to its volunteers says the gallery will show Roman glass.",
            "Roman glass",
            "Fenby Museum",
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


@pytest.mark.parametrize(
    ("body", "snippet", "sourcing", "speaker"),
    [
        (  # (review33 item 5) a thing written, no issuer named: the text speaks
            "Villagers have gathered signatures against the quarry.\n\n"
            'The petition reads: "We ask the county to refuse the quarry its permit."',
            "refuse the quarry",
            "named",
            "petition",
        ),
        (
            "The Daily Lamp ran the story on Monday.\n\n"
            'The headline read: "Mayor quits over garden row."',
            "garden row",
            "named",
            "headline",
        ),
        (  # an indefinite note: anonymous, as before
            "Police found the car abandoned near Holm Ferry.\n\n"
            'A note left in the cabin read: "Gone north, do not follow."',
            "Gone north",
            "anonymous",
            "A note",
        ),
        (  # (mend33b) a plaque, present tense, the quote's words a full sentence
            "Orla Benn planted the oak in 1962.\n\n"
            'The plaque beneath it reads: "This tree was planted by the children of Fenby."',
            "children of Fenby",
            "named",
            "plaque",
        ),
        (  # the text's owner a possessive pronoun: "Its" is the company's since "Pellow Water"
            # is typed one (mend45, review44 A4: a company's name is no person's)
            "Pellow Water has apologised to customers in Arnby.\n\n"
            'Its statement read: "Supplies will return by noon."',
            "return by noon",
            "named",
            "Pellow Water",
        ),
    ],
)
def test_read_still_opens_a_quotation_after_a_colon(
    body: str, snippet: str, sourcing: str, speaker: str
) -> None:
    """Guard: 'X read: "…"' (any subject, a colon, a quotation) opens the quotation as every
    verb of speaking's manner does (``_opens_quotation``); fresh33's ``_text_reads`` took "read"
    from it, and a petition, a headline or a note left these quotes unattributed (315-318)."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == (sourcing, speaker)


@pytest.mark.xfail(strict=True, reason="shapes the 'read' rule misses (review33 item 4)")
@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        (  # the text issued by a verb of issuing: "issued a statement", no "in a statement"
            "Pellow Water issued a statement on Tuesday.\n\n"
            '"Supplies to Arnby will return by noon," the statement read.',
            "return by noon",
            "Pellow Water",
        ),
        (  # "a statement issued by <name> read: …"
            'A statement issued by Pellow Water on Tuesday read: "Supplies will return by noon."',
            "return by noon",
            "Pellow Water",
        ),
        (  # the text sent by a verb of writing ("wrote to", "emailed"), then "the letter reads"
            "Grisedale School wrote to parents on Monday about the heating.\n\n"
            '"Classes will move to the hall until the boiler is fixed," the letter reads.',
            "move to the hall",
            "Grisedale School",
        ),
        (  # the text as a pronoun: '"…," it read.'
            "The burst main at Arnby was found overnight, Pellow Water said in a statement.\n\n"
            '"Supplies will return by noon," it read.',
            "return by noon",
            "Pellow Water",
        ),
    ],
)
def test_shapes_the_read_rule_misses(body: str, snippet: str, speaker: str) -> None:
    """What "read" does not reach yet: a text's owner is known to ``_text_reads`` only when
    the article put its words "in" that text before ("said in a statement", "told staff in
    a memo") or named it "from" its issuer; a text issued, sent or written by a verb that is
    no verb of speaking, a possessive owner and "it" leave the quote unattributed. Strict:
    a change that reaches one of them fails here and moves it to the tests above."""
    claim = _claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


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
