"""Ukrainian and Russian speakers (issue 12, session 46, uk46; uk44's rules, carried by uk45 as
branch uk45-relay): whom the words were told to, and an outlet that only relays a body's words.
Each rule has its own cases; every sentence is written for the test, the cases of each
``test_..._said_it`` fail on extractor 377 and the guards read the same before and after."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

ARTICLES = {
    "known-from": (
        "Штраф\n\nВодія оштрафували на 17 тисяч гривень. Про це стало відомо з постанови "
        "Ковельського міськрайонного суду, пише «Волинь».\n\nВодителя оштрафовали на 30 тысяч "
        "рублей. Об этом стало известно из постановления Заречного районного суда, пишет "
        "«Вестник».\n\nОб этом стало известно из соцсетей.\n"
    ),
    "relayed": (
        "Чутки\n\nУ мережі поширюють чутки про стрілянину. У пресслужбі обласної поліції ці "
        "чутки спростували, інформують «Волинські вісті».\n\nЦіни на проїзд зростуть з "
        "березня, інформують «Вісті Полісся».\n\nУ Заріччі закрили ринок, повідомляють "
        "Петренко і Гнатюк.\n"
    ),
    "told-to": (
        "Потяги\n\nПотяги запізнюються, розповіли в «Залізничному вокзалі». Зазначається "
        "водночас, що затримки спричинила ожеледь.\n\n«Потяг 75 вирушить о 12:00», – "
        "повідомили пасажирам.\n\n«Электричка 12 уйдет в 14:00», — сообщили дачникам.\n\n"
        "«Ми працюємо без вихідних», – розповіли працівники депо.\n"
    ),
}
_find = claim_finder(ARTICLES)


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("told-to", "«Потяг 75", "Залізничному вокзалі"),  # not 'пасажирам'
        ("told-to", "«Электричка", "Залізничному вокзалі"),  # not 'дачникам'
    ],
)
def test_the_dative_told_is_no_speaker_said_it(article: str, start: str, expected: str) -> None:
    """ "«…», – повідомили пасажирам": a plural verb, then whom it was told to (a lower-case
    dative plural); the body that spoke is the one before, as for «Додали, що …»."""
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == (expected, "named")


def test_a_plural_relay_passes_on_the_body_before_said_it() -> None:
    """ ", інформують «Волинські вісті»": a plural present verb before one name in «» relays
    the words of the body the sentence names, as ", інформує «X»" would (a name's own plural)."""
    claim = _find("relayed", "У пресслужбі")
    assert (claim.speaker, claim.sourcing, claim.via) == (
        "обласна поліція", "named", "Волинські вісті")  # fmt: skip


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("known-from", "Водія оштрафували", "Ковельський міськрайонний суд"),
        ("known-from", "Про це стало", "Ковельський міськрайонний суд"),
        ("known-from", "Об этом стало известно из постановления", "Заречный районный суд"),
    ],
)
def test_known_from_a_document_is_its_issuers_said_it(
    article: str, start: str, expected: str
) -> None:
    """A fact "became known from" a court's decision an outlet quotes: the court's words, the
    outlet only the channel (it gave the outlet), as «следует из постановления суда» was."""
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == (expected, "named")


def test_the_outlet_that_wrote_it_is_the_channel() -> None:
    assert _find("known-from", "Про це стало").via == "Волинь"


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("known-from", "Об этом стало известно из соцсетей", (None, "none")),  # no issuer
        ("relayed", "Ціни на проїзд", ("Вісті Полісся", "named")),  # nothing before to relay
        ("relayed", "У Заріччі", ("Петренко і Гнатюк", "named")),  # two people, no outlet
        ("told-to", "Зазначається водночас", ("Залізничному вокзалі", "named")),
        ("told-to", "«Ми працюємо", ("працівники депо", "unattributed")),  # a subject speaks
    ],
)
def test_guards(article: str, start: str, expected: tuple[str | None, str]) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == expected
