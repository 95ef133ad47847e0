"""A short Russian or Ukrainian role stem is a role only with a case ending (review42, on ru42
846732f7): «мер» as a bare word start also matched «мероприятии», «меры», «мережу»,
«мерседесе», so a private person named after one of them lost the private-individual flag,
the way a mayor's name keeps its role («мэру Олегу Сидорову», «мер Ігор Бондар»). Every
sentence is written for the test; the first test's cases fail on extractors 358 and 359, the
second's pass on 358 and after."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

ARTICLES = {
    "event": "Пенсии\n\nНа мероприятии Ольга Петрова сказала, что пенсия выросла на 5%.\n",
    "measures": (
        "Пенсии\n\nМеры поддержки Ольга Петрова назвала недостаточными, сказав, что пенсия "
        "выросла лишь на 5%.\n"
    ),
    "network": (
        "Пенсії\n\nЧерез мережу знайомих Ольга Петренко дізналася про зміни. Ольга Петренко "
        "сказала, що пенсія зросла на 5%.\n"
    ),
    "mayor": "Бюджет\n\nМер Ігор Бондар заявив, що бюджет зріс на 12%.\n",
    "dative": (
        "Жалобы\n\nЖурналисты обратились к мэру Олегу Сидорову. Сидоров сказал, что проверит "
        "все 12 жалоб.\n"
    ),
    "judge": "Суд\n\nСудья Анна Белова сказала, что дело рассмотрят за 10 дней.\n",
}
_find = claim_finder(ARTICLES)
_PRIVATE = "private-individual"


@pytest.mark.parametrize(
    ("article", "snippet"),
    [("event", "мероприятии"), ("measures", "Меры"), ("network", "сказала")],
)
def test_a_word_that_only_opens_like_a_role_leaves_the_person_private(
    article: str, snippet: str
) -> None:
    assert _PRIVATE in _find(article, snippet).flags


@pytest.mark.parametrize(
    ("article", "snippet"), [("mayor", "Мер"), ("dative", "Сидоров сказал"), ("judge", "Судья")]
)
def test_a_short_role_with_its_case_ending_is_still_a_role(article: str, snippet: str) -> None:
    assert _PRIVATE not in _find(article, snippet).flags
