"""The queue screen's ``z``/``Z`` and the names view's merge and split take the app's one queue of
writes (``ui.pending``) like the review's writes: while the app's own import holds the desk they
wait off the event loop, the screen stays live, and they are written once the desk is free
(issue 15, after loop35 and mend35a moved every review write there).

Before, each waited for the desk on the event loop (the screen frozen up to 30 s for an import's
article) and, with the cap cut here, failed as "desk is busy". A second connection in a thread
holds the desk's turn as the import's does (``held_desk``).
"""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.store import db
from factdesk.ui.screens.names import NamesScreen
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import build_app, open_review, record_notifications, until
from test_app_held_desk_keys import HELD_AT_MOST, _verdicts, held_desk, held_review
from test_app_import_verdicts import SIZE
from textual.widgets import DataTable


async def test_undo_and_redo_on_the_queue_wait_off_the_loop_for_a_held_desk(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "TURN_TIMEOUT_S", HELD_AT_MOST)
    claim = seeded_desk.claims(seeded_desk.articles()[0].id)[0].id
    seeded_desk.set_verdict(claim, "contradicted")
    app = build_app(seeded_desk)
    messages = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        with held_desk(seeded_desk) as release:
            await pilot.press("z")
            assert not release.is_set() and len(app.pending) == 1  # queued, the loop free
            assert isinstance(app.screen, QueueScreen)
            assert any("undo: saving…" in m for m in messages)
            assert seeded_desk.claim(claim).verdict == "contradicted"  # not written yet
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert seeded_desk.claim(claim).verdict is None
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.current_id == claim  # as z does
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        with held_desk(seeded_desk) as release:
            await pilot.press("Z")
            assert not release.is_set() and len(app.pending) == 1
            assert seeded_desk.claim(claim).verdict is None
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert seeded_desk.claim(claim).verdict == "contradicted"


async def test_a_late_z_on_the_queue_takes_back_the_review_write_it_waited_behind(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A verdict waits for the held desk, Esc goes back to the queue, and z there waits
    behind it: once the desk frees the verdict is written, then taken back, and the review
    opens at its claim as the queue's z does. The same with the review's own z waiting when
    Esc leaves it: the undo is written and said. Before, the review screen left behind was
    redrawn for each (popped, it is still mounted but holds no widgets) and the app said
    "saved, but the screen could not show it"."""
    monkeypatch.setattr(db, "TURN_TIMEOUT_S", HELD_AT_MOST)
    app = build_app(seeded_desk)
    messages = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        claim = (await open_review(pilot)).current_id
        with held_desk(seeded_desk) as release:
            await pilot.press("3", "escape")
            await pilot.pause()
            assert isinstance(app.screen, QueueScreen)
            await pilot.press("z")
            await pilot.pause()
            assert len(app.pending) == 2 and seeded_desk.claim(claim).verdict is None
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert _verdicts(seeded_desk, [claim]) == [(claim, "contradicted"), (claim, None)]
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.current_id == claim
        with held_desk(seeded_desk) as release:
            await pilot.press("2", "z", "escape")
            await pilot.pause()
            assert isinstance(app.screen, QueueScreen) and len(app.pending) == 2
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert seeded_desk.claim(claim).verdict is None
        assert f"undo: verdict disputed → none · claim #{claim}" in messages
    assert not [m for m in messages if "could not show" in m]


def _together(desk: Desk, article_id: int, first: str, second: str) -> bool:
    return any(first in g.variants and second in g.variants for g in desk.names(article_id))


async def test_merge_and_split_in_the_names_view_wait_off_the_loop_for_a_held_desk(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, messages):
        article = review.article_id
        await pilot.press("N")
        await pilot.pause()
        names = app.screen
        assert isinstance(names, NamesScreen) and len(names.groups) >= 2
        last, before = names.groups[-1].name, names.groups[-2].name
        names.query_one(DataTable).move_cursor(row=len(names.groups) - 2)
        with held_desk(seeded_desk) as release:
            await pilot.press("space", "j", "m", "y")
            await pilot.pause()
            assert not release.is_set() and len(app.pending) == 1
            assert app.screen is names
            assert any("merge: saving…" in m for m in messages)
            assert not _together(seeded_desk, article, before, last)  # not written yet
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert _together(seeded_desk, article, before, last)
        merged = next(g for g in names.groups if before in g.variants)
        assert last in merged.variants  # the view read the groups again
        names.query_one(DataTable).move_cursor(row=names.groups.index(merged))
        with held_desk(seeded_desk) as release:
            await pilot.press("s")
            await pilot.pause()
            await pilot.press("enter")  # split off the first spelling listed
            await pilot.pause()
            assert not release.is_set() and len(app.pending) == 1
            assert _together(seeded_desk, article, before, last)
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert not _together(seeded_desk, article, before, last)
        assert any(m.startswith("split off:") for m in messages)
        table = names.query_one(DataTable)
        table.move_cursor(row=next(i for i, g in enumerate(names.groups) if before in g.variants))
        await pilot.press("space")
        table.move_cursor(row=next(i for i, g in enumerate(names.groups) if last in g.variants))
        with held_desk(seeded_desk) as release:  # merged again, the view closed meanwhile
            await pilot.press("m", "y", "escape")
            await pilot.pause()
            assert app.screen is not names and len(app.pending) == 1
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert _together(seeded_desk, article, before, last)
    assert not [m for m in messages if "could not show" in m]  # (the closed view's widgets)
