"""Russian and Ukrainian bodies behind a pronoun, a general noun or their experts (ruuk31).

Every sentence here is written for the test (none is taken from the labelled set); each shape
is tried in both languages where it exists, with guards for what must stay as it was."""

from __future__ import annotations

import pytest
from claim_support import said as _said
from factdesk.extract.claims import extract_claims
from factdesk.extract.ru_uk import body_gender, opening_body, school_in_sentence


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Отравление\n\nВ лагере под Тверью отравились 30 детей. Об этом сообщает пресс-служба "
         "прокуратуры Тверской области.\n\nПо её данным, дети заболели после ужина.\n",
         "По её", "прокуратура Тверской области"),
        ("Отруєння\n\nУ таборі на Волині отруїлися 30 дітей. Про це повідомляє пресслужба "
         "прокуратури Волинської області.\n\nЗа її даними, діти захворіли після вечері.\n",
         "За її", "прокуратура Волинської області"),
        ("Цены\n\nЦены на хлеб выросли на 10%, сообщил Росстат.\n\nПо его данным, сильнее "
         "всего подорожал ржаной хлеб.\n", "По его", "Росстат"),
        ("Ціни\n\nМіністерство економіки повідомило, що ціни на хліб зросли на 10%.\n\nЗа "
         "його оцінкою, найбільше подорожчав житній хліб.\n", "За його", "Міністерство економіки"),
        ("Гречка\n\nЦіни на гречку зросли на 20%, повідомили аналітики консалтингової компанії "
         "«Зерноринок».\n\nЗа їхніми даними, урожай був найменшим за десять років.\n",
         "За їхніми", "Зерноринок"),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_is_the_body_that_just_spoke(
    body: str, start: str, speaker: str
) -> None:
    """ "По её данным" after a prosecutor's office spoke: the office's body (a feminine
    noun), as "за його оцінкою" after a ministry (neuter) and "за їхніми даними" after a
    firm's analysts; a pronoun of someone's data is never data with no author."""
    found, sourcing = _said(body, start)
    assert sourcing == "named" and found is not None and speaker in found


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Цены\n\nЦены на хлеб выросли на 10%, сообщил Росстат.\n\nПо её данным, сильнее "
         "всего подорожал ржаной хлеб.\n", "По её", None),  # "её" is no "Росстат"'s
        ("Цены\n\nРосстат сообщил, что цены на молоко выросли на 5%. Директор пекарни Анна "
         "Белова рассказала, что хлеб подорожал на 10%.\n\nПо её словам, сильнее всего "
         "подорожал ржаной.\n", "По её", "Анна Белова"),  # a person who spoke since
        ("Ціни\n\nДержстат повідомив, що ціни на молоко зросли на 5%. Директорка пекарні Ганна "
         "Білик розповіла, що хліб подорожчав на 10%.\n\nЗа її словами, найбільше подорожчав "
         "житній.\n", "За її", "Ганна Білик"),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_keeps_a_person_and_its_gender(
    body: str, start: str, speaker: str | None
) -> None:
    claims = [c for c in extract_claims(body) if c.text.startswith(start)]
    if speaker is None:
        assert all(c.speaker != "Росстат" for c in claims)
    else:
        assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("прокуратура Тверской области", "f"), ("Росстат", "m"), ("Министерство финансов", "n"),
        ("управління поліції", "n"), ("Курганский хлебокомбинат", "m"), ("МЧС", None),
        ("«Зерноринок»", None),
    ],
)  # fmt: skip
def test_a_bodys_gender_is_its_head_nouns(name: str, gender: str | None) -> None:
    assert body_gender(name) == gender


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Цех\n\nОмский мясокомбинат до весны закроет колбасный цех и уволит 40 рабочих, "
         "рассказали в пресс-службе предприятия. Там добавили, что спрос упал вдвое.\n",
         "Омский мясокомбинат"),
        ("Цех\n\nПолтавський м'ясокомбінат до весни закриє ковбасний цех і звільнить 40 "
         "робітників, розповіли в пресслужбі підприємства. Там додали, що попит упав удвічі.\n",
         "Полтавський м'ясокомбінат"),
    ],
)  # fmt: skip
def test_a_compound_kind_of_body_opens_the_sentence_its_enterprise_noun_points_to(
    body: str, speaker: str
) -> None:
    """ "хлебокомбинат", "м'ясокомбінат": a kind of body after a linking vowel is the body
    "в пресс-службе предприятия" stands for (never an "-ат" verb ending the subject), and
    "Там объяснили" keeps it."""
    claims = extract_claims(body)
    assert [c.speaker for c in claims] == [speaker, speaker]


def test_an_opening_bodys_name_ends_before_a_preposition() -> None:
    assert opening_body("Омский завод с 1 марта повышает цены, сообщили в ведомстве.") == (
        "Омский завод"
    )


@pytest.mark.parametrize(
    "body",
    [
        "Цены\n\nМинэкономики проверит завод «Сталь», заявили на предприятии.\n",
        "Ціни\n\nМіністерство економіки перевірить завод «Сталь», повідомили на підприємстві.\n",
    ],
)
def test_an_enterprise_noun_is_never_a_ministry(body: str) -> None:
    assert [c.speaker for c in extract_claims(body)] == ["Сталь"]


