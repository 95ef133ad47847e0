"""Russian and Ukrainian speakers that are no names, and members of the public unnamed (issue
12, session 38, ruuk38): a participle alone before the subject, a noun of a resident, a reader
or a demonym, a frame whose verb says how the words were said, a foreign outlet in Latin
letters, a headline's quotation read as a body. Every sentence is written for the test, none
taken from a labelled split; each case failed before extractor 344, or pins what must stay as
it was."""

from __future__ import annotations

import pytest
from claim_support import said
from factdesk.extract import ru_uk


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Выступая, депутат заявил, что знал о задержании.", "депутат", "role"),
        ("Виступаючи, депутат заявив, що знав про затримання.", "депутат", "role"),
        ("Отвечая, министр добавил, что решение обжалуют.", "министр", "role"),
        ("Выступая в суде, депутат заявил, что знал о задержании.", "депутат", "role"),
        ("Выступая, Петров заявил, что знал о задержании.", "Петров", "person"),
        # what must stay: a surname in apposition, a discourse word, a list of names
        ("Толстая, актриса театра, заявила, что уходит.", "Толстая", "person"),
        ("Петров, министр финансов заявил, что уходит.", "Петров", "person"),
    ],
)
def test_a_participle_alone_is_never_the_speaker(sentence: str, speaker: str, kind: str) -> None:
    """ "Выступая, депутат заявил": the participle opening the sentence was the speaker."""
    found = ru_uk.read(sentence)
    assert found is not None and (found.speaker, found.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("sentence", "gender", "kind"),
    [
        ("Про аварію редакції повідомила постійна читачка.", "f", "anonymous"),
        ("Читачка, яка звернулася до редакції, каже, що гілки досі лежать.", "f", "pronoun"),
        ("Жительница дома говорит, что ремонт затянулся на год.", "f", "anonymous"),
        ("Сельчанка рассказала, что мусор вывозят раз в неделю.", "f", "pronoun"),
        ("Харків'янин розповів, що світла немає третій день.", "m", "pronoun"),
        ("Воды нет неделю, — возмущается мужчина.", "m", "pronoun"),
        ("Відповіді немає, — обурюється місцева мешканка.", "f", "anonymous"),
        ("«Никто не приезжал», — возмущается пенсионерка.", "f", "pronoun"),
    ],
)
def test_a_member_of_the_public_points_back_like_a_pronoun(
    sentence: str, gender: str, kind: str
) -> None:
    """A reader, a resident, a demonym, and a frame's verb of manner ("возмущается"): the
    noun alone is the person just named, else nobody named (were a body called «Читачка»,
    nobody, or no frame at all); with adjectives or where they live it is someone new, an
    unnamed source (ru43: "indefinite reading first")."""
    found = ru_uk.read(sentence)
    assert found is not None and (found.speaker, found.kind, found.gender) == (
        None, kind, gender
    )  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Молоко подорожало, — растут и цены.",  # a clause after a dash: no frame
        "Владелец кафе рассказал, что мусор вывозят раз в неделю.",  # an owner: one person
        "Жительница дома Анна Петрова говорит, что ремонт затянулся.",  # named
    ],
)
def test_no_member_of_the_public_where_there_is_none(sentence: str) -> None:
    found = ru_uk.read(sentence)
    assert found is None or found.kind != "pronoun"


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        # nobody named before: an unnamed person, an anonymous source
        ("Гілка\n\nПро аварію редакції повідомила постійна читачка.\n\nЧитачка, яка звернулася "
         "до редакції, каже, що гілки досі лежать у дворі.\n", "Читачка", (None, "anonymous")),
        ("Мусор\n\nЗа словами киянки, контейнери не вивозили від понеділка.\n", "За словами",
         (None, "anonymous")),
        # a turn of an unnamed man, and "по его словам" after it
        ("Двор\n\n— Мусор не вывозят месяц. Никто не приезжал, — возмущается мужчина.\n\nПо его "
         "словам, ремонт сделали плохо.\n", "— Мусор", (None, "anonymous")),
        ("Двор\n\n— Мусор не вывозят месяц. Никто не приезжал, — возмущается мужчина.\n\nПо его "
         "словам, ремонт сделали плохо.\n", "По его", (None, "anonymous")),
        ("Двор\n\nОдна из жительниц дома пожаловалась на двор.\n\n— Мусор не вывозят месяц. "
         "Никто не приезжал, — возмущается женщина.\n\nПо ее словам, ремонт сделали плохо.\n",
         "По ее", ("Одна из жительниц", "anonymous")),
        # what must stay: the woman named before is the one meant
        ("Двор\n\nПенсионерка Анна Зотова пожаловалась на двор.\n\n— Мусор не вывозят месяц, — "
         "возмущается женщина.\n", "— Мусор", ("Анна Зотова", "named")),
        # the participle: the deputy named before, not «Выступая»
        ("Суд\n\nДепутат горсовета Иван Карпов выступил в суде. Выступая, депутат заявил, что "
         "знал о задержании.\n", "Выступая", ("Иван Карпов", "named")),
    ],
)  # fmt: skip
def test_who_the_member_of_the_public_is(
    body: str, start: str, expected: tuple[str | None, str]
) -> None:
    assert said(body, start) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Про це пише «Вісник» із посиланням на газету The Washington Post.",
         "The Washington Post"),
        ("Как сообщает газета The Wall Street Journal, завод закроют.", "The Wall Street Journal"),
        ("По данным портала Transfermarkt, игрок стоит 5 млн евро.", "Transfermarkt"),
    ],
)  # fmt: skip
def test_a_name_in_latin_letters_is_an_outlet_whole(sentence: str, speaker: str) -> None:
    """A run of Latin words was a person of its last two («York Times»)."""
    found = ru_uk.read(sentence)
    assert found is not None and (found.speaker, found.kind) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Мусор\n\n«Двор утонул в мусоре»: жители пожаловались на подрядчика\n\nЖители дома "
         "пожаловались на подрядчика.\n\n— Наши специалисты выйдут на место, — добавили в "
         "ведомстве.\n", "ведомство"),
        # what must stay: a club's name in «» is the body the article is about
        ("Клуб\n\n«Ворскла» сменила тренера\n\nКоманда осталась без тренера.\n\nОб этом сообщили "
         "в пресс-службе клуба.\n", "Ворскла"),
    ],
)  # fmt: skip
def test_a_headlines_quotation_is_no_body(body: str, speaker: str) -> None:
    """ "в ведомстве" went to the headline's «…» of a resident's words."""
    assert said(body, body.split("\n\n")[-1][:10])[0] == speaker


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Тренер\n\nТренер покинул клуб в марте. Позднее выяснилось, что он уехал из-за болезни "
         "отца.\n", "Позднее"),
        ("Двор\n\nМусор лежит месяц. Жильцам ответили, что подрядчик выйдет в пятницу.\n",
         "Жильцам"),
    ],
)  # fmt: skip
def test_a_word_opening_the_sentence_is_no_body(body: str, start: str) -> None:
    """An adverb of time («Позднее») and whom it was told to, in the dative plural
    («Жильцам»), were bodies named so."""
    assert said(body, start)[0] != start


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Серед причин такої ротації співрозмовники називають слабкі результати.",
         "співрозмовники", "anonymous"),
        ("Среди причин отставки собеседники называют слабые результаты.", "собеседники",
         "anonymous"),
        ("Среди фаворитов Петров назвал Иванова.", "Петров", "person"),
        ("Как стало известно порталу из источников в полиции, адвокат подал апелляцию.", None,
         "anonymous"),
        ("Як стало відомо редакції з джерел у міськраді, мера звільнять.", None, "anonymous"),
    ],
)  # fmt: skip
def test_the_subject_after_what_was_put_first(
    sentence: str, speaker: str | None, kind: str
) -> None:
    """ "Серед причин … співрозмовники": the reasons were part of a body's name; "стало
    известно порталу из источников": the outlet by its kind noun hid the sources."""
    found = ru_uk.read(sentence)
    assert found is not None and (found.speaker, found.kind) == (speaker, kind)


