"""Pictures of the finding screens on the hand-made desk (``fixture_desk``), at 80×24 and
120×40: the palette's whole-desk jumps, the search dialog across name spellings, and the
review screen's hidden and needs-review lists. Update with ``--snapshot-update`` only after
looking at the SVGs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable

import pytest
from factdesk.ui.widgets.footer import DeskFooter
from snapshot_app import article_settled, build_app, hand_made_desk, settle
from textual.command import CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input

SIZES = [(80, 24), (120, 40)]
PALETTE = CommandPalette._GATHER_COMMANDS_GROUP


async def hold_still(pilot: Pilot, fields: Iterable[Input]) -> None:
    """Hide what blinks or redraws at random moments: the ``fields``' text cursors, the focus,
    the footer behind the dialog."""
    for field in fields:
        field.cursor_blink = False
    pilot.app.set_focus(None)
    for screen in pilot.app.screen_stack[:-1]:
        for footer in screen.query(DeskFooter):
            footer.display = False
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def typed_then_still(
    opener: tuple[str, ...], typed: str, group: str
) -> Callable[[Pilot], Awaitable[None]]:
    """Open a dialog, type, wait until the workers of ``group`` that fill its result list have
    finished (each keystroke cancels the previous one's), and hide what blinks or redraws at
    random moments (text cursors, the footer behind the dialog)."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press(*opener)
        await pilot.pause()
        await pilot.press(*typed)
        await settle(pilot, group)
        await hold_still(pilot, pilot.app.screen.query(Input))

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_palette_go_across_the_desk(snap_compare, size) -> None:
    before = typed_then_still(("enter", "ctrl+p"), "Mykolaiv", PALETTE)
    assert snap_compare(build_app(hand_made_desk()), run_before=before, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_search_across_spellings(snap_compare, size) -> None:
    before = typed_then_still(("ctrl+f",), "Mykolaiv", "search")
    assert snap_compare(build_app(hand_made_desk()), run_before=before, terminal_size=size)


def _stamp_review(desk, claim_id: int) -> None:
    """A verdict and note written as a review row (no history: its time would differ)."""
    with desk.store.transaction() as conn:
        conn.execute(
            "INSERT INTO verdicts (claim_id, verdict, note, evidence, reviewer, updated_at,"
            " checksum) VALUES (?, 'corroborated', 'matches the council map', '[]', 'snapshot',"
            " '2024-03-05T10:00:00Z', factdesk_review_sum(?, 'corroborated',"
            " 'matches the council map', '[]', 'snapshot', '2024-03-05T10:00:00Z', NULL))",
            [claim_id, claim_id],
        )


def left_behind_desk():
    """The hand-made desk as a re-import leaves it when one reviewed claim's text is gone:
    the first article at version 2, that claim still of version 1 and on the re-review list."""
    desk = hand_made_desk()
    article = desk.articles()[0]
    old = desk.claims(article.id)[1]
    _stamp_review(desk, old.id)
    with desk.store.transaction() as conn:
        conn.execute(
            "INSERT INTO article_versions (article_id, version, body, body_sha256, imported_at)"
            " SELECT article_id, 2, body, body_sha256, imported_at FROM article_versions"
            " WHERE article_id = ? AND version = 1",
            [article.id],
        )
        conn.execute("UPDATE articles SET version = 2 WHERE id = ?", [article.id])
        conn.execute(
            "UPDATE claims SET version = 2 WHERE article_id = ? AND id != ?", [article.id, old.id]
        )
        conn.execute(
            "INSERT INTO rereview (claim_id, article_id, version, created_at)"
            " VALUES (?, ?, 2, '2024-03-05T10:00:00Z')",
            [old.id, article.id],
        )
    return desk


def hidden_desk():
    """The hand-made desk with its first article's second claim hidden (no history row)."""
    desk = hand_made_desk()
    claim = desk.claims(desk.articles()[0].id)[1]
    with desk.store.transaction() as conn:
        conn.execute("UPDATE claims SET hidden = 1 WHERE id = ?", [claim.id])
    return desk


def list_mode(mode: str) -> Callable[[Pilot], Awaitable[None]]:
    """Open the first article and press f until the list shows ``mode``; toasts cleared."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press("enter")
        await pilot.pause()
        for _ in range(6):
            if pilot.app.screen.list_mode == mode:
                break
            await pilot.press("f")
            await pilot.pause()
        assert pilot.app.screen.list_mode == mode
        await article_settled(pilot)
        pilot.app.clear_notifications()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_hidden_list(snap_compare, size) -> None:
    app = build_app(hidden_desk())
    assert snap_compare(app, run_before=list_mode("hidden"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_needs_review_list(snap_compare, size) -> None:
    app = build_app(left_behind_desk())
    assert snap_compare(app, run_before=list_mode("needs-review"), terminal_size=size)


def import_dialog(path: str) -> Callable[[Pilot], Awaitable[None]]:
    """``i`` on the queue, the path field set to ``path`` (the default is the machine's
    working folder, which differs between runs), no cursor."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press("i")
        for _ in range(100):
            await pilot.pause()
            if pilot.app.screen.query("#import-path"):
                break
        field = pilot.app.screen.query_one("#import-path", Input)
        field.value = path
        await hold_still(pilot, [field])

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_import_dialog(snap_compare, size) -> None:
    app = build_app(hand_made_desk())
    before = import_dialog("~/news/incoming")
    assert snap_compare(app, run_before=before, terminal_size=size)
