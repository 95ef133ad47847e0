"""An article indexed again replaces its mentions in the desk's type votes; it does not count
them beside its new ones (mend35a's note, issue 15).

``index_article`` typed an article's names by the desk's votes plus the article's own; on an
article indexed before (a re-import's new version, a speaker edit, a merge of its names), the
votes already held its stored mentions, so they voted twice, and a book that kept its votes
added them again: every later article was typed by votes the desk does not hold. After any
number of re-indexings the votes a book keeps must be a fresh read's, and the index rows the
ones a single index wrote. The articles are invented.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from factdesk.corroborate import index
from factdesk.desk.service import Desk
from factdesk.names.groups import NameBook

ARTICLES = (
    "Ferry timetable cut on the Skellan route\n\n"
    "By R. Dunmore, Harlow Bay Gazette, 3 March 2025\n\n"
    "Tavish Orrel, the director of Skellan Ferries, said on Monday that the winter timetable "
    "would lose two sailings a day from April. Orrel said the company had lost 300,000 pounds "
    "on the route last year. Councillors in Kilbrae said the cut would leave the island without "
    "an evening boat, and Kilbrae's harbour master said Orrel had not consulted them.\n",
    "Island council asks for ferry subsidy\n\n"
    "By R. Dunmore, Harlow Bay Gazette, 10 March 2025\n\n"
    "Kilbrae council said on Tuesday it would ask the Harlow Bay authority for 150,000 pounds "
    "to keep the evening sailing. Skellan Ferries said it had not been asked. Tavish Orrel said "
    "the route would stay open in summer, and Brenna Kilbrae, a councillor, said Orrel had "
    "promised her a meeting.\n",
)


def _votes(book: NameBook) -> dict[str, Counter[str]]:
    """The book's votes, groups and types with no vote left out."""
    return {group: +counts for group, counts in book._votes().items() if +counts}


def _index_rows(desk: Desk) -> list[tuple]:
    return desk.store.conn.execute(
        "SELECT claim_id, norm, anchors, facts FROM claim_index ORDER BY claim_id"
    ).fetchall()


def test_indexing_an_article_again_replaces_its_mentions_in_the_votes(
    desk: Desk, tmp_path: Path
) -> None:
    paths = []
    for number, text in enumerate(ARTICLES):
        paths.append(tmp_path / f"{number}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    report = desk.import_paths(paths)
    assert not report.failed, report.summary()
    conn = desk.store.conn
    once, rows = _votes(NameBook(conn)), _index_rows(desk)
    assert sum(sum(c.values()) for c in once.values()) >= 8  # the names were stored and voted
    kept = index.state(desk.store).book
    assert _votes(kept) == once
    ids = [row[0] for row in conn.execute("SELECT id FROM articles ORDER BY id")]
    for _ in range(2):
        for article_id in ids:  # every article indexed again, twice, by the book that kept
            index.index_article(desk.store, article_id)
        claim = conn.execute("SELECT MIN(id) FROM claims").fetchone()[0]
        index.index_article(desk.store, ids[0], only_claim=claim)  # a speaker edit's re-index
    assert index.state(desk.store).book is kept
    assert _votes(kept) == once == _votes(NameBook(conn))
    assert _index_rows(desk) == rows


def test_a_moved_spelling_takes_its_votes_to_its_new_group(desk: Desk, tmp_path: Path) -> None:
    (tmp_path / "0.txt").write_text(ARTICLES[0], encoding="utf-8")
    desk.import_paths([tmp_path / "0.txt"])
    kept = index.state(desk.store).book
    kept._votes()  # read and kept before the split
    desk.split_name("Skellan Ferries")
    assert index.state(desk.store).book is kept
    assert _votes(kept) == _votes(NameBook(desk.store.conn))
