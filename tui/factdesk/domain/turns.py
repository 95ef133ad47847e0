"""What comes next as a reviewer works down a list and round to its top again.

The review's next claim without a verdict and the queue's next article with work both go on
from where the reviewer is, wrapping round. Here once, below the screens that use it, so the
review and the queue cannot come to disagree about which article is next.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TypeVar

T = TypeVar("T")


def in_turn_after(order: Sequence[T], item: T) -> list[T]:
    """``order`` starting after ``item`` and wrapping round to end on ``item`` itself; all of
    it from the top when ``item`` is not in it (it was removed or filtered out meanwhile)."""
    start = order.index(item) + 1 if item in order else 0
    return [*order[start:], *order[:start]]


def next_with_work(order: Sequence[int], finished: int, with_work: Collection[int]) -> int | None:
    """The article to go on to from ``finished``: the first after it in ``order`` that has work
    (is in ``with_work``), ``order`` being the queue as it was while ``finished`` still had
    work. Not from where ``finished`` stands now: the queue sorts a finished article last, and
    going on from there named the top article with work, not the next one, for a reviewer
    working further down. The review's offer and the queue's cursor both ask here."""
    return next(
        (i for i in in_turn_after(order, finished) if i != finished and i in with_work), None
    )
