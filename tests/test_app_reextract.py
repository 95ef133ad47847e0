"""Re-extraction in the app (issue 12, item 7): older claims are brought up to the current
extractor in a worker thread, or per article as it is opened; ids and verdicts stay with their
claims, and what cannot be placed is listed. Assertions are on the store."""

from __future__ import annotations

import threading

from factdesk.desk.reextraction import ReextractRun
from factdesk.desk.service import Desk
from factdesk.extract.attribution import VERSION
from factdesk.ui.screens.queue import QueueScreen
from snapshot_app import build_app, hand_made_desk, open_review, record_notifications
from snapshot_app import seeded_desk as new_seeded_desk
from textual.widgets import Static


def _age(desk: Desk, article_id: int | None = None) -> tuple[int, int, int]:
    """Make claims look written by extractor 1, with one reviewed claim cut short by a
    character (the old extractor's boundary); returns (that claim, its true end, a claim with
    a verdict that no new claim can match)."""
    claims = [c for c in desk.claims(article_id) if c.provenance == "auto"]
    target = next(c for c in claims if len(c.text) > 40)
    desk.set_verdict(target.id, "disputed")
    article = desk.article(target.article_id)
    with desk.store.transaction() as conn:
        where = "" if article_id is None else f" WHERE article_id = {int(article_id)}"
        conn.execute("UPDATE claims SET extractor = 1" + where)
        conn.execute(
            'UPDATE claims SET "end" = ?, text = ? WHERE id = ?',
            [target.end - 1, article.body[target.start : target.end - 1], target.id],
        )
        ghost = conn.execute(
            'INSERT INTO claims (article_id, version, start, "end", text, kind, sourcing, '
            "created_at, extractor) VALUES (?, ?, 0, 9, 'Not there', 'statement', 'none', "
            "'x', 1)",
            [article.id, article.version],
        ).lastrowid
    assert ghost is not None
    desk.set_verdict(ghost, "unverifiable")
    return target.id, target.end, ghost


def test_the_desk_reextracts_in_a_thread_of_its_own() -> None:
    """The run uses its own connection: an SQLite connection used from another thread raises,
    so running it in a thread proves it never touches the caller's."""
    desk = new_seeded_desk()
    try:
        target, end, ghost = _age(desk)
        seen: list[ReextractRun] = []
        result: list[ReextractRun] = []
        thread = threading.Thread(
            target=lambda: result.append(desk.reextract_stale(progress=seen.append))
        )
        thread.start()
        thread.join()
        run = result[0]
        assert run.finished and run.done == run.total == len(desk.articles())
        assert [s.done for s in seen] == list(range(1, run.total + 1))
        assert desk.claim(target).end == end
        assert desk.claim(target).verdict == "disputed"
        assert [claim for _, claim in run.unplaced] == [ghost]
        assert desk.stale_articles() == []
    finally:
        desk.close()


async def test_app_reextracts_older_claims_in_the_background() -> None:
    desk = new_seeded_desk()
    target, end, ghost = _age(desk)
    before = {c.id for c in desk.claims()}
    app = build_app(desk)
    said = record_notifications(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        claim = desk.claim(target)  # the same id, moved to the new boundary
        assert (claim.end, claim.verdict, claim.extractor) == (end, "disputed", VERSION)
        assert claim.text == desk.article(claim.article_id).body[claim.start : claim.end]
        assert desk.claim(ghost).verdict == "unverifiable"  # not placed: left, and listed
        assert desk.stale_articles() == []
        assert target in before and ghost in before
        assert any(f"#{ghost}" in message for message in said)
        queue = app.screen
        assert isinstance(queue, QueueScreen)
        status = queue.query_one("#reextract-status", Static)
        assert status.display and f"#{ghost}" in str(status.render())
        await pilot.press("j", "k")  # the keys still work after the run
    desk.close()


async def test_an_article_opened_before_the_run_reaches_it_is_reextracted_then() -> None:
    desk = new_seeded_desk()
    app = build_app(desk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()  # the desk is current: nothing to do
        first = app.screen.rows[0].id if isinstance(app.screen, QueueScreen) else None
        assert first is not None
        target, end, _ = _age(desk, first)
        screen = await open_review(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        claim = desk.claim(target)
        assert (claim.end, claim.verdict, claim.extractor) == (end, "disputed", VERSION)
        assert not desk.is_stale(first)
        assert {c.extractor for c in screen.claims} == {VERSION}  # the screen redrew
    desk.close()


def test_snapshot_of_the_queue_while_older_claims_are_reextracted(snap_compare) -> None:
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        pilot.app.show_reextraction(ReextractRun(total=40, done=12, kept=130, added=4))
        await pilot.pause()

    assert snap_compare(build_app(hand_made_desk()), terminal_size=(100, 30), run_before=run_before)
