"""Numbers and dates a reviewer checks: money with suffixes, ages and model names, weekdays."""

from __future__ import annotations

import pytest
from factdesk.extract.flags import text_facts


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
