"""A claim's span and the marks in an article's text: a pair of marks (Markdown's "**" …
"**", console markup's "[b]" … "[/b]") is in a span whole or not at all.

Why (review44 A10): the analysis reads marks as spaces (``language.parse.body_cut``), so a
sentence that opens with one starts at its first word, and the span kept the closing half
alone: "**Update:** this post was corrected …" was the claim "Update:** this post …" and
"[b]Jon Hale[/b] said …" was "Jon Hale[/b] said …", in the claim list, the CSV and the
Markdown report (their prose reading removes a mark only with its pair). Article text is
data: the span takes the other half where it touches the span (nothing but white space
between, no blank line); where the other half is further off (a bold run over two
sentences), the half at the span's edge is left out instead. Marks wholly outside a span
stay outside ("**The mayor said …**" is "The mayor said …", clean as before).
"""

from __future__ import annotations

from bisect import bisect_left

from factdesk.text.console import console_pairs
from factdesk.text.markdown import Pair, mark_pairs

_ROUNDS = 4
"""Spans widened or narrowed at most this often: a widening may bring in a nested pair's
other half ("**[b]Jon[/b]**"), a few levels at most in real text."""


class TagPairs:
    """The mark pairs of one body, looked up by span (``whole``)."""

    def __init__(self, body: str) -> None:
        self.body = body
        pairs = mark_pairs(body) + console_pairs(body)
        halves = sorted(
            (half, other) for opening, closing in pairs
            for half, other in ((opening, closing), (closing, opening))
        )  # fmt: skip
        self._halves = halves
        self._starts = [half[0] for half, _ in halves]

    def whole(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) with every pair that has one half inside the span made whole or left
        out (module docstring); the span itself when it holds no half of a pair."""
        if not self._halves:
            return start, end
        for _ in range(_ROUNDS):
            moved = (start, end)
            for half, other in self._within(start, end):
                start, end = self._mended(start, end, half, other)
            if (start, end) == moved:
                break
        return start, end

    def _within(self, start: int, end: int) -> list[Pair]:
        """Each half wholly inside the span whose other half is wholly outside it."""
        first = bisect_left(self._starts, start)
        found = []
        for half, other in self._halves[first:]:
            if half[0] >= end:
                break
            if half[1] <= end and (other[1] <= start or other[0] >= end):
                found.append((half, other))
        return found

    def _mended(self, start: int, end: int, half: tuple[int, int], other: tuple[int, int]
                ) -> tuple[int, int]:  # fmt: skip
        body = self.body
        if other[1] <= start and _touching(body[other[1] : start]):
            return other[0], end
        if other[0] >= end and _touching(body[end : other[0]]):
            return start, other[1]
        if not body[start : half[0]].strip() and half[1] < end:  # the span opens with it
            start = half[1]
            while start < end and body[start].isspace():
                start += 1
        elif not body[half[1] : end].strip() and half[0] > start:  # the span ends with it
            end = half[0]
            while end > start and body[end - 1].isspace():
                end -= 1
        return start, end


def _touching(gap: str) -> bool:
    """Whether a mark this far from a span touches it: white space only, no blank line."""
    return not gap.strip() and gap.count("\n") < 2
