"""A body every country has is one origin whatever words name its country (review39 item 13):
a country of several words ("the United Kingdom", «Сполучених Штатів») and a country whose
English name is also a US state's ("Georgia") were read in one language and not the other,
so one body kept two keys. Invented sentences; no seed's or split's names."""

from __future__ import annotations

import pytest
from factdesk.extract.origins import Attributed, origin_of
from factdesk.lexicon.institutions import countries_in, named_bodies
from factdesk.names.groups import NameBook
from memory_schema import migrated_memory


def _key(speaker: str, text: str = "") -> str:
    claim = Attributed(speaker, "named")
    return origin_of(claim, str.lower, article_id=1, text=text).key


@pytest.mark.parametrize(
    ("one", "other", "expected"),
    [("Government of the United Kingdom", "UK government", "body:government@uk"),
     ("the Ministry of Defence of the United States", "US Defence Ministry", "body:defence@usa"),
     ("Government of the United States of America", "Правительство США", "body:government@usa"),
     ("Ministry of Foreign Affairs of Saudi Arabia", "МИД Саудовской Аравии",
      "body:foreign@saudi"),
     ("Міністерство оборони Сполучених Штатів", "Минобороны США", "body:defence@usa"),
     ("Уряд Великої Британії", "Правительство Великобритании", "body:government@uk"),
     ("Georgia's parliament", "Парламент Грузии", "body:parliament@georgia"),
     ("Turkey's Defence Ministry", "Минобороны Турции", "body:defence@turkey"),
     ("the UNITED KINGDOM government", "UK GOVERNMENT", "body:government@uk"),  # names41
     ("the government of the united kingdom", "Уряд Великої Британії", "body:government@uk"),
     ("RUSSIA'S DEFENCE MINISTRY", "Минобороны России", "body:defence@russia"),
     ("GEORGIA'S PARLIAMENT", "Парламент Грузии", "body:parliament@georgia")],
)  # fmt: skip
def test_one_body_one_key_whatever_words_name_its_country(
    one: str, other: str, expected: str
) -> None:
    """Each first spelling kept a name key of its own on the old code."""
    assert _key(one) == _key(other) == expected
    book = NameBook(migrated_memory())
    assert book.group(one) == book.group(other) == expected


@pytest.mark.parametrize(
    "speaker",
    ["Georgia's police",  # a US state has police, a government, a prosecutor: its name stays
     "Georgia's government",
     "United Defence Ministry",  # one word of a country's name is none
     "Government of the United Kingdom and Ukraine",  # two countries
     "Ministry of Defence of the United States Navy",  # more than the country
     "Georgia State Parliament",  # a US state's (names41)
     "the Georgia state parliament"],
)  # fmt: skip
def test_what_names_no_one_country_keeps_its_key(speaker: str) -> None:
    assert not _key(speaker).startswith("body:")


def test_a_country_of_several_words_in_the_affiliation_and_a_cyrillic_name() -> None:
    assert countries_in("of the United States") == {"usa"}
    assert countries_in("Сполучених Штатів Америки") == {"usa"}
    assert countries_in("United and States") == set()
    text = "Міністерство оборони Сполучених Штатів Америки повідомило про навчання."
    assert [text[a:b] for a, b in named_bodies(text)] == [
        "Міністерство оборони Сполучених Штатів Америки"
    ]
