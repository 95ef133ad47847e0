"""What was said, put first as its verb's object (ukr36, issue 12): Russian and Ukrainian.

«Информацию подтвердили в полиции», «Таку інформацію виданню повідомили два джерела в уряді»,
«Такі дані оприлюднило Міністерство фінансів»: the free word order of both languages puts the
object first and the speaker after the verb. The object was read as the speaker (a body called
«Информация», «Таку», «Факт задержания») or the sentence as unattributed, and the sentence it
points back at got nothing. Read now as «Об этом сообщили …» is (README, "What was said, put
first as the object (session 36, `ukr36`)"). Every sentence here is written for the test (none
is taken from the labelled set); a woman's given name that ends as a man's («Любовь Орлова»)
is here too.
"""

from __future__ import annotations

import pytest
from claim_support import said as _said
from factdesk.extract import ru_uk
from factdesk.extract.claims import extract_claims
from factdesk.lexicon.cyrillic import person_nominative


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Информацию подтвердил пресс-секретарь полиции Иван Петров.", "Иван Петров", "person"),
        ("Інформацію підтвердила речниця поліції Київщини Яна Шевченко.", "Яна Шевченко",
         "person"),
        ("Информацию о закрытии завода опровергли в администрации города.",
         "администрация города", "organisation"),
        ("Інформацію про закриття заводу спростували в міській раді.", "міська рада",
         "organisation"),
        ("Факт задержания подтвердили в полиции.", "полиция", "organisation"),
        ("Такі дані оприлюднило Міністерство фінансів.", "Міністерство фінансів",
         "organisation"),
        ("Эти сведения опубликовал Росстат.", "Росстат", "organisation"),
        ("Сообщения о закрытии цеха опроверг его директор Олег Рудаков.", "Олег Рудаков",
         "person"),
    ],
)  # fmt: skip
def test_the_speaker_follows_the_verb_after_an_object_put_first(
    sentence: str, speaker: str, kind: str
) -> None:
    """The object is never the speaker; whoever follows the verb is (it was «Информация», a
    body, «Факт задержания», «Сообщение», or nobody)."""
    found = ru_uk.read(sentence)
    assert found is not None
    assert (found.speaker, found.kind) == (speaker, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        "Такую информацию изданию сообщили два источника в правительстве.",
        "Таку інформацію виданню повідомили два джерела в уряді.",
    ],
)
def test_unnamed_sources_after_an_object_put_first_are_anonymous(sentence: str) -> None:
    """Whom it was told to stands before the verb; the sources after it are unnamed (it was
    «Таку», a named body, or unattributed)."""
    found = ru_uk.read(sentence)
    assert found is not None
    assert found.kind == "anonymous"


@pytest.mark.parametrize(
    ("body", "first", "speaker"),
    [
        ("Хлеб\n\nЦены на хлеб выросли на 15%. Эти сведения опубликовал Росстат.\n", "Цены",
         "Росстат"),
        ("Хліб\n\nЦіни на хліб зросли на 15%. Такі дані оприлюднила Державна служба "
         "статистики.\n", "Ціни", "Державна служба статистики"),
        ("Задержание\n\nВодителя задержали на месте. Информацию подтвердили в полиции.\n",
         "Водителя", "полиция"),
        ("Затримання\n\nВодія затримали на місці. Це підтвердила речниця поліції Київщини "
         "Яна Шевченко.\n", "Водія", "Яна Шевченко"),
        ("Уряд\n\nМіністра звільнять наступного тижня. Таку інформацію виданню повідомили "
         "два джерела в уряді.\n", "Міністра", "два джерела в уряді"),
    ],
)  # fmt: skip
def test_the_sentence_pointed_back_at_takes_the_source(body: str, first: str, speaker: str) -> None:
    """The sentence before, with no source of its own, is what the object points back at: it
    takes the source as before «Об этом сообщили …» (it had none)."""
    assert _said(body, first)[0] == speaker


@pytest.mark.parametrize(
    ("body", "first"),
    [
        # the pointer is no object of speech: a decision supported, not words confirmed
        ("Ремонт\n\nМост закроют на ремонт на 40 дней с 1 марта. Это решение поддержал мэр "
         "Иван Петров.\n", "Мост"),
        ("Ремонт\n\nМіст закриють на ремонт на 40 днів з 1 березня. Це рішення підтримав мер "
         "Іван Петренко.\n", "Міст"),
        # the sentence before names its own source: it keeps it
        ("Хліб\n\nЗа словами аграріїв, хліб подорожчає на 15% до 1 березня. Такі дані наводить "
         "Держстат.\n", "За словами"),
    ],
)  # fmt: skip
def test_no_pointer_at_words_hands_nothing_back(body: str, first: str) -> None:
    """Only words put first point back: a decision does not, and a sentence with its own
    source keeps it."""
    speaker = _said(body, first)[0]
    assert speaker not in ("Иван Петров", "Іван Петренко", "Держстат")


def test_information_as_the_subject_is_no_speaker() -> None:
    """«Информация подтвердилась» (the nominative, a reflexive verb): nobody speaks, and the
    noun is never a named body."""
    claims = extract_claims("Вода\n\nИнформация о задержании подтвердилась.\n")
    assert all(c.speaker != "Информация" for c in claims)


