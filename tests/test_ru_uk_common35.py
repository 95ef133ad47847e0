"""A common noun is never a named speaker (ruuk35b, issue 12): Russian and Ukrainian.

«Жінка зазначила» after «мешканка … Олена Гай» was read as a body called «Жінка» (the noun is
capitalised only because it opens the sentence; «Женщина» was a person called so). A noun of a
person's sex or standing, or a demonstrative, alone as the subject is the person just named,
read like «она» (README, "A common noun is never a named speaker (session 35, `ruuk35b`)").
Every sentence here is written for the test (none is taken from the labelled set), in both
languages, with guards for given names that are also words (Надія, Віра, Любов, Вера).
"""

from __future__ import annotations

import pytest
from claim_support import said as _said
from factdesk.extract import ru_uk
from factdesk.extract.claims import ClaimDraft, extract_claims


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # Ukrainian: a woman introduced by her standing and name, then «Жінка» opening a sentence
        ("Вода\n\nПро аварію розповіла мешканка будинку Олена Гай. Жінка додала, що води "
         "немає третій день.\n", "Жінка", "Олена Гай"),
        # the same a paragraph later, another verb
        ("Вода\n\nПро аварію розповіла мешканка будинку Олена Гай.\n\nЖінка вважає, що "
         "комунальники приховують причину.\n", "Жінка", "Олена Гай"),
        # Russian: a woman, then a man, each pointed back to by a noun of sex
        ("Вода\n\nОб аварии рассказала жительница дома Ольга Сизова.\n\nЖенщина добавила, "
         "что воды нет третий день.\n", "Женщина", "Ольга Сизова"),
        ("Кража\n\nО краже полиции сообщил водитель Тимур Гафаров.\n\nМужчина утверждает, что "
         "машину угнали ночью.\n", "Мужчина", "Тимур Гафаров"),
        # Ukrainian man, the noun after the verb (a quote's frame)
        ("Крадіжка\n\nПро крадіжку поліції повідомив водій Остап Рибак.\n\n«Машину вкрали "
         "вночі з подвір'я», — розповів чоловік.\n", "«Машину", "Остап Рибак"),
        # a pensioner, and the man named before a woman is never her
        ("Пенсії\n\nВиплати затримали пенсіонерці Галині Бойко і її сусідові Петру Лозі.\n\n"
         "Пенсіонерка зазначила, що гроші не надходять другий місяць.\n", "Пенсіонерка",
         "Галина Бойко"),
        # a demonstrative alone as the subject, the verb agreeing
        ("Завод\n\nДиректор завода Олег Рудаков уволился в марте.\n\nТот от комментариев "
         "отказался.\n", "Тот", "Олег Рудаков"),
    ],
)  # fmt: skip
def test_a_noun_of_sex_or_standing_is_the_person_named(body: str, start: str, speaker: str) -> None:
    """ "Жінка зазначила" after "мешканка будинку Олена Гай": her, named; it was a body called
    "Жінка" (Ukrainian) or a person called "Женщина" (Russian)."""
    assert _said(body, start) == (speaker, "named")


@pytest.mark.parametrize(
    "sentence",
    [
        "Жінка зазначила, що за рік тариф на воду виріс на 40 відсотків.",
        "Мужчина добавил, что за год тариф вырос на 40 процентов.",
        "Мешканка вважає, що ціни завищені.",
    ],
)
def test_the_noun_alone_is_a_pointer_never_a_name(sentence: str) -> None:
    """Read alone, the noun is a pronoun of its gender for the engine to resolve."""
    found = ru_uk.read(sentence)
    assert found is not None
    assert found.kind == "pronoun"
    assert found.gender in ("m", "f")


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Вода\n\nЖінка зазначила, що за рік тариф на воду виріс на 40 відсотків.\n", "Жінка"),
        ("Вода\n\nЖенщина заявила, что за год тариф на воду вырос на 40 процентов.\n",
         "Женщина"),
    ],
)  # fmt: skip
def test_with_nobody_named_the_noun_is_no_named_speaker(body: str, start: str) -> None:
    """Nobody to point back to: no named speaker (it was "Жінка", named)."""
    claims = _claims(body)
    hit = [c for c in claims if c.text.startswith(start)]
    assert all(c.sourcing != "named" for c in hit)


def _claims(body: str) -> list[ClaimDraft]:
    return list(extract_claims(body))


@pytest.mark.parametrize(
    ("body", "start", "speaker"),
    [
        # given names that are also words stay names
        ("Вода\n\nНадія Гай мешкає в будинку.\n\nНадія зазначила, що за рік тариф виріс на 40 "
         "відсотків.\n", "Надія зазначила", "Надія Гай"),
        ("Вода\n\nВіра Гай мешкає в будинку.\n\nВіра зазначила, що за рік тариф виріс на 40 "
         "відсотків.\n", "Віра зазначила", "Віра Гай"),
        ("Вода\n\nЛюбов Гай мешкає в будинку.\n\nЛюбов зазначила, що за рік тариф виріс на "
         "40 відсотків.\n", "Любов зазначила", "Любов"),
        ("Вода\n\nВера Сизова живёт в доме.\n\nВера заявила, что за год тариф вырос на 40 "
         "процентов.\n", "Вера заявила", "Вера"),
        # a noun of standing with a name after it is that name
        ("Вода\n\nМешканка Олена Гай заявила, що за рік тариф виріс на 40 відсотків.\n",
         "Мешканка", "Олена Гай"),
    ],
)  # fmt: skip
def test_names_that_are_words_stay_names(body: str, start: str, speaker: str) -> None:
    """A given name that is also a word (hope, faith, love) opening the sentence stays a name
    (the surname is put back where the reader knows the given name)."""
    said, sourcing = _said(body, start)
    assert sourcing == "named"
    assert (said or "").startswith(speaker)
