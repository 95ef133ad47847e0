"""Damaged and foreign desk files: refused in one line, exit non-zero, and never written to.

"Never written" is checked on the bytes, the modification time and the folder listing (no
``-wal``/``-shm`` left beside the file), because a write-mode open of a damaged file would
switch on WAL or run migrations into it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from desk_template import open_seeded
from factdesk.cli import entry as cli
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store.backup import backup_now
from factdesk.store.db import Store, StoreError
from factdesk.store.migrations import LATEST

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def snapshot(path: Path) -> tuple[bytes, int, list[str]]:
    return path.read_bytes(), path.stat().st_mtime_ns, sorted(os.listdir(path.parent))


def make_desk(path: Path) -> Path:
    """A closed, seeded desk (closing checkpoints the WAL into the file)."""
    open_seeded(path, load_config()).close()
    return path


def assert_refused(path: Path, capsys: pytest.CaptureFixture, *words: str) -> str:
    """Open through the Store and through the CLI: refused, unchanged, one clear line."""
    before = snapshot(path)
    with pytest.raises(StoreError) as error:
        Store(path)
    message = str(error.value)
    assert str(path) in message
    for word in words:
        assert word in message
    assert snapshot(path) == before
    status = cli.main(["articles", "--db", str(path)])
    err = capsys.readouterr().err
    assert status != 0
    assert err.count("\n") == 1 and err.startswith("factdesk: ") and str(path) in err
    assert "Traceback" not in err
    assert snapshot(path) == before
    return message


def test_text_file_is_refused_untouched(tmp_path: Path, capsys) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list: eggs, milk\n")
    assert_refused(path, capsys, "not an SQLite file")


@pytest.mark.parametrize("keep", [50, 4096, 4096 * 3, 4096 * 3 + 1000])
def test_truncated_desk_is_refused_untouched(tmp_path: Path, capsys, keep: int) -> None:
    path = make_desk(tmp_path / "desk.db")
    data = path.read_bytes()
    assert len(data) > keep + 4096, "the seeded desk must be larger than the cut"
    path.write_bytes(data[:keep])
    assert_refused(path, capsys, "truncated")


def test_corrupt_page_fails_the_integrity_check(tmp_path: Path, capsys) -> None:
    path = make_desk(tmp_path / "desk.db")
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = bytes(range(256)) * (page // 256)
    path.write_bytes(bytes(data))
    assert_refused(path, capsys, "damaged")


def test_newer_schema_is_refused_not_migrated_down(tmp_path: Path, capsys) -> None:
    path = make_desk(tmp_path / "desk.db")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    assert_refused(path, capsys, "newer factdesk", f"schema {LATEST + 1}")


def test_foreign_sqlite_file_is_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    assert_refused(path, capsys, "not a factdesk desk")


def test_refusal_names_the_newest_backup(tmp_path: Path, capsys) -> None:
    path = make_desk(tmp_path / "desk.db")
    backup = backup_now(path)
    path.write_bytes(path.read_bytes()[:4096])
    message = assert_refused(path, capsys, "factdesk restore")
    assert str(backup) in message


def test_emptied_desk_with_backups_is_not_silently_replaced(tmp_path: Path, capsys) -> None:
    path = make_desk(tmp_path / "desk.db")
    backup_now(path)
    path.write_bytes(b"")
    assert_refused(path, capsys, "empty")


def test_healthy_desk_still_opens(tmp_path: Path) -> None:
    """The checks must not refuse a good desk, open or closed, or a brand new one."""
    path = make_desk(tmp_path / "desk.db")
    other = Desk.open(path, config=load_config())  # an open writer leaves a live WAL
    other.set_verdict(other.claims()[0].id, "disputed")
    desk = Desk.open(path, config=load_config())
    assert desk.claims()[0].verdict == "disputed"
    desk.close()
    other.close()
    fresh = Desk.open(tmp_path / "new" / "desk.db", config=load_config())
    assert fresh.article_count() == 0
    fresh.close()
