"""A verdict key pressed while the app's own import writes an article is stored, not lost.

shift34, in tmux on an 800-article scratch desk: ``i`` on a 300 KB article, then in the review
a verdict key every 0.7 s; the import's one transaction (the article, its claims, names and
matches) held the write lock 12.8 s, longer than SQLite's busy timeout (10 s), and the key
that met it failed as "desk is busy: another program held it locked": 199 of 200 verdicts
were stored. Here the import's write step waits on an Event, and the app's connection gives
up on a held lock after 50 ms (standing for a hold past the 10 s): the key must wait for the
import's transaction, then be written.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.score import rescore
from snapshot_app import build_app, open_review, until

SIZE = (120, 40)

ARTICLE = (
    "Ferry timetable cut at Holm Sound\n\n"
    "By R. Lindqvist, Island Post, 4 March 2024\n\n"
    "Edda Brandt, who runs the Holm Sound ferry company, said on Monday that two of the "
    "five daily crossings would stop in April. The harbour board denied that the pier was "
    "unsafe.\n"
)


def _held_write(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """The import's transaction waits on ``release`` once inside it (``entered`` says so)."""
    entered, release = threading.Event(), threading.Event()
    rescore_articles = rescore.rescore_articles

    def held(conn, affected):  # type: ignore[no-untyped-def]
        entered.set()
        release.wait(timeout=60)
        return rescore_articles(conn, affected)

    monkeypatch.setattr(rescore, "rescore_articles", held)
    return entered, release


async def test_a_verdict_key_during_the_apps_import_write_is_stored(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    before = seeded_desk.article_count()
    entered, release = _held_write(monkeypatch)
    # the app's own connection gives up on a held lock at once: a hold past its busy timeout
    seeded_desk.store.conn.execute("PRAGMA busy_timeout = 50")
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        claim = review.current_claim
        assert claim is not None and claim.verdict is None
        app.start_import(path)
        assert await until(pilot, entered.is_set, rounds=2000)
        # the import holds the write lock; it lets go shortly, from another thread (the key
        # below blocks this loop while it waits)
        assert not release.is_set()
        threading.Timer(0.5, release.set).start()
        await pilot.press("1")
        assert await until(pilot, lambda: seeded_desk.article_count() == before + 1, 2000)
        await app.workers.wait_for_complete()
        await pilot.pause()
    release.set()
    assert seeded_desk.claim(claim.id).verdict == "corroborated"
    assert [c.after.verdict for c in seeded_desk.history(claim.id)] == ["corroborated"]
