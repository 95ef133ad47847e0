"""A desk's whole schema in an in-memory SQLite database, for tests of the pieces (the name
book, the matcher) that read and write its tables without a desk file."""

from __future__ import annotations

import sqlite3

from factdesk.store import rowsum
from factdesk.store.migrations import MIGRATIONS


def migrated_memory() -> sqlite3.Connection:
    """A new in-memory connection with the row checksum function and every migration run."""
    conn = sqlite3.connect(":memory:")
    rowsum.register(conn)
    for number in sorted(MIGRATIONS):
        step = MIGRATIONS[number]
        step(conn) if callable(step) else conn.executescript(step)
    return conn
