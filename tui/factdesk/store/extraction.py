"""Which articles an older extractor wrote: the claims carry the version that wrote them;
and whether an older matcher judged the desk's pairs (``pairs_stale``).

Plain SQL and the version constants (``domain.extractor``, ``domain.matcher``), so the app can
ask without loading the extractor or the matcher; ``ingest.reextract`` brings such articles
up to date, ``corroborate.index.rejudge`` such pairs.
"""

from __future__ import annotations

import sqlite3

from factdesk.domain.extractor import VERSION
from factdesk.domain.matcher import VERSION as MATCHER_VERSION
from factdesk.store.db import read_state, write_state
from factdesk.store.migrations import MATCHER_KEY


def stale_articles(conn: sqlite3.Connection) -> list[int]:
    """Articles whose current claims an older extractor wrote, in id order."""
    rows = conn.execute(
        "SELECT DISTINCT a.id FROM articles a JOIN claims c ON c.article_id = a.id "
        "AND c.version = a.version WHERE c.extractor < ? ORDER BY a.id",
        [VERSION],
    )
    return [row[0] for row in rows]


def is_stale(conn: sqlite3.Connection, article_id: int) -> bool:
    """True when an older extractor wrote some of the article's current claims."""
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id "
        "AND a.version = c.version WHERE c.article_id = ? AND c.extractor < ?)",
        [article_id, VERSION],
    ).fetchone()
    return bool(row[0])


def matcher_current(conn: sqlite3.Connection) -> bool:
    """True when the desk records this matcher (``MATCHER_KEY``) as the judge of its pairs."""
    return read_state(conn, MATCHER_KEY) == str(MATCHER_VERSION)


def matcher_stamp(conn: sqlite3.Connection) -> tuple[int, int]:
    """What a "this matcher judged the desk" answer holds for on this connection: this
    matcher's version and the rows this connection has changed so far (``total_changes``:
    no statement run). ``corroborate.index`` keeps the answer until either moves."""
    return MATCHER_VERSION, conn.total_changes


def pairs_stale(conn: sqlite3.Connection) -> bool:
    """True when the desk holds an index that another matcher judged: its recorded version is
    another, or none (a desk indexed before the matcher had a version). A desk with no index
    row has no pair to judge again."""
    if matcher_current(conn):
        return False
    return conn.execute("SELECT 1 FROM claim_index LIMIT 1").fetchone() is not None


def record_matcher(conn: sqlite3.Connection) -> None:
    """Record this matcher as the judge of the desk's pairs; the caller holds the transaction."""
    write_state(conn, MATCHER_KEY, str(MATCHER_VERSION))
