"""Verdict keys pressed while another writer of this program holds the desk never freeze the
screen: each shows at once ("saving…"), waits off the event loop, and is written in the order
pressed once the desk is free; undo then sees them in that order; quitting waits for them.

review34 items 1-2 (issue 15): the app's own import holds the desk's write turn for a whole
article (5-20 s for a 300 KB one), and a verdict key waited for it on the event loop, so the
screen froze and every key behind it waited too. Here a second connection in a thread holds
the turn (as the import's does) until the test lets it go. A test that lets it go itself sets
the turn's cap to ``HELD_AT_MOST``: an app that still waits on its loop fails them once the
holder lets go on its own, and a loaded machine's slow keys never outlast the cap (flaky36).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager

import pytest
from factdesk.desk.service import Desk
from factdesk.store import db
from factdesk.store.db import Store
from factdesk.ui.app import FactDeskApp
from factdesk.ui.pending import PendingWrites
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import build_app, open_review, record_notifications, until
from test_app_import_verdicts import SIZE
from textual.app import App
from textual.pilot import Pilot

HELD_AT_MOST = 60.0
"""The holder lets go after this even if the test did not: a frozen loop ends as a failure.

Also the turn's cap (``TURN_TIMEOUT_S``) of every test: the holder's release, or the test's
``cap_passes``, never a clock, ends the wait. A 2-3 s cap (and an 8 s hold) raced the keys
pressed before the release: at load 20 they took longer, the queued writes were refused as
"desk is busy" and the history came out empty (en36, session 36). Only a broken app meets
this bound, and it fails the test when it does."""


@asynccontextmanager
async def held_review(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[tuple[Pilot, FactDeskApp, ReviewScreen, list[str]]]:
    """Where a held-desk test starts: the turn's cap (``TURN_TIMEOUT_S``) set to
    ``HELD_AT_MOST``, the app on ``desk`` run with every notice recorded, and its first
    article's review open. A test where a write must be refused says when (``cap_passes``)."""
    monkeypatch.setattr(db, "TURN_TIMEOUT_S", HELD_AT_MOST)
    app = build_app(desk)
    messages = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        yield pilot, app, await open_review(pilot), messages


def cap_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The turn's cap runs out now: the write waiting on the queue is refused at its next
    try (within a second, ``PendingWrites._try``'s wait). Why not a short cap from the
    start: a 0.5 s cap raced the keys and asserts before it (the count, the verdict shown
    "at once"), which at load 20 came after the refusal (speed39 saw it fail, session 39);
    the test, never a clock, says when the desk gave up."""
    monkeypatch.setattr(db, "TURN_TIMEOUT_S", 0.0)


@contextmanager
def held_desk(desk: Desk) -> Iterator[threading.Event]:
    """The desk's write turn held by a second connection in a thread until the Event is set
    (as the app's own import holds it while it writes an article)."""
    entered, release = threading.Event(), threading.Event()

    def hold() -> None:
        other = Store(desk.path)
        try:
            with other.transaction():
                entered.set()
                release.wait(timeout=HELD_AT_MOST)
        finally:
            other.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert entered.wait(timeout=10)
    try:
        yield release
    finally:
        release.set()
        thread.join(timeout=10)


def _verdicts(desk: Desk, claim_ids: list[int]) -> list[tuple[int, str | None]]:
    """(claim, verdict) of every history entry of these claims, in the order written."""
    changes = [c for claim_id in claim_ids for c in desk.history(claim_id)]
    return [(c.claim_id, c.after.verdict) for c in sorted(changes, key=lambda c: c.id)]


async def test_verdict_keys_while_the_desk_is_held_show_at_once_and_are_stored_in_order(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, messages):
        ids = [c.id for c in review.shown]
        assert len(ids) >= 5 and all(c.verdict is None for c in review.shown[:5])
        with held_desk(seeded_desk) as release:
            await pilot.press("1")
            # processed while the desk is held: shown at once, the cursor on, "saving…" said
            assert review.claims[0].verdict == "corroborated"
            assert review.current_id == ids[1]
            assert not release.is_set()
            await pilot.press("2", "j", "3")
            assert not release.is_set()
            shown = {c.id: c.verdict for c in review.claims}
            assert [shown[i] for i in ids[:5]] == [
                "corroborated", "disputed", None, "contradicted", None
            ]  # fmt: skip
            assert review.current_id == ids[4]
            assert any("saving…" in message for message in messages)
            # nothing written yet: the desk is held
            assert _verdicts(seeded_desk, ids[:5]) == []
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=2000)
        await pilot.pause()
        assert _verdicts(seeded_desk, ids[:5]) == [
            (ids[0], "corroborated"), (ids[1], "disputed"), (ids[3], "contradicted")
        ]  # fmt: skip
        assert [seeded_desk.claim(i).verdict for i in ids[:5]] == [
            "corroborated", "disputed", None, "contradicted", None
        ]  # fmt: skip
        # undo sees them in the order pressed: the last key first
        await pilot.press("z")
        assert seeded_desk.claim(ids[3]).verdict is None
        assert seeded_desk.claim(ids[1]).verdict == "disputed"


async def test_an_undo_pressed_while_verdicts_wait_comes_after_them(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, _):
        ids = [c.id for c in review.shown]
        with held_desk(seeded_desk) as release:
            await pilot.press("1", "4", "z")
            assert len(app.pending) == 3
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=2000)
        await pilot.pause()
        assert seeded_desk.claim(ids[0]).verdict == "corroborated"
        assert seeded_desk.claim(ids[1]).verdict is None  # the undo took the second back
        assert [c.action for c in seeded_desk.history(ids[1])] == ["edit", "undo"]
        assert {c.id: c.verdict for c in review.claims}[ids[1]] is None


