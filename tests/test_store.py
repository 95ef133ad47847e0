"""The store: migrations from empty and from version 1, pragmas, refusals, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import empty_desk
import pytest
from factdesk.store.db import BUSY_TIMEOUT_MS, Store, StoreError, _statements
from factdesk.store.migrations import LATEST, MIGRATIONS


def test_a_new_desk_is_migrated_to_the_latest_schema(tmp_path: Path) -> None:
    store = Store(tmp_path / "new" / "desk.db")
    assert store.schema_version == LATEST == max(MIGRATIONS)
    tables = set(store.db.table_names())
    assert {"articles", "article_versions", "claims", "verdicts", "history", "state"} <= tables
    assert "article_names" in tables and "names" in store.db["claims"].columns_dict
    store.close()


def _contents(store: Store) -> tuple:
    """Everything a desk holds that its file's pages could differ in: schema, header pragmas,
    journal mode, every row of every table."""
    conn = store.conn
    pragmas = [
        conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("user_version", "application_id", "journal_mode", "page_size", "auto_vacuum")
    ]
    schema = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name")
    tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    rows = {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    return pragmas, schema.fetchall(), rows


def test_a_new_desk_copied_from_the_process_template_is_one_migrated_in_place(
    tmp_path: Path,
) -> None:
    """The suite's new desks are filled from one migrated desk per process (``empty_desk``,
    conftest): the copy must be the desk the migrations make in place, and stay writable."""
    with empty_desk.real_migrations():
        real = Store(tmp_path / "real.db")
    copied = Store(tmp_path / "copied.db")
    try:
        assert _contents(copied) == _contents(real)
        assert _contents(real)[0][:3] == [LATEST, _contents(real)[0][1], "wal"]
        copied.conn.execute("INSERT INTO state (key, value) VALUES ('probe', '1')")
    finally:
        real.close()
        copied.close()
    reopened = Store(tmp_path / "copied.db")
    try:
        assert reopened.conn.execute("SELECT value FROM state WHERE key = 'probe'").fetchone()
    finally:
        reopened.close()


def test_pragmas_wal_foreign_keys_busy_timeout(tmp_path: Path) -> None:
    store = Store(tmp_path / "desk.db")
    pragma = lambda name: store.conn.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") == BUSY_TIMEOUT_MS > 0
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute("INSERT INTO verdicts (claim_id, updated_at) VALUES (12345, 'x')")
    store.close()


def test_a_version_1_desk_upgrades_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[1]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (title, body, body_sha256, imported_at, updated_at) "
        "VALUES ('Old', 'Body.', 'x', 't', 't')"
    )
    conn.close()
    store = Store(path)
    assert store.schema_version == LATEST
    assert store.conn.execute("SELECT title FROM articles").fetchall() == [("Old",)]
    store.close()


def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes\n" * 20)
    with pytest.raises(StoreError) as caught:
        Store(path)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)
    assert path.read_bytes() == b"these are my notes\n" * 20
    assert not (tmp_path / "notes.db-wal").exists()


def test_a_desk_from_a_newer_factdesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST + 1


def test_a_failed_transaction_leaves_nothing(tmp_path: Path) -> None:
    store = Store(tmp_path / "desk.db")
    with pytest.raises(RuntimeError), store.transaction() as conn:
        conn.execute(
            "INSERT INTO articles (title, body, body_sha256, imported_at, updated_at) "
            "VALUES ('T', 'B', 's', 't', 't')"
        )
        raise RuntimeError("crash midway")
    assert store.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
    store.close()


def test_history_is_append_only(tmp_path: Path) -> None:
    store = Store(tmp_path / "desk.db")
    conn = store.conn
    conn.execute(
        "INSERT INTO articles (id, title, body, body_sha256, imported_at, updated_at) "
        "VALUES (1, 'T', 'Body.', 's', 't', 't')"
    )
    conn.execute(
        'INSERT INTO claims (id, article_id, version, start, "end", text, kind, sourcing, '
        "created_at) VALUES (1, 1, 1, 0, 5, 'Body.', 'statement', 'none', 't')"
    )
    conn.execute("INSERT INTO history (claim_id, at, reviewer, action) VALUES (1, 't', 'r', 'x')")
    for statement in ("DELETE FROM history", "UPDATE history SET reviewer = 'someone else'"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)
    assert conn.execute("SELECT reviewer FROM history").fetchall() == [("r",)]
    store.close()


def test_statement_splitter_keeps_trigger_bodies_whole() -> None:
    script = (
        "-- c\nCREATE TABLE t (x);\nCREATE TRIGGER g BEFORE DELETE ON t\nBEGIN SELECT 1; END;\n"
    )
    statements = list(_statements(script))
    assert len(statements) == 2 and statements[1].endswith("END;")
