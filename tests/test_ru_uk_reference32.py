"""Russian and Ukrainian reference (ruuk32, issue 12): a post or a kind noun for the person or
body the article named with it.

Reporters introduce a speaker once with post and name («пресс-секретарь мэрии Павел Грошев»)
and then write the post alone («— добавил пресс-секретарь», «каже речник», «как пояснил
председатель профкома»): conventions 9 and 19, the post points back at that person. A body named
in «» («Северный автобусный завод») is then «завод», «производитель», «автовиробник»: convention 11,
that body. Every sentence here is written for the test (none is taken from the labelled set);
each shape is tried in both languages, with guards for what must stay as it was."""

from __future__ import annotations

import pytest
from claim_support import said as _said
from factdesk.extract.claims import extract_claims
from factdesk.extract.ru_uk import office_holder


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Мост закроют\n\nМост через Оку закроют на ремонт, сообщил пресс-секретарь мэрии Павел "
         "Грошев.\n\n«Работы займут два месяца», — добавил пресс-секретарь.\n",
         "«Работы", "Павел Грошев"),
        ("Міст закриють\n\nМіст через Десну закриють на ремонт, повідомив речник міськради "
         "Павло Грошенко.\n\n«Роботи триватимуть два місяці», — каже речник.\n",
         "«Роботи", "Павло Грошенко"),
        ("Рейсы\n\nПо словам представителя перевозчика Ирины Соколовой, рейсы задержаны из-за "
         "тумана.\n\nПозже представитель перевозчика уточнила, что вылеты возобновятся "
         "вечером.\n", "Позже", "Ирина Соколова"),
        ("Суд\n\nРечниця суду Оксана Мельник повідомила, що засідання перенесли на п'ятницю. "
         "Як пояснила речниця, суддя захворів.\n", "Як пояснила", "Оксана Мельник"),
    ],
)  # fmt: skip
def test_a_spokespersons_post_repeated_is_the_person_introduced_in_it(
    body: str, start: str, speaker: str
) -> None:
    """ "— добавил пресс-секретарь" after "пресс-секретарь мэрии Павел Грошев": him, named
    (a spokesperson kept unnamed is anonymous only when nobody was introduced so)."""
    assert _said(body, start) == (speaker, "named")


def test_a_pronoun_after_the_repeated_post_keeps_the_person() -> None:
    """«За його словами» after «— каже речник» is the spokesman introduced by name."""
    body = (
        "Міст закриють\n\nМіст через Десну закриють на ремонт, повідомив речник міськради "
        "Павло Грошенко.\n\n«Роботи триватимуть два місяці», — каже речник.\n\nЗа його "
        "словами, об'їзд пролягатиме через центр.\n"
    )
    assert _said(body, "За його") == ("Павло Грошенко", "named")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        # nobody was introduced as the spokesperson: an unnamed one (convention 17)
        ("Мост закроют\n\nМост через Оку закроют на ремонт, сообщили в мэрии.\n\n«Работы "
         "займут два месяца», — добавил пресс-секретарь.\n", "«Работы"),
        # another body's spokesman: not the one introduced
        ("Мост закроют\n\nМост через Оку закроют на ремонт, сообщил пресс-секретарь мэрии Павел "
         "Грошев.\n\nПредставитель прокуратуры заявил, что проверка уже началась.\n",
         "Представитель"),
        # one kept unnamed on purpose, beside the one named
        ("Рейсы\n\nПредставитель перевозчика Ирина Соколова заявила, что рейсы задержаны из-за "
         "тумана.\n\nДругой представитель перевозчика, пожелавший остаться неизвестным, "
         "сказал, что вылеты отменят.\n", "Другой"),
        ("Суд\n\nРечниця суду Оксана Мельник повідомила, що засідання перенесли. Речниця "
         "суду на умовах анонімності розповіла журналістам про хворобу судді.\n",
         "Речниця суду на"),
        # the verb's gender is not the named spokesman's
        ("Рейсы\n\nПредставитель перевозчика Олег Соколов заявил, что рейсы задержаны.\n\n"
         "Позже представитель перевозчика уточнила, что вылеты возобновятся вечером.\n",
         "Позже"),
    ],
)  # fmt: skip
def test_an_unnamed_spokesperson_stays_anonymous(body: str, start: str) -> None:
    assert _said(body, start)[1] == "anonymous"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Депо\n\nПо словам председателя профсоюзного комитета депо Марка Левина, машинистам "
         "второй месяц задерживают премии.\n\nКак пояснил председатель профкома, жалобу в "
         "трудовую инспекцию уже отправили.\n", "Как пояснил", "Марк Левин"),
        ("Шахта\n\nЗа словами голови профспілкової організації шахти Ганни Лисенко, гірникам "
         "другий місяць затримують премії.\n\nЯк додала голова профорганізації, скаргу до "
         "інспекції праці вже надіслали.\n", "Як додала", "Ганна Лисенко"),
        ("Шахта\n\nЗа словами голови профспілкової організації шахти Ганни Лисенко, гірникам "
         "другий місяць затримують премії.\n\nСкаргу до інспекції праці, як додала голова "
         "профорганізації, вже надіслали.\n", "Скаргу", "Ганна Лисенко"),
        ("Бюджет\n\nБюджет на ремонт доріг урізали вдвічі, заявив голова обласної ради Степан "
         "Гуменюк.\n\nГолова облради додав, що решту коштів шукатимуть у державі.\n",
         "Голова облради", "Степан Гуменюк"),
    ],
)  # fmt: skip
def test_a_post_with_its_body_in_a_compound_is_the_person_introduced_in_it(
    body: str, start: str, speaker: str
) -> None:
    """ "председатель профкома" for "председателя профсоюзного комитета … Марка Левина",
    "голова облради" for "голова обласної ради Степан Гуменюк": a compound
    abbreviation ("проф-", "обл-") spells the body's words the introduction gave."""
    assert _said(body, start) == (speaker, "named")


