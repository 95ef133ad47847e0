"""Five engine faults strings31 found while rewriting tests (found31, issue 12): a side noun
after its verb, a Russian or Ukrainian body's name running on past a preposition, a particle,
an adverb or a time, a body's statement taken up by "the statement", and "the forecaster" for a
body the article described as a weather service. Every sentence is invented (other names,
other shapes than strings31's); each test fails on main before found31, the guards beside
them pass on both."""

from __future__ import annotations

import pytest
from claim_support import one_claim


@pytest.mark.parametrize(
    ("body", "snippet", "side"),
    [
        ("Выборы в городской совет перенесут на осень, заявила оппозиция.", "перенесут",
         "оппозиция"),
        ("Мост через реку закроют на ремонт до мая, утверждает оппозиция.", "закроют",
         "оппозиция"),
        ("Вибори до міської ради перенесуть на осінь, заявила опозиція.", "перенесуть",
         "опозиція"),
        ("Ціни на проїзд піднімуть удвічі з березня, попередила опозиція.", "проїзд",
         "опозиція"),
        ("Мост через реку закроют на ремонт до мая, считают в оппозиции.", "закроют",
         "оппозиция"),
        ("У парламентській опозиції вважають, що ціни на проїзд піднімуть удвічі.", "проїзд",
         "опозиція"),
    ],
)  # fmt: skip
def test_a_side_noun_after_its_verb_is_no_named_speaker(body: str, snippet: str, side: str) -> None:
    """ "…, заявила оппозиция": the side of several parties put after its verb is the same
    vague group as "Оппозиция заявила, что …" (none30's rule), never one person's role read
    as a named speaker; nor is "в оппозиции считают" a body called "оппозиция"."""
    claim = one_claim(body, snippet)
    assert claim.sourcing == "unattributed"
    assert claim.speaker_type != "person"
    assert (claim.speaker or "").lower() == side


def test_a_side_noun_before_its_verb_stays_a_group() -> None:
    """Guard: the side before its verb, as before."""
    claim = one_claim("Оппозиция заявила, что выборы перенесут на осень.", "перенесут")
    assert (claim.sourcing, claim.speaker_type) == ("unattributed", None)


@pytest.mark.parametrize(
    ("body", "snippet", "name"),
    [
        ("Союз рыбаков Бологого по поводу новых квот выступил с заявлением.\n\n"
         "Союз заявляет, что половина артелей закроется к зиме.", "половина артелей",
         "Союз рыбаков Бологого"),
        ("Союз рыбаков Бологого не согласен с новыми квотами.\n\n"
         "Союз заявляет, что половина артелей закроется к зиме.", "половина артелей",
         "Союз рыбаков Бологого"),
        ("Асоціація садівників Рівного щодо нових цін на добрива звернулася до уряду.\n\n"
         "Асоціація також вимагає, щоб уряд скасував мито на зерно.", "скасував мито",
         "Асоціація садівників Рівного"),
        ("Спілка рибалок Рівного не підтримує нові квоти на вилов.\n\n"
         "Спілка заявляє, що половина артілей закриється до зими.", "половина артілей",
         "Спілка рибалок Рівного"),
    ],
)  # fmt: skip
def test_a_bodys_name_stops_at_a_topic_or_a_negation(body: str, snippet: str, name: str) -> None:
    """ "Союз рыбаков Ладоги по поводу квот …", "Спілка … не підтримує …": a topic's
    preposition ("по поводу", "щодо", "о", "про") or a negation opens what the body speaks of
    or its predicate, never a word of its name; "Союз заявляет" later is the whole name, cut
    there."""
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", name)


