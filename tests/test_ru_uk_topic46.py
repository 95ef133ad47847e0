"""Ukrainian and Russian speakers (issue 12, session 46, uk46; uk45's rules, carried as branch
uk45-full): what stands before a plural reporting verb that is not its subject. «О закрытии двух
филиалов сообщили в компании …» gave the speaker 'О' (the topic put first read as the subject);
«У лікарні обіцяють повідомити …» named no one (the imperfective "promise" is no reporting verb
of its own); «Вернуть отопление обещали …» gave 'Вернуть отопление'. Each rule has its own cases;
every sentence is written for the test, each case but the guards fails on extractor 377 and the
guards read the same before and after."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

ARTICLES = {
    "infinitive": (
        "Отопление\n\nВ домах на Садовой нет тепла. Вернуть отопление обещали к четвергу.\n\n"
        "Кататься на льду пруда до морозов не рекомендуют.\n\nВласти заявили, что ремонт "
        "закончен.\n"
    ),
    "promise": (
        "Томограф\n\nУ Житомирі відкрили новий томограф. У лікарні обіцяють повідомити "
        "пацієнтів про запуск апарата на своїй сторінці.\n\nВ управлінні екології обіцяють "
        "оприлюднити результати аналізів у серпні.\n\nПодробиці інциденту обіцяють повідомити "
        "згодом.\n\nУ Житомирі обіцяють відкрити міст у травні.\n\nУ вихідні синоптики "
        "обіцяють дощ.\n"
    ),
    "promise-ru": (
        "Подрядчик\n\nШколу в Озерске закрыли на ремонт. В министерстве обещают выбрать "
        "подрядчика до конца марта.\n"
    ),
    "topic": (
        "Филиалы\n\nО закрытии двух филиалов сообщили в компании «Северный хлеб».\n\nПро "
        "закриття консульства повідомили в Міністерстві закордонних справ.\n\nО проблеме "
        "жители рассказали в соцсетях.\n"
    ),
}
_find = claim_finder(ARTICLES)


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("topic", "О закрытии", "Северный хлеб"),  # not 'О'
        ("topic", "Про закриття", "Міністерство закордонних справ"),
    ],
)
def test_the_topic_put_first_is_no_subject_said_it(article: str, start: str, expected: str) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == (expected, "named")


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("promise", "У лікарні", "лікарня"),
        ("promise", "В управлінні", "управління екології"),
        ("promise-ru", "В министерстве", "министерство"),
    ],
)
def test_a_body_that_promises_said_it(article: str, start: str, expected: str) -> None:
    """ "У лікарні обіцяють повідомити …": a body in the locative, the imperfective plural
    "promise" and an infinitive, what is promised: the body's word."""
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == (expected, "named")


@pytest.mark.parametrize(
    ("article", "start"),
    [("infinitive", "Вернуть отопление"), ("infinitive", "Кататься на льду")],
)
def test_an_infinitive_put_first_is_no_speaker(article: str, start: str) -> None:
    """ "Вернуть отопление обещали к четвергу": what was promised, put first, with no subject
    named (it was the speaker 'Вернуть отопление')."""
    assert _find(article, start).speaker is None


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("infinitive", "Власти", ("Власти", "named")),  # a noun, no infinitive
        ("promise", "Подробиці інциденту", (None, "none")),  # no body before the promise
        ("promise", "У Житомирі обіцяють", (None, "none")),  # a city, not a body
        ("promise", "У вихідні", (None, "none")),  # a forecast
        ("topic", "О проблеме", ("жители", "unattributed")),  # a subject after the topic
    ],
)
def test_guards(article: str, start: str, expected: tuple[str | None, str]) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == expected
