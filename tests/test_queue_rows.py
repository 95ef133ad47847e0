"""``Desk.changed_articles``: which articles another process's commit changed, so the queue
reads and draws those alone (queue41), named by the desk's change marks (schema 27, speed42)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import load_config
from factdesk.store.migrations import ARTICLE_CHANGE_WRITES, CHANGE_TICK, REVIEW_CHANGE_WRITES


def _sql(desk: Desk, sql: str, *args: object) -> Callable[[], None]:
    """A write no Desk method makes, as a re-extraction, a re-import or a merge makes it."""

    def write() -> None:
        with desk.store.transaction():
            desk.store.conn.execute(sql, args)

    return write


_NEW_ARTICLE = (
    "INSERT INTO articles (id, title, body, body_sha256, imported_at, updated_at)"
    " VALUES (?, 'Imported elsewhere', 'Text.', '', '2026-12-07', '2026-12-07')"
)
_WAITING = (
    "INSERT INTO rereview (claim_id, article_id, version, created_at)"
    " VALUES (?, ?, 1, '2026-12-07')"
)


def test_the_marks_name_the_articles_each_write_path_changed(seeded_desk: Desk) -> None:
    """A saved place changes no article's row; a speaker (a row the review reads, schema 28),
    a verdict, a note, a hidden and a shown claim, an added and a deleted claim, a score, a
    header, a waiting re-review and an imported article change theirs alone, and the rows
    read again are the whole read's; an article gone, or marks gone back, is None."""
    here, *_, there = seeded_desk.claims()
    a, b = here.article_id, there.article_id
    gone = next(c.id for c in seeded_desk.claims(b) if c.id != there.id)  # never reviewed
    new = max(s.id for s in seeded_desk.articles()) + 1
    rows, seen = seeded_desk.articles(), seeded_desk.queue_mark()
    changes = [
        (lambda: seeded_desk.save_position(a, here.id), set()),
        (_sql(seeded_desk, "UPDATE claims SET speaker = 'X' WHERE id = ?", here.id), {a}),
        (lambda: seeded_desk.set_verdict(there.id, "disputed"), {b}),
        (lambda: seeded_desk.set_note(there.id, "rang the council"), {b}),
        (lambda: seeded_desk.hide_claim(here.id), {a}),
        (lambda: seeded_desk.restore_claim(here.id), {a}),
        (lambda: seeded_desk.add_claim(a, 0, 5), {a}),
        (_sql(seeded_desk, "DELETE FROM claims WHERE id = ?", gone), {b}),
        (_sql(seeded_desk, "UPDATE claims SET score = score + 1 WHERE id = ?", here.id), {a}),
        (_sql(seeded_desk, "UPDATE articles SET title = 'Retitled' WHERE id = ?", a), {a}),
        (_sql(seeded_desk, _WAITING, here.id, a), {a}),
        (_sql(seeded_desk, _NEW_ARTICLE, new), {new}),
    ]
    for change, expected in changes:
        change()
        seen, changed = seeded_desk.changed_articles(seen)
        assert changed == expected
        rows = seeded_desk.articles_again(rows, changed)
        assert rows == seeded_desk.articles()
    assert seeded_desk.changed_articles(seen) == (seen, set())
    _sql(seeded_desk, "DELETE FROM articles WHERE id = ?", new)()
    assert seeded_desk.changed_articles(seen)[1] is None
    _sql(seeded_desk, "UPDATE article_changes SET mark = 1")()  # marks gone back: a restore
    assert seeded_desk.changed_articles(seen) == (1, None)


def test_a_bulk_write_names_each_article_it_changed_with_one_mark(
    seeded_desk: Desk, tmp_path: Path
) -> None:
    """An article extracted again and one imported (bulk writes, schema 29: every claim of it
    updated or inserted, flagged, scored) are named like any write, each by one mark however
    many rows it wrote; a bulk write joined inside another marks its own articles once and
    the rest after it as before; one that fails leaves nothing; none leaves its tick."""
    store, first = seeded_desk.store, seeded_desk.articles()[0].id
    seen = seeded_desk.queue_mark()
    seeded_desk.reextract(first)
    after, changed = seeded_desk.changed_articles(seen)
    assert changed is not None and first in changed and after == seen + 1
    (tmp_path / "new.txt").write_text("Bridge\n\nThe mayor said the bridge cost 5 million euros.\n")
    new = seeded_desk.import_paths([tmp_path / "new.txt"]).outcomes[0].article_id
    seen, (after, changed) = after, seeded_desk.changed_articles(after)
    assert changed is not None and new in changed and after == seen + 1
    other = next(c.article_id for c in seeded_desk.claims() if c.article_id not in (first, new))
    with pytest.raises(RuntimeError), store.transaction(bulk=True) as conn:
        conn.execute("UPDATE claims SET score = score + 1 WHERE article_id = ?", [first])
        raise RuntimeError
    assert seeded_desk.changed_articles(after) == (after, set())
    bump = "UPDATE claims SET score = score + 1 WHERE article_id = ?"
    with store.transaction() as conn:
        with store.transaction(bulk=True):
            conn.execute(bump, [first])
        conn.execute(bump, [other])
    marks = dict(store.conn.execute("SELECT article_id, mark FROM article_changes"))
    assert marks[first] == after + 1 and marks[other] > marks[first]
    assert seeded_desk.changed_articles(after)[1] == {first, other}
    assert store.conn.execute(f"SELECT COUNT(*) FROM {CHANGE_TICK}").fetchone() == (0,)


def test_articles_again_is_what_a_whole_read_gives(seeded_desk: Desk) -> None:
    """The rows read again one by one, in every sort, are the whole read's."""
    claim = seeded_desk.claims()[-1]
    for sort in ("queue", "check-worthy", "title", "date", "imported", "matched"):
        before = seeded_desk.articles(sort)
        seeded_desk.set_verdict(claim.id, "contradicted" if sort != "title" else None)
        again = seeded_desk.articles_again(before, {claim.article_id}, sort)
        assert again == seeded_desk.articles(sort)


def test_migrations_27_and_28_mark_the_changes_of_an_older_desk(seeded_desk: Desk) -> None:
    """A desk of schema 26 opened by this version gets the marks and their triggers."""
    with seeded_desk.store.transaction() as conn:
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'article_changes_%'"
        ).fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("DROP TABLE article_changes")
        conn.execute("PRAGMA user_version = 26")
    claim = seeded_desk.claims()[0]
    path = seeded_desk.path
    seeded_desk.close()
    reopened = Desk.open(path, config=load_config())
    try:
        triggers = {row[0] for row in reopened.store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
            " AND name LIKE 'article_changes_%'")}  # fmt: skip
        writes = [*ARTICLE_CHANGE_WRITES.items(), *REVIEW_CHANGE_WRITES.items()]
        assert len(triggers) == len({(t, e.split()[0]) for t, (es, _) in writes for e in es})
        assert any("AFTER UPDATE ON claims" in sql for sql in triggers)  # every column
        assert reopened.queue_mark() == 0
        reopened.set_verdict(claim.id, "corroborated")
        assert reopened.changed_articles(0)[1] == {claim.article_id}
    finally:
        reopened.close()
