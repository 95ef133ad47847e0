"""``factdesk restore`` while the app has the desk open (review41 item 24).

The restore copies a backup into the desk file (or renames a file into place when the desk
is damaged); the app saw neither: its queue kept the reviews the restore took away (their
history rows are gone, so no outside-change path found them), its review kept claims read
before, and its next verdict went into a desk it had not read. Now a poll or a write that
finds the desk restored opens it again, shows the queue as restored with a warning, and
the key pressed is written into the restored desk (never lost, never in the old file).
"""

from __future__ import annotations

import pytest
from factdesk.desk.reextraction import ReextractRun
from factdesk.desk.service import Desk
from factdesk.store.backup import backup_now, restore
from factdesk.store.db import Store, write_state
from factdesk.store.extraction import NAMES_KEY, names_current
from factdesk.ui.app import FactDeskApp
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import build_app, record_notifications


async def test_a_restore_under_the_app_is_noticed_and_the_next_verdict_kept(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FactDeskApp, "OUTSIDE_POLL_SECONDS", 3600.0)  # polled by hand here
    first = seeded_desk.articles()[0]
    claims = seeded_desk.claims(first.id)
    saved = backup_now(seeded_desk.path)  # before any review
    app = build_app(seeded_desk)
    said = record_notifications(app)
    ran_on: list[Store] = []  # the store each background re-extraction was given

    def reextract(*args: object, **kwargs: object) -> ReextractRun:
        ran_on.append(seeded_desk.store)
        return ReextractRun(finished=True)

    monkeypatch.setattr(app, "_reextract", reextract)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        app.open_review(first.id, claims[0].id)
        await pilot.pause()
        await pilot.press("1", "1")  # two verdicts, on claims 0 and 1
        await pilot.pause()
        assert [c.verdict for c in seeded_desk.claims(first.id)[:2]] == ["corroborated"] * 2
        restore(saved, seeded_desk.path)  # another program: the two verdicts are gone
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.current_id == claims[2].id
        await pilot.press("3")  # before any poll: written into the desk as restored
        await pilot.pause()
        await pilot.pause()
        assert any("restored from a backup" in m for m in said)
        assert isinstance(app.screen, QueueScreen)
        stored = {c.id: c.verdict for c in seeded_desk.claims(first.id)}
        assert [stored[c.id] for c in claims[:3]] == [None, None, "contradicted"]
        row = next(a for a in app.screen.rows if a.id == first.id)
        assert row.reviewed == 1  # the queue shows the restored desk, not the two verdicts
        await app.workers.wait_for_complete()
        # re-extraction started again on the restored desk (review42 B6 c): the run under
        # way wrote into the replaced one
        assert len(ran_on) == 2 and ran_on[-1] is seeded_desk.store is not ran_on[0]
        # a restore seen by the poll: the queue is read whole again
        restore(saved, seeded_desk.path)
        app.poll_outside_changes()
        await pilot.pause()
        await pilot.pause()
        assert sum("restored from a backup" in m for m in said) == 2, "\n".join(said)
        row = next(a for a in app.screen.rows if a.id == first.id)
        assert row.reviewed == 0 and seeded_desk.replaced() is None


def test_reopen_does_the_one_time_jobs_of_open(seeded_desk: Desk) -> None:
    """A backup made under other name rules is filed again when reopened, as at open: reopen
    skipped open's one-time jobs, and the restored desk stayed so until the next start."""
    with seeded_desk.store.transaction() as conn:  # as a restored backup of older rules
        write_state(conn, NAMES_KEY, "0")
    seeded_desk.reopen()
    assert names_current(seeded_desk.store.conn)
