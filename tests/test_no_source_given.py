"""A source given where the text names none (none30, issue 12; README "What the rules choose
wrong on fresh text", classes N, U and S; conventions 30, 35, 46 and heldout26's no. 6): a plea,
an answer with a thing, a paper's note of what it covers and a claim weighed in a condition are
no words of their actor; a document with no author the text names, a paper that only saw it and
a side of several parties ("the opposition") are no named source; a form's field label and a
cut of an office's title are no name. Guards keep the speakers the text does give. Every
sentence is invented."""

from __future__ import annotations

import pytest
from claim_support import one_claim


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Aisha Koroma, 52, of Quarry Lane, Dunfield, denies manslaughter.\n", "manslaughter"),
        ("The trial heard that Piet Harmsen denies fraud and the theft of £40,000.\n", "denies"),
        (
            "Tolvan Telecom replied with a link to its refund page, which offers £5 for each "
            "day without a line.\n",
            "replied with a link",
        ),
        (
            "After the protest, Mayor Ines Falk responded with a £2m fund for the flooded "
            "streets.\n",
            "responded with",
        ),
        ("Elsewhere, the Daily Post reports on a 9% rise in rents.\n", "reports on"),
        ("If the union's claim is true, 4,000 nurses will quit by March.\n", "union's claim"),
    ],
)
def test_a_deed_or_a_topic_is_no_claim_in_words(body: str, snippet: str) -> None:
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("none", None)


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        (
            "According to the indictment, the two men forged 40 invoices between 2021 and 2023.\n",
            "forged 40 invoices",
        ),
        (
            "The pair moved £3m through a car dealership in Lisburn, the affidavit says.\n",
            "car dealership",
        ),
        (
            "Nine shell firms were set up in a single week in 2024, the complaint says.\n",
            "Nine shell firms",
        ),
        (
            "A leaked memo seen by the Gazette suggested no school in the county met the target.\n",
            "leaked memo",
        ),
        (
            "A draft report obtained by the Tribune shows the dam was last inspected in 2011.\n",
            "draft report",
        ),
        (
            "Rural schools will lose a third of their funding next year, the opposition warns.\n",
            "a third of their funding",
        ),
        (
            "Ministers' opponents claim that 600 nurses quit the service over the winter.\n",
            "600 nurses",
        ),
        (
            "Angry at the new road tolls, the opposition in Kestria accuses the cabinet of "
            "hiding a £90m overspend.\n",
            "£90m overspend",
        ),
        ("Оппозиция заявила, что тарифы на воду весной поднимут вдвое.\n", "вдвое"),
        ("Опозиція заявляє, що лікарню в Ставищах закриють до зими.\n", "лікарню"),
    ],
)
def test_no_author_or_a_side_is_unattributed(body: str, snippet: str) -> None:
    claim = one_claim(body, snippet)
    assert claim.sourcing == "unattributed", (claim.sourcing, claim.speaker)


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        ("Lena Voss denies any wrongdoing over the £2m contract.\n", "wrongdoing", "Lena Voss"),
        (
            "Felix Arden denied that he had taken £900 from the till.\n",
            "£900",
            "Felix Arden",
        ),
        (
            "Tolvan Telecom replied that the line would be fixed within 48 hours.\n",
            "48 hours",
            "Tolvan Telecom",
        ),
        (
            "Kessel Foods filed a complaint with the regulator in May.\n\n"
            "The complaint says Trask Dairy sold milk below cost for two years.\n",
            "below cost",
            "Kessel Foods",
        ),
        (
            "Brenford Council's report said 400 homes had stood empty for a year.\n",
            "400 homes",
            "Brenford Council",
        ),
        (
            "The Morning Ledger leads on a report that 300 rail jobs will go in Leeds.\n",
            "300 rail jobs",
            "Morning Ledger",
        ),
        (
            "Work and Pensions Secretary Gwilym Penhallow said the benefit cap would stay "
            "until 2028.\n",
            "benefit cap",
            "Gwilym Penhallow",
        ),
        (  # a body's name opening with the side's adjective stays the body
            "Опозиційна партія «Наш край» заявила, що не визнає підсумків голосування в 12 "
            "округах.\n",
            "12 округах",
            "Наш край",
        ),
        (
            "Dunmore's senior vice-president for public affairs, Ingrid Halvorsen, told "
            "reporters the mine would reopen in May.\n",
            "reopen in May",
            "Ingrid Halvorsen",
        ),
        (  # an answer "with" words (a speech noun carrying a clause) is the speaker's (review30b)
            "Pellham Water responded with a statement saying 300 jobs would go at its Selby "
            "works.\n",
            "300 jobs",
            "Pellham Water",
        ),
        (
            "Harlow Council replied with a letter warning that rents would rise by 9% in April.\n",
            "rents would rise",
            "Harlow Council",
        ),
        (  # a person of the side, named, is no vague side (review30b)
            "Лидер оппозиции Иван Петров заявил, что выборы перенесут на осень.\n",
            "на осень",
            "Иван Петров",
        ),
        (
            "Лідер опозиції Петро Іваненко заявив, що вибори перенесуть на осінь.\n",
            "на осінь",
            "Петро Іваненко",
        ),
        (
            "Представитель оппозиции Анна Серова сообщила, что митинг пройдет в субботу.\n",
            "в субботу",
            "Анна Серова",
        ),
    ],
)
def test_the_speaker_the_text_gives_is_kept(body: str, snippet: str, speaker: str) -> None:
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", speaker)


def test_a_notices_field_labels_are_no_speakers() -> None:
    """ "Risk: …" opening paragraphs of a recall notice that also writes "a burn risk" is a
    field label, a common noun, never a transcript's speaker tag (a surname is capitalised
    wherever the text writes it)."""
    body = (
        "Recall: Halden Kettles Due to Burn Risk\n\n"
        "Risk: The lid can open while the water boils, posing a burn risk; 14 users were "
        "scalded.\n\n"
        "Remedy: Take the kettle back to any Halden shop, where £25 will be paid back in cash.\n\n"
        "Recall: Tippa Bottles Due to Choking Risk\n\n"
        "Risk: 3,000 bottles were sold with a valve that infants can bite off, a choking "
        "risk.\n\n"
        "Remedy: Bring the bottles to the shop and a refund of £8 is given.\n"
    )
    for snippet in ("14 users", "paid back in cash", "3,000 bottles", "refund of £8"):
        assert one_claim(body, snippet).speaker is None, snippet
