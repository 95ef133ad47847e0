"""Russian and Ukrainian: the open probes of review36 (issue 12; ruuk37's mechanism 6, landed
by mend37): the locative answer phrase, a habit that points back at nothing, a titled full name
before a colon, and women's given names of the third declension. Every sentence is written for
the test, none taken from a labelled split; each case failed before extractor 343, or pins
what must stay as it was."""

from __future__ import annotations

import pytest
from factdesk.extract import ru_uk
from factdesk.lexicon.cyrillic import person_nominative


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("У відповіді на запит «Суспільного» в ОВА зазначили, що укриття відкриті.", "ОВА"),
        ("В ответе на запрос редакции в мэрии сообщили, что ремонт завершат в мае.", "мэрия"),
        ("В ответ на запрос «Вестника» в мэрии сообщили, что ремонт завершат в мае.", "мэрия"),
    ],
)
def test_the_answer_phrase_is_never_the_speaker(sentence: str, speaker: str) -> None:
    """ "У відповіді на запит" (the locative): «відповіді» was read as a body speaking."""
    found = ru_uk.read(sentence)
    assert found is not None and (found.speaker, found.kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("sentence", "points"),
    [
        ("Данные о погоде ежедневно публикует Гидрометцентр.", False),
        ("Такі дані щодня оприлюднює Укргідрометцентр.", False),
        ("Такие данные публикует Гидрометцентр.", True),
        ("Такі дані оприлюднює Укргідрометцентр.", True),
    ],
)
def test_a_habit_points_back_at_nothing(sentence: str, points: bool) -> None:
    """What a body does as a rule is no pointer at the words just reported; without the
    habit's adverb the same sentence still is one."""
    assert ru_uk.points_back(sentence) is points


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Глава администрации Иван Петров: «Ремонт моста закончим к осени».", "Иван Петров"),
        ("Глава администрации района Иван Петров: «Мост откроют в мае».", "Иван Петров"),
        ("Мэр города Ольга Смирнова: «Воду дадут завтра».", "Ольга Смирнова"),
        ("Голова громади Олег Мазур: «Світло повернуть до вечора».", "Олег Мазур"),
        ("Глава администрации: «Ремонт моста закончим к осени».", None),
        ("Житель дома Иван Петров: «Воды нет неделю».", None),
    ],
)
def test_a_post_and_full_name_before_a_colon_lead_in_the_quote(
    sentence: str, speaker: str | None
) -> None:
    """A post in lower-case words, then a given name and surname, then a colon: that person
    (a post alone, or a resident who holds none, is left as it was: nobody)."""
    found = ru_uk.read(sentence)
    if speaker is None:
        assert found is None
    else:
        assert found is not None and (found.speaker, found.kind) == (speaker, "person")


@pytest.mark.parametrize(
    ("name", "nominative", "gender"),
    [
        ("Нинель Орлова", "Нинель Орлова", "f"),  # was «Нинель Орлов», a man
        ("Адель Петрова", "Адель Петрова", "f"),
        ("Юдифь Левина", "Юдифь Левина", "f"),  # was «Юдифь Левин»
        ("Нинелью Орловой", "Нинель Орлова", "f"),  # the instrumental shows her
        ("Юдифи Левиной", "Юдифь Левина", "f"),  # «-фи»: no «-а» name's genitive (Юдифа)
        ("Любови Орловой", "Любовь Орлова", "f"),
        ("Любов Орлова", "Любов Орлова", "f"),
        ("Любові Петренко", "Любов Петренко", "f"),
        ("Олені Коваль", "Олена Коваль", "f"),  # an «-а» name's dative stays hers
        ("Игорь Петров", "Игорь Петров", "m"),  # men's soft names stay men's
        ("Игорь Коваль", "Игорь Коваль", "m"),
        ("Игорем Петровым", "Игорь Петров", "m"),
        ("Ігор Бурдейного", "Ігор Бурдейний", "m"),
    ],
)
def test_a_womans_soft_given_name_by_its_grammar(name: str, nominative: str, gender: str) -> None:
    """A woman's given name on a soft consonant («Нинель», «Адель», «Юдифь», «Любовь») is
    read by the third declension, not by a list holding «Любовь» alone: a feminine surname
    decides its nominative, «-ью» its instrumental."""
    assert person_nominative(name) == (nominative, gender)
