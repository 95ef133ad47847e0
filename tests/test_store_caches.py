"""The desk's SQLite page cache, memory map and write-ahead log are sized for the file, not
left at SQLite's defaults (2 MB of cache, a checkpoint every 1,000 pages)."""

from __future__ import annotations

from pathlib import Path

from factdesk.store import db
from factdesk.store.db import Store


def test_a_new_desk_gets_the_floor_and_a_large_one_more(tmp_path: Path) -> None:
    store = Store(tmp_path / "desk.db")
    cache = store.conn.execute("PRAGMA cache_size").fetchone()[0]
    mapped = store.conn.execute("PRAGMA mmap_size").fetchone()[0]
    assert cache == -db.CACHE_MIN_KIB  # negative: KiB, not pages
    assert mapped == db.MMAP_MIN
    assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == db.WAL_PAGES_MIN
    with store.transaction() as conn:
        conn.execute("CREATE TABLE filler (x BLOB)")
        conn.executemany("INSERT INTO filler VALUES (zeroblob(1 << 20))", [()] * 48)
    store.close()
    store = Store(tmp_path / "desk.db")
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] <= -12 * 1024
    assert store.conn.execute("PRAGMA mmap_size").fetchone()[0] > db.MMAP_MIN
    store.close()


def test_a_large_desk_checkpoints_less_often(tmp_path: Path, monkeypatch) -> None:
    """The log grows to a sixteenth of the file before a checkpoint, within its bounds."""
    monkeypatch.setattr(db, "WAL_PAGES_MIN", 10)
    store = Store(tmp_path / "desk.db")
    with store.transaction() as conn:
        conn.execute("CREATE TABLE filler (x BLOB)")
        conn.executemany("INSERT INTO filler VALUES (zeroblob(1 << 20))", [()] * 16)
    store.close()
    store = Store(tmp_path / "desk.db")
    pages = store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    page = store.conn.execute("PRAGMA page_size").fetchone()[0]
    size = (tmp_path / "desk.db").stat().st_size
    assert pages == min(size // 16 // page, db.WAL_PAGES_MAX) > 10
    store.close()
