"""The desk-wide vote on a name group's type reads counts kept by triggers (migration 19).

``NameBook.settle_kinds`` votes each group's type over every mention the desk holds; it
counted them all first in every process that indexed an article (issue 15: 283 ms CPU at
10,000 articles). ``name_kind_counts`` is kept by triggers on ``name_mentions``; the
reference here is the count it replaced, a GROUP BY over the mentions, after inserts,
deletes, updates and an article's deletion cascading to its mentions.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from pathlib import Path

from factdesk.names.groups import NameBook
from factdesk.store import rowsum
from factdesk.store.db import Store
from factdesk.store.migrations import MIGRATIONS
from memory_schema import migrated_memory

SPELLINGS = ["Borvask", "Lintsa", "Olmar Petch", "the Velmo Institute"]
KINDS = ["place", "person", "organisation"]


def _recount(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    rows = conn.execute("SELECT spelling, kind, COUNT(*) FROM name_mentions GROUP BY 1, 2")
    return {(spelling, kind): count for spelling, kind, count in rows}


def _kept(conn: sqlite3.Connection) -> dict[tuple[str, str], int]:
    rows = conn.execute("SELECT spelling, kind, mentions FROM name_kind_counts")
    return {(spelling, kind): count for spelling, kind, count in rows}


def _article(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute(
        "INSERT INTO articles (id, title, body, body_sha256, imported_at, updated_at)"
        " VALUES (?, 't', 'b', ?, 'now', 'now')",
        [article_id, str(article_id)],
    )


def _mention(conn: sqlite3.Connection, article_id: int, rng: random.Random) -> None:
    start = rng.randrange(1000)
    conn.execute(
        'INSERT INTO name_mentions (article_id, version, start, "end", spelling, kind)'
        " VALUES (?, 1, ?, ?, ?, ?)",
        [article_id, start, start + 4, rng.choice(SPELLINGS), rng.choice(KINDS)],
    )


def test_the_counts_follow_every_change_to_the_mentions() -> None:
    conn = migrated_memory()
    conn.execute("PRAGMA foreign_keys = ON")
    rng = random.Random(7)
    alive = [1, 2, 3, 4, 5]
    for article_id in alive:
        _article(conn, article_id)
    for step in range(300):
        action = rng.random()
        if action < 0.6:
            _mention(conn, rng.choice(alive), rng)
        elif action < 0.8:
            conn.execute(
                "DELETE FROM name_mentions WHERE id IN"
                " (SELECT id FROM name_mentions ORDER BY random() LIMIT 2)"
            )
        else:
            conn.execute(
                "UPDATE name_mentions SET kind = ?, spelling = ? WHERE id IN"
                " (SELECT id FROM name_mentions ORDER BY random() LIMIT 1)",
                [rng.choice(KINDS), rng.choice(SPELLINGS)],
            )
        if step == 200:
            conn.execute("DELETE FROM articles WHERE id = 3")  # cascades to its mentions
            alive.remove(3)
        assert _kept(conn) == _recount(conn), step
    assert all(count > 0 for count in _kept(conn).values()), "no row left at zero"


def test_the_vote_is_the_count_over_every_mention_of_the_group() -> None:
    conn = migrated_memory()
    rng = random.Random(3)
    _article(conn, 1)
    book = NameBook(conn)
    groups = {spelling: book.group(spelling) for spelling in SPELLINGS}
    for _ in range(60):
        _mention(conn, 1, rng)
    expected: dict[str, Counter[str]] = {}
    for (spelling, kind), count in _recount(conn).items():
        expected.setdefault(groups[spelling], Counter())[kind] += count
    assert dict(NameBook(conn)._votes()) == expected


def test_the_migration_counts_an_existing_desk(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    rowsum.register(conn)
    for number in sorted(MIGRATIONS):
        if number >= 19:
            break
        step = MIGRATIONS[number]
        step(conn) if callable(step) else conn.executescript(step)
        conn.execute(f"PRAGMA user_version = {number}")
    _article(conn, 1)
    rng = random.Random(1)
    for _ in range(40):
        _mention(conn, 1, rng)
    before = _recount(conn)
    conn.commit()
    conn.close()
    store = Store(path)
    assert store.schema_version >= 19
    assert _kept(store.conn) == before
    with store.transaction():
        store.conn.execute("DELETE FROM articles WHERE id = 1")
    assert _kept(store.conn) == {}
    store.close()