async def test_a_verdict_still_held_out_after_the_cap_is_said_and_shown_as_stored(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, messages):
        first = review.shown[0].id
        with held_desk(seeded_desk):
            await pilot.press("1")
            assert review.claims[0].verdict == "corroborated"
            cap_passes(monkeypatch)
            assert await until(pilot, lambda: not app.pending, rounds=4000)
            await pilot.pause()
            # refused while still held: said for its claim, and shown as stored again
            assert {c.id: c.verdict for c in review.claims}[first] is None
            assert any(f"claim #{first}" in m and "not saved" in m for m in messages)
    assert seeded_desk.claim(first).verdict is None


async def test_quitting_waits_for_the_verdicts_waiting_for_the_desk(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, messages):
        first = review.shown[0].id
        with held_desk(seeded_desk) as release:
            await pilot.press("1", "q")
            await pilot.pause()
            assert app.is_running  # still here: the verdict waits for the desk
            assert any("quitting once 1 change" in message for message in messages)
            release.set()
            assert await until(pilot, lambda: not app.is_running, rounds=2000)
    assert seeded_desk.claim(first).verdict == "corroborated"


async def test_a_verdict_key_while_another_program_holds_the_desk_waits_off_the_loop(
    seeded_desk: Desk,
) -> None:
    """Another program's write lock (SQLite's, no turn of this process): the key is queued at
    once rather than waiting out the busy timeout on the loop, and written once it commits."""
    seeded_desk.store.conn.execute("PRAGMA busy_timeout = 1000")  # (main waited 10 s here)
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        ids = [c.id for c in review.shown]
        other = sqlite3.connect(seeded_desk.path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            await pilot.press("1", "2")
            assert len(app.pending) == 2
            assert review.current_id == ids[2]
            other.execute("COMMIT")
        finally:
            other.close()
        assert await until(pilot, lambda: not app.pending, rounds=2000)
    assert _verdicts(seeded_desk, ids[:2]) == [(ids[0], "corroborated"), (ids[1], "disputed")]


async def test_a_queued_write_that_raises_is_said_and_the_rest_are_written_before_q_quits(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """review35 item 3: a queued write raising what is not a ``DeskError`` (SQLite's own
    error, passed through by the store) ended the queue's worker: the writes behind it were
    never written, a waiting ``q`` quit without them, and nobody was told. Now that write is
    dropped and said for its claim, and the queue goes on to the next; the waiting ``q`` then
    does not quit past the refused write (loop36): the app stays with its notice, and ``q``
    again quits."""
    monkeypatch.setattr(db, "TURN_TIMEOUT_S", HELD_AT_MOST)
    app = build_app(seeded_desk)
    messages = record_notifications(app)
    set_verdict = seeded_desk.set_verdict
    broken: set[int] = set()

    def breaking(claim_id: int, verdict: str | None) -> object:
        if claim_id in broken:  # busy while held (queued), then refused as a constraint would
            with seeded_desk.store.transaction():
                raise sqlite3.IntegrityError("CHECK constraint failed: invented")
        return set_verdict(claim_id, verdict)

    monkeypatch.setattr(seeded_desk, "set_verdict", breaking)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        ids = [c.id for c in review.shown]
        broken.add(ids[0])
        with held_desk(seeded_desk) as release:
            await pilot.press("1", "2", "q")
            await pilot.pause()
            assert app.is_running and len(app.pending) == 2
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=2000)
        await pilot.pause()
        assert app.is_running and any(m.startswith("not quitting: 1 change") for m in messages)
        await pilot.press("q")
        assert await until(pilot, lambda: not app.is_running, rounds=2000)
    assert seeded_desk.claim(ids[0]).verdict is None
    assert seeded_desk.claim(ids[1]).verdict == "disputed"
    assert any(f"claim #{ids[0]}" in m and "not saved" in m for m in messages)


async def test_a_callback_that_raises_is_said_and_the_queue_goes_on(seeded_desk: Desk) -> None:
    """review35 item 3: a queued write's ``done`` or ``failed`` that raises (a dialog it
    opens, the claim gone meanwhile) ended the queue's worker and ran what waited for the
    queue to empty with writes still in it. Now it is said for its claim and the rest are
    written; what waits for the queue runs once it is empty."""
    app = App()
    messages = record_notifications(app)
    ids = [c.id for c in seeded_desk.claims(seeded_desk.articles()[0].id)][:3]
    drained: list[int] = []

    def broken(_: object) -> None:
        raise LookupError("invented: the claim left the screen")

    def never(error: object) -> None:
        raise AssertionError(f"refused: {error}")

    async with app.run_test() as pilot:
        pending = PendingWrites(app, seeded_desk)
        with held_desk(seeded_desk) as release:
            for claim_id, verdict, later in (
                (ids[0], "corroborated", broken),
                (ids[1], "disputed", lambda _: None),
            ):
                written, _ = pending.write(
                    lambda c=claim_id, v=verdict: seeded_desk.set_verdict(c, v),
                    later=later, failed=never, claim_id=claim_id,
                )  # fmt: skip
                assert not written
            pending.when_drained(lambda: drained.append(len(pending)))
            release.set()
            assert await until(pilot, lambda: bool(drained), rounds=2000)
    assert drained == [0]
    assert [seeded_desk.claim(i).verdict for i in ids[:2]] == ["corroborated", "disputed"]
    assert any(f"claim #{ids[0]}" in m and "saved, but" in m for m in messages)
