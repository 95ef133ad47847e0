"""Russian and Ukrainian speakers by grammar, from heldout42's fresh errors (issue 12, session
41, uk41): "the latter" («Останній зазначив», «Последняя заявила») is the last person of its
gender the sentence before named; a pronoun after a fronted object («Свой уход он
объяснил») is the subject; "на вопрос «X» ответил" is no answer of X's; a refusal with its
pronoun after the auxiliary («Не стал он комментировать»); "Там" opening a report that nothing
else stands for is the body the sentence before sent someone to («обратилось в пресс-службу X.
Там подтвердили»); the witnesses of something asked («Свідків аварії просять …») are no group
speaking, and the source the next paragraph gives («Про це повідомила поліція») is that call's
too. Every sentence is written for the test: the first test's cases fail on the engine before
extractor 355, the second's read the same before and after."""

from __future__ import annotations

import pytest
from claim_support import said

_LATTER = (
    "Бюджет\n\nПроєкт бюджету розкритикували члени комісії Іван Коваль та Олег Мельник. "
    "Останній зазначив, що на ремонт шкіл грошей не передбачено.\n"
)
_LATTER_F = (
    "Звернення\n\nДепутатка Олена Коваль та мер Ігор Бондар звернулися до уряду. Остання "
    "наголосила, що грошей немає.\n"
)
_LATTER_RU = (
    "Тарифы\n\nРост тарифов обсудили депутаты Иван Петров и Олег Сидоров. Последний заявил, "
    "что платежи вырастут на десять процентов.\n"
)
_FRONTED = "Клуб\n\nТренер «Зари» Антон Белов покинул команду. Свой уход он объяснил усталостью.\n"
_QUESTION = (
    "Округ\n\nГлава округа Олег Шпак может уйти. Сам Шпак на вопрос «Курьера» ответил, что "
    "пока думает.\n"
)
_AUXILIARY = (
    "Министр\n\nМинистр Глеб Орлов ушел в отставку. Как он рассказал журналистам, решение "
    "личное. Не стал он комментировать и слухи о новой должности.\n"
)
_THERE = (
    "Отставка\n\nГлава района Иван Петров покидает пост. Редакция отправила запрос в "
    "пресс-службу правительства Озёрной области. Там новость подтвердили.\n"
)
_THERE_UK = (
    "Дерево\n\nМешканці написали в «Комунсервіс-Північ». Там відповіли, що бригада приїде "
    "в понеділок.\n"
)
_WITNESSES = (
    "Наїзд\n\nНа трасі невідомий водій збив велосипедиста і поїхав. Свідків аварії просять "
    "зателефонувати на лінію 102.\n\nПро це повідомила поліція Озерної області.\n"
)
_WITNESSES_RU = "Наезд\n\nОчевидцев ДТП просят позвонить по номеру 102.\n"


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (_LATTER, "Останній", ("Олег Мельник", "named")),
        (_LATTER_F, "Остання", ("Олена Коваль", "named")),
        (_LATTER_RU, "Последний", ("Олег Сидоров", "named")),
        (_FRONTED, "Свой", ("Антон Белов", "named")),
        (_QUESTION, "Сам", ("Олег Шпак", "named")),
        (_AUXILIARY, "Не стал", ("Глеб Орлов", "named")),
        (_THERE, "Там", ("правительство Озёрной области", "named")),
        (_THERE_UK, "Там", ("Комунсервіс-Північ", "named")),
        (_WITNESSES, "Свідків", ("поліція Озерної області", "named")),
        (_WITNESSES_RU, "Очевидцев", (None, "unattributed")),
    ],
    ids=[
        "latter", "latter-feminine", "latter-ru", "pronoun-after-object", "question-asked",
        "auxiliary-then-pronoun", "there-directed", "there-directed-uk",
        "witnesses-asked-then-source", "witnesses-asked",
    ],
)  # fmt: skip
def test_the_grammar_names_the_speaker(
    body: str, start: str, expected: tuple[str | None, str]
) -> None:
    speaker, sourcing = said(body, start)  # (an anonymous source's words are its own)
    assert (None if sourcing == "anonymous" else speaker, sourcing) == expected


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # "the last match" is no "latter"
        ("Матч\n\nВратарь Иван Петров провёл хороший сезон.\n\nПоследний матч сезона команда "
         "провела дома.\n", "Последний матч", (None, "none")),
        # "the latter" with nobody named before it names no one
        ("Мер\n\nМер звернувся до уряду. Остання заява мера була про воду.\n", "Остання",
         (None, "none")),
        # a fronted object before a subject that is no pronoun: the subject as before
        ("Дороги\n\nЭту версию мэр Олег Пак подтвердил журналистам.\n", "Эту",
         ("Олег Пак", "named")),
        # "there" after a place, no body: as before
        ("Паводок\n\nВода пришла в Озёрную область. Там заявили, что готовы.\n", "Там",
         (None, "none")),
        # "не стал он" before no verb of commenting is no refusal
        ("Мэр\n\nМэр Олег Пак ушёл с совещания. Не стал он ждать и конца заседания.\n",
         "Не стал", (None, "none")),
        # a word after the ones asked that no asking verb follows: as before
        ("Вода\n\nВодіїв автобусів стало менше, ніж торік.\n", "Водіїв", (None, "none")),
    ],
    ids=["last-match", "last-statement", "fronted-object-named", "there-a-place",
         "no-comment-verb", "no-asking-verb"],
)  # fmt: skip
def test_what_must_stay(body: str, start: str, expected: tuple[str | None, str]) -> None:
    assert said(body, start) == expected