@pytest.mark.parametrize(
    ("body", "start", "school"),
    [
        ("Морозы\n\nУроки в омской гимназии № 12 отменили на неделю из-за морозов, говорится "
         "на сайте учебного заведения. Отмечается, что занятия перенесут.\n", "Отмечается",
         "гимнази"),
        ("Карантин\n\nУ львівській гімназії № 12 запроваджено карантин через грип, "
         "повідомляється на сайті навчального закладу. Зазначається, що уроки перенесуть.\n",
         "Зазначається", "гімназі"),
        ("Карантин\n\nВ Тамбове в школе № 7 отменили уроки из-за морозов, сообщили в "
         "пресс-службе учебного заведения.\n", "В Тамбове", "школ"),
    ],
)  # fmt: skip
def test_a_school_periphrasis_is_the_school_its_sentence_names(
    body: str, start: str, school: str
) -> None:
    """ "на сайте учебного заведения", "навчального закладу": the one school the sentence
    names by its kind and number, for that sentence and the next that continues it."""
    found, sourcing = _said(body, start)
    assert sourcing == "named" and found is not None and school in found.lower()
    assert "12" in found or "7" in found


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("В пермской школе № 40 ввели карантин", "пермская школа № 40"),
        ("У ліцеї «Престиж» скасували уроки", "ліцеї «Престиж»"),
        ("Фильм «Школа № 5» вышел в прокат", None),  # a title in quotes
        ("В школе № 3 и в гимназии № 8 ввели карантин", None),  # two schools
        ("По лицензии № 12 завод работает с мая", None),  # no lyceum
    ],
)
def test_a_school_in_a_sentence(text: str, school: str | None) -> None:
    assert school_in_sentence(text) == school


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Грипп\n\nВ Росздравнадзоре сообщили, что заболеваемость выросла на 8%. По данным "
         "специалистов ведомства, больше всего болеют дети.\n", "По данным", "Росздравнадзор"),
        ("Грип\n\nУ Держпродспоживслужбі повідомили, що захворюваність зросла на 8%. За даними "
         "фахівців відомства, найбільше хворіють діти.\n", "За даними", "Держпродспоживслужба"),
    ],
)  # fmt: skip
def test_a_kind_nouns_experts_are_the_body_that_just_spoke(
    body: str, start: str, speaker: str
) -> None:
    assert _said(body, start) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Проверка\n\nПрокуратура Кировска проверила работу котельной. Как выяснили в "
         "прокуратуре по итогам проверки, котельная работала без лицензии.\n", "Как",
         "Прокуратура Кировска"),
        ("Сайт\n\nКак сообщили в Комитете по информационной политике, сайт заработает в мае.\n",
         "Как", "Комитет по информационной политике"),
    ],
)  # fmt: skip
def test_po_itogam_ends_a_bodys_name_but_po_inside_a_name_does_not(
    body: str, start: str, speaker: str
) -> None:
    assert _said(body, start) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        ("Карьер\n\nДобычу щебня в Лесном карьере остановят до лета, как пояснили на "
         "предприятии.\n", "карьер"),
        ("Кар'єр\n\nВидобуток щебеню в Лісовому кар'єрі зупинять до літа, як пояснили на "
         "підприємстві.\n", "кар'єр"),
    ],
)  # fmt: skip
def test_an_enterprise_noun_is_never_a_place_named_by_its_adjective(body: str, place: str) -> None:
    """ "в Лесном карьере …, как пояснили на предприятии": a quarry is no plant, whatever
    capitalised adjective names it."""
    assert not any(place in (c.speaker or "").lower() for c in extract_claims(body))


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Суд\n\nВ лагере под Тверью отравились 30 детей, сообщила прокуратура Тверской "
         "области. Пострадавшая Анна Петрова обратилась в суд. По её словам, детей кормили "
         "просроченным мясом.\n", "По её", "Анна Петрова"),
        ("Суд\n\nУ таборі на Волині отруїлися 30 дітей, повідомила Національна поліція. "
         "Потерпіла Ганна Петренко звернулася до суду. За її словами, дітей годували "
         "простроченим м'ясом.\n", "За її", "Ганна Петренко"),
        ("Ферма\n\nЦіни на молоко зросли на 5%, повідомив Держстат. Директор ферми Іван "
         "Коваль продав стадо. За його даними, корми подорожчали вдвічі.\n", "За його",
         "Іван Коваль"),
        ("Завод\n\nЗавод закроют до весны, заявило министерство промышленности. Рабочий Олег "
         "Сидоров потерял работу. По его словам, зарплату не платили три месяца.\n", "По его",
         "Олег Сидоров"),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_is_a_person_named_since_the_body_spoke(
    body: str, start: str, speaker: str
) -> None:
    """A person of the pronoun's gender the article names after the body spoke, speaking or
    not ("Пострадавшая Анна Петрова обратилась в суд. По её словам"), is nearer than the
    body: the pronoun is theirs (review31a: the rule looked at the last speaker only)."""
    assert [c.speaker for c in extract_claims(body) if c.text.startswith(start)] == [speaker]


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Суд\n\nВ лагере под Тверью отравились 30 детей, сообщила прокуратура Тверской "
         "области. Повар Олег Сидоров уволился. По её данным, детей кормили просроченным "
         "мясом.\n", "По её", "прокуратура Тверской области"),
        ("Міст\n\nРемонт мосту затягується, повідомив пресцентр ДСНС. За його даними, "
         "роботи завершать у травні.\n", "За його", "ДСНС"),
    ],
)  # fmt: skip
def test_a_possessive_pronoun_passes_over_a_person_of_the_other_gender(
    body: str, start: str, speaker: str
) -> None:
    """A man named since is no owner of "её данным": the prosecutor's office keeps it; a
    press centre is masculine, the owner of "його даними" as a press service is of "її"."""
    claims = [c for c in extract_claims(body) if c.text.startswith(start)]
    assert len(claims) == 1 and speaker in (claims[0].speaker or "")
