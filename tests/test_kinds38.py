"""A kind or role noun left as the speaker is the one body or person the article names with it
(issue 12, session 38, `kind38`: ``extract.kinds``): a post written as a title or an
apposition of a named person, a kind noun that ends or opens a named body's name, a body's
staff as a bare plural. Both sides: resolved when the article names exactly one; left as
written when it names two, or none, or the phrase is indefinite or a name. Every sentence is
invented."""

from __future__ import annotations

import pytest
from factdesk.extract.claims import extract_claims
from factdesk.extract.kinds import named_by, resolve
from factdesk.extract.units import Unit

SHERIFF = (
    "The Pellham County Sheriff's Office said a deputy was hurt.\n\n"
    "Sheriff Dana Oakes said the deputy was stable.\n\n"
)
TWO_MAYORS = "Mayor Ilse Varga of Orford and Mayor Tom Bright of Pellham met on Monday.\n\n"
ONE_MAYOR = "The mayor said the bridge would reopen. Ilse Varga, the town's mayor, agreed.\n\n"


@pytest.mark.parametrize(
    ("body", "phrase", "expected"),
    [
        (SHERIFF, "sheriff", ("Dana Oakes", "person")),
        (ONE_MAYOR, "mayor", ("Ilse Varga", "person")),  # (an apposition, named later)
        (SHERIFF, "deputies", ("Pellham County Sheriff's Office", "org")),
        (SHERIFF, "investigators", ("Pellham County Sheriff's Office", "org")),
        ("Flights at Marrow Vale Regional Airport rose.\n\n", "airport",
         ("Marrow Vale Regional Airport", "org")),
        ("Мэр Нижнереченска Иван Петров заявил, что дворы уберут.\n\n", "мэр",
         ("Иван Петров", "person")),
        ("Мэр Озёрска Павел Гордеев оштрафован.\n\n", "глава города",
         ("Павел Гордеев", "person")),
        ("Про це розповіла суддя міськрайонного суду Ліліана Мирошник.\n\n", "суддя",
         ("Ліліана Мирошник", "person")),
        ("Администрация Нижнереченска ответила на жалобы.\n\n", "администрация города",
         ("администрация Нижнереченска", "org")),
        ("Скаргу подали до компанії «Дельта-Агро».\n\n", "компанія",
         ("компанія «Дельта-Агро»", "org")),
        # left as written: two holders, none, another kind, a plural, an adjective's name
        (TWO_MAYORS, "mayor", None),
        ("The mayor said the bridge would reopen.\n\n", "mayor", None),
        ("Former sheriff Ray Lutz retired.\n\n", "sheriff", None),
        (SHERIFF + "Sheriff Ann Cole of Orford disagreed.\n\n", "sheriff", None),
        ("Deputies of the Pellham and Orford County Sheriff's Offices met.\n\n", "officers", None),
        (SHERIFF + "The Orford County Sheriff's Office said no.\n\n", "deputies", None),
        ("Chief Ann Boyd spoke.\n\n", "unions", None),
        ("The town council met. The Arts Council gave £5m.\n\n", "council", None),
        ("By Local Reporting Service\n\nCouncil tax will rise.\n\n", "council", None),
        ("He lives in Drumlow. Police said he ran.\n\n", "police", None),
        ("District Superintendent Ann Roe spoke.\n\n", "district", None),
        ("In a filing with the Office of Air Quality, the refinery reported a leak.\n\n",
         "refinery", None),
        ("The Westmoor County Council met. The county council said no.\n\n", "county council",
         ("Westmoor County Council", "org")),
        ("Администрация Октябрьского района ответила.\n\n", "администрация города", None),
        ("Мэр Озёрска Павел Гордеев и мэр Перми Олег Сомов встретились.\n\n", "мэр", None),
        # a post with qualifiers takes a holder whose title agrees, never one of another office
        ("Глава района Иван Сомов открыл школу.\n\n", "глава района", ("Иван Сомов", "person")),
        ("Глава Минфина Олег Ракитин выступил.\n\n", "глава района", None),
        ("Голова облради Петро Гнатюк виступив.\n\n", "голова РДА", None),
    ],
)  # fmt: skip
def test_a_kind_noun_is_the_one_named_holder_or_body(body, phrase, expected) -> None:
    assert named_by(body, phrase) == expected


