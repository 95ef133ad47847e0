"""Across scripts: Cyrillic names meet their Latin spellings; Ukrainian dates are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.names.capitals import capital_mentions
from factdesk.names.groups import NameBook
from factdesk.names.spelling import case_ranks, name_key, romanise, same_name
from memory_schema import migrated_memory


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Купянск", "Kupyansk"), ("Куп'янськ", "Kupiansk"), ("Харків", "Kharkiv"),
     ("Вовчанськ", "Vovchansk"), ("Олег Синєгубов", "Oleh Syniehubov"),
     ("Герасимов", "Gerasimov"), ("Зеленський", "Zelensky")],
)  # fmt: skip
def test_cyrillic_names_meet_their_latin_spellings(cyrillic: str, latin: str) -> None:
    assert name_key(cyrillic) == name_key(latin)
    assert same_name(cyrillic, latin)


@pytest.mark.parametrize(
    ("a", "b"), [("Херсон", "Kharkiv"), ("Покровськ", "Pokrovske"), ("Зеленська", "Zelensky")]
)
def test_different_names_stay_apart_across_scripts(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_latin_text_is_left_alone() -> None:
    assert romanise("Kupyansk") == "Kupyansk"
    assert name_key("Kupyansk") == "kupiansk"


def test_the_names_view_groups_kupyansk_with_its_cyrillic_spelling(
    desk: Desk, tmp_path: Path
) -> None:
    uk = tmp_path / "uk.txt"
    uk.write_text(
        "Бої за Купянськ тривають\n\n19 листопада 2025\n\n"
        "Олег Синєгубов заявив, що з Купянська за добу евакуювали 212 людей. "
        "Купянськ залишається під контролем українських сил, додав він.\n",
        encoding="utf-8",
    )
    en = tmp_path / "en.txt"
    en.write_text(
        "Fighting for Kupiansk goes on\n\nOleh Syniehubov said 212 people were evacuated "
        "from Kupiansk in a day. He said Kupiansk remained under Ukrainian control.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([uk, en]).failed
    groups = {group.key: group for group in desk.names()}
    town = groups[name_key("Kupiansk")]
    assert town.articles == 2
    assert any(not variant.isascii() for variant in town.variants)
    governor = groups[name_key("Oleh Syniehubov")]
    assert governor.articles == 2


def test_ukrainian_dates_are_read(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "uk.md"
    path.write_text(
        "---\ntitle: Купянськ\ndate: 19 листопада 2025\n---\nОлег Синєгубов заявив, що "
        "евакуація триває.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([path]).failed
    assert desk.articles()[0].date_iso == "2025-11-19"


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Dana Whitbury", "Дана Уитбери"), ("Gordon Ashby", "Гордон Эшби"),
     ("Oliver Haines", "Оливер Хейнс"), ("Michael Prowse", "Майкл Прауз"),
     ("Charles Pennick", "Чарльз Пенник"), ("Nora Whitfield", "Нора Уитфилд"),
     ("Gareth Thorne", "Гарет Торн"), ("Gordon Ashby", "Гордона Эшби")],
)  # fmt: skip
def test_a_full_name_and_its_transliteration_are_one_group(latin: str, cyrillic: str) -> None:
    """Both orders: the group of whichever spelling came first is joined by the other."""
    for first, second in ((latin, cyrillic), (cyrillic, latin)):
        book = NameBook(migrated_memory())
        assert book.group(second, "person") == book.group(first, "person")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Dana Whitbury", "Дэн Уитбери"), ("Dana Whitbury", "Дина Уайтхед"),
     ("Nora Whitfield", "Нора Уилсон"), ("Gareth Thorne", "Гарет Тернер"),
     ("Gordon Ashby", "Гордон")],
)  # fmt: skip
def test_another_person_in_the_other_script_stays_apart(latin: str, cyrillic: str) -> None:
    """First name and surname must both match: a namesake's surname, a man beside a woman
    (Dan and Dana), another surname of the same first name, a bare first name stay apart."""
    book = NameBook(migrated_memory())
    assert book.group(cyrillic, "person") != book.group(latin, "person")


def test_within_one_script_sound_alone_never_groups() -> None:
    """Letters decide within a script: "Dana Whitbury" and "Dona Wattbery" are no one group by
    their sound keys (``sound_keys``), only across scripts."""
    book = NameBook(migrated_memory())
    assert book.group("Dana Whitbury", "person") != book.group("Dona Wattbery", "person")


def test_a_short_name_beside_its_transliteration_may_gain_a_vowel() -> None:
    """A short one-word name may not gain or lose a vowel within one script ("West" and
    "VISIT" are two words), but a transliteration does ("Quedo" and «Кедо», folded "kuidi"
    and "kidi"): the script of each side decides (``find_same``). Invented town."""
    book = NameBook(migrated_memory())
    assert book.group("Quedo", "place") == book.group("Кедо", "place")
    latin = NameBook(migrated_memory())
    assert latin.group("Quedo", "place") != latin.group("Kedo", "place")


def test_a_person_named_in_both_scripts_is_one_name_of_two_articles(
    desk: Desk, tmp_path: Path
) -> None:
    """The names view (and so the origins: a speaker's name group is the origin) counts one
    person across an English and a Russian article, and the bare surname joins too."""
    ru = tmp_path / "ru.txt"
    ru.write_text(
        "Порт Норвуда закрыт\n\n3 марта 2026\n\n"
        "Как заявил Гордон Эшби, порт Норвуда закрыт на три дня. Эшби добавил, что "
        "причиной стал шторм.\n",
        encoding="utf-8",
    )
    en = tmp_path / "en.txt"
    en.write_text(
        "Norwood port shut\n\n3 March 2026\n\nGordon Ashby said the port of Norwood "
        "was shut for three days. Ashby said a storm was the cause.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([ru, en]).failed
    person = [g for g in desk.names() if "Gordon Ashby" in g.variants]
    assert len(person) == 1 and person[0].articles == 2
    assert "Гордон Эшби" in person[0].variants


@pytest.mark.parametrize(
    ("spellings", "nominative"),
    [(["Пологриві", "Пологрива", "Пологриви"], "Пологрива"),
     (["Верхоланом", "Верхолана", "Верхолан"], "Верхолан"),
     (["Остапа Гнатюка", "Остап Гнатюк"], "Остап Гнатюк"),
     (["Марії Левчук", "Марія Левчук"], "Марія Левчук"),
     (["Верхолані", "Verkholan"], "Verkholan")],
)  # fmt: skip
def test_a_nominative_ranks_before_the_oblique_cases(spellings: list[str], nominative: str) -> None:
    """Invented names: a locative, an instrumental or a genitive ranks after the nominative;
    a genitive in -а ("Верхолана") after the consonant nominative beside it only."""
    ranks = case_ranks(spellings)
    assert min(ranks, key=lambda s: (ranks[s], s != nominative)) == nominative
    assert all(ranks[s] > ranks[nominative] for s in spellings if s != nominative)


def test_latin_spellings_all_rank_as_nominatives() -> None:
    """English does not decline: English names keep the order they had (by mentions)."""
    assert set(case_ranks(["Kupyansk", "Kupiansk", "Armed Forces"]).values()) == {0}
    assert case_ranks(["Пологрива"]) == {"Пологрива": 0}


def test_the_names_view_names_a_place_by_its_nominative(desk: Desk, tmp_path: Path) -> None:
    """The Names view named a group by its most used spelling, often a locative ("у Х-і"):
    the nominative the article also writes goes first, as name and as first spelling."""
    uk = tmp_path / "uk.txt"
    uk.write_text(
        "Міст відкрили\n\n3 березня 2026\n\n"
        "У Верхолані відкрили новий міст. Мешканці Верхолана чекали на нього два роки. "
        "У Верхолані кажуть, що міст уже потрібен. Нині Верхолан має 12 тисяч мешканців.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([uk]).failed
    town = next(g for g in desk.names() if "Верхолані" in g.variants)
    assert town.name == "Верхолан"
    assert town.variants[0] == "Верхолан"


def test_a_ukrainian_or_russian_full_name_is_a_person_by_its_surname() -> None:
    """Invented names whose given name the list does not know: the surname's shape
    (-ко, -ова, -чук, -ин, -ов, in any case) makes «Ім'я Прізвище» a person; the shapes
    were Latin, so such a name stayed untyped."""

    text = (
        "Міст відкрили вчора. Про це розповів голова громади Ярополк Грицайко. "
        "За його словами, Зоряна Бурлакова теж прийшла. Потім виступив Любомир Тростянчук. "
        "В Москве выступил Азат Мухаметдинов, а затем Фарида Хабибуллиной сказали спасибо. "
        "Мешканці Зеленогірська чекали."
    )
    kinds = {m.text: m.kind for m in capital_mentions(text)}
    assert kinds["Ярополк Грицайко"] == "person"
    assert kinds["Зоряна Бурлакова"] == "person"
    assert kinds["Любомир Тростянчук"] == "person"
    assert kinds["Азат Мухаметдинов"] == "person"
    assert kinds["Фарида Хабибуллиной"] == "person"
    assert kinds["Зеленогірська"] != "person"


def test_an_acronym_or_a_country_after_a_name_is_no_surname() -> None:
    """«ОВА» romanises as "ova" and «України» ends like a surname in -ин: no shape."""

    text = "Про це повідомили в Тернівській ОВА. Звіт подала НАН України вчора."
    kinds = {m.text: m.kind for m in capital_mentions(text)}
    assert kinds["Тернівській ОВА"] != "person"
    assert kinds["НАН України"] != "person"


@pytest.mark.parametrize(
    "forms",
    [("Грицайко", "Грицайка", "Грицайку", "Грицайком"),
     ("Відомство", "Відомства", "Відомстві", "Відомством"),
     ("Заболотово", "Заболотова", "Заболотове")],
)  # fmt: skip
def test_a_name_in_o_keys_alike_in_every_case(forms: tuple[str, ...]) -> None:
    """A name in -о after a consonant (a Ukrainian -ко surname, a neuter noun, a Russian
    -ово village) declines like a consonant name: one key in every case, and the view ranks
    the -о form as the nominative."""
    assert len({name_key(form) for form in forms}) == 1
    ranks = case_ranks(forms)
    assert ranks[forms[0]] == 0 and all(ranks[f] > 0 for f in forms[1:])


def test_a_name_in_o_still_meets_its_latin_spelling() -> None:
    for first, second in (("Грицайко", "Hrytsaiko"), ("Hrytsaiko", "Грицайка")):
        book = NameBook(migrated_memory())
        assert book.group(second, "person") == book.group(first, "person")


def test_a_body_in_the_locative_is_an_organisation_not_a_place() -> None:
    """«у X-і повідомили»: the place cue before an institution's noun ending a compound types
    no place (the noun alone is no name at all, extractor 238); a town after the same cue
    stays a place, and a word that only begins like an institution's noun («Советск») is no
    body."""

    text = (
        "Про це у Ветеринарслужбі повідомили вчора. В Министерстве добавили, что сроки "
        "прежние. У Глибоцькому інституті не коментують. Жителі Заболотова раділи, а у "
        "Вельмограді мовчали. В Советске тоже."
    )
    kinds = {m.text: m.kind for m in capital_mentions(text)}
    assert kinds["Ветеринарслужбі"] == "organisation"
    assert "Министерстве" not in kinds  # a lone institution noun is no name (ux23), nor a place
    assert kinds["Вельмограді"] == "place"
    assert kinds["Советске"] == "place"


def test_an_officer_after_a_place_noun_and_a_feast_day_are_no_places() -> None:
    """«мэр города Ринат Залуев»: the place noun made the officer a place (the given name is
    in no list, the surname has a person's shape); «на Пасху», «після Великодня»: a feast
    day after «на» or «після» was a place. A two-word place after a place noun stays one.
    Invented names."""
    text = (
        "Об этом заявил мэр города Ринат Залуев. Магазин закроется на Пасху. Після "
        "Великодня ціни зросли. Жители села Старый Вельмоск пожаловались."
    )
    kinds = {m.text: m.kind for m in capital_mentions(text)}
    assert kinds["Ринат Залуев"] == "person"
    assert kinds["Пасху"] == kinds["Великодня"] == "name"
    assert kinds["Старый Вельмоск"] == "place"


def test_an_institution_s_capitalised_adjective_takes_its_noun() -> None:
    """Russian and Ukrainian capitalise only an institution name's first word: the adjective
    alone («Державній», «Національної») was a name, typed a place after «у»; with the words up
    to the institution's noun it is the body's name. A place adjective («Вельмозької області»)
    and an adjective-shaped surname before a verb stay as they were."""
    text = (
        "Про це повідомили у Державній лісовій службі вчора. Бійці Національної гвардії "
        "відійшли. Бойцы Центральной речной охраны и Федеральной налоговой службы молчат. "
        "Обстріл Вельмозької області тривав. Вранці Заболотний заявив, що все гаразд."
    )
    kinds = {m.text: m.kind for m in capital_mentions(text)}
    assert kinds["Державній лісовій службі"] == "organisation"
    assert kinds["Національної гвардії"] == "organisation"
    assert kinds["Федеральной налоговой службы"] == "organisation"
    assert "Центральной" in kinds  # «охраны» is no institution's noun the lexicon knows
    assert "Вельмозької" in kinds and "Вельмозької області" not in kinds
    assert "Заболотний" in kinds and "Заболотний заявив" not in kinds
    assert not {"Державній", "Національної", "Федеральной"} & set(kinds)


def test_a_place_or_a_body_before_a_person_the_lexicon_does_not_know_is_cut_off() -> None:
    """«полиции Заречья Адил Курманов»: a genitive place (or a body) run into a person whose
    given name no list holds was keyed as one name, so the town never met its Latin spelling
    (match23b). The surname's shape cuts it; a patronymic, a known given name opening the run,
    or two surnames' shapes keep the run whole. Invented names."""

    text = (
        "Глава полиции Заречья Адил Курманов заявил, что задержаны двое. "
        "Директор Агробанка Тимур Ауэзов подтвердил это. "
        "Выступил Иван Петрович Сидоров. Голова ОДА Марко Полищук промовчав."
    )
    kinds = {m.text: m.kind for m in capital_mentions(text)}
    assert kinds["Адил Курманов"] == "person" and "Заречья" in kinds
    assert kinds["Тимур Ауэзов"] == "person" and "Агробанка" in kinds
    assert "Иван Петрович Сидоров" in kinds
    assert not any("Заречья" in name and "Курманов" in name for name in kinds)
    book = NameBook(migrated_memory())
    assert book.group("Заречья", "place") == book.group("Zarechye", "place")


def test_a_latin_place_before_a_person_stays_two_names() -> None:
    """The English side of the same sentence: the recogniser gives the place and the person
    apart, so both scripts now name the town alike."""
    from factdesk.names.mentions import find_mentions

    found = {
        m.text for m in find_mentions("Zarechye police chief Adil Kurmanov said two men were held.")
    }
    assert "Adil Kurmanov" in found and not any("Zarechye" in m and "Kurmanov" in m for m in found)
