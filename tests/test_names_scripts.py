"""Across scripts: Cyrillic names meet their Latin spellings; Ukrainian dates are read."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.names.spelling import name_key, romanise, same_name


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [("Купянск", "Kupyansk"), ("Куп'янськ", "Kupiansk"), ("Харків", "Kharkiv"),
     ("Вовчанськ", "Vovchansk"), ("Олег Синєгубов", "Oleh Syniehubov"),
     ("Герасимов", "Gerasimov"), ("Зеленський", "Zelensky")],
)  # fmt: skip
def test_cyrillic_names_meet_their_latin_spellings(cyrillic: str, latin: str) -> None:
    assert name_key(cyrillic) == name_key(latin)
    assert same_name(cyrillic, latin)


@pytest.mark.parametrize(
    ("a", "b"), [("Херсон", "Kharkiv"), ("Покровськ", "Pokrovske"), ("Зеленська", "Zelensky")]
)
def test_different_names_stay_apart_across_scripts(a: str, b: str) -> None:
    assert not same_name(a, b)


def test_latin_text_is_left_alone() -> None:
    assert romanise("Kupyansk") == "Kupyansk"
    assert name_key("Kupyansk") == "kupiansk"


def test_the_names_view_groups_kupyansk_with_its_cyrillic_spelling(
    desk: Desk, tmp_path: Path
) -> None:
    uk = tmp_path / "uk.txt"
    uk.write_text(
        "Бої за Купянськ тривають\n\n19 листопада 2025\n\n"
        "Олег Синєгубов заявив, що з Купянська за добу евакуювали 212 людей. "
        "Купянськ залишається під контролем українських сил, додав він.\n",
        encoding="utf-8",
    )
    en = tmp_path / "en.txt"
    en.write_text(
        "Fighting for Kupiansk goes on\n\nOleh Syniehubov said 212 people were evacuated "
        "from Kupiansk in a day. He said Kupiansk remained under Ukrainian control.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([uk, en]).failed
    groups = {group.key: group for group in desk.names()}
    town = groups[name_key("Kupiansk")]
    assert town.articles == 2
    assert any(not variant.isascii() for variant in town.variants)
    governor = groups[name_key("Oleh Syniehubov")]
    assert governor.articles == 2


def test_ukrainian_dates_are_read(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "uk.md"
    path.write_text(
        "---\ntitle: Купянськ\ndate: 19 листопада 2025\n---\nОлег Синєгубов заявив, що "
        "евакуація триває.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([path]).failed
    assert desk.articles()[0].date_iso == "2025-11-19"
