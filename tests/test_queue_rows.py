"""``Desk.changed_articles``: which articles another process's commit changed, so the queue
reads and draws those alone (queue41)."""

from __future__ import annotations

from collections.abc import Callable

from factdesk.desk.queue_rows import QueueRows
from factdesk.desk.service import Desk


def _sql(desk: Desk, sql: str, *args: object) -> Callable[[], None]:
    """A write no Desk method makes, as a re-extraction or a re-import makes it."""

    def write() -> None:
        with desk.store.transaction():
            desk.store.conn.execute(sql, args)

    return write


def test_the_queue_rows_say_which_articles_changed(seeded_desk: Desk) -> None:
    """A saved place changes no article; a verdict, a hidden claim, an added claim, a score
    and a header written change their article's row alone; an article gone is None."""
    here, *_, there = seeded_desk.claims()
    a, b = here.article_id, there.article_id
    assert a != b
    seen = seeded_desk.queue_rows()
    changes = [
        (lambda: seeded_desk.save_position(a, here.id), set()),
        (lambda: seeded_desk.set_verdict(there.id, "disputed"), {b}),
        (lambda: seeded_desk.hide_claim(here.id), {a}),
        (lambda: seeded_desk.add_claim(a, 0, 5), {a}),
        (_sql(seeded_desk, "UPDATE claims SET score = score + 1 WHERE id = ?", there.id), {b}),
        (_sql(seeded_desk, "UPDATE articles SET title = 'Retitled' WHERE id = ?", a), {a}),
    ]
    for change, expected in changes:
        change()
        seen, changed = seeded_desk.changed_articles(seen)
        assert changed == expected
    fewer = QueueRows({k: v for k, v in seen.articles.items() if k != a}, seen.claims,
                      seen.rereview, seen.last_edit)  # fmt: skip
    assert seen.changed_since(fewer) is None


def test_articles_again_is_what_a_whole_read_gives(seeded_desk: Desk) -> None:
    """The rows read again one by one, in every sort, are the whole read's."""
    claim = seeded_desk.claims()[-1]
    for sort in ("queue", "check-worthy", "title", "date", "imported", "matched"):
        before = seeded_desk.articles(sort)
        seeded_desk.set_verdict(claim.id, "contradicted" if sort != "title" else None)
        again = seeded_desk.articles_again(before, {claim.article_id}, sort)
        assert again == seeded_desk.articles(sort)
