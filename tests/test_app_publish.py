"""The publication dialog (P in the review screen): typed fields reach the store via the Desk."""

from __future__ import annotations

from factdesk.desk.service import Desk
from factdesk.ui.screens.publish import PublishScreen
from snapshot_app import build_app, esc_asks_then_drops, open_review, until
from textual.widgets import Input, Select

SIZE = (120, 40)


async def test_p_opens_the_dialog_and_ctrl_s_saves(seeded_desk: Desk) -> None:
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        claim_id = review.current_id
        await pilot.press("P")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, PublishScreen)
        assert dialog.query_one("#publish-summary", Input).has_focus
        box = dialog.query_one("#publish-dialog").region  # centred, as every other dialog
        assert abs(box.x - (SIZE[0] - box.right)) <= 1, box
        await pilot.press(*"Town held")
        dialog.query_one("#publish-claim-date", Input).value = "2025-11-19"
        dialog.query_one("#publish-claimant-type", Select).value = "none"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert pilot.app.screen is review
        chosen = seeded_desk.publication(claim_id)
        assert (chosen.summary, chosen.claim_date, chosen.claimant_type) == (
            "Town held", "2025-11-19", "none",
        )  # fmt: skip
        await pilot.press("P")
        await pilot.pause()
        dialog = pilot.app.screen
        assert dialog.query_one("#publish-summary", Input).value == "Town held"
        dialog.query_one("#publish-claim-date", Input).value = "yesterday"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert seeded_desk.publication(claim_id).claim_date == "2025-11-19", "bad date: kept"
        await pilot.press("P")
        await pilot.pause()
        await pilot.press("escape")  # nothing changed: closes at once
        await pilot.pause()
        assert pilot.app.screen is review
        assert seeded_desk.publication(claim_id).summary == "Town held"
        # a changed field: Esc asks first (a reflex Esc lost a typed summary); n goes back
        await pilot.press("P")
        await pilot.pause()
        await esc_asks_then_drops(pilot, "#publish-summary", "Town held since May")
        assert pilot.app.screen is review
        assert seeded_desk.publication(claim_id).summary == "Town held"


async def test_at_80x24_each_publish_field_is_seen_when_it_has_the_focus(
    seeded_desk: Desk,
) -> None:
    """The fields from the claim's date on lay under the dialog's edge at 80×24 (the fields'
    box was 30 rows in a 21-row dialog, so it never scrolled): Tab typed into unseen fields.
    Each now scrolls into view inside the dialog, above its footer."""
    from factdesk.ui.widgets.footer import DeskFooter

    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_review(pilot)
        await pilot.press("P")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, PublishScreen)
        box = dialog.query_one("#publish-dialog").region
        footer = dialog.query_one(DeskFooter).region
        fields = [f for f in dialog.query("Input, Select") if f.focusable]
        assert len(fields) >= 8
        for field in fields:
            field.focus()

            def seen(field=field) -> bool:
                return box.contains_region(field.region) and not field.region.overlaps(footer)

            assert await until(pilot, seen), field.id  # a loaded machine scrolls late
