"""What the review of one article has read of the desk, as stored: to tell, after another
process's commit, whether its claims changed, and which (``Desk.article_rows``).

The app polls the desk and redraws the screen on top at each commit of another connection: the
CLI, a colleague's app, and its own background re-extraction, which commits one article at a
time for minutes after an upgrade. Reading a long article's claims again at each commit (2,307
claims: ~64 ms of the event loop at load 15, decoded and their reviews checked; the list built
again ~300 ms more) kept the keys waiting (speed41). The rows themselves, undecoded, are ~17 ms.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

_CLAIM_ROWS = (
    "SELECT c.*, v.* FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.article_id = ?"
)
"""The article's claims of every version, hidden ones too, each with its review (the id first)."""

_OTHER_ROWS = (
    "SELECT * FROM articles WHERE id = ?",
    "SELECT * FROM rereview WHERE article_id = ? ORDER BY claim_id",
    "SELECT m.* FROM merge_conflicts m JOIN claims c ON c.id = m.claim_id"
    " WHERE c.article_id = ? ORDER BY m.id",
)
"""The rest a review reads of its article: its row, its claims to re-review, their conflicts."""


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """One article's rows as stored at one moment: each claim's (by id) and the rest's hash."""

    claims: dict[int, tuple[object, ...]]
    rest: int

    def changed_since(self, before: ArticleRows | None) -> set[int] | None:
        """The ids of the claims whose rows differ from ``before``'s; None when more than
        claims' rows changed (the article, its re-review rows or conflicts, a claim added or
        removed) or nothing came before: the review reads the article again."""
        if before is None or before.rest != self.rest or before.claims.keys() != self.claims.keys():
            return None
        return {claim for claim, row in self.claims.items() if before.claims[claim] != row}


def article_rows(conn: sqlite3.Connection, article_id: int) -> ArticleRows:
    """The article's rows now (``ArticleRows``)."""
    claims = {row[0]: row for row in conn.execute(_CLAIM_ROWS, (article_id,))}
    rest = tuple(tuple(conn.execute(sql, (article_id,)).fetchall()) for sql in _OTHER_ROWS)
    return ArticleRows(claims, hash(rest))
