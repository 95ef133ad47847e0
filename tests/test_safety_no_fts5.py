"""A desk indexed with FTS5, opened by an SQLite built without it, still saves everything.

No SQLite without FTS5 is at hand, so one is made: each connection's FTS5 modules are
removed with ``sqlite3_drop_modules`` (called through ctypes on the connection's handle),
which leaves it exactly as such a build: the schema reads, and any statement that touches
the index fails with "no such module: fts5". Before ``search_index.settle``, the triggers
that name the index made every write of a claim fail that way (the reviewer's attribution of
a speaker, a claim added by hand, a merge of names), and the check called the unreadable
index damaged, so no daily backup was ever made.
"""

from __future__ import annotations

import ctypes
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store import search_index
from factdesk.store.backup import list_backups
from factdesk.store.checksums import full_check


def _module_dropper() -> Callable[[sqlite3.Connection], None] | None:
    """A function removing FTS5 from a connection, or None when it cannot be done safely:
    the shared library must be the one Python's sqlite3 already uses (not a second copy)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            if "libsqlite3.so" not in maps.read():
                return None
        lib = ctypes.CDLL("libsqlite3.so.0")
    except OSError:
        return None
    lib.sqlite3_libversion.restype = ctypes.c_char_p
    if lib.sqlite3_libversion().decode() != sqlite3.sqlite_version:
        return None
    lib.sqlite3_drop_modules.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_char_p)]
    lib.sqlite3_db_filename.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.sqlite3_db_filename.restype = ctypes.c_char_p

    def drop(conn: sqlite3.Connection) -> None:
        # CPython's connection object: its sqlite3* is the first field after the header
        handle = ctypes.c_void_p.from_address(id(conn) + sys.getsizeof(object())).value
        if lib.sqlite3_db_filename(handle, b"main") is None:
            raise RuntimeError("not a connection handle")
        kept = [row[0].encode() for row in conn.execute("PRAGMA module_list")]
        keep = [name for name in kept if not name.startswith(b"fts5")] + [None]
        lib.sqlite3_drop_modules(handle, (ctypes.c_char_p * len(keep))(*keep))

    return drop


@contextmanager
def without_fts5() -> Iterator[None]:
    """Every connection made inside is one of an SQLite without FTS5."""
    drop = _module_dropper()
    if drop is None:
        pytest.skip("cannot reach this Python's SQLite library to remove FTS5")
    connect = sqlite3.connect

    def connect_without(*args, **kwargs) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        drop(conn)
        return conn

    probe = connect_without(":memory:")
    try:
        with pytest.raises(sqlite3.OperationalError, match="no such module: fts5"):
            probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x)")
    finally:
        probe.close()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sqlite3, "connect", connect_without)
        patch.setattr(search_index, "fts5_available", lambda: False)
        yield


def _closed(seeded_desk: Desk) -> Path:
    """The seeded desk's file, closed, without backups (the next open is the day's first)."""
    path = seeded_desk.path
    seeded_desk.close()
    for backup in list_backups(path):
        backup.unlink()
    return path


def test_an_indexed_desk_takes_every_claim_write_without_fts5(seeded_desk: Desk) -> None:
    path = _closed(seeded_desk)
    with without_fts5():
        desk = Desk.open(path, config=load_config())
        try:
            claim = desk.claims()[3]
            desk.set_speaker(claim.id, speaker="Orla Pemberton", speaker_type="person",
                             sourcing="named")  # fmt: skip
            desk.set_verdict(claim.id, "disputed")
            body = desk.article(claim.article_id).body
            added = desk.add_claim(claim.article_id, 0, body.index(" ", 30))
            names = [group.name for group in desk.names(claim.article_id)][:2]
            desk.merge_names(names)
            assert desk.claim(claim.id).speaker == "Orla Pemberton"
            assert desk.claim(claim.id).verdict == "disputed"
            assert desk.search_is_literal
            assert added.id in {c.id for c, _ in desk.find_claims(added.text[:40], 500)}
            assert desk.open_warnings == [], "the check does not call the unread index damaged"
            assert [b for b in list_backups(desk.path) if "daily" in b.name]
            assert full_check(desk.store.conn).ok
        finally:
            desk.close()


def test_an_sqlite_with_fts5_rebuilds_the_index_the_other_left_behind(seeded_desk: Desk) -> None:
    path = _closed(seeded_desk)
    with without_fts5():
        desk = Desk.open(path, config=load_config())
        body = desk.article(desk.articles()[0].id).body
        added = desk.add_claim(desk.articles()[0].id, 0, body.index(" ", 30))
        desk.close()
    again = Desk.open(path, config=load_config())
    try:
        assert not again.search_is_literal
        conn = again.store.conn
        indexed = dict(conn.execute(f"SELECT rowid, text FROM {search_index.TABLE}").fetchall())
        assert indexed == dict(conn.execute("SELECT id, text FROM claims").fetchall())
        assert added.id in {c.id for c in again.search_claims(added.text, 500)}
        assert not search_index.unsettled(conn)
    finally:
        again.close()
