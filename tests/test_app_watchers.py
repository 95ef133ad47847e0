"""The app lets go of a text area left (issue 15, speed40): Textual keeps a watcher of the
app's theme for every ``TextArea`` until the theme changes (Textual issue 6666), and the
review's ``ArticleView`` is one, holding its article's text and every claim: each article
opened and left stayed in memory, and every full collection walked it again.
``textual_fixes`` takes an unmounted widget's watches off the app's lists; without it the
area left stays on them (the unpatched side says when a Textual release fixes this and the
workaround can go). Its style cache, which an ``lru_cache`` of Textual's keeps, is emptied.
That the review's claims are then freed was measured, not tested here (Pilot runs of the
300 KB article: README, Performance, session 40)."""

from __future__ import annotations

import pytest
from factdesk.ui import textual_fixes
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static, TextArea


class Bare(App[None]):
    """An app whose first screen shows a text area for as long as the app runs."""

    def compose(self) -> ComposeResult:
        yield TextArea("a text the reviewer read")


class Left(Screen[None]):
    """A screen pushed over it with a text area, then popped (as a review is left)."""

    def compose(self) -> ComposeResult:
        yield TextArea("an article left")
        yield Static("a line it drew")


@pytest.mark.parametrize("fixed", [True, False], ids=["workaround", "plain-textual"])
async def test_the_app_lets_go_of_a_text_area_left(
    fixed: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    textual_fixes.install()  # as factdesk.ui.app does on import
    if not fixed:
        monkeypatch.setattr(Widget, "_on_unmount", Widget._on_unmount.__wrapped__)  # type: ignore[attr-defined]
    app = Bare()
    async with app.run_test() as pilot:
        kept = app.query_one(TextArea)
        await app.push_screen(Left())
        await pilot.pause()
        gone = app.screen.query_one(TextArea)
        app.export_screenshot()  # drawn now (a Pilot pause may come before the paint)
        watchers = getattr(app, textual_fixes.WATCHERS)["theme"]
        assert {id(node) for node, _ in watchers} == {id(kept), id(gone)}  # both watch
        left, drawn = id(gone), app.screen.query_one(Static)._styles_cache._cache
        assert drawn  # the lines it drew, kept to draw again
        await app.pop_screen()
        await pilot.pause()
        after = [id(node) for node, _ in watchers]
        if fixed:
            assert after == [id(kept)]  # the area still shown watches; the one left does not
            assert not drawn  # what Textual's lru cache keeps of it holds no lines
        else:
            assert after == [id(kept), left]  # Textual 6666: the app still holds the area left
            assert drawn
