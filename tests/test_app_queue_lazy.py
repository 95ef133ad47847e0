"""The queue builds only the rows on screen: a big desk must not cost a cell per article.

Counts calls of ``row_cells`` (the one place a row's Content is built) on a desk of 400
articles drawn at 30 lines, and checks that moving to the end draws the end, not the middle.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from factdesk.settings.config import Config
from factdesk.ui.screens import queue
from factdesk.ui.screens.queue import QueueScreen
from factdesk.ui.widgets.queue_table import QueueTable
from snapshot_app import build_app

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 400
HEIGHT = 30


@pytest.fixture
def big_desk(tmp_path: Path):
    sys.path.insert(0, str(ROOT))  # the benchmark's desk builder: seconds, not an import run
    from bench.bench_app import build_desk

    desk = build_desk(tmp_path / "big.db", ARTICLES, 3)
    desk.config = Config(reviewer="tester")
    yield desk
    desk.close()


@pytest.mark.drawn  # rows are built as they are drawn: every frame drawn (conftest)
async def test_only_visible_rows_are_built(big_desk, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[int] = []
    original = queue.row_cells

    def counting(article, *args):
        built.append(article.id)
        return original(article, *args)

    monkeypatch.setattr(queue, "row_cells", counting)
    app = build_app(big_desk)
    async with app.run_test(size=(140, HEIGHT)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QueueScreen)
        table = screen.query_one(QueueTable)
        assert table.row_count == ARTICLES
        assert 0 < len(set(built)) <= HEIGHT  # one screenful, not 400 rows
        built.clear()
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == ARTICLES - 1 and screen.selected_id == screen.rows[-1].id
        assert screen.rows[-1].id in built and len(set(built)) <= HEIGHT
        rendered = "\n".join(strip.text for strip in table.render_lines(table.region.reset_offset))
        assert rendered.splitlines()[0].strip().startswith("Article")  # header stays on top
        assert screen.rows[-1].title[:20] in rendered  # the last row is drawn
        await pilot.press("home", "j", "j", "pagedown")
        assert 2 < table.cursor_row < ARTICLES - 1
