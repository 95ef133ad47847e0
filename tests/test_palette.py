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
