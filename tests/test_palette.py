"""The palette's jumps match what the reviewer types, prompt prefix or not."""

from __future__ import annotations

import pytest
from factdesk.ui.palette import without_prefix


@pytest.mark.parametrize(
    ("typed", "noun", "query"),
    [
        ("go: claim kortch", "claim", "kortch"),
        ("claim kortch", "claim", "kortch"),
        ("Go: Article Kupiansk", "article", "Kupiansk"),
        ("go:article kupiansk", "article", "kupiansk"),
        ("kortch", "claim", "kortch"),
        ("go", "claim", "go"),  # nothing after the prefix: keep what was typed
        ("claimed losses", "claim", "claimed losses"),  # a word, not a prefix
    ],
)
def test_the_prompt_prefix_is_not_part_of_the_query(typed: str, noun: str, query: str) -> None:
    assert without_prefix(typed, noun) == query


async def test_a_command_the_query_names_comes_before_every_jump(seeded_desk) -> None:
    """Typing "export" in the palette listed claims and an article title that hold the word
    before the Export command (tmux, polish35): a command whose name starts with the query
    scores 1.0, and a "go:" jump without "go" typed scores under it, in its own order."""
    from factdesk.ui.palette import ActionsProvider, GoProvider
    from factdesk.ui.screens.queue import QueueScreen
    from snapshot_app import build_app

    app = build_app(seeded_desk)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QueueScreen)
        for typed in ("export", "Exp"):
            hits = [hit async for hit in ActionsProvider(screen).search(typed)]
            best = max(hits, key=lambda hit: hit.score)
            assert (best.text, best.score) == ("queue: Export", 1.0), typed
        word = seeded_desk.articles()[0].title.split()[0]  # a title's word: an exact match
        asked = [hit.score async for hit in GoProvider(screen).search(f"go: {word}")]
        bare = [hit.score async for hit in GoProvider(screen).search(word)]
        assert max(asked) == 1.0 and bare and max(bare) < 1.0
        assert bare == [score * 0.99 for score in asked]
