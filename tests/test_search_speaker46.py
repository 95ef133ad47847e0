"""A name searched across the desk finds the claims its speaker is, in every spelling the desk
groups, even where the claim's own words do not name them (review46 B5). Invented articles.

Before: "Ткачук" found the Russian quote «…», — сказала она (speaker Оксана Ткачук) and not
the English '"…," she told a press conference' (speaker Oksana Tkachuk), which "Tkachuk"
found, and the other way round: the index's group tokens come from the names in a claim's
words, never from its speaker, so a quote a pronoun tags was found by its own spelling alone."""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config

ENGLISH = """Repairs to take three days, mayor says

Bilohirsk, 6 December 2026

Mayor Oksana Tkachuk said repairs to the burst water main would take three days.

"Water will be back in every flat by Monday evening," she told a press conference on Saturday.
"""

RUSSIAN = """Ремонт займёт три дня, заявила мэр

Белогорск, 6 декабря 2026

Мэр Оксана Ткачук заявила, что ремонт водовода займёт три дня.

«Вода вернётся в каждую квартиру к вечеру понедельника», — сказала она в субботу.
"""

OTHER = """Depot to close

Wexmoor, 6 December 2026

"The depot will close in March," she told the drivers at the gate.
"""


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("search-speaker")
    paths = []
    for name, text in (("en", ENGLISH), ("ru", RUSSIAN), ("other", OTHER)):
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    opened = Desk.open(folder / "desk.db", config=load_config())
    opened.import_paths(paths)
    yield opened
    opened.close()


def _quotes(desk: Desk) -> dict[str, int]:
    """The two quotes a pronoun tags, by their language, with the speaker the engine gave."""
    found = {}
    for claim in desk.claims():
        if claim.text.startswith(('"Water', "«Вода")):
            found["en" if claim.text.startswith('"') else "ru"] = claim
    assert found["en"].speaker == "Oksana Tkachuk", found["en"].speaker
    assert found["ru"].speaker == "Оксана Ткачук", found["ru"].speaker
    assert "Tkachuk" not in found["en"].text and "Ткачук" not in found["ru"].text
    return {lang: claim.id for lang, claim in found.items()}


@pytest.mark.parametrize("typed", ["Tkachuk", "Ткачук", "Oksana Tkachuk", "Оксана Ткачук"])
def test_every_spelling_finds_both_quotes_of_the_speaker(desk: Desk, typed: str) -> None:
    quotes = _quotes(desk)
    found = {claim.id for claim in desk.search_claims(typed, 500)}
    assert set(quotes.values()) <= found, (typed, found)


def test_a_speaker_of_no_group_is_not_found_through_a_name(desk: Desk) -> None:
    """The third article's quote is someone else's "she": no spelling of the mayor finds it."""
    other = next(c.id for c in desk.claims() if c.text.startswith('"The depot'))
    for typed in ("Tkachuk", "Ткачук"):
        assert other not in {claim.id for claim in desk.search_claims(typed, 500)}


def test_a_claim_found_through_its_speaker_is_a_name_match(desk: Desk) -> None:
    quotes = _quotes(desk)
    ways = dict((claim.id, how) for claim, how in desk.find_claims("Ткачук", 500))
    assert ways[quotes["ru"]] == "exact"  # the speaker as typed
    assert ways[quotes["en"]] == "name"  # through the group, ranked after