@pytest.mark.parametrize(
    ("name", "nominative"),
    [
        ("Любовь Орлова", "Любовь Орлова"),
        ("Любов Орлова", "Любов Орлова"),
        ("Любови Орловой", "Любовь Орлова"),
        ("Любові Орлової", "Любов Орлова"),
        ("Любовью Орловой", "Любовь Орлова"),
    ],
)
def test_a_womans_given_name_ending_as_a_mans_keeps_her_surname(name: str, nominative: str) -> None:
    """«Любовь» ends as a man's name does; she was «Любовь Орлов» (his surname) and in the
    genitive «Любова Орлова»."""
    assert person_nominative(name) == (nominative, "f")


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Суд\n\nЛюбовь Орлова заявила, что решение незаконно.\n", "Любовь", "Любовь Орлова"),
        ("Суд\n\nЛюбов Орлова заявила, що рішення незаконне.\n", "Любов", "Любов Орлова"),
        ("Суд\n\nПо словам министра Любови Орловой, решение незаконно.\n", "По словам",
         "Любовь Орлова"),
    ],
)  # fmt: skip
def test_she_is_named_as_she_is(body: str, start: str, speaker: str) -> None:
    """The speaker as the reviewer reads her, in the nominative and her own gender."""
    assert _said(body, start) == (speaker, "named")


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # the frame, then the turn's next sentence opened by a dash again
        ("Вода\n\n— Води немає вже третій день, — каже мешканка Ганна Лук'яненко. — Носимо її "
         "з колодязя за 2 кілометри.\n", "— Носимо", "Ганна Лук'яненко"),
        ("Вода\n\n— Воды нет уже третий день, — говорит пенсионерка Анна Зотова. — Носим ее "
         "из колодца за 2 километра. Никто не приезжал с 1 мая.\n", "Никто", "Анна Зотова"),
        # the frame after the turn's second sentence gives it to the first too
        ("Курьер\n\nПолиция задержала курьера.\n\n— В апреле курьера задержали на вокзале. При "
         "нем нашли 16 свертков, — рассказали в прокуратуре.\n", "— В апреле", "прокуратура"),
        # "we" in a turn of speech is the speaker's, never a body called «Ми»
        ("Вода\n\n— Води немає вже третій день, — розповідає голова ОСББ Ігор Ткач. — Ми "
         "писали до міськради 3 листи, але відповіді немає.\n", "— Ми", "Ігор Ткач"),
    ],
)  # fmt: skip
def test_a_paragraph_of_speech_opened_by_a_dash_is_one_turn(
    body: str, start: str, speaker: str
) -> None:
    """Direct speech without «» is cut into sentences at every full stop; the frame names the
    speaker of them all (they had none, or «Ми»)."""
    assert _said(body, start)[0] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ремонт завершать до 1 травня, – запевнив міський голова Олександр Симчишин.",
         "Олександр Симчишин"),
        ("Ремонт завершат до 1 мая, — заверил глава города Александр Сидоров.",
         "Александр Сидоров"),
    ],
)  # fmt: skip
def test_a_frame_after_words_with_no_marks_names_the_speaker(sentence: str, speaker: str) -> None:
    """ ", — заверил X" is the frame of direct speech whether or not the words before it were
    opened by a dash or set in «» (it was no source)."""
    found = ru_uk.read(sentence)
    assert found is not None
    assert found.speaker == speaker


def test_two_frames_in_one_paragraph_leave_its_other_sentences_alone() -> None:
    """Two speakers' frames in one paragraph: no one turn, nothing handed on."""
    body = ("Вода\n\n— Воды нет, — говорит Анна Зотова. — Нет и света, — добавляет Олег "
            "Рудаков. — Никто не приезжал с 1 мая.\n")  # fmt: skip
    assert _said(body, "— Никто")[0] is None


@pytest.mark.parametrize(
    ("body", "first", "denier"),
    [
        ("Вода\n\nТарифы на воду вырастут на 20% с 1 июля. Эту информацию опроверг глава "
         "водоканала Игорь Смирнов.\n", "Тарифы", "Игорь Смирнов"),
        ("Вода\n\nТарифи на воду зростуть на 20% з 1 липня. Цю інформацію спростував голова "
         "водоканалу Ігор Смирнов.\n", "Тарифи", "Ігор Смирнов"),
        ("Завод\n\nЗавод закроют до конца года. Это опровергли в профсоюзе.\n", "Завод",
         "профсоюз"),
        ("Завод\n\nЗавод закриють до кінця року. Це спростували в профспілці.\n", "Завод",
         "профспілка"),
        ("Завод\n\nЗавод закроют до конца года. Эту информацию не подтвердили в мэрии.\n",
         "Завод", "мэрия"),
    ],
)  # fmt: skip
def test_a_denial_hands_its_denier_nothing_back(body: str, first: str, denier: str) -> None:
    """Whoever denies what the text just said is never its source (mend36a): «Эту информацию
    опроверг X» points back at nothing, though X is the denial's own speaker."""
    assert not (_said(body, first)[0] or "").startswith(denier)


@pytest.mark.parametrize(
    ("body", "first", "speaker"),
    [
        ("Вода\n\nТарифы на воду вырастут на 20% с 1 июля. Эту информацию подтвердил глава "
         "водоканала Игорь Смирнов.\n", "Тарифы", "Игорь Смирнов"),
        ("Вода\n\nТарифи на воду зростуть на 20% з 1 липня. Цю інформацію підтвердив голова "
         "водоканалу Ігор Смирнов.\n", "Тарифи", "Ігор Смирнов"),
        ("Завод\n\nЗавод закроют до конца года. Это подтвердили в профсоюзе.\n", "Завод",
         "профсоюз"),
    ],
)  # fmt: skip
def test_a_confirmation_still_hands_its_source_back(body: str, first: str, speaker: str) -> None:
    """The same sentences confirming, not denying, still point back (mend36a; a body after
    «в» is read as written, «в профсоюзе»)."""
    assert (_said(body, first)[0] or "").startswith(speaker)
