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
from factdesk.domain.names import VERSION as NAMES_VERSION
from factdesk.domain.origins import VERSION as ORIGINS_VERSION
from factdesk.store.db import read_state, write_state
from factdesk.store.migrations import (
    MATCHER_KEY,
    NAMES_KEY,
    ORIGINS_KEY,
    REFILE_KEY,
    REJUDGE_KEY,
    REKEY_KEY,
)


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
    if conn.execute("SELECT 1 FROM claim_index LIMIT 1").fetchone() is not None:
        return True
    return bool(rejudge_left(conn))


_CURRENT_INDEX = """SELECT i.claim_id, i.article_id, i.norm, i.anchors, i.facts, i.vector, i.day,
       c.start
FROM claim_index i
JOIN claims c ON c.id = i.claim_id
JOIN articles a ON a.id = c.article_id AND a.version = c.version"""
"""The current claims' index rows and where each claim starts: an older version's claims stay
out of the index (``corroborate.stored.StoredIndex.retire``), as at import."""


def rejudge_left(conn: sqlite3.Connection) -> int:
    """How many articles a judging again of the pairs has still to judge (``claim_rejudge``,
    migration 26); 0 on a desk of an older schema (read-only, not migrated)."""
    try:
        row = conn.execute("SELECT COUNT(DISTINCT article_id) FROM claim_rejudge").fetchone()
    except sqlite3.OperationalError:
        return 0
    return int(row[0])


def set_aside_index(conn: sqlite3.Connection) -> int:
    """The start of a judging again: the current claims' index rows moved to ``claim_rejudge``
    and their rows, anchors and pairs cleared. The caller holds the transaction. Returns the
    number of articles set aside."""
    conn.execute(
        "INSERT OR REPLACE INTO claim_rejudge "
        "(claim_id, article_id, norm, anchors, facts, vector, day, start) " + _CURRENT_INDEX
    )
    taken = "SELECT claim_id FROM claim_rejudge"
    conn.execute(
        f"DELETE FROM claim_matches WHERE claim_id IN ({taken}) OR other_claim_id IN ({taken})"
    )
    conn.execute(f"DELETE FROM claim_anchors WHERE claim_id IN ({taken})")
    conn.execute(f"DELETE FROM claim_index WHERE claim_id IN ({taken})")
    write_state(conn, REJUDGE_KEY, str(MATCHER_VERSION))
    return rejudge_left(conn)


def rejudge_resumed(conn: sqlite3.Connection) -> int:
    """The articles a stopped judging again for this matcher left (``rejudge_left``); 0 when
    none, or when they were set aside for another matcher: a stop, then a release with another
    matcher, left the articles judged before the stop judged by a matcher no longer current,
    so everything is set aside again (review39)."""
    if read_state(conn, REJUDGE_KEY) != str(MATCHER_VERSION):
        return 0
    return rejudge_left(conn)


def rejudge_batch(conn: sqlite3.Connection, articles: int) -> list[tuple[int, list[tuple]]]:
    """The next ``articles`` articles left to judge again, in the order they came in (id),
    each with its claims' set-aside index rows (``corroborate.index._index_rows``' columns) in
    the claims' order. Only current claims: one re-extracted meanwhile is not judged (its
    article's new claims are indexed by the re-extraction)."""
    ids = [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT article_id FROM claim_rejudge ORDER BY article_id LIMIT ?", [articles]
        )
    ]
    batch = []
    for article_id in ids:
        rows = conn.execute(
            "SELECT r.claim_id, r.article_id, r.norm, r.anchors, r.facts, r.vector, r.day"
            " FROM claim_rejudge r JOIN claims c ON c.id = r.claim_id"
            " JOIN articles a ON a.id = c.article_id AND a.version = c.version"
            " WHERE r.article_id = ? ORDER BY r.start, r.claim_id",
            [article_id],
        ).fetchall()
        batch.append((article_id, [tuple(row) for row in rows]))
    return batch


def rejudged(conn: sqlite3.Connection, article_ids: list[int]) -> None:
    """These articles were judged again: their set-aside rows go (the caller's transaction)."""
    conn.executemany("DELETE FROM claim_rejudge WHERE article_id = ?", [(a,) for a in article_ids])


