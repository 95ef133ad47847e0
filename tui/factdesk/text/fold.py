"""Case-insensitive "is it there?" tests at a third of the cost: the pattern run on lowered text;
and ``folded``, the key by which two writings of the same words are one.

Python's ``re`` cannot skip ahead in a case-insensitive alternation of words (every branch is
entered at every word boundary), so a cue list such as the denial words costs 10-20 µs per
sentence even when nothing is found. Compiled case-sensitively and run on ``text.lower()``,
the same pattern skips on the first letter of each branch: two to three times faster.

The answer is the same, not nearly the same, under conditions ``FoldedSearch`` checks:
- the pattern is written in lower case (no capital ASCII letter outside a backslash escape,
  no other cased character, no inline flag group such as ``(?-i:...)``), and compiled with
  ``re.IGNORECASE`` and no other flag than ``re.UNICODE``;
- the text holds none of the four characters that ``re.IGNORECASE`` matches to an ASCII
  letter (İ U+0130, ı U+0131, ſ U+017F, K U+212A; the ``re`` documentation lists them); such a
  text is searched with the original pattern.
``str.lower`` then keeps every character's place, its class for ``\\w``, ``\\d`` and ``\\s``,
and whether it is ASCII (checked over every code point when this was written, and by the
tests), so a lowered ASCII letter matches a literal exactly when ``re.IGNORECASE`` would.
"""

from __future__ import annotations

import re

_FOLDS_TO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
"""The characters ``re.IGNORECASE`` matches to an ASCII letter besides its two cases."""
_ESCAPE = re.compile(r"\\.")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]")
_CODED = re.compile(r"\\[xuUN0-7]")
"""A character written as a code (``\\x41``): its case cannot be read from the source."""


class FoldedSearch:
    """Whether any of some case-insensitive patterns occurs in a text (``found``)."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        for pattern in patterns:
            _check(pattern)
        source = "|".join(f"(?:{p.pattern})" for p in patterns)
        self.original = re.compile(source, re.IGNORECASE)
        self.folded = re.compile(source)

    def found(self, text: str) -> bool:
        """Whether one of the patterns matches somewhere in ``text``, ignoring case."""
        lowered = _lowered(text)
        if lowered is None:
            return self.original.search(text) is not None
        return self.folded.search(lowered) is not None


def folded(text: str | None) -> str:
    """``text`` with its case and runs of white space folded ("Dana  QUILL" is "dana quill"):
    a speaker retyped in another case, a claim or title in a colleague's export, a claim of
    a re-imported article are the same words by this key. One home: the desk's merge, the
    import's overlap and the speaker's check each wrote it."""
    return " ".join((text or "").split()).casefold()


_last: tuple[str, str | None] = ("", "")


def _lowered(text: str) -> str | None:
    """``text.lower()``, or None when the text holds a character that folds to an ASCII
    letter (``_FOLDS_TO_ASCII``: searched with the original pattern). The last text's answer
    is kept: a claim indexed is searched by several ``FoldedSearch`` cues in turn (denials,
    directions, months, number words, control verbs, outcomes), each lowering and scanning it
    again (perf17)."""
    global _last
    last = _last  # one read: a worker thread may replace it meanwhile
    if last[0] is text or last[0] == text:
        return last[1]
    lowered = None if _FOLDS_TO_ASCII.search(text) else text.lower()
    _last = (text, lowered)
    return lowered


def _check(pattern: re.Pattern[str]) -> None:
    """Refuse a pattern whose lowered-text search could answer differently (module doc)."""
    bare = _ESCAPE.sub("", pattern.pattern)
    cased = [ch for ch in bare if ch.lower() != ch or (not ch.isascii() and ch.upper() != ch)]
    odd = _INLINE_FLAGS.search(bare) or _CODED.search(pattern.pattern)
    if pattern.flags & ~re.UNICODE != re.IGNORECASE or cased or odd:
        raise ValueError(f"not a lower-case, case-insensitive pattern: {pattern.pattern[:60]!r}")
