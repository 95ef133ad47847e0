"""Numbers and dates a reviewer checks: money with suffixes, ages and model names, weekdays."""

from __future__ import annotations

import pytest
from conftest import examples
from factdesk.extract import dates
from factdesk.extract.flags import text_facts
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text",
    [
        "Profits rose to £5m last year.",
        "The deal is worth $1.13bn, the bank said.",
        "The bill will be £415m-£425m.",
        "Exports reached €2.5tn.",
    ],
)
def test_money_with_suffixes_is_a_statistic(text: str) -> None:
    facts = text_facts(text)
    assert facts.has_number and facts.is_statistic


@pytest.mark.parametrize(
    "text",
    [
        "Silva, 25, scored twice on Saturday.",
        "The A320 landed safely at the airport.",
    ],
)
def test_ages_and_model_names_are_not_statistics(text: str) -> None:
    assert not text_facts(text).is_statistic


def test_an_age_does_not_hide_a_real_count() -> None:
    assert text_facts("Silva, 25, said 300 fans were hurt.").is_statistic


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned Tuesday after the vote.",
        "The talks collapsed last week.",
        "In October the plant closed its doors.",
        "Prices rose again this month.",
    ],
)
def test_weekdays_and_relative_dates_are_dates(text: str) -> None:
    assert text_facts(text).dates


def test_may_the_verb_is_not_a_date() -> None:
    assert not text_facts("Prices may rise, the minister warned.").dates


DATE_WORDS = [
    *"20 November 2025 Sept. 9 9th of May 2023-01-05 1999 12,2020 % 31 07".split(),
    *"in March|on Friday|said Tuesday|last week|this year|earlier this month".split("|"),
    *"3 марта|в ноябре|19 листопада 2025 року|у листопаді|года|МАРТА".split("|"),
    *"MARCH march Nov. troops said the of by".split(),
]
ODD = ["\u1c80", "\u0130", "\u212a", "\u00a0", "\t", ",", ".", "-", "’", "É"]


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    """Date words in runs, some re-cased or with an odd character in them."""
    parts = []
    for word in draw(st.lists(st.sampled_from(DATE_WORDS), max_size=8)):
        case = draw(st.sampled_from([str, str, str.upper, str.lower, str.capitalize]))
        word = case(word)
        if draw(st.integers(0, 6)) == 0:
            at = draw(st.integers(0, len(word)))
            word = word[:at] + draw(st.sampled_from(ODD)) + word[at:]
        parts.append(word + draw(st.sampled_from([" ", " ", "\u00a0", ", ", ""])))
    return "".join(parts)


@settings(max_examples=examples(250), deadline=None)
@given(date_texts() | st.text(max_size=30))
def test_dates_found_through_the_cues_are_the_whole_patterns_dates(text: str) -> None:
    """find_dates searches only with the patterns whose cue the text holds: the same dates."""
    whole = [
        dates.DateMention(m.start(), m.end(), dates._earliest(m))
        for m in dates._DATE_RE.finditer(text)
    ]
    assert dates.find_dates(text) == whole
