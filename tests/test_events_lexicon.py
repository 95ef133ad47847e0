"""What a claim says happened, read the same in English, Russian and Ukrainian
(``lexicon.events``, issue 13, match29): a seizure, an arrest, a vote, a strike, a toll, a
closure, a verdict, a rise or fall told in three scripts gives one kind of event, with the side
it is told on and a negation turning it round. Invented sentences, invented names."""

from __future__ import annotations

import pytest
from factdesk.lexicon.events import EVENTS, read, shared
from factdesk.lexicon.opposites import AXES


@pytest.mark.parametrize(
    ("texts", "kind", "way"),
    [
        (("Militia fighters captured the Orlen ferry crossing at dawn.",
          "На рассвете ополченцы захватили переправу у Орлена.",
          "На світанку ополченці захопили переправу біля Орлена."), "seize", True),
        (("Customs officers confiscated 300 kilograms of amber at Velka.",
          "Таможня изъяла 300 килограммов янтаря в Велке.",
          "Митники вилучили 300 кілограмів бурштину у Велці."), "seize", True),
        (("Guards detained the journalist Ilse Marrow at the border.",
          "Пограничники задержали журналистку Ильзе Марроу.",
          "Прикордонники затримали журналістку Ільзе Марроу."), "arrest", True),
        (("Harbour director Tomas Elvery stepped down on Monday.",
          "Директор порта Томас Элвери подал в отставку.",
          "Директор порту Томас Елвері подав у відставку."), "resign", True),
        (("The regional assembly rejected the toll-road bill.",
          "Областная дума отклонила законопроект о платной дороге.",
          "Обласна рада відхилила законопроект про платну дорогу."), "approve", False),
        (("The assembly approved the new water tariff.",
          "Собрание одобрило новый тариф на воду.",
          "Збори ухвалили новий тариф на воду."), "approve", True),
        (("Bus drivers in Corvale began a two-day strike.",
          "Водители автобусов в Корвале начали забастовку.",
          "Водії автобусів у Корвале розпочали страйк."), "walkout", True),
        (("The collapse of a gym roof in Lenby left a caretaker and a pupil dead.",
          "При обрушении крыши школы в Ленби погибли два человека.",
          "Унаслідок обвалу даху школи в Ленбі загинули двоє людей."), "kill", True),
        (("Nine were wounded by shelling in Dravik overnight.",
          "Ночью при обстреле Дравика ранены девять человек.",
          "Уночі внаслідок обстрілу Дравіка поранено дев'ятьох."), "injure", True),
        (("Rescuers evacuated 40 families from the valley.",
          "Спасатели эвакуировали 40 семей из долины.",
          "Рятувальники евакуювали 40 родин з долини."), "evacuate", True),
        (("The Pellam bridge remains closed to lorries.",
          "Мост в Пелламе закрыт для грузовиков.",
          "Міст у Пелламі закрито для вантажівок."), "close", True),
        (("A jury acquitted the former mayor Aldo Brenn.",
          "Суд присяжных оправдал бывшего мэра Альдо Бренна.",
          "Суд присяжних виправдав колишнього мера Альдо Бренна."), "convict", False),
        (("Bread prices climbed 7% in March.",
          "В марте цены на хлеб выросли на 7%.",
          "У березні ціни на хліб зросли на 7%."), "rise", True),
        (("Fares on the Holm line dropped by a tenth.",
          "Тарифы на линии Хольм снизились на десятую часть.",
          "Тарифи на лінії Гольм знизилися на десяту частину."), "rise", False),
        (("The city outlawed scooters on the promenade.",
          "Город запретил самокаты на набережной.",
          "Місто заборонило самокати на набережній."), "ban", True),
    ],
)  # fmt: skip
def test_one_kind_in_three_scripts(texts: tuple[str, str, str], kind: str, way: bool) -> None:
    for text in texts:
        assert read(text).get(kind) is way, text


@pytest.mark.parametrize(
    ("text", "kind", "way"),
    [
        ("The militia did not capture the ferry crossing.", "seize", False),
        ("Ополченцы не захватили переправу.", "seize", False),
        ("Ополченці не захопили переправу.", "seize", False),
        ("The assembly did not approve the tariff.", "approve", False),
        ("The Pellam bridge stayed open all week.", "close", False),
        ("Міст у Пелламі залишався відкритим.", "close", False),
    ],
)
def test_a_negation_or_the_other_side_turns_it_round(text: str, kind: str, way: bool) -> None:
    assert read(text).get(kind) is way


def test_a_kind_told_both_ways_has_no_polarity() -> None:
    assert read("The tunnel was closed overnight and reopened at dawn.")["close"] is None


@pytest.mark.parametrize(
    "text",
    [
        "The festival organisers thanked the volunteers of Marrow Park.",
        "Організатори фестивалю подякували волонтерам.",
        "Организаторы фестиваля поблагодарили волонтёров.",
        "Selim Oduya scored twice in the second half.",  # a bare "strike" or "fired": neither
    ],
)
def test_no_kind_where_nothing_is_said_to_happen(text: str) -> None:
    assert read(text) == {}


def test_a_bare_strike_is_neither_an_attack_nor_a_walkout() -> None:
    found = read("The Velka strike was the talk of the town.")
    assert "attack" not in found and "walkout" not in found


def test_shared_parts_the_same_way_from_the_opposite_ways() -> None:
    yes = read("Ополченцы захватили переправу, двое погибли.")
    no = read("Militia fighters never captured the crossing: two died elsewhere.")
    took = read("Militia fighters seized the ferry crossing; two were killed.")
    assert shared(yes, took) == (["seize", "kill"], [])
    assert shared(yes, no) == (["kill"], ["seize"])


def test_kinds_with_two_sides_take_the_opposites_axes_words() -> None:
    """One home: the closure's, the cancellation's, the signature's sides are the very
    patterns of ``lexicon.opposites`` (never written twice)."""
    assert EVENTS["close"] == ((AXES["open"][1],), (AXES["open"][0],))
    assert EVENTS["sign"] == ((AXES["signed"][0],), (AXES["signed"][1],))
