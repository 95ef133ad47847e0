"""Pilot twin of ``test_safety_readonly_app``: every kind of write on a read-only desk.

The pty test proves the real process survives; this one drives each writing key (verdict,
clear, note, undo, redo, hide, add) in-process, which is fast and says which one broke. An
exception escaping a handler would end ``run_test`` with that exception.
"""

from __future__ import annotations

from pathlib import Path

from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import build_app, record_notifications, seeded_desk


def readonly_desk(folder: Path) -> tuple[Desk, bytes]:
    """The seeds in a desk file, reopened read-only; also the file's bytes to compare."""
    seeded_desk(folder).close()
    path = folder / "desk.db"
    return Desk.open(path, config=Config(reviewer="snapshot"), readonly=True), path.read_bytes()


async def test_every_write_on_a_readonly_desk_is_refused_and_the_app_keeps_running(
    tmp_path: Path,
) -> None:
    desk, before = readonly_desk(tmp_path)
    app = build_app(desk)
    shown = record_notifications(app)
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await pilot.pause()
        progress = str(app.screen.query_one("#desk-progress").render())
        assert "read-only" in progress and app.sub_title == "read-only"
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        assert "read-only" in str(screen.query_one("#review-title").render())
        first = screen.current_id
        for keys in (["2"], ["0"], ["z"], ["Z"], ["D"], ["n", "x", "ctrl+s"]):
            shown.clear()
            await pilot.press(*keys)
            await pilot.pause()
            assert any("read-only" in m for m in shown), (keys, shown)
            assert app.is_running and isinstance(app.screen, ReviewScreen)
        assert screen.current_id == first  # a refused verdict does not move on
        await pilot.press("j")
        await pilot.pause()
        assert screen.current_id != first  # and the keys still work
        await pilot.press("escape")
        await pilot.pause()
    desk.close()
    assert (tmp_path / "desk.db").read_bytes() == before
    reopened = Desk.open(tmp_path / "desk.db", config=Config(reviewer="snapshot"), readonly=True)
    assert all(c.verdict is None and not c.note for c in reopened.claims())
    reopened.close()
