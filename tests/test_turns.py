"""``in_turn_after``: what comes next, wrapping round (the review's and the queue's one rule)."""

from __future__ import annotations

from factdesk.domain.turns import in_turn_after, next_with_work


def test_the_turn_starts_after_the_item_and_ends_on_it() -> None:
    assert in_turn_after([4, 7, 9, 2], 9) == [2, 4, 7, 9]
    assert in_turn_after([4, 7, 9, 2], 2) == [4, 7, 9, 2]


def test_an_item_not_in_the_order_starts_at_the_top() -> None:
    assert in_turn_after([4, 7, 9], 5) == [4, 7, 9]
    assert in_turn_after([], 5) == []


def test_the_next_with_work_goes_on_from_where_the_finished_one_stood() -> None:
    # 5 was finished in the middle of the line: 8 is next, not 3 at the top
    assert next_with_work([3, 5, 7, 8], 5, {3, 5, 8}) == 8
    assert next_with_work([3, 5, 7, 8], 8, {3, 8}) == 3  # round to the top
    assert next_with_work([3, 5], 5, {5}) is None  # the finished one is never next