def _unit(speaker: str, sort: str, start: int = 1000) -> Unit:
    return Unit(start, start + 1, "x", "x", 9, 1, 0, frozenset(), speaker=speaker, sort=sort)


@pytest.mark.parametrize(
    ("speaker", "sort", "expected"),
    [
        ("the sheriff", "person", "Dana Oakes"),
        ("Deputies", "vague", "Pellham County Sheriff's Office"),
        ("a sheriff", "person", "a sheriff"),  # (indefinite: nobody named)
        ("two deputies", "vague", "two deputies"),
        ("Officials", "vague", "Officials"),  # (a vague group stays one: convention 20, 22)
        ("Oakes", "person", "Oakes"),  # (a name, never a kind)
        ("the sheriff", "anonymous", "the sheriff"),
    ],
)  # fmt: skip
def test_only_a_definite_common_noun_is_read(speaker, sort, expected) -> None:
    unit = _unit(speaker, sort)
    resolve(SHERIFF + "Officials said the road was shut.\n\n", [unit])
    assert unit.speaker == expected


def test_a_holder_is_one_named_before_the_post_never_after() -> None:
    """ "The mayor said …" before "Ilse Varga, the town's mayor, agreed": a holder named after
    the post may be another; one named before it is the one."""
    first, later = _unit("the mayor", "person", 0), _unit("the mayor", "person", 60)
    resolve(ONE_MAYOR, [first, later])
    assert (first.speaker, later.speaker) == ("the mayor", "Ilse Varga")


def test_the_resolved_speaker_is_typed_and_loses_an_affiliation() -> None:
    unit = _unit("Deputies", "vague")
    unit.affiliation = "Pellham"
    resolve(SHERIFF, [unit])
    assert (unit.sort, unit.speaker_type, unit.affiliation) == ("org", "organisation", None)


def test_the_article_reads_the_sheriff_as_the_named_sheriff() -> None:
    """The whole path: a sheriff the recogniser may type as anything is named by his title."""
    body = (
        "Deputy hurt in Pellham\n\n" + SHERIFF + '"Our deputies acted properly," the sheriff said.'
        "\n\nDeputies said the suspect fled on foot.\n"
    )
    speakers = {c.text[:12]: c.speaker for c in extract_claims(body)}
    assert speakers['"Our deputie'] == "Dana Oakes"
    assert speakers["Deputies sai"] == "Pellham County Sheriff's Office"


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("According to a statement issued late, the road shut.", ["Pellham Port"], "Pellham Port"),
        ("The statement said the road shut.", ["Pellham Port"], "Pellham Port"),
        # nobody's: two bodies spoke before it, none did, or the statement names its issuer
        ("The statement said the road shut.", ["Pellham Port", "Orford Rail"], None),
        ("The statement said the road shut.", [], None),
        ("According to a statement by the union, the road shut.", ["Pellham Port"], None),
        ("A statement from the club said the road shut.", ["Pellham Port"], None),
        ("The road shut, a statement said.", ["Pellham Port"], None),
    ],
)  # fmt: skip
def test_a_statement_with_no_issuer_is_the_one_body_that_spoke(text, before, expected) -> None:
    units = [_unit(name, "org", 0) for name in before]
    units.append(Unit(5, 6, text, text, 2, 9, 0, frozenset()))
    resolve("", units)
    assert units[-1].speaker == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("The Marsh Agency issued a severe flood warning at noon.\n\n", "Marsh Agency"),
        ("A flood warning was issued by the Marsh Agency at noon.\n\n", "Marsh Agency"),
        # two issuers, or a warning nobody is said to have issued: the engine's speaker stays
        ("The Marsh Agency issued a warning. Dunmore Council issued a warning too.\n\n",
         "the warning"),
        ("A flood warning is in place for the valley.\n\n", "the warning"),
    ],
)  # fmt: skip
def test_a_warning_is_the_body_the_article_says_issued_it(body, expected) -> None:
    unit = _unit("the warning", "org")
    resolve(body, [unit])
    assert unit.speaker == expected