def test_a_past_on_a_consonant_ends_the_opening_body() -> None:
    """ "Компания перенесла серверы": «перенесла» was no verb, so the body a later «в
    министерстве» stood for was «Компания перенесла серверы»."""
    body = ("Сервер\n\nКомпания перенесла серверы за границу.\n\n— Угрозу преувеличивают, — "
            "заявили в министерстве.\n")  # fmt: skip
    assert said(body, "— Угрозу")[0] == "министерство"


@pytest.mark.parametrize(
    ("sentence", "speaker", "kind"),
    [
        ("Об этом пишет «Вестник», ссылаясь на источники в правительстве.",
         "источники в правительстве", "anonymous"),
        ("«Вестник», ссылаясь на источники в мэрии, сообщает, что завод закроют.",
         "источники в мэрии", "anonymous"),
        # what must stay: citing a thing leaves the outlet; a body cited by name is the source
        ("Об этом пишет «Вестник», ссылаясь на собственные расчеты.", "Вестник", "organisation"),
        ("У мерії розповіли, посилаючись на КП «Водоканал», що води не буде.", "КП Водоканал",
         "organisation"),
    ],
)  # fmt: skip
def test_an_outlet_citing_unnamed_sources_relays_them(
    sentence: str, speaker: str, kind: str
) -> None:
    found = ru_uk.read(sentence)
    assert found is not None and (found.speaker, found.kind) == (speaker, kind)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Про проблему редакції розповіла мешканка будинку на вулиці Шевченка.", None),
        ("Мешканка будинку на вулиці Шевченка Ганна Бойко розповіла, що води немає.",
         "Ганна Бойко"),
    ],
)  # fmt: skip
def test_no_name_from_a_place(sentence: str, expected: str | None) -> None:
    """A street after a resident was her name («Шевченко»)."""
    found = ru_uk.read(sentence)
    assert (found.speaker if found is not None else None) == expected


