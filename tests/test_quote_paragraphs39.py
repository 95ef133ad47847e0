"""A Russian or Ukrainian statement of several paragraphs in one pair of guillemets (issue 12,
session 39, uk39): «A.\\n\\nB.\\n\\nC», – сказав X. The quotation ran over one line break only,
so from the third paragraph on nothing was quoted, the «» ended at the first paragraph's end
and every sentence before "сказав X" was nobody's. Every sentence is written for the test;
each case of the first two tests failed before extractor 348, the rest pin what must stay."""

from __future__ import annotations

import pytest
from claim_support import said
from factdesk.extract.quotes import find_quotes

_STATEMENT = (
    "Клуб\n\n«Тренер залишає клуб. Рішення ухвалили разом.\n\nЧия була ініціатива? Скажімо так, "
    "це була спільна згода.\n\nМи шукаємо нового тренера», – сказав директор ФК «Старт» Петро "
    "Гнатюк в інтерв'ю виданню «Спорт».\n"
)
_RUSSIAN = (
    "Порт\n\n«Паром не ходит с понедельника.\n\nЛед на реке держится третью неделю.\n\nРейсы "
    "возобновят после оттепели», — рассказали в пресс-службе компании «Северный порт».\n"
)


@pytest.mark.parametrize(
    ("body", "start", "expected"),
    [
        (_STATEMENT, "«Тренер", ("Петро Гнатюк", "named")),
        (_STATEMENT, "Скажімо", ("Петро Гнатюк", "named")),
        (_STATEMENT, "Ми шукаємо", ("Петро Гнатюк", "named")),
        (_RUSSIAN, "Лед на реке", ("Северный порт", "named")),
    ],
    ids=["first", "middle", "last", "russian"],
)  # fmt: skip
def test_every_paragraph_of_the_statement_is_its_speakers(
    body: str, start: str, expected: tuple[str | None, str]
) -> None:
    assert said(body, start) == expected


def test_the_statement_is_one_quotation_and_its_sentences_stay_claims() -> None:
    """One span from « to », not joined into one claim as a quotation over one break is."""
    spans = find_quotes(_STATEMENT)
    opened = _STATEMENT.index("«Тренер")
    closed = _STATEMENT.index("», –") + 1
    assert [(s.start, s.end, s.crosses_break) for s in spans[:1]] == [(opened, closed, False)]


@pytest.mark.parametrize(
    "body",
    [
        # a « never closed meets another «…» first: it ends at its own line, as before
        "Клуб\n\n«Тренер залишає клуб.\n\nРішення ухвалили разом.\n\nПро це повідомив «Спорт».\n",
        # no guillemet after it at all
        "Клуб\n\n«Тренер залишає клуб.\n\nРішення ухвалили разом.\n\nТренер поїхав додому.\n",
        # its » further than the quotation may run: five line breaks on
        "Клуб\n\n«Тренер залишає клуб.\n\nA.\n\nB.\n\nC.\n\nD.\n\nE», – сказав Петро Гнатюк.\n",
    ],
    ids=["another-pair", "none-after", "too-far"],
)
def test_a_guillemet_never_closed_still_ends_at_its_line(body: str) -> None:
    spans = find_quotes(body)
    assert spans[0].end == body.index("\n", body.index("«Тренер"))


def test_a_quotation_over_one_break_is_joined_as_before() -> None:
    body = "Клуб\n\n«Тренер залишає клуб.\n\nМи шукаємо заміну», – сказав Петро Гнатюк.\n"
    spans = find_quotes(body)
    assert (spans[0].end, spans[0].crosses_break) == (body.index("»") + 1, True)
    assert said(body, "«Тренер") == ("Петро Гнатюк", "named")
