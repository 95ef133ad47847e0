"""A long article says it is loading before it is built (desk37, issue 13).

Opening a 4,862-claim article left the queue on screen for seconds with nothing to say the
Enter was taken. The review screen now draws the article's title and "loading N claims…"
first, then builds the article; Esc meanwhile goes back. ``LONG_ARTICLE`` is lowered here so
that a seed article counts as long: no long article is built in the suite.
"""

from __future__ import annotations

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.screens import review
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from snapshot_app import build_app
from textual.widgets import Static


async def test_a_long_article_shows_its_title_and_loading_first(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = seeded_desk.articles()[0]
    monkeypatch.setattr(review, "LONG_ARTICLE", 2)
    seen: list[tuple[str, bool]] = []
    load = ReviewScreen._load_first

    def watched(screen: ReviewScreen) -> None:
        title = str(screen.query_one("#review-title", Static).render())
        seen.append((title, screen.app.screen is screen))
        load(screen)

    monkeypatch.setattr(ReviewScreen, "_load_first", watched)
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_review(summary.id)
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen) and screen.article is not None
        ((title, on_screen),) = seen
        assert title.splitlines() == [summary.title, f"loading {summary.claims} claims…"]
        assert on_screen
        assert str(screen.query_one("#review-title", Static).render()).startswith(summary.title)
        assert "loading" not in str(screen.query_one("#review-title", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)


async def test_esc_while_it_loads_goes_back_and_loads_nothing(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Esc before the load ran (a busy machine): back to the queue; the load, when its turn
    comes, finds the screen gone and reads nothing."""
    summary = seeded_desk.articles()[0]
    monkeypatch.setattr(review, "LONG_ARTICLE", 2)
    waiting: list[ReviewScreen] = []
    monkeypatch.setattr(ReviewScreen, "_load_first", lambda screen: waiting.append(screen))
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_review(summary.id)
        await pilot.pause()
        (screen,) = waiting
        assert app.screen is screen and screen.article is None
        await pilot.press("j", "1", "escape")  # (only Esc acts while it loads)
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)
        monkeypatch.undo()
        screen._load_first()
        assert screen.article is None
        assert seeded_desk.articles()[0].reviewed == summary.reviewed
