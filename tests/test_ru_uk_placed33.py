"""Russian and Ukrainian reference (ruuk33, issue 12): a general noun for the body the sentence
before sets its event in.

News opens on the place where something happened when the place is a body: «В … аэропорту
задержали рейсы», «У … драмтеатрі скасували прем'єру», and then points at it with a general
noun that names no kind («Это подтвердили в организации», «йдеться в повідомленні закладу»,
«У закладі розповіли»): convention 11, that body, named. The body is written in the locative
after «в/у/на», so it is read back into the nominative where the adjective's ending tells the
gender. mend33a (review33 item 1) rewrote the cases that had followed two labelled articles
(a zoo's birth, a prosecutor's signed release) in other constructions, bodies, verbs and
order; each still fails with its rule switched off. Each shape is tried in both languages,
with guards for what must stay as it was, and a park is no body (mend33a, item 2)."""

from __future__ import annotations

import pytest
from claim_support import said as _said
from factdesk.extract.ru_uk import placed_body, press_office_signature


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # the pointer opens its own sentence («Это подтвердили …»), the general noun alone
        ("Рейсы\n\nВ Самарском аэропорту задержали три рейса до Москвы. Это подтвердили в "
         "организации.\n", "Это подтвердили", "Самарский аэропорт"),
        # the sentence a pointer points back at is the body's too, a compound kind noun
        ("Прем'єра\n\nУ Луцькому драмтеатрі скасували прем'єру через хворобу актора. Про це "
         "йдеться в повідомленні закладу.\n", "У Луцькому", "Луцький драмтеатр"),
        # an according phrase, another general noun, another preposition
        ("Линия\n\nНа Липецком хладокомбинате запустили новую линию. Как сообщили в "
         "организации, она выпускает 20 тонн мороженого в сутки.\n", "Как сообщили",
         "Липецкий хладокомбинат"),
        # Ukrainian: «у … зоопарку», the general noun «заклад»
        ("Левеня\n\nУ Житомирському зоопарку народилося левеня. Про це повідомили у "
         "пресслужбі закладу.\n", "Про це", "Житомирський зоопарк"),
        # Ukrainian: two adjectives, a kind noun the case rules know, the noun opening
        ("Виставка\n\nУ Полтавському краєзнавчому музеї відкрили виставку вишиванок. У "
         "закладі розповіли, що зібрали понад 300 експонатів.\n", "У закладі",
         "Полтавський краєзнавчий музей"),
        # Ukrainian: «на … заводі», the enterprise noun
        ("Цех\n\nНа Рівненському ливарному заводі відкрили новий цех. На підприємстві "
         "повідомили, що там працюватимуть 80 людей.\n", "На підприємстві",
         "Рівненський ливарний завод"),
    ],
)  # fmt: skip
def test_a_general_noun_is_the_body_the_sentence_before_is_set_in(
    body: str, start: str, speaker: str
) -> None:
    """ "Это подтвердили в организации" after "В Самарском аэропорту …": the airport."""
    assert _said(body, start) == (speaker, "named")


def test_a_quote_after_the_pointer_keeps_the_body() -> None:
    """An according phrase gives the body, and a quote in the next paragraph, told by an
    adverb of place («— уточнили там»), goes on with it."""
    body = (
        "Туман\n\nНа Пермском хлебокомбинате остановили две линии. Как пояснили в "
        "организации, причиной стала авария на подстанции.\n\n«Хлеб в магазины поставят к "
        "вечеру», — уточнили там.\n"
    )
    assert _said(body, "«Хлеб") == ("Пермский хлебокомбинат", "named")


