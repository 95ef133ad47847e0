"""A desk's whole schema in an in-memory SQLite database, for tests of the pieces (the name
book, the matcher) that read and write its tables without a desk file."""

from __future__ import annotations

import functools
import sqlite3
import threading

from factdesk.store import rowsum
from factdesk.store.migrations import MIGRATIONS

_LOCK = threading.Lock()


def _migrate(conn: sqlite3.Connection) -> sqlite3.Connection:
    for number in sorted(MIGRATIONS):
        step = MIGRATIONS[number]
        step(conn) if callable(step) else conn.executescript(step)
    return conn


@functools.cache
def _template() -> sqlite3.Connection:
    """Every migration run once per process: running them is ~15 ms of CPU, a copy of their
    result through SQLite's backup API a tenth of that (the matcher's tests take hundreds)."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    rowsum.register(conn)
    _migrate(conn).commit()  # a migration's own inserts left open would hold the copy back
    return conn


def migrated_memory() -> sqlite3.Connection:
    """A new in-memory connection with the row checksum function and every migration run
    (copied from the process's own migrated one)."""
    conn = sqlite3.connect(":memory:")
    rowsum.register(conn)
    with _LOCK:
        _template().backup(conn)
    return conn
