"""Back from a dialog, the review reads the article again only when the desk changed.

Every dialog (help, the note, the speaker, Ctrl+F, the palette) went over the review and, on
its way off, the review read every claim of the article again and rebuilt its list: 1 to 2.4 s
on a 3,290-claim article (shift33a, issue 15). Counted here as calls to the desk, never as
time: help closed reads nothing; a note saved is shown without a read; a write by another
connection while the dialog was up is read on the way back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.ui.app import FactDeskApp
from factdesk.ui.screens.help import HelpScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.claim_detail import ClaimDetail
from snapshot_app import build_app, open_review

SIZE = (120, 40)


def count_reads(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Calls to ``desk.claims``: what reading the article's claims again costs."""
    reads = [0]
    claims: Callable[..., Any] = desk.claims

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads[0] += 1
        return claims(*args, **kwargs)

    monkeypatch.setattr(desk, "claims", counted)
    return reads


async def test_back_from_a_dialog_the_review_reads_again_only_what_changed(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    # no poll for outside changes in this test: only the way back reads the desk
    monkeypatch.setattr(FactDeskApp, "OUTSIDE_POLL_SECONDS", 3600)
    app = build_app(seeded_desk)
    async with app.run_test(size=SIZE) as pilot:
        review = await open_review(pilot)
        await pilot.press("j")
        await pilot.pause()
        reads = count_reads(seeded_desk, monkeypatch)
        # help, and back: nothing was written, nothing is read
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is review and reads[0] == 0
        # a note saved: this claim's alone, shown without reading the article again
        claim = review.current_id
        assert claim is not None
        await pilot.press("n", *"seen twice", "ctrl+s")
        await pilot.pause()
        assert app.screen is review and reads[0] == 0
        assert seeded_desk.claim(claim).note == "seen twice"
        assert review.current_claim is not None and review.current_claim.note == "seen twice"
        assert "seen twice" in review.query_one(ClaimDetail).text
        # another connection writes while help is up: read on the way back
        other = Desk.open(seeded_desk.path, config=Config(reviewer="colleague"))
        try:
            await pilot.press("question_mark")
            await pilot.pause()
            last = review.claims[-1].id
            other.set_verdict(last, "contradicted", channel="cli")
            await pilot.press("escape")
            await pilot.pause()
        finally:
            other.close()
        assert isinstance(app.screen, ReviewScreen) and reads[0] >= 1
        assert next(c for c in review.claims if c.id == last).verdict == "contradicted"
