"""Desk-wide name counts: kept by triggers, and the flag's bookkeeping reads them.

``singlesource.reindex_article`` used to fetch every article holding each changed name key;
it now reads ``name_counts`` (migration 14). The reference here is that straightforward
query, run on the same desk: for random sequences of imports and new versions (bodies are
lists of name keys; the mention finder is replaced by a split so only the bookkeeping is
tested), both give the same articles to refresh, and the counts always equal a GROUP BY
over ``article_names``.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import examples
from factdesk.names import singlesource
from factdesk.store import rowsum
from factdesk.store.db import Store
from factdesk.store.migrations import MIGRATIONS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

KEYS = ["kupyansk", "gerasimov", "petrova", "tass", "vovchansk"]


def _split_keys(text: str, key) -> set[str]:
    return {k for k in text.split(",") if k}


def _reference_affected(conn, article_id: int, old: set[str], new: set[str]) -> set[int]:
    """The query the counts replaced: every other holder of each changed key."""
    affected = {article_id}
    for k in sorted(old ^ new):
        others = {
            row[0]
            for row in conn.execute(
                "SELECT article_id FROM article_names WHERE key = ? AND article_id != ?",
                [k, article_id],
            )
        }
        if len(others) == 1:
            affected |= others
    return affected


def _counts_match(conn) -> None:
    kept = dict(conn.execute("SELECT key, articles FROM name_counts").fetchall())
    grouped = dict(conn.execute("SELECT key, COUNT(*) FROM article_names GROUP BY key").fetchall())
    assert kept == grouped


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.sets(st.sampled_from(KEYS), max_size=4)),
        min_size=1,
        max_size=25,
    )
)
def test_counts_and_affected_articles_equal_the_full_query(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, steps
) -> None:
    monkeypatch.setattr(singlesource, "mention_keys", _split_keys)
    store = Store(tmp_path_factory.mktemp("counts") / "desk.db")
    conn = store.conn
    ids: dict[int, int] = {}
    with store.transaction():
        for slot, keys in steps:
            body = ",".join(sorted(keys))
            if slot not in ids:
                ids[slot] = conn.execute(
                    "INSERT INTO articles (title, body, body_sha256, imported_at, updated_at)"
                    " VALUES ('t', ?, 'x', 'now', 'now')",
                    [body],
                ).lastrowid
            article_id = ids[slot]
            old = {r[0] for r in conn.execute(
                "SELECT key FROM article_names WHERE article_id = ?", [article_id])}  # fmt: skip
            got = singlesource.reindex_article(conn, article_id, body, lambda s: s)
            assert got == _reference_affected(conn, article_id, old, set(keys))
            _counts_match(conn)
    store.close()


def test_the_migration_counts_an_existing_desk(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    rowsum.register(conn)
    for number in sorted(MIGRATIONS):
        if number >= 14:
            break
        step = MIGRATIONS[number]
        step(conn) if callable(step) else conn.executescript(step)
        conn.execute(f"PRAGMA user_version = {number}")
    for n in range(3):
        conn.execute(
            "INSERT INTO articles (id, title, body, body_sha256, imported_at, updated_at)"
            " VALUES (?, 't', 'b', ?, 'now', 'now')",
            [n + 1, str(n)],
        )
    conn.executemany(
        "INSERT INTO article_names (article_id, key) VALUES (?, ?)",
        [(1, "a"), (2, "a"), (3, "a"), (3, "b")],
    )
    conn.commit()
    conn.close()
    store = Store(path)
    conn = store.conn
    assert dict(conn.execute("SELECT key, articles FROM name_counts")) == {"a": 3, "b": 1}
    with store.transaction():
        conn.execute("DELETE FROM articles WHERE id = 3")  # cascades to article_names
    assert dict(conn.execute("SELECT key, articles FROM name_counts")) == {"a": 2}
    store.close()
