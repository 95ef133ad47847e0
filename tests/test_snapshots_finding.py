"""Pictures of the finding screens on the hand-made desk (``fixture_desk``), at 80×24 and
120×40: the palette's whole-desk jumps, the search dialog across name spellings, and the
review screen's hidden and needs-review lists. Update with ``--snapshot-update`` only after
looking at the SVGs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import pytest
from snapshot_app import build_app, hand_made_desk
from textual.pilot import Pilot
from textual.widgets import Footer, Input, OptionList

SIZES = [(80, 24), (120, 40)]


def typed_then_still(
    opener: tuple[str, ...], typed: str, results: str
) -> Callable[[Pilot], Awaitable[None]]:
    """Open a dialog, type, wait until its result list stops changing, and hide what blinks
    or redraws at random moments (text cursors, the footer behind the dialog)."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press(*opener)
        await pilot.pause()
        await pilot.press(*typed)
        seen, steady = -1, 0
        for _ in range(300):
            await pilot.pause(0.05)
            found = [w for w in pilot.app.screen.query(results) if isinstance(w, OptionList)]
            count = found[0].option_count if found else -1
            steady = steady + 1 if count == seen and count > 0 else 0
            seen = count
            if steady >= 6:
                break
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        pilot.app.set_focus(None)
        for screen in pilot.app.screen_stack[:-1]:
            for footer in screen.query(Footer):
                footer.display = False
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES)
def test_palette_go_across_the_desk(snap_compare, size) -> None:
    before = typed_then_still(("enter", "ctrl+p"), "Mykolaiv", "CommandList")
    assert snap_compare(build_app(hand_made_desk()), run_before=before, terminal_size=size)


@pytest.mark.parametrize("size", SIZES)
def test_search_across_spellings(snap_compare, size) -> None:
    before = typed_then_still(("ctrl+f",), "Mykolaiv", "#search-results")
    assert snap_compare(build_app(hand_made_desk()), run_before=before, terminal_size=size)
