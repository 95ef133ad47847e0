"""Unnamed sources in court: the defence and the prosecution (anon34, session 34).

The classes of ``heldout35``'s unnamed-source errors are in the attribution README ("Unnamed
sources on `heldout35` (session 34, `anon34`)"); the mechanisms here are its G-e (a defendant's
lawyer or the defence left unnamed, read as the defendant, as nobody or as a name) and item 24
(the prosecution unnamed is a group as written, in any language), as grammar:

- a request in words is its maker's claim (README item 31): Russian and Ukrainian "просить" in
  the present ("просит", "просять", "прохає"; its past is not, measured) is a reporting verb,
  so "Защита просит отменить приговор" has the defence as its source;
- the prosecution unnamed ("прокурор", "Гособвинитель", "Сторона обвинения") is a vague group,
  never the holder of a post, before the verb or after a quote; a name after it names him;
- a defendant's "solicitor" or "barrister" is the lawyer of item 17: "His solicitor said" is an
  unnamed source, never the man "his" points at;
- a paper the defence files ("в жалобе", "у скарзі") is where it speaks, not whom it speaks for.

Every sentence is invented (other names, verbs and order than any labelled sentence).
"""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import extract_claims


def _source(body: str, snippet: str) -> tuple[str, str | None]:
    claim = one_claim(body, snippet, extract_claims)
    return claim.sourcing, claim.speaker


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Суд продлил арест директору рынка. Защита в ходатайстве просит изменить меру "
         "пресечения на домашний арест.", "Защита в ходатайстве"),
        ("Бывшего главу района задержали в мае. Адвокат подсудимого просит суд смягчить "
         "приговор до условного срока.", "Адвокат подсудимого"),
        ("Колишнього директора комбінату затримали у квітні. Адвокат підозрюваного просить "
         "суд змінити запобіжний захід.", "Адвокат підозрюваного"),
        ("Olwen Darby admitted the thefts. His solicitor said the shop had been paid back in "
         "full.", "His solicitor"),
        ("Dorran Pike, 51, was fined £900 for fly-tipping. Her barrister told the judge she had "
         "been caring for her mother.", "Her barrister"),
    ],
)  # fmt: skip
def test_the_defence_unnamed_is_an_unnamed_source(body: str, snippet: str) -> None:
    assert _source(body, snippet)[0] == "anonymous"


def test_the_paper_the_defence_files_is_no_affiliation() -> None:
    body = "Суд продлил арест директору рынка. Защита в ходатайстве просит изменить меру."
    claim = one_claim(body, "Защита в ходатайстве", extract_claims)
    assert (claim.sourcing, claim.affiliation) == ("anonymous", None)


def test_a_body_that_asks_in_words_is_the_source() -> None:
    body = "Городская станция переливания крови просит доноров с первой группой прийти до пятницы."
    assert _source(body, "просит доноров") == ("named", "Городская станция переливания крови")


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        ("Водителя автобуса судят за аварию. Гособвинитель просит для подсудимой четыре года "
         "условно.", "Гособвинитель"),
        ("Водителя автобуса судят за аварию. Прокурор заявил, что водитель превысил скорость "
         "вдвое.", "Прокурор"),
        ("Водія автобуса судять за аварію. Сторона обвинувачення просить суд залишити вирок "
         "без змін.", "Сторона обвинувачення"),
        # after a quote, with an unnamed source just before: the prosecution, not a carry
        ("Источник в суде сообщил, что приговор огласят в пятницу. «Мы будем настаивать на "
         "реальном сроке», — сказал прокурор журналистам.", "сказал прокурор"),
    ],
)  # fmt: skip
def test_the_prosecution_unnamed_is_a_group(body: str, snippet: str) -> None:
    assert _source(body, snippet)[0] == "unattributed"


@pytest.mark.parametrize(
    ("body", "snippet", "speaker"),
    [
        # guards: a named prosecutor, the prosecutor's office, the accused, a named lawyer
        ("Прокурор области Олег Мирный сообщил, что дело передано в суд.", "Олег Мирный",
         "Олег Мирный"),
        ("Прокуратура района сообщила, что дело передано в суд.", "Прокуратура района",
         "Прокуратура района"),
        ("Водія затримали. Обвинувачений заявив, що не визнає провини.", "Обвинувачений",
         "Обвинувачений"),
        ("Solicitor General Ada Voss said the ruling would be studied.", "Ada Voss", "Ada Voss"),
        ("The family's solicitor, Tom Reeve, said the inquiry had failed them.", "Tom Reeve",
         "Tom Reeve"),
    ],
)  # fmt: skip
def test_named_sources_stay_named(body: str, snippet: str, speaker: str) -> None:
    assert _source(body, snippet) == ("named", speaker)


def test_the_ones_asked_are_no_speaker() -> None:
    # the accusative plural before "просят" is who is asked: the call is the body's that spoke
    body = "В МЧС сообщили о пожаре в лесу. Жителей просят не сжигать траву у домов."
    assert _source(body, "Жителей просят") == ("named", "МЧС")


def test_what_is_asked_is_no_speaker() -> None:
    # an infinitive after "просят" opens what is asked: a word in quotes there is no body
    body = "Жители поселка, что под Омском, просят помочь «достучаться» до мэрии."
    assert _source(body, "достучаться") == ("unattributed", "Жители поселка")


def test_the_person_far_back_is_the_unnamed_source() -> None:
    # "the person said" many paragraphs on: the unnamed source, whoever was named between
    body = (
        "A person briefed on the talks says a Welsh printer and a Dutch fund both want the "
        "Tarnmoor mill.\n\nTarnmoor has lost money for three years.\n\nThe mill employs "
        "340 people near Keswick.\n\nIts owner, Lysander Paulk, bought it in 2019.\n\nBoth "
        "offers value the site at under £40m, the person said."
    )
    assert _source(body, "Both offers")[0] == "anonymous"


@pytest.mark.parametrize(
    ("body", "snippet"),
    [
        # guards: a role with a place and a name is the named person; one of many named after
        # a comma is that person
        ("Фермер из Омского района Иван Лыков рассказал, что урожай упал вдвое.", "Фермер"),
        ("«Мы ждем ключи третий год», — рассказала агентству одна из дольщиц, Анна Рябова.",
         "одна из дольщиц"),
    ],
)  # fmt: skip
def test_a_role_with_its_name_stays_named(body: str, snippet: str) -> None:
    assert _source(body, snippet)[0] == "named"


def test_a_request_inside_another_clause_gives_no_source() -> None:
    # the ones asked before the verb: nobody asks in the text, and the subject is no speaker
    body = "Депутат Орлов уходит с сессии, когда операторов просят выключить камеры."
    assert not [c for c in extract_claims(body) if c.sourcing in ("named", "anonymous")]
    # a request told inside another's words: the teller is the source
    body = (
        "Хотя судовладельцы просят открыть второй причал, в порту решили его закрыть, сообщил "
        "изданию один из сотрудников порта."
    )
    assert _source(body, "причал")[0] == "anonymous"
