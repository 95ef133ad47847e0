"""A long article says it is loading before it is built (desk37, issue 13).

Opening a 4,862-claim article left the queue on screen for seconds with nothing to say the
Enter was taken. The review screen now draws the article's title and "loading N claims…"
first, then builds the article; Esc meanwhile goes back. ``LONG_ARTICLE`` is lowered here so
that a seed article counts as long: no long article is built in the suite.
"""

from __future__ import annotations

import asyncio
from collections.abc import Generator

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.screens import review, review_base
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.article_view import ArticleView
from snapshot_app import build_app
from textual.pilot import Pilot
from textual.widgets import Static
from textual.widgets.text_area import WrappedDocument


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
        screen = await _loaded(pilot)
        ((title, on_screen),) = seen
        assert title.splitlines() == [summary.title, f"loading {summary.claims} claims…"]
        assert on_screen
        assert str(screen.query_one("#review-title", Static).render()).startswith(summary.title)
        assert "loading" not in str(screen.query_one("#review-title", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QueueScreen)


async def _loaded(pilot: Pilot) -> ReviewScreen:
    """The review screen once its article is loaded (a long one loads in steps, a frame
    between each: ``ReviewScreen._load_step``)."""
    for _ in range(50):
        await pilot.pause()
        screen = pilot.app.screen
        if isinstance(screen, ReviewScreen) and screen.article is not None:
            return screen
    raise AssertionError("the article never finished loading")


async def test_a_long_article_is_listed_in_slices_and_answers_esc_between_them(
    seeded_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """index38 (issue 15): the claim list of a 4,862-claim article was built in one go, the
    event loop held for ~9 s, so no key was answered until it was done. Listed a slice at a
    time (one claim a slice here), with the event loop's turn between: the frames say how
    far it got, a key pressed during the load acts (Esc leaves: the queue is back before the
    list is whole), and the slices left do nothing; loaded whole, every claim is listed."""
    from factdesk.ui.widgets.claims_list import ClaimsList

    summary = max(seeded_desk.articles(), key=lambda a: a.claims)
    monkeypatch.setattr(review, "LONG_ARTICLE", 2)
    monkeypatch.setattr(review, "CLAIM_SLICE", 1)
    monkeypatch.setattr(review_base, "TEXT_SLICE", 1)
    listed: list[int] = []
    loading: list[ReviewScreen] = []
    pressed: list[asyncio.Future] = []
    step = ReviewScreen._load_step

    opened: list[ReviewScreen] = []

    def watched(screen: ReviewScreen, steps) -> bool:
        if screen not in opened:
            opened.append(screen)
        if screen not in screen.app.screen_stack:
            loading.append(screen)
            return step(screen, steps)
        listed.append(screen.query_one(ClaimsList).option_count)
        if len(listed) == 3 and esc:  # a key during the load, through the driver
            pressed.append(asyncio.ensure_future(pilot.press("escape")))
        return step(screen, steps)

    monkeypatch.setattr(ReviewScreen, "_load_step", watched)
    wraps: list[int] = []
    wrap = WrappedDocument.wrap

    def counted(self, width: int, tab_width: int | None = None) -> None:  # type: ignore[no-untyped-def]
        if width and self.document.line_count > 1:
            wraps.append(width)
        wrap(self, width, tab_width)

    monkeypatch.setattr(WrappedDocument, "wrap", counted)
    app = build_app(seeded_desk)
    async with app.run_test(size=(80, 24)) as pilot:
        esc = False
        app.open_review(summary.id)
        screen = await _loaded(pilot)
        assert screen.query_one(ClaimsList).option_count == summary.claims > 3
        # the reads, the text (a part for each of its lines wrapped: TEXT_SLICE 1), the list
        view = screen.query_one(ArticleView)
        lines = view.document.line_count
        assert lines > 3 and listed == [0] * (4 + lines) + list(range(1, summary.claims))
        # TextArea took the wrap made in parts (it wrapped the text itself not once), the
        # one it makes itself
        assert wraps == []
        made = list(view.wrapped_document._offset_to_line_info)
        view.wrapped_document.wrap(view.wrap_width, view.indent_width)
        assert view.wrapped_document._offset_to_line_info == made
        title = str(screen.query_one("#review-title", Static).render())
        assert "listed" not in title and title.startswith(summary.title)
        await pilot.press("escape")
        await _until(pilot, lambda: isinstance(app.screen, QueueScreen))

        esc, listed[:] = True, []
        app.open_review(summary.id)
        await _until(pilot, lambda: isinstance(app.screen, QueueScreen) and len(listed) >= 3)
        for _ in range(3):
            await pilot.pause()
        await pressed.pop()
        assert max(listed) < summary.claims - 1  # (the steps left did nothing)
        # a step the popped screen still ran set no article; on a quiet machine its worker is
        # cancelled with the screen before any step runs and ``loading`` stays empty, so the
        # popped screen is also given one more step here: it must not take it
        assert all(gone.article is None for gone in loading)
        advanced: list[int] = []

        def left() -> Generator[int]:
            advanced.append(1)
            yield 1

        gone = opened[-1]
        assert gone not in app.screen_stack and step(gone, left()) is False
        assert not advanced and gone.article is None


async def _until(pilot: Pilot, ready) -> None:
    """A few turns of the app until ``ready()`` (a state, not a time)."""
    for _ in range(50):
        if ready():
            return
        await pilot.pause()
    raise AssertionError("the app never got there")


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