@pytest.mark.parametrize(
    ("body", "start", "place"),
    [
        # a region is a place, not a body
        ("Снег\n\nВ Тверской области выпал снег. Как сообщили в учреждении, занятия в "
         "школах отменены.\n", "Как сообщили", "Тверск"),
        # a square is a place
        ("Ярмарок\n\nНа Соборній площі відкрили ярмарок. У закладі розповіли, що він "
         "триватиме тиждень.\n", "У закладі", "Соборн"),
        # a park is where something happened, not a body (review33's probe, mend33a)
        ("Нож\n\nВ Центральном парке задержали мужчину с ножом. Об этом сообщили в "
         "пресс-службе учреждения.\n", "Об этом", "парк"),
        # a cemetery neither, Ukrainian, the general noun opening an according clause
        ("Вандали\n\nНа Личаківському цвинтарі пошкодили дванадцять надгробків. В "
         "організації розповіли, що камери спостереження там не працювали.\n",
         "В організації", "Личак"),
        # the setting is two paragraphs back: too far for a pointer
        ("Котельная\n\nКотельную запустили после ремонта в Омском политехническом колледже."
         "\n\nНа улицах города выпал снег.\n\nЗанятия, как сообщили в учреждении, идут по "
         "расписанию.\n", "Занятия", "Омск"),
    ],
)  # fmt: skip
def test_no_body_where_the_sentence_before_sets_nothing_in_one(
    body: str, start: str, place: str
) -> None:
    """A place, a time, or a setting too far back: the general noun is not given it."""
    speaker, _ = _said(body, start)
    assert speaker is None or place not in speaker


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("В Омском политехническом колледже запустили котельную.",
         "Омский политехнический колледж"),
        ("У Житомирському зоопарку народилося левеня.", "Житомирський зоопарк"),
        ("На Рівненському ливарному заводі відкрили цех.", "Рівненський ливарний завод"),
        ("Во Владимирском драмтеатре прошла премьера.", "Владимирский драмтеатр"),
        ("В Тверской области выпал снег.", None),
        ("На Соборній площі відкрили ярмарок.", None),
        ("В Новом году цены вырастут.", None),
        ("В Центральном парке задержали мужчину с ножом.", None),
        ("На Личаківському цвинтарі пошкодили надгробки.", None),
        ("Вчера в Омском колледже запустили котельную.", None),
        ("В колледже запустили котельную.", None),
    ],
)  # fmt: skip
def test_placed_body(sentence: str, body: str | None) -> None:
    """The body a sentence opens its setting with, in the nominative; none for a place, a
    time, a sentence that opens otherwise, or a kind noun with no name."""
    assert placed_body(sentence) == body


_SIGNED_UK = (
    "Рубка\n\nУ лісі біля Коростеня інспектори виявили незаконну рубку 40 сосен.\n\nЗбитки "
    "оцінили у 600 тис. грн, матеріали передано до поліції.\n\nПресслужба Державної "
    "екологічної інспекції Поліського округу\n\n«Таке у нас трапляється щомісяця», — каже "
    "лісничий Остап Мельничук.\n"
)
_SIGNED_RU = (
    "В Омске оштрафовали склад\n\nСотрудники инспекции выявили нарушения на складе в "
    "Кировском округе.\n\nНа владельца склада наложен штраф в 200 тысяч рублей.\n\n"
    "Пресс-служба Государственной инспекции труда в Омской области\n"
)


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        (_SIGNED_UK, "У лісі", "Державна екологічна інспекція Поліського округу"),
        (_SIGNED_UK, "Збитки", "Державна екологічна інспекція Поліського округу"),
        (_SIGNED_RU, "На владельца", "Государственная инспекция труда в Омской области"),
    ],
)  # fmt: skip
def test_a_release_signed_by_its_press_office_is_the_institutions(
    body: str, start: str, speaker: str
) -> None:
    """A release a page carries, signed at its foot «Пресслужба … прокуратури»: its
    sentences with no source of their own are the institution's (a release speaks for its
    issuer), as under an issuer's line at its top."""
    assert _said(body, start) == (speaker, "named")


def test_the_pages_own_lines_under_the_signature_keep_their_source() -> None:
    """What the page adds under the release's signature is not the release's."""
    assert _said(_SIGNED_UK, "«Таке") == ("Остап Мельничук", "named")


@pytest.mark.parametrize(
    "body",
    [
        # a press office that speaks in a sentence is a source, no signature
        "Школа\n\nВ городе открыли новую школу на 800 мест.\n\nПресс-служба мэрии сообщила, "
        "что школа начнет работу в сентябре.\n",
        # a press office's line right under the headline is the issuer's line, not a foot
        "Школа\n\nПресс-служба мэрии Омска\n\nВ городе открыли новую школу на 800 мест.\n",
    ],
)
def test_no_signature_where_the_press_office_speaks_or_opens(body: str) -> None:
    assert press_office_signature(body) is None
