"""Ukrainian and Russian speakers (issue 12, session 46, uk46; uk45's rules, carried as branch
uk45-full): what stands before a plural reporting verb that is not its subject. «О закрытии двух
филиалов сообщили в компании …» gave the speaker 'О' (the topic put first read as the subject);
«У лікарні обіцяють повідомити …» named no one (the imperfective "promise" is no reporting verb
of its own); «Вернуть отопление обещали …» gave 'Вернуть отопление'. Each rule has its own cases;
every sentence is written for the test, each ``..._said_it`` case fails on extractor 380 and the
guards read the same before and after."""

from __future__ import annotations

import pytest
from claim_support import claim_finder

ARTICLES = {
    "topic": (
        "Филиалы\n\nО закрытии двух филиалов сообщили в компании «Северный хлеб».\n\nПро "
        "закриття консульства повідомили в Міністерстві закордонних справ.\n\nО проблеме "
        "жители рассказали в соцсетях.\n"
    ),
}
_find = claim_finder(ARTICLES)


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("topic", "О закрытии", "Северный хлеб"),  # not 'О'
        ("topic", "Про закриття", "Міністерство закордонних справ"),
    ],
)
def test_the_topic_put_first_is_no_subject_said_it(article: str, start: str, expected: str) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == (expected, "named")


@pytest.mark.parametrize(
    ("article", "start", "expected"),
    [
        ("topic", "О проблеме", ("жители", "unattributed")),  # a subject after the topic
    ],
)
def test_guards(article: str, start: str, expected: tuple[str | None, str]) -> None:
    claim = _find(article, start)
    assert (claim.speaker, claim.sourcing) == expected
