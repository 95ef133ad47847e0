"""A count with its noun in agreement: "1 article", "2 articles", in every message.

Why one helper: "Re-extracted 1 articles" was written by hand in a dozen f-strings, each
needing the same ``if n == 1`` the writer forgot; English messages only need the noun.
"""

from __future__ import annotations


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` then ``noun``, plural unless the count is one (``plural`` where adding an
    s is wrong: ``counted(2, "match", "matches")``)."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"