def test_a_compound_names_only_the_body_it_abbreviates() -> None:
    """ "председатель облсовета" is not the chairman of the regional court ("обл-" fits
    "областного", "совета" is no "суда")."""
    before = "Приговор оставили в силе, сообщил председатель областного суда Иван Лаптев. "
    assert office_holder(before, "председатель облсовета") is None
    assert office_holder(before, "председатель облсуда") == "Иван Лаптев"


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Вода\n\nІнженерка водоканалу Марина Гай повідомила, що насосну станцію модернізують "
         "до осені.\n\nНа її думку, старі насоси не відповідають вимогам енергоощадності.\n",
         "На її", "Марина Гай"),
        ("Вода\n\nІнженерка водоканалу Марина Гай повідомила, що насосну станцію модернізують "
         "до осені.\n\nСтарі насоси, на її думку, давно не відповідають вимогам "
         "енергоощадності.\n", "Старі", "Марина Гай"),
        ("Труба\n\nПо словам жительницы дома Анны Крыловой, трубу прорвало ночью.\n\nПо её "
         "словам, в управляющей компании на жалобы жильцов так и не ответили.\n",
         "По её", "Анна Крылова"),
    ],
)  # fmt: skip
def test_a_denied_verb_inside_words_given_by_according_is_no_silence(
    body: str, start: str, speaker: str
) -> None:
    """ "На її думку, старі насоси не відповідають вимогам" ("do not match"): the
    words are hers; only a reply the sentence's own verb denies is a silence (convention 29)."""
    assert _said(body, start) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Мост\n\nМост закроют на ремонт.\n\nВ мэрии на запрос редакции не ответили.\n", "В мэрии"),
        ("Міст\n\nМіст закриють на ремонт.\n\nУ міськраді на запит редакції не відповіли.\n",
         "У міськраді"),
    ],
)  # fmt: skip
def test_a_denied_reply_is_still_a_silence(body: str, start: str) -> None:
    claims = [c for c in extract_claims(body) if c.text.startswith(start)]
    assert all(c.sourcing == "none" for c in claims)


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Автобусы\n\n«Северный автобусный завод» закроет цех в Твери. Об этом сообщили в "
         "пресс-службе автопроизводителя.\n", "Об этом", "Северный автобусный завод"),
        ("Автобуси\n\nЛьвівський автобусний завод закриє цех у Стрию. Про це повідомили у "
         "пресслужбі автовиробника.\n", "Про це", "Львівський автобусний завод"),
        ("Тканини\n\n«Північна швейна фабрика» закриває цех у Ніжині. Про це повідомили у "
         "пресслужбі виробника.\n", "«Північна", "Північна швейна фабрика"),
        ("Трубы\n\n«Северский трубный завод» продал порт холдингу из Казани.\n\nПродажи труб "
         "за год сократились на 6%, согласно сводке завода за IV квартал.\n", "Продажи",
         "Северский трубный завод"),
        ("Труби\n\n«Дніпровський трубний завод» продав порт холдингу з Одеси.\n\nЗгідно з "
         "балансом заводу за II півріччя, борг перед банками зріс на третину.\n", "Згідно",
         "Дніпровський трубний завод"),
    ],
)  # fmt: skip
def test_a_producers_noun_or_the_kind_in_a_quoted_name_is_the_body_named(
    body: str, start: str, speaker: str
) -> None:
    """ "в пресс-службе автопроизводителя" after a plant was named: the plant (a producer's
    noun, compounded or not, stands for a firm as "перевозчик" does); "сводке завода за IV
    квартал": the plant named in «» on that noun (the quarter is no part of a name)."""
    assert _said(body, start) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # many producers are a group, never the one firm
        ("Молоко\n\n«Северный молочный комбинат» поднял цены на 12%. Производители молока "
         "объясняют рост подорожанием кормов.\n", "Производители", "Производители молока"),
        ("Молоко\n\nЦіни на молоко зросли на 12%. Виробники молока пояснюють зростання "
         "подорожчанням кормів.\n", "Виробники", "Виробники молока"),
    ],
)  # fmt: skip
def test_producers_in_the_plural_stay_a_group(body: str, start: str, speaker: str) -> None:
    assert _said(body, start) == (speaker, "unattributed")


def test_a_quoted_name_of_another_kind_is_not_the_kind_noun() -> None:
    """ "по данным завода" is no «Северная швейная фабрика» (a factory of another noun), and
    an outlet in «» is no plant."""
    from factdesk.extract.ru_uk import named_institution

    before = "«Северная швейная фабрика» закрывает цех, пишет газета «Волжский курьер». "
    assert named_institution(before, "завода") is None
    assert named_institution(before, "фабрики") == "Северная швейная фабрика"
