"""Which articles' queue rows another process's commit changed (``Desk.queue_mark``,
``Desk.changed_articles``), so the queue reads and draws those alone.

The app polls the desk and redraws the screen on top at each commit of another connection,
and its own background re-extraction commits one article at a time for minutes after an
upgrade. The queue read every article's summary again at each such commit: 116-137 ms of the
event loop on the 2,000-article desk against ~10 ms for a ``j`` (queue41). Then it read every
article's row and its claims' sums per version to learn which ones changed (~25 ms, most of
the ~45 a commit still cost). Now the desk keeps each article's last change mark
(``article_changes``, schema 27), which triggers on every write the queue shows move
(``store.migrations.ARTICLE_CHANGE_WRITES``: the article's row, its claims' count, version,
hidden flag and score, their reviews, its waiting re-reviews; since schema 28 every row the
review reads, ``REVIEW_CHANGE_WRITES``): the marks above the last one the queue saw name the
articles to read again, in one indexed read; the review of an article whose mark did not move
reads nothing of it.
"""

from __future__ import annotations

import sqlite3

_LAST = "SELECT COALESCE(MAX(mark), 0) FROM article_changes"
_SINCE = (
    "SELECT c.article_id, c.mark, a.id IS NULL FROM article_changes c"
    " LEFT JOIN articles a ON a.id = c.article_id WHERE c.mark > ?"
)


def queue_mark(conn: sqlite3.Connection) -> int:
    """The desk's last change mark now: taken before a read of the queue's rows,
    ``changed_articles`` says later which articles changed since."""
    return int(conn.execute(_LAST).fetchone()[0])


def changed_articles(conn: sqlite3.Connection, before: int) -> tuple[int, set[int] | None]:
    """The last mark now and the ids of the articles changed since the mark ``before``, new
    ones included; None when one of them is gone or the marks went back (a backup restored
    into the desk: the reviews it took away are in no mark since): the queue reads it all.
    The mark returned is the greatest read, so a commit landing meanwhile is named by the
    next call."""
    rows = conn.execute(_SINCE, [before]).fetchall()
    if not rows and (last := queue_mark(conn)) < before:
        return last, None
    now = max((int(row[1]) for row in rows), default=before)
    if any(row[2] for row in rows):
        return now, None
    return now, {int(row[0]) for row in rows}