def record_matcher(conn: sqlite3.Connection) -> None:
    """Record this matcher as the judge of the desk's pairs; the caller holds the transaction."""
    write_state(conn, MATCHER_KEY, str(MATCHER_VERSION))


def names_current(conn: sqlite3.Connection) -> bool:
    """True when the desk records this factdesk's name filing rules (``NAMES_KEY``)."""
    return read_state(conn, NAMES_KEY) == str(NAMES_VERSION)


def names_stale(conn: sqlite3.Connection) -> bool:
    """True when the desk holds spellings that other rules filed (another version recorded,
    or none): ``Desk.open`` files them again (``corroborate.index.refile``). A desk with no
    spelling has nothing to file again (only the version to record)."""
    if names_current(conn):
        return False
    return conn.execute("SELECT 1 FROM name_spellings LIMIT 1").fetchone() is not None


def refile_when_stale(conn: sqlite3.Connection) -> bool:
    """On opening a desk for writing: when other rules filed its spellings (``names_stale``),
    mark its names for filing again (``REFILE_KEY``, which ``corroborate.index.refile`` reads
    and clears, recording this version); with no spelling, only record this version. Returns
    whether a filing again is pending. The caller holds the transaction."""
    if names_current(conn):
        return read_state(conn, REFILE_KEY) is not None
    if names_stale(conn):
        write_state(conn, REFILE_KEY, "pending")
        return True
    record_names(conn)
    return read_state(conn, REFILE_KEY) is not None


def record_names(conn: sqlite3.Connection) -> None:
    """Record this factdesk's name filing rules as the desk's; the caller holds the
    transaction."""
    write_state(conn, NAMES_KEY, str(NAMES_VERSION))


def origins_current(conn: sqlite3.Connection) -> bool:
    """True when the desk records this factdesk's origin keys (``ORIGINS_KEY``)."""
    return read_state(conn, ORIGINS_KEY) == str(ORIGINS_VERSION)


def origins_stale(conn: sqlite3.Connection) -> bool:
    """True when the desk holds origin keys that other rules derived (another version
    recorded, or none): what ``Desk.open`` tells the reviewer it is mending. A desk with no
    origin row has nothing to derive again (only the version to record)."""
    if origins_current(conn):
        return False
    return conn.execute("SELECT 1 FROM claim_origins LIMIT 1").fetchone() is not None


def rekey_after(conn: sqlite3.Connection) -> int:
    """The last article a stopped deriving again of the origin keys for this version finished
    (``REKEY_KEY``), 0 when none, or when it was for another version (it starts over)."""
    version, _, article = (read_state(conn, REKEY_KEY) or "").partition(":")
    return int(article) if version == str(ORIGINS_VERSION) and article.isdigit() else 0


def rekey_batch(conn: sqlite3.Connection, after: int, articles: int) -> list[int]:
    """The next ``articles`` articles after ``after`` with claims, in id order."""
    rows = conn.execute(
        "SELECT DISTINCT article_id FROM claims WHERE article_id > ? ORDER BY article_id LIMIT ?",
        [after, articles],
    )
    return [row[0] for row in rows]


def rekey_left(conn: sqlite3.Connection, after: int) -> int:
    """How many articles with claims come after ``after``."""
    row = conn.execute(
        "SELECT COUNT(DISTINCT article_id) FROM claims WHERE article_id > ?", [after]
    ).fetchone()
    return int(row[0])


def rekeyed(conn: sqlite3.Connection, article_id: int) -> None:
    """The origin keys are derived again up to this article (the caller's transaction)."""
    write_state(conn, REKEY_KEY, f"{ORIGINS_VERSION}:{article_id}")


def record_origins(conn: sqlite3.Connection) -> None:
    """Record this factdesk's rules as those of the desk's origin keys, the deriving again
    done; the caller holds the transaction."""
    write_state(conn, ORIGINS_KEY, str(ORIGINS_VERSION))
    conn.execute("DELETE FROM state WHERE key = ?", [REKEY_KEY])
