"""The one SQLite file: opening it safely, migrating it, and short transactions.

Writes go through ``Store.transaction()`` (``BEGIN IMMEDIATE`` ... ``COMMIT``) so each change a
reviewer makes is committed the moment it is made and a crash never leaves half an article.
The connection runs in autocommit mode so that sqlite-utils' own ``with conn:`` blocks cannot
commit a transaction of ours halfway.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from factdesk.migrations import LATEST, MIGRATIONS

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The desk file cannot be used; the message is one line naming the file and the reason."""


def now() -> str:
    """UTC timestamps in ISO 8601 with seconds: sortable as text, readable in exports."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _check_header(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite (or WAL mode) touches it."""
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"{path}: cannot be read: {error.strerror or error}") from None
    if head and head != SQLITE_HEADER:
        raise StoreError(
            f"{path}: is not a factdesk desk (not an SQLite file); choose another --db"
        )


class Store:
    """An open desk file. ``db`` is the sqlite-utils view used for reads."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.readonly = readonly
        self.conn = self._connect()
        self.db = sqlite_utils.Database(self.conn)
        if not readonly:
            self._migrate()

    def _connect(self) -> sqlite3.Connection:
        if self.path.exists():
            _check_header(self.path)
        elif self.readonly:
            raise StoreError(f"{self.path}: no desk here")
        else:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"{self.path}: cannot create the desk folder: {error.strerror or error}"
                ) from None
        uri = self.path.resolve().as_uri() + ("?mode=ro" if self.readonly else "")
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{self.path}: cannot be opened as a desk: {error}") from None
        if version > LATEST:
            conn.close()
            raise StoreError(
                f"{self.path}: made by a newer factdesk (schema {version}, this one knows "
                f"{LATEST}); upgrade factdesk to open it"
            )
        conn.execute("PRAGMA foreign_keys = ON")
        if not self.readonly:
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
            except sqlite3.DatabaseError as error:
                conn.close()
                raise StoreError(f"{self.path}: cannot be opened for writing: {error}") from None
        return conn

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        for version in sorted(MIGRATIONS):
            if version <= self.schema_version:
                continue
            with self.transaction():
                # executescript would COMMIT our transaction; run statement by statement.
                for statement in _statements(MIGRATIONS[version]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {version}")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; nested calls join the outer one."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def data_version(self) -> int:
        """Changes when another connection commits: a cheap "has anything changed?" poll."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


def _statements(script: str) -> Iterator[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if statement:
                yield statement
            buffer = ""
    if buffer.strip():
        yield buffer.strip()
