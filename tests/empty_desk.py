"""A new desk's schema made once per test process and copied into each new desk.

Every ``Desk.open`` of a file that does not exist yet runs all the migrations, one after the
other (about 280 statements: 15-17 ms of CPU), and the suite opens a new desk in well over a
thousand tests (the ``desk`` and ``seeded_desk`` fixtures, the app and CLI tests' desks):
about a twentieth of its CPU. ``install()`` (conftest) makes ``Store._migrate`` copy, through
SQLite's online backup API, a desk that the real migrations made once in this process (on a
file, through the real ``Store``) into the new file's open connection, then go on as before
(the migrations it finds done are skipped; the search index is settled). The copy has the same
schema, ``user_version``, application id and rows as a desk migrated in place
(``test_store.py`` compares the two), and it keeps the new desk in WAL mode, as
``desk_template.fill_with_seeds`` does for the seeds.

Only a file with no schema at all is filled: a desk at an older schema migrates for real (the
upgrade tests), and so does every desk while a test has put other migrations in place
(``monkeypatch`` of ``factdesk.store.db.MIGRATIONS``), or another answer to whether SQLite has
FTS5 (``search_index.fts5_available``: the migrations make the search index only with it), or
while ``real_migrations()`` is on.
Child processes (the CLI, the background jobs, the crash tests) migrate for real: the patch is
in the test process only.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

from factdesk.store import db, search_index
from factdesk.store.db import Store

_MIGRATE = Store._migrate
_PLAN = db.MIGRATIONS
_STEPS = dict(_PLAN)
_FTS5 = search_index.fts5_available
_LOCK = threading.Lock()
_TEMPLATE: list[sqlite3.Connection] = []
_REAL = threading.local()


def _template() -> sqlite3.Connection:
    """The migrated empty desk, in memory: made on the first call by a real ``Store`` on a
    file in a folder of its own (then removed), and kept for the process."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="factdesk-empty-"))
        try:
            with real_migrations():
                Store(folder / "empty.db").close()
            source = sqlite3.connect(folder / "empty.db")
            memory = sqlite3.connect(":memory:", check_same_thread=False)
            try:
                source.backup(memory)
            finally:
                source.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        _TEMPLATE.append(memory)
    return _TEMPLATE[0]


def _is_blank(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute("PRAGMA user_version").fetchone()[0] == 0
        and not conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone()
    )


def _migrate_from_template(store: Store) -> None:
    """``Store._migrate``, a blank file first filled with the process's migrated empty desk."""
    planned = db.MIGRATIONS is _PLAN and _PLAN == _STEPS and search_index.fts5_available is _FTS5
    if planned and not getattr(_REAL, "on", False) and _is_blank(store.conn):
        with _LOCK:
            _template().backup(store.conn)
    _MIGRATE(store)


@contextlib.contextmanager
def real_migrations() -> Iterator[None]:
    """New desks opened inside (on this thread) run every migration themselves."""
    _REAL.on = True
    try:
        yield
    finally:
        _REAL.on = False


def install() -> None:
    Store._migrate = _migrate_from_template  # type: ignore[method-assign]
