"""The speaker dialog (w in the review screen): the reviewer's attribution reaches the store."""

from __future__ import annotations

from factdesk.desk.service import Desk
from factdesk.ui.screens.speaker import SpeakerScreen
from factdesk.ui.widgets.claim_detail import ClaimDetail
from snapshot_app import (
    build_app,
    esc_asks_then_drops,
    open_review,
    record_notifications,
    until,
)
from textual.widgets import Input, Select

SIZE = (120, 40)


async def test_w_sets_the_speaker_and_z_undoes_it(seeded_desk: Desk) -> None:
    """w saves the reviewer's attribution, z gives the engine's back and says whose (it said
    "undo: no change", the history too: an undo entry holds no speaker of its own)."""
    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        claim_id = review.current_id
        engine = seeded_desk.claim(claim_id)
        await pilot.press("w")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, SpeakerScreen)
        name = dialog.query_one("#speaker-name", Input)
        assert name.has_focus
        name.value = ""
        await pilot.press(*"Jane Roe")
        dialog.query_one("#speaker-type", Select).value = "person"
        dialog.query_one("#speaker-sourcing", Select).value = "named"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pilot.app.screen is review
        fixed = seeded_desk.claim(claim_id)
        assert (fixed.speaker, fixed.speaker_type, fixed.sourcing) == (
            "Jane Roe",
            "person",
            "named",
        )
        assert fixed.speaker_by == seeded_desk.reviewer
        await pilot.press("z")
        await pilot.pause()
        back = seeded_desk.claim(claim_id)
        assert (back.speaker, back.sourcing, back.speaker_by) == (
            engine.speaker, engine.sourcing, None,
        )  # fmt: skip
        undone = f"undo: speaker Jane Roe (named) → {engine.speaker or 'none'} ({engine.sourcing})"
        assert said[-1].startswith(undone), said[-1]
        assert undone in review.query_one(ClaimDetail).text  # the claim's history says it too
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is review
        assert seeded_desk.claim(claim_id).speaker_by is None


async def test_at_80x24_every_field_of_w_can_be_seen_when_it_has_the_focus(
    seeded_desk: Desk,
) -> None:
    """The dialog is taller than 24 rows' 90%: the affiliation field lay under its edge, and
    Tab put the cursor in a field nobody could see. The fields scroll to the focused one,
    and the footer (Ctrl+S) stays in view."""
    from factdesk.ui.widgets.footer import DeskFooter

    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_review(pilot)
        await pilot.press("w")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, SpeakerScreen)
        box = dialog.query_one("#speaker-dialog").region
        footer = dialog.query_one(DeskFooter).region
        assert box.contains_region(footer)
        for _ in range(3):
            await pilot.press("tab")
        field = dialog.query_one("#speaker-affiliation", Input)
        assert await until(pilot, lambda: field.has_focus)

        def seen() -> bool:
            return box.contains_region(field.region) and not field.region.overlaps(footer)

        assert await until(pilot, seen)  # a loaded machine scrolls late
        await pilot.press(*"of the board")
        await pilot.press("ctrl+s")
        await pilot.pause()


async def test_esc_after_typing_in_w_asks_before_throwing_it_away(seeded_desk: Desk) -> None:
    """As the note dialog: a reflex Esc after typing an affiliation lost it ("speaker:
    nothing changed"); now it asks, n goes back to the fields as typed, y drops them. Esc
    with nothing changed still closes at once."""
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        before = seeded_desk.claim(review.current_id)
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("escape")  # nothing changed: closes
        await pilot.pause()
        assert pilot.app.screen is review
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(pilot.app.screen, SpeakerScreen)
        await esc_asks_then_drops(pilot, "#speaker-affiliation", "of the harbour board")
        assert pilot.app.screen is review
        after = seeded_desk.claim(review.current_id)
        assert (after.affiliation, after.speaker_by) == (before.affiliation, None)
