"""Snapshot tests (pytest-textual-snapshot) of the real app on a desk of hand-made claims.

The desk is ``fixture_desk``: articles and claims written by hand, not extracted, so a change
to extraction does not redraw these. Deterministic: a fresh temporary desk per test, a fixed
reviewer, fixed terminal sizes, no verdict history (its timestamps would differ). Update with
``pytest --snapshot-update`` only after looking at the SVGs in the report.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from factdesk.ui.app import FactDeskApp
from factdesk.ui.widgets.elsewhere import ElsewherePanel
from factdesk.ui.widgets.footer import DeskFooter
from fixture_desk import ELSEWHERE_CLAIM, claim_id
from snapshot_app import article_settled, build_app, hand_made_desk
from textual.pilot import Pilot
from textual.screen import ModalScreen
from textual.widgets import Input, TextArea


def app() -> FactDeskApp:
    return build_app(hand_made_desk())


def keys_then_still(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """Press ``keys``, wait for the dialog, stop every text cursor blinking and take the focus
    off the fields: a text cursor was drawn on some runs and not on others (by the blink clock,
    and by when the dialog's field got the focus), so the picture shows none."""

    async def run_before(pilot: Pilot) -> None:
        *first, last = keys
        await pilot.press(*first)
        await pilot.pause()
        # Losing the focus to the dialog makes the footer behind it recompose its keys some
        # time later, so it was caught with or without them: the picture leaves it out. It is
        # hidden before the dialog opens, while its screen is current and so laid out again at
        # once; a screen behind a dialog is laid out again only at some later moment, which
        # caught the panes beside it at one height on some runs and another on others.
        for footer in pilot.app.screen.query(DeskFooter):
            footer.display = False
        await pilot.pause()
        await pilot.press(last)
        for _ in range(200):  # the last key opens a dialog; a busy machine takes its time
            await pilot.pause()
            if isinstance(pilot.app.screen, ModalScreen):
                break
        fields = [f for f in pilot.app.screen.query("Input, TextArea") if f.focusable]
        for field in fields:
            if isinstance(field, Input | TextArea):
                field.cursor_blink = False
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        pilot.app.set_focus(None)  # a focused field draws a cursor on some runs and not others
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    return run_before


def test_queue(snap_compare) -> None:
    assert snap_compare(app(), terminal_size=(120, 36))


def test_review_wide(snap_compare) -> None:
    assert snap_compare(app(), press=["enter"], terminal_size=(160, 48))


async def opened_and_scrolled(pilot) -> None:
    """Enter, then let the article pane settle on its first claim (``article_settled``): on
    a busy machine the picture was otherwise taken before the layout's last refresh."""
    await pilot.press("enter")
    await pilot.pause()
    await article_settled(pilot)


def test_review_80x24_stacks_the_panes(snap_compare) -> None:
    assert snap_compare(app(), run_before=opened_and_scrolled, terminal_size=(80, 24))


def test_note_modal(snap_compare) -> None:
    assert snap_compare(
        app(), run_before=keys_then_still("enter", "j", "n"), terminal_size=(120, 36)
    )


def test_publish_modal(snap_compare) -> None:
    assert snap_compare(
        app(), run_before=keys_then_still("enter", "j", "P"), terminal_size=(120, 40)
    )


def test_help(snap_compare) -> None:
    assert snap_compare(app(), press=["enter", "question_mark"], terminal_size=(120, 36))


def test_review_elsewhere_panel(snap_compare, monkeypatch) -> None:
    """The Elsewhere panel filled: origins, suggestion, labels in their colours, one link
    (made at a fixed time: the link's history line shows it)."""
    monkeypatch.setattr("factdesk.store.history.now", lambda: "2024-05-01T12:00:00Z")
    shown = app()
    claim = claim_id(shown.desk, ELSEWHERE_CLAIM)
    article = shown.desk.claim(claim).article_id
    assert {r.label for r in shown.desk.related(claim)} == {"same", "conflicts", "related"}
    shown.desk.link(claim, shown.desk.related(claim)[0].other_claim_id)

    async def open_at_claim(pilot) -> None:
        shown.open_review(article, claim)
        await pilot.pause()
        for _ in range(100):  # the panel loads after the move's frame
            if pilot.app.screen.query_one(ElsewherePanel).claim_id == claim:
                break
            await pilot.pause(0.02)
        await pilot.pause()

    assert snap_compare(shown, run_before=open_at_claim, terminal_size=(160, 48))


def test_names_view(snap_compare) -> None:
    assert snap_compare(app(), press=["enter", "N"], terminal_size=(120, 36))


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
def test_export_dialog(snap_compare, size) -> None:
    """The dialog names its keys beside its buttons: it has no footer, and the review's keys
    showed under it (desk36). The path is set: the folder offered is the machine's own."""
    still = keys_then_still("enter", "e")

    async def run_before(pilot: Pilot) -> None:
        await still(pilot)
        pilot.app.screen.query_one("#export-path", Input).value = "~/exports/factdesk.csv"
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()

    assert snap_compare(app(), run_before=run_before, terminal_size=size)
