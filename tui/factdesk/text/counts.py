"""A count with its noun in agreement: "1 article", "2 articles", in every message.

Why one helper: "Re-extracted 1 articles" was written by hand in a dozen f-strings, each
needing the same ``if n == 1`` the writer forgot; English messages only need the noun.
"""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` then ``noun``, plural unless the count is one (``plural`` where adding an
    s is wrong: ``counted(2, "match", "matches")``)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def duration(seconds: float) -> str:
    """ "40 s", "3 min": how long a step has been running, to the unit that matters (the
    import's "still importing … (40 s so far)" lines, the CLI's and the app's)."""
    return f"{seconds:.0f} s" if seconds < 120 else f"{seconds / 60:.0f} min"