def test_a_post_is_no_member_of_the_public() -> None:
    """ "Мер пообіцяв" after a resident quoted unnamed: the mayor named as written, not her."""
    body = (
        "Сміття\n\nЗа словами сумчанки, контейнери не вивозили від понеділка.\n\n"
        "Мер пообіцяв провести перевірку.\n"
    )
    assert said(body, "Мер") == ("мер", "named")


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        ("Вода\n\n— Води немає тиждень, — каже мешканка Ганна Бойко.\n\n— Ми писали до ЖЕКу "
         "тричі.\n", "— Ми", "Ганна Бойко"),
        # what must stay: the next turn's own frame names its own speaker
        ("Вода\n\n— Воды нет неделю, — говорит Иван Петров.\n\n— Бригада уже выехала, — "
         "добавила Анна Зотова.\n", "— Бригада", "Анна Зотова"),
    ],
)  # fmt: skip
def test_a_turn_with_no_frame_goes_on_from_the_one_before(
    body: str, start: str, speaker: str
) -> None:
    """ "— A, — каже X." then a paragraph "— B." with no frame: X goes on (B had nobody)."""
    assert said(body, start)[0] == speaker


def test_a_member_of_the_public_met_before_is_the_one_the_story_is_about() -> None:
    """ "По словам мужчины" after "остановили мужчину": the man the story is about, as
    written (not a source met for the first time, which is anonymous: "За словами
    сумчанки" above)."""
    body = ("Кража\n\nПатрульные остановили мужчину, который пытался вынести со стройки "
            "металл.\n\nПо словам мужчины, он договорился с охранником.\n")  # fmt: skip
    assert said(body, "По словам") == ("мужчины", "named")
