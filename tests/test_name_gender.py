"""A person's gender from the grammar of their name where the language gives it (review31a,
issue 12): Russian and Ukrainian surnames and patronymics in Cyrillic or in the Latin
spellings reports use, read in one lexicon home (``given_names.surname_gender``); a his/her or
he/she is never a person whose name says otherwise, and a name that shows nothing is left
unchecked. Invented sentences and names only."""

from __future__ import annotations

import pytest
from claim_support import one_claim
from factdesk.extract.claims import extract_claims
from factdesk.lexicon.given_names import full_name_gender, surname_gender


@pytest.mark.parametrize(
    ("word", "gender"),
    [("Гусева", "f"), ("Лавров", "m"), ("Остапова", "f"), ("Іванівна", "f"),
     ("Петрович", "m"), ("Петровна", "f"), ("Головіна", "f"), ("Головін", "m"),
     ("Mironova", "f"), ("Sokolov", "m"), ("Ivanivna", "f"), ("Petrovich", "m"),
     ("Hryhorovych", "m"), ("Zavyalova", "f"), ("Петрова-Водкина", "f"),
     ("Шевченко", None), ("Ковальчук", None), ("Quinn", None), ("Martin", None),
     ("Medina", None), ("Lewinsky", None), ("Hrytsenko", None)],
)  # fmt: skip
def test_a_surname_or_patronymic_shows_a_gender_by_its_ending(
    word: str, gender: str | None
) -> None:
    assert surname_gender(word) == gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Olga Mironova", "f"), ("Dmitri Sokolov", "m"), ("Oksana Ivanivna Hrytsenko", "f"),
     ("Анна Петровна Шевчук", "f"), ("Sara Quinn", "f"), ("Taras Shevchuk", None),
     ("Olesia Petrovych", "m"), ("Mironova", None)],
)  # fmt: skip
def test_a_full_name_shows_the_gender_its_given_name_or_its_endings_agree_on(
    name: str, gender: str | None
) -> None:
    """The English given name first; else the later words' endings (a surname without a
    given name, or a Ukrainian surname in -чук, shows nothing)."""
    assert full_name_gender(name) == gender


@pytest.mark.parametrize(
    ("body", "snippet", "person"),
    [
        ("The landlord, Olga Mironova, denies any wrongdoing.\n\nAccording to his lawsuit, "
         "the rent for the flats rose by 40% in a year.", "40%", "Olga Mironova"),
        ("The landlord, Dmitri Sokolov, denies any wrongdoing.\n\nAccording to her lawsuit, "
         "the rent for the flats rose by 40% in a year.", "40%", "Dmitri Sokolov"),
        ("The landlord, Oksana Ivanivna Hrytsenko, denies any wrongdoing.\n\nAccording to his "
         "lawsuit, the rent for the flats rose by 40% in a year.", "40%", "Hrytsenko"),
        ("The ferry's owner Zhanna Ostapova met the islanders on Monday.\n\nHe said the fares "
         "would rise by a third in spring.", "a third", "Ostapova"),
    ],
)  # fmt: skip
def test_a_pronoun_is_never_a_person_whose_surname_says_otherwise(
    body: str, snippet: str, person: str
) -> None:
    """ "his lawsuit" after "Olga Mironova", "her lawsuit" after "Dmitri Sokolov": the
    surname's (or the patronymic's) ending says who it cannot be, as an English given name
    does; the pronoun stays unresolved, as an unresolved "he said" does (no claim, or one
    with no speaker)."""
    told = [c for c in extract_claims(body) if snippet in c.text]
    assert all(person not in (c.speaker or "") for c in told), [c.speaker for c in told]


def test_a_pronoun_of_the_names_gender_still_resolves() -> None:
    """Guard: "she said" after "Zhanna Ostapova" is hers."""
    body = ("The ferry's owner Zhanna Ostapova met the islanders on Monday.\n\nShe said the "
            "fares would rise by a third in spring.")  # fmt: skip
    assert "Zhanna Ostapova" in (one_claim(body, "a third").speaker or "")
