"""The desk-wide vote on a name group's type counts each stored mention once, the first article
indexed after the name book is loaded included (mend35a, issue 15).

``index_article`` stored an article's mentions and then settled their types; a book that had
not read the desk's votes yet read them then, this article's mentions among them, and added
the article's own on top: the first article after each load of the book (every app import
loads a fresh one, a CLI import one per run) voted twice with its own mentions, and the book
kept them twice for every later article it typed. The votes a book keeps after indexing must
be the desk's votes as a fresh read gives them. The article is invented.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from factdesk.corroborate import index
from factdesk.desk.service import Desk
from factdesk.domain.models import Mention
from factdesk.names.groups import KIND_ORDER, NameBook

ARTICLE = (
    "Ferry timetable cut on the Skellan route\n\n"
    "By R. Dunmore, Harlow Bay Gazette, 3 March 2025\n\n"
    "Tavish Orrel, the director of Skellan Ferries, said on Monday that the winter timetable "
    "would lose two sailings a day from April. Orrel said the company had lost 300,000 pounds "
    "on the route last year. Councillors in Kilbrae said the cut would leave the island without "
    "an evening boat, and Kilbrae's harbour master said Orrel had not consulted them. Skellan "
    "Ferries said it would review the timetable in October.\n"
)


def _probes(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(spelling, type, how many mentions of it) to probe each group's vote with: enough of
    one type to tip a vote that counts a stored mention once rather than twice."""
    groups = conn.execute("SELECT spelling, group_key FROM name_spellings").fetchall()
    total = dict(
        conn.execute(
            "SELECT s.group_key, SUM(c.mentions) FROM name_kind_counts c "
            "JOIN name_spellings s ON s.spelling = c.spelling GROUP BY 1"
        ).fetchall()
    )
    return [
        (spelling, kind, n)
        for spelling, group in groups
        for kind in KIND_ORDER[:-1]
        for n in range(1, 2 * int(total.get(group, 0)) + 2)
    ]


def test_the_first_article_after_the_book_is_loaded_votes_once(desk: Desk, tmp_path: Path) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = desk.import_paths([path])
    assert not report.failed, report.summary()
    conn = desk.store.conn
    stored = conn.execute("SELECT COUNT(*) FROM name_mentions").fetchone()[0]
    assert stored >= 4  # the article's names were stored and voted
    kept = index.state(desk.store).book  # the book that indexed the article, votes kept
    fresh = NameBook(conn)  # reads the desk's votes on first use
    differ = []
    for spelling, kind, n in _probes(conn):
        probe = [Mention(0, len(spelling), spelling, kind)] * n
        group = [fresh.peek(spelling)] * n
        if kept.settle_kinds(probe, group, record=False) != fresh.settle_kinds(
            probe, group, record=False
        ):
            differ.append((spelling, kind, n))
    assert differ == []
