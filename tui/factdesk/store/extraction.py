"""Which articles an older extractor wrote: the claims carry the version that wrote them.

Plain SQL and the version constant (``domain.extractor``), so the app can ask without
loading the extractor; ``ingest.reextract`` brings such articles up to date.
"""

from __future__ import annotations

import sqlite3

from factdesk.domain.extractor import VERSION


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
