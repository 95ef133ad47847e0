"""D3: a desk is a desk. factdesk's application id (or, for desks and backups made before
it, tables that match the schema version) is checked before any write, migration or backup;
another program's SQLite file is refused byte for byte untouched, by every command."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store.backup import backup_now, list_backups, restore
from factdesk.store.db import StoreError
from factdesk.store.deskfile import expected_tables, table_columns
from factdesk.store.migrations import APPLICATION_ID, LATEST

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def foreign(path: Path, user_version: int, app_id: int = 0) -> bytes:
    conn = sqlite3.connect(path)
    conn.executescript(
        "CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT);"
        "INSERT INTO songs (title) VALUES ('a'), ('b');"
        f"PRAGMA user_version = {user_version}; PRAGMA application_id = {app_id};"
    )
    conn.close()
    return path.read_bytes()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


COMMANDS = [
    ["stats"],
    ["articles"],
    ["backup"],
    ["export", "--format", "csv"],
    ["verdict", "1", "disputed"],
    ["import", str(SEEDS)],
    ["open"],
]


@pytest.mark.parametrize("user_version", [0, 1, 2, 3, 4, LATEST, LATEST + 1, 99])
def test_foreign_sqlite_files_are_refused_by_every_command(
    tmp_path: Path, capsys, user_version: int
) -> None:
    path = tmp_path / "other.db"
    before = foreign(path, user_version)
    for command in COMMANDS:
        assert cli.main([*command, "--db", str(path)]) != 0, command
        err = capsys.readouterr().err
        # open without a terminal still checks an existing file first: refused by name
        # (a file it cannot judge would get "needs a terminal"); either way one line
        said = ("not a factdesk desk", "needs a terminal") if command == ["open"] else None
        refused = any(s in err for s in said) if said else "not a factdesk desk" in err
        assert refused and len(err.splitlines()) == 1, (command, err)
    assert path.read_bytes() == before and siblings(path) == ["other.db"]


def test_another_programs_application_id_is_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.executescript(f"PRAGMA application_id = 1234; PRAGMA user_version = {LATEST};")
    conn.close()
    before = path.read_bytes()
    assert cli.main(["stats", "--db", str(path)]) == 1
    assert "application id 0x4d2" in capsys.readouterr().err
    assert path.read_bytes() == before


@pytest.mark.parametrize("user_version", [1, 3, 4])
def test_restore_refuses_a_foreign_file(tmp_path: Path, user_version: int) -> None:
    path = tmp_path / "desk.db"
    desk = Desk.open(path, config=load_config())
    desk.import_paths([sorted(SEEDS.iterdir())[0]])
    desk.close()
    before = path.read_bytes()
    other = tmp_path / "other.db"
    foreign(other, user_version)
    with pytest.raises(StoreError, match="not a factdesk desk"):
        restore(other, path)
    assert path.read_bytes() == before


def make_old_desk(path: Path) -> None:
    """A schema-4 desk as factdesk wrote it before the application id existed."""
    desk = Desk.open(path, config=load_config())
    desk.import_paths([sorted(SEEDS.iterdir())[0]])
    desk.set_verdict(desk.claims()[0].id, "disputed")
    desk.close()
    conn = sqlite3.connect(path)
    old = expected_tables(4)
    triggers = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name NOT LIKE 'history_%'"
    ).fetchall()
    for (trigger,) in triggers:  # later migrations' triggers (the search index's)
        conn.execute(f"DROP TRIGGER {trigger}")
    for table, columns in table_columns(conn).items():
        if table not in old:  # later migrations' tables (a virtual one takes its shadows)
            conn.execute(f"DROP TABLE IF EXISTS {table}")
            continue
        later = set(columns) - set(old[table])  # and their columns, with their indexes
        for (index,) in conn.execute(
            "SELECT name FROM pragma_index_list(?) WHERE origin = 'c'", [table]
        ).fetchall():
            used = {
                row[0] for row in conn.execute("SELECT name FROM pragma_index_info(?)", [index])
            }
            if used & later:
                conn.execute(f"DROP INDEX {index}")
        for column in later:
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.executescript("PRAGMA application_id = 0; PRAGMA user_version = 4;")
    conn.close()


def app_id(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA application_id").fetchone()[0]
    finally:
        conn.close()


def test_new_desks_carry_the_id_and_old_desks_are_upgraded(tmp_path: Path) -> None:
    new = tmp_path / "new.db"
    Desk.open(new, config=load_config()).close()
    assert app_id(new) == APPLICATION_ID
    old = tmp_path / "old.db"
    make_old_desk(old)
    desk = Desk.open(old, config=load_config())
    assert desk.claims()[0].verdict == "disputed"
    desk.close()
    assert app_id(old) == APPLICATION_ID
    [pre] = [p for p in list_backups(old) if "pre-v" in p.name]
    assert app_id(pre) == 0  # the backup before the upgrade is the old desk as it was


def test_an_old_backup_without_the_id_still_restores(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    make_old_desk(old)
    path = tmp_path / "desk.db"
    Desk.open(path, config=load_config()).close()
    backup_now(path)
    restore(old, path)
    desk = Desk.open(path, config=load_config())
    assert desk.claims()[0].verdict == "disputed"
    desk.close()
    assert app_id(path) == APPLICATION_ID