@pytest.mark.parametrize(
    ("body", "snippet", "name"),
    [
        ("Союз рыбаков Ладоги о новых квотах высказался резко.", "высказался",
         "Союз рыбаков Ладоги"),
        ("Асоціація пекарів Полтавщини про нові ціни висловилася різко.", "висловилася",
         "Асоціація пекарів Полтавщини"),
        ("Міністерство енергетики ще взимку обіцяло, що світло дадуть до весни.",
         "світло дадуть", "Міністерство енергетики"),
        ("Министерство энергетики ещё осенью обещало, что свет дадут до весны.", "свет дадут",
         "Министерство энергетики"),
        ("Министерство энергетики прошлой зимой обещало, что свет дадут до весны.",
         "свет дадут", "Министерство энергетики"),
        ("Міністерство енергетики минулого тижня заявило, що світло дадуть до весни.",
         "світло дадуть", "Міністерство енергетики"),
    ],
)  # fmt: skip
def test_a_bodys_name_stops_at_an_adverb_or_a_time(body: str, snippet: str, name: str) -> None:
    """ "Міністерство енергетики ще взимку обіцяло": an adverb ("ще"), a season
    ("взимку", "осенью") or "last" with a span ("минулого тижня", "прошлой зимой") sets
    when the body spoke; the name ends before it."""
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", name)


def test_a_name_that_holds_po_still_runs_on() -> None:
    """Guard: "по" inside a name ("Комитет по охране озёр") is the name's own; only "по
    поводу" is a topic."""
    claim = one_claim("Комитет по охране озёр Карелии заявил, что вылов сократят вдвое.", "вылов")
    assert claim.speaker == "Комитет по охране озёр Карелии"


@pytest.mark.parametrize(
    ("body", "snippet", "owner"),
    [
        ("The council's statement puts the cost of the new bridge at £9 million.\n\n"
         "The statement says work will start in the spring.", "work will start", "council"),
        ("The ministry's announcement sets the new fee at $40.\n\n"
         "Drivers will pay it from July, the announcement says.", "from July", "ministry"),
        ("Brenmoor Water's statement puts the number of leaks at 1,200.\n\n"
         "The statement adds that most were fixed within a day.", "fixed within a day",
         "Brenmoor Water"),
    ],
)  # fmt: skip
def test_a_bodys_statement_taken_up_later_is_the_bodys(body: str, snippet: str, owner: str) -> None:
    """ "The council's statement puts … The statement says …": a statement (a noun of speech)
    whose owner the sentence gives is that owner's when "the statement" speaks again, as "the
    council's report … the report says" already was; a body by its bare noun included."""
    claim = one_claim(body, snippet)
    assert (claim.sourcing, claim.speaker) == ("named", owner)


def test_another_document_later_is_not_the_statement() -> None:
    """Guard: "the report" after "the council's statement" is no document the article gave an
    author: unattributed, as before."""
    body = (
        "The council's statement puts the cost of the new bridge at £9 million.\n\n"
        "The report says work will start in the spring."
    )
    claim = one_claim(body, "work will start")
    assert claim.sourcing == "unattributed"


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Frost is expected across the valleys, according to the Icelandic weather service "
         "Vedurstofa Islands.\n\nThe forecaster warned that roads could ice over by dawn.",
         "Vedurstofa Islands"),
        ("The national weather agency, Ilmatieteen Laitos, expects a storm on Friday.\n\n"
         "The forecaster warned that ferries could be cancelled.", "Ilmatieteen Laitos"),
    ],
)  # fmt: skip
def test_the_forecaster_is_the_body_described_as_a_weather_service(body: str, name: str) -> None:
    """ "The forecaster warned" after "the Icelandic weather service Vedurstofa Islands": a
    name that says nothing of a body by its own words is one by the noun set beside it, so
    "the forecaster" stands for it as it does for a "… Met Office" that spoke just before."""
    claim = one_claim(body, "forecaster warned")
    assert (claim.sourcing, claim.speaker) == ("named", name)


def test_the_watchdog_is_never_a_company_described_by_its_trade() -> None:
    """Guard: a company set beside its trade's noun ("the bus operator Redvale") is no body
    "the watchdog" can stand for."""
    body = (
        "The bus operator Redvale cut 40 routes in March.\n\n"
        "The watchdog said the cuts broke the franchise rules."
    )
    claim = one_claim(body, "franchise rules")
    assert claim.speaker != "Redvale"
