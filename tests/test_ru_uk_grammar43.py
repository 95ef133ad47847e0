"""Russian and Ukrainian speakers, wrong outputs fixed (issue 12, session 43, ru43): a second
predicate joined by "and"/"but" («Пресс-служба мэрии отказалась назвать сроки, но сообщила»)
leaves the first predicate's verb out of its subject's name; a neuter past and an amount
opening the words before the verb («Собралось немало зевак, …, говорят») name no one; the
newsroom told («рассказали нашему изданию в управлении образования») is no speaker; a site's
name keeps its domain in capitals («пишет V1.RU», never 'V1'); a member of the public with an
adjective or a complement («Пожилая соседка рассказала») is someone new, anonymous, never a
body nor the woman named before; «мерії» and a compound body after its adjective («областного
минтранса») are put in the nominative. Every sentence is written for the test: the first
tests' cases fail on extractor 361, the guards read the same before and after."""

from __future__ import annotations

import pytest
from claim_support import claim_finder
from factdesk.extract.ru_uk import institution_nominative

ARTICLES = {
    "refused-but": (
        "Вокзал\n\nПассажиры жалуются на очереди. Пресс-служба мэрии отказалась назвать "
        "сроки, но сообщила, что ремонт касс продолжается.\n"
    ),
    "refused-but-uk": (
        "Тендер\n\nПідприємці скаржаться на затримки. Пресслужба мерії відмовилася назвати "
        "суму, але повідомила, що тендер уже оголошено.\n"
    ),
    "two-predicates": (
        "Концерт\n\nОб отмене объявила начальница отдела культуры Ирина Ковалева. Начальница "
        "отдела культуры извинилась перед зрителями и отметила, что концерт перенесут.\n"
    ),
    "two-predicates-uk": (
        "Концерт\n\nОчільниця управління культури вибачилася перед глядачами та зазначила, що "
        "концерт перенесуть.\n"
    ),
    "impersonal": (
        "Пожар\n\nНочью загорелся склад. Собралось немало зевак, подробности никто не "
        "объяснял, говорят – разберутся утром.\n"
    ),
    "told-us": (
        "Школа\n\nШколу закрыли на карантин, рассказали нашему изданию в управлении образования.\n"
    ),
    "told-us-uk": (
        "Школа\n\nШколу закрили на карантин, розповіли нашому виданню в управлінні освіти.\n"
    ),
    "site": "Проезд\n\nЦены на проезд вырастут с марта, пишет V1.RU.\n",
    "neighbour": (
        "Отопление\n\nГлава района Анна Котова обещала дать тепло к понедельнику. Пожилая "
        "соседка рассказала, что батареи холодные уже неделю.\n"
    ),
    "neighbour-uk": (
        "Опалення\n\nГолова району Ганна Котова обіцяла дати тепло до понеділка. Літня "
        "сусідка розповіла, що батареї холодні вже тиждень.\n"
    ),
    "guards": (
        "Дорога\n\nГлава села Иван Петров приехал на место и заявил, что дорогу починят.\n\n"
        "Данило Гетманцев, голова комітету, заявив, що податки не зростуть.\n\nОдна из "
        "пациенток рассказала, что врачей не хватает.\n\nГлава района Анна Котова приехала "
        "на место. Женщина заявила, что воду дадут в мае.\n\nДжерело в уряді стверджує, що "
        "переговори тривають.\n"
    ),
}
_find = claim_finder(ARTICLES)


def _said(article: str, start: str) -> tuple[str | None, str]:
    claim = _find(article, start)
    return (None if claim.sourcing == "anonymous" else claim.speaker), claim.sourcing


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("refused-but", "Пресс-служба", ("мэрия", "named")),
        ("refused-but-uk", "Пресслужба", ("мерія", "named")),
        ("two-predicates", "Начальница отдела", ("Ирина Ковалева", "named")),
        ("two-predicates-uk", "Очільниця", ("очільниця управління культури", "named")),
        ("impersonal", "Собралось", (None, "none")),
        ("told-us", "Школу", ("управление образования", "named")),
        ("told-us-uk", "Школу", ("управління освіти", "named")),
        ("site", "Цены", ("V1.RU", "named")),
        ("neighbour", "Пожилая", (None, "anonymous")),
        ("neighbour-uk", "Літня", (None, "anonymous")),
    ],
)
def test_wrong_outputs_fixed(article: str, start: str, expected: tuple[str | None, str]) -> None:
    assert _said(article, start) == expected


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("guards", "Глава села", ("Иван Петров", "named")),
        ("guards", "Данило", ("Данило Гетманцев", "named")),
        ("guards", "Одна из", (None, "anonymous")),
        ("guards", "Джерело", (None, "anonymous")),  # a noun in "-ло", no verb
        ("guards", "Женщина", ("Анна Котова", "named")),  # the bare noun: she, named before
    ],
)
def test_guards(article: str, start: str, expected: tuple[str | None, str]) -> None:
    assert _said(article, start) == expected


@pytest.mark.parametrize(
    ("phrase", "nominative"),
    [
        ("областного минтранса", "областной минтранс"),  # fails on 361: left in the genitive
        ("обласного мінтрансу", "обласний мінтранс"),
        ("городской администрации", "городская администрация"),  # guards: as before
        ("областной минобороны", "областной минобороны"),
    ],
)
def test_described_compound(phrase: str, nominative: str) -> None:
    assert institution_nominative(phrase) == nominative
