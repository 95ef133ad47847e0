"""Article text is shown as characters: never read as markup, never sent to the terminal raw."""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.ui.screens.review import ReviewScreen
from factdesk.ui.widgets.queue_table import QueueTable
from snapshot_app import build_app
from textual.widgets import OptionList, Static

HOSTILE = (
    "Title with [bold red]x[/] and [@click=app.quit]click[/]\n\n"
    'The minister said "prices rose [bold red]x[/] by 12 percent" in a statement.\n\n'
    "Officials said \x1b[31mred\x1b[0m figures [@click=app.quit]were wrong[/] last week.\n"
)


def hostile_desk(desk: Desk, tmp_path: Path) -> Desk:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    report = desk.import_paths([path])
    assert not report.failed, report.summary()
    return desk


def rendered_text(widget) -> str:
    """What a widget draws, as plain characters (style spans and markup would vanish here)."""
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


@pytest.mark.drawn  # what a frame shows of hostile text: every frame drawn (conftest)
async def test_markup_and_escapes_in_an_article_are_shown_as_characters(
    desk: Desk, tmp_path: Path
) -> None:
    hostile_desk(desk, tmp_path)
    app = build_app(desk)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        queue_text = rendered_text(app.screen.query_one(QueueTable))
        assert "[bold red]x[/]" in queue_text
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)  # [@click=app.quit] did not quit
        article = rendered_text(screen.query_one("#article"))
        assert "[bold red]x[/]" in article
        assert "[@click=app.quit]" in article
        assert "␛[31mred␛[0m" in article  # ESC shown as its control picture
        assert "\x1b" not in article
        title = rendered_text(screen.query_one("#review-title", Static))
        assert "[bold red]x[/]" in title
        claims = rendered_text(screen.query_one("#claims", OptionList))
        assert "[bold red]x[/]" in claims or "[@click=app.quit]" in claims
        await pilot.press("G")
        detail = rendered_text(screen.query_one("#detail"))
        assert "␛[31m" in detail or "[@click=app.quit]" in detail
        assert app.is_running
