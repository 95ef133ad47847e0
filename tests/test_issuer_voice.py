"""The document's issuer speaks its text, read from the document's own grammar (issue 12).

Invented documents only, in other layouts and all three languages: a release whose issuer the
media-contact field names before its telephone number, a release under a "FOR IMMEDIATE
RELEASE" line whose lede names the body, the Russian and Ukrainian impersonal "said at the
body" whose locative noun is the compound name's own noun or spells out its kind's initials;
and the guards: ordinary news with a body in its first paragraph stays the writer's, and a
noun two bodies' names share points at neither.
"""

from __future__ import annotations

from claim_support import one_claim

_one = one_claim


_CONTACT_WITH_NUMBER = (
    "Lantern festival returns to Brackwater quay\n\n"
    "The Brackwater Arts Trust will hold its lantern parade on Saturday 14 November.\n\n"
    "Around 900 lanterns are expected. The route has been extended past the old ropeworks.\n\n"
    "Tickets for the workshop evenings cost £6.\n\n"
    "Media contact: Odile Mercer, Brackwater Arts Trust, 01632 960455"
)


def test_a_release_whose_contact_field_names_its_body_before_a_number_is_the_bodys() -> None:
    """The contact field's body stays the issuer when a telephone number follows it: the
    number is the office's, not a second name."""
    for snippet in ("Around 900 lanterns", "The route has been extended", "Tickets for"):
        assert _one(_CONTACT_WITH_NUMBER, snippet).speaker == "Brackwater Arts Trust", snippet


def test_a_contact_field_naming_only_a_person_and_an_address_names_no_issuer() -> None:
    """A person's name and e-mail address name no body: no sentence becomes anyone's."""
    body = _CONTACT_WITH_NUMBER.replace(
        "Odile Mercer, Brackwater Arts Trust, 01632 960455", "Odile Mercer, odile@example.org"
    ).replace("The Brackwater Arts Trust will", "Organisers will")
    assert _one(body, "Around 900 lanterns").speaker is None


_IMMEDIATE = (
    "Ferry timetable to change for the winter\n\n"
    "FOR IMMEDIATE RELEASE\n\n"
    "Northsound Island Ferries will run four crossings a day instead of six from 1 December.\n\n"
    "The last sailing from Port Ellary will leave at 18:40. Freight bookings are unaffected."
)


def test_a_release_under_an_immediate_release_line_is_its_ledes_body() -> None:
    """Below "FOR IMMEDIATE RELEASE" the lede's body is the issuer, never a word of the
    headline above the line ("Ferry" opening it is no body)."""
    for snippet in ("four crossings", "The last sailing", "Freight bookings"):
        assert _one(_IMMEDIATE, snippet).speaker == "Northsound Island Ferries", snippet


def test_ordinary_news_with_a_body_in_its_lede_stays_the_writers() -> None:
    """A reporter's story opening on a body's decision has no release furniture (the words
    "for immediate release" inside a sentence are no line of a release): the lines with no
    verb of speech stay unsourced."""
    body = (
        "Ferries cut to four a day\n\n"
        "By Mara Quenby\n\n"
        "Northsound Island Ferries will run four crossings a day instead of six from December, "
        "in a notice marked for immediate release.\n\n"
        "Passenger numbers on the route fell by 8 percent last year.\n\n"
        "Fares rose 12 percent in April."
    )
    for snippet in ("Passenger numbers", "Fares rose"):
        assert _one(body, snippet).speaker is None, snippet


_UK_UTILITY = (
    "Частина Вербівки до вечора залишиться без світла\n\n"
    "КП «Вербівськміськсвітло» у середу замінює опори на трьох вулицях.\n\n"
    "Як пояснили в комунальному підприємстві, графік робіт можуть змінити.\n\n"
    "У міськсвітлі додали: «Бригади працюватимуть з восьмої ранку»."
)


def test_a_ukrainian_locative_noun_is_the_compound_name_it_ends() -> None:
    """«у міськсвітлі» after «КП «Вербівськміськсвітло»»: the name is built on the noun, so the
    noun alone is that body, with its kind's initials."""
    assert _one(_UK_UTILITY, "Бригади").speaker == "КП «Вербівськміськсвітло»"


def test_a_ukrainian_phrase_spelling_out_a_bodys_initials_is_that_body() -> None:
    """«у комунальному підприємстві» spells out «КП»: the one body written «КП «…»»."""
    assert _one(_UK_UTILITY, "графік").speaker == "КП «Вербівськміськсвітло»"


def test_a_russian_locative_noun_is_the_compound_name_and_the_kind_phrase_too() -> None:
    """The same grammar in Russian: «в теплосети» after «ООО «Севертеплосеть»», «в обществе
    с ограниченной ответственностью» after «ООО «Марьинский хлеб»»."""
    body = (
        "В Тальске отключат отопление в трех кварталах\n\n"
        "ООО «Севертеплосеть» начинает замену магистральной трубы на улице Лесной.\n\n"
        "Как рассказали в теплосети, работы обойдутся в 14 миллионов рублей."
    )
    assert _one(body, "14 миллионов").speaker == "ООО «Севертеплосеть»"
    shops = (
        "Пекарня закрывает два магазина\n\n"
        "ООО «Марьинский хлеб» закрывает два магазина в центре Тальска.\n\n"
        "В обществе с ограниченной ответственностью пояснили, что аренда выросла вдвое."
    )
    assert _one(shops, "аренда выросла").speaker == "ООО «Марьинский хлеб»"


def test_a_noun_two_compound_names_end_on_points_at_neither() -> None:
    """Two bodies whose names end on the noun («Озерноводоканал», «Лісоводоканал»): the noun
    alone cannot tell them apart, so it is not made either."""
    body = (
        "Два підприємства сперечаються через борги\n\n"
        "КП «Озерноводоканал» і КП «Лісоводоканал» не можуть поділити мережу.\n\n"
        "«Ми не отримали жодної гривні», – заявили у водоканалі."
    )
    speaker = _one(body, "жодної гривні").speaker or ""
    assert "Озерноводоканал" not in speaker and "Лісоводоканал" not in speaker
