"""Origins (issue 13, item 4): one person under several spellings is one origin, a body many
countries have is told apart by its country, an outlet that relays is the channel.
Invented sentences; no seed names."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims
from factdesk.extract.origins import Attributed, nation_of, origin_of
from factdesk.names.groups import NameBook
from memory_schema import migrated_memory


def _key(speaker: str, text: str = "", body: str = "", **fields: str) -> str:
    claim = Attributed(speaker, "named", fields.get("affiliation"), fields.get("via"))
    return origin_of(claim, str.lower, article_id=1, text=text, body=body).key


@pytest.mark.parametrize(
    ("speaker", "text"),
    [
        ("General Staff", "The General Staff of Ukraine's armed forces said 40 drones fell."),
        ("Ukraine's General Staff", "Ukraine's General Staff said 40 drones were shot down."),
        ("General Staff", "The Ukrainian General Staff said 40 drones were shot down."),
        ("General Staff of the Ukrainian Armed Forces", "It said 40 drones were shot down."),
    ],
)
def test_one_country_s_body_is_one_origin_however_it_is_written(speaker: str, text: str) -> None:
    assert _key(speaker, text) == "general staff@ukraine"


def test_two_countries_bodies_of_one_name_are_two_origins() -> None:
    ours = _key("General Staff", "Ukraine's General Staff said the village was held.")
    theirs = _key("General Staff", "The Russian General Staff said the village was taken.")
    assert ours != theirs


def test_the_article_names_the_country_where_the_sentence_does_not() -> None:
    body = ("Twelve bus routes were cut on Monday, according to Poland's Transport Ministry. "
            "Four more go on Friday, the Transport Ministry added.")  # fmt: skip
    later = "Four more go on Friday, the Transport Ministry added."
    assert _key("Transport Ministry", later, body) == "transport ministry@poland"
    both = body + " No route has gone in Germany, whose Transport Ministry counts them weekly."
    assert _key("Transport Ministry", later, both) == "transport ministry"  # which one: unknown


def test_a_body_without_a_country_word_keeps_its_name_and_of_phrases_of_its_name_stay() -> None:
    assert _key("Ministry of Defence", "The Ministry of Defence said 3 jets flew.") == (
        "ministry of defence"
    )
    assert _key("Ministry of Defence of Ukraine", "") == "ministry of defence@ukraine"
    assert _key("Valery Marchenko", "Russian general Valery Marchenko said so.") == (
        "valery marchenko"  # a person: the name group, never a country
    )


def test_an_outlet_citing_a_body_is_the_channel() -> None:
    text = "According to Interfax, citing the Polish Defence Ministry, 30 drones were downed."
    claim = Attributed("Interfax", "named")
    origin = origin_of(claim, str.lower, article_id=1, text=text)
    assert origin.key == "defence ministry@poland" and origin.via == "Interfax"
    alone = origin_of(claim, str.lower, article_id=1, text="Interfax reported 30 drones.")
    assert alone.key == "interfax"  # nobody else named: the outlet is the origin


def test_the_engine_s_speakers_get_their_country() -> None:
    body = (
        "Russia's Defence Ministry said 30 drones were shot down over Kursk on Monday. "
        "The Ukrainian Defence Ministry said 30 drones were shot down over Odesa on Monday."
    )
    keys = []
    for claim in extract_claims(body):
        attributed = Attributed(claim.speaker, claim.sourcing, claim.affiliation, claim.via)
        keys.append(origin_of(attributed, str.lower, article_id=1, text=claim.text, body=body))
    assert len(keys) == 2
    assert [k.key.rpartition("@")[2] for k in keys] == ["russia", "ukraine"]


def test_told_an_outlet_the_speaker_is_the_origin_and_spellings_are_one() -> None:
    conn = migrated_memory()
    book = NameBook(conn)
    keys = set()
    bodies = (
        "Colonel Ivan Dorosh told Interfax that 30 tanks were destroyed on Monday.",
        "Dorosh said in March that 30 tanks had been destroyed near the river.",
    )
    for body in bodies:
        for claim in extract_claims(body):
            attributed = Attributed(claim.speaker, claim.sourcing, claim.affiliation, claim.via)
            origin = origin_of(attributed, book.group, article_id=1, text=claim.text, body=body)
            keys.add(origin.key)
    assert len(keys) == 1 and "interfax" not in next(iter(keys))


def test_nation_of() -> None:
    assert nation_of("Ukraine's") == nation_of("Ukrainian") == nation_of("of Kyiv")
    assert nation_of("Russian and Ukrainian") is None
    assert nation_of("the armed forces") is None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Ivan Dorosh said 30 tanks were destroyed near the river, according to Interfax.",
         "Ivan Dorosh"),
        ("The Defence Ministry said 30 drones were downed, according to Reuters.",
         "Defence Ministry"),
    ],
)  # fmt: skip
def test_a_statement_an_outlet_passes_on_belongs_to_who_said_it(text: str, who: str) -> None:
    outlet = "Interfax" if "Interfax" in text else "Reuters"
    origin = origin_of(Attributed(outlet, "named"), str.lower, article_id=1, text=text)
    assert (origin.who, origin.via) == (who, outlet)


def test_an_outlet_s_own_report_stays_its_own() -> None:
    text = "According to Reuters, 30 drones were downed over the port on Monday."
    origin = origin_of(Attributed("Reuters", "named"), str.lower, article_id=1, text=text)
    assert origin.key == "reuters"
