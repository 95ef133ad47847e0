"""``check_desk`` reads a desk's schema version and its tables at one moment.

Real case (a fresh-clone `make test`, test_concurrency): three processes opened one new desk
at once; one checked it while another was migrating it step by step, read ``user_version`` 3,
then the tables of a later step, and refused the desk as another program's SQLite file.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from factdesk.store.deskfile import check_desk, connect_readonly
from factdesk.store.migrations import MIGRATIONS


def _migrate(conn: sqlite3.Connection, numbers: range) -> None:
    for number in numbers:
        step = MIGRATIONS[number]
        step(conn) if callable(step) else conn.executescript(step)
        conn.execute(f"PRAGMA user_version = {number}")
        conn.commit()


class _MigratedMeanwhile:
    """A read-only connection after whose first statement another one migrates a step."""

    def __init__(self, conn: sqlite3.Connection, writer: sqlite3.Connection) -> None:
        self.conn, self.writer, self.statements = conn, writer, 0

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        cursor = self.conn.execute(sql, *args)
        if sql.startswith("PRAGMA user_version"):
            _migrate(self.writer, range(4, 5))  # committed between two of the checker's reads
        return cursor

    def __getattr__(self, name: str) -> Any:
        return getattr(self.conn, name)


def test_a_desk_migrated_while_it_is_checked_is_seen_at_one_schema(tmp_path: Path) -> None:
    path = tmp_path / "desk.db"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    _migrate(writer, range(1, 4))  # schema 3: no application id yet (migration 5 sets it)
    reader = connect_readonly(path)
    try:
        assert check_desk(path, _MigratedMeanwhile(reader, writer), quick=True) == 3  # type: ignore[arg-type]
        assert writer.execute("PRAGMA user_version").fetchone()[0] == 4
        assert not reader.in_transaction  # the snapshot is let go
        assert check_desk(path, reader) == 4
    finally:
        reader.close()
        writer.close()
