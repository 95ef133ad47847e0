"""Outcomes told the opposite ways in other words (issue 13, conflicts read as same): "will keep
its licence" beside "revoked the licence", a rating "affirmed" beside one "downgraded", a road
"remained open" beside "closed", a law signed beside vetoed, in English, Russian and Ukrainian
(``lexicon.opposites``); a decision deferred beside it made; a Ukrainian sentence to prison
beside an acquittal. Invented sentences."""

from __future__ import annotations

import pytest
from factdesk.corroborate.match import label
from factdesk.lexicon.opposites import sides


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tarn FM will keep its licence, the council decided.", {"kept": True}),
        ("The council revoked the licence of Tarn FM.", {"kept": False}),
        ("The council voted to strip Tarn FM of its licence.", {"kept": False}),
        ("Kestrel Ratings left Norvania's rating unchanged.", {"kept": True}),
        ("The council did not revoke the licence of Tarn FM.", {"kept": True}),
        ("Kestrel Ratings підтвердило рейтинг Норванії, не знизивши його.", {"kept": True}),
        ("Агентство понизило кредитный рейтинг Норвании.", {"kept": False}),
        ("Университет оставил министру Ивану Петрову учёную степень.", {"kept": True}),
        ("Університет позбавив міністра Івана Петренка наукового ступеня.", {"kept": False}),
        ("Ураган оставил без света 5000 домов.", {}),
        ("A late thaw kept snow on the nesting sites.", {}),
        ("One lane of the Velmora bypass remained open after the rockfall.", {"open": True}),
        ("The rockfall closed the Velmora bypass in both directions.", {"open": False}),
        ("Обвал полностью перекрыл трассу у Велморы.", {"open": False}),
        ("The bypass was closed overnight and reopened at dawn.", {}),
        ("Police opened an inquiry close to the Velmora bypass.", {}),
        ("The two hikers missing since Friday were found safe on Sunday.", {}),
        ("Two hikers have been missing on Mount Tarn since Friday.", {"safe": False}),
        ("The two hikers are safe and waiting in a hut on Mount Tarn.", {"safe": True}),
        ("Двоє туристів на горі Тарн у безпеці.", {"safe": True}),
        ("The Velmora marathon went ahead on Sunday despite the heat.", {"held": True}),
        ("The Velmora marathon will not go ahead on Sunday.", {"held": False}),
        ("Организаторы отменили марафон в Велморе.", {"held": False}),
        ("Президент Норвании подписал поправки к закону о лесах.", {"signed": True}),
        ("Президент Норвании наложил вето на поправки к закону о лесах.", {"signed": False}),
        ("Президент подписал поправки, несмотря на призывы наложить вето.", {"signed": True}),
    ],
)  # fmt: skip
def test_the_side_a_claim_takes(text: str, found: dict[str, bool]) -> None:
    assert sides(text) == found


@pytest.mark.parametrize(
    ("kept", "taken"),
    [
        ("The Velmora broadcasting council on Monday let Tarn FM keep its licence, saying the "
         "station was run from Velmora.",
         "The Velmora broadcasting council on Monday revoked the licence of Tarn FM, saying the "
         "station was run from abroad."),
        ("Kestrel Ratings on Friday affirmed Norvania's credit rating, citing a narrowing "
         "deficit.",
         "Kestrel Ratings on Friday downgraded Norvania's credit rating by one notch, citing a "
         "widening deficit."),
        ("Kestrel Ratings on Friday affirmed Norvania's credit rating, citing a narrowing "
         "deficit.",
         "Агентство Kestrel Ratings в пятницу понизило кредитный рейтинг Норвании на одну "
         "ступень."),
        ("Агентство Kestrel Ratings в пятницу сохранило кредитный рейтинг Норвании без "
         "изменений.",
         "Агентство Kestrel Ratings в пятницу понизило кредитный рейтинг Норвании на одну "
         "ступень."),
        ("Norvania's roads agency said one lane of the Velmora bypass remained open on Monday "
         "after the rockfall.",
         "Norvania's roads agency said the rockfall closed the Velmora bypass on Monday."),
        ("Президент Норвании Иван Карпов в четверг подписал поправки к Закону о лесах.",
         "Президент Норвании Иван Карпов в четверг наложил вето на поправки к Закону о лесах."),
    ],
)  # fmt: skip
def test_opposite_sides_of_one_outcome_conflict(facts, kept: str, taken: str) -> None:
    found = label(facts(kept), facts(taken))
    assert found is not None and found.label == "conflicts"
    assert found.reason.startswith("one says ")


def test_taken_away_told_two_ways_is_no_conflict(facts) -> None:
    revoked = facts("The Velmora broadcasting council on Monday revoked the licence of Tarn FM, "
                    "saying the station was run from abroad.")  # fmt: skip
    stripped = facts("Tarn FM lost its broadcasting licence on Monday after the Velmora council "
                     "found the station was run from abroad.")  # fmt: skip
    found = label(revoked, stripped)
    assert found is not None and found.label == "same"


def test_a_decision_deferred_denies_it_made(facts) -> None:
    made = facts("The heritage committee inscribed the Tarnby salt mine on its list on Wednesday.")
    deferred = facts("The heritage committee deferred the nomination of the Tarnby salt mine on "
                     "Wednesday.")  # fmt: skip
    assert deferred.denies and not made.denies
    assert facts("Комітет спадщини відклав розгляд заявки щодо шахти Тарнбі.").denies
    assert not facts("The firm booked deferred tax of $3 million in Tarnby.").denies
    found = label(made, deferred)
    assert found is not None and found.label == "conflicts"


def test_a_sentence_to_prison_beside_an_acquittal_conflicts(facts) -> None:
    sentenced = facts("Суд у Тарнбі засудив директора фірми Velmo Timber Івана Петренка до двох "
                      "років позбавлення волі за незаконну вирубку.")  # fmt: skip
    acquitted = facts("Суд в Тарнби оправдал директора фирмы Velmo Timber Ивана Петренко по делу "
                      "о незаконной вырубке.")  # fmt: skip
    assert False in sentenced.outcomes.values() and True in acquitted.outcomes.values()
    assert facts("Мер засудив напад на журналістів у Тарнбі.").outcomes == {}
