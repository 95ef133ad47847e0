"""Extraction is linear: doubling the input at most about doubles the work.

Work is counted, not timed, so the bound holds on any machine and for any rewrite of the
extraction: lines of factdesk's own code executed (``sys.settrace``, only frames in files
under ``tui/factdesk``), plus the characters factdesk copies out of the body by slicing it
(the body is a ``str`` subclass that counts them): a loop that rescans the body per line or
per token, in Python or through a slice, shows up as a ratio near 4.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import factdesk
import pytest
from factdesk.extract.claims import extract_claims

PACKAGE = str(Path(factdesk.__file__).resolve().parent)
RATIO = 2.2
"""Doubling may cost a little more than double (a log factor, a fixed part): not 4. Linear
extraction gives 1.49-1.97 on 50 -> 100 units. A quadratic term x times the linear work at the
smaller size makes the ratio 2(1+2x)/(1+x): over 2.2 once x > 1/9. The sizes before, 100 ->
200 units, had a bound of 2.4 (x > 1/4 at that size, x > 1/8 at half of it): the same terms
fail for about half the CPU. A slice of the body up to each sentence (``body[:start]`` per
unit) gives 2.58-2.78 here (2.97-3.16 on 100 -> 200)."""


class CountingBody(str):
    """The article body, counting every character sliced out of it."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[override]
        piece = super().__getitem__(key)
        if isinstance(key, slice):
            CountingBody.copied += len(piece)
        return piece


def steps(run: Callable[[], object]) -> int:
    """Lines of factdesk code executed by ``run()`` plus characters sliced from the body."""
    count = 0
    CountingBody.copied = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(tracer)
    try:
        run()
    finally:
        sys.settrace(None)
    return count + CountingBody.copied


INPUTS: dict[str, Callable[[int], str]] = {
    "many lines": lambda n: "The mayor said the bridge was closed.\n" * n,
    "long capitalised token": lambda n: "Officials said " + "ABCDEF0123" * (n * 4) + " today.",
    "one long paragraph": lambda n: "Police said 4 people were hurt in Harlow. " * n,
    "many paragraphs": lambda n: "\n\n".join(
        f'"We lost {i} homes," said Anna Berg, a resident.' for i in range(n)
    ),
}


@pytest.mark.parametrize("name", list(INPUTS))
def test_doubling_the_input_at_most_about_doubles_the_work(name: str) -> None:
    make = INPUTS[name]
    extract_claims(make(20))  # warm the caches and lazy imports out of the count
    small = steps(lambda: extract_claims(CountingBody(make(50))))
    large = steps(lambda: extract_claims(CountingBody(make(100))))
    assert large <= RATIO * small, f"{name}: {small} -> {large} steps ({large / small:.2f}x)"
