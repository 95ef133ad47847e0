"""Russian and Ukrainian speakers (issue 12, session 45, uk45): a body named in the locative is
the body, in the nominative. «В мэрии это опровергли» after «мэра Заречья Виктора Громова»
gave the mayor: «мэр-» was read as the stem of «мэрии», and the kind resolver took the
mayoralty for the post «мэр» (review44 A8). A body outside the known nouns stayed in the case
the sentence put it in ('больнице', 'Укрзалізниці', 'водоканалі', 'облизбиркоме'). «У
пресслужбі Управління СБУ розповіли» gave 'Управління' (the initials read as an outlet told),
and «у пресгрупі Управління СБУ» 'пресгрупі Управління СБУ' (no press office). Every
sentence is written for the test: the first test's cases fail on extractor 371, the guards read
the same before and after."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

ARTICLES = {
    "mayoralty": (
        "Мост\n\nСеверный мост закроют на ремонт в марте, сообщила пресс-служба мэра Заречья "
        "Виктора Громова.\n\nРанее в соцсетях писали, что мост закроют уже в феврале. В мэрии "
        "это опровергли.\n\nМэр пообещал открыть мост в мае.\n"
    ),
    "mayoralty-uk": (
        "Міст\n\nПівнічний міст закриють на ремонт у березні, повідомила пресслужба мера "
        "Заріччя Віктора Громова.\n\nРаніше в соцмережах писали, що міст закриють уже в "
        "лютому. У мерії це спростували.\n\nМер пообіцяв відкрити міст у травні.\n"
    ),
    "administration": (
        "Мост\n\nАдминистрация Тамбова закрыла мост на ремонт. В мэрии пообещали открыть его в "
        "мае.\n"
    ),
    "oblique": (
        "Ремонт\n\nПоїзди на Київ запізнюватимуться до квітня, повідомили в Укрзалізниці.\n\n"
        "У водоканалі пообіцяли усунути порив до вечора.\n\nВ больнице обещали разобраться "
        "с очередями.\n\nКак сообщили в облизбиркоме, жалобы партии отклонены.\n\nВ "
        "городском совете заявили, что бюджет принят.\n"
    ),
    "press-group": (
        "Хабар\n\nВ обласному центрі затримали інспектора на хабарі, розповіли у пресгрупі "
        "Управління СБУ.\n\nУ пресслужбі Управління СБУ розповіли, що гроші вилучили.\n\n"
        "В пресс-службе Управления ФСБ по области сообщили о задержании.\n"
    ),
    "outlet-told": "Задержание\n\nВ Минпромторге ТАСС сообщили о новых пошлинах.\n",
}
_find = claim_finder(ARTICLES)


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("mayoralty", "В мэрии это", "мэрия"),
        ("mayoralty-uk", "У мерії це", "мерія"),
        ("oblique", "Поїзди", "Укрзалізниця"),
        ("oblique", "У водоканалі", "водоканал"),
        ("oblique", "В больнице", "больница"),
        ("oblique", "Как сообщили", "облизбирком"),
        ("oblique", "В городском совете", "городской совет"),
        ("press-group", "В обласному", "Управління СБУ"),  # «пресгрупа»: a press office
        ("press-group", "У пресслужбі", "Управління СБУ"),  # the initials complete the name
        ("press-group", "В пресс-службе", "Управление ФСБ по области"),
    ],
)
def test_the_body_that_spoke_in_the_nominative(article: str, start: str, expected: str) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == (expected, "named")


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("mayoralty", "Мэр пообещал", ("Виктор Громов", "named")),  # the mayor is the mayor
        ("mayoralty-uk", "Мер пообіцяв", ("Віктор Громов", "named")),
        ("administration", "В мэрии", ("Администрация Тамбова", "named")),  # the alias kept
        ("outlet-told", "В Минпромторге", ("Минпромторг", "named")),  # ТАСС told, no owner
    ],
)
def test_guards(article: str, start: str, expected: tuple[str | None, str]) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == expected
