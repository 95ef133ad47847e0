"""Faults a desk shift met (found32, issue 12), each in invented articles of several shapes.

- A person introduced in full and then called by the given name alone ("Graham said", as sport,
  features and local news write) is shown by the fullest form the article gives, as a surname
  is; a given name two people of the article share stays as written, and a word that is no
  given name stays as written (the recogniser takes firms for people).
- Console markup pasted with an article ("[bold]", "[/]", "[@click=app.quit]") is never part of
  a source: a tag is a phrase boundary; the claim's text keeps it as characters.
- An unnamed official of a body given by a noun an institution's name is built on
  ("представитель департамента") belongs to the body the article named with that noun.
"""

from __future__ import annotations

import re

import pytest
from factdesk.extract.claims import ClaimDraft, extract_claims
from factdesk.extract.people import People


def _claim(body: str, opening: str) -> ClaimDraft:
    (draft,) = [d for d in extract_claims(body) if d.text.lstrip().startswith(opening)]
    return draft


FIRST_NAMES = [
    (
        "Allotment society turns fifty\n\n"
        "Megan Quance has kept plot 14 at the Vane Street allotments since 1989.\n\n"
        '"The waiting list has 90 names on it," Megan said.\n\n'
        "The society will hold an open day in June.\n",
        '"The waiting list',
        "Megan Quance",
    ),
    (
        "Swim club record\n\n"
        "Callum Ashgrove, 16, broke the county record for the 200 metres on Saturday.\n\n"
        "Callum said he had trained six mornings a week for two years.\n",
        "Callum said",
        "Callum Ashgrove",
    ),
    (
        "Repair café opens\n\n"
        "The café is run by Alice Brenner and her neighbour, Daniel Osei.\n\n"
        '"We fixed 37 toasters in the first month," said Daniel.\n\n'
        "Alice told the council that the rent had doubled since March.\n",
        '"We fixed',
        "Daniel Osei",
    ),
    (
        "Repair café opens\n\n"
        "The café is run by Alice Brenner and her neighbour, Daniel Osei.\n\n"
        '"We fixed 37 toasters in the first month," said Daniel.\n\n'
        "Alice told the council that the rent had doubled since March.\n",
        "Alice told",
        "Alice Brenner",
    ),
]


@pytest.mark.parametrize(("body", "opening", "speaker"), FIRST_NAMES)
def test_a_first_name_alone_is_shown_as_the_full_name(
    body: str, opening: str, speaker: str
) -> None:
    assert _claim(body, opening).speaker == speaker


def test_a_firms_first_word_is_no_given_name() -> None:
    """The recogniser takes a firm for a person now and then ("Harrowgate Milling"): its
    first word alone is the firm's, never a first name standing for it."""
    body = "Harrowgate Milling made a loss. Harrowgate said so. Owen Tarrant spoke.\n"
    people = People(body, [(0, "Harrowgate Milling", None), (51, "Owen Tarrant", None)])
    assert people.resolve("Harrowgate") == "Harrowgate"
    assert people.resolve("Owen") == "Owen Tarrant"


def test_a_first_name_two_people_share_stays_as_written() -> None:
    body = (
        "Twins open a gym\n\n"
        "Emma Ekholm and her cousin Emma Lidqvist opened the gym on Harbour Road in May.\n\n"
        '"We have 120 members already," Emma said.\n'
    )
    assert _claim(body, '"We have').speaker == "Emma"


MARKUP = [
    ("[@click=app.quit]Quit[/] Anglers said the river rose by a metre overnight.", "Anglers"),
    ("[@click=app.help]Help[/] Farmers said the river rose by a metre overnight.", "Farmers"),
    # (mend33) a tag around a name is read as spaces: the name is whole ("Owen Strickland",
    # was cut to "Strickland"), and the sentence is read as it is without its tags (None:
    # whatever that reading gives; with the tags glued to them, "Auditors at Corven Trust"
    # and "Surveyors" were speakers the same words without tags do not give)
    ("[link=https://example.org/levels]Auditors at Corven Trust[/link] said 2,300 gauges "
     "were read twice.", None),
    ("[b]Surveyors at Rindle Water[/b] said 2,300 gauges were read twice.", None),
    ('"Nobody was hurt," said [i]Owen Strickland[/i].', "Owen Strickland"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "speaker"), MARKUP)
def test_markup_is_never_part_of_a_source(sentence: str, speaker: str | None) -> None:
    (draft,) = extract_claims(f"Flood warning\n\n{sentence}\n")
    if speaker is None:
        bare = re.sub(r"\[/?(?:link|b|i)[^\]]*\]", "", sentence)
        (plain,) = extract_claims(f"Flood warning\n\n{bare}\n")
        assert draft.speaker == plain.speaker
    else:
        assert draft.speaker == speaker
    assert "[" not in (draft.speaker or "")
    assert "[" in draft.text and "]" in draft.text  # the text keeps the tags as characters


def test_an_editors_insertion_keeps_its_words() -> None:
    (draft,) = [d for d in extract_claims("Flood warning\n\n[Ama Dorkin] said 40 homes "
                                          "were flooded.\n")]  # fmt: skip
    assert draft.speaker is None or "[" not in draft.speaker


AFFILIATIONS = [
    (
        "Мост закроют на ремонт\n\n"
        "Департамент дорожного хозяйства Тулы объявил о закрытии моста через Упу.\n\n"
        "Как сообщил представитель департамента, ремонт обойдётся в 900 млн рублей.\n",
        "Как сообщил",
        "Департамент дорожного хозяйства Тулы",
    ),
    (
        "Школы переходят на новый график\n\n"
        "Комитет по образованию Петрозаводска утвердил новый график каникул.\n\n"
        "Сотрудник комитета, пожелавший остаться неназванным, сказал, что каникулы "
        "продлят на неделю.\n",
        "Сотрудник комитета",
        "Комитет по образованию Петрозаводска",
    ),
    (
        "Ремонт мосту\n\n"
        "Департамент міського господарства Ужгорода оголосив про закриття мосту.\n\n"
        "Як повідомив представник департаменту, ремонт коштуватиме 80 млн гривень.\n",
        "Як повідомив",
        "Департамент міського господарства Ужгорода",
    ),
]


@pytest.mark.parametrize(("body", "opening", "affiliation"), AFFILIATIONS)
def test_an_unnamed_officials_department_is_the_one_the_article_named(
    body: str, opening: str, affiliation: str
) -> None:
    draft = _claim(body, opening)
    assert draft.sourcing == "anonymous"
    assert draft.affiliation == affiliation


def test_a_department_the_article_never_named_stays_as_written() -> None:
    body = (
        "Мост закроют на ремонт\n\n"
        "Компания «Тулаавтодор» закроет мост через Упу в мае.\n\n"
        "Как сообщил представитель департамента, ремонт обойдётся в 900 млн рублей.\n"
    )
    assert _claim(body, "Как сообщил").affiliation == "департамент"
