"""One name across scripts and case forms (issue 13 items 4-5, names41): a Russian or
Ukrainian case ending the name book did not fold, W written as у, a French -gue, and a
Cyrillic spelling filed before its Latin one. Invented places and people only."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import REFILE_NOTICE, Desk
from factdesk.domain.names import VERSION
from factdesk.names.groups import NameBook
from factdesk.names.spelling import declined_keys, name_key
from factdesk.store.migrations import NAMES_KEY
from memory_schema import migrated_memory


def _one_group(first: str, second: str) -> bool:
    book = NameBook(migrated_memory())
    return book.group(first, "place") == book.group(second, "place")


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Tiva", "Тиву"), ("Tiva", "Тивы"), ("Tiva", "Тиве"),  # a short -а name's cases
     ("Moga", "Мозі"), ("Orlaka", "Орлаці"), ("Velikha", "Велисі"),  # г/к/х before -і
     ("Ladesa", "Ладесі"),  # ... and the plain -сі of a name in -са, read beside it
     ("Walden", "Уолдена"), ("Wilkins", "Уилкинса"), ("Walden", "Волдена"),  # W as у (or в)
     ("Tolague", "Толаге"), ("The Tolague", "Толага")],  # French -gue: the g sound
)  # fmt: skip
def test_a_name_and_its_other_script_are_one_group_in_either_order(
    latin: str, cyrillic: str
) -> None:
    """Whichever spelling the desk files first, the other joins its group."""
    assert _one_group(latin, cyrillic)
    assert _one_group(cyrillic, latin)


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Tivo", "Тиву"), ("Vota", "УОТА"),  # another name; an abbreviation's у is a letter
     ("Ona", "Ону"),  # three letters: too short to read a case ending off
     ("Tiva", "Тивою"), ("Moza", "Мозою")],  # no such ending read
)  # fmt: skip
def test_other_names_stay_apart(latin: str, cyrillic: str) -> None:
    assert not _one_group(latin, cyrillic)
    assert not _one_group(cyrillic, latin)


def test_w_as_u_is_read_only_opening_a_word() -> None:
    """«Мануэль» is Manuel, not Manwel: only a word's first у before a vowel is a W."""
    assert name_key("Уолден") == name_key("Волден")
    assert name_key("Мануэль") != name_key("Манвэль")
    assert name_key("Ужгород") == name_key("Uzhhorod")


def test_gue_is_cut_only_at_a_word_end() -> None:
    assert name_key("Tolague") == name_key("Tolag")
    assert name_key("Guerra") == name_key("Guerra")
    assert name_key("Tolaguen") != name_key("Tolagn")


def test_the_version_pins_the_keys() -> None:
    """Bump ``domain.names.VERSION`` when these change: a desk's stored spellings are filed
    again only for a new version (``corroborate.index.refile``)."""
    assert [name_key(s) for s in ("Уолдена", "The Tolague", "Тиву")] == ["vildin", "tilah", "tivu"]
    assert declined_keys("Тиву") == ("tiva",)
    assert VERSION == 2


def _aged(desk: Desk) -> None:
    """The desk as an older factdesk left it: its Cyrillic spellings keyed and filed apart
    (their у read as a vowel), no names version recorded."""
    conn = desk.store.conn
    with desk.store.transaction():
        for table in ("name_spellings", "name_mentions"):
            conn.execute(f"UPDATE {table} SET group_key = 'uildin' WHERE spelling LIKE 'У%'")
        conn.execute("UPDATE name_spellings SET key = 'uildin' WHERE spelling LIKE 'У%'")
        conn.execute("DELETE FROM state WHERE key = ?", [NAMES_KEY])


def test_an_older_desk_s_names_are_filed_again_on_opening(desk: Desk, tmp_path: Path) -> None:
    """One place in two scripts, two groups on the aged desk; one group of two articles after
    the open, which says what it does, and the stored keys made again; once a version."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Паводок\n\nВ Уолдене в понедельник затопило 40 домов, сообщили спасатели. "
        "Жители Уолдена ждут помощи.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "Flood\n\nForty homes were flooded in Walden on Monday, rescuers said.\n",
        encoding="utf-8",
    )
    assert not desk.import_paths([folder]).failed
    assert [g.articles for g in desk.names()] == [2]
    _aged(desk)
    assert sorted(g.articles for g in desk.names()) == [1, 1]
    notices: list[str] = []
    again = Desk.open(desk.store.path, config=desk.config, on_wait=notices.append)
    try:
        assert [g.articles for g in again.names()] == [2]
        assert notices == [REFILE_NOTICE]
        keys = again.store.conn.execute("SELECT DISTINCT key FROM name_spellings").fetchall()
        assert sorted(k for (k,) in keys) == ["valdin", "vildin"]
    finally:
        again.close()
    quiet: list[str] = []
    Desk.open(desk.store.path, config=desk.config, on_wait=quiet.append).close()
    assert quiet == []
