"""What the queue has read of the desk, as stored: to tell, after another process's commit,
which articles' rows changed (``Desk.queue_rows``, ``Desk.changed_articles``).

The app polls the desk and redraws the screen on top at each commit of another connection,
and its own background re-extraction commits one article at a time for minutes after an
upgrade. The queue read every article's summary again at each such commit (the desk-wide
grouped join of claims and reviews, then every column's width over 2,001 rows): 116-137 ms
of the event loop on the 2,000-article desk, against ~10 ms for a ``j`` (speed41, queue41).
These reads are the cheap part of it (~20 ms): each article's row without its body, its
claims' counts per version (a claim added, removed, hidden or rescored moves them) and its
re-review rows; a review written or hidden is a history row (``store.history.record``, the
only writer of reviews), so the history rows since say which articles those touched.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass

_ARTICLES = (
    "SELECT id, title, outlet, author, date_text, date_iso, url, source_path, imported_at,"
    " version, place FROM articles"
)
_CLAIM_SUMS = (
    "SELECT article_id, version, hidden, COUNT(*), MAX(id), MAX(score) FROM claims"
    " GROUP BY article_id, version, hidden"
)
"""Per article, version and hidden flag (one covering index): a claim added moves the
greatest id (ids only grow), one removed the count, one hidden or shown both groups' counts,
a score the greatest score: what the queue shows and sorts by of an article's claims."""
_REREVIEW = "SELECT article_id, claim_id FROM rereview ORDER BY article_id, claim_id"
_LAST_EDIT = "SELECT COALESCE(MAX(id), 0) FROM history"
_EDITED_SINCE = (
    "SELECT DISTINCT article_id FROM claims WHERE id IN (SELECT claim_id FROM history WHERE id > ?)"
)


@dataclass(frozen=True, slots=True)
class QueueRows:
    """Every article's rows as the queue reads them, at one moment, and the last history row:
    ``articles`` by id; ``claims`` by (article, version, hidden) and ``rereview`` by
    (article,), each key's first item its article."""

    articles: dict[int, tuple[object, ...]]
    claims: dict[tuple[int, ...], tuple[object, ...]]
    rereview: dict[tuple[int, ...], tuple[object, ...]]
    last_edit: int

    def changed_since(self, before: QueueRows) -> set[int] | None:
        """The ids of the articles whose rows differ from ``before``'s (reviews aside: see
        ``changed_articles``); None when an article came or went: the queue reads it all."""
        if before.articles.keys() != self.articles.keys():
            return None
        changed = {a for a, row in self.articles.items() if before.articles[a] != row}
        for now, was in ((self.claims, before.claims), (self.rereview, before.rereview)):
            changed |= {key[0] for key in now.keys() ^ was.keys()}
            changed |= {key[0] for key, row in now.items() if was.get(key, row) != row}
        return changed & self.articles.keys()


def queue_rows(conn: sqlite3.Connection) -> QueueRows:
    """The desk's rows now (``QueueRows``)."""
    articles = {row[0]: row for row in conn.execute(_ARTICLES)}
    claims = {row[:3]: row for row in conn.execute(_CLAIM_SUMS)}
    waiting: defaultdict[int, list[int]] = defaultdict(list)
    for article, claim in conn.execute(_REREVIEW):
        waiting[article].append(claim)
    last = int(conn.execute(_LAST_EDIT).fetchone()[0])
    return QueueRows(articles, claims, {(a,): tuple(c) for a, c in waiting.items()}, last)


def changed_articles(
    conn: sqlite3.Connection, before: QueueRows
) -> tuple[QueueRows, set[int] | None]:
    """The desk's rows now, and the articles changed since ``before``: their rows, or a
    review of one of their claims written since (None: an article came or went)."""
    now = queue_rows(conn)
    if now.last_edit < before.last_edit:  # the history went back (a backup restored):
        return now, None  # the reviews it took away are in no history row since
    changed = now.changed_since(before)
    if changed is not None and now.last_edit != before.last_edit:
        edited = conn.execute(_EDITED_SINCE, (before.last_edit,))
        changed |= {row[0] for row in edited if row[0] in now.articles}
    return now, changed
