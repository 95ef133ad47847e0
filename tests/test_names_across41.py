"""One name across scripts and case forms (issue 13 items 4-5, names41): a Russian or
Ukrainian case ending the name book did not fold, W written as у, a French -gue, and a
Cyrillic spelling filed before its Latin one. Invented places and people only."""

from __future__ import annotations

import pytest
from factdesk.names.groups import NameBook
from factdesk.names.spelling import name_key
from memory_schema import migrated_memory


def _one_group(first: str, second: str) -> bool:
    book = NameBook(migrated_memory())
    return book.group(first, "place") == book.group(second, "place")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Tiva", "Тиву"), ("Tiva", "Тивы"), ("Tiva", "Тиве"),  # a short -а name's cases
     ("Moga", "Мозі"), ("Orlaka", "Орлаці"), ("Velikha", "Велисі"),  # г/к/х before -і
     ("Ladesa", "Ладесі"),  # ... and the plain -сі of a name in -са, read beside it
     ("Walden", "Уолдена"), ("Wilkins", "Уилкинса"), ("Walden", "Волдена"),  # W as у (or в)
     ("Tolague", "Толаге"), ("The Tolague", "Толага")],  # French -gue: the g sound
)  # fmt: skip
def test_a_name_and_its_other_script_are_one_group_in_either_order(
    latin: str, cyrillic: str
) -> None:
    """Whichever spelling the desk files first, the other joins its group."""
    assert _one_group(latin, cyrillic)
    assert _one_group(cyrillic, latin)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Tivo", "Тиву"), ("Vota", "УОТА"),  # another name; an abbreviation's у is a letter
     ("Ona", "Ону"),  # three letters: too short to read a case ending off
     ("Tiva", "Тивою"), ("Moza", "Мозою")],  # no such ending read
)  # fmt: skip
def test_other_names_stay_apart(latin: str, cyrillic: str) -> None:
    assert not _one_group(latin, cyrillic)
    assert not _one_group(cyrillic, latin)


def test_w_as_u_is_read_only_opening_a_word() -> None:
    """«Мануэль» is Manuel, not Manwel: only a word's first у before a vowel is a W."""
    assert name_key("Уолден") == name_key("Волден")
    assert name_key("Мануэль") != name_key("Манвэль")
    assert name_key("Ужгород") == name_key("Uzhhorod")


def test_gue_is_cut_only_at_a_word_end() -> None:
    assert name_key("Tolague") == name_key("Tolag")
    assert name_key("Guerra") == name_key("Guerra")
    assert name_key("Tolaguen") != name_key("Tolagn")
