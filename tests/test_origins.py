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
    assert _key(speaker, text) == "body:general-staff@ukraine"  # (lexicon.institutions)


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
    assert _key("Ministry of Defence of Ukraine", "") == "body:defence@ukraine"
    assert _key("Valery Marchenko", "Russian general Valery Marchenko said so.") == (
        "valery marchenko"  # a person: the name group, never a country
    )


def test_an_outlet_citing_a_body_is_the_channel() -> None:
    text = "According to Interfax, citing the Polish Defence Ministry, 30 drones were downed."
    claim = Attributed("Interfax", "named")
    origin = origin_of(claim, str.lower, article_id=1, text=text)
    assert origin.key == "body:defence@poland" and origin.via == "Interfax"
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


THREE_LANGUAGES = {
    "en": ("The Ministry of Defence of Russia said 14 drones were shot down over Velmora.",
           "Ministry of Defence of Russia"),
    "ru": ("Минобороны России заявило, что над Вельморой сбиты 14 беспилотников.",
           "Минобороны России"),
    "uk": ("Міноборони Росії заявило, що над Вельморою збили 14 безпілотників.",
           "Міноборони Росії"),
    "ru-long": ("Министерство обороны Российской Федерации сообщило о 14 сбитых дронах.",
                "Министерство обороны Российской Федерации"),
    "en-adjective": ("The Russian Defence Ministry said 14 drones fell.",
                     "Russian Defence Ministry"),
}  # fmt: skip
"""One body, named in English, Russian and Ukrainian (invented sentences, desk39)."""


def test_one_body_in_three_languages_is_one_origin() -> None:
    """«Минобороны России», «Міноборони Росії» and "the Ministry of Defence of Russia" were
    three name groups and three independent origins (issue 13 item 4); by their kind and
    country they are one, in the origin count and in the name book."""
    keys = {_key(speaker, text) for text, speaker in THREE_LANGUAGES.values()}
    assert keys == {"body:defence@russia"}
    book = NameBook(migrated_memory())
    assert {book.group(speaker) for _, speaker in THREE_LANGUAGES.values()} == keys


@pytest.mark.parametrize(
    ("speaker", "text", "expected"),
    [("Минобороны", "Как заявили в Минобороны Украины, 14 дронов сбиты.", "body:defence@ukraine"),
     ("Генштаб", "Генштаб ЗСУ повідомив, що 14 дронів збито.", "body:general-staff@ukraine"),
     ("Генштаб", "Российский Генштаб сообщил о 14 сбитых дронах.", "body:general-staff@russia"),
     ("МИД", "МИД России заявил протест.", "body:foreign@russia"),
     ("МЗС", "МЗС України заявило протест.", "body:foreign@ukraine"),
     ("Foreign Ministry", "Russia's Foreign Ministry said so.", "body:foreign@russia")],
)  # fmt: skip
def test_a_body_s_country_read_beside_it_in_either_script(
    speaker: str, text: str, expected: str
) -> None:
    """The country before the body (an adjective) or after it (a genitive, «ЗСУ»)."""
    assert _key(speaker, text) == expected


@pytest.mark.parametrize(
    ("speaker", "text"),
    [("Минобороны", "Минобороны заявило, что 14 дронов сбиты."),  # no country: its name
     ("Moscow police", "Moscow police said 14 people were held."),  # a city's, not Russia's
     ("Defence Ministry spokesman Ivo Tarn", "Defence Ministry spokesman Ivo Tarn said so."),
     ("Ministry of Defence of Russia and Ukraine", "It said so."),  # two countries
     ("Транспортное министерство России", "Оно так сказало.")],  # a kind not listed
)  # fmt: skip
def test_what_is_no_country_s_body_of_a_kind_keeps_its_key(speaker: str, text: str) -> None:
    assert not _key(speaker, text).startswith("body:")


def test_two_countries_bodies_in_two_languages_stay_two() -> None:
    ours = _key("Міноборони України", "Міноборони України заявило про 14 дронів.")
    theirs = _key("Ministry of Defence of Russia", "The Ministry of Defence of Russia said so.")
    assert ours == "body:defence@ukraine" and theirs == "body:defence@russia"


@pytest.mark.parametrize(
    ("text", "body"),
    [("Минобороны России заявило, что 14 дронов сбиты.", "Минобороны России"),
     ("Как сообщили в Министерстве обороны Российской Федерации, дроны сбиты.",
      "Министерстве обороны Российской Федерации"),
     ("Генштаб ЗСУ повідомив про удар.", "Генштаб ЗСУ"),
     ("Генштаб российской армии сообщил о потерях.", "Генштаб российской армии"),  # review39
     ("Генштаб армии сообщил о потерях.", None),  # an army's, no country: no body of one
     ("Минобороны заявило, что 14 дронов сбиты.", None),  # no country: no body of one
     ("Полиция Москвы сообщила о задержании.", None),  # a city's police
     ("В правительстве России это подтвердили.", None)],  # a common noun, lower case
)  # fmt: skip
def test_a_cyrillic_body_named_with_its_country_is_one_name(text: str, body: str | None) -> None:
    """The names view listed «России» alone, a place, where the text names the ministry of
    Russia: the body is one name, an organisation, in the book's group of its English name."""
    from factdesk.names.capitals import capital_mentions

    found = {m.text: m.kind for m in capital_mentions(text)}
    if body is None:
        assert all(kind != "organisation" or " " not in name for name, kind in found.items())
        return
    assert found.get(body) == "organisation", found
    assert not any(name in body and name != body for name in found), found
    book = NameBook(migrated_memory())
    assert book.group(body) == book.group(_english(body))


def _english(body: str) -> str:
    """The English name of the four bodies above."""
    if "штаб" in body.casefold() and "армии" in body.casefold():
        return "General Staff of the Russian Army"
    if "штаб" in body.casefold():
        return "General Staff of the Armed Forces of Ukraine"
    return "Ministry of Defence of Russia"
