"""The desk's SQLite page cache and memory map are sized for the file, not left at 2 MB."""

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
    with store.transaction() as conn:
        conn.execute("CREATE TABLE filler (x BLOB)")
        conn.executemany("INSERT INTO filler VALUES (zeroblob(1 << 20))", [()] * 48)
    store.close()
    store = Store(tmp_path / "desk.db")
    assert store.conn.execute("PRAGMA cache_size").fetchone()[0] <= -12 * 1024
    assert store.conn.execute("PRAGMA mmap_size").fetchone()[0] > db.MMAP_MIN
    store.close()
