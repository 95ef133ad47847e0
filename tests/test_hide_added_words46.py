"""review46 B13: ``D`` on a claim the reviewer added says what it does. The desk never destroys
a claim (``Desk.hide_claim``: hidden, never destroyed; undo appends, never deletes), so a
hand-added claim is hidden like any other: it stays on the ``f`` hidden list and in the
report's hidden claims. The question asked "Delete the claim you added?" and the toast then
said "hidden": the words now agree with the act, and ``z`` still brings the claim back."""

from __future__ import annotations

from factdesk.desk.service import Desk
from factdesk.ui.screens.confirm import ConfirmScreen
from snapshot_app import build_app, record_notifications
from textual.widgets import Label

SIZE = (120, 40)


async def test_d_on_an_added_claim_asks_to_hide_it_and_z_brings_it_back(
    seeded_desk: Desk,
) -> None:
    article = seeded_desk.articles()[0].id
    body = seeded_desk.article(article).body
    start = body.index(" ", 200) + 1
    claim = seeded_desk.add_claim(article, start, start + 40)
    app = build_app(seeded_desk)
    said = record_notifications(app)
    async with app.run_test(size=SIZE) as pilot:
        app.open_review(article, claim.id)
        for _ in range(100):
            await pilot.pause(0.02)
            if getattr(app.screen, "current_id", None) == claim.id:
                break
        screen = app.screen
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        question = str(app.screen.query_one("#confirm-question", Label).render())
        assert "Hide the claim you added?" in question
        assert "delete" not in question.lower()
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert seeded_desk.claim(claim.id).hidden  # what the words say: hidden, kept
        assert any(f"claim #{claim.id} hidden" in text for text in said)
        await pilot.press("z")
        await pilot.pause()
        assert not seeded_desk.claim(claim.id).hidden


async def test_d_on_an_extracted_claim_hides_it_without_asking(seeded_desk: Desk) -> None:
    """The look-alike: an extracted claim is hidden at once, as before (no question)."""
    article = seeded_desk.articles()[0].id
    claim = seeded_desk.claims(article)[0]
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        app.open_review(article, claim.id)
        for _ in range(100):
            await pilot.pause(0.02)
            if getattr(app.screen, "current_id", None) == claim.id:
                break
        await pilot.press("D")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert seeded_desk.claim(claim.id).hidden
