"""Writes waiting for a held desk are in the app's memory only (up to the cap, 30 s): the review
title says how many wait, and ``q`` does not quit past one the desk refused while it waited
(issue 15). Before, "saving…" was said once in a notice gone in seconds, and a write refused
while ``q`` waited was said in a notice the app took away as it quit at once: lost unseen.
A second connection in a thread holds the desk's turn as the app's import does.
"""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from snapshot_app import until
from test_app_held_desk_keys import cap_passes, held_desk, held_review
from textual.widgets import Static


def _title(review) -> str:
    return str(review.query_one("#review-title", Static).render())


async def test_the_review_title_says_how_many_writes_wait(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, _):
        assert "saving" not in _title(review)
        with held_desk(seeded_desk) as release:
            await pilot.press("1", "2")
            await pilot.pause()
            assert len(app.pending) == 2
            assert "· 2 saving…" in _title(review)
            release.set()
            assert await until(pilot, lambda: not app.pending, rounds=3000)
        await pilot.pause()
        assert "saving" not in _title(review)


async def test_q_does_not_quit_past_a_write_the_desk_refused_while_it_waited(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with held_review(seeded_desk, monkeypatch) as (pilot, app, review, messages):
        first = review.shown[0].id
        with held_desk(seeded_desk):  # held past the cap: the verdict is refused
            await pilot.press("1", "q")
            cap_passes(monkeypatch)
            assert await until(pilot, lambda: not app.pending, rounds=4000)
            await pilot.pause()
            assert app.is_running  # q did not take the refusal's notice away with it
            assert any(f"claim #{first}" in m and "not saved" in m for m in messages)
            assert any(m.startswith("not quitting: 1 change could not") for m in messages)
        assert seeded_desk.claim(first).verdict is None
        await pilot.press("q")  # nothing waits now: q quits
        assert await until(pilot, lambda: not app.is_running, rounds=2000)
