"""``in_turn_after``: what comes next, wrapping round (the review's and the queue's one rule)."""

from __future__ import annotations

from factdesk.domain.turns import in_turn_after


def test_the_turn_starts_after_the_item_and_ends_on_it() -> None:
    assert in_turn_after([4, 7, 9, 2], 9) == [2, 4, 7, 9]
    assert in_turn_after([4, 7, 9, 2], 2) == [4, 7, 9, 2]


def test_an_item_not_in_the_order_starts_at_the_top() -> None:
    assert in_turn_after([4, 7, 9], 5) == [4, 7, 9]
    assert in_turn_after([], 5) == []
