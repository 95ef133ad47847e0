"""A one-paragraph article of any size: the verdict keys never redraw work proportional to it.

The pane is a TextArea, which renders a whole document line for every screen row it draws; a
4 MB one-paragraph article made each verdict key cost seconds. The shown text now breaks
over-long lines at a space (same length, offsets kept): what a key draws is counted here in
characters of the lines the pane renders, which must not grow with the article.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from factdesk.desk.service import Desk
from factdesk.settings.config import Config
from factdesk.text.wrapping import LONG_LINE, break_long_lines
from factdesk.ui.widgets.article_view import ArticleView
from fixture_desk import HandArticle, HandClaim, write_article
from hypothesis import given
from hypothesis import strategies as st
from snapshot_app import build_app, open_review

SENTENCE = "Police said {} people were hurt near the old bridge in Harlow on Sunday. "
SIZE = (100, 30)


@given(st.text(alphabet=" .\nab", max_size=400), st.integers(min_value=4, max_value=60))
def test_breaking_long_lines_keeps_every_offset(text: str, limit: int) -> None:
    shown = break_long_lines(text, limit)
    assert len(shown) == len(text)
    # Only spaces become line ends; every other character stays where it was.
    assert all(a == b or (a == " " and b == "\n") for a, b in zip(text, shown, strict=True))
    for line in shown.split("\n"):
        # A line stays long only where it has no space to break at.
        assert len(line) <= limit or " " not in line[1:limit]


def paragraph_desk(path: Path, sentences: int) -> Desk:
    """A desk with one article: ``sentences`` sentences in one paragraph, 20 claims."""
    body = "".join(SENTENCE.format(i) for i in range(sentences))
    step = max(1, sentences // 20)
    claims = tuple(
        HandClaim(SENTENCE.format(i).strip(), "statement", "named", 0.9, speaker="Police")
        for i in range(0, sentences, step)
    )
    desk = Desk.open(path, config=Config(reviewer="t"))
    write_article(desk, HandArticle("one.txt", "One", "O", "A", "", "", "", body, claims))
    return desk


async def drawn_per_key(path: Path, sentences: int) -> tuple[int, int]:
    """Characters of pane lines rendered over three verdict keys, and verdicts stored."""
    desk = paragraph_desk(path, sentences)
    drawn = 0
    get_line = ArticleView.get_line

    def counting(self: ArticleView, line_index: int):  # type: ignore[no-untyped-def]
        nonlocal drawn
        line = get_line(self, line_index)
        drawn += len(line)
        return line

    app = build_app(desk)
    async with app.run_test(size=SIZE) as pilot:
        await open_review(pilot)
        ArticleView.get_line = counting  # type: ignore[method-assign]
        try:
            for _ in range(3):
                await pilot.press("c")
                await pilot.pause()
        finally:
            ArticleView.get_line = get_line  # type: ignore[method-assign]
    marked = desk.store.conn.execute("SELECT COUNT(*) FROM verdicts").fetchone()[0]
    return drawn, marked


@pytest.mark.drawn  # it counts the lines drawn: every frame drawn (conftest)
async def test_verdict_keys_draw_the_same_on_a_long_and_a_huge_paragraph(tmp_path: Path) -> None:
    long_drawn, long_marked = await drawn_per_key(tmp_path / "long.db", 40)
    huge_drawn, huge_marked = await drawn_per_key(tmp_path / "huge.db", 160)
    assert long_marked == huge_marked == 3
    bound = 3 * SIZE[1] * LONG_LINE * 2  # three keys, each at most the screen twice
    assert huge_drawn <= bound, (long_drawn, huge_drawn)
    assert huge_drawn <= 2 * long_drawn + LONG_LINE, (long_drawn, huge_drawn)
