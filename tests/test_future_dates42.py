"""A Russian or Ukrainian sentence about a coming date is not date-inconsistent (review42, item
A10): the future cues were English only, so «Ремонт завершится не раньше июня 2027 года» in
an article of 2 December 2026 was flagged as a date that cannot be right, where "The road will
reopen in June 2027" was not. A past sentence with a date after the article's stays flagged,
in every language. Sentences written for the test; the flag's own path (``claim_flags``), no
parse."""

from __future__ import annotations

import datetime as dt

import pytest
from factdesk.extract.flags import claim_flags, text_facts

ARTICLE_DATE = dt.date(2026, 12, 2)

COMING = (
    "Ремонт моста завершится не раньше июня 2027 года, сообщили в администрации.",
    "Работы будут завершены к марту 2027 года, заявил мэр.",
    "Открыть школу планируют в сентябре 2027 года.",
    "Ремонт дороги завершиться не раніше червня 2027 року, повідомили в адміністрації.",
    "Міст працюватиме до червня 2027 року.",
    "Міст відкриватиметься у червні 2027 року.",
    "Відкриття школи очікується у вересні 2027 року.",
    "The road will reopen in June 2027, the council said.",
)
"""Fail before review42's cues (but the last, English, which passed already)."""

PAST = (
    "Мост закрыли в июне 2027 года, сообщили в администрации.",
    "Дорогу закрили у червні 2027 року, повідомили в адміністрації.",
    "Ремонт завершився у червні 2027 року.",
    "The road was closed in June 2027, the council said.",
)
"""A day after the article's own in a sentence about the past: flagged, before and after."""


def _flags(text: str) -> list[str]:
    return claim_flags(
        text, text_facts(text), sourcing="named", private_speaker=False, article_date=ARTICLE_DATE
    )


@pytest.mark.parametrize("text", COMING)
def test_a_coming_date_is_no_inconsistency(text: str) -> None:
    assert "date" in _flags(text)
    assert "date-inconsistent" not in _flags(text)


@pytest.mark.parametrize("text", PAST)
def test_a_past_sentence_with_a_later_date_stays_flagged(text: str) -> None:
    assert "date-inconsistent" in _flags(text)
