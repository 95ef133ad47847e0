"""The reviewer's place, saved 0.4 s after each cursor move, never waits for the app's own
import: while the import writes an article, the save is skipped and tried again later.

review34: after d03a955b every write of the app waited for the import's turn on the desk, and
the position save runs on the app's event loop, so a mere j during an import froze the screen
for the import's whole article (12.8-20 s at 300 KB). Here the import's write step waits on an
Event; the cursor moves meanwhile: the save must come back at once, unwritten, while the
import still holds the desk, and the place must be stored once it lets go.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.screens.review_base import POSITION_SAVE_DELAY
from snapshot_app import build_app, open_review, until
from test_app_import_verdicts import ARTICLE, SIZE, _held_write

LET_GO_ANYWAY = 60.0
"""The import lets go after this even if nothing released it: a save that waits then returns
late instead of hanging the test. Only a broken save meets it: the test releases the import
itself once the save came back. 5 s raced the keys and pauses before the save (at load 20 the
import was let go first, and ``not release.is_set()`` failed on a sound app)."""


async def test_the_position_save_during_the_apps_import_write_does_not_wait(
    seeded_desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ledger.txt"
    path.write_text(ARTICLE.replace("Holm Sound", "Varne Strait"), encoding="utf-8")
    before = seeded_desk.article_count()
    entered, release = _held_write(monkeypatch)
    saves: list[object] = []
    save_position = seeded_desk.save_position

    def recording(*args: object, **kwargs: object) -> object:
        saved = save_position(*args, **kwargs)  # type: ignore[arg-type]
        saves.append(saved)
        return saved

    monkeypatch.setattr(seeded_desk, "save_position", recording)
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        await pilot.pause(POSITION_SAVE_DELAY * 2)  # the place saved on opening
        first = review.current_id
        app.start_import(path)
        assert await until(pilot, entered.is_set, rounds=2000)
        let_go = threading.Timer(LET_GO_ANYWAY, release.set)
        let_go.start()
        saves.clear()
        await pilot.press("j")
        assert review.current_id != first
        await pilot.pause(POSITION_SAVE_DELAY)
        assert await until(pilot, lambda: bool(saves), rounds=2000)
        # came back unwritten while the import still held the desk
        assert saves[0] is False
        assert not release.is_set()
        assert seeded_desk.position() == (review.article_id, first)
        release.set()
        let_go.cancel()
        assert await until(pilot, lambda: seeded_desk.article_count() == before + 1, 2000)
        await app.workers.wait_for_complete()
        await pilot.pause(POSITION_SAVE_DELAY * 2)
        # tried again: the place after the move is stored once the import let go
        assert await until(pilot, lambda: True in saves, rounds=2000)
        assert seeded_desk.position() == (review.article_id, review.current_id)
    release.set()
